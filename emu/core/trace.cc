// Copyright winemu authors.
#include "emu/core/trace.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

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
  if (events_.size() >= capacity_) events_.pop_front();
  events_.push_back(std::move(event));
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
        absl::StrAppend(&out, "+ ", e.api, " ", e.args, "\n");
        break;
      case TraceEvent::Kind::kObjectEnd:
        absl::StrAppend(&out, "- ", e.api, " ", e.args, "\n");
        break;
      case TraceEvent::Kind::kNote:
        absl::StrAppend(&out, "  ", e.api, ": ", e.args, "\n");
        break;
    }
  }
  return out;
}

void Trace::Clear() {
  MutexLock lock(&mu_);
  events_.clear();
}

}  // namespace winemu
