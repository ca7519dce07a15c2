// Copyright winemu authors.
//
// Stress of the Wi-Fi Direct service in threaded mode: several threads, each
// running as its own process, open client handles, start opens to quick,
// slow and unreachable devices, cancel them, close sessions, close client
// handles and exit their process, while the work queue's threads deliver
// completions.
//
// Checked: each started open gets at most one callback, and exactly one when
// its client was closed with WFDCloseHandle (which waits for them); no
// callback starts after WFDCloseHandle on its client or its process's exit
// returned; every code is one the function documents; and at the end no
// client, no pending open, no handle and no allocation remain. Bounded by
// operation count; seeded per thread.
#include <windows.h>
#include <wlanapi.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "absl/time/time.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gtest/gtest.h"
#include "tests/stress/stress_util.h"

namespace {

using winemu::stress::kScale;
using winemu::stress::Rng;

constexpr int kWorkers = 4;
constexpr int kOpsPerWorker = 1000 * kScale;

DOT11_MAC_ADDRESS kMacs[4] = {{2, 0, 0, 0, 0, 1},   // connects at once
                              {2, 0, 0, 0, 0, 2},   // after 2 ms
                              {2, 0, 0, 0, 0, 3},   // unreachable
                              {2, 0, 0, 0, 0, 4}};  // legacy only

winemu::wfd::MacAddress Mac(int i) {
  winemu::wfd::MacAddress mac;
  for (int b = 0; b < 6; ++b) mac[b] = kMacs[i][b];
  return mac;
}

// A ticket for "after this point": callbacks and closes draw from it.
std::atomic<uint64_t> g_clock{1};

struct Open {
  HANDLE client = nullptr;
  std::atomic<int> callbacks{0};
  std::atomic<uint64_t> callback_at{0};  // g_clock when the callback started
  std::atomic<DWORD> error{0};
  uint64_t closed_at = 0;  // g_clock after WFDCloseHandle / exit returned
  bool closed_by_handle = false;
};

VOID WINAPI OnComplete(HANDLE, PVOID context, GUID, DWORD error, DWORD) {
  auto *open = static_cast<Open *>(context);
  open->callback_at = g_clock++;
  open->error = error;
  ++open->callbacks;
}

bool Allowed(DWORD rc, std::initializer_list<DWORD> codes) {
  for (DWORD c : codes) {
    if (rc == c) return true;
  }
  return false;
}

class Worker {
 public:
  Worker(winemu::Emulator &emu, int index)
      : emu_(emu), index_(index), rng_(0x3fd00000 + index) {}

  void Run() {
    Spawn();
    for (int op = 0; op < kOpsPerWorker; ++op) Step();
    Exit();
  }

  std::vector<std::unique_ptr<Open>> &opens() { return opens_; }

 private:
  struct Client {
    HANDLE h;
    std::vector<Open *> opens;
    std::vector<HANDLE> sessions;
  };

  void Spawn() {
    process_ = &emu_.SpawnProcess({.image_name = "wfd_stress.exe"});
  }

  void Exit() {
    emu_.TerminateProcess(process_->id());
    const uint64_t now = g_clock++;
    for (Client &c : clients_) {
      for (Open *o : c.opens) o->closed_at = now;
    }
    clients_.clear();
  }

  void Step() {
    winemu::ScopedProcess as(*process_);
    const uint32_t r = rng_.Below(100);
    if (clients_.empty() || (r < 10 && clients_.size() < 3)) {
      HANDLE h = nullptr;
      DWORD version = 0;
      const DWORD rc = WFDOpenHandle(WFD_API_VERSION_1_0, &version, &h);
      EXPECT_EQ(rc, ERROR_SUCCESS);
      if (rc == ERROR_SUCCESS) clients_.push_back({h});
      return;
    }
    Client &c = clients_[rng_.Below(clients_.size())];
    if (r < 50) {  // start an open
      auto open = std::make_unique<Open>();
      open->client = c.h;
      HANDLE session = nullptr;
      const DWORD rc = WFDStartOpenSession(c.h, &kMacs[rng_.Below(4)],
                                           open.get(), OnComplete, &session);
      EXPECT_TRUE(Allowed(rc, {ERROR_SUCCESS, ERROR_INVALID_STATE}))
          << "WFDStartOpenSession " << rc;
      if (rc == ERROR_SUCCESS) {
        c.opens.push_back(open.get());
        c.sessions.push_back(session);
        opens_.push_back(std::move(open));
      }
    } else if (r < 62) {  // cancel
      if (c.sessions.empty()) return;
      const DWORD rc =
          WFDCancelOpenSession(c.sessions[rng_.Below(c.sessions.size())]);
      EXPECT_TRUE(Allowed(rc, {ERROR_SUCCESS, ERROR_INVALID_STATE}))
          << "WFDCancelOpenSession " << rc;
    } else if (r < 80) {  // close a session (still opening: refused)
      if (c.sessions.empty()) return;
      const size_t i = rng_.Below(c.sessions.size());
      const DWORD rc = WFDCloseSession(c.sessions[i]);
      EXPECT_TRUE(Allowed(rc, {ERROR_SUCCESS, ERROR_INVALID_STATE}))
          << "WFDCloseSession " << rc;
      if (rc == ERROR_SUCCESS) c.sessions.erase(c.sessions.begin() + i);
    } else if (r < 95) {  // close the client: its callbacks have all run
      const DWORD rc = WFDCloseHandle(c.h);
      EXPECT_EQ(rc, ERROR_SUCCESS);
      const uint64_t now = g_clock++;
      for (Open *o : c.opens) {
        o->closed_at = now;
        o->closed_by_handle = true;
        EXPECT_EQ(o->callbacks.load(), 1)
            << "WFDCloseHandle returns after every callback of its client";
      }
      clients_.erase(clients_.begin() + (&c - &clients_[0]));
    } else {  // the process exits with whatever it holds
      Exit();
      Spawn();
    }
  }

  winemu::Emulator &emu_;
  const int index_;
  Rng rng_;
  winemu::Process *process_ = nullptr;
  std::vector<Client> clients_;
  std::vector<std::unique_ptr<Open>> opens_;
};

TEST(WfdStress, OpensClosesAndExitsInThreadedMode) {
  std::vector<std::unique_ptr<Worker>> workers;  // outlive the emulator
  {
    winemu::testing::TestEmulatorOptions options;
    options.mode = winemu::EmulatorMode::kThreaded;
    options.trace = false;
    winemu::testing::TestEmulator emu(options);
    winemu::wfd::testing::WfdControl wfd(emu);
    wfd.AddPairedDevice(Mac(0));
    wfd.AddPairedDevice(Mac(1), absl::Milliseconds(2));
    wfd.AddPairedDevice(Mac(2));
    wfd.MakeUnreachable(Mac(2));
    wfd.AddLegacyDevice(Mac(3));

    for (int i = 0; i < kWorkers; ++i) {
      workers.push_back(std::make_unique<Worker>(emu, i));
    }
    std::vector<std::thread> threads;
    for (auto &w : workers) threads.emplace_back([&w] { w->Run(); });
    for (auto &t : threads) t.join();
    emu.queue().RunUntilIdle();

    EXPECT_EQ(wfd.OpenClients(), 0);
    EXPECT_EQ(wfd.PendingOpens(), 0);
    EXPECT_EQ(emu.handles().size(), 0u);
    EXPECT_EQ(emu.verifier().count(), 0u);
    emu.ExpectNoLeaks();
  }
  int opens = 0, called = 0;
  for (auto &w : workers) {
    for (auto &o : w->opens()) {
      ++opens;
      called += o->callbacks.load();
      EXPECT_LE(o->callbacks.load(), 1) << "at most one callback per open";
      if (o->callbacks.load() == 1 && o->closed_at != 0) {
        EXPECT_LT(o->callback_at.load(), o->closed_at)
            << "no callback after its client closed or its process exited";
      }
      if (o->closed_by_handle) EXPECT_EQ(o->callbacks.load(), 1);
      EXPECT_TRUE(o->callbacks.load() == 0 ||
                  Allowed(o->error.load(),
                          {ERROR_SUCCESS, ERROR_CANCELLED, ERROR_NOT_FOUND,
                           ERROR_DEVICE_NOT_AVAILABLE, ERROR_INVALID_STATE}))
          << "callback dwError " << o->error.load();
    }
  }
  EXPECT_GT(opens, 0);
  EXPECT_GT(called, 0);
}

}  // namespace
