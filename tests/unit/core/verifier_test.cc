// Copyright winemu authors.
//
// Unit tests of Verifier: the three policies, the sink, report text.
#include "emu/core/verifier.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

VerifierReport DoubleClose() {
  return VerifierReport{"FwpmEngineClose0", "0x1004", "handle already closed",
                        1000, 42};
}

TEST(VerifierTest, DefaultPolicyRecords) {
  Verifier verifier;
  EXPECT_EQ(verifier.policy(), VerifierPolicy::kRecord);
  EXPECT_EQ(verifier.count(), 0u);
  EXPECT_THAT(verifier.reports(), IsEmpty());
}

TEST(VerifierTest, RecordStoresReportsInOrderWithoutCallingTheSink) {
  Verifier verifier;
  verifier.set_policy(VerifierPolicy::kRecord);
  int sink_calls = 0;
  verifier.set_sink([&](const VerifierReport&) { ++sink_calls; });
  verifier.Report(DoubleClose());
  verifier.Report({"FltClose", "NULL", "NULL handle", 4, 43});
  EXPECT_EQ(sink_calls, 0);
  ASSERT_EQ(verifier.count(), 2u);
  const auto reports = verifier.reports();
  EXPECT_EQ(reports[0].function, "FwpmEngineClose0");
  EXPECT_EQ(reports[0].subject, "0x1004");
  EXPECT_EQ(reports[0].problem, "handle already closed");
  EXPECT_EQ(reports[0].process, 1000u);
  EXPECT_EQ(reports[0].trace_seq, 42u);
  EXPECT_EQ(reports[1].function, "FltClose");
  EXPECT_EQ(reports[1].process, 4u);
}

TEST(VerifierTest, FailTestHandsTheReportToTheSinkAndKeepsIt) {
  Verifier verifier;
  verifier.set_policy(VerifierPolicy::kFailTest);
  EXPECT_EQ(verifier.policy(), VerifierPolicy::kFailTest);
  std::vector<std::string> sunk;
  verifier.set_sink(
      [&](const VerifierReport& r) { sunk.push_back(r.function); });
  verifier.Report(DoubleClose());
  EXPECT_THAT(sunk, ::testing::ElementsAre("FwpmEngineClose0"));
  EXPECT_EQ(verifier.count(), 1u);
}

TEST(VerifierTest, FailTestWithoutSinkDoesNotCrash) {
  Verifier verifier;
  verifier.set_policy(VerifierPolicy::kFailTest);
  ::testing::internal::CaptureStderr();
  verifier.Report(DoubleClose());
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(verifier.count(), 1u);
  EXPECT_THAT(err, HasSubstr("FwpmEngineClose0"));
}

TEST(VerifierDeathTest, AbortPrintsTheReportAndAborts) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Verifier verifier;
  verifier.set_policy(VerifierPolicy::kAbort);
  EXPECT_DEATH(verifier.Report(DoubleClose()),
               "FwpmEngineClose0\\(0x1004\\): handle already closed");
}

TEST(VerifierTest, ToStringNamesFunctionSubjectAndProblem) {
  const std::string text = DoubleClose().ToString();
  EXPECT_THAT(text, HasSubstr("FwpmEngineClose0"));
  EXPECT_THAT(text, HasSubstr("0x1004"));
  EXPECT_THAT(text, HasSubstr("handle already closed"));
  EXPECT_THAT(text, HasSubstr("process 1000"));
  EXPECT_THAT(text, HasSubstr("#42"));
}

TEST(VerifierTest, ClearDropsReportsButKeepsPolicy) {
  Verifier verifier;
  verifier.set_policy(VerifierPolicy::kFailTest);
  verifier.set_sink([](const VerifierReport&) {});
  verifier.Report(DoubleClose());
  verifier.Report(DoubleClose());
  EXPECT_EQ(verifier.count(), 2u);
  verifier.Clear();
  EXPECT_EQ(verifier.count(), 0u);
  EXPECT_THAT(verifier.reports(), IsEmpty());
  EXPECT_EQ(verifier.policy(), VerifierPolicy::kFailTest);
  verifier.Report(DoubleClose());
  EXPECT_EQ(verifier.count(), 1u);
}

}  // namespace
}  // namespace winemu
