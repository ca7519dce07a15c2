// Copyright winemu authors.
//
// test_emulator.h: a fresh, isolated, deterministic emulator for one test.
//
// While it lives it is the current emulator, so Windows client code under
// test talks to it. Misuse the verifier detects fails the test; at the end,
// ExpectNoLeaks() fails the test with what is still open and where it was
// created.
//
//   TEST(MyClient, ClosesItsSession) {
//     winemu::testing::TestEmulator emu;
//     RunMyClient();
//     emu.queue().RunUntilIdle();   // deliver asynchronous completions
//     emu.ExpectNoLeaks();
//   }
#ifndef WINEMU_EMU_TESTING_TEST_EMULATOR_H_
#define WINEMU_EMU_TESTING_TEST_EMULATOR_H_

#include "emu/core/emulator.h"

namespace winemu::testing {

struct TestEmulatorOptions {
  EmulatorMode mode = EmulatorMode::kDeterministic;
  // Verifier reports fail the current test (kFailTest) unless changed.
  VerifierPolicy verifier_policy = VerifierPolicy::kFailTest;
  bool trace = true;
};

class TestEmulator : public Emulator {
 public:
  explicit TestEmulator(TestEmulatorOptions options = {});

  // Adds a test failure listing every open handle and unfreed allocation.
  void ExpectNoLeaks() const;
};

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_TEST_EMULATOR_H_
