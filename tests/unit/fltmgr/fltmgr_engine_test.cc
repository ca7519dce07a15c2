// Copyright winemu authors.
//
// Scenario tests of the Filter Manager that need control: simulated
// processes (exit, elevation), the virtual clock, verifier reports.
#include <fltKernel.h>
#include <fltUser.h>
#include <processthreadsapi.h>
#include <synchapi.h>

#include <atomic>
#include <string>
#include <thread>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/fltmgr/filter_manager.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/conformance/fltmgr/test_minifilter.h"

namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using winemu::testing::NtFailsWith;
using winemu::testing::TestEmulator;
using winemu::testing::TestEmulatorOptions;

const wchar_t kPort[] = L"\\UnitPort";

TestEmulatorOptions Recording() {
  TestEmulatorOptions o;
  o.verifier_policy = winemu::VerifierPolicy::kRecord;
  return o;
}

std::string AllReports(const winemu::Emulator &emu) {
  std::string out;
  for (const auto &r :
       const_cast<winemu::Emulator &>(emu).verifier().reports()) {
    out += r.ToString() + "\n";
  }
  return out;
}

TEST(ProcessExit, DisconnectsItsClientPorts) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  winemu::Process &svc = emu.SpawnProcess({.image_name = "svc.exe"});
  {
    winemu::ScopedProcess as(svc);
    HANDLE port = INVALID_HANDLE_VALUE;
    ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
              S_OK);
  }
  EXPECT_EQ(g_minifilter.connects, 1);
  EXPECT_EQ(g_minifilter.disconnects, 0);
  ASSERT_TRUE(emu.TerminateProcess(svc.id()));
  EXPECT_EQ(g_minifilter.disconnects, 1);
  EXPECT_EQ(g_minifilter.client_port, nullptr);  // closed in DisconnectNotify
  // The slot is free again (MaxConnections 1).
  HANDLE port = INVALID_HANDLE_VALUE;
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  CloseHandle(port);
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(ProcessExit, FailsAKernelSenderWaitingForTheReply) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  winemu::Process &svc = emu.SpawnProcess({.image_name = "svc.exe"});
  HANDLE port = INVALID_HANDLE_VALUE;
  {
    winemu::ScopedProcess as(svc);
    ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
              S_OK);
  }
  std::atomic<NTSTATUS> status{0x7fffffff};
  std::thread sender([&] {
    char data[] = "x";
    char reply[4];
    ULONG reply_length = sizeof(reply);
    status = FltSendMessage(g_minifilter.filter, &g_minifilter.client_port,
                            data, 1, reply, &reply_length, NULL);
  });
  {
    winemu::ScopedProcess as(svc);
    FILTER_MESSAGE_HEADER m[4];
    ASSERT_EQ(FilterGetMessage(port, m, sizeof(m), NULL), S_OK);
  }
  emu.TerminateProcess(svc.id());
  sender.join();
  EXPECT_EQ(status, STATUS_PORT_DISCONNECTED);
  EXPECT_EQ(g_minifilter.disconnects, 1);
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(DefaultSecurityDescriptor, AdmitsElevatedProcessesOnly) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 2, true, true), STATUS_SUCCESS);
  winemu::ProcessOptions admin_options{.image_name = "admin.exe"};
  admin_options.identity.elevated = true;
  winemu::Process &admin = emu.SpawnProcess(admin_options);
  winemu::Process &user = emu.SpawnProcess({.image_name = "user.exe"});
  HANDLE port = INVALID_HANDLE_VALUE;
  {
    winemu::ScopedProcess as(user);
    EXPECT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
              E_ACCESSDENIED);
    EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  }
  {
    winemu::ScopedProcess as(admin);
    ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
              S_OK);
    EXPECT_TRUE(CloseHandle(port));
  }
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(KernelHandles, AreNotUsableFromAUserProcess) {
  TestEmulator emu(Recording());
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  SetLastError(0);
  EXPECT_FALSE(CloseHandle(reinterpret_cast<HANDLE>(g_minifilter.server_port)));
  EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_HANDLE));
  // A user handle is not a file handle for FltClose either.
  HANDLE port = INVALID_HANDLE_VALUE;
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  EXPECT_THAT(FltClose(port), NtFailsWith(STATUS_INVALID_HANDLE));
  EXPECT_THAT(FltClose(reinterpret_cast<HANDLE>(g_minifilter.server_port)),
              NtFailsWith(STATUS_INVALID_HANDLE));
  CloseHandle(port);
  TestMinifilterUnload();
  EXPECT_THAT(AllReports(emu), HasSubstr("CloseHandle"));
  emu.ExpectNoLeaks();
}

TEST(Irql, RoutinesAboveTheirMaximumAreReported) {
  TestEmulator emu(Recording());
  KIRQL old;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = {};
  r.Size = sizeof(r);
  r.Version = FLT_REGISTRATION_VERSION;
  PFLT_FILTER filter = NULL;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS);
  PAGED_CODE();
  KeLowerIrql(old);
  FltUnregisterFilter(filter);
  const auto reports = emu.verifier().reports();
  ASSERT_EQ(reports.size(), 2u) << AllReports(emu);
  EXPECT_EQ(reports[0].function, "FltRegisterFilter");
  EXPECT_THAT(reports[0].subject, HasSubstr("DISPATCH_LEVEL"));
  EXPECT_THAT(reports[0].problem, HasSubstr("APC_LEVEL"));
  EXPECT_EQ(reports[1].function, "PAGED_CODE");
  EXPECT_THAT(reports[1].subject, HasSubstr("TestBody"));
}

TEST(Irql, WrongRaiseAndLowerAreReported) {
  TestEmulator emu(Recording());
  KIRQL old;
  KeRaiseIrql(APC_LEVEL, &old);
  KIRQL ignored;
  KeRaiseIrql(PASSIVE_LEVEL, &ignored);
  EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
  KeLowerIrql(DISPATCH_LEVEL);
  EXPECT_EQ(KeGetCurrentIrql(), APC_LEVEL);
  KeLowerIrql(old);
  EXPECT_EQ(emu.verifier().count(), 2u) << AllReports(emu);
}

TEST(FltSendMessage, RelativeTimeoutRunsOnTheVirtualClock) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  HANDLE port = INVALID_HANDLE_VALUE;
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  std::atomic<bool> done{false};
  NTSTATUS status = 0x7fffffff;
  std::thread sender([&] {
    char data[] = "x";
    LARGE_INTEGER timeout;
    timeout.QuadPart = -10LL * 1000 * 1000 * 30;  // 30 s
    status = FltSendMessage(g_minifilter.filter, &g_minifilter.client_port,
                            data, 1, NULL, NULL, &timeout);
    done = true;
  });
  const absl::Time start = emu.clock().Now();
  while (!done) {
    emu.clock().Advance(absl::Seconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  sender.join();
  EXPECT_EQ(status, STATUS_TIMEOUT);
  EXPECT_GE(emu.clock().Now() - start, absl::Seconds(30));
  CloseHandle(port);
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(FltSendMessage, AbsoluteTimeoutInThePastTimesOutAtOnce) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  HANDLE port = INVALID_HANDLE_VALUE;
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  char data[] = "x";
  LARGE_INTEGER timeout;
  timeout.QuadPart = 116444736000000000LL + 1;  // 1970, as a FILETIME
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, NULL, NULL, &timeout),
            STATUS_TIMEOUT);
  CloseHandle(port);
  TestMinifilterUnload();
}

TEST(FltUnregisterFilter, WithTheServerPortOpenIsReportedAndClosesIt) {
  TestEmulator emu(Recording());
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  FltUnregisterFilter(g_minifilter.filter);
  g_minifilter.filter = NULL;
  g_minifilter.server_port = NULL;
  EXPECT_THAT(AllReports(emu), HasSubstr("server port still open"));
  EXPECT_EQ(emu.GetExtension<winemu::fltmgr::FilterManager>().published_ports(),
            0u);
  emu.ExpectNoLeaks();
}

TEST(FltCloseClientPort, SecondCloseIsReported) {
  TestEmulator emu(Recording());
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  HANDLE port = INVALID_HANDLE_VALUE;
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  EXPECT_EQ(emu.verifier().count(), 0u);
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  EXPECT_THAT(AllReports(emu), HasSubstr("already NULL"));
  CloseHandle(port);
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(FilterUnload, CallsTheUnloadCallback) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  auto &fm = emu.GetExtension<winemu::fltmgr::FilterManager>();
  EXPECT_TRUE(fm.Unload(reinterpret_cast<uint64_t>(g_minifilter.filter),
                        /*mandatory=*/true)
                  .ok());
  EXPECT_EQ(g_minifilter.unloads, 1);
  TestMinifilterUnload();
}

TEST(Pool, MisuseIsReportedAndLeaksAreNamed) {
  TestEmulator emu(Recording());
  void *p = ExAllocatePoolWithTag(PagedPool, 8, 'AAAA');
  ASSERT_NE(p, nullptr);
  const winemu::LeakReport leaks = emu.Leaks();
  ASSERT_EQ(leaks.allocations.size(), 1u);
  EXPECT_EQ(leaks.allocations[0].tag, static_cast<uint32_t>('AAAA'));
  EXPECT_THAT(leaks.ToString(), HasSubstr("ExFreePoolWithTag"));
  ExFreePoolWithTag(p, 'BBBB');
  EXPECT_THAT(AllReports(emu), HasSubstr("freed with tag"));
  ExFreePoolWithTag(p, 'AAAA');  // double free
  EXPECT_THAT(AllReports(emu), HasSubstr("already freed"));
  int local = 0;
  FltFreeSecurityDescriptor(&local);
  EXPECT_THAT(AllReports(emu),
              HasSubstr("not from FltBuildDefaultSecurityDescriptor"));
  emu.ExpectNoLeaks();
}

TEST(Faults, AnInjectedFailureChangesNothing) {
  TestEmulator emu;
  ASSERT_EQ(TestMinifilterLoad(kPort, 1, false, true), STATUS_SUCCESS);
  ASSERT_TRUE(emu.faults()
                  .Add({.api = "FilterConnectCommunicationPort",
                        .nth = 1,
                        .code = static_cast<uint32_t>(E_OUTOFMEMORY)})
                  .ok());
  HANDLE port = NULL;
  EXPECT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            E_OUTOFMEMORY);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  EXPECT_EQ(g_minifilter.connects, 0);
  ASSERT_EQ(FilterConnectCommunicationPort(kPort, 0, NULL, 0, NULL, &port),
            S_OK);
  ASSERT_TRUE(
      emu.faults()
          .Add({.api = "FltSendMessage",
                .nth = 1,
                .code = static_cast<uint32_t>(STATUS_INSUFFICIENT_RESOURCES)})
          .ok());
  char data[] = "x";
  LARGE_INTEGER zero = {};
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, NULL, NULL, &zero),
            STATUS_INSUFFICIENT_RESOURCES);
  CloseHandle(port);
  TestMinifilterUnload();
  emu.ExpectNoLeaks();
}

TEST(Asserts, FailuresAreReported) {
  TestEmulator emu(Recording());
  FLT_ASSERT(1 + 1 == 3);
  NT_ASSERT(true);
  ASSERT_EQ(emu.verifier().count(), 1u);
  EXPECT_THAT(emu.verifier().reports()[0].problem, HasSubstr("1 + 1 == 3"));
}

}  // namespace
