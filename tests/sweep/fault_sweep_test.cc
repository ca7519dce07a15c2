// Copyright winemu authors.
//
// RunFaultSweep on tiny clients of fake entry points: each verdict (ok,
// leaked, ignored error, crashed, hung) from a body built to earn it.
#include "emu/testing/fault_sweep.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr ApiInfo kOpenInfo = {"SweepOpen",         "sweepdll",
                               Support::kSupported, "",
                               CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kUseInfo = {"SweepUse", "sweepdll",       Support::kSupported,
                              "",         CodeKind::kWin32, 0x80320002};
constexpr ApiInfo kCloseInfo = {
    "SweepClose", "sweepdll", Support::kSupported, "", CodeKind::kWin32, 6};

// Fake entry points shaped like shims, so the return address is the
// caller's.
template <const ApiInfo& kInfo>
__attribute__((noinline)) uint32_t FakeEntry() {
  WINEMU_API_CALL(call, kInfo);
  if (call.injected().has_value()) return call.Finish(*call.injected());
  return call.Finish(uint32_t{0});
}
// Refuses a NULL handle with ERROR_INVALID_HANDLE.
__attribute__((noinline)) uint32_t SweepUseHandle(uintptr_t handle) {
  WINEMU_API_CALL(call, kUseInfo);
  if (call.injected().has_value()) return call.Finish(*call.injected());
  return call.Finish(uint32_t{handle == 0 ? 6u : 0u});
}
// Files a verifier report, as a shim does for a stale handle.
__attribute__((noinline)) uint32_t SweepUseStale() {
  WINEMU_API_CALL(call, kUseInfo);
  if (call.injected().has_value()) return call.Finish(*call.injected());
  call.Misuse("0x4", "stale handle (already closed)");
  return call.Finish(uint32_t{6});
}
constexpr auto SweepOpen = &FakeEntry<kOpenInfo>;
constexpr auto SweepUse = &FakeEntry<kUseInfo>;
constexpr auto SweepClose = &FakeEntry<kCloseInfo>;

const AllocationKind kBlock = {"sweep test block", "SweepFree", nullptr};
int block;  // the tracked address

FaultSweepOptions Options() {
  FaultSweepOptions options;
  options.hang_bound = absl::Seconds(20);
  options.emulator_options.mode = EmulatorMode::kDeterministic;
  return options;
}

// Checks both results and closes on every path.
int CorrectClient() {
  if (SweepOpen() != 0) return 1;
  const uint32_t rc = SweepUse();
  SweepClose();
  return rc == 0 ? 0 : 1;
}

TEST(FaultSweepTest, CorrectClientHasNoFindings) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return CorrectClient(); });
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
  // SweepClose is a release: never failed by default.
  ASSERT_THAT(report.sites, SizeIs(2)) << report.ToText();
  EXPECT_EQ(report.sites[0].api, "SweepOpen");
  EXPECT_EQ(report.sites[0].code, 0x80320001u);
  EXPECT_EQ(report.sites[1].api, "SweepUse");
  EXPECT_EQ(report.runs, 3);  // the third reached no new site
  EXPECT_EQ(report.sites_reached, 2);
  EXPECT_FALSE(report.capped);
}

TEST(FaultSweepTest, ReleasesAreFailedOnlyWhenAsked) {
  FaultSweepOptions options = Options();
  options.fail_releases = true;
  const FaultSweepReport report =
      RunFaultSweep(options, [](Emulator&) { return CorrectClient(); });
  ASSERT_THAT(report.sites, SizeIs(3)) << report.ToText();
  EXPECT_EQ(report.sites[2].api, "SweepClose");
  // The client ignores SweepClose's result, and says so by succeeding.
  EXPECT_EQ(report.sites[2].verdict(), Verdict::kIgnoredError);
}

TEST(FaultSweepTest, EachCallSiteIsFailedOnce) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    if (SweepOpen() != 0) return false;
    if (SweepOpen() != 0) return false;  // a second site of SweepOpen
    return true;
  });
  ASSERT_THAT(report.sites, SizeIs(2)) << report.ToText();
  EXPECT_EQ(report.sites[0].index, 1);
  EXPECT_EQ(report.sites[1].index, 2);
  EXPECT_NE(report.sites[0].return_address, report.sites[1].return_address);
  EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
}

TEST(FaultSweepTest, SuccessDespiteTheFailureIsAnIgnoredError) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    SweepOpen();  // result dropped
    return 0;
  });
  ASSERT_THAT(report.mishandled(), SizeIs(1)) << report.ToText();
  const SiteResult site = report.mishandled()[0];
  EXPECT_EQ(site.verdict(), Verdict::kIgnoredError);
  EXPECT_THAT(site.ToText(), HasSubstr("reported success"));
}

TEST(FaultSweepTest, UsingWhatTheFailedCallNeverGaveIsAnIgnoredError) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    uintptr_t handle = 0;
    if (SweepOpen() == 0) handle = 0x40;
    SweepUseHandle(handle);  // refused: no handle
    return 1;                // the body does not claim success
  });
  ASSERT_THAT(report.mishandled(), SizeIs(1)) << report.ToText();
  const SiteResult site = report.mishandled()[0];
  EXPECT_EQ(site.api, "SweepOpen");
  EXPECT_EQ(site.verdict(), Verdict::kIgnoredError);
  EXPECT_THAT(site.ToText(), HasSubstr("SweepUse -> 6"));
}

TEST(FaultSweepTest, AVerifierReportOnAnErrorPathIsAnIgnoredError) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    if (SweepOpen() != 0) {
      SweepUseStale();  // goes on with what it had before
      return 1;
    }
    return 0;
  });
  ASSERT_THAT(report.mishandled(), SizeIs(1)) << report.ToText();
  const SiteResult site = report.mishandled()[0];
  EXPECT_EQ(site.verdict(), Verdict::kIgnoredError);
  EXPECT_THAT(site.ToText(),
              HasSubstr("verifier report: SweepUse: stale handle"));
}

TEST(FaultSweepTest, LeakOnAnErrorPathIsReported) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator& emu) {
    emu.allocations().Track(&block, kBlock, sizeof(block), "SweepAlloc",
                            emu.current_process().id(), 0);
    if (SweepUse() != 0) return 1;  // forgets the block
    emu.allocations().Release(&block, kBlock);
    return 0;
  });
  ASSERT_THAT(report.mishandled(), SizeIs(1)) << report.ToText();
  const SiteResult site = report.mishandled()[0];
  EXPECT_EQ(site.verdict(), Verdict::kLeaked);
  ASSERT_THAT(site.findings, SizeIs(1));
  EXPECT_EQ(site.findings[0].what, "sweep test block from SweepAlloc");
}

TEST(FaultSweepTest, CrashIsReportedAndTheSweepGoesOn) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    int* result = nullptr;
    int value = 7;
    if (SweepOpen() == 0) result = &value;
    *static_cast<volatile int*>(result) = 1;  // NULL when SweepOpen failed
    return SweepUse() == 0;
  });
  ASSERT_THAT(report.sites, SizeIs(2)) << report.ToText();
  EXPECT_EQ(report.sites[0].api, "SweepOpen");
  EXPECT_EQ(report.sites[0].verdict(), Verdict::kCrashed) << report.ToText();
  EXPECT_EQ(report.sites[1].api, "SweepUse");
  EXPECT_EQ(report.sites[1].verdict(), Verdict::kOk) << report.ToText();
  EXPECT_THAT(report.baseline_problems(), IsEmpty());
}

TEST(FaultSweepTest, AbortIsACrash) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    if (SweepOpen() != 0) std::abort();
    return true;
  });
  ASSERT_THAT(report.sites, SizeIs(1)) << report.ToText();
  EXPECT_EQ(report.sites[0].verdict(), Verdict::kCrashed);
  EXPECT_THAT(report.sites[0].ToText(), HasSubstr("signal 6"));
}

TEST(FaultSweepTest, HangIsReportedAndTheChildKilled) {
  FaultSweepOptions options = Options();
  options.hang_bound = absl::Seconds(1);
  const FaultSweepReport report = RunFaultSweep(options, [](Emulator&) {
    if (SweepOpen() != 0) {
      for (;;) pause();  // waits for an event that never comes
    }
    return true;
  });
  ASSERT_THAT(report.sites, SizeIs(1)) << report.ToText();
  EXPECT_EQ(report.sites[0].verdict(), Verdict::kHung);
  EXPECT_THAT(report.baseline_problems(), IsEmpty());
}

TEST(FaultSweepTest, BaselineProblemsAreReported) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return false; });
  EXPECT_THAT(report.baseline_problems(),
              ElementsAre("the body reported failure"));
  EXPECT_THAT(report.sites, IsEmpty());
  EXPECT_EQ(report.runs, 1);
}

TEST(FaultSweepTest, RunsAreCapped) {
  FaultSweepOptions options = Options();
  options.max_runs = 1;
  const FaultSweepReport report =
      RunFaultSweep(options, [](Emulator&) { return CorrectClient(); });
  EXPECT_TRUE(report.capped);
  EXPECT_THAT(report.sites, SizeIs(1));
  EXPECT_THAT(report.ToText(), HasSubstr("stopped at max_runs"));
}

TEST(FaultSweepTest, ToTextNamesSiteCodeAndVerdict) {
  const FaultSweepReport report = RunFaultSweep(Options(), [](Emulator&) {
    SweepOpen();
    return true;
  });
  const std::string text = report.ToText();
  EXPECT_THAT(text, HasSubstr("SweepOpen (site #1 of it) called from "));
  EXPECT_THAT(text, HasSubstr("failed with 0x80320001"));
  EXPECT_THAT(text, HasSubstr("ignored error"));
}

}  // namespace
}  // namespace winemu::testing
