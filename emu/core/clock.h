// Copyright winemu authors.
//
// clock.h: the time every engine reads.
//
// Real mode follows the wall clock. Virtual mode starts at a fixed instant and
// moves only when a test calls Advance(), so timeouts (a WFP transaction lock
// wait, a port message timeout, a one-hour transaction limit) are tested
// without sleeping. Blocking waits with a deadline go through AwaitUntil(),
// which a virtual Advance() wakes.
//
//   Clock clock(Clock::Mode::kVirtual);
//   // thread A                       // thread B (the test)
//   clock.AwaitUntil(&mu, &cv,        clock.Advance(absl::Seconds(15));
//       clock.Now() + absl::Seconds(15), [&] { return free; });
#ifndef WINEMU_EMU_CORE_CLOCK_H_
#define WINEMU_EMU_CORE_CLOCK_H_

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/mutex.h"

namespace winemu {

class Clock {
 public:
  enum class Mode { kReal, kVirtual };

  explicit Clock(Mode mode);
  Clock(const Clock&) = delete;
  Clock& operator=(const Clock&) = delete;

  Mode mode() const { return mode_; }
  absl::Time Now() const;

  // Virtual mode only: moves time forward and wakes every AwaitUntil().
  // In real mode it is a misuse and does nothing (returns false).
  bool Advance(absl::Duration delta);

  // Blocks (mu held) until `ready()` is true or Now() >= deadline; returns
  // ready(). `cv` must be signalled by whoever makes ready() true.
  bool AwaitUntil(Mutex* mu, CondVar* cv, absl::Time deadline,
                  const std::function<bool()>& ready)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu);

  // Called after every Advance() (the work queue wakes its workers).
  // Remove a listener before its owner goes away; an Advance() racing with
  // the removal may still call it once, so owners remove it while idle.
  int AddAdvanceListener(std::function<void()> listener);
  void RemoveAdvanceListener(int id);

 private:
  const Mode mode_;
  std::atomic<int64_t> virtual_ns_;  // since the Unix epoch
  Mutex mu_;
  std::vector<CondVar*> waiters_ ABSL_GUARDED_BY(mu_);
  int next_listener_id_ ABSL_GUARDED_BY(mu_) = 1;
  std::vector<std::pair<int, std::function<void()>>> listeners_
      ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_CLOCK_H_
