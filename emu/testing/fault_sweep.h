// Copyright winemu authors.
//
// fault_sweep.h: runs client code again and again, each run failing one more
// distinct call site, and reports the sites the client mishandled.
//
// A call site is an entry point plus the client's return address. Run 0 (the
// baseline) injects nothing. Every later run fails the first call, at a site
// not failed before, with the entry point's sweep code (ApiInfo::sweep_code);
// the sweep ends when a run reaches no new site (or after max_runs). Each run
// happens in a forked child process with a fresh emulator, so a crash or a
// hang of the client is a finding, not the end of the test, and the client's
// globals start fresh each time.
//
//   winemu::testing::FaultSweepReport report = winemu::testing::RunFaultSweep(
//       {.hang_bound = absl::Seconds(5)},
//       [](winemu::Emulator& emu) { return WfpExample() == 0; });
//   EXPECT_THAT(report.mishandled(), IsEmpty()) << report.ToText();
//
// Verdicts, per failed site (a site can earn several; the most severe names
// it):
//   crashed  the child died of a signal, or exited on its own, before the
//            body returned or while the emulator was torn down;
//   hung     the run took longer than hang_bound; the child is killed;
//   ignored error  the client went on as if the failed call had succeeded:
//            (a) after the injected failure, a call was refused for an
//            invalid handle or parameter (ERROR_INVALID_HANDLE / _PARAMETER,
//            E_HANDLE / E_INVALIDARG, STATUS_INVALID_HANDLE / _PARAMETER, or
//            FALSE with last error 6 / 87) more often, for that entry point
//            and code, than in the whole baseline run: the client used what
//            the failed call never produced (a NULL or INVALID_HANDLE_VALUE
//            handle, an unset out-parameter); or
//            (b) the verifier filed a report the baseline run did not; or
//            (c) the body reported success although the failure was
//            injected (a body that legitimately recovers, e.g. by retrying,
//            sets `success_means_ignored = false`);
//   leaked   after the body returned and pending asynchronous work was
//            drained, the emulator holds handles or allocations (of any
//            process, kernel objects included) beyond what the baseline run
//            left: what the process would only get back by exiting.
//
// Release entry points (whose name contains Close, Destroy, Abort, Free or
// Unregister: they give back what an earlier call returned) are not failed
// unless `fail_releases` is set: a client cannot recover from a failed
// release, and what stays open afterwards is the injection's doing.
//
// The body runs in the child: gtest assertions inside it are not seen by the
// test; return the client's result instead. Call RunFaultSweep while no
// other thread of the test uses an emulator (fork copies only the calling
// thread).
#ifndef WINEMU_EMU_TESTING_FAULT_SWEEP_H_
#define WINEMU_EMU_TESTING_FAULT_SWEEP_H_

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/emulator.h"

namespace winemu::testing {

struct FaultSweepOptions {
  // A run (one child process) taking longer is a hang; the child is killed.
  absl::Duration hang_bound = absl::Seconds(10);
  // At most this many runs after the baseline; the report says if it stopped
  // early.
  int max_runs = 200;
  // Each run's emulator. Threaded by default, as the example clients expect.
  EmulatorOptions emulator_options;
  // Also fail release entry points (see above).
  bool fail_releases = false;
  // Entry points never failed.
  std::vector<std::string> skip_apis;
  // Rule (c) of "ignored error": success despite an injected failure.
  bool success_means_ignored = true;
  // Send the children's stdout (the client's printf) to /dev/null.
  bool quiet = true;
};

enum class Verdict { kOk, kLeaked, kIgnoredError, kHung, kCrashed };
const char* VerdictName(Verdict verdict);

struct Finding {
  Verdict verdict;
  std::string what;  // e.g. "WFP engine session from FwpmEngineOpen0"
};

// One failed call site and how the client took it.
struct SiteResult {
  std::string api;             // the entry point, e.g. "FwpmEngineOpen0"
  const void* return_address;  // in the client's code
  std::string caller;     // symbolized: "WfpExample+0x1c4" or "lib.so+0x..."
  int index = 0;          // the n-th site of this entry point (1-based)
  int run = 0;            // the run that failed it
  uint32_t code = 0;      // the injected code (bit pattern)
  std::string code_text;  // formatted as the trace formats it
  std::vector<Finding> findings;  // empty: handled well

  // The most severe finding, or kOk.
  Verdict verdict() const;
  bool Has(Verdict verdict) const;
  std::string ToText() const;  // one line per site, then one per finding
};
std::ostream& operator<<(std::ostream& os, const SiteResult& site);

// How a run ended, as the parent saw it.
struct RunOutcome {
  bool completed = false;  // the body returned and results arrived
  bool body_succeeded = false;
  bool hung = false;
  int signal = 0;                             // the child died of this signal
  int exit_status = 0;                        // or exited with this status
  std::vector<std::string> leaks;             // "type from API" per item
  std::vector<std::string> verifier_reports;  // ToString() of each
  // After the injected failure: "API -> result" of invalid-handle failures.
  std::vector<std::string> handle_errors;
};

struct FaultSweepReport {
  RunOutcome baseline;            // run 0, nothing injected
  std::vector<SiteResult> sites;  // in the order they were failed
  int runs = 0;                   // after the baseline
  bool capped = false;            // stopped at max_runs with sites left
  int sites_reached = 0;          // distinct failable sites any run reached

  // Sites with at least one finding.
  std::vector<SiteResult> mishandled() const;
  // Problems of the baseline run itself (it crashed, hung, failed, leaked or
  // drew verifier reports); empty when clean.
  std::vector<std::string> baseline_problems() const;
  std::string ToText() const;
};

// The body returns bool (true: success) or an integer (0: success, as a
// main() or the example clients do).
FaultSweepReport RunFaultSweepImpl(const FaultSweepOptions& options,
                                   const std::function<bool(Emulator&)>& body);

template <typename Body>
FaultSweepReport RunFaultSweep(const FaultSweepOptions& options, Body body) {
  return RunFaultSweepImpl(options, [&body](Emulator& emu) -> bool {
    using Result = std::invoke_result_t<Body&, Emulator&>;
    if constexpr (std::is_same_v<Result, bool>) {
      return body(emu);
    } else {
      return body(emu) == 0;
    }
  });
}

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_FAULT_SWEEP_H_
