// Copyright winemu authors.
//
// catalogue.h: the bad-input catalogue. One row per (entry point, parameter,
// bad value): the code Windows gives and how sure that is, and the call.
//
// Each row runs in a fresh deterministic emulator. The runner checks the
// code, that the bad call left the emulated machine as it found it (handles,
// tracked memory, WFP sessions and objects, Wi-Fi Direct clients and
// sessions, Filter Manager ports), that nothing leaked once the row closed
// what it opened, and, where the row says so, that the verifier named the
// entry point. The row itself checks its out-parameters (poisoned first).
#ifndef WINEMU_TESTS_CATALOGUE_CATALOGUE_H_
#define WINEMU_TESTS_CATALOGUE_CATALOGUE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/testing/test_emulator.h"

namespace winemu::catalogue {

// Where the expected code comes from (the spec's labels).
enum class Basis {
  kDoc,  // documented (or a header says so)
  kObs,  // observed on Windows in public code or reports
  kInf,  // undocumented: winemu's recorded choice, kept consistent
};

// What the verifier is expected to say about the call.
enum class Report {
  kAny,    // not checked (stale handles report, NULL ones need not)
  kNamed,  // a report naming the entry point (misuse, unmodelled)
};

class Ctx;

struct Case {
  const char* function;
  const char* parameter;
  const char* bad;    // the kind of bad value
  uint32_t expected;  // the code's bit pattern (BOOL: GetLastError())
  Basis basis;
  Report report;
  // Sets up, makes the bad call through Ctx::Call and returns its code,
  // checks out-parameters, then closes what it opened.
  std::function<uint32_t(Ctx&)> run;
};

// The emulator a row runs in, plus helpers rows share.
class Ctx {
 public:
  explicit Ctx(testing::TestEmulator& emu) : emu_(emu) {}

  testing::TestEmulator& emu() { return emu_; }

  // Makes the bad call; the machine's state before and after must match.
  uint32_t Call(const std::function<uint32_t()>& bad_call);

  // For the few bad calls Windows documents as still acting (a misuse that
  // is reported and carried out): the state is not compared.
  uint32_t CallChanging(const std::function<uint32_t()>& bad_call) {
    changes_state_ = true;
    return Call(bad_call);
  }
  bool changes_state() const { return changes_state_; }

  // A second, non-elevated process; terminated (closing what it holds) by
  // TerminateOther() or at the end of the row.
  Process& Other();
  void TerminateOther();

  // Runs `f` as the other process.
  void AsOther(const std::function<void()>& f);

  bool called() const { return called_; }
  const std::string& before() const { return before_; }
  const std::string& after() const { return after_; }
  ~Ctx();

 private:
  testing::TestEmulator& emu_;
  Process* other_ = nullptr;
  bool called_ = false;
  bool changes_state_ = false;
  std::string before_, after_;
};

// What the emulated machine holds, as text (equal text: unchanged).
std::string Fingerprint(Emulator& emu);

// The rows of each family (one file each).
std::vector<Case> WfpCases();
std::vector<Case> WfpObjectCases();
std::vector<Case> FltMgrCases();
std::vector<Case> FltFileCases();
std::vector<Case> NtoskrnlCases();
std::vector<Case> FltLibCases();
std::vector<Case> WlanApiCases();
std::vector<Case> Kernel32Cases();

std::vector<Case> AllCases();

// Poison for out-parameters.
inline constexpr uintptr_t kPoison = 0xdeadbeef;
template <typename T>
T Poison() {
  return reinterpret_cast<T>(kPoison);
}

}  // namespace winemu::catalogue

#endif  // WINEMU_TESTS_CATALOGUE_CATALOGUE_H_
