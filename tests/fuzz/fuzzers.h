// Copyright winemu authors.
//
// fuzzers.h: each fuzzer's body as a function, so that `winemu replay` can
// run a saved input through the same decoder and print every call it made.
//
// A fuzzer's LLVMFuzzerTestOneInput only calls its body; the body runs its
// emulator with InputOptions(): deterministic and untraced, unless a replay
// installed a sink for every trace event.
#ifndef WINEMU_TESTS_FUZZ_FUZZERS_H_
#define WINEMU_TESTS_FUZZ_FUZZERS_H_

#include <cstddef>
#include <cstdint>

#include "emu/core/emulator.h"
#include "emu/core/trace.h"

namespace winemu::fuzz {

// Run one input; return 0, or abort on a broken invariant.
int CoreFuzzOne(const uint8_t* data, size_t size);
int FltmgrFuzzOne(const uint8_t* data, size_t size);
int WfdFuzzOne(const uint8_t* data, size_t size);
int WfpFuzzOne(const uint8_t* data, size_t size);

// The options of the emulator an input runs in.
EmulatorOptions InputOptions();
// Traces every input's calls into `sink` from now on (an empty sink: back to
// untraced). Not synchronised with running inputs.
void SetReplaySink(TraceSink sink);

}  // namespace winemu::fuzz

#endif  // WINEMU_TESTS_FUZZ_FUZZERS_H_
