// Copyright winemu authors.
//
// Fuzzes the demo's firewall client (tools/demo/wfp_example.cc) through
// ClientFuzzer: the input decides which calls fail and how, where
// enumeration pages are cut, when completions run and time moves. A leak or a
// misuse report aborts, which libFuzzer records as a crash.
#include <cstddef>
#include <cstdint>

#include "emu/testing/client_fuzz.h"

extern "C" int WfpExample(void);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  winemu::testing::ClientFuzzer fuzz(data, size);
  fuzz.Run([] { WfpExample(); });
  return 0;
}
