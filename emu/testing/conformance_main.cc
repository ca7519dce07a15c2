// Copyright winemu authors.
//
// conformance_main.cc: the main() of conformance tests.
//
// Conformance tests include only Windows headers, so they read like Windows
// code (and could be built against the real SDK). This main gives each test a
// fresh emulator in threaded mode, like a fresh Windows machine, and after
// each test reports what it left open (handles, unfreed memory) as a failure
// of the test program naming the test.
#include <memory>

#include "emu/testing/test_emulator.h"
#include "gtest/gtest.h"

namespace winemu::testing {
namespace {

class FreshEmulatorPerTest : public ::testing::EmptyTestEventListener {
 public:
  void OnTestStart(const ::testing::TestInfo&) override {
    TestEmulatorOptions options;
    options.mode = EmulatorMode::kThreaded;
    // Tests pin the codes of misuse (double close, ...); record, not fail.
    options.verifier_policy = VerifierPolicy::kRecord;
    emulator_ = std::make_unique<TestEmulator>(options);
  }

  void OnTestEnd(const ::testing::TestInfo& info) override {
    emulator_->queue().WaitUntilIdle();
    const LeakReport leaks = emulator_->Leaks();
    emulator_.reset();
    if (!leaks.empty()) {
      ADD_FAILURE() << info.test_suite_name() << "." << info.name()
                    << " leaked:\n"
                    << leaks.ToString();
    }
  }

 private:
  std::unique_ptr<TestEmulator> emulator_;
};

}  // namespace
}  // namespace winemu::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::UnitTest::GetInstance()->listeners().Append(
      new winemu::testing::FreshEmulatorPerTest);
  return RUN_ALL_TESTS();
}
