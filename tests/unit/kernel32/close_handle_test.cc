// Copyright winemu authors.
//
// CloseHandle routes by object type: it closes kernel objects through their
// one close path and refuses (with a verifier report) the handles of other
// families, stale handles and other processes' handles.
#include <windows.h>

#include <memory>

#include "emu/core/emulator.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;

const winemu::ObjectType kKernelObject = {"test event", "CloseHandle", true};
const winemu::ObjectType kFamilyObject = {"test session", "TestClose0", false};

class Recorder : public winemu::Object {
 public:
  Recorder(const winemu::ObjectType &type, int *closes)
      : Object(type), closes_(closes) {}

 protected:
  void OnClose(winemu::CloseReason) override { ++*closes_; }

 private:
  int *closes_;
};

class CloseHandleTest : public ::testing::Test {
 protected:
  HANDLE Open(const winemu::ObjectType &type, int *closes,
              winemu::Process *owner = nullptr) {
    owner = owner ? owner : &emu_.default_process();
    return reinterpret_cast<HANDLE>(emu_.handles().Insert(
        owner->id(), std::make_shared<Recorder>(type, closes), "test", 0));
  }
  int closes_ = 0;  // declared first: it outlives the emulator's teardown
  winemu::testing::TestEmulator emu_{
      {.verifier_policy = winemu::VerifierPolicy::kRecord}};
};

TEST_F(CloseHandleTest, ClosesKernelObjectsOnce) {
  HANDLE h = Open(kKernelObject, &closes_);
  EXPECT_EQ(CloseHandle(h), TRUE);
  EXPECT_EQ(closes_, 1);
  SetLastError(0);
  EXPECT_EQ(CloseHandle(h), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(closes_, 1);
  // The double close is misuse, named in a report.
  ASSERT_THAT(emu_.verifier().reports(), SizeIs(1));
  EXPECT_EQ(emu_.verifier().reports()[0].function, "CloseHandle");
  EXPECT_THAT(emu_.verifier().reports()[0].problem, HasSubstr("stale"));
}

TEST_F(CloseHandleTest, RefusesHandlesOfOtherFamilies) {
  HANDLE h = Open(kFamilyObject, &closes_);
  SetLastError(0);
  EXPECT_EQ(CloseHandle(h), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(closes_, 0);
  EXPECT_EQ(emu_.handles().size(), 1u);  // still open
  ASSERT_THAT(emu_.verifier().reports(), SizeIs(1));
  EXPECT_THAT(emu_.verifier().reports()[0].problem, HasSubstr("TestClose0"));
}

TEST_F(CloseHandleTest, RefusesOtherProcessesHandles) {
  winemu::Process &other = emu_.SpawnProcess();
  HANDLE h = Open(kKernelObject, &closes_, &other);
  SetLastError(0);
  EXPECT_EQ(CloseHandle(h), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(closes_, 0);
  {
    winemu::ScopedProcess as(other);
    EXPECT_EQ(CloseHandle(h), TRUE);
  }
  EXPECT_EQ(closes_, 1);
}

TEST_F(CloseHandleTest, InjectedFailureLeavesTheHandleOpen) {
  HANDLE h = Open(kKernelObject, &closes_);
  ASSERT_TRUE(
      emu_.faults()
          .Add(
              {.api = "CloseHandle", .nth = 1, .code = ERROR_NOT_ENOUGH_MEMORY})
          .ok());
  SetLastError(0);
  EXPECT_EQ(CloseHandle(h), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_NOT_ENOUGH_MEMORY);
  EXPECT_EQ(closes_, 0);
  EXPECT_EQ(CloseHandle(h), TRUE);  // the rule fired once and retired
  EXPECT_EQ(closes_, 1);
}

TEST_F(CloseHandleTest, IsTraced) {
  CloseHandle(NULL);
  EXPECT_THAT(emu_.trace().ToText(),
              HasSubstr("CloseHandle((nil)) -> FALSE, last error 6"));
}

}  // namespace
