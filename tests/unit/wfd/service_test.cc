// Copyright winemu authors.
//
// Scenario tests of the simulated Wi-Fi Direct service in deterministic mode:
// nothing asynchronous runs until the test pumps the work queue, and
// connection times run on the virtual clock.
#include <windows.h>
#include <wlanapi.h>

#include "absl/time/time.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/unit/wfd/wfd_test_util.h"

namespace winemu::wfd::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::winemu::testing::TestEmulator;
using ::winemu::testing::TestEmulatorOptions;
using ::winemu::testing::Win32FailsWith;
using ::winemu::testing::Win32Succeeds;

DOT11_MAC_ADDRESS kPhone = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
DOT11_MAC_ADDRESS kPrinter = {0x02, 0x66, 0x77, 0x88, 0x99, 0xaa};

class WfdServiceTest : public ::testing::Test {
 protected:
  WfdServiceTest() : wfd_(emu_) {
    wfd_.AddPairedDevice(Mac(kPhone), absl::Seconds(2));
    DWORD version = 0;
    EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &client_),
                Win32Succeeds());
  }

  void Pump() { emu_.queue().RunUntilIdle(); }
  void AdvanceAndPump(absl::Duration d) {
    emu_.clock().Advance(d);
    Pump();
  }
  HANDLE Start(Completions *c, DOT11_MAC_ADDRESS *peer = &kPhone) {
    HANDLE session = NULL;
    EXPECT_THAT(
        WFDStartOpenSession(client_, peer, c, Completions::Callback, &session),
        Win32Succeeds());
    return session;
  }

  TestEmulator emu_;
  WfdControl wfd_;
  HANDLE client_ = NULL;
};

TEST_F(WfdServiceTest, OpenCompletesOnlyWhenPumpedAfterConnectionTime) {
  Completions c;
  HANDLE session = Start(&c);
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kOpening);
  EXPECT_EQ(wfd_.PendingOpens(), 1);
  Pump();
  EXPECT_EQ(c.count, 0) << "nothing runs inside the call or before due";
  AdvanceAndPump(absl::Milliseconds(1999));
  EXPECT_EQ(c.count, 0);
  AdvanceAndPump(absl::Milliseconds(1));
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().session, session);
  EXPECT_EQ(c.Last().context, &c);
  EXPECT_EQ(c.Last().error, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kOpen);
  EXPECT_EQ(wfd_.ConnectedSessions(Mac(kPhone)), 1);
  const GUID guid = c.Last().guid;
  EXPECT_FALSE(IsNullGuid(guid));
  EXPECT_EQ(wfd_.InfoOf(session)->interface_guid.data1, guid.Data1);

  EXPECT_THAT(WFDCloseSession(session), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  EXPECT_EQ(c.count, 1);
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseSessionQueuesTheDisconnect) {
  Completions c;
  HANDLE session = Start(&c);
  AdvanceAndPump(absl::Seconds(2));
  ASSERT_EQ(c.count, 1);

  EXPECT_THAT(WFDCloseSession(session), Win32Succeeds());
  // The handle is dead at once; the link stays up until the work item runs.
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kClosing);
  EXPECT_EQ(wfd_.ConnectedSessions(Mac(kPhone)), 1);
  EXPECT_EQ(wfd_.QueuedCloses(), 1);
  EXPECT_THAT(emu_.queue().PendingLabels(),
              ::testing::ElementsAre("WFDCloseSession disconnect"));
  emu_.verifier().set_policy(VerifierPolicy::kRecord);
  EXPECT_THAT(WFDCloseSession(session), Win32FailsWith(ERROR_INVALID_HANDLE));
  ASSERT_EQ(emu_.verifier().count(), 1u);
  EXPECT_EQ(emu_.verifier().reports()[0].function, "WFDCloseSession");
  EXPECT_THAT(emu_.verifier().reports()[0].problem, HasSubstr("stale"));

  Pump();
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kClosed);
  EXPECT_EQ(wfd_.ConnectedSessions(Mac(kPhone)), 0);
  EXPECT_EQ(wfd_.QueuedCloses(), 0);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseSessionOnPendingOpenLeavesItOpening) {
  Completions c;
  HANDLE session = Start(&c);
  EXPECT_THAT(WFDCloseSession(session), Win32FailsWith(ERROR_INVALID_STATE));
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kOpening);
  AdvanceAndPump(absl::Seconds(2));
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().error, (DWORD)ERROR_SUCCESS);
  EXPECT_THAT(WFDCloseSession(session), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CancelCompletesAtOnceWithErrorCancelled) {
  Completions c;
  HANDLE session = Start(&c);
  EXPECT_THAT(WFDCancelOpenSession(session), Win32Succeeds());
  EXPECT_EQ(c.count, 0) << "the callback is never inside the call";
  EXPECT_TRUE(wfd_.InfoOf(session)->cancel_requested);
  Pump();  // no clock advance needed
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().session, session);
  EXPECT_EQ(c.Last().error, (DWORD)ERROR_CANCELLED);
  EXPECT_EQ(c.Last().reason, (DWORD)WLAN_REASON_CODE_UNKNOWN);
  EXPECT_TRUE(IsNullGuid(c.Last().guid));
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kFailed);
  // The original completion time passes: nothing more.
  AdvanceAndPump(absl::Seconds(5));
  EXPECT_EQ(c.count, 1);
  EXPECT_THAT(WFDCloseSession(session), Win32Succeeds());
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kClosed)
      << "a failed session has no link to tear down";
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CancelAfterCompletionHasNoEffect) {
  Completions c;
  HANDLE session = Start(&c);
  AdvanceAndPump(absl::Seconds(2));
  EXPECT_THAT(WFDCancelOpenSession(session), Win32Succeeds());
  Pump();
  EXPECT_EQ(c.count, 1);
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kOpen);
  EXPECT_FALSE(wfd_.InfoOf(session)->cancel_requested);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, DeviceStateIsReadWhenTheOpenCompletes) {
  Completions c;
  HANDLE session = Start(&c);
  ASSERT_TRUE(wfd_.MakeUnreachable(Mac(kPhone), /*failure_code=*/1460,
                                   /*reason_code=*/0x30005));
  AdvanceAndPump(absl::Seconds(2));
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().error, 1460u);
  EXPECT_EQ(c.Last().reason, 0x30005u);
  EXPECT_TRUE(IsNullGuid(c.Last().guid));
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kFailed);
  EXPECT_EQ(wfd_.ConnectedSessions(Mac(kPhone)), 0);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, ServiceStoppingDuringAnOpenFailsIt) {
  Completions c;
  Start(&c);
  wfd_.StopAutoConfig();
  AdvanceAndPump(absl::Seconds(2));
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().error, (DWORD)ERROR_SERVICE_NOT_ACTIVE);
  wfd_.StartAutoConfig();
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, AutoConfigStopped) {
  wfd_.StopAutoConfig();
  DWORD version = 0xdeadbeef;
  HANDLE other = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &other),
              Win32FailsWith(ERROR_SERVICE_NOT_ACTIVE));
  EXPECT_EQ(other, (HANDLE)NULL);
  EXPECT_EQ(version, 0xdeadbeefu);
  Completions c;
  HANDLE session = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDStartOpenSession(client_, &kPhone, &c, Completions::Callback,
                                  &session),
              Win32FailsWith(ERROR_SERVICE_NOT_ACTIVE));
  EXPECT_EQ(session, (HANDLE)NULL);
  GUID guid;
  EXPECT_THAT(WFDOpenLegacySession(client_, &kPhone, &session, &guid),
              Win32FailsWith(ERROR_SERVICE_NOT_ACTIVE));
  EXPECT_THAT(WFDUpdateDeviceVisibility(&kPhone),
              Win32FailsWith(ERROR_SERVICE_NOT_ACTIVE));
  Pump();
  EXPECT_EQ(c.count, 0);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, GroupPolicyDisablesWifiDirect) {
  Completions c;
  HANDLE open = Start(&c);
  AdvanceAndPump(absl::Seconds(2));
  ASSERT_EQ(c.count, 1);
  wfd_.SetDisabledByPolicy(true);
  HANDLE session = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDStartOpenSession(client_, &kPhone, &c, Completions::Callback,
                                  &session),
              Win32FailsWith(ERROR_INVALID_STATE));
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_THAT(WFDCloseSession(open), Win32FailsWith(ERROR_INVALID_STATE));
  EXPECT_EQ(wfd_.StateOf(open), SessionState::kOpen);
  // Handles still open and close.
  DWORD version = 0;
  HANDLE other = NULL;
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &other),
              Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(other), Win32Succeeds());
  wfd_.SetDisabledByPolicy(false);
  EXPECT_THAT(WFDCloseSession(open), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  EXPECT_EQ(c.count, 1);
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, HandleLimit) {
  wfd_.SetHandleLimit(3);
  DWORD version = 0;
  HANDLE a = NULL, b = NULL, c = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &a), Win32Succeeds());
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &b), Win32Succeeds());
  EXPECT_EQ(wfd_.OpenClients(), 3);
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &c),
              Win32FailsWith(ERROR_REMOTE_SESSION_LIMIT_EXCEEDED));
  EXPECT_EQ(c, (HANDLE)NULL);
  EXPECT_THAT(WFDCloseHandle(a), Win32Succeeds());
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &c), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(b), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(c), Win32Succeeds());
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  EXPECT_EQ(wfd_.OpenClients(), 0);
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, DefaultHandleLimitIs128) {
  std::vector<HANDLE> handles = {client_};
  DWORD version = 0;
  HANDLE h = NULL;
  while (WFDOpenHandle(WFD_API_VERSION, &version, &h) == ERROR_SUCCESS) {
    handles.push_back(h);
    ASSERT_LE(handles.size(), 1000u);
  }
  EXPECT_EQ(handles.size(), 128u);
  for (HANDLE x : handles) EXPECT_THAT(WFDCloseHandle(x), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseHandleCompletesPendingOpensThenClosesSessions) {
  Completions c;
  HANDLE pending = Start(&c);
  HANDLE legacy = NULL;
  GUID guid;
  wfd_.AddDevice(Mac(kPrinter),
                 DeviceOptions{.paired = false, .legacy_paired = true});
  ASSERT_THAT(WFDOpenLegacySession(client_, &kPrinter, &legacy, &guid),
              Win32Succeeds());
  // Deterministic mode: WFDCloseHandle cannot wait for a pump, so it runs
  // its own pending completions on the calling thread before returning.
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  ASSERT_EQ(c.count, 1);
  EXPECT_EQ(c.Last().session, pending);
  EXPECT_EQ(c.Last().error, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(wfd_.StateOf(pending), SessionState::kClosing);
  EXPECT_EQ(wfd_.StateOf(legacy), SessionState::kClosing);
  emu_.verifier().set_policy(VerifierPolicy::kRecord);
  EXPECT_THAT(WFDCloseSession(pending), Win32FailsWith(ERROR_INVALID_HANDLE));
  EXPECT_THAT(WFDCloseSession(legacy), Win32FailsWith(ERROR_INVALID_HANDLE));
  Pump();
  EXPECT_EQ(wfd_.StateOf(pending), SessionState::kClosed);
  EXPECT_EQ(wfd_.StateOf(legacy), SessionState::kClosed);
  EXPECT_EQ(c.count, 1);
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseHandleFromItsOwnCallbackDoesNotWait) {
  Completions first, second;
  DWORD close_result = 0xdeadbeef;
  first.on_call = [&](HANDLE, DWORD) {
    close_result = WFDCloseHandle(client_);
    // The handle is dead at once...
    EXPECT_EQ(WFDCloseHandle(client_), (DWORD)ERROR_INVALID_HANDLE);
  };
  emu_.verifier().set_policy(VerifierPolicy::kRecord);
  HANDLE s1 = Start(&first);
  wfd_.AddPairedDevice(Mac(kPrinter), absl::Seconds(10));
  HANDLE s2 = Start(&second, &kPrinter);
  AdvanceAndPump(absl::Seconds(2));
  EXPECT_EQ(close_result, (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(first.count, 1);
  // ...the other pending open still delivers its one callback...
  EXPECT_EQ(second.count, 0);
  EXPECT_EQ(wfd_.StateOf(s1), SessionState::kOpen);
  AdvanceAndPump(absl::Seconds(8));
  ASSERT_EQ(second.count, 1);
  EXPECT_EQ(second.Last().error, (DWORD)ERROR_SUCCESS);
  // ...and once it has, the client's sessions are closed.
  EXPECT_EQ(wfd_.StateOf(s1), SessionState::kClosed);
  EXPECT_EQ(wfd_.StateOf(s2), SessionState::kClosed);
  EXPECT_EQ(wfd_.OpenClients(), 0);
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseHandleFromAnotherClientsCallback) {
  DWORD version = 0;
  HANDLE other = NULL;
  ASSERT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &other),
              Win32Succeeds());
  wfd_.AddPairedDevice(Mac(kPrinter), absl::Seconds(30));
  Completions mine, theirs;
  HANDLE their_session = NULL;
  ASSERT_THAT(WFDStartOpenSession(other, &kPrinter, &theirs,
                                  Completions::Callback, &their_session),
              Win32Succeeds());
  DWORD close_result = 0xdeadbeef;
  mine.on_call = [&](HANDLE, DWORD) {
    // Waits for `other`'s pending open: completed here, nested.
    close_result = WFDCloseHandle(other);
    EXPECT_EQ(theirs.count, 1);
  };
  Start(&mine);
  AdvanceAndPump(absl::Seconds(2));
  EXPECT_EQ(close_result, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(mine.count, 1);
  EXPECT_EQ(theirs.count, 1);
  EXPECT_EQ(wfd_.StateOf(their_session), SessionState::kClosed);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, CloseSessionFromItsOwnCallback) {
  Completions c;
  DWORD result = 0xdeadbeef;
  c.on_call = [&](HANDLE session, DWORD) { result = WFDCloseSession(session); };
  HANDLE session = Start(&c);
  AdvanceAndPump(absl::Seconds(2));
  EXPECT_EQ(result, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(wfd_.StateOf(session), SessionState::kClosed);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, ProcessExitReleasesEverythingWithoutCallbacks) {
  Process &app = emu_.SpawnProcess({.image_name = "wfdapp.exe"});
  Completions c;
  HANDLE client = NULL, pending = NULL, open = NULL;
  {
    ScopedProcess as(app);
    DWORD version = 0;
    ASSERT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &client),
                Win32Succeeds());
    ASSERT_THAT(
        WFDStartOpenSession(client, &kPhone, &c, Completions::Callback, &open),
        Win32Succeeds());
    AdvanceAndPump(absl::Seconds(2));
    ASSERT_EQ(c.count, 1);
    EXPECT_EQ(c.Last().process, app.id()) << "callbacks run as the owner";
    ASSERT_THAT(WFDStartOpenSession(client, &kPhone, &c, Completions::Callback,
                                    &pending),
                Win32Succeeds());
  }
  EXPECT_EQ(wfd_.PendingOpens(), 1);
  ASSERT_TRUE(emu_.TerminateProcess(app.id()));
  EXPECT_EQ(wfd_.StateOf(open), SessionState::kClosed);
  EXPECT_EQ(wfd_.StateOf(pending), SessionState::kClosed);
  EXPECT_EQ(wfd_.PendingOpens(), 0);
  EXPECT_EQ(wfd_.OpenClients(), 1) << "only the fixture's";
  AdvanceAndPump(absl::Seconds(10));
  EXPECT_EQ(c.count, 1) << "no callback into a dead process";
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, HandlesOfAnotherProcessAreInvalid) {
  Process &other = emu_.SpawnProcess({.image_name = "other.exe"});
  emu_.verifier().set_policy(VerifierPolicy::kRecord);
  {
    ScopedProcess as(other);
    EXPECT_THAT(WFDCloseHandle(client_), Win32FailsWith(ERROR_INVALID_HANDLE));
  }
  ASSERT_EQ(emu_.verifier().count(), 1u);
  EXPECT_THAT(emu_.verifier().reports()[0].problem,
              HasSubstr("another process"));
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, UpdateDeviceVisibilityRefreshesTheDeviceNode) {
  EXPECT_EQ(wfd_.VisibleProperty(Mac(kPhone)), std::nullopt);
  EXPECT_THAT(WFDUpdateDeviceVisibility(&kPhone), Win32Succeeds());
  EXPECT_EQ(wfd_.VisibleProperty(Mac(kPhone)), true);
  wfd_.SetVisible(Mac(kPhone), false);
  EXPECT_EQ(wfd_.VisibleProperty(Mac(kPhone)), true) << "until refreshed";
  EXPECT_THAT(WFDUpdateDeviceVisibility(&kPhone), Win32Succeeds());
  EXPECT_EQ(wfd_.VisibleProperty(Mac(kPhone)), false);
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
}

TEST_F(WfdServiceTest, FixedInterfaceGuidAndLegacyFailure) {
  Guid fixed;
  fixed.data1 = 0x12345678;
  fixed.data4 = {1, 2, 3, 4, 5, 6, 7, 8};
  DeviceOptions printer;
  printer.paired = false;
  printer.legacy_paired = true;
  printer.interface_guid = fixed;
  wfd_.AddDevice(Mac(kPrinter), printer);
  HANDLE session = NULL;
  GUID guid;
  ASSERT_THAT(WFDOpenLegacySession(client_, &kPrinter, &session, &guid),
              Win32Succeeds());
  EXPECT_EQ(guid.Data1, 0x12345678u);
  EXPECT_EQ(guid.Data4[7], 8);
  EXPECT_TRUE(wfd_.InfoOf(session)->legacy);
  EXPECT_THAT(WFDCloseSession(session), Win32Succeeds());

  wfd_.MakeUnreachable(Mac(kPrinter), 1460u);
  session = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDOpenLegacySession(client_, &kPrinter, &session, &guid),
              Win32FailsWith(1460));
  EXPECT_EQ(session, (HANDLE)NULL);
  wfd_.MakeUnreachable(Mac(kPrinter));
  EXPECT_THAT(WFDOpenLegacySession(client_, &kPrinter, &session, &guid),
              Win32FailsWith(ERROR_DEVICE_NOT_AVAILABLE));
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  Pump();
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, InjectedFaultsChangeNothing) {
  ASSERT_TRUE(emu_.faults()
                  .Add({.api = "WFDOpenHandle",
                        .nth = 1,
                        .code = ERROR_NOT_ENOUGH_MEMORY})
                  .ok());
  ASSERT_TRUE(emu_.faults()
                  .Add({.api = "WFDStartOpenSession",
                        .nth = 1,
                        .code = ERROR_SERVICE_NOT_ACTIVE})
                  .ok());
  DWORD version = 0xdeadbeef;
  HANDLE h = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDOpenHandle(WFD_API_VERSION, &version, &h),
              Win32FailsWith(ERROR_NOT_ENOUGH_MEMORY));
  EXPECT_EQ(h, (HANDLE)NULL);
  EXPECT_EQ(wfd_.OpenClients(), 1);
  Completions c;
  HANDLE session = (HANDLE)(ULONG_PTR)0xdeadbeef;
  EXPECT_THAT(WFDStartOpenSession(client_, &kPhone, &c, Completions::Callback,
                                  &session),
              Win32FailsWith(ERROR_SERVICE_NOT_ACTIVE));
  EXPECT_EQ(session, (HANDLE)NULL);
  AdvanceAndPump(absl::Seconds(5));
  EXPECT_EQ(c.count, 0);
  EXPECT_THAT(emu_.queue().PendingLabels(), IsEmpty());
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
  emu_.ExpectNoLeaks();
}

TEST_F(WfdServiceTest, ExportTableListsEveryFunction) {
  std::vector<std::string> names;
  for (const auto &table : ExportRegistry::Tables()) {
    if (std::string(table.dll) != "wlanapi") continue;
    for (const ApiInfo *row : table.rows) {
      names.push_back(row->name);
      EXPECT_EQ(row->support, Support::kSupported) << row->name;
    }
  }
  EXPECT_THAT(names,
              ::testing::UnorderedElementsAre(
                  "WFDOpenHandle", "WFDCloseHandle", "WFDStartOpenSession",
                  "WFDCancelOpenSession", "WFDOpenLegacySession",
                  "WFDCloseSession", "WFDUpdateDeviceVisibility"));
  EXPECT_THAT(WFDCloseHandle(client_), Win32Succeeds());
}

}  // namespace
}  // namespace winemu::wfd::testing
