// Copyright winemu authors.
#include "emu/core/faults.h"

#include <algorithm>
#include <cstring>

namespace winemu {

FaultInjector::RuleId FaultInjector::Add(FaultRule rule) {
  MutexLock lock(&mu_);
  const RuleId id = next_id_++;
  rules_.push_back(Rule{id, std::move(rule)});
  UpdateArmed();
  return id;
}

bool FaultInjector::Remove(RuleId id) {
  MutexLock lock(&mu_);
  auto it = std::find_if(rules_.begin(), rules_.end(),
                         [id](const Rule& r) { return r.id == id; });
  if (it == rules_.end()) return false;
  rules_.erase(it);
  UpdateArmed();
  return true;
}

void FaultInjector::Clear() {
  MutexLock lock(&mu_);
  rules_.clear();
  sweeping_ = false;
  UpdateArmed();
}

uint64_t FaultInjector::injected_count() const {
  MutexLock lock(&mu_);
  return injected_;
}

void FaultInjector::UpdateArmed() {
  armed_.store(!rules_.empty() || sweeping_, std::memory_order_relaxed);
}

std::optional<uint32_t> FaultInjector::CheckSlow(const CallSite& site) {
  // Predicates are test code: copy the matching rule's predicate and call it
  // outside the lock, so a predicate may itself use the emulator.
  MutexLock lock(&mu_);
  if (sweeping_ && !sweep_hit_.has_value() && site.api->sweep_code != 0 &&
      !swept_.contains({site.api, site.return_address})) {
    sweep_hit_ = site;
    ++injected_;
    return site.api->sweep_code;
  }
  for (auto it = rules_.begin(); it != rules_.end(); ++it) {
    Rule& r = *it;
    if (!r.rule.api.empty() && r.rule.api != site.api->name) continue;
    if (r.rule.predicate) {
      auto predicate = r.rule.predicate;
      const RuleId id = r.id;
      mu_.Unlock();
      const bool match = predicate(site);
      mu_.Lock();
      it = std::find_if(rules_.begin(), rules_.end(),
                        [id](const Rule& x) { return x.id == id; });
      if (it == rules_.end() || !match) {
        if (it == rules_.end()) return std::nullopt;  // removed meanwhile
        continue;
      }
    }
    Rule& rule = *it;
    ++rule.seen;
    if (rule.rule.nth != 0 && rule.seen != rule.rule.nth) continue;
    const uint32_t code = rule.rule.code;
    if (rule.rule.times > 0) --rule.rule.times;
    if (rule.rule.times == 0 || rule.rule.nth != 0) {
      rules_.erase(it);
      UpdateArmed();
    }
    ++injected_;
    return code;
  }
  return std::nullopt;
}

void FaultInjector::ArmSweep(
    absl::flat_hash_set<std::pair<const ApiInfo*, const void*>>
        already_failed) {
  MutexLock lock(&mu_);
  swept_ = std::move(already_failed);
  sweep_hit_.reset();
  sweeping_ = true;
  UpdateArmed();
}

std::optional<CallSite> FaultInjector::DisarmSweep() {
  MutexLock lock(&mu_);
  sweeping_ = false;
  UpdateArmed();
  return sweep_hit_;
}

bool FaultSweep::Next() {
  if (done_) return false;
  if (armed_) {
    std::optional<CallSite> hit = faults_->DisarmSweep();
    armed_ = false;
    if (!hit.has_value()) {
      done_ = true;
      return false;
    }
    failed_.push_back(*hit);
    seen_.insert({hit->api, hit->return_address});
  }
  faults_->ArmSweep(seen_);
  armed_ = true;
  ++runs_;
  return true;
}

}  // namespace winemu
