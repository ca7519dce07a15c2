// Copyright winemu authors.
//
// Progress: silent for quick work, periodic lines for slow work (on a fake
// clock: no sleeping, no timing assertions).
#include "tools/cli/progress.h"

#include <algorithm>
#include <functional>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

class ProgressTest : public ::testing::Test {
 protected:
  absl::Time now_ = absl::UnixEpoch();
  std::function<absl::Time()> clock_ = [this] { return now_; };
};

TEST_F(ProgressTest, QuickWorkPrintsNothing) {
  ::testing::internal::CaptureStderr();
  {
    Progress p("replayed", "inputs", 3, clock_);
    for (int i = 1; i <= 3; ++i) {
      now_ += absl::Milliseconds(100);
      p.Update(i);
    }
  }
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), IsEmpty());
}

TEST_F(ProgressTest, SlowWorkPrintsAtMostTwiceASecondAndAFinalCount) {
  ::testing::internal::CaptureStderr();
  {
    Progress p("replayed", "inputs", 500, clock_);
    for (int i = 1; i <= 500; ++i) {
      now_ += absl::Milliseconds(10);  // 5 s in all
      p.Update(i, "seed_" + std::to_string(i));
    }
  }
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_THAT(err, HasSubstr("replayed 100/500 inputs: seed_100\n"));
  EXPECT_THAT(err, HasSubstr("replayed 150/500 inputs: seed_150\n"));
  EXPECT_EQ(err.find("replayed 99/500"), std::string::npos);
  EXPECT_THAT(err, HasSubstr("replayed 500/500 inputs\n"));
  // Seconds 1 to 5, two a second, plus the final count.
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 10);
}

}  // namespace
}  // namespace winemu::cli
