// Copyright winemu authors.
//
// verifier.h: the one place where misuse is detected and reported.
//
// Every misuse Windows documents as undefined behaviour or a bug check (a
// double close, use after close, freeing memory the API did not return, the
// wrong IRQL, a kernel routine called from user mode, an entry point winemu
// does not model) becomes a report naming the function, the handle or pointer
// and what was wrong. The policy decides what happens next.
//
//   emu.verifier().set_policy(VerifierPolicy::kRecord);
//   ... client code ...
//   EXPECT_THAT(emu.verifier().reports(), IsEmpty());
#ifndef WINEMU_EMU_CORE_VERIFIER_H_
#define WINEMU_EMU_CORE_VERIFIER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "emu/core/mutex.h"
#include "emu/core/process.h"

namespace winemu {

enum class VerifierPolicy {
  kRecord,    // keep the report; the caller decides
  kFailTest,  // keep it and hand it to the installed sink (a gtest failure)
  kAbort,     // print it and abort the process, like a bug check
};

struct VerifierReport {
  std::string function;  // the entry point that detected the misuse
  std::string subject;   // the handle or pointer, formatted
  std::string problem;   // what was wrong
  ProcessId process = 0;
  uint64_t trace_seq = 0;  // position in the call trace
  std::string ToString() const;
};

class Verifier {
 public:
  using Sink = std::function<void(const VerifierReport&)>;

  void set_policy(VerifierPolicy policy);
  VerifierPolicy policy() const;
  // The kFailTest sink; emu/testing installs one that fails the current test.
  void set_sink(Sink sink);

  // Never called with an engine lock held: the sink may call out.
  void Report(VerifierReport report);

  std::vector<VerifierReport> reports() const;
  size_t count() const;
  void Clear();

 private:
  mutable Mutex mu_;
  VerifierPolicy policy_ ABSL_GUARDED_BY(mu_) = VerifierPolicy::kRecord;
  Sink sink_ ABSL_GUARDED_BY(mu_);
  std::vector<VerifierReport> reports_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_VERIFIER_H_
