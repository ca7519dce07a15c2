// Copyright winemu authors.
#include "emu/core/faults.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace winemu {

namespace {

// The code a rule gives a call of `api`, or nullopt when the entry point
// cannot return it (and the rule is not forced). kAnyDocumented picks the
// n-th failure's code from the listed codes.
std::optional<uint32_t> CodeFor(const FaultRule& rule, const ApiInfo& api,
                                uint64_t n) {
  const CodeSet* set = api.codes;
  if (rule.code == FaultRule::kAnyDocumented) {
    if (set == nullptr || set->count == 0) return std::nullopt;
    // A fixed mix of seed and failure number: reproducible, well spread.
    uint64_t x = rule.seed + 0x9E3779B97F4A7C15ull * (n + 1);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return set->code((x ^ (x >> 31)) % set->count);
  }
  if (rule.force || set == nullptr || set->Contains(rule.code)) {
    return rule.code;
  }
  return std::nullopt;
}

std::string CodeList(const CodeSet& set) {
  std::string out;
  for (size_t i = 0; i < set.count; ++i) {
    absl::StrAppendFormat(&out, "%s0x%X", i ? ", " : "", set.code(i));
  }
  if (set.classes & kAnyFwpError) absl::StrAppend(&out, ", any FWP_E_*");
  if (set.classes & kAnyRpcError) absl::StrAppend(&out, ", any RPC error");
  return out.empty() ? "none (it cannot fail)" : out;
}

absl::Status Validate(const FaultRule& rule) {
  if (rule.force || rule.api.empty()) return absl::OkStatus();
  const ApiInfo* api = FindApi(rule.api.c_str());
  if (api == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("no export table has an entry point named \"", rule.api,
                     "\" (set .force = true for one that is not registered)"));
  }
  if (api->codes == nullptr) return absl::OkStatus();
  if (rule.code == FaultRule::kAnyDocumented) {
    if (api->codes->count > 0) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat(rule.api, " lists no code to fail with"));
  }
  if (rule.code != 0 && api->codes->Contains(rule.code)) {
    return absl::OkStatus();
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "%s never returns 0x%X; its codes: %s (set .force = true to inject it "
      "anyway)",
      rule.api, rule.code, CodeList(*api->codes)));
}

}  // namespace

absl::StatusOr<FaultInjector::RuleId> FaultInjector::Add(FaultRule rule) {
  if (absl::Status status = Validate(rule); !status.ok()) return status;
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

std::vector<uint32_t> FaultInjector::DocumentedCodes(const char* api) {
  std::vector<uint32_t> out;
  const ApiInfo* info = FindApi(api);
  if (info == nullptr || info->codes == nullptr) return out;
  for (size_t i = 0; i < info->codes->count; ++i) {
    out.push_back(info->codes->code(i));
  }
  return out;
}

void FaultInjector::UpdateArmed() {
  observed_.store(!observers_.empty(), std::memory_order_relaxed);
  armed_.store(!rules_.empty() || sweeping_ || !observers_.empty(),
               std::memory_order_relaxed);
}

void FaultInjector::AddObserver(ApiObserver* observer) {
  MutexLock lock(&mu_);
  observers_.push_back(
      std::make_shared<ObserverEntry>(ObserverEntry{observer}));
  UpdateArmed();
}

void FaultInjector::RemoveObserver(ApiObserver* observer) {
  MutexLock lock(&mu_);
  auto it = std::find_if(
      observers_.begin(), observers_.end(),
      [observer](const auto& e) { return e->observer == observer; });
  if (it == observers_.end()) return;
  std::shared_ptr<ObserverEntry> entry = *it;
  observers_.erase(it);
  UpdateArmed();
  // Callbacks already running on other threads finish first.
  while (entry->in_flight > 0) observer_done_.Wait(&mu_);
}

std::vector<std::shared_ptr<FaultInjector::ObserverEntry>>
FaultInjector::PinObservers() {
  MutexLock lock(&mu_);
  for (auto& e : observers_) ++e->in_flight;
  return observers_;
}

void FaultInjector::UnpinObservers(
    const std::vector<std::shared_ptr<ObserverEntry>>& pinned) {
  MutexLock lock(&mu_);
  for (auto& e : pinned) --e->in_flight;
  observer_done_.SignalAll();
}

void FaultInjector::NotifyResult(const CallResult& result) {
  const auto pinned = PinObservers();
  for (const auto& e : pinned) e->observer->OnResult(result);
  UnpinObservers(pinned);
}

std::optional<uint32_t> FaultInjector::CheckSlow(const CallSite& site) {
  if (observed()) {
    // Outside every lock: observers are test code and may call the API.
    const auto pinned = PinObservers();
    std::optional<uint32_t> code;
    for (const auto& e : pinned) {
      std::optional<uint32_t> c = e->observer->OnCall(site);
      if (!code.has_value()) code = c;
    }
    UnpinObservers(pinned);
    if (code.has_value()) {
      MutexLock lock(&mu_);
      ++injected_;
      return code;
    }
  }
  return CheckRules(site);
}

std::optional<uint32_t> FaultInjector::CheckRules(const CallSite& site) {
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
    // A rule for every entry point skips those that cannot return its code.
    if (!CodeFor(r.rule, *site.api, 0).has_value()) continue;
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
    const uint32_t code =
        CodeFor(rule.rule, *site.api, rule.fired++).value_or(rule.rule.code);
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
