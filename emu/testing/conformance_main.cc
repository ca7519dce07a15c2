// Copyright winemu authors.
//
// conformance_main.cc: the main() of conformance tests.
//
// Conformance tests include only Windows headers, so they read like Windows
// code (and could be built against the real SDK). This main gives each test a
// fresh emulator in threaded mode, like a fresh Windows machine, and after
// each test reports what it left open (handles, unfreed memory) as a failure
// of that test, naming what leaked and where it was created.
#include "emu/testing/emulator_test.h"
#include "gtest/gtest.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  winemu::testing::EmulatorPerTestOptions options;
  options.emulator.mode = winemu::EmulatorMode::kThreaded;
  // Tests pin the codes of misuse (double close, ...); record, not fail.
  options.emulator.verifier_policy = winemu::VerifierPolicy::kRecord;
  winemu::testing::InstallEmulatorPerTest(options);
  return RUN_ALL_TESTS();
}
