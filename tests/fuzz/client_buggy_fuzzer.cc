// Copyright winemu authors.
//
// Fuzzes a firewall client with a seeded bug
// (testdata/buggy_clients/fuzz_buggy_firewall.cc): it leaks its session when
// FwpmFilterAdd0 fails inside its transaction. libFuzzer should report the
// leak within seconds; its seed corpus holds only inputs that do not reach
// the bug, so the replay test passes.
#include <cstddef>
#include <cstdint>

#include "emu/testing/client_fuzz.h"

extern "C" int FuzzBuggyFirewall(void);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  winemu::testing::ClientFuzzer fuzz(data, size);
  fuzz.Run([] { FuzzBuggyFirewall(); });
  return 0;
}
