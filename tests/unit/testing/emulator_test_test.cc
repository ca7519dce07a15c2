// Copyright winemu authors.
//
// The EmulatorTest fixture, the per-test listener and the leak report: what
// leaked, by type, where it was created (entry point, trace position and,
// when asked for, the client's stack).
#include "emu/testing/emulator_test.h"

#include <fwpmu.h>
#include <windows.h>

#include "gmock/gmock.h"
#include "gtest/gtest-spi.h"
#include "gtest/gtest.h"

// Client code, with external linkage: a stack names such functions.
HANDLE OpenEngine() {
  HANDLE engine = nullptr;
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
      static_cast<DWORD>(ERROR_SUCCESS));
  return engine;
}

__attribute__((noinline)) void LeakAnEngineFromHere() { OpenEngine(); }

namespace winemu::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class FixtureTest : public EmulatorTest {};

TEST_F(FixtureTest, EachTestGetsItsOwnCurrentEmulator) {
  EXPECT_EQ(&Emulator::Current(), &emu());
  EXPECT_EQ(emu().mode(), EmulatorMode::kDeterministic);
  HANDLE engine = OpenEngine();
  EXPECT_EQ(FwpmEngineClose0(engine), static_cast<DWORD>(ERROR_SUCCESS));
}  // TearDown finds nothing open

TEST_F(FixtureTest, TheNextTestStartsEmpty) {
  EXPECT_TRUE(emu().Leaks().empty());
  EXPECT_EQ(emu().trace().size(), 0u);
}

TEST(LeakReportTest, NamesTypeCountCreatorAndTracePosition) {
  TestEmulator emu;
  OpenEngine();
  OpenEngine();
  const std::string text = emu.DescribeLeaks(emu.Leaks());
  EXPECT_THAT(text, HasSubstr("2 leak(s)"));
  EXPECT_THAT(text, HasSubstr("2 x WFP engine session handle (close with "
                              "FwpmEngineClose0)"));
  EXPECT_THAT(text, HasSubstr("created by FwpmEngineOpen0 (trace #1)"));
  EXPECT_THAT(text, HasSubstr("created by FwpmEngineOpen0 (trace #2)"));
  EXPECT_THAT(text, Not(HasSubstr("#0 ")));  // no stacks unless asked
  EXPECT_TRUE(emu.TerminateProcess(emu.default_process().id()));
}

TEST(LeakReportTest, UnfreedEnumArraysAreReported) {
  TestEmulator emu;
  HANDLE engine = OpenEngine();
  HANDLE enum_handle = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine, nullptr, &enum_handle),
            static_cast<DWORD>(ERROR_SUCCESS));
  FWPM_SESSION0** sessions = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSessionEnum0(engine, enum_handle, 10, &sessions, &n),
            static_cast<DWORD>(ERROR_SUCCESS));
  FwpmSessionDestroyEnumHandle0(engine, enum_handle);
  FwpmEngineClose0(engine);
  const std::string text = emu.DescribeLeaks(emu.Leaks());
  EXPECT_THAT(text, HasSubstr("1 leak(s)"));
  EXPECT_THAT(text, HasSubstr("free with FwpmFreeMemory0"));
  EXPECT_THAT(text, HasSubstr("created by FwpmSessionEnum0"));
  FwpmFreeMemory0(reinterpret_cast<void**>(&sessions));
  EXPECT_TRUE(emu.Leaks().empty());
}

TEST(LeakReportTest, CapturedStacksShowWhereTheClientCreatedIt) {
  TestEmulator emu({.capture_stacks = true});
  LeakAnEngineFromHere();
  const LeakReport leaks = emu.Leaks();
  ASSERT_EQ(leaks.handles.size(), 1u);
  const std::string stack = emu.StackOf(leaks.handles[0].trace_seq);
  EXPECT_THAT(stack, HasSubstr("#0 "));
  EXPECT_THAT(stack, HasSubstr("OpenEngine"));
  EXPECT_THAT(stack, HasSubstr("LeakAnEngineFromHere"));
  EXPECT_THAT(emu.DescribeLeaks(leaks), HasSubstr("LeakAnEngineFromHere"));
  EXPECT_TRUE(emu.TerminateProcess(emu.default_process().id()));
}

TEST(LeakReportTest, ALeakAtTheEndFailsTheTest) {
  TestEmulator emu;
  OpenEngine();
  EXPECT_NONFATAL_FAILURE(CheckAtTestEnd(emu, {}),
                          "1 x WFP engine session handle");
  EXPECT_TRUE(emu.TerminateProcess(emu.default_process().id()));
  CheckAtTestEnd(emu, {});  // nothing left: no failure
}

TEST(LeakReportTest, VerifierReportsFailTheTest) {
  EXPECT_NONFATAL_FAILURE(
      {
        TestEmulator emu;
        HANDLE engine = OpenEngine();
        FwpmEngineClose0(engine);
        FwpmEngineClose0(engine);  // double close: misuse
      },
      "FwpmEngineClose0");
}

TEST(EmulatorPerTestListenerTest, GivesAFreshEmulatorAndChecksIt) {
  EmulatorPerTestListener listener;
  const ::testing::TestInfo& info =
      *::testing::UnitTest::GetInstance()->current_test_info();
  listener.OnTestStart(info);
  TestEmulator* emu = EmulatorPerTestListener::current();
  ASSERT_NE(emu, nullptr);
  EXPECT_EQ(&Emulator::Current(), emu);
  OpenEngine();
  EXPECT_NONFATAL_FAILURE(listener.OnTestEnd(info),
                          "created by FwpmEngineOpen0");
  EXPECT_EQ(EmulatorPerTestListener::current(), nullptr);
}

}  // namespace
}  // namespace winemu::testing
