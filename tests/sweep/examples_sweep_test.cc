// Copyright winemu authors.
//
// The fault sweep over the example clients of the demo (tools/demo): each
// handles every failure the sweep injects, so nothing is reported.
#include <cstdio>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/testing/fault_sweep.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

extern "C" {
int BaseExample(void);
int FltmgrExample(void);
int WfdExample(void);
int WfpExample(void);
void WfdExampleSetUp(void);
}

namespace winemu::testing {
namespace {

using ::testing::IsEmpty;
using ::testing::Not;

FaultSweepOptions Options() {
  FaultSweepOptions options;
  // Threaded, as the demo runs them.
  options.hang_bound = absl::Seconds(30);
  return options;
}

TEST(ExamplesSweepTest, Base) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return BaseExample(); });
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  // It calls only CloseHandle (a release) and calls that cannot fail.
  EXPECT_THAT(report.sites, IsEmpty()) << report.ToText();
  std::printf("%s", report.ToText().c_str());
}

TEST(ExamplesSweepTest, FilteringPlatform) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return WfpExample(); });
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.sites, Not(IsEmpty()));
  EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
  std::printf("%s", report.ToText().c_str());
}

TEST(ExamplesSweepTest, FilterManager) {
  FaultSweepOptions options = Options();
  // The service has a spare worker: when one worker's call fails it stops,
  // and the other serves every message, so success is the right answer.
  options.success_means_ignored = false;
  const FaultSweepReport report =
      RunFaultSweep(options, [](Emulator&) { return FltmgrExample(); });
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.sites, Not(IsEmpty()));
  EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
  std::printf("%s", report.ToText().c_str());
}

TEST(ExamplesSweepTest, WifiDirect) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    WfdExampleSetUp();
    return WfdExample();
  });
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.sites, Not(IsEmpty()));
  EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
  std::printf("%s", report.ToText().c_str());
}

}  // namespace
}  // namespace winemu::testing
