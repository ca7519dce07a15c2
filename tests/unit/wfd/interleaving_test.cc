// Copyright winemu authors.
//
// Every order of {open completes, cancel, close session, close handle,
// process exit} around one WFDStartOpenSession: exactly one callback (none
// after the process died first), the documented code from each call, no
// leaked handles, nothing left pending. Deterministic mode checks the exact
// outcome of each of the 120 orders; threaded mode runs the same orders
// against real worker threads (run it under tsan and asan).
#include <windows.h>
#include <wlanapi.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gtest/gtest.h"
#include "tests/unit/wfd/wfd_test_util.h"

namespace winemu::wfd::testing {
namespace {

using ::winemu::testing::TestEmulator;
using ::winemu::testing::TestEmulatorOptions;

DOT11_MAC_ADDRESS kPeer = {0x02, 0x42, 0x42, 0x42, 0x42, 0x42};

enum class Event { kComplete, kCancel, kCloseSession, kCloseHandle, kExit };

const char* EventName(Event e) {
  switch (e) {
    case Event::kComplete:
      return "complete";
    case Event::kCancel:
      return "cancel";
    case Event::kCloseSession:
      return "close-session";
    case Event::kCloseHandle:
      return "close-handle";
    case Event::kExit:
      return "exit";
  }
  return "?";
}

std::string OrderName(const std::array<Event, 5>& order) {
  std::string out;
  for (Event e : order) absl::StrAppend(&out, EventName(e), " ");
  return out;
}

std::vector<std::array<Event, 5>> AllOrders() {
  std::array<Event, 5> order = {Event::kComplete, Event::kCancel,
                                Event::kCloseSession, Event::kCloseHandle,
                                Event::kExit};
  std::vector<std::array<Event, 5>> all;
  do {
    all.push_back(order);
  } while (std::next_permutation(order.begin(), order.end()));
  return all;
}

TEST(WfdInterleavingTest, DeterministicEveryOrder) {
  const auto orders = AllOrders();
  ASSERT_EQ(orders.size(), 120u);
  const absl::Duration kConnect = absl::Seconds(1);
  for (const auto& order : orders) {
    SCOPED_TRACE(OrderName(order));
    TestEmulator emu({.verifier_policy = VerifierPolicy::kRecord});
    WfdControl wfd(emu);
    wfd.AddPairedDevice(Mac(kPeer), kConnect);
    Process& app = emu.SpawnProcess({.image_name = "wfdapp.exe"});
    Completions c;
    HANDLE client = NULL, session = NULL;
    {
      ScopedProcess as(app);
      DWORD version = 0;
      ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
      ASSERT_EQ(WFDStartOpenSession(client, &kPeer, &c, Completions::Callback,
                                    &session),
                0u);
    }
    // The model: what Windows (as the spec describes it) must do.
    bool completed = false, cancelled = false, session_closed = false;
    bool handle_closed = false, dead = false;
    for (Event e : order) {
      ScopedProcess as(app);
      switch (e) {
        case Event::kComplete:
          emu.clock().Advance(kConnect);
          emu.queue().RunUntilIdle();
          if (!dead) completed = true;
          break;
        case Event::kCancel:
          if (dead) break;
          EXPECT_EQ(WFDCancelOpenSession(session),
                    session_closed || handle_closed
                        ? (DWORD)ERROR_INVALID_HANDLE
                        : (DWORD)ERROR_SUCCESS);
          if (!completed) cancelled = true;
          break;
        case Event::kCloseSession: {
          if (dead) break;
          DWORD expected = ERROR_SUCCESS;
          if (session_closed || handle_closed) {
            expected = ERROR_INVALID_HANDLE;
          } else if (!completed) {
            expected = ERROR_INVALID_STATE;  // a pending open is not closed
          }
          EXPECT_EQ(WFDCloseSession(session), expected);
          if (expected == ERROR_SUCCESS) session_closed = true;
          break;
        }
        case Event::kCloseHandle:
          if (dead) break;
          EXPECT_EQ(WFDCloseHandle(client), handle_closed
                                                ? (DWORD)ERROR_INVALID_HANDLE
                                                : (DWORD)ERROR_SUCCESS);
          // It completed the pending open before returning.
          if (!handle_closed) {
            EXPECT_EQ(c.count, 1);
            completed = true;
          }
          handle_closed = true;
          break;
        case Event::kExit:
          break;
      }
      if (e == Event::kExit) {
        ASSERT_TRUE(emu.TerminateProcess(app.id()));
        dead = true;
      }
      EXPECT_EQ(c.count, completed ? 1 : 0) << "after " << EventName(e);
    }
    emu.clock().Advance(absl::Seconds(10));
    emu.queue().RunUntilIdle();
    EXPECT_EQ(c.count, completed ? 1 : 0);
    if (completed) {
      EXPECT_EQ(c.Last().session, session);
      EXPECT_EQ(c.Last().context, &c);
      EXPECT_EQ(c.Last().error,
                cancelled ? (DWORD)ERROR_CANCELLED : (DWORD)ERROR_SUCCESS);
    }
    EXPECT_EQ(wfd.StateOf(session), SessionState::kClosed);
    EXPECT_EQ(wfd.PendingOpens(), 0);
    EXPECT_EQ(wfd.QueuedCloses(), 0);
    EXPECT_EQ(wfd.OpenClients(), 0);
    EXPECT_EQ(emu.queue().pending(), 0u);
    emu.ExpectNoLeaks();
  }
}

// The same orders with worker threads: the completion races every call.
// Exactly one callback unless the process exited (then at most one), an
// error of ERROR_SUCCESS or ERROR_CANCELLED, and a clean end.
TEST(WfdInterleavingTest, ThreadedEveryOrder) {
  for (const auto& order : AllOrders()) {
    SCOPED_TRACE(OrderName(order));
    TestEmulator emu({.mode = EmulatorMode::kThreaded,
                      .verifier_policy = VerifierPolicy::kRecord});
    WfdControl wfd(emu);
    wfd.AddPairedDevice(Mac(kPeer), absl::Microseconds(300));
    Process& app = emu.SpawnProcess({.image_name = "wfdapp.exe"});
    Completions c;
    HANDLE client = NULL, session = NULL;
    {
      ScopedProcess as(app);
      DWORD version = 0;
      ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
      ASSERT_EQ(WFDStartOpenSession(client, &kPeer, &c, Completions::Callback,
                                    &session),
                0u);
    }
    bool dead = false, handle_closed = false;
    for (Event e : order) {
      ScopedProcess as(app);
      if (dead) break;
      switch (e) {
        case Event::kComplete:
          absl::SleepFor(absl::Microseconds(200));
          break;
        case Event::kCancel: {
          const DWORD r = WFDCancelOpenSession(session);
          EXPECT_TRUE(r == ERROR_SUCCESS || r == ERROR_INVALID_HANDLE) << r;
          break;
        }
        case Event::kCloseSession: {
          const DWORD r = WFDCloseSession(session);
          EXPECT_TRUE(r == ERROR_SUCCESS || r == ERROR_INVALID_STATE ||
                      r == ERROR_INVALID_HANDLE)
              << r;
          break;
        }
        case Event::kCloseHandle:
          EXPECT_EQ(WFDCloseHandle(client), (DWORD)ERROR_SUCCESS);
          EXPECT_EQ(c.count, 1) << "WFDCloseHandle waits for the callback";
          handle_closed = true;
          break;
        case Event::kExit:
          break;
      }
      if (e == Event::kExit) {
        ASSERT_TRUE(emu.TerminateProcess(app.id()));
        dead = true;
      }
    }
    emu.queue().WaitUntilIdle();
    if (!dead && !handle_closed) {
      ScopedProcess as(app);
      EXPECT_EQ(WFDCloseHandle(client), (DWORD)ERROR_SUCCESS);
      emu.queue().WaitUntilIdle();
    }
    if (dead) {
      EXPECT_LE(c.count, 1);
    } else {
      EXPECT_EQ(c.count, 1);
    }
    for (const auto& call : c.Calls()) {
      EXPECT_EQ(call.session, session);
      EXPECT_TRUE(call.error == ERROR_SUCCESS || call.error == ERROR_CANCELLED)
          << call.error;
    }
    EXPECT_EQ(wfd.PendingOpens(), 0);
    EXPECT_EQ(wfd.QueuedCloses(), 0);
    EXPECT_EQ(wfd.OpenClients(), 0);
    emu.ExpectNoLeaks();
  }
}

// [INF choice] WFDCloseHandle from inside one of its own callbacks returns
// at once instead of waiting for itself; on worker threads too.
TEST(WfdReentrancyTest, ThreadedCloseHandleFromItsOwnCallback) {
  for (int round = 0; round < 20; ++round) {
    TestEmulator emu({.mode = EmulatorMode::kThreaded,
                      .verifier_policy = VerifierPolicy::kRecord});
    WfdControl wfd(emu);
    wfd.AddPairedDevice(Mac(kPeer), absl::Microseconds(100 * round));
    DWORD version = 0;
    HANDLE client = NULL, s1 = NULL, s2 = NULL;
    ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
    Completions first, second;
    std::atomic<DWORD> close_result{0xdeadbeef};
    std::atomic<bool> second_started{false};
    first.on_call = [&](HANDLE, DWORD) {
      // Close only once the second open is pending too.
      while (!second_started) absl::SleepFor(absl::Microseconds(50));
      close_result = WFDCloseHandle(client);
    };
    ASSERT_EQ(
        WFDStartOpenSession(client, &kPeer, &first, Completions::Callback, &s1),
        0u);
    ASSERT_EQ(WFDStartOpenSession(client, &kPeer, &second,
                                  Completions::Callback, &s2),
              0u);
    second_started = true;
    emu.queue().WaitUntilIdle();
    while (first.count == 0 || second.count == 0) {
      absl::SleepFor(absl::Milliseconds(1));
      emu.queue().WaitUntilIdle();
    }
    EXPECT_EQ(close_result, (DWORD)ERROR_SUCCESS);
    EXPECT_EQ(first.count, 1);
    EXPECT_EQ(second.count, 1);
    emu.queue().WaitUntilIdle();
    EXPECT_EQ(wfd.OpenClients(), 0);
    EXPECT_EQ(wfd.PendingOpens(), 0);
    EXPECT_EQ(wfd.QueuedCloses(), 0);
    emu.ExpectNoLeaks();
  }
}

}  // namespace
}  // namespace winemu::wfd::testing
