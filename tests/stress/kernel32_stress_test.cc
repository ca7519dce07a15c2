// Copyright winemu authors.
//
// Stress of the kernel32 objects in threaded mode: events signalled and
// waited on from many threads, threads started with CreateThread, packets
// through an I/O completion port from several producers to several
// consumers, CloseHandle racing on the same handles, and processes exiting
// with what they hold. Bounded by operation count; seeded per thread.
//
// Checked: no wait is lost or doubled (ping-pong rounds all complete), each
// posted packet is dequeued exactly once, closing a port wakes its waiters
// with ERROR_ABANDONED_WAIT_0, exactly one of racing CloseHandle calls
// succeeds (the others get ERROR_INVALID_HANDLE and a verifier report),
// thread exit codes are what the threads returned, and at the end no handle
// and no allocation remain.
#include <windows.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "emu/testing/test_emulator.h"
#include "gtest/gtest.h"
#include "tests/stress/stress_util.h"

namespace {

using winemu::stress::kScale;
using winemu::stress::Rng;

winemu::testing::TestEmulatorOptions Threaded() {
  winemu::testing::TestEmulatorOptions options;
  options.mode = winemu::EmulatorMode::kThreaded;
  options.trace = false;
  // Racing double closes are reported; the test counts the reports.
  options.verifier_policy = winemu::VerifierPolicy::kRecord;
  return options;
}

// Pairs of threads bounce a token through two auto-reset events; a lost or
// doubled wake-up would hang a pair or end it early.
TEST(Kernel32Stress, EventPingPong) {
  constexpr int kPairs = 3;
  const int rounds = 200 * kScale;
  winemu::testing::TestEmulator emu(Threaded());
  winemu::Process &proc = emu.SpawnProcess({.image_name = "events.exe"});
  std::atomic<int> done{0};
  std::vector<std::thread> threads;
  for (int p = 0; p < kPairs; ++p) {
    HANDLE ping, pong, never;
    {
      winemu::ScopedProcess as(proc);
      ping = CreateEventW(NULL, FALSE, FALSE, NULL);
      pong = CreateEventW(NULL, FALSE, FALSE, NULL);
      never = CreateEventW(NULL, TRUE, FALSE, NULL);
      ASSERT_NE(ping, nullptr);
      ASSERT_NE(pong, nullptr);
      ASSERT_NE(never, nullptr);
    }
    threads.emplace_back([&, ping, pong, never] {
      winemu::ScopedProcess as(proc);
      for (int i = 0; i < rounds; ++i) {
        ASSERT_TRUE(SetEvent(ping));
        // Alternate single and multiple waits.
        if (i % 2) {
          ASSERT_EQ(WaitForSingleObject(pong, INFINITE), WAIT_OBJECT_0);
        } else {
          HANDLE any[2] = {never, pong};
          ASSERT_EQ(WaitForMultipleObjects(2, any, FALSE, INFINITE),
                    WAIT_OBJECT_0 + 1);
        }
      }
      ++done;
    });
    threads.emplace_back([&, ping, pong] {
      winemu::ScopedProcess as(proc);
      for (int i = 0; i < rounds; ++i) {
        ASSERT_EQ(WaitForSingleObject(ping, INFINITE), WAIT_OBJECT_0);
        ASSERT_TRUE(SetEvent(pong));
      }
      ++done;
    });
  }
  for (auto &t : threads) t.join();
  EXPECT_EQ(done.load(), 2 * kPairs);
  EXPECT_TRUE(emu.TerminateProcess(proc.id()));  // closes the events
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

// Threads whose handle is closed unwaited run until the emulator joins
// them; what they touch must outlive every emulator.
std::atomic<int> g_unwaited{0};

DWORD WINAPI Worker(LPVOID param) {
  auto *counter = static_cast<std::atomic<int> *>(param);
  return static_cast<DWORD>(1000 + (*counter)++);
}

// Several std::threads start CreateThread threads and wait for them in
// groups with WaitForMultipleObjects(bWaitAll); exit codes are all distinct
// and each thread ran once.
TEST(Kernel32Stress, CreateThreadAndWaitAll) {
  constexpr int kStarters = 3;
  const int per_starter = 16 * kScale;
  std::atomic<int> counter{0};  // outlives the threads (joined by the emu)
  winemu::testing::TestEmulator emu(Threaded());
  std::vector<std::vector<DWORD>> codes(kStarters);
  std::vector<std::thread> starters;
  for (int s = 0; s < kStarters; ++s) {
    starters.emplace_back([&, s] {
      Rng rng(0x7e7d0000 + s);
      int left = per_starter;
      while (left > 0) {
        const int n = std::min<int>(left, 1 + rng.Below(8));
        std::vector<HANDLE> hs;
        for (int i = 0; i < n; ++i) {
          HANDLE h = CreateThread(NULL, 0, Worker, &counter, 0, NULL);
          ASSERT_NE(h, nullptr);
          hs.push_back(h);
        }
        ASSERT_EQ(WaitForMultipleObjects(n, hs.data(), TRUE, INFINITE),
                  WAIT_OBJECT_0);
        for (HANDLE h : hs) {
          DWORD code = 0;
          ASSERT_TRUE(GetExitCodeThread(h, &code));
          codes[s].push_back(code);
          ASSERT_TRUE(CloseHandle(h));
        }
        left -= n;
      }
    });
  }
  for (auto &t : starters) t.join();
  std::set<DWORD> all;
  for (auto &c : codes) all.insert(c.begin(), c.end());
  EXPECT_EQ(all.size(), static_cast<size_t>(kStarters * per_starter));
  EXPECT_EQ(counter.load(), kStarters * per_starter);
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

// Producers post uniquely keyed packets; consumers dequeue until the port
// is closed under them. Every packet arrives exactly once.
TEST(Kernel32Stress, CompletionPortProducersConsumers) {
  constexpr int kProducers = 3;
  constexpr int kConsumers = 3;
  const int per_producer = 300 * kScale;
  winemu::testing::TestEmulator emu(Threaded());
  HANDLE port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 0);
  ASSERT_NE(port, nullptr);
  std::vector<std::vector<ULONG_PTR>> got(kConsumers);
  std::atomic<int> received{0};
  std::vector<std::thread> consumers;
  for (int c = 0; c < kConsumers; ++c) {
    consumers.emplace_back([&, c] {
      for (;;) {
        DWORD bytes = 0;
        ULONG_PTR key = 0;
        LPOVERLAPPED ov = nullptr;
        if (!GetQueuedCompletionStatus(port, &bytes, &key, &ov, INFINITE)) {
          const DWORD error = GetLastError();
          // Closed while waiting, or closed before the call.
          EXPECT_TRUE(error == ERROR_ABANDONED_WAIT_0 ||
                      error == ERROR_INVALID_HANDLE)
              << error;
          return;
        }
        EXPECT_EQ(ov, nullptr);
        EXPECT_EQ(bytes, static_cast<DWORD>(key & 0xFFFF));
        got[c].push_back(key);
        ++received;
      }
    });
  }
  std::vector<std::thread> producers;
  for (int p = 0; p < kProducers; ++p) {
    producers.emplace_back([&, p] {
      for (int i = 0; i < per_producer; ++i) {
        const ULONG_PTR key = (static_cast<ULONG_PTR>(p) << 16) | i;
        ASSERT_TRUE(PostQueuedCompletionStatus(port, i, key, NULL));
      }
    });
  }
  for (auto &t : producers) t.join();
  // Wait until every packet was taken, then close the port under the
  // consumers, who are all (or about to be) waiting on it.
  while (received.load() < kProducers * per_producer) {
    std::this_thread::yield();
  }
  ASSERT_TRUE(CloseHandle(port));
  for (auto &t : consumers) t.join();
  std::multiset<ULONG_PTR> keys;
  for (auto &g : got) keys.insert(g.begin(), g.end());
  EXPECT_EQ(keys.size(), static_cast<size_t>(kProducers * per_producer));
  for (int p = 0; p < kProducers; ++p) {
    for (int i = 0; i < per_producer; ++i) {
      ASSERT_EQ(keys.count((static_cast<ULONG_PTR>(p) << 16) | i), 1u);
    }
  }
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

// Threads race to close the same handles (events, threads, ports) in
// different orders, while others use them; exactly one close of each wins.
TEST(Kernel32Stress, CloseHandleRaces) {
  constexpr int kClosers = 4;
  const int handles = 64 * kScale;
  winemu::testing::TestEmulator emu(Threaded());
  std::vector<HANDLE> hs;
  Rng rng(0xc105e000);
  for (int i = 0; i < handles; ++i) {
    HANDLE h = nullptr;
    switch (rng.Below(3)) {
      case 0:
        h = CreateEventW(NULL, TRUE, FALSE, NULL);
        break;
      case 1:
        h = CreateThread(NULL, 0, Worker, &g_unwaited, 0, NULL);
        break;
      case 2:
        h = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 0);
        break;
    }
    ASSERT_NE(h, nullptr);
    hs.push_back(h);
  }
  std::vector<std::atomic<int>> wins(handles);
  std::atomic<int> losses{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kClosers; ++t) {
    threads.emplace_back([&, t] {
      Rng order(0xc105e100 + t);
      std::vector<int> idx(handles);
      for (int i = 0; i < handles; ++i) idx[i] = i;
      for (int i = handles - 1; i > 0; --i) {
        std::swap(idx[i], idx[order.Below(i + 1)]);
      }
      for (int i : idx) {
        // Use it (the result depends on who closed it first), then close.
        SetEvent(hs[i]);
        WaitForSingleObject(hs[i], 0);
        if (CloseHandle(hs[i])) {
          ++wins[i];
        } else {
          EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_HANDLE));
          ++losses;
        }
      }
    });
  }
  for (auto &t : threads) t.join();
  for (int i = 0; i < handles; ++i) {
    EXPECT_EQ(wins[i].load(), 1) << "handle " << i;
  }
  EXPECT_EQ(losses.load(), (kClosers - 1) * handles);
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

// Threads of a short-lived process create events, threads and ports and
// close some of them; the process exits after them (race = false) or while
// they are still calling (race = true), and closes the rest.
void BusyProcess(winemu::testing::TestEmulator &emu, int n, bool race) {
  constexpr int kThreadsPerProcess = 3;
  winemu::Process &proc = emu.SpawnProcess({.image_name = "busy.exe"});
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreadsPerProcess; ++t) {
    threads.emplace_back([&, t] {
      winemu::ScopedProcess as(proc);
      Rng rng(0xb05e0000 + n * 16 + t);
      // A thread of an exited process runs no more (Windows kills it).
      for (int i = 0; i < 50 && proc.alive(); ++i) {
        switch (rng.Below(4)) {
          case 0: {
            HANDLE e = CreateEventW(NULL, FALSE, TRUE, NULL);
            if (e != NULL) WaitForSingleObject(e, 0);
            break;
          }
          case 1: {
            HANDLE h = CreateThread(NULL, 0, Worker, &g_unwaited, 0, NULL);
            if (h != NULL) WaitForSingleObject(h, INFINITE);
            break;
          }
          case 2: {
            HANDLE p = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 0);
            if (p != NULL) PostQueuedCompletionStatus(p, 1, 2, NULL);
            break;
          }
          case 3: {
            HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);
            if (e != NULL && rng.Below(2)) CloseHandle(e);
            break;
          }
        }
      }
    });
  }
  if (!race) {
    for (auto &t : threads) t.join();
  }
  std::this_thread::yield();
  EXPECT_TRUE(emu.TerminateProcess(proc.id()));
  for (auto &t : threads) {
    if (t.joinable()) t.join();
  }
}

TEST(Kernel32Stress, ProcessExitClosesWhatItsThreadsMade) {
  winemu::testing::TestEmulator emu(Threaded());
  for (int n = 0; n < 8 * kScale; ++n) BusyProcess(emu, n, /*race=*/false);
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

// The process exits while its threads are inside Create* calls: a handle
// such a call issues after the exit's sweep is closed at once (the handle
// table refuses new handles of an exited owner), so nothing leaks.
TEST(Kernel32Stress, ProcessExitDuringCalls) {
  winemu::testing::TestEmulator emu(Threaded());
  for (int n = 0; n < 8 * kScale; ++n) BusyProcess(emu, n, /*race=*/true);
  EXPECT_EQ(emu.handles().size(), 0u);
  emu.ExpectNoLeaks();
}

}  // namespace
