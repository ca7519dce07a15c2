// Copyright winemu authors.
//
// client_fuzz.h: fuzz your own Windows client code with libFuzzer.
//
// A ClientFuzzer is a fresh deterministic emulator whose every nondeterminism
// is chosen by the fuzzer's bytes: which calls fail and with which of their
// documented codes, where enumeration pages are cut, the order in which due
// asynchronous completions run, when the virtual clock moves (so timeouts
// fire) and when communication ports disconnect. The client is ordinary
// Windows code:
//
//   #include "emu/testing/client_fuzz.h"
//   extern "C" int RunMyFirewallClient(void);  // Windows headers only
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//     winemu::testing::ClientFuzzer fuzz(data, size);
//     fuzz.Run([] { RunMyFirewallClient(); });
//     return 0;
//   }
//
// The model. Run() calls the client on the calling thread, as a spawned
// elevated process. At each emulated call the client makes, before the call
// runs, one byte decides what happens first (its bits, see kFail..kDrain):
// some due completions run, in an order the following bytes choose (as a
// pool of worker threads may run them); the virtual clock moves forward; a
// live filter-communication connection ends as FltMgr ends it at unload
// (waiting I/O fails with STATUS_PORT_DISCONNECTED, DisconnectNotify runs);
// and the call fails with one of its entry point's documented codes. Calls
// that release something (Close*, Destroy*, Free*, Unregister*) never fail:
// Windows does not fail them for a valid argument. With
// cut_enumeration_pages, every Fwpm*Enum0 page reads one byte for where it
// is cut. When the client returns, completions
// still queued run in byte-chosen order while the clock moves on; the bytes
// running out means "no fault, no cut, first task first".
//
// The verdict: whatever the client left open or unfreed when it returned
// (leaks, with where each was created), misuse the verifier saw (double
// close, use after close, stale handles), and anything still open after the
// process was terminated. A finding goes to the failure hook; the default
// prints it with the calls that led to it and aborts, which libFuzzer
// records as a crash and saves the input.
//
// Limits: the client runs on one thread and nothing else pumps the queue, so
// a client that blocks waiting for a completion (an event only a queued task
// sets) never wakes; such code must be fuzzed up to its wait. Reproducible
// results need a single-threaded client.
#ifndef WINEMU_EMU_TESTING_CLIENT_FUZZ_H_
#define WINEMU_EMU_TESTING_CLIENT_FUZZ_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "emu/core/emulator.h"

namespace winemu::testing {

// The fuzzer's bytes, read front to back; zeros once they run out.
class FuzzBytes {
 public:
  FuzzBytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  // A value in [0, n); reads nothing when n <= 1.
  uint32_t Below(uint32_t n);
  size_t consumed() const { return pos_; }

 private:
  const uint8_t* const data_;
  const size_t size_;
  size_t pos_ = 0;
};

// The bits of the byte read at each call.
enum ClientFuzzAction : uint8_t {
  kFail = 0x01,        // this call fails (the next byte picks the code)
  kRunSome = 0x02,     // 1-4 due completions run (each picked by a byte)
  kAdvance = 0x04,     // the clock moves (the next byte picks how far)
  kDisconnect = 0x08,  // a live port connection ends (a byte picks which)
  kDrain = 0x10,       // every due completion runs, in byte-chosen order
};

struct ClientFuzzFinding {
  LeakReport leaks_at_return;   // open or unfreed when the client returned
  LeakReport leaks_after_exit;  // still there after process termination
  std::vector<VerifierReport> misuse;
  std::vector<std::string> decisions;  // what the bytes chose, in order
  std::string trace;                   // the last calls
  std::string ToString() const;
};

struct ClientFuzzOptions {
  // The process the client runs as.
  ProcessOptions process = EmulatorOptions::ElevatedClient();
  // The client closes and frees everything before it returns. False for
  // clients that keep state by design: then only what survives process
  // termination, and misuse, are findings.
  bool expect_clean_return = true;
  // Which entry points may fail. Null: every one with a code to return,
  // except releases (see above).
  std::function<bool(const ApiInfo&)> may_fail;
  // Receives each finding. Null: print it to stderr and abort().
  std::function<void(const ClientFuzzFinding&)> on_finding;
  // Lets the bytes cut Fwpm*Enum0 pages short, the next call going on after
  // the cut. Off by default: on Windows a short page ends the enumeration
  // (numEntriesReturned < numEntriesRequested), so a cut departs from
  // Windows; turn it on only for a client that reads until a page is empty.
  bool cut_enumeration_pages = false;
};

class ClientFuzzer {
 public:
  ClientFuzzer(const uint8_t* data, size_t size,
               ClientFuzzOptions options = {});
  ~ClientFuzzer();
  ClientFuzzer(const ClientFuzzer&) = delete;
  ClientFuzzer& operator=(const ClientFuzzer&) = delete;

  // The emulator, to seed state (peers, files, providers) before Run().
  Emulator& emulator() { return emu_; }

  // Runs the client once, then delivers what is queued, checks for leaks,
  // terminates the process and checks again. True if nothing was found.
  bool Run(const std::function<void()>& client);

  // The default may_fail: not a release, and a code to fail with.
  static bool MayFailByDefault(const ApiInfo& api);

 private:
  class Driver;
  Emulator emu_;
  ClientFuzzOptions options_;
  std::unique_ptr<Driver> driver_;
};

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_CLIENT_FUZZ_H_
