// Copyright winemu authors.
//
// Scenario tests of the WFP engine that need control: the virtual clock
// (transaction lock waits, the one-hour limit), simulated processes, fault
// injection, the verifier and leak reports.
#include <fwpmu.h>
#include <windows.h>

#include <atomic>
#include <thread>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfp/engine.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using testing::TestEmulator;
using testing::TestEmulatorOptions;
using testing::Win32FailsWith;
using testing::Win32Succeeds;

GUID Key(unsigned int n) {
  return GUID{0x7c0de000u + n, 0x1, 0x4002, {0x80, 3, 4, 5, 6, 7, 8, 9}};
}

HANDLE Open(UINT32 flags = 0, UINT32 timeout_ms = 0) {
  FWPM_SESSION0 session = {};
  session.flags = flags;
  session.txnWaitTimeoutInMSec = timeout_ms;
  HANDLE h = nullptr;
  EXPECT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &h),
            (DWORD)ERROR_SUCCESS);
  return h;
}

DWORD AddProvider(HANDLE engine, const GUID &key) {
  FWPM_PROVIDER0 p = {};
  p.providerKey = key;
  p.displayData.name = const_cast<wchar_t *>(L"p");
  return FwpmProviderAdd0(engine, &p, nullptr);
}

DWORD DeleteProvider(HANDLE engine, GUID key) {
  return FwpmProviderDeleteByKey0(engine, &key);
}

bool ProviderExists(HANDLE engine, const GUID &key) {
  FWPM_PROVIDER0 *p = nullptr;
  const DWORD rc = FwpmProviderGetByKey0(engine, &key, &p);
  FwpmFreeMemory0(reinterpret_cast<void **>(&p));
  return rc == ERROR_SUCCESS;
}

// Runs `fn` on another thread and advances the virtual clock in small steps
// until it returns; reports the virtual time the call took.
template <typename Fn>
DWORD RunWhileAdvancing(Emulator &emu, Fn fn, absl::Duration *took) {
  std::atomic<bool> done{false};
  DWORD rc = 0;
  absl::Time start, end;
  std::thread t([&] {
    start = emu.clock().Now();
    rc = fn();
    end = emu.clock().Now();
    done = true;
  });
  while (!done) {
    absl::SleepFor(absl::Milliseconds(1));
    emu.clock().Advance(absl::Milliseconds(250));
  }
  t.join();
  *took = end - start;
  return rc;
}

class WfpScenarioTest : public ::testing::Test {
 protected:
  TestEmulator emu_;
  wfp::FilterEngine &bfe() { return emu_.GetExtension<wfp::FilterEngine>(); }
};

TEST_F(WfpScenarioTest, SecondWriterTimesOutAfterTheDefault15Seconds) {
  HANDLE a = Open();
  HANDLE b = Open();  // txnWaitTimeoutInMSec 0: the 15 s default
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  absl::Duration took;
  const DWORD rc = RunWhileAdvancing(
      emu_, [&] { return FwpmTransactionBegin0(b, 0); }, &took);
  EXPECT_THAT(rc, Win32FailsWith(FWP_E_TIMEOUT));
  EXPECT_GE(took, absl::Seconds(15));
  EXPECT_LT(took, absl::Seconds(16));
  // b has no transaction; a still holds the lock.
  EXPECT_THAT(FwpmTransactionCommit0(b),
              Win32FailsWith(FWP_E_NO_TXN_IN_PROGRESS));
  EXPECT_THAT(FwpmTransactionCommit0(a), Win32Succeeds());
  EXPECT_THAT(FwpmTransactionBegin0(b, 0), Win32Succeeds());
  EXPECT_THAT(FwpmTransactionAbort0(b), Win32Succeeds());
  FwpmEngineClose0(a);
  FwpmEngineClose0(b);
  emu_.ExpectNoLeaks();
}

TEST_F(WfpScenarioTest, SessionTimeoutIsHonouredByImplicitTransactions) {
  HANDLE a = Open();
  HANDLE b = Open(0, /*timeout_ms=*/2000);
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  absl::Duration took;
  const DWORD rc = RunWhileAdvancing(
      emu_, [&] { return AddProvider(b, Key(1)); }, &took);
  EXPECT_THAT(rc, Win32FailsWith(FWP_E_TIMEOUT));
  EXPECT_GE(took, absl::Seconds(2));
  EXPECT_LT(took, absl::Seconds(3));
  EXPECT_FALSE(ProviderExists(a, Key(1)));
  FwpmEngineClose0(a);  // aborts a's transaction
  EXPECT_THAT(AddProvider(b, Key(1)), Win32Succeeds());
  EXPECT_THAT(DeleteProvider(b, Key(1)), Win32Succeeds());
  FwpmEngineClose0(b);
}

TEST_F(WfpScenarioTest, WaiterGetsTheLockWhenTheHolderCommits) {
  HANDLE a = Open();
  HANDLE b = Open();
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  std::atomic<DWORD> rc{0xFFFFFFFF};
  std::thread t([&] { rc = FwpmTransactionBegin0(b, 0); });
  // Wait (real time) until b is blocked on the lock, then release it.
  while (bfe().lock_owner() == 0) absl::SleepFor(absl::Milliseconds(1));
  absl::SleepFor(absl::Milliseconds(20));
  EXPECT_THAT(FwpmTransactionCommit0(a), Win32Succeeds());
  t.join();
  EXPECT_THAT(rc.load(), Win32Succeeds());
  EXPECT_THAT(FwpmTransactionCommit0(b), Win32Succeeds());
  FwpmEngineClose0(a);
  FwpmEngineClose0(b);
}

TEST_F(WfpScenarioTest, TransactionHeldOverAnHourIsAborted) {
  HANDLE a = Open();
  HANDLE b = Open();
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  ASSERT_THAT(AddProvider(a, Key(2)), Win32Succeeds());
  emu_.clock().Advance(absl::Minutes(59));
  emu_.queue().RunUntilIdle();
  EXPECT_TRUE(ProviderExists(a, Key(2)));  // still inside
  emu_.clock().Advance(absl::Minutes(1));
  emu_.queue().RunUntilIdle();
  // The lock is free at once; the add was rolled back.
  EXPECT_EQ(bfe().lock_owner(), 0u);
  EXPECT_FALSE(ProviderExists(b, Key(2)));
  // a's next call fails once with FWP_E_TXN_ABORTED; then it has no txn.
  EXPECT_THAT(AddProvider(a, Key(3)), Win32FailsWith(FWP_E_TXN_ABORTED));
  EXPECT_THAT(FwpmTransactionCommit0(a),
              Win32FailsWith(FWP_E_NO_TXN_IN_PROGRESS));
  EXPECT_FALSE(ProviderExists(a, Key(2)));
  EXPECT_THAT(FwpmTransactionBegin0(b, 0), Win32Succeeds());
  EXPECT_THAT(FwpmTransactionAbort0(b), Win32Succeeds());
  FwpmEngineClose0(a);
  FwpmEngineClose0(b);
}

TEST_F(WfpScenarioTest, CommitAfterTheHourLimitIsTxnAborted) {
  HANDLE a = Open();
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  emu_.clock().Advance(absl::Hours(2));
  emu_.queue().RunUntilIdle();
  EXPECT_THAT(FwpmTransactionCommit0(a), Win32FailsWith(FWP_E_TXN_ABORTED));
  EXPECT_THAT(FwpmTransactionCommit0(a),
              Win32FailsWith(FWP_E_NO_TXN_IN_PROGRESS));
  FwpmEngineClose0(a);
}

TEST_F(WfpScenarioTest, CommittedTransactionCancelsItsLimitTask) {
  HANDLE a = Open();
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  EXPECT_EQ(emu_.queue().pending(), 1u);
  ASSERT_THAT(FwpmTransactionCommit0(a), Win32Succeeds());
  EXPECT_EQ(emu_.queue().pending(), 0u);
  FwpmEngineClose0(a);
}

TEST_F(WfpScenarioTest, ProcessExitMidTransactionClosesEverything) {
  Process &client = emu_.SpawnProcess(
      {.image_name = "firewall.exe", .identity = {.elevated = true}});
  HANDLE observer = Open();
  {
    ScopedProcess as(client);
    HANDLE dyn = Open(FWPM_SESSION_FLAG_DYNAMIC);
    ASSERT_THAT(AddProvider(dyn, Key(4)), Win32Succeeds());  // committed
    HANDLE e = nullptr;
    ASSERT_THAT(FwpmSessionCreateEnumHandle0(dyn, nullptr, &e),
                Win32Succeeds());
    FWPM_SESSION0 **entries = nullptr;
    UINT32 n = 0;
    ASSERT_THAT(FwpmSessionEnum0(dyn, e, 1, &entries, &n), Win32Succeeds());
    // entries is never freed by the client: process exit frees it.
    ASSERT_THAT(FwpmTransactionBegin0(dyn, 0), Win32Succeeds());
    ASSERT_THAT(AddProvider(dyn, Key(5)), Win32Succeeds());  // uncommitted
  }
  EXPECT_TRUE(ProviderExists(observer, Key(4)));
  EXPECT_NE(bfe().lock_owner(), 0u);
  ASSERT_TRUE(emu_.TerminateProcess(client.id()));
  EXPECT_EQ(bfe().lock_owner(), 0u);
  EXPECT_FALSE(ProviderExists(observer, Key(4)));
  EXPECT_FALSE(ProviderExists(observer, Key(5)));
  EXPECT_EQ(bfe().live_sessions(), 1u);
  FwpmEngineClose0(observer);
  emu_.ExpectNoLeaks();
}

TEST_F(WfpScenarioTest, FailedCommitLeavesNothingHalfApplied) {
  HANDLE a = Open();
  HANDLE b = Open();
  ASSERT_THAT(AddProvider(a, Key(6)), Win32Succeeds());
  ASSERT_THAT(FwpmTransactionBegin0(a, 0), Win32Succeeds());
  ASSERT_THAT(DeleteProvider(a, Key(6)), Win32Succeeds());
  ASSERT_THAT(AddProvider(a, Key(7)), Win32Succeeds());
  ASSERT_THAT(AddProvider(a, Key(8)), Win32Succeeds());
  bfe().FailNextCommitAfter(2);  // the delete and one add are applied
  EXPECT_THAT(FwpmTransactionCommit0(a), Win32FailsWith(FWP_E_TXN_ABORTED));
  EXPECT_TRUE(ProviderExists(b, Key(6)));
  EXPECT_FALSE(ProviderExists(b, Key(7)));
  EXPECT_FALSE(ProviderExists(b, Key(8)));
  EXPECT_EQ(bfe().lock_owner(), 0u);
  EXPECT_THAT(DeleteProvider(b, Key(6)), Win32Succeeds());
  FwpmEngineClose0(a);
  FwpmEngineClose0(b);
}

TEST_F(WfpScenarioTest, InjectedFaultChangesNothing) {
  HANDLE a = Open();
  ASSERT_TRUE(emu_.faults()
                  .Add({.api = "FwpmProviderAdd0",
                        .nth = 1,
                        .code = static_cast<uint32_t>(FWP_E_TIMEOUT)})
                  .ok());
  EXPECT_THAT(AddProvider(a, Key(9)), Win32FailsWith(FWP_E_TIMEOUT));
  EXPECT_FALSE(ProviderExists(a, Key(9)));
  EXPECT_THAT(AddProvider(a, Key(9)), Win32Succeeds());
  EXPECT_THAT(DeleteProvider(a, Key(9)), Win32Succeeds());
  FwpmEngineClose0(a);
}

TEST_F(WfpScenarioTest, SnapshotsKeepDeletedVersionsOnlyWhileNeeded) {
  HANDLE a = Open();
  FWPM_FILTER0 f = {};
  f.filterKey = Key(10);
  f.displayData.name = const_cast<wchar_t *>(L"f");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.action.type = FWP_ACTION_BLOCK;
  UINT64 id = 0;
  ASSERT_THAT(FwpmFilterAdd0(a, &f, nullptr, &id), Win32Succeeds());
  HANDLE e = nullptr;
  ASSERT_THAT(FwpmFilterCreateEnumHandle0(a, nullptr, &e), Win32Succeeds());
  ASSERT_THAT(FwpmFilterDeleteById0(a, id), Win32Succeeds());
  EXPECT_EQ(bfe().live_filters(), 0u);
  EXPECT_EQ(bfe().stored_filters(), 1u);  // the snapshot still sees it
  ASSERT_THAT(FwpmFilterDestroyEnumHandle0(a, e), Win32Succeeds());
  EXPECT_EQ(bfe().stored_filters(), 0u);
  FwpmEngineClose0(a);
}

TEST_F(WfpScenarioTest, StoppedServiceRefusesOpensAndAbortsSessions) {
  HANDLE a = Open();
  HANDLE b = Open();
  ASSERT_THAT(AddProvider(a, Key(11)), Win32Succeeds());  // static
  FWPM_PROVIDER0 persistent = {};
  persistent.providerKey = Key(12);
  persistent.displayData.name = const_cast<wchar_t *>(L"persistent");
  persistent.flags = FWPM_PROVIDER_FLAG_PERSISTENT;
  ASSERT_THAT(FwpmProviderAdd0(a, &persistent, nullptr), Win32Succeeds());
  ASSERT_THAT(FwpmTransactionBegin0(b, 0), Win32Succeeds());

  bfe().Stop();
  HANDLE h = reinterpret_cast<HANDLE>(0xdeadbeef);
  EXPECT_THAT(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h),
              Win32FailsWith(EPT_S_NOT_REGISTERED));
  EXPECT_EQ(h, nullptr);
  EXPECT_THAT(AddProvider(a, Key(13)), Win32FailsWith(FWP_E_SESSION_ABORTED));
  EXPECT_THAT(FwpmTransactionCommit0(b), Win32FailsWith(FWP_E_SESSION_ABORTED));
  EXPECT_EQ(bfe().lock_owner(), 0u);

  bfe().Start();
  // Old sessions stay aborted; they must still be closed.
  EXPECT_THAT(FwpmTransactionBegin0(a, 0),
              Win32FailsWith(FWP_E_SESSION_ABORTED));
  EXPECT_THAT(FwpmEngineClose0(a), Win32Succeeds());
  EXPECT_THAT(FwpmEngineClose0(b), Win32Succeeds());
  HANDLE c = Open();
  EXPECT_FALSE(ProviderExists(c, Key(11)));  // static: gone
  EXPECT_TRUE(ProviderExists(c, Key(12)));   // persistent: kept
  EXPECT_THAT(DeleteProvider(c, Key(12)), Win32Succeeds());
  FwpmEngineClose0(c);
  emu_.ExpectNoLeaks();
}

TEST_F(WfpScenarioTest, AbortedSessionsKeyMayBeReusedAfterRestart) {
  FWPM_SESSION0 session = {};
  session.sessionKey = Key(17);
  HANDLE old_handle = nullptr;
  ASSERT_THAT(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session,
                              &old_handle),
              Win32Succeeds());
  bfe().Restart();
  HANDLE new_handle = nullptr;
  ASSERT_THAT(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session,
                              &new_handle),
              Win32Succeeds());
  EXPECT_THAT(FwpmEngineClose0(old_handle), Win32Succeeds());
  // The new session is still registered under the key.
  HANDLE third = nullptr;
  EXPECT_THAT(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &third),
      Win32FailsWith(FWP_E_ALREADY_EXISTS));
  EXPECT_EQ(bfe().live_sessions(), 1u);
  FwpmEngineClose0(new_handle);
}

TEST_F(WfpScenarioTest, RestartKeepsOnlyPersistentObjects) {
  HANDLE a = Open();
  FWPM_SUBLAYER0 s = {};
  s.subLayerKey = Key(14);
  s.displayData.name = const_cast<wchar_t *>(L"persistent sublayer");
  s.flags = FWPM_SUBLAYER_FLAG_PERSISTENT;
  ASSERT_THAT(FwpmSubLayerAdd0(a, &s, nullptr), Win32Succeeds());
  s.subLayerKey = Key(15);
  s.flags = 0;
  ASSERT_THAT(FwpmSubLayerAdd0(a, &s, nullptr), Win32Succeeds());
  FwpmEngineClose0(a);
  bfe().Restart();
  HANDLE b = Open();
  FWPM_SUBLAYER0 *got = nullptr;
  EXPECT_THAT(FwpmSubLayerGetByKey0(b, &s.subLayerKey, &got),
              Win32FailsWith(FWP_E_SUBLAYER_NOT_FOUND));
  GUID kept = Key(14);
  ASSERT_THAT(FwpmSubLayerGetByKey0(b, &kept, &got), Win32Succeeds());
  FwpmFreeMemory0(reinterpret_cast<void **>(&got));
  EXPECT_THAT(FwpmSubLayerDeleteByKey0(b, &kept), Win32Succeeds());
  FwpmEngineClose0(b);
}

TEST_F(WfpScenarioTest, NonElevatedProcessIsRefusedWrites) {
  // On by default; no call needed. Reads stay open to everyone.
  ProcessOptions admin_options;
  admin_options.identity.elevated = true;
  Process &admin = emu_.SpawnProcess(admin_options);
  Process &user = emu_.SpawnProcess({.image_name = "user.exe"});
  {
    ScopedProcess as(user);
    HANDLE h = Open();
    EXPECT_THAT(AddProvider(h, Key(16)), Win32FailsWith(ERROR_ACCESS_DENIED));
    EXPECT_THAT(FwpmTransactionBegin0(h, 0),
                Win32FailsWith(ERROR_ACCESS_DENIED));
    EXPECT_THAT(FwpmTransactionBegin0(h, FWPM_TXN_READ_ONLY), Win32Succeeds());
    EXPECT_THAT(FwpmTransactionCommit0(h), Win32Succeeds());
    FWPM_SUBLAYER0 *got = nullptr;
    EXPECT_THAT(FwpmSubLayerGetByKey0(h, &FWPM_SUBLAYER_UNIVERSAL, &got),
                Win32Succeeds());
    FwpmFreeMemory0(reinterpret_cast<void **>(&got));
    FwpmEngineClose0(h);
  }
  {
    ScopedProcess as(admin);
    HANDLE h = Open();
    EXPECT_THAT(AddProvider(h, Key(16)), Win32Succeeds());
    EXPECT_THAT(DeleteProvider(h, Key(16)), Win32Succeeds());
    FwpmEngineClose0(h);
  }
}

TEST(WfpVerifierTest, AnotherProcesssHandleIsInvalidAndReported) {
  TestEmulator emu({.verifier_policy = VerifierPolicy::kRecord});
  Process &other = emu.SpawnProcess({.image_name = "other.exe"});
  HANDLE theirs = nullptr;
  {
    ScopedProcess as(other);
    theirs = Open();
  }
  EXPECT_THAT(FwpmTransactionBegin0(theirs, 0),
              Win32FailsWith(ERROR_INVALID_HANDLE));
  EXPECT_THAT(FwpmEngineClose0(theirs), Win32FailsWith(ERROR_INVALID_HANDLE));
  EXPECT_EQ(emu.verifier().count(), 2u);
  {
    ScopedProcess as(other);
    EXPECT_THAT(FwpmEngineClose0(theirs), Win32Succeeds());
  }
}

TEST(WfpVerifierTest, MisuseIsReported) {
  TestEmulator emu({.verifier_policy = VerifierPolicy::kRecord});
  HANDLE a = Open();
  FwpmEngineClose0(a);
  EXPECT_THAT(FwpmEngineClose0(a), Win32FailsWith(ERROR_INVALID_HANDLE));
  int local = 0;
  void *p = &local;
  FwpmFreeMemory0(&p);
  const auto reports = emu.verifier().reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].function, "FwpmEngineClose0");
  EXPECT_EQ(reports[1].function, "FwpmFreeMemory0");
}

TEST(WfpVerifierTest, UnmodelledRequestsAreReported) {
  TestEmulator emu({.verifier_policy = VerifierPolicy::kRecord});
  SEC_WINNT_AUTH_IDENTITY_W id = {};
  id.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
  HANDLE h = nullptr;
  EXPECT_THAT(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, &id, nullptr, &h),
              Win32FailsWith(RPC_S_CANNOT_SUPPORT));
  ASSERT_EQ(emu.verifier().count(), 1u);
  EXPECT_EQ(emu.verifier().reports()[0].function, "FwpmEngineOpen0");
}

TEST(WfpLeakTest, UnfreedArraysAndOpenHandlesAreLeaks) {
  TestEmulator emu;
  HANDLE a = Open();
  HANDLE e = nullptr;
  ASSERT_THAT(FwpmSubLayerCreateEnumHandle0(a, nullptr, &e), Win32Succeeds());
  FWPM_SUBLAYER0 **entries = nullptr;
  UINT32 n = 0;
  ASSERT_THAT(FwpmSubLayerEnum0(a, e, 5, &entries, &n), Win32Succeeds());
  LeakReport leaks = emu.Leaks();
  EXPECT_EQ(leaks.handles.size(), 2u);
  ASSERT_EQ(leaks.allocations.size(), 1u);
  EXPECT_STREQ(leaks.allocations[0].created_by, "FwpmSubLayerEnum0");
  FwpmFreeMemory0(reinterpret_cast<void **>(&entries));
  FwpmEngineClose0(a);  // also closes the enumeration handle
  EXPECT_TRUE(emu.Leaks().empty());
}

}  // namespace
}  // namespace winemu
