// Copyright winemu authors.
#include "emu/testing/test_emulator.h"

#include <cxxabi.h>
#include <execinfo.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "emu/core/mutex.h"
#include "emu/core/observer.h"
#include "gtest/gtest.h"

namespace winemu::testing {

// Keeps the raw return addresses of each traced call, from the client's
// frame outwards; symbolized only when a leak report asks.
class StackRecorder : public ApiObserver {
 public:
  static constexpr int kMaxFrames = 24;
  // A test making millions of calls keeps the most recent ones.
  static constexpr size_t kMaxCalls = 200000;

  std::optional<uint32_t> OnCall(const CallSite& site) override {
    if (site.seq == 0) return std::nullopt;
    void* frames[kMaxFrames + 8];
    const int n = backtrace(frames, kMaxFrames + 8);
    // Skip winemu's own frames: start at the shim's return into the client.
    int first = 0;
    for (int i = 0; i < n; ++i) {
      if (frames[i] == site.return_address) {
        first = i;
        break;
      }
    }
    std::vector<void*> stack(frames + first,
                             frames + std::min(n, first + kMaxFrames));
    MutexLock lock(&mu_);
    if (stacks_.size() >= kMaxCalls) stacks_.erase(stacks_.begin());
    stacks_[site.seq] = std::move(stack);
    return std::nullopt;
  }

  std::vector<void*> Get(uint64_t seq) const {
    MutexLock lock(&mu_);
    auto it = stacks_.find(seq);
    return it == stacks_.end() ? std::vector<void*>() : it->second;
  }

 private:
  mutable Mutex mu_;
  std::map<uint64_t, std::vector<void*>> stacks_ ABSL_GUARDED_BY(mu_);
};

namespace {

EmulatorOptions ToEmulatorOptions(const TestEmulatorOptions& options) {
  EmulatorOptions out;
  out.mode = options.mode;
  out.verifier_policy = options.verifier_policy;
  out.trace = options.trace;
  return out;
}

// "binary(mangled+0x1f) [0x...]" -> "demangled+0x1f (binary)".
std::string Symbolize(const char* line) {
  std::string text = line;
  const size_t open = text.find('(');
  const size_t plus = text.find('+', open);
  if (open == std::string::npos || plus == std::string::npos ||
      plus == open + 1) {
    return text;
  }
  const std::string mangled = text.substr(open + 1, plus - open - 1);
  int status = 0;
  char* demangled =
      abi::__cxa_demangle(mangled.c_str(), nullptr, nullptr, &status);
  if (status != 0 || demangled == nullptr) return text;
  std::string out = absl::StrCat(demangled, " (", text.substr(0, open), ")");
  std::free(demangled);
  return out;
}

}  // namespace

TestEmulator::TestEmulator(TestEmulatorOptions options)
    : Emulator(ToEmulatorOptions(options)) {
  verifier().set_sink(
      [](const VerifierReport& report) { ADD_FAILURE() << report.ToString(); });
  if (options.capture_stacks) {
    stacks_ = std::make_unique<StackRecorder>();
    faults().AddObserver(stacks_.get());
  }
}

TestEmulator::~TestEmulator() {
  if (stacks_ != nullptr) faults().RemoveObserver(stacks_.get());
}

std::string TestEmulator::StackOf(uint64_t seq) const {
  if (stacks_ == nullptr || seq == 0) return "";
  std::vector<void*> frames = stacks_->Get(seq);
  if (frames.empty()) return "";
  char** lines = backtrace_symbols(frames.data(), frames.size());
  std::string out;
  for (size_t i = 0; i < frames.size(); ++i) {
    absl::StrAppendFormat(&out, "      #%d %s\n", i,
                          lines != nullptr ? Symbolize(lines[i])
                                           : absl::StrFormat("%p", frames[i]));
  }
  std::free(lines);
  return out;
}

std::string TestEmulator::DescribeLeaks(const LeakReport& leaks) const {
  if (leaks.empty()) return "";
  // How many of each kind, in first-seen order.
  std::vector<std::pair<std::string, int>> counts;
  auto count = [&](std::string kind) {
    for (auto& c : counts) {
      if (c.first == kind) {
        ++c.second;
        return;
      }
    }
    counts.emplace_back(std::move(kind), 1);
  };
  for (const HandleInfo& h : leaks.handles) {
    count(absl::StrCat(h.type->name, " handle (close with ", h.type->closer,
                       ")"));
  }
  for (const AllocationInfo& a : leaks.allocations) {
    count(absl::StrCat(a.kind->name, " (free with ", a.kind->freer, ")"));
  }
  std::string out = absl::StrFormat(
      "%d leak(s):\n", leaks.handles.size() + leaks.allocations.size());
  for (const auto& [kind, n] : counts) {
    absl::StrAppendFormat(&out, "  %d x %s\n", n, kind);
  }
  for (const HandleInfo& h : leaks.handles) {
    absl::StrAppendFormat(&out,
                          "  handle 0x%x: %s of process %d, created by %s "
                          "(trace #%d)\n",
                          h.value, h.type->name, h.owner, h.created_by,
                          h.trace_seq);
    absl::StrAppend(&out, StackOf(h.trace_seq));
  }
  for (const AllocationInfo& a : leaks.allocations) {
    absl::StrAppendFormat(
        &out,
        "  %s %p (%d bytes%s) of process %d, created by %s "
        "(trace #%d)\n",
        a.kind->name, a.address, a.size,
        a.tag != 0 ? absl::StrFormat(", tag 0x%08X", a.tag) : std::string(),
        a.owner, a.created_by, a.trace_seq);
    absl::StrAppend(&out, StackOf(a.trace_seq));
  }
  return out;
}

void TestEmulator::ExpectNoLeaks() const {
  const LeakReport leaks = Leaks();
  EXPECT_TRUE(leaks.empty()) << DescribeLeaks(leaks);
}

void TestEmulator::ExpectNoVerifierReports() {
  for (const VerifierReport& report : verifier().reports()) {
    ADD_FAILURE() << "verifier: " << report.ToString();
  }
}

}  // namespace winemu::testing
