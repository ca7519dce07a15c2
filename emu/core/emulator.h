// Copyright winemu authors.
//
// emulator.h: one isolated, simulated Windows machine.
//
// An Emulator owns everything the emulated APIs touch: processes, the handle
// table, the clock and work queue, the fault rules, the verifier, tracked
// allocations, the call trace, and each family's engine state (extensions).
// Creating one makes it the current emulator of the whole program until it is
// destroyed (they nest); with none created, API calls use a default emulator
// in threaded mode, as a plain program on Windows would expect.
//
//   winemu::Emulator emu({.mode = winemu::EmulatorMode::kDeterministic});
//   winemu::Process& other = emu.SpawnProcess({.image_name = "svc.exe"});
//   {
//     winemu::ScopedProcess as(other);     // calls on this thread run as svc
//     FwpmEngineOpen0(...);
//   }
//   emu.TerminateProcess(other.id());      // closes what svc.exe held
//   EXPECT_TRUE(emu.Leaks().empty());
#ifndef WINEMU_EMU_CORE_EMULATOR_H_
#define WINEMU_EMU_CORE_EMULATOR_H_

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "emu/core/allocations.h"
#include "emu/core/clock.h"
#include "emu/core/faults.h"
#include "emu/core/handle_table.h"
#include "emu/core/mutex.h"
#include "emu/core/process.h"
#include "emu/core/trace.h"
#include "emu/core/verifier.h"
#include "emu/core/work_queue.h"

namespace winemu {

enum class EmulatorMode {
  kThreaded,       // worker threads and real time, like Windows
  kDeterministic,  // nothing async runs until pumped; virtual clock
};

struct EmulatorOptions {
  EmulatorMode mode = EmulatorMode::kThreaded;
  int worker_threads = 2;
  bool trace = true;
  size_t trace_capacity = 100000;
  // Receives every trace event as it is recorded (see TraceSink).
  TraceSink trace_sink;
  VerifierPolicy verifier_policy = VerifierPolicy::kRecord;
  // The process API calls run as by default: an elevated client, as the
  // firewall, minifilter-service and Wi-Fi Direct programs these APIs serve
  // run on Windows. Spawned processes are not elevated unless asked.
  ProcessOptions default_process = ElevatedClient();

  static ProcessOptions ElevatedClient() {
    ProcessOptions options;
    options.identity.elevated = true;
    return options;
  }
};

class Emulator;

// Family engine state attached to an emulator (the WFP filter engine, the
// filter manager, the Wi-Fi Direct service). Created on first use.
class Extension {
 public:
  virtual ~Extension() = default;
  // After the process's handles were closed and its memory freed.
  virtual void OnProcessExit(Process& process) {}
};

// What is still open or unfreed.
struct LeakReport {
  std::vector<HandleInfo> handles;
  std::vector<AllocationInfo> allocations;
  bool empty() const { return handles.empty() && allocations.empty(); }
  std::string ToString() const;
};

class Emulator {
 public:
  explicit Emulator(EmulatorOptions options = {});
  ~Emulator();
  Emulator(const Emulator&) = delete;
  Emulator& operator=(const Emulator&) = delete;

  // The innermost live Emulator, or the default one.
  static Emulator& Current();

  EmulatorMode mode() const { return options_.mode; }
  Clock& clock() { return clock_; }
  WorkQueue& queue() { return queue_; }
  HandleTable& handles() { return handles_; }
  FaultInjector& faults() { return faults_; }
  Verifier& verifier() { return verifier_; }
  AllocationTracker& allocations() { return allocations_; }
  Trace& trace() { return trace_; }

  Process& default_process() { return *default_process_; }
  Process& system_process() { return *system_process_; }
  // The calling thread's process: a ScopedProcess's, else the default one.
  Process& current_process();

  Process& SpawnProcess(ProcessOptions options = {});
  // Null if no process has that id (terminated processes stay known).
  Process* FindProcess(ProcessId id);
  // Closes every handle the process holds (newest first) through the
  // objects' close paths and frees its tracked memory. A handle its threads
  // create afterwards is issued already closed (stale), so none outlives it.
  // False if unknown or already terminated. The System process cannot be
  // terminated.
  bool TerminateProcess(ProcessId id);

  LeakReport Leaks() const;

  // The family state of type T (constructed as T(Emulator&) on first use).
  template <typename T>
  T& GetExtension() {
    static const int slot = AllocateExtensionSlot();
    Extension* e = extensions_[slot].load(std::memory_order_acquire);
    if (e == nullptr) {
      e = InstallExtension(slot, [this] { return std::make_unique<T>(*this); });
    }
    return *static_cast<T*>(e);
  }

 private:
  static constexpr int kMaxExtensions = 16;
  static int AllocateExtensionSlot();
  Extension* InstallExtension(
      int slot, const std::function<std::unique_ptr<Extension>()>& make);
  void FreeAllocations(const std::vector<AllocationInfo>& allocations);

  const EmulatorOptions options_;
  Clock clock_;
  WorkQueue queue_;
  HandleTable handles_;
  FaultInjector faults_;
  Verifier verifier_;
  AllocationTracker allocations_;
  Trace trace_;

  Mutex mu_;
  ProcessId next_pid_ ABSL_GUARDED_BY(mu_) = 1000;
  absl::flat_hash_map<ProcessId, std::unique_ptr<Process>> processes_
      ABSL_GUARDED_BY(mu_);
  Process* default_process_;
  Process* system_process_;

  std::array<std::atomic<Extension*>, kMaxExtensions> extensions_{};
  // Racing first users of an extension wait for a single construction.
  std::array<std::once_flag, kMaxExtensions> extension_once_;
  std::vector<std::unique_ptr<Extension>> owned_extensions_
      ABSL_GUARDED_BY(mu_);  // in creation order
};

// Attributes the calling thread's API calls to `process` while it lives.
class ScopedProcess {
 public:
  explicit ScopedProcess(Process& process);
  ~ScopedProcess();
  ScopedProcess(const ScopedProcess&) = delete;
  ScopedProcess& operator=(const ScopedProcess&) = delete;

 private:
  friend class Emulator;
  Process* const process_;
  // The enclosing scope on this thread, possibly of another emulator.
  ScopedProcess* const previous_;
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_EMULATOR_H_
