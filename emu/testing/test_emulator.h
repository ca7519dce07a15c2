// Copyright winemu authors.
//
// test_emulator.h: a fresh, isolated, deterministic emulator for one test.
//
// While it lives it is the current emulator, so Windows client code under
// test talks to it. Misuse the verifier detects fails the test; at the end,
// ExpectNoLeaks() fails the test with what is still open and where it was
// created: the entry point, its position in the trace and, with
// `capture_stacks`, the client's call stack.
//
//   TEST(MyClient, ClosesItsSession) {
//     winemu::testing::TestEmulator emu;
//     RunMyClient();
//     emu.queue().RunUntilIdle();   // deliver asynchronous completions
//     emu.ExpectNoLeaks();
//   }
//
// emulator_test.h has a fixture and a listener that do this for every test.
#ifndef WINEMU_EMU_TESTING_TEST_EMULATOR_H_
#define WINEMU_EMU_TESTING_TEST_EMULATOR_H_

#include <memory>
#include <string>

#include "emu/core/emulator.h"

namespace winemu::testing {

struct TestEmulatorOptions {
  EmulatorMode mode = EmulatorMode::kDeterministic;
  // Verifier reports fail the current test (kFailTest) unless changed.
  VerifierPolicy verifier_policy = VerifierPolicy::kFailTest;
  bool trace = true;
  // Records the client's call stack of every traced call (backtrace()), so
  // a leak report shows where the leaked object was created. Off by default:
  // it costs a stack walk per call.
  bool capture_stacks = false;
};

class StackRecorder;

class TestEmulator : public Emulator {
 public:
  explicit TestEmulator(TestEmulatorOptions options = {});
  ~TestEmulator();

  // Adds a test failure listing every open handle and unfreed allocation.
  void ExpectNoLeaks() const;
  // Adds a test failure for each verifier report recorded so far.
  void ExpectNoVerifierReports();

  // What `leaks` holds, grouped by type, each with the entry point that
  // created it, its trace position and (with capture_stacks) a stack.
  std::string DescribeLeaks(const LeakReport& leaks) const;

  // The symbolized client stack of the call with trace position `seq`;
  // empty unless capture_stacks is on and the call was traced.
  std::string StackOf(uint64_t seq) const;

 private:
  std::unique_ptr<StackRecorder> stacks_;
};

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_TEST_EMULATOR_H_
