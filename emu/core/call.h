// Copyright winemu authors.
//
// call.h: what every emulated entry point does first and last.
//
// An ApiCall binds the call to the current emulator and process, injects a
// fault if a rule says so, reports unmodelled entry points and misuse to the
// verifier, and records the call in the trace. Shims (api/) use it like this:
//
//   DWORD WINAPI FwpmEngineClose0(HANDLE engineHandle) {
//     WINEMU_API_CALL(call, kFwpmEngineClose0Info);
//     WINEMU_TRACE_ARGS(call, "%p", engineHandle);
//     if (auto code = call.injected()) return call.Finish(*code);
//     ...
//     return call.Finish(result);
//   }
#ifndef WINEMU_EMU_CORE_CALL_H_
#define WINEMU_EMU_CORE_CALL_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/str_format.h"
#include "emu/core/api_info.h"
#include "emu/core/emulator.h"

namespace winemu {

// Which process a call acts for.
enum class CallMode {
  kUser,    // the calling thread's current process
  kKernel,  // the System process (kernel-mode routines, kernel handles)
};

class ApiCall {
 public:
  ApiCall(const ApiInfo& api, const void* return_address,
          CallMode mode = CallMode::kUser);
  ~ApiCall();
  ApiCall(const ApiCall&) = delete;
  ApiCall& operator=(const ApiCall&) = delete;

  Emulator& emu() const { return emu_; }
  Process& process() const { return process_; }
  const ApiInfo& api() const { return api_; }
  // Position in the trace (0 when tracing is off).
  uint64_t seq() const { return seq_; }
  bool tracing() const { return seq_ != 0; }

  // The code a fault rule injects into this call. The shim returns it before
  // touching the engine, so an injected failure changes nothing.
  const std::optional<uint32_t>& injected() const { return injected_; }

  void set_args(std::string args) { args_ = std::move(args); }

  // Reports misuse of this entry point (subject: the handle or pointer).
  void Misuse(std::string subject, std::string problem) const;
  // Reports that this entry point (or this use of it) is not modelled.
  void Unmodelled(std::string what) const;

  // Records the result and returns it.
  template <typename T>
  T Finish(T code) {
    Record(static_cast<uint32_t>(code));
    return code;
  }
  // For BOOL entry points: also records the last-error value they set.
  template <typename T>
  T FinishWithLastError(T code, uint32_t last_error) {
    Record(static_cast<uint32_t>(code), last_error);
    return code;
  }
  void FinishVoid() { Record(0); }

 private:
  void Record(uint32_t code, std::optional<uint32_t> last_error = {});

  const ApiInfo& api_;
  Emulator& emu_;
  Process& process_;
  const uint64_t seq_;
  const absl::Time start_;  // when traced
  std::optional<uint32_t> injected_;
  std::string args_;
  bool finished_ = false;
};

}  // namespace winemu

// Declares `name`, an ApiCall for the enclosing shim. Must be used in the
// extern "C" function itself so the return address is the client's.
#define WINEMU_API_CALL(name, info, ...) \
  ::winemu::ApiCall name((info), __builtin_return_address(0), ##__VA_ARGS__)

// Formats the argument summary only when the call is traced.
#define WINEMU_TRACE_ARGS(call, ...)                                     \
  do {                                                                   \
    if ((call).tracing()) (call).set_args(absl::StrFormat(__VA_ARGS__)); \
  } while (0)

#endif  // WINEMU_EMU_CORE_CALL_H_
