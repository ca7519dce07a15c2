// Copyright winemu authors.
//
// MockApiObserver as a client's test uses it: count the calls the client
// makes, and make one call fail while everything else behaves like Windows.
#include "emu/testing/mock_api_observer.h"

#include <fwpmu.h>
#include <windows.h>

#include <thread>
#include <vector>

#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace {

using ::testing::Return;
using ::winemu::testing::FwpFailsWith;
using ::winemu::testing::MockApiObserver;
using ::winemu::testing::TestEmulator;
using ::winemu::testing::Win32Succeeds;

constexpr GUID kProviderKey = {
    0x6d3c1a10,
    0x2b1e,
    0x4c55,
    {0x9a, 0x11, 0x03, 0x44, 0x5e, 0x6f, 0x70, 0x81}};

// The client under test: installs its provider in one transaction, aborting
// the transaction if the commit fails, and always closes its session.
DWORD InstallProvider() {
  HANDLE engine = nullptr;
  DWORD rc =
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine);
  if (rc != ERROR_SUCCESS) return rc;
  rc = FwpmTransactionBegin0(engine, 0);
  if (rc == ERROR_SUCCESS) {
    FWPM_PROVIDER0 provider = {};
    provider.providerKey = kProviderKey;
    provider.displayData.name = const_cast<wchar_t*>(L"my provider");
    rc = FwpmProviderAdd0(engine, &provider, nullptr);
    if (rc == ERROR_SUCCESS) rc = FwpmTransactionCommit0(engine);
    if (rc != ERROR_SUCCESS) FwpmTransactionAbort0(engine);
  }
  FwpmEngineClose0(engine);
  return rc;
}

bool ProviderInstalled() {
  HANDLE engine = nullptr;
  if (FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine) !=
      ERROR_SUCCESS) {
    return false;
  }
  FWPM_PROVIDER0* provider = nullptr;
  const DWORD rc = FwpmProviderGetByKey0(engine, &kProviderKey, &provider);
  FwpmFreeMemory0(reinterpret_cast<void**>(&provider));
  FwpmEngineClose0(engine);
  return rc == ERROR_SUCCESS;
}

TEST(MockApiObserverTest, ClientClosesItsEngineExactlyOnce) {
  TestEmulator emu;
  MockApiObserver mock(emu);
  EXPECT_CALL(mock, Call("FwpmEngineClose0")).Times(1);
  EXPECT_CALL(mock, Call("FwpmTransactionCommit0")).Times(1);
  EXPECT_THAT(InstallProvider(), Win32Succeeds());
  emu.ExpectNoLeaks();
}

TEST(MockApiObserverTest, OverriddenCommitFailsAndLeavesTheEngineAlone) {
  TestEmulator emu;
  {
    MockApiObserver mock(emu);
    EXPECT_CALL(mock, Call("FwpmTransactionCommit0"))
        .WillOnce(Return(static_cast<uint32_t>(FWP_E_SESSION_ABORTED)));
    // The client reacts by aborting; that call runs for real.
    EXPECT_CALL(mock, Result("FwpmTransactionAbort0", 0u)).Times(1);
    EXPECT_THAT(InstallProvider(), FwpFailsWith(FWP_E_SESSION_ABORTED));
  }
  // The commit never reached the engine, and the abort undid the add.
  EXPECT_FALSE(ProviderInstalled());
  EXPECT_THAT(InstallProvider(), Win32Succeeds());  // mock gone: Windows
  EXPECT_TRUE(ProviderInstalled());
  emu.ExpectNoLeaks();
}

TEST(MockApiObserverTest, ResultsAreSeenAsTheCallerGotThem) {
  // A garbage handle is misuse the verifier reports; record it, not fail.
  TestEmulator emu({.verifier_policy = winemu::VerifierPolicy::kRecord});
  MockApiObserver mock(emu);
  EXPECT_CALL(mock, Result("FwpmEngineClose0",
                           static_cast<uint32_t>(ERROR_INVALID_HANDLE)))
      .Times(1);
  EXPECT_EQ(FwpmEngineClose0(reinterpret_cast<HANDLE>(0x1234)),
            static_cast<DWORD>(ERROR_INVALID_HANDLE));
}

TEST(MockApiObserverTest, SeesCallsOfEveryThread) {
  TestEmulator emu({.mode = winemu::EmulatorMode::kThreaded});
  MockApiObserver mock(emu);
  constexpr int kThreads = 4;
  constexpr int kCalls = 25;
  EXPECT_CALL(mock, Call("FwpmEngineOpen0")).Times(kThreads * kCalls);
  EXPECT_CALL(mock, Call("FwpmEngineClose0")).Times(kThreads * kCalls);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([] {
      for (int i = 0; i < kCalls; ++i) {
        HANDLE engine = nullptr;
        ASSERT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr,
                                  &engine),
                  static_cast<DWORD>(ERROR_SUCCESS));
        ASSERT_EQ(FwpmEngineClose0(engine), static_cast<DWORD>(ERROR_SUCCESS));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  emu.ExpectNoLeaks();
}

TEST(MockApiObserverTest, OverrideOfABoolEntryPointSetsTheLastError) {
  TestEmulator emu;
  HANDLE event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
  ASSERT_NE(event, nullptr);
  {
    MockApiObserver mock(emu);
    EXPECT_CALL(mock, Call("CloseHandle"))
        .WillOnce(Return(static_cast<uint32_t>(ERROR_NOT_ENOUGH_MEMORY)));
    EXPECT_CALL(mock, Result("CloseHandle",
                             static_cast<uint32_t>(ERROR_NOT_ENOUGH_MEMORY)));
    SetLastError(0);
    EXPECT_EQ(CloseHandle(event), FALSE);
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_NOT_ENOUGH_MEMORY));
  }
  EXPECT_EQ(CloseHandle(event), TRUE);  // still open: the override changed
  emu.ExpectNoLeaks();                  // nothing
}

}  // namespace
