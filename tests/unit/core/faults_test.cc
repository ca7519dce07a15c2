// Copyright winemu authors.
//
// Unit tests of FaultInjector rules, of injection through ApiCall, and of
// FaultSweep over distinct call sites.
#include "emu/core/faults.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr ApiInfo kOpenInfo = {"TestOpen",          "testdll",
                               Support::kSupported, "",
                               CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kReadInfo = {"TestRead",          "testdll",
                               Support::kSupported, "",
                               CodeKind::kWin32,    0x80320002};
constexpr ApiInfo kCloseInfo = {"TestClose",         "testdll",
                                Support::kSupported, "",
                                CodeKind::kWin32,    0x80320003};
constexpr ApiInfo kNeverFailsInfo = {
    "TestNeverFails", "testdll", Support::kSupported, "", CodeKind::kVoid, 0};
constexpr ApiInfo kMissingInfo = {"TestMissing",         "testdll",
                                  Support::kUnsupported, "not modelled",
                                  CodeKind::kWin32,      50};

// A fake entry point, shaped like a shim: WINEMU_API_CALL sits in the entry
// point itself, so the return address it records is in the caller.
template <const ApiInfo& kInfo>
__attribute__((noinline)) uint32_t FakeEntry() {
  WINEMU_API_CALL(call, kInfo);
  if (call.injected().has_value()) return call.Finish(*call.injected());
  return call.Finish(uint32_t{0});
}
// Registered like a DLL's export table, so rules may name them. They record
// no CodeSet: any code may be injected.
const ApiInfo* const kFakeRows[] = {&kOpenInfo, &kReadInfo, &kCloseInfo,
                                    &kNeverFailsInfo, &kMissingInfo};
const ExportTableRegistrar kFakeRegistrar("testdll", kFakeRows, 5);

constexpr auto TestOpen = &FakeEntry<kOpenInfo>;
constexpr auto TestRead = &FakeEntry<kReadInfo>;
constexpr auto TestClose = &FakeEntry<kCloseInfo>;
constexpr auto TestNeverFails = &FakeEntry<kNeverFailsInfo>;
constexpr auto TestMissing = &FakeEntry<kMissingInfo>;

CallSite Site(const ApiInfo& api, ProcessId pid = 1000) {
  return CallSite{&api, nullptr, pid};
}

TEST(FaultInjectorTest, NoRuleInjectsNothing) {
  FaultInjector faults;
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  EXPECT_EQ(faults.injected_count(), 0u);
}

TEST(FaultInjectorTest, NthRuleFailsExactlyTheNthMatchingCallThenRetires) {
  FaultInjector faults;
  const auto id = *faults.Add({.api = "TestOpen", .nth = 3, .code = 7});
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kReadInfo)), std::nullopt);  // not counted
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::optional<uint32_t>(7));
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  }
  EXPECT_FALSE(faults.Remove(id));  // retired
  EXPECT_EQ(faults.injected_count(), 1u);
}

TEST(FaultInjectorTest, EveryCallRuleAndTimesLimit) {
  FaultInjector faults;
  const auto every = *faults.Add({.api = "TestRead", .code = 9});
  ASSERT_TRUE(faults.Add({.api = "TestOpen", .code = 11, .times = 2}).ok());
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(faults.Check(Site(kReadInfo)), std::optional<uint32_t>(9));
  }
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::optional<uint32_t>(11));
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::optional<uint32_t>(11));
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kCloseInfo)), std::nullopt);
  EXPECT_EQ(faults.injected_count(), 6u);
  EXPECT_TRUE(faults.Remove(every));
  EXPECT_FALSE(faults.Remove(every));
  EXPECT_EQ(faults.Check(Site(kReadInfo)), std::nullopt);
}

TEST(FaultInjectorTest, EmptyApiMatchesEveryEntryPoint) {
  FaultInjector faults;
  ASSERT_TRUE(faults.Add({.code = 13}).ok());
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::optional<uint32_t>(13));
  EXPECT_EQ(faults.Check(Site(kCloseInfo)), std::optional<uint32_t>(13));
  faults.Clear();
  EXPECT_EQ(faults.Check(Site(kOpenInfo)), std::nullopt);
  EXPECT_EQ(faults.injected_count(), 2u);
}

TEST(FaultInjectorTest, PredicateNarrowsAndNthCountsOnlyItsMatches) {
  FaultInjector faults;
  std::vector<ProcessId> seen;
  ASSERT_TRUE(faults
                  .Add({.nth = 2,
                        .predicate =
                            [&](const CallSite& site) {
                              seen.push_back(site.process);
                              return site.process == 2000;
                            },
                        .code = 17})
                  .ok());
  EXPECT_EQ(faults.Check(Site(kOpenInfo, 1000)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kOpenInfo, 2000)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kOpenInfo, 1000)), std::nullopt);
  EXPECT_EQ(faults.Check(Site(kReadInfo, 2000)), std::optional<uint32_t>(17));
  EXPECT_EQ(faults.Check(Site(kReadInfo, 2000)), std::nullopt);
  EXPECT_THAT(seen, ::testing::ElementsAre(1000, 2000, 1000, 2000));
}

class ApiCallFaultTest : public ::testing::Test {
 protected:
  Emulator emu_{{.mode = EmulatorMode::kDeterministic}};
};

// Two call sites of the same entry point, in two functions. The empty asm
// keeps each call out of tail position (a tail call would move the return
// address into the test body).
// Different stores keep an optimizer from folding the two into one function.
volatile int g_last_site = 0;
__attribute__((noinline)) uint32_t OpenFromSiteOne() {
  const uint32_t result = TestOpen();
  g_last_site = 1;
  return result;
}
__attribute__((noinline)) uint32_t OpenFromSiteTwo() {
  const uint32_t result = TestOpen();
  g_last_site = 2;
  return result;
}

TEST_F(ApiCallFaultTest, PredicateSeesApiReturnAddressAndProcess) {
  std::vector<CallSite> sites;
  ASSERT_TRUE(emu_.faults()
                  .Add({.predicate =
                            [&](const CallSite& site) {
                              sites.push_back(site);
                              return false;
                            },
                        .code = 1})
                  .ok());
  Process& svc = emu_.SpawnProcess({.image_name = "svc.exe"});
  {
    ScopedProcess as(svc);
    OpenFromSiteOne();
  }
  OpenFromSiteOne();
  OpenFromSiteTwo();
  ASSERT_EQ(sites.size(), 3u);
  EXPECT_EQ(sites[0].api, &kOpenInfo);
  EXPECT_EQ(sites[0].process, svc.id());
  EXPECT_EQ(sites[1].process, emu_.default_process().id());
  EXPECT_NE(sites[0].return_address, nullptr);
  EXPECT_EQ(sites[0].return_address, sites[1].return_address);
  EXPECT_NE(sites[1].return_address, sites[2].return_address);
}

TEST_F(ApiCallFaultTest, InjectedCodeIsReturnedAndCounted) {
  ASSERT_TRUE(emu_.faults()
                  .Add({.api = "TestRead", .nth = 2, .code = 0x8032000D})
                  .ok());
  EXPECT_EQ(TestRead(), 0u);
  EXPECT_EQ(TestOpen(), 0u);
  EXPECT_EQ(TestRead(), 0x8032000Du);
  EXPECT_EQ(TestRead(), 0u);
  EXPECT_EQ(emu_.faults().injected_count(), 1u);
  const std::string text = emu_.trace().ToText();
  EXPECT_THAT(text, HasSubstr("TestRead() -> 0x8032000D (injected)"));
}

TEST_F(ApiCallFaultTest, UnsupportedEntryPointIsReportedByName) {
  EXPECT_THAT(emu_.verifier().reports(), IsEmpty());
  TestOpen();
  EXPECT_EQ(emu_.verifier().count(), 0u);
  TestMissing();
  const auto reports = emu_.verifier().reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].function, "TestMissing");
  EXPECT_THAT(reports[0].problem, HasSubstr("unmodelled"));
  EXPECT_EQ(reports[0].process, emu_.default_process().id());
}

// The client: three entry points from three call sites, plus one that
// cannot fail. Records which calls failed.
std::vector<std::string> g_failed;
__attribute__((noinline)) void StepOpen() {
  if (TestOpen() != 0) g_failed.push_back("open");
}
__attribute__((noinline)) void StepRead() {
  if (TestRead() != 0) g_failed.push_back("read");
}
__attribute__((noinline)) void StepClose() {
  if (TestClose() != 0) g_failed.push_back("close");
}
__attribute__((noinline)) void Client() {
  StepOpen();
  TestNeverFails();
  StepRead();
  TestNeverFails();
  StepClose();
  g_failed.push_back("|");  // end of run
}

TEST_F(ApiCallFaultTest, SweepFailsEachSiteOnceInOrder) {
  g_failed.clear();
  FaultSweep sweep(&emu_.faults());
  int loops = 0;
  while (sweep.Next()) {
    Client();
    ASSERT_LT(++loops, 10);
  }
  EXPECT_EQ(sweep.runs(), 4);
  EXPECT_THAT(g_failed, ::testing::ElementsAre("open", "|", "read", "|",
                                               "close", "|", "|"));
  const auto& sites = sweep.failed_sites();
  ASSERT_EQ(sites.size(), 3u);
  EXPECT_EQ(sites[0].api, &kOpenInfo);
  EXPECT_EQ(sites[1].api, &kReadInfo);
  EXPECT_EQ(sites[2].api, &kCloseInfo);
  EXPECT_NE(sites[0].return_address, sites[1].return_address);
  EXPECT_NE(sites[1].return_address, sites[2].return_address);
  EXPECT_EQ(emu_.faults().injected_count(), 3u);
  EXPECT_FALSE(sweep.Next());
  // Disarmed: the client runs clean again.
  g_failed.clear();
  Client();
  EXPECT_THAT(g_failed, ::testing::ElementsAre("|"));
}

TEST_F(ApiCallFaultTest, SweepTreatsTwoCallSitesOfOneEntryPointApart) {
  FaultSweep sweep(&emu_.faults());
  std::vector<uint32_t> results;
  while (sweep.Next()) {
    results.push_back(OpenFromSiteOne());
    results.push_back(OpenFromSiteTwo());
  }
  EXPECT_EQ(sweep.runs(), 3);
  EXPECT_THAT(results,
              ::testing::ElementsAre(0x80320001, 0, 0, 0x80320001, 0, 0));
}

}  // namespace
}  // namespace winemu
