// Copyright winemu authors.
#include "emu/fltmgr/connection.h"

#include <algorithm>
#include <cstring>

namespace winemu::fltmgr {

Connection::Connection(Clock* clock) : clock_(clock) {}

bool Connection::WaitLocked(std::optional<absl::Time> deadline,
                            const std::function<bool()>& ready) {
  if (!deadline.has_value()) {
    while (!ready()) cv_.Wait(&mu_);
    return true;
  }
  return clock_->AwaitUntil(&mu_, &cv_, *deadline, ready);
}

void Connection::TakeLocked(const std::shared_ptr<Pending>& p, Reader& reader) {
  reader.fill(p->message);
  if (p->message.wants_reply) {
    p->state = Pending::State::kDelivered;
    awaiting_reply_[p->message.id] = p;
  } else {
    // Nothing more to wait for: the sender returns STATUS_SUCCESS.
    p->state = Pending::State::kReplied;
  }
}

bool Connection::DeliverLocked(const std::shared_ptr<Pending>& p,
                               std::vector<Completion>* done) {
  const size_t needed = p->message.data.size();
  while (!readers_.empty()) {
    std::shared_ptr<Waiting> w = readers_.front();
    readers_.pop_front();
    Reader& r = *w->reader;
    Status status = Status::kOk;
    size_t bytes = r.header_size + needed;
    if (r.capacity < bytes) {
      // The reader fails; the message stays for the next reader [INF].
      status = Status::kBufferTooSmall;
      bytes = 0;
    } else {
      TakeLocked(p, r);
    }
    if (r.tag == nullptr) {
      w->done = true;
      w->status = status;
      w->bytes = bytes;
    } else {
      done->push_back({w->reader, {status, bytes}});
    }
    if (status == Status::kOk) return true;
  }
  return false;
}

void Connection::RunCompletions(std::vector<Completion>& done) {
  for (auto& [reader, result] : done) {
    if (reader->complete) reader->complete(result.first, result.second);
  }
}

Result Connection::Send(uint64_t id, const void* data, size_t length,
                        bool wants_reply, uint32_t reply_capacity,
                        std::optional<absl::Time> deadline,
                        std::vector<uint8_t>* reply) {
  auto p = std::make_shared<Pending>();
  p->message.id = id;
  // Copied before anything else: the reply buffer may be the same memory.
  const auto* bytes = static_cast<const uint8_t*>(data);
  p->message.data.assign(bytes, bytes + length);
  p->message.wants_reply = wants_reply;
  p->message.reply_capacity = reply_capacity;

  std::vector<Completion> done;
  {
    MutexLock lock(&mu_);
    if (ending_ != Ending::kNone) return {Status::kPortDisconnected};
    if (!DeliverLocked(p, &done)) queue_.push_back(p);
    cv_.SignalAll();
  }
  RunCompletions(done);

  MutexLock lock(&mu_);
  const bool finished = WaitLocked(deadline, [&] {
    mu_.AssertHeld();
    return p->state == Pending::State::kReplied || ending_ != Ending::kNone;
  });
  if (p->state == Pending::State::kReplied) {
    if (reply != nullptr) *reply = std::move(p->reply);
    return {p->overflow ? Status::kBufferOverflow : Status::kOk};
  }
  // Timed out or disconnected: the message is abandoned for good. A late
  // reply finds no waiter; a queued message is never delivered.
  queue_.erase(std::remove(queue_.begin(), queue_.end(), p), queue_.end());
  awaiting_reply_.erase(id);
  p->state = Pending::State::kAbandoned;
  if (ending_ != Ending::kNone) return {Status::kPortDisconnected};
  (void)finished;
  return {Status::kTimeout};
}

Status Connection::Read(std::shared_ptr<Reader> reader) {
  std::vector<Completion> done;
  auto w = std::make_shared<Waiting>();
  w->reader = reader;
  {
    MutexLock lock(&mu_);
    if (ending_ != Ending::kNone) return EndStatusLocked();
    if (!queue_.empty()) {
      std::shared_ptr<Pending> p = queue_.front();
      const size_t bytes = reader->header_size + p->message.data.size();
      // Too small: fails now, the message stays queued [INF].
      if (reader->capacity < bytes) return Status::kBufferTooSmall;
      queue_.pop_front();
      TakeLocked(p, *reader);
      cv_.SignalAll();
      if (reader->tag == nullptr) return Status::kOk;
      done.push_back({reader, {Status::kOk, bytes}});
    } else {
      readers_.push_back(w);
      if (reader->tag != nullptr) return Status::kPending;
      WaitLocked(std::nullopt, [&] {
        mu_.AssertHeld();
        return w->done;
      });
      return w->status;
    }
  }
  RunCompletions(done);
  return Status::kOk;
}

Status Connection::Reply(uint64_t id, const void* payload, size_t length) {
  MutexLock lock(&mu_);
  if (ending_ != Ending::kNone) return EndStatusLocked();
  auto it = awaiting_reply_.find(id);
  if (it == awaiting_reply_.end()) return Status::kNoWaiterForReply;
  std::shared_ptr<Pending> p = it->second;
  awaiting_reply_.erase(it);
  const size_t n = std::min<size_t>(length, p->message.reply_capacity);
  const auto* bytes = static_cast<const uint8_t*>(payload);
  p->reply.assign(bytes, bytes + n);
  p->overflow = length > p->message.reply_capacity;
  p->state = Pending::State::kReplied;
  cv_.SignalAll();
  return Status::kOk;
}

int Connection::CancelReads(const void* tag) {
  std::vector<Completion> done;
  {
    MutexLock lock(&mu_);
    for (auto it = readers_.begin(); it != readers_.end();) {
      const Reader& r = *(*it)->reader;
      if (r.tag != nullptr && (tag == nullptr || r.tag == tag)) {
        done.push_back({(*it)->reader, {Status::kCancelled, 0}});
        it = readers_.erase(it);
      } else {
        ++it;
      }
    }
  }
  RunCompletions(done);
  return static_cast<int>(done.size());
}

bool Connection::End(Ending how, bool complete_overlapped) {
  std::vector<Completion> done;
  {
    MutexLock lock(&mu_);
    if (ending_ != Ending::kNone) return false;
    ending_ = how;
    const Status status = EndStatusLocked();
    for (auto& w : readers_) {
      if (w->reader->tag == nullptr) {
        w->done = true;
        w->status = status;
      } else if (complete_overlapped) {
        done.push_back({w->reader, {status, 0}});
      }
    }
    readers_.clear();
    queue_.clear();
    awaiting_reply_.clear();
    cv_.SignalAll();
  }
  RunCompletions(done);
  return true;
}

bool Connection::ended() const {
  MutexLock lock(&mu_);
  return ending_ != Ending::kNone;
}

Connection::Ending Connection::ending() const {
  MutexLock lock(&mu_);
  return ending_;
}

Status Connection::EndStatus() const {
  MutexLock lock(&mu_);
  return EndStatusLocked();
}

Status Connection::EndStatusLocked() const {
  return ending_ == Ending::kUserClosed ? Status::kCancelled
                                        : Status::kPortDisconnected;
}

size_t Connection::queued_messages() const {
  MutexLock lock(&mu_);
  return queue_.size();
}

size_t Connection::pending_reads() const {
  MutexLock lock(&mu_);
  return readers_.size();
}

}  // namespace winemu::fltmgr
