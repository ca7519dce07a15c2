// Copyright winemu authors.
//
// winemu: the command line.
//
//   winemu demo [--trace-json=FILE] [--trace-time=real|logical] [--compact]
//   winemu replay <fuzzer> <file|directory>... [--trace-json=FILE] [--quiet]
//   winemu coverage [--dll=NAME] [--markdown]
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "emu/core/trace_export.h"
#include "tools/cli/coverage.h"
#include "tools/cli/progress.h"
#include "tools/cli/replay.h"
#include "tools/coverage/coverage_table.h"
#include "tools/demo/demo.h"

namespace winemu::cli {
namespace {

constexpr char kUsage[] =
    "usage: winemu <command> [options]\n"
    "\n"
    "  demo      run the example Windows clients (one per API family) and\n"
    "            print each one's call trace and leak / verifier verdict\n"
    "              --trace-json=FILE   also write Chrome Trace Event JSON\n"
    "                                  (Perfetto, tools/trace_viewer)\n"
    "              --trace-time=real|logical  JSON timestamps (default real)\n"
    "              --compact           one line per call\n"
    "  replay    run saved fuzzer inputs and print every call they make\n"
    "              winemu replay <fuzzer> <file|directory>...\n"
    "              fuzzers: %s\n"
    "              --trace-json=FILE   also write the calls as trace JSON\n"
    "              --quiet             only one line per input\n"
    "  coverage  print the export tables: every entry point, supported /\n"
    "            partial / unsupported, with notes\n"
    "              --dll=NAME          one DLL (fwpuclnt, fltlib, ...)\n"
    "              --markdown          the table README.md shows\n";

int Usage(FILE* out, int rc) {
  std::fprintf(out, kUsage, ReplayFuzzerNames().c_str());
  return rc;
}

// Splits "--name=value" flags (in any position) from positional arguments.
struct Args {
  std::vector<std::pair<std::string, std::string>> flags;
  std::vector<std::string> positional;
};

Args Parse(int argc, char** argv, int first) {
  Args args;
  for (int i = first; i < argc; ++i) {
    const std::string a = argv[i];
    if (absl::StartsWith(a, "--")) {
      std::pair<std::string, std::string> kv =
          absl::StrSplit(a.substr(2), absl::MaxSplits('=', 1));
      args.flags.push_back(kv);
    } else {
      args.positional.push_back(a);
    }
  }
  return args;
}

int BadFlag(const char* command, const std::string& flag) {
  std::fprintf(stderr, "winemu %s: unknown option --%s\n", command,
               flag.c_str());
  return Usage(stderr, 2);
}

int Demo(const Args& args) {
  demo::Options options;
  options.time_base = TraceTimeBase::kReal;
  for (const auto& [name, value] : args.flags) {
    if (name == "trace-json") {
      options.trace_json = value;
    } else if (name == "compact") {
      options.compact = true;
    } else if (name == "trace-time" &&
               (value == "real" || value == "logical")) {
      options.time_base =
          value == "real" ? TraceTimeBase::kReal : TraceTimeBase::kLogical;
    } else {
      return BadFlag("demo", name);
    }
  }
  if (!args.positional.empty()) return Usage(stderr, 2);
  std::unique_ptr<Progress> progress;
  options.progress = [&](int done, int total, const std::string& name) {
    if (progress == nullptr) {
      progress = std::make_unique<Progress>("ran", "examples", total);
    }
    progress->Update(done, name);
    if (done == total) progress.reset();
  };
  return demo::Run(options);
}

int ReplayCommand(const Args& args) {
  ReplayOptions options;
  for (const auto& [name, value] : args.flags) {
    if (name == "trace-json") {
      options.trace_json = value;
    } else if (name == "quiet") {
      options.quiet = true;
    } else {
      return BadFlag("replay", name);
    }
  }
  if (args.positional.size() < 2) {
    std::fprintf(stderr, "winemu replay: need a fuzzer and inputs\n");
    return Usage(stderr, 2);
  }
  options.fuzzer = args.positional[0];
  options.inputs.assign(args.positional.begin() + 1, args.positional.end());
  return Replay(options);
}

int Coverage(const Args& args) {
  std::string dll;
  bool markdown = false;
  for (const auto& [name, value] : args.flags) {
    if (name == "dll") {
      dll = value;
    } else if (name == "markdown") {
      markdown = true;
    } else {
      return BadFlag("coverage", name);
    }
  }
  if (!args.positional.empty()) return Usage(stderr, 2);
  std::string out;
  if (!CoverageText(dll, &out)) {
    std::fprintf(stderr, "winemu coverage: no DLL called '%s'\n", dll.c_str());
    return 2;
  }
  if (markdown) {
    out.clear();
    for (absl::string_view line :
         absl::StrSplit(tools::CoverageMarkdown(), '\n', absl::SkipEmpty())) {
      // The two header lines, then the rows of the chosen DLL.
      if (dll.empty() || !absl::StartsWith(line, "| ") ||
          absl::StartsWith(line, "| DLL") || absl::StartsWith(line, "| ---") ||
          absl::StartsWithIgnoreCase(line, absl::StrCat("| ", dll, " |"))) {
        absl::StrAppend(&out, line, "\n");
      }
    }
  }
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace
}  // namespace winemu::cli

int main(int argc, char** argv) {
  using namespace winemu::cli;  // NOLINT: the command table reads better
  // Under `bazel run`, paths are the user's (not the runfiles tree's).
  if (const char* dir = std::getenv("BUILD_WORKING_DIRECTORY")) {
    if (chdir(dir) != 0) std::perror("winemu: chdir");
  }
  if (argc < 2) return Usage(stderr, 2);
  const std::string command = argv[1];
  const Args args = Parse(argc, argv, 2);
  if (command == "demo") return Demo(args);
  if (command == "replay") return ReplayCommand(args);
  if (command == "coverage") return Coverage(args);
  if (command == "help" || command == "--help" || command == "-h") {
    return Usage(stdout, 0);
  }
  std::fprintf(stderr, "winemu: unknown command '%s'\n", command.c_str());
  return Usage(stderr, 2);
}
