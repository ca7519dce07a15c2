// Copyright winemu authors.
//
// trace.h: the call trace.
//
// Every API call is recorded with its process, thread, an argument summary
// and its result; object lifetimes (a session opened, a port closed) are
// recorded as begin / end events. The trace is bounded (oldest events drop
// first) and can be switched off, in which case recording costs one relaxed
// atomic load.
//
//   for (const TraceEvent& e : emu.trace().Events()) ...
//   std::cout << emu.trace().ToText();
#ifndef WINEMU_EMU_CORE_TRACE_H_
#define WINEMU_EMU_CORE_TRACE_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/api_info.h"
#include "emu/core/mutex.h"
#include "emu/core/process.h"

namespace winemu {

struct TraceEvent {
  enum class Kind { kCall, kObjectBegin, kObjectEnd, kNote };
  Kind kind = Kind::kCall;
  uint64_t seq = 0;
  absl::Time time;
  ProcessId process = 0;
  uint32_t thread = 0;
  std::string api;     // entry point, or the object's type for lifetimes
  std::string args;    // argument summary, or the object's handle
  std::string result;  // formatted result
};

// A small, stable id for the calling OS thread (1, 2, ...), for traces.
uint32_t CurrentThreadTraceId();

// Formats a result code the way a reader wants it: 0x80320009 and, where a
// family registered one, its name.
std::string FormatCode(CodeKind kind, uint32_t code);

class Trace {
 public:
  explicit Trace(size_t capacity = 100000) : capacity_(capacity) {}

  void set_enabled(bool enabled) {
    enabled_.store(enabled, std::memory_order_relaxed);
  }
  bool enabled() const { return enabled_.load(std::memory_order_relaxed); }

  // Reserves the next sequence number (also when disabled: handles and
  // allocations record where they were created).
  uint64_t NextSeq() { return seq_.fetch_add(1, std::memory_order_relaxed) + 1; }

  void Record(TraceEvent event);
  std::vector<TraceEvent> Events() const;
  size_t size() const;
  std::string ToText() const;
  void Clear();

 private:
  const size_t capacity_;
  std::atomic<bool> enabled_{true};
  std::atomic<uint64_t> seq_{0};
  mutable Mutex mu_;
  std::deque<TraceEvent> events_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_TRACE_H_
