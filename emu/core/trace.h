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
//
// trace_export.h writes it as Chrome Trace Event JSON (Perfetto, the
// trace viewer in tools/trace_viewer).
#ifndef WINEMU_EMU_CORE_TRACE_H_
#define WINEMU_EMU_CORE_TRACE_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/api_info.h"
#include "emu/core/clock.h"
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
  std::string result;  // formatted result, or what created / ended an object
  // Calls: when the call began (InfinitePast() if unknown: use `time`).
  absl::Time start = absl::InfinitePast();
  // Lifetimes: the object's id (its handle value).
  uint64_t object = 0;
  // The last sequence number handed out when the event was recorded (set by
  // Record). With `seq` it orders begins and ends of nested and concurrent
  // calls even when the virtual clock stands still.
  uint64_t end_seq = 0;
};

// Receives each event as it is recorded (a replay printing calls live). Runs
// with the trace's lock held: it must not call into the emulator.
using TraceSink = std::function<void(const TraceEvent&)>;

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
  uint64_t NextSeq() {
    return seq_.fetch_add(1, std::memory_order_relaxed) + 1;
  }

  // Set before use (not synchronised with recording).
  void set_sink(TraceSink sink) { sink_ = std::move(sink); }
  // The clock lifetime events are stamped with (real time if none).
  void set_clock(const Clock* clock) { clock_ = clock; }

  void Record(TraceEvent event);
  // An object's lifetime edge: its creation (`begin`) or its end. `type`
  // names the kind of object, `id` tells it apart (a handle value), `detail`
  // says by what or why ("FwpmEngineOpen0", "process exit"), `seq` is the
  // creating call's number (0: none).
  void RecordLifetime(bool begin, const char* type, uint64_t id,
                      ProcessId owner, const char* detail, uint64_t seq = 0);
  std::vector<TraceEvent> Events() const;
  size_t size() const;
  std::string ToText() const;
  // One line per call (and note): "[pid:tid] Api(args) -> result".
  std::string ToCompactText() const;
  void Clear();

 private:
  const size_t capacity_;
  TraceSink sink_;
  const Clock* clock_ = nullptr;
  std::atomic<bool> enabled_{true};
  std::atomic<uint64_t> seq_{0};
  mutable Mutex mu_;
  std::deque<TraceEvent> events_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_TRACE_H_
