// Copyright winemu authors.
//
// work_queue.h: the one place where asynchrony happens.
//
// Every asynchronous completion of every family (a Wi-Fi Direct open
// completing, a queued session close, a transaction expiring) is a task
// posted here, optionally due after a delay on the emulator's Clock.
//
// Threaded mode runs tasks on worker threads as they fall due, like Windows.
// Deterministic mode runs nothing until the test pumps:
//
//   emu.queue().Post("WFDStartOpenSession completion", [=] { ... });
//   emu.clock().Advance(absl::Seconds(2));   // virtual clock
//   emu.queue().RunUntilIdle();              // runs what is due, in order
#ifndef WINEMU_EMU_CORE_WORK_QUEUE_H_
#define WINEMU_EMU_CORE_WORK_QUEUE_H_

#include <cstdint>
#include <map>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/any_invocable.h"
#include "absl/time/time.h"
#include "emu/core/clock.h"
#include "emu/core/mutex.h"

namespace winemu {

class WorkQueue {
 public:
  enum class Mode { kThreaded, kDeterministic };
  using TaskId = uint64_t;

  // Threaded mode starts `threads` workers at once.
  WorkQueue(Clock* clock, Mode mode, int threads = 2);
  ~WorkQueue();  // Shutdown()
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;

  Mode mode() const { return mode_; }

  // Queues `task` to run once Now() >= Now()+delay. Returns 0 (and drops the
  // task) after Shutdown(). Tasks due at the same instant run in post order.
  TaskId Post(std::string label, absl::AnyInvocable<void()> task,
              absl::Duration delay = absl::ZeroDuration());

  // Removes a task that has not started. False if it ran or is running.
  bool Cancel(TaskId id);

  // Deterministic mode (also legal in threaded mode, from any thread): runs
  // the earliest due task on the calling thread. False if none is due.
  bool RunNext();
  // Runs due tasks, including ones they post, until none is due. Returns how
  // many ran.
  size_t RunUntilIdle();
  // How many tasks are due now, and running the `index`-th of them (0 is the
  // one RunNext() would run) on the calling thread, out of order as a pool
  // of workers may run them. False if fewer than index + 1 are due. Lets a
  // fuzzer choose the order of completions.
  size_t due() const;
  bool RunDue(size_t index);

  // Tasks not yet started (due or not), and their labels in due order.
  size_t pending() const;
  std::vector<std::string> PendingLabels() const;

  // Threaded mode: blocks until no task is due or running.
  void WaitUntilIdle();

  // Stops the workers after their current task; drops tasks not started.
  void Shutdown();

 private:
  using Key = std::pair<absl::Time, TaskId>;  // due time, then post order
  struct Task {
    std::string label;
    absl::AnyInvocable<void()> fn;
  };

  // Pops the earliest task due at `now` (or the index-th due), if any.
  bool PopDue(absl::Time now, Task* task, size_t index = 0)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void WorkerLoop();

  Clock* const clock_;
  const Mode mode_;
  mutable Mutex mu_;
  CondVar cv_;       // workers: a task was posted, time moved, or shutdown
  CondVar idle_cv_;  // WaitUntilIdle
  bool shutdown_ ABSL_GUARDED_BY(mu_) = false;
  TaskId next_id_ ABSL_GUARDED_BY(mu_) = 1;
  int running_ ABSL_GUARDED_BY(mu_) = 0;
  std::map<Key, Task> tasks_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<TaskId, absl::Time> due_by_id_ ABSL_GUARDED_BY(mu_);
  std::vector<std::thread> workers_;
  int listener_id_ = 0;  // the clock's advance listener (threaded mode)
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_WORK_QUEUE_H_
