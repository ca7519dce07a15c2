// Copyright winemu authors.
//
// irql.h: the simulated IRQL of each thread.
//
// Real kernels make the IRQL a contract checked by the hardware and by Driver
// Verifier; winemu keeps one level per OS thread (PASSIVE_LEVEL at first)
// and every kernel routine compares it with its documented maximum [INF].
//
//   if (!fltmgr::CheckIrql(call, fltmgr::kPassiveLevel)) ...  // reported
#ifndef WINEMU_EMU_FLTMGR_IRQL_H_
#define WINEMU_EMU_FLTMGR_IRQL_H_

#include <cstdint>

#include "emu/core/call.h"

namespace winemu::fltmgr {

inline constexpr uint8_t kPassiveLevel = 0;
inline constexpr uint8_t kApcLevel = 1;
inline constexpr uint8_t kDispatchLevel = 2;
inline constexpr uint8_t kHighLevel = 15;

uint8_t CurrentIrql();
void SetCurrentIrql(uint8_t irql);

// Reports a verifier violation naming the routine and both levels when the
// calling thread's IRQL is above `max`. Returns true when it is not.
bool CheckIrql(const ApiCall& call, uint8_t max);

// Runs client callbacks at PASSIVE_LEVEL, restoring the caller's level.
class ScopedIrql {
 public:
  explicit ScopedIrql(uint8_t irql) : previous_(CurrentIrql()) {
    SetCurrentIrql(irql);
  }
  ~ScopedIrql() { SetCurrentIrql(previous_); }
  ScopedIrql(const ScopedIrql&) = delete;
  ScopedIrql& operator=(const ScopedIrql&) = delete;

 private:
  const uint8_t previous_;
};

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_IRQL_H_
