// Copyright winemu authors.
#include "emu/core/clock.h"

#include <algorithm>

#include "absl/time/clock.h"

namespace winemu {
namespace {

// Virtual time starts at a fixed instant so traces are reproducible.
constexpr int64_t kVirtualEpochNs = int64_t{1767225600} * 1000000000;  // 2026

// A virtual Advance() can land between a waiter's check and its wait; this
// bounds the cost of such a missed wake-up without making waits poll hard.
constexpr absl::Duration kMissedWakeBound = absl::Milliseconds(5);

}  // namespace

Clock::Clock(Mode mode) : mode_(mode), virtual_ns_(kVirtualEpochNs) {}

absl::Time Clock::Now() const {
  if (mode_ == Mode::kReal) return absl::Now();
  return absl::FromUnixNanos(virtual_ns_.load(std::memory_order_acquire));
}

bool Clock::Advance(absl::Duration delta) {
  if (mode_ != Mode::kVirtual || delta < absl::ZeroDuration()) return false;
  virtual_ns_.fetch_add(absl::ToInt64Nanoseconds(delta),
                        std::memory_order_acq_rel);
  std::vector<std::pair<int, std::function<void()>>> listeners;
  {
    MutexLock lock(&mu_);
    for (CondVar* cv : waiters_) cv->SignalAll();
    listeners = listeners_;
  }
  for (auto& listener : listeners) listener.second();
  return true;
}

bool Clock::AwaitUntil(Mutex* mu, CondVar* cv, absl::Time deadline,
                       const std::function<bool()>& ready) {
  if (mode_ == Mode::kReal) {
    while (!ready()) {
      const absl::Duration left = deadline - absl::Now();
      if (left <= absl::ZeroDuration()) return false;
      cv->WaitWithTimeout(mu, left);
    }
    return true;
  }
  {
    MutexLock lock(&mu_);
    waiters_.push_back(cv);
  }
  bool result;
  while (true) {
    if (ready()) {
      result = true;
      break;
    }
    if (Now() >= deadline) {
      result = false;
      break;
    }
    cv->WaitWithTimeout(mu, kMissedWakeBound);
  }
  MutexLock lock(&mu_);
  waiters_.erase(std::find(waiters_.begin(), waiters_.end(), cv));
  return result;
}

int Clock::AddAdvanceListener(std::function<void()> listener) {
  MutexLock lock(&mu_);
  const int id = next_listener_id_++;
  listeners_.emplace_back(id, std::move(listener));
  return id;
}

void Clock::RemoveAdvanceListener(int id) {
  MutexLock lock(&mu_);
  listeners_.erase(
      std::remove_if(listeners_.begin(), listeners_.end(),
                     [id](const auto& l) { return l.first == id; }),
      listeners_.end());
}

}  // namespace winemu
