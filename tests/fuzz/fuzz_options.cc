// Copyright winemu authors.
#include <utility>

#include "tests/fuzz/fuzzers.h"

namespace winemu::fuzz {
namespace {

TraceSink& ReplaySink() {
  static TraceSink* sink = new TraceSink;
  return *sink;
}

}  // namespace

EmulatorOptions InputOptions() {
  EmulatorOptions options;
  options.mode = EmulatorMode::kDeterministic;
  // Tracing costs time the fuzzer would rather spend on inputs.
  options.trace = static_cast<bool>(ReplaySink());
  options.trace_sink = ReplaySink();
  return options;
}

void SetReplaySink(TraceSink sink) { ReplaySink() = std::move(sink); }

}  // namespace winemu::fuzz
