// Copyright winemu authors.
//
// observer.h: a test's view of every emulated API call, and a way to change
// one call's result.
//
// An ApiObserver attached to an emulator sees each call before the engine
// runs (OnCall) and after it returned (OnResult). OnCall may return a code:
// the call then returns it exactly like an injected fault (faults.h), before
// touching the engine; no code means "behave like Windows".
//
//   class CountCloses : public winemu::ApiObserver {
//     std::optional<uint32_t> OnCall(const winemu::CallSite& site) override {
//       if (std::strcmp(site.api->name, "FwpmEngineClose0") == 0) ++closes;
//       return std::nullopt;
//     }
//     std::atomic<int> closes{0};
//   };
//   CountCloses counter;
//   emu.faults().AddObserver(&counter);
//   ...
//   emu.faults().RemoveObserver(&counter);
//
// Observers are called on the calling thread with no winemu lock held, so
// they may call the emulated API themselves. With none attached the hook costs
// the one relaxed atomic load the fault check already makes.
// emu/testing/mock_api_observer.h wraps this for GoogleMock.
#ifndef WINEMU_EMU_CORE_OBSERVER_H_
#define WINEMU_EMU_CORE_OBSERVER_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "emu/core/api_info.h"
#include "emu/core/process.h"

namespace winemu {

// One call of an entry point, as fault rules and observers see it.
struct CallSite {
  const ApiInfo* api;
  const void* return_address;  // in the client's code
  ProcessId process;
  uint64_t seq = 0;  // position in the trace (0 when tracing is off)
};

// What a call returned.
struct CallResult {
  const ApiInfo* api;
  ProcessId process;
  uint64_t seq;
  uint32_t code;  // bit pattern of the return value (0 for void)
  std::optional<uint32_t> last_error;  // BOOL entry points
  bool injected;          // a fault rule or an observer chose the code
  std::string_view args;  // the argument summary (empty when not traced)
};

class ApiObserver {
 public:
  virtual ~ApiObserver() = default;
  // Before the engine runs. A value is returned by the call instead (for
  // BOOL entry points: FALSE with that last error).
  virtual std::optional<uint32_t> OnCall(const CallSite& site) {
    return std::nullopt;
  }
  virtual void OnResult(const CallResult& result) {}
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_OBSERVER_H_
