// Copyright winemu authors.
//
// faults.h: the one rule table for fault injection.
//
// A rule names an entry point (or all of them), which of its calls fail (the
// Nth from now, every one, or those a predicate picks) and the code to
// return. An injected failure happens before the engine runs, so the engine
// is left exactly as it was.
//
//   emu.faults().Add({.api = "FwpmEngineOpen0", .nth = 2,
//                     .code = FWP_E_TIMEOUT});
//
// Sweep mode fails each distinct call site (entry point + the client's return
// address) once, one site per run of the client code; see FaultSweep.
#ifndef WINEMU_EMU_CORE_FAULTS_H_
#define WINEMU_EMU_CORE_FAULTS_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "emu/core/api_info.h"
#include "emu/core/mutex.h"
#include "emu/core/process.h"

namespace winemu {

// What a rule's predicate sees of a call.
struct CallSite {
  const ApiInfo* api;
  const void* return_address;  // in the client's code
  ProcessId process;
};

struct FaultRule {
  std::string api;  // entry point name; empty matches every entry point
  // Which matching calls fail: the `nth` (1-based, counted from when the rule
  // was added), or every one when nth is 0, further narrowed by `predicate`.
  uint64_t nth = 0;
  std::function<bool(const CallSite&)> predicate;
  uint32_t code = 0;  // the bit pattern to return
  int64_t times = -1;  // how many failures before the rule retires; -1: no limit
};

class FaultInjector {
 public:
  using RuleId = int;

  RuleId Add(FaultRule rule);
  bool Remove(RuleId id);
  void Clear();

  // The injected code for this call, if any. Costs one relaxed atomic load
  // when no rule and no sweep is armed.
  std::optional<uint32_t> Check(const CallSite& site) {
    if (!armed_.load(std::memory_order_relaxed)) return std::nullopt;
    return CheckSlow(site);
  }

  // How many calls were failed by injection so far.
  uint64_t injected_count() const;

  // Sweep support (used by FaultSweep): fail the first call at a site that is
  // not in `already_failed`, once; report which site it was.
  void ArmSweep(absl::flat_hash_set<std::pair<const ApiInfo*, const void*>>
                    already_failed);
  // Disarms the sweep and returns the site it failed, if any.
  std::optional<CallSite> DisarmSweep();

 private:
  struct Rule {
    RuleId id;
    FaultRule rule;
    uint64_t seen = 0;
  };
  std::optional<uint32_t> CheckSlow(const CallSite& site);
  void UpdateArmed() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  std::atomic<bool> armed_{false};
  mutable Mutex mu_;
  RuleId next_id_ ABSL_GUARDED_BY(mu_) = 1;
  std::vector<Rule> rules_ ABSL_GUARDED_BY(mu_);
  uint64_t injected_ ABSL_GUARDED_BY(mu_) = 0;
  bool sweeping_ ABSL_GUARDED_BY(mu_) = false;
  absl::flat_hash_set<std::pair<const ApiInfo*, const void*>> swept_
      ABSL_GUARDED_BY(mu_);
  std::optional<CallSite> sweep_hit_ ABSL_GUARDED_BY(mu_);
};

// Runs a body again and again, each run failing one more distinct call site,
// until a run reaches no new site.
//
//   FaultSweep sweep(&emu.faults());
//   while (sweep.Next()) { RunClient(); }
//   for (const auto& site : sweep.failed_sites()) ...
class FaultSweep {
 public:
  explicit FaultSweep(FaultInjector* faults) : faults_(faults) {}
  // Arms the next run; false once the previous run failed no site.
  bool Next();
  const std::vector<CallSite>& failed_sites() const { return failed_; }
  int runs() const { return runs_; }

 private:
  FaultInjector* const faults_;
  bool armed_ = false;
  bool done_ = false;
  int runs_ = 0;
  std::vector<CallSite> failed_;
  absl::flat_hash_set<std::pair<const ApiInfo*, const void*>> seen_;
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_FAULTS_H_
