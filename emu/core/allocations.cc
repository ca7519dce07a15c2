// Copyright winemu authors.
#include "emu/core/allocations.h"

#include <algorithm>

namespace winemu {

void AllocationTracker::Track(const void* address, const AllocationKind& kind,
                              size_t size, const char* created_by,
                              ProcessId owner, uint64_t trace_seq,
                              uint32_t tag) {
  MutexLock lock(&mu_);
  live_[address] =
      AllocationInfo{address, &kind, size, created_by, owner, trace_seq, tag};
}

ReleaseStatus AllocationTracker::Release(const void* address,
                                         const AllocationKind& kind) {
  MutexLock lock(&mu_);
  auto it = live_.find(address);
  if (it == live_.end()) return ReleaseStatus::kUnknown;
  if (it->second.kind != &kind) return ReleaseStatus::kWrongKind;
  live_.erase(it);
  return ReleaseStatus::kOk;
}

std::vector<AllocationInfo> AllocationTracker::ReleaseIf(bool all,
                                                         ProcessId owner) {
  std::vector<AllocationInfo> taken;
  MutexLock lock(&mu_);
  for (auto it = live_.begin(); it != live_.end();) {
    if (all || it->second.owner == owner) {
      taken.push_back(it->second);
      live_.erase(it++);
    } else {
      ++it;
    }
  }
  return taken;
}

std::vector<AllocationInfo> AllocationTracker::ReleaseAllOwnedBy(
    ProcessId owner) {
  return ReleaseIf(false, owner);
}

std::vector<AllocationInfo> AllocationTracker::ReleaseAll() {
  return ReleaseIf(true, 0);
}

std::vector<AllocationInfo> AllocationTracker::Live() const {
  std::vector<AllocationInfo> live;
  {
    MutexLock lock(&mu_);
    for (const auto& [address, info] : live_) live.push_back(info);
  }
  std::sort(live.begin(), live.end(), [](const auto& a, const auto& b) {
    return a.trace_seq < b.trace_seq;
  });
  return live;
}

size_t AllocationTracker::size() const {
  MutexLock lock(&mu_);
  return live_.size();
}

}  // namespace winemu
