// Copyright winemu authors.
#include "emu/core/handle_table.h"

#include <algorithm>

#include "absl/base/optimization.h"

namespace winemu {

const char* HandleStatusName(HandleStatus status) {
  switch (status) {
    case HandleStatus::kOk:
      return "ok";
    case HandleStatus::kNull:
      return "NULL handle";
    case HandleStatus::kInvalid:
      return "invalid handle (never issued)";
    case HandleStatus::kClosed:
      return "stale handle (already closed)";
    case HandleStatus::kWrongType:
      return "handle of the wrong type";
    case HandleStatus::kOtherProcess:
      return "handle of another process";
  }
  return "?";
}

uint64_t HandleTable::Insert(ProcessId owner, std::shared_ptr<Object> object,
                             const char* created_by, uint64_t trace_seq) {
  uint64_t value;
  {
    MutexLock lock(&mu_);
    // Multiples of 4, like Windows handle values; never 0, never reused.
    value = (tag_ << kTagShift) | (next_serial_++ << 2);
    if (trace_ != nullptr && trace_->enabled()) {
      trace_->RecordLifetime(true, object->type().name, value, owner,
                             created_by, trace_seq);
    }
    // An exited owner's sweep has run: a handle stored now would never be
    // closed. Empty in the common case, so one branch on the hot path.
    if (ABSL_PREDICT_TRUE(ended_.empty()) || !ended_.contains(owner)) {
      entries_.emplace(value,
                       Entry{std::move(object), owner, created_by, trace_seq});
      return value;
    }
    if (trace_ != nullptr && trace_->enabled()) {
      trace_->RecordLifetime(false, object->type().name, value, owner,
                             "process exit");
    }
  }
  // Outside the lock: a close path may call back into the emulator.
  object->Close(CloseReason::kProcessExit);
  return value;
}

HandleTable::Result<Object> HandleTable::LookupImpl(uint64_t value,
                                                    ProcessId caller,
                                                    const ObjectType* type,
                                                    bool remove) const {
  if (value == 0) return {HandleStatus::kNull, nullptr};
  MutexLock lock(&mu_);
  auto it = entries_.find(value);
  if (it == entries_.end()) {
    const uint64_t serial = (value & ((uint64_t{1} << kTagShift) - 1)) >> 2;
    const bool issued = (value & 3) == 0 && (value >> kTagShift) == tag_ &&
                        serial != 0 && serial < next_serial_;
    return {issued ? HandleStatus::kClosed : HandleStatus::kInvalid, nullptr};
  }
  const Entry& e = it->second;
  if (e.owner != caller) return {HandleStatus::kOtherProcess, nullptr};
  if (type != nullptr && &e.object->type() != type) {
    return {HandleStatus::kWrongType, nullptr};
  }
  if (!remove) return {HandleStatus::kOk, e.object};
  if (trace_ != nullptr && trace_->enabled()) {
    trace_->RecordLifetime(false, e.object->type().name, value, e.owner,
                           "closed");
  }
  std::shared_ptr<Object> object = std::move(it->second.object);
  entries_.erase(it);
  return {HandleStatus::kOk, std::move(object)};
}

std::vector<std::shared_ptr<Object>> HandleTable::RemoveIf(bool all,
                                                           ProcessId owner,
                                                           bool end_owner) {
  std::vector<std::pair<uint64_t, std::shared_ptr<Object>>> taken;
  struct Ended {
    uint64_t value;
    ProcessId owner;
    const char* type;
  };
  std::vector<Ended> ended;  // for the trace, in value order below
  {
    MutexLock lock(&mu_);
    if (end_owner) ended_.insert(owner);
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (all || it->second.owner == owner) {
        if (trace_ != nullptr && trace_->enabled()) {
          ended.push_back(
              {it->first, it->second.owner, it->second.object->type().name});
        }
        taken.emplace_back(it->first, std::move(it->second.object));
        entries_.erase(it++);
      } else {
        ++it;
      }
    }
  }
  // Serials grow with time: sort by value, newest first.
  std::sort(taken.begin(), taken.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  std::sort(ended.begin(), ended.end(),
            [](const Ended& a, const Ended& b) { return a.value > b.value; });
  for (const Ended& e : ended) {
    trace_->RecordLifetime(false, e.type, e.value, e.owner,
                           all ? "teardown" : "process exit");
  }
  std::vector<std::shared_ptr<Object>> objects;
  objects.reserve(taken.size());
  for (auto& t : taken) objects.push_back(std::move(t.second));
  return objects;
}

std::vector<std::shared_ptr<Object>> HandleTable::RemoveAllOwnedBy(
    ProcessId owner) {
  return RemoveIf(/*all=*/false, owner, /*end_owner=*/false);
}

std::vector<std::shared_ptr<Object>> HandleTable::EndOwner(ProcessId owner) {
  return RemoveIf(/*all=*/false, owner, /*end_owner=*/true);
}

std::vector<std::shared_ptr<Object>> HandleTable::RemoveAll() {
  return RemoveIf(/*all=*/true, 0, /*end_owner=*/false);
}

std::vector<HandleInfo> HandleTable::Live() const {
  std::vector<HandleInfo> live;
  {
    MutexLock lock(&mu_);
    live.reserve(entries_.size());
    for (const auto& [value, e] : entries_) {
      live.push_back(
          {value, &e.object->type(), e.owner, e.created_by, e.trace_seq});
    }
  }
  std::sort(live.begin(), live.end(),
            [](const auto& a, const auto& b) { return a.value < b.value; });
  return live;
}

size_t HandleTable::size() const {
  MutexLock lock(&mu_);
  return entries_.size();
}

}  // namespace winemu
