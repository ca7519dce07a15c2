// Copyright winemu authors.
#include "tools/demo/demo.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "emu/core/emulator.h"

extern "C" {
int BaseExample(void);
int FltmgrExample(void);
int WfdExample(void);
int WfpExample(void);
void WfdExampleSetUp(void);  // seeds the paired peer the example connects to
}

namespace winemu::demo {
namespace {

struct Example {
  const char* name;
  const char* short_name;  // for track names
  void (*set_up)(void);    // Linux side: seeds the machine, or null
  int (*run)(void);        // the Windows client
};

const Example kExamples[] = {
    {"base: handle hygiene", "base", nullptr, BaseExample},
    {"Filtering Platform: a firewall's dynamic block rule", "wfp", nullptr,
     WfpExample},
    {"Filter Manager: a minifilter and its user-mode service", "fltmgr",
     nullptr, FltmgrExample},
    {"Wi-Fi Direct: connect to a paired peer", "wfd", WfdExampleSetUp,
     WfdExample},
};
constexpr int kCount = sizeof(kExamples) / sizeof(kExamples[0]);

// Every example's events in one trace: each example's processes get their
// own ids (example k: k * 10000 + pid) and its calls follow the previous
// example's in the trace order.
struct Merged {
  std::vector<TraceEvent> events;
  ChromeTraceOptions options;
  uint64_t seq_base = 0;
};

void Merge(int index, const Example& example, Emulator& emu, Merged* merged) {
  const ProcessId base = static_cast<ProcessId>(index) * 10000;
  uint64_t last = 0;
  for (TraceEvent e : emu.trace().Events()) {
    const ProcessId pid = e.process;
    e.process += base;
    if (merged->options.process_names.count(e.process) == 0) {
      const Process* p = emu.FindProcess(pid);
      merged->options.process_names[e.process] = absl::StrCat(
          example.short_name, ": ", p != nullptr ? p->image_name() : "process",
          " (pid ", pid, ")");
    }
    e.seq += merged->seq_base;
    e.end_seq += merged->seq_base;
    last = std::max(last, e.end_seq);
    merged->events.push_back(std::move(e));
  }
  merged->seq_base = std::max(merged->seq_base, last);
}

bool RunOne(int index, const Example& example, const Options& options,
            Merged* merged) {
  std::printf("=== %s\n", example.name);
  Emulator emu;  // threaded, like a fresh Windows machine
  if (example.set_up != nullptr) example.set_up();
  const int rc = example.run();
  emu.queue().WaitUntilIdle();
  std::printf("--- call trace\n%s", options.compact
                                        ? emu.trace().ToCompactText().c_str()
                                        : emu.trace().ToText().c_str());
  const LeakReport leaks = emu.Leaks();
  const auto reports = emu.verifier().reports();
  std::printf(
      "--- verdict: client returned %d; %zu leaks; %zu verifier "
      "reports\n",
      rc, leaks.handles.size() + leaks.allocations.size(), reports.size());
  std::printf("%s", leaks.ToString().c_str());
  for (const auto& r : reports) std::printf("%s\n", r.ToString().c_str());
  std::printf("\n");
  if (!options.trace_json.empty()) {
    if (index == 0) {
      merged->options.time_base = options.time_base;
      if (options.time_base == TraceTimeBase::kAuto) {
        merged->options.time_base = emu.clock().mode() == Clock::Mode::kReal
                                        ? TraceTimeBase::kReal
                                        : TraceTimeBase::kLogical;
      }
    }
    Merge(index, example, emu, merged);
  }
  return rc == 0 && leaks.empty();
}

}  // namespace

int Run(const Options& options) {
  Merged merged;
  int failed = 0;
  for (int i = 0; i < kCount; ++i) {
    if (options.progress) options.progress(i, kCount, kExamples[i].name);
    failed += RunOne(i, kExamples[i], options, &merged) ? 0 : 1;
  }
  if (options.progress) options.progress(kCount, kCount, "");
  std::printf("%d of %d examples ran cleanly\n", kCount - failed, kCount);
  std::fflush(stdout);
  if (!options.trace_json.empty()) {
    std::ofstream out(options.trace_json);
    out << ToChromeJson(merged.events, merged.options);
    out.close();
    if (!out) {
      std::fprintf(stderr, "winemu: cannot write %s\n",
                   options.trace_json.c_str());
      return 2;
    }
    std::fprintf(stderr, "wrote %zu trace events to %s\n", merged.events.size(),
                 options.trace_json.c_str());
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace winemu::demo
