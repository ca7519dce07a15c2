// Copyright winemu authors.
//
// demo.h: the demo as a library (tools/demo:demo and `winemu demo`).
//
// Runs each example Windows client (one per family, compiled unchanged)
// against a fresh emulator and prints what it did (the call trace) and the
// verdict (leaks and verifier reports).
#ifndef WINEMU_TOOLS_DEMO_DEMO_H_
#define WINEMU_TOOLS_DEMO_DEMO_H_

#include <functional>
#include <string>

#include "emu/core/trace_export.h"

namespace winemu::demo {

struct Options {
  // Also writes every example's trace to this file as Chrome Trace Event
  // JSON (one track group per example process).
  std::string trace_json;
  TraceTimeBase time_base = TraceTimeBase::kAuto;
  // One line per call instead of the full trace.
  bool compact = false;
  // Called before each example (index from 0) and once at the end.
  std::function<void(int done, int total, const std::string& name)> progress;
};

// Returns 0 when every example returned 0 and leaked nothing, 1 when one did
// not, 2 when the JSON could not be written.
int Run(const Options& options);

}  // namespace winemu::demo

#endif  // WINEMU_TOOLS_DEMO_DEMO_H_
