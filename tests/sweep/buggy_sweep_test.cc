// Copyright winemu authors.
//
// The fault sweep over the deliberately buggy clients in
// testdata/buggy_clients: it reports exactly the seeded bugs, each with the
// verdict it earns, and nothing for the sites the clients handle.
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/testing/fault_sweep.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

extern "C" {
int SweepBuggyFirewall(void);
int SweepBuggyScanner(void);
int SweepBuggyWfd(void);
void WfdExampleSetUp(void);
}

namespace winemu::testing {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Property;

// A mishandled site: its entry point and its verdict.
::testing::Matcher<SiteResult> Site(const std::string& api, Verdict verdict) {
  return AllOf(Field("api", &SiteResult::api, api),
               Property("verdict", &SiteResult::verdict, verdict));
}

FaultSweepOptions Options() {
  FaultSweepOptions options;
  options.hang_bound = absl::Seconds(10);
  return options;
}

TEST(BuggySweepTest, Firewall) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return SweepBuggyFirewall(); });
  std::printf("%s", report.ToText().c_str());
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(
      report.mishandled(),
      ElementsAre(Site("FwpmTransactionCommit0", Verdict::kLeaked),
                  Site("FwpmSessionEnum0", Verdict::kCrashed),
                  Site("FwpmFilterCreateEnumHandle0", Verdict::kIgnoredError)))
      << report.ToText();
}

TEST(BuggySweepTest, Scanner) {
  const FaultSweepReport report =
      RunFaultSweep(Options(), [](Emulator&) { return SweepBuggyScanner(); });
  std::printf("%s", report.ToText().c_str());
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.mishandled(),
              ElementsAre(Site("FilterConnectCommunicationPort",
                               Verdict::kIgnoredError)))
      << report.ToText();
}

TEST(BuggySweepTest, WifiDirect) {
  FaultSweepOptions options = Options();
  options.hang_bound = absl::Seconds(3);
  const FaultSweepReport report = RunFaultSweep(options, [](Emulator&) {
    WfdExampleSetUp();
    return SweepBuggyWfd();
  });
  std::printf("%s", report.ToText().c_str());
  EXPECT_THAT(report.baseline_problems(), IsEmpty()) << report.ToText();
  EXPECT_THAT(report.mishandled(),
              ElementsAre(Site("WFDStartOpenSession", Verdict::kHung)))
      << report.ToText();
}

}  // namespace
}  // namespace winemu::testing
