// Copyright winemu authors.
#include "emu/testing/emulator_test.h"

#include <atomic>

namespace winemu::testing {
namespace {
std::atomic<TestEmulator*> g_current{nullptr};
}  // namespace

void CheckAtTestEnd(TestEmulator& emu, const EmulatorPerTestOptions& options) {
  // Threaded work finishes as it would on Windows; deterministic work is the
  // test's to pump, and what it left pending shows up as a leak.
  if (emu.mode() == EmulatorMode::kThreaded) emu.queue().WaitUntilIdle();
  if (!options.check_leaks) return;
  const LeakReport leaks = emu.Leaks();
  if (leaks.empty()) return;
  const ::testing::TestInfo* info =
      ::testing::UnitTest::GetInstance()->current_test_info();
  ADD_FAILURE() << (info != nullptr ? info->test_suite_name() : "")
                << (info != nullptr ? "." : "")
                << (info != nullptr ? info->name() : "") << " leaked "
                << emu.DescribeLeaks(leaks);
}

EmulatorTest::EmulatorTest(EmulatorPerTestOptions options)
    : options_(options),
      emu_(std::make_unique<TestEmulator>(options_.emulator)) {}

EmulatorTest::~EmulatorTest() = default;

void EmulatorTest::TearDown() { CheckAtTestEnd(*emu_, options_); }

void EmulatorPerTestListener::OnTestStart(const ::testing::TestInfo&) {
  emulator_ = std::make_unique<TestEmulator>(options_.emulator);
  g_current.store(emulator_.get(), std::memory_order_release);
}

void EmulatorPerTestListener::OnTestEnd(const ::testing::TestInfo& info) {
  if (emulator_ == nullptr) return;
  CheckAtTestEnd(*emulator_, options_);
  g_current.store(nullptr, std::memory_order_release);
  emulator_.reset();
}

TestEmulator* EmulatorPerTestListener::current() {
  return g_current.load(std::memory_order_acquire);
}

void InstallEmulatorPerTest(EmulatorPerTestOptions options) {
  // Appended after the result printer: gtest calls OnTestEnd in reverse
  // order, so a leak is reported before the test's verdict is printed.
  ::testing::UnitTest::GetInstance()->listeners().Append(
      new EmulatorPerTestListener(options));
}

}  // namespace winemu::testing
