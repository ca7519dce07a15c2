// Copyright winemu authors.
#include "emu/testing/fault_sweep.h"

#include <cxxabi.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "emu/core/api_info.h"
#include "emu/core/observer.h"
#include "emu/core/trace.h"

namespace winemu::testing {
namespace {

using Site = std::pair<const ApiInfo*, const void*>;

bool IsRelease(const char* name) {
  for (const char* word : {"Close", "Destroy", "Abort", "Free", "Unregister"}) {
    if (std::strstr(name, word) != nullptr) return true;
  }
  return false;
}

bool Failable(const ApiInfo& api, const FaultSweepOptions& options) {
  if (api.sweep_code == 0) return false;
  if (!options.fail_releases && IsRelease(api.name)) return false;
  for (const std::string& skip : options.skip_apis) {
    if (skip == api.name) return false;
  }
  return true;
}

// A result rejecting a handle or argument that names nothing: invalid handle
// or invalid parameter, in each spelling the families use.
bool IsBadHandleOrArgument(const CallResult& r) {
  switch (r.api->code_kind) {
    case CodeKind::kWin32:  // ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER
      return r.code == 6 || r.code == 87;
    case CodeKind::kHresult:  // E_HANDLE, E_INVALIDARG
      return r.code == 0x80070006u || r.code == 0x80070057u;
    case CodeKind::kNtstatus:  // STATUS_INVALID_HANDLE, _PARAMETER
      return r.code == 0xC0000008u || r.code == 0xC000000Du;
    case CodeKind::kBool:
      return r.code == 0 && (r.last_error == 6u || r.last_error == 87u);
    case CodeKind::kVoid:
      return false;
  }
  return false;
}

void WriteAll(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

std::string SiteLine(char tag, const Site& site) {
  return absl::StrFormat("%c %d %d\n", tag,
                         reinterpret_cast<uintptr_t>(site.first),
                         reinterpret_cast<uintptr_t>(site.second));
}

// The child's view of every call (any thread): which failable sites the run
// reaches, the one it fails, and what later calls made of it.
class SweepObserver : public ApiObserver {
 public:
  SweepObserver(int fd, const FaultSweepOptions& options,
                const std::set<Site>& failed, bool inject)
      : fd_(fd), options_(options), failed_(failed), inject_(inject) {}

  std::optional<uint32_t> OnCall(const CallSite& call) override {
    if (!Failable(*call.api, options_)) return std::nullopt;
    const Site site{call.api, call.return_address};
    std::lock_guard<std::mutex> lock(mu_);
    reached_.insert(site);
    if (!inject_ || hit_ || failed_.count(site) != 0) return std::nullopt;
    hit_ = true;
    // Sent now: the client may crash or hang right after.
    WriteAll(fd_, SiteLine('H', site));
    return call.api->sweep_code;
  }

  void OnResult(const CallResult& result) override {
    if (result.injected || !IsBadHandleOrArgument(result)) return;
    std::lock_guard<std::mutex> lock(mu_);
    // The baseline counts every such failure; a faulted run those after
    // its failure.
    if (inject_ && !hit_) return;
    handle_errors_.push_back(absl::StrCat(
        result.api->name, " -> ",
        FormatCode(result.api->code_kind, result.code),
        result.last_error ? absl::StrCat(", last error ", *result.last_error)
                          : ""));
  }

  // The R and E lines.
  std::string Lines() {
    std::lock_guard<std::mutex> lock(mu_);
    std::string out;
    for (const Site& s : reached_) out += SiteLine('R', s);
    for (const std::string& e : handle_errors_) {
      absl::StrAppend(&out, "E ", OneLine(e), "\n");
    }
    return out;
  }

 private:
  const int fd_;
  const FaultSweepOptions& options_;
  const std::set<Site>& failed_;
  const bool inject_;
  std::mutex mu_;
  bool hit_ = false;
  std::set<Site> reached_;
  std::vector<std::string> handle_errors_;
};

// The child: one run of the body in a fresh emulator; results go to `fd`
// as lines ("H api ret" at the moment of injection, then R/S/L/V/E, then D).
[[noreturn]] void RunChild(int fd, const FaultSweepOptions& options,
                           const std::function<bool(Emulator&)>& body,
                           const std::set<Site>& failed, bool inject) {
  if (options.quiet) {
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDOUT_FILENO);
  }
  SweepObserver observer(fd, options, failed, inject);
  {
    Emulator emu(options.emulator_options);
    emu.faults().AddObserver(&observer);
    const bool ok = body(emu);
    if (emu.mode() == EmulatorMode::kThreaded) {
      emu.queue().WaitUntilIdle();
    } else {
      emu.queue().RunUntilIdle();
    }
    std::string out = observer.Lines();
    absl::StrAppend(&out, "S ", ok ? 1 : 0, "\n");
    const LeakReport leaks = emu.Leaks();
    for (const HandleInfo& h : leaks.handles) {
      absl::StrAppend(&out, "L ", h.type->name, " from ", h.created_by, "\n");
    }
    for (const AllocationInfo& a : leaks.allocations) {
      absl::StrAppend(&out, "L ", a.kind->name, " from ", a.created_by, "\n");
    }
    for (const VerifierReport& r : emu.verifier().reports()) {
      absl::StrAppend(&out, "V ", OneLine(r.function + ": " + r.problem), "\n");
    }
    out += "D\n";
    WriteAll(fd, out);
    // Client threads may still call in: the observer stays attached until
    // the emulator is gone.
  }  // the emulator's teardown may crash or hang too
  _exit(0);
}

struct RunData {
  RunOutcome outcome;
  std::optional<Site> hit;
  std::set<Site> reached;
  bool done_marker = false;
};

RunData RunOnce(const FaultSweepOptions& options,
                const std::function<bool(Emulator&)>& body,
                const std::set<Site>& failed, bool inject) {
  RunData data;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    std::fprintf(stderr, "fault sweep: pipe: %s\n", std::strerror(errno));
    std::abort();
  }
  std::fflush(nullptr);  // or buffered output would print twice
  const pid_t pid = fork();
  if (pid < 0) {
    std::fprintf(stderr, "fault sweep: fork: %s\n", std::strerror(errno));
    std::abort();
  }
  if (pid == 0) {
    close(fds[0]);
    RunChild(fds[1], options, body, failed, inject);
  }
  close(fds[1]);

  std::string text;
  const absl::Time deadline = absl::Now() + options.hang_bound;
  for (;;) {
    const int64_t ms = absl::ToInt64Milliseconds(deadline - absl::Now());
    if (ms <= 0) {
      data.outcome.hung = true;
      break;
    }
    pollfd p = {fds[0], POLLIN, 0};
    const int r = poll(&p, 1, static_cast<int>(std::min<int64_t>(ms, 1000)));
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) continue;
    char buf[4096];
    const ssize_t n = read(fds[0], buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EOF: the child is gone
    text.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (data.outcome.hung) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!data.outcome.hung) {
    if (WIFSIGNALED(status)) data.outcome.signal = WTERMSIG(status);
    if (WIFEXITED(status)) data.outcome.exit_status = WEXITSTATUS(status);
  }

  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (line.size() < 1) continue;
    const char tag = line[0];
    const absl::string_view rest = line.size() > 2 ? line.substr(2) : "";
    if (tag == 'H' || tag == 'R') {
      std::vector<absl::string_view> parts = absl::StrSplit(rest, ' ');
      uint64_t api = 0, ret = 0;
      if (parts.size() != 2 || !absl::SimpleAtoi(parts[0], &api) ||
          !absl::SimpleAtoi(parts[1], &ret)) {
        continue;
      }
      // The child is a fork of this process: its pointers are ours.
      const Site site{reinterpret_cast<const ApiInfo*>(api),
                      reinterpret_cast<const void*>(ret)};
      if (tag == 'H') {
        data.hit = site;
      } else {
        data.reached.insert(site);
      }
    } else if (tag == 'S') {
      data.outcome.body_succeeded = rest == "1";
    } else if (tag == 'L') {
      data.outcome.leaks.emplace_back(rest);
    } else if (tag == 'V') {
      data.outcome.verifier_reports.emplace_back(rest);
    } else if (tag == 'E') {
      data.outcome.handle_errors.emplace_back(rest);
    } else if (tag == 'D') {
      data.done_marker = true;
    }
  }
  data.outcome.completed = data.done_marker;
  return data;
}

std::string Symbolize(const void* address) {
  Dl_info info;
  if (dladdr(address, &info) != 0) {
    if (info.dli_sname != nullptr) {
      int rc = 0;
      char* demangled =
          abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &rc);
      std::string name = rc == 0 && demangled ? demangled : info.dli_sname;
      std::free(demangled);
      return absl::StrFormat("%s+0x%x", name,
                             reinterpret_cast<uintptr_t>(address) -
                                 reinterpret_cast<uintptr_t>(info.dli_saddr));
    }
    if (info.dli_fname != nullptr) {
      const char* slash = std::strrchr(info.dli_fname, '/');
      return absl::StrFormat("%s+0x%x", slash ? slash + 1 : info.dli_fname,
                             reinterpret_cast<uintptr_t>(address) -
                                 reinterpret_cast<uintptr_t>(info.dli_fbase));
    }
  }
  return absl::StrFormat("%p", address);
}

// How often each text occurs.
std::map<std::string, int> Count(const std::vector<std::string>& items) {
  std::map<std::string, int> counts;
  for (const std::string& item : items) ++counts[item];
  return counts;
}

// Items occurring more often in `run` than in `baseline`.
std::vector<std::string> Excess(const std::vector<std::string>& run,
                                const std::vector<std::string>& baseline) {
  std::map<std::string, int> base = Count(baseline);
  std::vector<std::string> extra;
  for (const auto& [item, n] : Count(run)) {
    const int more = n - base[item];
    if (more > 0)
      extra.push_back(more > 1 ? absl::StrCat(item, " (x", more, ")") : item);
  }
  return extra;
}

std::vector<Finding> Judge(const RunOutcome& run, const RunOutcome& baseline,
                           bool done_marker, const FaultSweepOptions& options) {
  std::vector<Finding> findings;
  if (run.hung) {
    findings.push_back(
        {Verdict::kHung,
         absl::StrCat(
             "still running after ", absl::FormatDuration(options.hang_bound),
             done_marker ? " (in emulator teardown)" : "", "; killed")});
    return findings;
  }
  if (run.signal != 0) {
    findings.push_back(
        {Verdict::kCrashed,
         absl::StrCat("died of signal ", run.signal, " (",
                      strsignal(run.signal), ")",
                      done_marker ? " in emulator teardown" : "")});
    return findings;
  }
  if (!done_marker || run.exit_status != 0) {
    findings.push_back(
        {Verdict::kCrashed,
         absl::StrCat("exited with status ", run.exit_status,
                      done_marker ? " in emulator teardown"
                                  : " before the body returned")});
    return findings;
  }
  for (const std::string& e :
       Excess(run.handle_errors, baseline.handle_errors)) {
    findings.push_back(
        {Verdict::kIgnoredError,
         absl::StrCat("a later call was refused a handle or argument: ", e)});
  }
  for (const std::string& v :
       Excess(run.verifier_reports, baseline.verifier_reports)) {
    findings.push_back(
        {Verdict::kIgnoredError, absl::StrCat("verifier report: ", v)});
  }
  if (run.body_succeeded && options.success_means_ignored) {
    findings.push_back({Verdict::kIgnoredError,
                        "the body reported success despite the failure"});
  }
  for (const std::string& l : Excess(run.leaks, baseline.leaks)) {
    findings.push_back({Verdict::kLeaked, l});
  }
  return findings;
}

}  // namespace

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kOk:
      return "ok";
    case Verdict::kLeaked:
      return "leaked";
    case Verdict::kIgnoredError:
      return "ignored error";
    case Verdict::kHung:
      return "hung";
    case Verdict::kCrashed:
      return "crashed";
  }
  return "?";
}

Verdict SiteResult::verdict() const {
  Verdict worst = Verdict::kOk;
  for (const Finding& f : findings) {
    if (static_cast<int>(f.verdict) > static_cast<int>(worst))
      worst = f.verdict;
  }
  return worst;
}

bool SiteResult::Has(Verdict v) const {
  for (const Finding& f : findings) {
    if (f.verdict == v) return true;
  }
  return false;
}

std::string SiteResult::ToText() const {
  std::string out = absl::StrFormat(
      "%s (site #%d of it) called from %s, failed with %s in run %d: %s\n", api,
      index, caller, code_text, run, VerdictName(verdict()));
  for (const Finding& f : findings) {
    absl::StrAppend(&out, "    ", VerdictName(f.verdict), ": ", f.what, "\n");
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const SiteResult& site) {
  return os << site.ToText();
}

std::vector<SiteResult> FaultSweepReport::mishandled() const {
  std::vector<SiteResult> out;
  for (const SiteResult& s : sites) {
    if (!s.findings.empty()) out.push_back(s);
  }
  return out;
}

std::vector<std::string> FaultSweepReport::baseline_problems() const {
  std::vector<std::string> problems;
  const RunOutcome& b = baseline;
  if (b.hung) problems.push_back("hung");
  if (b.signal != 0) {
    problems.push_back(absl::StrCat("died of signal ", b.signal));
  }
  if (!b.hung && b.signal == 0 && (!b.completed || b.exit_status != 0)) {
    problems.push_back(absl::StrCat("exited with status ", b.exit_status));
  }
  if (b.completed && !b.body_succeeded) {
    problems.push_back("the body reported failure");
  }
  for (const std::string& l : b.leaks) problems.push_back("leaked " + l);
  for (const std::string& v : b.verifier_reports) {
    problems.push_back("verifier report: " + v);
  }
  return problems;
}

std::string FaultSweepReport::ToText() const {
  const std::vector<SiteResult> bad = mishandled();
  std::string out = absl::StrFormat(
      "fault sweep: %d run(s) after the baseline, %d site(s) failed of %d "
      "reached, %d mishandled%s\n",
      runs, sites.size(), sites_reached, bad.size(),
      capped ? " (stopped at max_runs; sites were left)" : "");
  const std::vector<std::string> problems = baseline_problems();
  if (problems.empty()) {
    out += "baseline (nothing injected): clean\n";
  } else {
    out += "baseline (nothing injected):\n";
    for (const std::string& p : problems)
      absl::StrAppend(&out, "    ", p, "\n");
  }
  for (const SiteResult& s : sites) out += s.ToText();
  return out;
}

FaultSweepReport RunFaultSweepImpl(const FaultSweepOptions& options,
                                   const std::function<bool(Emulator&)>& body) {
  FaultSweepReport report;
  std::set<Site> failed;
  std::set<Site> reached;
  RunData base = RunOnce(options, body, failed, /*inject=*/false);
  report.baseline = base.outcome;
  reached.insert(base.reached.begin(), base.reached.end());

  std::map<const ApiInfo*, int> per_api;
  for (int run = 1;; ++run) {
    if (run > options.max_runs) {
      report.capped = true;
      break;
    }
    RunData data = RunOnce(options, body, failed, /*inject=*/true);
    report.runs = run;
    reached.insert(data.reached.begin(), data.reached.end());
    if (!data.hit.has_value()) break;  // no new site: done
    failed.insert(*data.hit);
    const ApiInfo& api = *data.hit->first;
    SiteResult site;
    site.api = api.name;
    site.return_address = data.hit->second;
    site.caller = Symbolize(site.return_address);
    site.index = ++per_api[&api];
    site.run = run;
    site.code = api.sweep_code;
    // A BOOL (or handle-returning) entry point fails with a last error.
    site.code_text =
        api.code_kind == CodeKind::kBool
            ? absl::StrCat("last error ",
                           FormatCode(CodeKind::kWin32, api.sweep_code))
            : FormatCode(api.code_kind, api.sweep_code);
    site.findings =
        Judge(data.outcome, report.baseline, data.done_marker, options);
    report.sites.push_back(std::move(site));
  }
  report.sites_reached = static_cast<int>(reached.size());
  return report;
}

}  // namespace winemu::testing
