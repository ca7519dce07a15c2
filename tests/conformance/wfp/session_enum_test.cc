// Copyright winemu authors.
//
// FwpmSessionCreateEnumHandle0 / FwpmSessionEnum0 /
// FwpmSessionDestroyEnumHandle0.
#include <fwpmu.h>
#include <wchar.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfp/wfp_test_util.h"

namespace {

using wfp_test::MakeGuid;
using wfp_test::PoisonHandle;
using wfp_test::PoisonPtr;

class SessionEnumTest : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = wfp_test::Open();
    ASSERT_NE(engine_, nullptr);
  }
  void TearDown() override { FwpmEngineClose0(engine_); }
  HANDLE engine_ = nullptr;
};

TEST_F(SessionEnumTest, EnumeratesItselfWithTheFieldsBfeFills) {
  FWPM_SESSION0 session = {};
  session.sessionKey = MakeGuid(1);
  session.displayData.name = const_cast<wchar_t*>(L"named");
  session.displayData.description = const_cast<wchar_t*>(L"described");
  session.txnWaitTimeoutInMSec = 1234;
  session.processId = 77;  // ignored on input
  session.kernelMode = TRUE;
  HANDLE mine = nullptr;
  ASSERT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &mine),
      (DWORD)ERROR_SUCCESS);
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(mine, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(mine, e, 10, &entries, &n), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(n, 2u);  // engine_ and mine
  const FWPM_SESSION0* found = nullptr;
  for (UINT32 i = 0; i < n; ++i) {
    if (wfp_test::SameGuid(entries[i]->sessionKey, session.sessionKey)) {
      found = entries[i];
    }
  }
  ASSERT_NE(found, nullptr);
  EXPECT_STREQ(found->displayData.name, L"named");
  EXPECT_STREQ(found->displayData.description, L"described");
  EXPECT_EQ(found->txnWaitTimeoutInMSec, 1234u);
  EXPECT_EQ(found->processId, GetCurrentProcessId());
  EXPECT_EQ(found->kernelMode, FALSE);
  ASSERT_NE(found->sid, nullptr);
  EXPECT_EQ(found->sid->Revision, 1);
  ASSERT_NE(found->username, nullptr);
  EXPECT_GT(wcslen(found->username), 0u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  EXPECT_EQ(entries, nullptr);
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(mine, e), (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(mine);
}

TEST_F(SessionEnumTest, ZeroKeyIsReplacedByAGeneratedOne) {
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(engine_, e, 1, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(n, 1u);
  EXPECT_FALSE(wfp_test::IsZeroGuid(entries[0]->sessionKey));
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSessionDestroyEnumHandle0(engine_, e);
}

TEST_F(SessionEnumTest, SnapshotIsTakenAtCreateTime) {
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  HANDLE later = wfp_test::Open();  // not in the snapshot
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(engine_, e, 100, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 1u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSessionDestroyEnumHandle0(engine_, e);
  EXPECT_EQ(wfp_test::CountSessions(engine_), 2u);
  FwpmEngineClose0(later);
  EXPECT_EQ(wfp_test::CountSessions(engine_), 1u);
}

TEST_F(SessionEnumTest, ClosedSessionStaysInAnOlderSnapshot) {
  HANDLE other = wfp_test::Open();
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(other);
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(engine_, e, 100, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 2u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSessionDestroyEnumHandle0(engine_, e);
}

TEST_F(SessionEnumTest, PagesContinueAndAShortPageMeansTheEnd) {
  HANDLE more[4];
  for (HANDLE& h : more) h = wfp_test::Open();
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  UINT32 total = 0;
  GUID seen[5];
  for (int page = 0; page < 3; ++page) {
    FWPM_SESSION0** entries = nullptr;
    UINT32 n = 0xdeadbeef;
    ASSERT_EQ(FwpmSessionEnum0(engine_, e, 2, &entries, &n),
              (DWORD)ERROR_SUCCESS);
    EXPECT_EQ(n, page < 2 ? 2u : 1u);
    for (UINT32 i = 0; i < n; ++i) {
      for (UINT32 j = 0; j < total; ++j) {
        EXPECT_FALSE(wfp_test::SameGuid(seen[j], entries[i]->sessionKey));
      }
      seen[total++] = entries[i]->sessionKey;
    }
    FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  }
  EXPECT_EQ(total, 5u);
  // Exhausted: success, no entries, NULL array.
  FWPM_SESSION0** entries = PoisonPtr<FWPM_SESSION0*>();
  UINT32 n = 0xdeadbeef;
  EXPECT_EQ(FwpmSessionEnum0(engine_, e, 2, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(entries, nullptr);
  FwpmSessionDestroyEnumHandle0(engine_, e);
  for (HANDLE h : more) FwpmEngineClose0(h);
}

TEST_F(SessionEnumTest, ZeroRequestedReturnsNothingAndKeepsTheCursor) {
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SESSION0** entries = PoisonPtr<FWPM_SESSION0*>();
  UINT32 n = 0xdeadbeef;
  EXPECT_EQ(FwpmSessionEnum0(engine_, e, 0, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(entries, nullptr);
  EXPECT_EQ(FwpmSessionEnum0(engine_, e, 0xFFFFFFFF, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 1u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSessionDestroyEnumHandle0(engine_, e);
}

TEST_F(SessionEnumTest, NotAllowedInsideAnExplicitTransaction) {
  ASSERT_EQ(FwpmTransactionBegin0(engine_, FWPM_TXN_READ_ONLY),
            (DWORD)ERROR_SUCCESS);
  HANDLE e = PoisonHandle();
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)FWP_E_TXN_IN_PROGRESS);
  EXPECT_EQ(e, PoisonHandle());
  FwpmTransactionAbort0(engine_);
}

TEST_F(SessionEnumTest, ReservedTemplateFieldMustBeZero) {
  FWPM_SESSION_ENUM_TEMPLATE0 t = {};
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, &t, &e),
            (DWORD)ERROR_SUCCESS);
  FwpmSessionDestroyEnumHandle0(engine_, e);
  t.reserved = 1;
  e = PoisonHandle();
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(engine_, &t, &e),
            (DWORD)FWP_E_RESERVED);
  EXPECT_EQ(e, PoisonHandle());
}

TEST_F(SessionEnumTest, BadArguments) {
  HANDLE e = PoisonHandle();
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(nullptr, nullptr, &e),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(PoisonHandle(), nullptr, &e),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(e, PoisonHandle());
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SESSION0** entries = PoisonPtr<FWPM_SESSION0*>();
  UINT32 n = 0xdeadbeef;
  EXPECT_EQ(FwpmSessionEnum0(engine_, nullptr, 1, &entries, &n),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmSessionEnum0(engine_, engine_, 1, &entries, &n),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmSessionEnum0(engine_, e, 1, nullptr, &n),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(FwpmSessionEnum0(engine_, e, 1, &entries, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(entries, PoisonPtr<FWPM_SESSION0*>());
  EXPECT_EQ(n, 0xdeadbeefu);
  // Another session's enumeration handle.
  HANDLE other = wfp_test::Open();
  EXPECT_EQ(FwpmSessionEnum0(other, e, 1, &entries, &n),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(other, e),
            (DWORD)ERROR_INVALID_HANDLE);
  FwpmEngineClose0(other);
  // A filter enumeration handle is the wrong type.
  HANDLE fe = nullptr;
  ASSERT_EQ(FwpmFilterCreateEnumHandle0(engine_, nullptr, &fe),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(engine_, fe),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmFilterDestroyEnumHandle0(engine_, fe), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(engine_, e), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(engine_, e),
            (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(SessionEnumTest, ReturnedArraysOutliveTheEnumHandle) {
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(engine_, e, 10, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmSessionDestroyEnumHandle0(engine_, e), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(n, 1u);
  EXPECT_FALSE(wfp_test::IsZeroGuid(entries[0]->sessionKey));
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
}

}  // namespace
