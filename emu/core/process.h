// Copyright winemu authors.
//
// process.h: a simulated Windows process.
//
// Every API call is attributed to the current process of its emulator
// (emulator.h). A process owns the handles it opened; when it terminates, the
// emulator closes them through the same paths as explicit closes. Kernel-mode
// objects live in the System process (id 4, as on Windows).
#ifndef WINEMU_EMU_CORE_PROCESS_H_
#define WINEMU_EMU_CORE_PROCESS_H_

#include <atomic>
#include <cstdint>
#include <string>

namespace winemu {

using ProcessId = uint32_t;

inline constexpr ProcessId kSystemProcessId = 4;

// Who a process runs as; used by access checks.
struct Identity {
  std::wstring user_name = L"WINEMU\\user";
  std::string sid = "S-1-5-21-1004336348-1177238915-682003330-1001";
  bool elevated = false;
};

struct ProcessOptions {
  std::string image_name = "client.exe";
  Identity identity;
};

class Process {
 public:
  Process(ProcessId id, ProcessOptions options, bool is_system)
      : id_(id), options_(std::move(options)), is_system_(is_system) {}
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  ProcessId id() const { return id_; }
  const std::string& image_name() const { return options_.image_name; }
  const Identity& identity() const { return options_.identity; }
  bool is_system() const { return is_system_; }
  // False once termination has begun; callbacks are not delivered to a
  // process that is no longer alive.
  bool alive() const { return alive_.load(std::memory_order_acquire); }

 private:
  friend class Emulator;
  // Returns true for the caller that moved the process out of the alive state.
  bool MarkTerminated() {
    return alive_.exchange(false, std::memory_order_acq_rel);
  }

  const void* emulator_ = nullptr;  // set once by the owning Emulator
  const ProcessId id_;
  const ProcessOptions options_;
  const bool is_system_;
  std::atomic<bool> alive_{true};
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_PROCESS_H_
