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
// A rule may only inject a code the entry point can return (its CodeSet in
// the export table, api_info.h); Add() refuses any other code, and names it,
// unless the rule sets `.force = true`. `.code = FaultRule::kAnyDocumented`
// picks one of the entry point's codes per failure, from `.seed`.
//
// Sweep mode fails each distinct call site (entry point + the client's return
// address) once, one site per run of the client code; see FaultSweep.
#ifndef WINEMU_EMU_CORE_FAULTS_H_
#define WINEMU_EMU_CORE_FAULTS_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "emu/core/api_info.h"
#include "emu/core/mutex.h"
#include "emu/core/observer.h"
#include "emu/core/process.h"

namespace winemu {

struct FaultRule {
  std::string api;  // entry point name; empty matches every entry point
  // Which matching calls fail: the `nth` (1-based, counted from when the rule
  // was added), or every one when nth is 0, further narrowed by `predicate`.
  uint64_t nth = 0;
  std::function<bool(const CallSite&)> predicate;
  uint32_t code = 0;  // the bit pattern to return, or kAnyDocumented
  // How many failures before the rule retires; -1: no limit.
  int64_t times = -1;
  // Accept a code the entry point never returns (or an unregistered name).
  bool force = false;
  // With kAnyDocumented: picks which of the codes each failure returns.
  uint64_t seed = 0;

  // `code` value: any listed code of the entry point's CodeSet.
  static constexpr uint32_t kAnyDocumented = 0xFFFFFFFFu;
};

class FaultInjector {
 public:
  using RuleId = int;

  // Fails with InvalidArgument for a code outside the entry point's CodeSet
  // and NotFound for a name no export table has, unless `rule.force`. A rule
  // for every entry point (empty api) only fails calls whose set has its
  // code.
  absl::StatusOr<RuleId> Add(FaultRule rule);
  bool Remove(RuleId id);
  void Clear();

  // The listed codes of a registered entry point (empty if unknown).
  static std::vector<uint32_t> DocumentedCodes(const char* api);

  // Observers (observer.h) see every call; the first OnCall that returns a
  // code decides the result, before any rule. Remove waits for calls in
  // flight on other threads, so never remove an observer from its own
  // callback.
  void AddObserver(ApiObserver* observer);
  void RemoveObserver(ApiObserver* observer);
  bool observed() const { return observed_.load(std::memory_order_relaxed); }
  void NotifyResult(const CallResult& result);

  // The injected code for this call, if any. Costs one relaxed atomic load
  // when no rule, no sweep and no observer is armed.
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
    uint64_t fired = 0;  // failures so far (picks kAnyDocumented codes)
  };
  struct ObserverEntry {
    ApiObserver* observer;
    int in_flight = 0;  // callbacks running now
  };
  std::optional<uint32_t> CheckSlow(const CallSite& site);
  std::optional<uint32_t> CheckRules(const CallSite& site);
  std::vector<std::shared_ptr<ObserverEntry>> PinObservers();
  void UnpinObservers(
      const std::vector<std::shared_ptr<ObserverEntry>>& pinned);
  void UpdateArmed() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  std::atomic<bool> armed_{false};
  std::atomic<bool> observed_{false};
  mutable Mutex mu_;
  CondVar observer_done_;
  std::vector<std::shared_ptr<ObserverEntry>> observers_ ABSL_GUARDED_BY(mu_);
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
