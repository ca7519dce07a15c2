// Copyright winemu authors.
#include "emu/core/trace.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"

namespace winemu {

uint32_t CurrentThreadTraceId() {
  static std::atomic<uint32_t> next{1};
  thread_local const uint32_t id = next.fetch_add(1);
  return id;
}

std::string FormatCode(CodeKind kind, uint32_t code) {
  switch (kind) {
    case CodeKind::kVoid:
      return "void";
    case CodeKind::kBool:
      return code ? "TRUE" : "FALSE";
    case CodeKind::kWin32:
      if (code < 0x10000) return absl::StrCat(code);
      [[fallthrough]];
    default:
      return absl::StrFormat("0x%08X", code);
  }
}

void Trace::Record(TraceEvent event) {
  if (!enabled()) return;
  MutexLock lock(&mu_);
  // Under the lock, so end_seq never decreases along the trace.
  event.end_seq = seq_.load(std::memory_order_relaxed);
  if (sink_) sink_(event);
  if (events_.size() >= capacity_) events_.pop_front();
  events_.push_back(std::move(event));
}

void Trace::RecordLifetime(bool begin, const char* type, uint64_t id,
                           ProcessId owner, const char* detail, uint64_t seq) {
  if (!enabled()) return;
  TraceEvent e;
  e.kind =
      begin ? TraceEvent::Kind::kObjectBegin : TraceEvent::Kind::kObjectEnd;
  e.seq = seq != 0 ? seq : seq_.load(std::memory_order_relaxed);
  e.time = clock_ != nullptr ? clock_->Now() : absl::Now();
  e.process = owner;
  e.thread = CurrentThreadTraceId();
  e.api = type;
  e.args = absl::StrFormat("0x%x", id);
  e.result = detail;
  e.object = id;
  Record(std::move(e));
}

std::vector<TraceEvent> Trace::Events() const {
  MutexLock lock(&mu_);
  return std::vector<TraceEvent>(events_.begin(), events_.end());
}

size_t Trace::size() const {
  MutexLock lock(&mu_);
  return events_.size();
}

std::string Trace::ToText() const {
  std::string out;
  for (const TraceEvent& e : Events()) {
    absl::StrAppendFormat(&out, "#%-5d pid %-4d tid %-3d ", e.seq, e.process,
                          e.thread);
    switch (e.kind) {
      case TraceEvent::Kind::kCall:
        absl::StrAppend(&out, e.api, "(", e.args, ") -> ", e.result, "\n");
        break;
      case TraceEvent::Kind::kObjectBegin:
      case TraceEvent::Kind::kObjectEnd:
        absl::StrAppend(&out,
                        e.kind == TraceEvent::Kind::kObjectBegin ? "+ " : "- ",
                        e.api, " ", e.args, e.result.empty() ? "" : " (",
                        e.result, e.result.empty() ? "" : ")", "\n");
        break;
      case TraceEvent::Kind::kNote:
        absl::StrAppend(&out, "  ", e.api, ": ", e.args, "\n");
        break;
    }
  }
  return out;
}

std::string Trace::ToCompactText() const {
  std::string out;
  for (const TraceEvent& e : Events()) {
    if (e.kind == TraceEvent::Kind::kCall) {
      absl::StrAppend(&out, "[", e.process, ":", e.thread, "] ", e.api, "(",
                      e.args, ") -> ", e.result, "\n");
    } else if (e.kind == TraceEvent::Kind::kNote) {
      absl::StrAppend(&out, "[", e.process, ":", e.thread, "] ", e.api, ": ",
                      e.args, "\n");
    }
  }
  return out;
}

void Trace::Clear() {
  MutexLock lock(&mu_);
  events_.clear();
}

}  // namespace winemu
