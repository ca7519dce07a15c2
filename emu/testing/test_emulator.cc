// Copyright winemu authors.
#include "emu/testing/test_emulator.h"

#include "gtest/gtest.h"

namespace winemu::testing {
namespace {

EmulatorOptions ToEmulatorOptions(const TestEmulatorOptions& options) {
  EmulatorOptions out;
  out.mode = options.mode;
  out.verifier_policy = options.verifier_policy;
  out.trace = options.trace;
  return out;
}

}  // namespace

TestEmulator::TestEmulator(TestEmulatorOptions options)
    : Emulator(ToEmulatorOptions(options)) {
  verifier().set_sink([](const VerifierReport& report) {
    ADD_FAILURE() << report.ToString();
  });
}

void TestEmulator::ExpectNoLeaks() const {
  const LeakReport leaks = Leaks();
  EXPECT_TRUE(leaks.empty()) << leaks.ToString();
}

}  // namespace winemu::testing
