// Copyright winemu authors.
#include "emu/core/work_queue.h"

namespace winemu {

WorkQueue::WorkQueue(Clock* clock, Mode mode, int threads)
    : clock_(clock), mode_(mode) {
  if (mode_ != Mode::kThreaded) return;
  // A virtual Advance() can make delayed tasks due: wake the workers.
  listener_id_ = clock_->AddAdvanceListener([this] {
    MutexLock lock(&mu_);
    cv_.SignalAll();
  });
  for (int i = 0; i < threads; ++i)
    workers_.emplace_back([this] { WorkerLoop(); });
}

WorkQueue::~WorkQueue() { Shutdown(); }

WorkQueue::TaskId WorkQueue::Post(std::string label,
                                  absl::AnyInvocable<void()> task,
                                  absl::Duration delay) {
  const absl::Time due = clock_->Now() + std::max(delay, absl::ZeroDuration());
  MutexLock lock(&mu_);
  if (shutdown_) return 0;
  const TaskId id = next_id_++;
  tasks_.emplace(Key{due, id}, Task{std::move(label), std::move(task)});
  due_by_id_.emplace(id, due);
  cv_.Signal();
  return id;
}

bool WorkQueue::Cancel(TaskId id) {
  absl::AnyInvocable<void()> dropped;  // destroyed after the lock is released
  MutexLock lock(&mu_);
  auto it = due_by_id_.find(id);
  if (it == due_by_id_.end()) return false;
  auto task = tasks_.find(Key{it->second, id});
  dropped = std::move(task->second.fn);
  tasks_.erase(task);
  due_by_id_.erase(it);
  if (tasks_.empty() && running_ == 0) idle_cv_.SignalAll();
  return true;
}

bool WorkQueue::PopDue(absl::Time now, Task* task, size_t index) {
  auto first = tasks_.begin();
  for (; first != tasks_.end() && first->first.first <= now && index > 0;
       --index) {
    ++first;
  }
  if (first == tasks_.end() || first->first.first > now) return false;
  due_by_id_.erase(first->first.second);
  *task = std::move(first->second);
  tasks_.erase(first);
  ++running_;
  return true;
}

bool WorkQueue::RunNext() { return RunDue(0); }

size_t WorkQueue::due() const {
  const absl::Time now = clock_->Now();
  MutexLock lock(&mu_);
  size_t n = 0;
  for (auto it = tasks_.begin(); it != tasks_.end() && it->first.first <= now;
       ++it) {
    ++n;
  }
  return n;
}

bool WorkQueue::RunDue(size_t index) {
  Task task;
  {
    MutexLock lock(&mu_);
    if (!PopDue(clock_->Now(), &task, index)) return false;
  }
  task.fn();
  task.fn = nullptr;  // destroy captured state outside the lock, too
  MutexLock lock(&mu_);
  --running_;
  if (running_ == 0) idle_cv_.SignalAll();
  return true;
}

size_t WorkQueue::RunUntilIdle() {
  size_t ran = 0;
  while (RunNext()) ++ran;
  return ran;
}

size_t WorkQueue::pending() const {
  MutexLock lock(&mu_);
  return tasks_.size();
}

std::vector<std::string> WorkQueue::PendingLabels() const {
  MutexLock lock(&mu_);
  std::vector<std::string> labels;
  for (const auto& [key, task] : tasks_) labels.push_back(task.label);
  return labels;
}

void WorkQueue::WaitUntilIdle() {
  MutexLock lock(&mu_);
  while (running_ > 0 || (!shutdown_ && !tasks_.empty() &&
                          tasks_.begin()->first.first <= clock_->Now())) {
    idle_cv_.WaitWithTimeout(&mu_, absl::Milliseconds(10));
  }
}

void WorkQueue::Shutdown() {
  if (listener_id_ != 0) {
    clock_->RemoveAdvanceListener(listener_id_);
    listener_id_ = 0;
  }
  std::map<Key, Task> dropped;
  {
    MutexLock lock(&mu_);
    shutdown_ = true;
    dropped.swap(tasks_);
    due_by_id_.clear();
    cv_.SignalAll();
    idle_cv_.SignalAll();
  }
  for (auto& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  workers_.clear();
}

void WorkQueue::WorkerLoop() {
  MutexLock lock(&mu_);
  while (!shutdown_) {
    Task task;
    if (PopDue(clock_->Now(), &task)) {
      mu_.Unlock();
      task.fn();
      task.fn = nullptr;
      mu_.Lock();
      if (--running_ == 0) idle_cv_.SignalAll();
      continue;
    }
    if (tasks_.empty() || clock_->mode() == Clock::Mode::kVirtual) {
      // Virtual time moves only by Advance(), which signals cv_.
      cv_.Wait(&mu_);
    } else {
      cv_.WaitWithTimeout(&mu_, tasks_.begin()->first.first - clock_->Now());
    }
  }
}

}  // namespace winemu
