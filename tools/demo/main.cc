// Copyright winemu authors.
//
// The winemu demo: runs example Windows clients, compiled unchanged, against
// a fresh emulator each, and prints what they did (the call trace) and the
// verdict (leaks and misuse reports).
#include <cstdio>
#include <string>

#include "emu/core/emulator.h"

extern "C" {
int BaseExample(void);
int FltmgrExample(void);
int WfdExample(void);
int WfpExample(void);
void WfdExampleSetUp(void);  // seeds the paired peer the example connects to
}

namespace {

struct Example {
  const char* name;
  void (*set_up)(void);  // Linux side: seeds the machine, or null
  int (*run)(void);      // the Windows client
};

const Example kExamples[] = {
    {"base: handle hygiene", nullptr, BaseExample},
    {"Filtering Platform: a firewall's dynamic block rule", nullptr,
     WfpExample},
    {"Filter Manager: a minifilter and its user-mode service", nullptr,
     FltmgrExample},
    {"Wi-Fi Direct: connect to a paired peer", WfdExampleSetUp, WfdExample},
};

bool RunOne(const Example& example) {
  std::printf("=== %s\n", example.name);
  winemu::Emulator emu;  // threaded, like a fresh Windows machine
  if (example.set_up != nullptr) example.set_up();
  const int rc = example.run();
  emu.queue().WaitUntilIdle();
  std::printf("--- call trace\n%s", emu.trace().ToText().c_str());
  const winemu::LeakReport leaks = emu.Leaks();
  const auto reports = emu.verifier().reports();
  std::printf("--- verdict: client returned %d; %zu leaks; %zu verifier "
              "reports\n",
              rc, leaks.handles.size() + leaks.allocations.size(),
              reports.size());
  std::printf("%s", leaks.ToString().c_str());
  for (const auto& r : reports) std::printf("%s\n", r.ToString().c_str());
  std::printf("\n");
  return rc == 0 && leaks.empty();
}

}  // namespace

int main() {
  int failed = 0;
  for (const Example& example : kExamples) failed += RunOne(example) ? 0 : 1;
  std::printf("%d of %zu examples ran cleanly\n",
              static_cast<int>(sizeof(kExamples) / sizeof(kExamples[0])) -
                  failed,
              sizeof(kExamples) / sizeof(kExamples[0]));
  return failed == 0 ? 0 : 1;
}
