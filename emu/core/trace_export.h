// Copyright winemu authors.
//
// trace_export.h: the call trace as Chrome Trace Event JSON.
//
// The JSON opens in Perfetto (ui.perfetto.dev), chrome://tracing and the
// self-contained viewer in tools/trace_viewer. Each simulated process is a
// track group named after its image, each thread a track; every call is a
// slice (name = entry point, args = argument summary and result), every
// object a handle names (sessions, enumerations, ports, Wi-Fi Direct
// sessions, events...) an async span from creation to close, and each WFP
// transaction a span from FwpmTransactionBegin0 to its commit, abort or end.
//
//   std::ofstream("trace.json") << winemu::ToChromeJson(emu);
#ifndef WINEMU_EMU_CORE_TRACE_EXPORT_H_
#define WINEMU_EMU_CORE_TRACE_EXPORT_H_

#include <map>
#include <string>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/core/trace.h"

namespace winemu {

enum class TraceTimeBase {
  // Real when the emulator's clock is real, else logical.
  kAuto,
  // Event times (microseconds since the first event).
  kReal,
  // One microsecond per step of the trace's order: calls keep their nesting
  // and every span is visible even when a virtual clock stands still.
  kLogical,
};

struct ChromeTraceOptions {
  TraceTimeBase time_base = TraceTimeBase::kLogical;  // kAuto acts as kLogical
  // Track names; a process not named here is "process <pid>".
  std::map<ProcessId, std::string> process_names;
};

std::string ToChromeJson(const std::vector<TraceEvent>& events,
                         const ChromeTraceOptions& options = {});

// The emulator's trace, processes named after their images.
std::string ToChromeJson(Emulator& emu,
                         TraceTimeBase time_base = TraceTimeBase::kAuto);

// `text` as a JSON string literal (quotes included; invalid UTF-8 becomes
// U+FFFD).
std::string JsonQuote(const std::string& text);

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_TRACE_EXPORT_H_
