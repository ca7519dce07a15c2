// Copyright winemu authors.
#include "emu/testing/client_fuzz.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <optional>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/time.h"
#include "emu/core/mutex.h"
#include "emu/core/observer.h"
#include "emu/fltmgr/filter_manager.h"
#include "emu/wfp/engine.h"

namespace winemu::testing {
namespace {

// How far the clock may move at once: from a retry's back-off to past the
// one-hour transaction limit.
const absl::Duration kSteps[] = {
    absl::Milliseconds(1),   absl::Milliseconds(50),
    absl::Milliseconds(500), absl::Seconds(1),
    absl::Seconds(5),        absl::Seconds(30),
    absl::Minutes(5),        absl::Hours(1) + absl::Seconds(1),
};
constexpr int kMaxDrainRounds = 8;
constexpr size_t kTraceLines = 60;

// Set on a thread while the driver itself runs queued work or a disconnect,
// so the calls those make are fuzzed but start no nested pumping.
thread_local bool t_in_driver = false;

bool IsRelease(const char* name) {
  for (const char* word : {"Close", "Destroy", "Free", "Unregister"}) {
    if (std::strstr(name, word) != nullptr) return true;
  }
  return false;
}

std::string Tail(const std::string& text, size_t lines) {
  std::vector<std::string> all = absl::StrSplit(text, '\n');
  while (!all.empty() && all.back().empty()) all.pop_back();
  const size_t from = all.size() > lines ? all.size() - lines : 0;
  std::string out;
  for (size_t i = from; i < all.size(); ++i)
    absl::StrAppend(&out, all[i], "\n");
  return out;
}

}  // namespace

uint32_t FuzzBytes::Below(uint32_t n) {
  if (n <= 1) return 0;
  uint32_t v = Byte();
  if (n > 256) v = (v << 8) | Byte();
  return v % n;
}

bool ClientFuzzer::MayFailByDefault(const ApiInfo& api) {
  if (api.code_kind == CodeKind::kVoid || IsRelease(api.name)) return false;
  if (api.codes != nullptr && api.codes->count > 0) return true;
  return api.sweep_code != 0;
}

std::string ClientFuzzFinding::ToString() const {
  std::string out = "winemu client fuzz finding\n";
  if (!leaks_at_return.empty()) {
    absl::StrAppend(&out, "--- open or unfreed when the client returned\n",
                    leaks_at_return.ToString());
  }
  if (!leaks_after_exit.empty()) {
    absl::StrAppend(&out, "--- still there after process termination\n",
                    leaks_after_exit.ToString());
  }
  for (const VerifierReport& r : misuse) {
    absl::StrAppend(&out, "--- misuse: ", r.ToString(), "\n");
  }
  absl::StrAppend(&out, "--- what the input chose\n");
  for (const std::string& d : decisions) absl::StrAppend(&out, "  ", d, "\n");
  absl::StrAppend(&out, "--- last calls\n", trace);
  return out;
}

// Attached to the emulator while the client runs: reads the bytes at every
// call and acts on them.
class ClientFuzzer::Driver : public ApiObserver {
 public:
  Driver(Emulator& emu, const uint8_t* data, size_t size,
         std::function<bool(const ApiInfo&)> may_fail, bool cut_pages)
      : emu_(emu),
        bytes_(data, size),
        may_fail_(std::move(may_fail)),
        cut_pages_(cut_pages) {}

  std::optional<uint32_t> OnCall(const CallSite& site) override {
    if (cut_pages_ && !wfp_hooked_ &&
        std::strcmp(site.api->dll, "fwpuclnt") == 0) {
      HookEnumerations();
    }
    const uint8_t action = Byte();
    if (!t_in_driver) {
      if (action & kRunSome) RunSome(1 + Below(4));
      if (action & kDrain) RunSome(SIZE_MAX);
      if (action & kAdvance) Advance();
      if (action & kDisconnect) Disconnect();
    }
    if (!(action & kFail) || !may_fail_(*site.api)) return std::nullopt;
    uint32_t code = site.api->sweep_code;
    const CodeSet* codes = site.api->codes;
    if (codes != nullptr && codes->count > 0) {
      const uint32_t listed =
          codes->code(Below(static_cast<uint32_t>(codes->count)));
      if (listed != 0) code = listed;
    }
    if (code == 0) return std::nullopt;
    Note(absl::StrFormat("call #%d %s fails with %s", site.seq, site.api->name,
                         FormatCode(site.api->code_kind, code)));
    return code;
  }

  // After the client returned: deliver what is queued, moving the clock
  // on when nothing is due, for a bounded number of rounds.
  void Drain() {
    t_in_driver = true;
    for (int round = 0; round < kMaxDrainRounds; ++round) {
      RunSomeInner(SIZE_MAX);
      if (emu_.queue().pending() == 0) break;
      AdvanceInner();
    }
    RunSomeInner(SIZE_MAX);
    t_in_driver = false;
  }

  void Unhook() {
    if (wfp_hooked_) emu_.GetExtension<wfp::FilterEngine>().set_page_cap({});
  }

  std::vector<std::string> decisions() const {
    MutexLock lock(&mu_);
    return decisions_;
  }

 private:
  uint8_t Byte() {
    MutexLock lock(&mu_);
    return bytes_.Byte();
  }
  uint32_t Below(uint32_t n) {
    MutexLock lock(&mu_);
    return bytes_.Below(n);
  }
  void Note(std::string what) {
    MutexLock lock(&mu_);
    decisions_.push_back(std::move(what));
  }

  void HookEnumerations() {
    wfp_hooked_ = true;
    emu_.GetExtension<wfp::FilterEngine>().set_page_cap(
        [this](wfp::EnumKind, uint32_t requested) -> uint32_t {
          const uint8_t b = Byte();
          if (b == 0) return requested;
          const uint32_t cap = 1 + (b - 1) % requested;
          Note(absl::StrFormat("enumeration page cut to %d of %d", cap,
                               requested));
          return cap;
        });
  }

  void RunSome(size_t limit) {
    t_in_driver = true;
    RunSomeInner(limit);
    t_in_driver = false;
  }
  void RunSomeInner(size_t limit) {
    for (size_t i = 0; i < limit; ++i) {
      const size_t due = emu_.queue().due();
      if (due == 0) return;
      const uint32_t pick = Below(static_cast<uint32_t>(due));
      if (pick != 0) {
        Note(absl::StrFormat("completion %d of %d due runs first", pick + 1,
                             due));
      }
      emu_.queue().RunDue(pick);
    }
  }

  void Advance() {
    t_in_driver = true;
    AdvanceInner();
    t_in_driver = false;
  }
  void AdvanceInner() {
    const absl::Duration step = kSteps[Below(std::size(kSteps))];
    Note(absl::StrCat("clock advances ", absl::FormatDuration(step)));
    emu_.clock().Advance(step);
  }

  void Disconnect() {
    auto links = emu_.GetExtension<fltmgr::FilterManager>().LiveConnections();
    if (links.empty()) return;
    const uint32_t pick = Below(static_cast<uint32_t>(links.size()));
    Note(absl::StrFormat("port connection %d of %d disconnects", pick + 1,
                         links.size()));
    t_in_driver = true;
    links[pick]->Finish(fltmgr::Connection::Ending::kUnload, true);
    t_in_driver = false;
  }

  Emulator& emu_;
  mutable Mutex mu_;
  FuzzBytes bytes_ ABSL_GUARDED_BY(mu_);
  std::vector<std::string> decisions_ ABSL_GUARDED_BY(mu_);
  const std::function<bool(const ApiInfo&)> may_fail_;
  const bool cut_pages_;
  bool wfp_hooked_ = false;  // the client's thread only
};

ClientFuzzer::ClientFuzzer(const uint8_t* data, size_t size,
                           ClientFuzzOptions options)
    : emu_({.mode = EmulatorMode::kDeterministic,
            .trace_capacity = 2000,
            .verifier_policy = VerifierPolicy::kRecord}),
      options_(std::move(options)) {
  if (!options_.may_fail) options_.may_fail = &MayFailByDefault;
  driver_ = std::make_unique<Driver>(emu_, data, size, options_.may_fail,
                                     options_.cut_enumeration_pages);
}

ClientFuzzer::~ClientFuzzer() = default;

bool ClientFuzzer::Run(const std::function<void()>& client) {
  Process& process = emu_.SpawnProcess(options_.process);
  emu_.faults().AddObserver(driver_.get());
  {
    ScopedProcess as(process);
    client();
  }
  driver_->Drain();
  emu_.faults().RemoveObserver(driver_.get());
  driver_->Unhook();

  ClientFuzzFinding finding;
  if (options_.expect_clean_return) finding.leaks_at_return = emu_.Leaks();
  emu_.TerminateProcess(process.id());
  emu_.queue().RunUntilIdle();
  finding.leaks_after_exit = emu_.Leaks();
  finding.misuse = emu_.verifier().reports();
  if (finding.leaks_at_return.empty() && finding.leaks_after_exit.empty() &&
      finding.misuse.empty()) {
    return true;
  }
  finding.decisions = driver_->decisions();
  finding.trace = Tail(emu_.trace().ToText(), kTraceLines);
  if (options_.on_finding) {
    options_.on_finding(finding);
  } else {
    std::fprintf(stderr, "%s", finding.ToString().c_str());
    std::abort();
  }
  return false;
}

}  // namespace winemu::testing
