// Copyright winemu authors.
//
// Stress of the Filtering Platform engine: several threads, each running as
// its own process, open static and dynamic sessions and add, delete and
// enumerate filters inside explicit transactions (committed, aborted, or cut
// off by their process exiting) and implicit ones, all at once.
//
// Each thread owns its filter keys, so it keeps an exact model of which of
// them are committed: after every transaction each key of the batch is found
// exactly when the model says so (all or nothing), every enumeration shows
// exactly the thread's committed keys, and at the end the engine holds
// exactly the union of the models, no session, no lock, no handle and no
// allocation. Bounded by operation count; seeded per thread.
#include <fwpmu.h>
#include <windows.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "emu/testing/test_emulator.h"
#include "emu/wfp/testing/wfp_control.h"
#include "gtest/gtest.h"
#include "tests/stress/stress_util.h"

namespace {

using winemu::stress::kScale;
using winemu::stress::Rng;

constexpr int kWorkers = 4;
constexpr int kOpsPerWorker = 1000 * kScale;
constexpr uint32_t kKeysPerWorker = 48;

GUID Key(int worker, uint32_t n) {
  return GUID{0x57e55000u + static_cast<uint32_t>(worker),
              static_cast<uint16_t>(n),
              0x4004,
              {0x82, 1, 2, 3, 4, 5, 6, 7}};
}

bool IsStressKey(const winemu::wfp::Guid &g) {
  return (g.data1 & 0xFFFFF000u) == 0x57e55000u && g.data3 == 0x4004;
}

class Worker {
 public:
  Worker(winemu::Emulator &emu, int index)
      : emu_(emu), index_(index), rng_(0x5eed0000 + index) {}

  void Run() {
    Spawn();
    for (int op = 0; op < kOpsPerWorker; ++op) Step();
    emu_.TerminateProcess(process_->id());
    DropDynamic();
  }

  // Keys this worker has committed and not deleted.
  const std::set<uint32_t> &present() const { return present_; }
  int failures() const { return failures_; }

 private:
  void Expect(bool ok, const char *what, DWORD rc = 0) {
    if (ok) return;
    ++failures_;
    ADD_FAILURE() << "worker " << index_ << ": " << what << " (rc 0x"
                  << std::hex << rc << ")";
  }

  void Spawn() {
    winemu::ProcessOptions options;
    options.image_name = "wfp_stress.exe";
    options.identity.elevated = true;
    process_ = &emu_.SpawnProcess(options);
    Open();
  }

  void Open() {
    winemu::ScopedProcess as(*process_);
    FWPM_SESSION0 session = {};
    dynamic_ = rng_.Percent(30);
    session.flags = dynamic_ ? FWPM_SESSION_FLAG_DYNAMIC : 0;
    session.txnWaitTimeoutInMSec = 60000;
    const DWORD rc = FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr,
                                     &session, &engine_);
    Expect(rc == ERROR_SUCCESS, "FwpmEngineOpen0", rc);
  }

  // A dynamic session's filters go when it ends.
  void DropDynamic() {
    for (uint32_t k : dynamic_keys_) present_.erase(k);
    dynamic_keys_.clear();
  }

  void Step() {
    winemu::ScopedProcess as(*process_);
    const uint32_t r = rng_.Below(100);
    if (r < 35) {
      Transaction();
    } else if (r < 60) {
      const uint32_t k = rng_.Below(kKeysPerWorker);
      std::map<uint32_t, bool> staged;
      if (AddOrDelete(k, &staged)) Apply(staged);
      CheckKeys(staged);
    } else if (r < 80) {
      Enumerate(rng_.Percent(50));
    } else if (r < 90) {
      Expect(FwpmEngineClose0(engine_) == ERROR_SUCCESS, "FwpmEngineClose0");
      DropDynamic();
      Open();
    } else {
      emu_.TerminateProcess(process_->id());
      DropDynamic();
      Spawn();
    }
  }

  // Adds key k if the model (plus `staged`) lacks it, else deletes it.
  // Returns whether the call succeeded; records the change in `staged`.
  bool AddOrDelete(uint32_t k, std::map<uint32_t, bool> *staged) {
    auto it = staged->find(k);
    const bool have = it != staged->end() ? it->second : present_.count(k) > 0;
    const GUID key = Key(index_, k);
    DWORD rc;
    if (have) {
      // A dynamic session deletes only what it added itself [DOC].
      const bool owned = !dynamic_ || dynamic_keys_.count(k) > 0 ||
                         (it != staged->end() && it->second);
      rc = FwpmFilterDeleteByKey0(engine_, &key);
      if (!owned) {
        Expect(rc == static_cast<DWORD>(FWP_E_DYNAMIC_SESSION_IN_PROGRESS),
               "a dynamic session deletes a static filter", rc);
        return false;
      }
      Expect(rc == ERROR_SUCCESS, "FwpmFilterDeleteByKey0", rc);
    } else {
      FWPM_FILTER0 filter = {};
      filter.filterKey = key;
      filter.displayData.name = const_cast<wchar_t *>(L"stress");
      filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
      filter.subLayerKey = FWPM_SUBLAYER_UNIVERSAL;
      filter.weight.type = FWP_UINT8;
      filter.weight.uint8 = static_cast<UINT8>(k % 16);
      filter.action.type = FWP_ACTION_BLOCK;
      UINT64 id = 0;
      rc = FwpmFilterAdd0(engine_, &filter, nullptr, &id);
      Expect(rc == ERROR_SUCCESS, "FwpmFilterAdd0", rc);
    }
    if (rc == ERROR_SUCCESS) (*staged)[k] = !have;
    return rc == ERROR_SUCCESS;
  }

  void Apply(const std::map<uint32_t, bool> &staged) {
    for (const auto &[k, add] : staged) {
      if (add) {
        present_.insert(k);
        if (dynamic_) dynamic_keys_.insert(k);
      } else {
        present_.erase(k);
        dynamic_keys_.erase(k);
      }
    }
  }

  // Each key of the batch is found exactly when the model has it.
  void CheckKeys(const std::map<uint32_t, bool> &staged) {
    for (const auto &entry : staged) {
      const GUID key = Key(index_, entry.first);
      FWPM_FILTER0 *f = nullptr;
      const DWORD rc = FwpmFilterGetByKey0(engine_, &key, &f);
      const bool found = rc == ERROR_SUCCESS;
      Expect(found == (present_.count(entry.first) > 0),
             "a transaction applies all its changes or none", rc);
      if (f != nullptr) FwpmFreeMemory0(reinterpret_cast<void **>(&f));
    }
  }

  void Transaction() {
    DWORD rc = FwpmTransactionBegin0(engine_, 0);
    Expect(rc == ERROR_SUCCESS, "FwpmTransactionBegin0", rc);
    if (rc != ERROR_SUCCESS) return;
    std::map<uint32_t, bool> staged;
    const int n = 1 + rng_.Below(5);
    for (int i = 0; i < n; ++i)
      AddOrDelete(rng_.Below(kKeysPerWorker), &staged);
    const uint32_t end = rng_.Below(10);
    if (end < 6) {
      rc = FwpmTransactionCommit0(engine_);
      Expect(rc == ERROR_SUCCESS, "FwpmTransactionCommit0", rc);
      if (rc == ERROR_SUCCESS) Apply(staged);
    } else if (end < 9) {
      rc = FwpmTransactionAbort0(engine_);
      Expect(rc == ERROR_SUCCESS, "FwpmTransactionAbort0", rc);
    } else {
      // The process exits mid-transaction: nothing of it remains.
      emu_.TerminateProcess(process_->id());
      DropDynamic();
      Spawn();
    }
    winemu::ScopedProcess as(*process_);
    CheckKeys(staged);
  }

  // Every enumeration (plain, or in a read-only transaction) shows exactly
  // this worker's committed keys among its own.
  void Enumerate(bool read_only_txn) {
    if (read_only_txn) {
      const DWORD rc = FwpmTransactionBegin0(engine_, FWPM_TXN_READ_ONLY);
      Expect(rc == ERROR_SUCCESS, "FwpmTransactionBegin0(READ_ONLY)", rc);
    }
    HANDLE e = nullptr;
    DWORD rc = FwpmFilterCreateEnumHandle0(engine_, nullptr, &e);
    Expect(rc == ERROR_SUCCESS, "FwpmFilterCreateEnumHandle0", rc);
    std::set<uint32_t> seen;
    const UINT32 page = 1 + rng_.Below(64);
    for (int guard = 0; rc == ERROR_SUCCESS && guard < 10000; ++guard) {
      FWPM_FILTER0 **entries = nullptr;
      UINT32 got = 0;
      rc = FwpmFilterEnum0(engine_, e, page, &entries, &got);
      Expect(rc == ERROR_SUCCESS, "FwpmFilterEnum0", rc);
      for (UINT32 i = 0; i < got; ++i) {
        const GUID &key = entries[i]->filterKey;
        if (key.Data1 == 0x57e55000u + static_cast<uint32_t>(index_) &&
            key.Data3 == 0x4004) {
          Expect(seen.insert(key.Data2).second, "each filter enumerated once");
        }
      }
      FwpmFreeMemory0(reinterpret_cast<void **>(&entries));
      if (got < page) break;
    }
    Expect(seen == present_, "an enumeration shows exactly the committed set");
    rc = FwpmFilterDestroyEnumHandle0(engine_, e);
    Expect(rc == ERROR_SUCCESS, "FwpmFilterDestroyEnumHandle0", rc);
    if (read_only_txn) {
      rc = FwpmTransactionCommit0(engine_);
      Expect(rc == ERROR_SUCCESS, "FwpmTransactionCommit0(READ_ONLY)", rc);
    }
  }

  winemu::Emulator &emu_;
  const int index_;
  Rng rng_;
  winemu::Process *process_ = nullptr;
  HANDLE engine_ = nullptr;
  bool dynamic_ = false;
  std::set<uint32_t> present_;
  std::set<uint32_t> dynamic_keys_;  // committed by the current dynamic session
  int failures_ = 0;
};

TEST(WfpStress, TransactionsFromManyProcesses) {
  winemu::testing::TestEmulatorOptions options;
  options.mode = winemu::EmulatorMode::kThreaded;
  options.trace = false;
  winemu::testing::TestEmulator emu(options);
  winemu::wfp::testing::WfpControl bfe(emu);

  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < kWorkers; ++i) {
    workers.push_back(std::make_unique<Worker>(emu, i));
  }
  std::vector<std::thread> threads;
  for (auto &w : workers) threads.emplace_back([&w] { w->Run(); });
  for (auto &t : threads) t.join();

  emu.queue().RunUntilIdle();
  EXPECT_EQ(bfe.engine().lock_owner(), 0u);
  EXPECT_TRUE(bfe.Sessions().empty());
  // The engine holds exactly what the workers committed.
  std::set<std::pair<uint32_t, uint32_t>> expected, actual;
  for (int i = 0; i < kWorkers; ++i) {
    EXPECT_EQ(workers[i]->failures(), 0) << "worker " << i;
    for (uint32_t k : workers[i]->present()) {
      expected.insert({0x57e55000u + i, k});
    }
  }
  for (const auto &f : bfe.Filters()) {
    if (IsStressKey(f->key)) actual.insert({f->key.data1, f->key.data2});
  }
  EXPECT_EQ(actual, expected);
  EXPECT_FALSE(expected.empty());
  // Static filters outlive their sessions; delete them to leave nothing.
  for (const auto &[d1, d2] : expected) {
    winemu::wfp::Guid key;
    key.data1 = d1;
    key.data2 = static_cast<uint16_t>(d2);
    key.data3 = 0x4004;
    const uint8_t tail[8] = {0x82, 1, 2, 3, 4, 5, 6, 7};
    for (int b = 0; b < 8; ++b) key.data4[b] = tail[b];
    EXPECT_EQ(bfe.DeleteFilter(key), winemu::wfp::Status::kOk);
  }
  EXPECT_EQ(emu.handles().size(), 0u);
  EXPECT_EQ(emu.verifier().count(), 0u);
  emu.ExpectNoLeaks();
}

}  // namespace
