// Copyright winemu authors.
//
// replay.h: `winemu replay`: runs saved fuzzer inputs through the fuzzer's
// own decoder with tracing on, printing each call and its result as it
// happens (so the last line before a crash names the call that broke).
#ifndef WINEMU_TOOLS_CLI_REPLAY_H_
#define WINEMU_TOOLS_CLI_REPLAY_H_

#include <string>
#include <vector>

namespace winemu::cli {

struct ReplayOptions {
  std::string fuzzer;               // "wfp" or "wfp_fuzzer"
  std::vector<std::string> inputs;  // files, or directories of files
  std::string trace_json;           // also write the calls as trace JSON
  bool quiet = false;               // only the per-input summary lines
};

// The fuzzers `winemu replay` knows, comma-separated.
std::string ReplayFuzzerNames();

// Exit code: 0 when every input ran (the fuzzer aborts the process on a
// broken invariant), 2 on a usage error (unknown fuzzer, no inputs).
int Replay(const ReplayOptions& options);

}  // namespace winemu::cli

#endif  // WINEMU_TOOLS_CLI_REPLAY_H_
