// Copyright winemu authors.
#include "tools/cli/replay.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "emu/core/trace_export.h"
#include "tests/fuzz/fuzzers.h"
#include "tools/cli/progress.h"

namespace winemu::cli {
namespace {

using FuzzOne = int (*)(const uint8_t*, size_t);

const std::map<std::string, FuzzOne>& Fuzzers() {
  static const auto* fuzzers = new std::map<std::string, FuzzOne>{
      {"core", fuzz::CoreFuzzOne},
      {"fltmgr", fuzz::FltmgrFuzzOne},
      {"wfd", fuzz::WfdFuzzOne},
      {"wfp", fuzz::WfpFuzzOne},
  };
  return *fuzzers;
}

// Files in argument order; a directory's regular files sorted by name.
std::vector<std::filesystem::path> Expand(
    const std::vector<std::string>& inputs, bool* ok) {
  std::vector<std::filesystem::path> files;
  for (const std::string& input : inputs) {
    const std::filesystem::path path(input);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::filesystem::path> found;
      for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        if (entry.is_regular_file()) found.push_back(entry.path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::is_regular_file(path, ec)) {
      files.push_back(path);
    } else {
      std::fprintf(stderr, "winemu replay: no such file or directory: %s\n",
                   input.c_str());
      *ok = false;
    }
  }
  return files;
}

// One line per event, as it is recorded.
void PrintEvent(const TraceEvent& e) {
  std::string line;
  switch (e.kind) {
    case TraceEvent::Kind::kCall:
      line = absl::StrCat("  [", e.process, ":", e.thread, "] ", e.api, "(",
                          e.args, ") -> ", e.result, "\n");
      break;
    case TraceEvent::Kind::kObjectBegin:
    case TraceEvent::Kind::kObjectEnd:
      line =
          absl::StrCat("  [", e.process, "] ",
                       e.kind == TraceEvent::Kind::kObjectBegin ? "+ " : "- ",
                       e.api, " ", e.args, " (", e.result, ")\n");
      break;
    case TraceEvent::Kind::kNote:
      line = absl::StrCat("  [", e.process, "] ", e.api, ": ", e.args, "\n");
      break;
  }
  std::fputs(line.c_str(), stdout);
}

}  // namespace

std::string ReplayFuzzerNames() {
  std::vector<std::string> names;
  for (const auto& [name, fn] : Fuzzers()) names.push_back(name);
  return absl::StrJoin(names, ", ");
}

int Replay(const ReplayOptions& options) {
  const std::string name(absl::StripSuffix(options.fuzzer, "_fuzzer"));
  auto it = Fuzzers().find(name);
  if (it == Fuzzers().end()) {
    std::fprintf(stderr, "winemu replay: unknown fuzzer '%s' (known: %s)\n",
                 options.fuzzer.c_str(), ReplayFuzzerNames().c_str());
    return 2;
  }
  bool ok = true;
  const std::vector<std::filesystem::path> files = Expand(options.inputs, &ok);
  if (!ok) return 2;
  if (files.empty()) {
    std::fprintf(stderr, "winemu replay: no inputs\n");
    return 2;
  }

  // Each line is out before the next call: a crash loses nothing.
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  // For --trace-json: every input's events, its processes renumbered
  // (input k: k * 10000 + pid) and its sequence after the previous input's.
  std::vector<TraceEvent> all;
  ChromeTraceOptions json_options;
  uint64_t seq_base = 0;
  uint64_t input_last = 0;
  ProcessId pid_base = 0;
  size_t calls = 0;
  size_t named = 0;  // events of `all` whose process has a track name
  fuzz::SetReplaySink([&](const TraceEvent& e) {
    if (e.kind == TraceEvent::Kind::kCall) ++calls;
    if (!options.quiet) PrintEvent(e);
    if (options.trace_json.empty()) return;
    TraceEvent copy = e;
    copy.process += pid_base;
    copy.seq += seq_base;
    copy.end_seq += seq_base;
    input_last = std::max(input_last, copy.end_seq);
    all.push_back(std::move(copy));
  });

  Progress progress("replayed", "inputs", static_cast<int>(files.size()));
  for (size_t i = 0; i < files.size(); ++i) {
    std::ifstream in(files[i], std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    std::printf("=== %s input %s (%zu bytes)\n", name.c_str(), files[i].c_str(),
                bytes.size());
    calls = 0;
    pid_base = static_cast<ProcessId>(i) * 10000;
    it->second(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    std::printf("--- %zu calls; invariants held\n", calls);
    if (!options.trace_json.empty()) {
      for (; named < all.size(); ++named) {
        const ProcessId pid = all[named].process;
        if (json_options.process_names.count(pid) == 0) {
          json_options.process_names[pid] = absl::StrCat(
              files[i].filename().string(), ": pid ", pid - pid_base);
        }
      }
    }
    seq_base = input_last;
    progress.Update(static_cast<int>(i + 1), files[i].filename().string());
  }
  fuzz::SetReplaySink(nullptr);
  std::printf("replayed %zu inputs\n", files.size());
  if (!options.trace_json.empty()) {
    std::ofstream out(options.trace_json);
    out << ToChromeJson(all, json_options);
    out.close();
    if (!out) {
      std::fprintf(stderr, "winemu replay: cannot write %s\n",
                   options.trace_json.c_str());
      return 2;
    }
    std::fprintf(stderr, "wrote %zu trace events to %s\n", all.size(),
                 options.trace_json.c_str());
  }
  return 0;
}

}  // namespace winemu::cli
