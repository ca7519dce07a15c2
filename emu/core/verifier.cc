// Copyright winemu authors.
#include "emu/core/verifier.h"

#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_cat.h"

namespace winemu {

std::string VerifierReport::ToString() const {
  return absl::StrCat("winemu verifier: ", function, "(", subject,
                      "): ", problem, " [process ", process, ", call #",
                      trace_seq, "]");
}

void Verifier::set_policy(VerifierPolicy policy) {
  MutexLock lock(&mu_);
  policy_ = policy;
}

VerifierPolicy Verifier::policy() const {
  MutexLock lock(&mu_);
  return policy_;
}

void Verifier::set_sink(Sink sink) {
  MutexLock lock(&mu_);
  sink_ = std::move(sink);
}

void Verifier::Report(VerifierReport report) {
  VerifierPolicy policy;
  Sink sink;
  {
    MutexLock lock(&mu_);
    policy = policy_;
    sink = sink_;
    reports_.push_back(report);
  }
  if (policy == VerifierPolicy::kAbort) {
    std::fprintf(stderr, "%s\n", report.ToString().c_str());
    std::abort();
  }
  if (policy == VerifierPolicy::kFailTest) {
    if (sink) {
      sink(report);
    } else {
      std::fprintf(stderr, "%s\n", report.ToString().c_str());
    }
  }
}

std::vector<VerifierReport> Verifier::reports() const {
  MutexLock lock(&mu_);
  return reports_;
}

size_t Verifier::count() const {
  MutexLock lock(&mu_);
  return reports_.size();
}

void Verifier::Clear() {
  MutexLock lock(&mu_);
  reports_.clear();
}

}  // namespace winemu
