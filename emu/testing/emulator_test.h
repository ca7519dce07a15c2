// Copyright winemu authors.
//
// emulator_test.h: a fresh emulator for every test, checked at its end.
//
// Either derive the test fixture from EmulatorTest:
//
//   class MyServiceTest : public winemu::testing::EmulatorTest {};
//   TEST_F(MyServiceTest, ClosesWhatItOpens) {
//     RunMyService();
//     emu().queue().RunUntilIdle();
//   }  // TearDown: anything left open fails the test, naming what and where
//
// or register the listener once in main() and write plain TESTs:
//
//   int main(int argc, char** argv) {
//     ::testing::InitGoogleTest(&argc, argv);
//     winemu::testing::InstallEmulatorPerTest({.emulator = {
//         .mode = winemu::EmulatorMode::kThreaded}});
//     return RUN_ALL_TESTS();
//   }
//
// (or ::testing::AddGlobalTestEnvironment(new EmulatorEnvironment(...))).
// Leaks (handles by type, FwpmFreeMemory0 arrays, security descriptors, pool
// allocations, Wi-Fi Direct sessions) become failures of the test that made
// them, with the creating entry point, its trace position and, with
// `capture_stacks`, the client's stack. Verifier reports fail the test as
// they happen (kFailTest) or, with kRecord, are left to the test.
#ifndef WINEMU_EMU_TESTING_EMULATOR_TEST_H_
#define WINEMU_EMU_TESTING_EMULATOR_TEST_H_

#include <memory>

#include "emu/testing/test_emulator.h"
#include "gtest/gtest.h"

namespace winemu::testing {

struct EmulatorPerTestOptions {
  TestEmulatorOptions emulator;
  bool check_leaks = true;
};

// Waits for (threaded) or leaves (deterministic) pending work, then fails
// the current test with every leak; destroys nothing.
void CheckAtTestEnd(TestEmulator& emu, const EmulatorPerTestOptions& options);

class EmulatorTest : public ::testing::Test {
 protected:
  explicit EmulatorTest(EmulatorPerTestOptions options = {});
  ~EmulatorTest() override;
  void TearDown() override;

  TestEmulator& emu() { return *emu_; }

 private:
  const EmulatorPerTestOptions options_;
  std::unique_ptr<TestEmulator> emu_;
};

// A TestEmulator per test, created before the fixture and checked and
// destroyed after it.
class EmulatorPerTestListener : public ::testing::EmptyTestEventListener {
 public:
  explicit EmulatorPerTestListener(EmulatorPerTestOptions options = {})
      : options_(options) {}
  void OnTestStart(const ::testing::TestInfo& info) override;
  void OnTestEnd(const ::testing::TestInfo& info) override;

  // The running test's emulator (null between tests).
  static TestEmulator* current();

 private:
  const EmulatorPerTestOptions options_;
  std::unique_ptr<TestEmulator> emulator_;
};

// Appends an EmulatorPerTestListener to the running gtest program's
// listeners (after InitGoogleTest, before RUN_ALL_TESTS).
void InstallEmulatorPerTest(EmulatorPerTestOptions options = {});

// The same as an Environment, for programs that register environments.
class EmulatorEnvironment : public ::testing::Environment {
 public:
  explicit EmulatorEnvironment(EmulatorPerTestOptions options = {})
      : options_(options) {}
  void SetUp() override { InstallEmulatorPerTest(options_); }

 private:
  const EmulatorPerTestOptions options_;
};

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_EMULATOR_TEST_H_
