// Copyright winemu authors.
//
// FwpmTransactionBegin0 / Commit0 / Abort0 and isolation between sessions.
#include <fwpmu.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfp/wfp_test_util.h"

namespace {

using wfp_test::MakeGuid;

class TransactionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = wfp_test::Open();
    ASSERT_NE(engine_, nullptr);
  }
  void TearDown() override { FwpmEngineClose0(engine_); }
  HANDLE engine_ = nullptr;
};

TEST_F(TransactionTest, CommitAndAbortNeedATransaction) {
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
  EXPECT_EQ(FwpmTransactionAbort0(engine_), (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionAbort0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionAbort0(engine_), (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
}

TEST_F(TransactionTest, OneTransactionPerSession) {
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)FWP_E_TXN_IN_PROGRESS);
  EXPECT_EQ(FwpmTransactionBegin0(engine_, FWPM_TXN_READ_ONLY),
            (DWORD)FWP_E_TXN_IN_PROGRESS);
  EXPECT_EQ(FwpmTransactionAbort0(engine_), (DWORD)ERROR_SUCCESS);
}

TEST_F(TransactionTest, UnknownFlagsAreInvalidFlags) {
  EXPECT_EQ(FwpmTransactionBegin0(engine_, 2), (DWORD)FWP_E_INVALID_FLAGS);
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
}

TEST_F(TransactionTest, BadHandles) {
  EXPECT_EQ(FwpmTransactionBegin0(nullptr, 0), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmTransactionBegin0(wfp_test::PoisonHandle(), 0),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmTransactionCommit0(nullptr), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmTransactionAbort0(nullptr), (DWORD)ERROR_INVALID_HANDLE);
  // The handle is checked before the flags.
  EXPECT_EQ(FwpmTransactionBegin0(nullptr, 0x80), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(TransactionTest, ReadOnlyTransactionRefusesWrites) {
  ASSERT_EQ(FwpmTransactionBegin0(engine_, FWPM_TXN_READ_ONLY),
            (DWORD)ERROR_SUCCESS);
  const GUID key = MakeGuid(1);
  FWPM_PROVIDER0 provider = wfp_test::Provider(key, L"p");
  EXPECT_EQ(FwpmProviderAdd0(engine_, &provider, nullptr),
            (DWORD)FWP_E_INCOMPATIBLE_TXN);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &key),
            (DWORD)FWP_E_INCOMPATIBLE_TXN);
  FWPM_SUBLAYER0* s = nullptr;
  EXPECT_EQ(FwpmSubLayerGetByKey0(engine_, &FWPM_SUBLAYER_UNIVERSAL, &s),
            (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&s));
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)ERROR_SUCCESS);
}

TEST_F(TransactionTest, UncommittedChangesAreInvisibleToOtherSessions) {
  HANDLE other = wfp_test::Open();
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  const GUID key = MakeGuid(2);
  FWPM_PROVIDER0 provider = wfp_test::Provider(key, L"p");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &provider, nullptr),
            (DWORD)ERROR_SUCCESS);
  FWPM_PROVIDER0* got = nullptr;
  // The session itself sees it.
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, &key, &got), (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  // Others do not.
  EXPECT_EQ(FwpmProviderGetByKey0(other, &key, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  ASSERT_EQ(FwpmTransactionCommit0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderGetByKey0(other, &key, &got), (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmProviderDeleteByKey0(other, &key), (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(other);
}

TEST_F(TransactionTest, AbortUndoesAddsAndDeletes) {
  const GUID kept = MakeGuid(3);
  FWPM_PROVIDER0 p1 = wfp_test::Provider(kept, L"kept");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p1, nullptr), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  const GUID added = MakeGuid(4);
  FWPM_PROVIDER0 p2 = wfp_test::Provider(added, L"added");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p2, nullptr), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmProviderDeleteByKey0(engine_, &kept), (DWORD)ERROR_SUCCESS);
  FWPM_PROVIDER0* got = nullptr;
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, &kept, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  ASSERT_EQ(FwpmTransactionAbort0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, &kept, &got), (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, &added, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &kept), (DWORD)ERROR_SUCCESS);
}

TEST_F(TransactionTest, AFailedOperationDoesNotPoisonTheTransaction) {
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  FWPM_PROVIDER0 nameless = wfp_test::Provider(MakeGuid(5), nullptr);
  EXPECT_EQ(FwpmProviderAdd0(engine_, &nameless, nullptr),
            (DWORD)FWP_E_NULL_DISPLAY_NAME);
  const GUID key = MakeGuid(6);
  FWPM_PROVIDER0 good = wfp_test::Provider(key, L"good");
  EXPECT_EQ(FwpmProviderAdd0(engine_, &good, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionCommit0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &key), (DWORD)ERROR_SUCCESS);
}

TEST_F(TransactionTest, FilterEnumerationInsideSeesTheTransactionsChanges) {
  const GUID sub = MakeGuid(7);
  ASSERT_EQ(FwpmTransactionBegin0(engine_, 0), (DWORD)ERROR_SUCCESS);
  FWPM_SUBLAYER0 s = wfp_test::Sublayer(sub, L"s");
  ASSERT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0 f = wfp_test::BlockFilter(
      MakeGuid(8), FWPM_LAYER_ALE_AUTH_CONNECT_V4, sub, L"f");
  UINT64 id = 0;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(wfp_test::CountFilters(engine_), 1u);
  HANDLE other = wfp_test::Open();
  EXPECT_EQ(wfp_test::CountFilters(other), 0u);
  ASSERT_EQ(FwpmTransactionAbort0(engine_), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(wfp_test::CountFilters(engine_), 0u);
  FwpmEngineClose0(other);
}

}  // namespace
