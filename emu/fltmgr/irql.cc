// Copyright winemu authors.
#include "emu/fltmgr/irql.h"

#include "absl/strings/str_format.h"

namespace winemu::fltmgr {
namespace {

thread_local uint8_t t_irql = kPassiveLevel;

const char* LevelName(uint8_t irql) {
  switch (irql) {
    case kPassiveLevel:
      return "PASSIVE_LEVEL";
    case kApcLevel:
      return "APC_LEVEL";
    case kDispatchLevel:
      return "DISPATCH_LEVEL";
    case kHighLevel:
      return "HIGH_LEVEL";
    default:
      return "IRQL";
  }
}

}  // namespace

uint8_t CurrentIrql() { return t_irql; }

void SetCurrentIrql(uint8_t irql) { t_irql = irql; }

bool CheckIrql(const ApiCall& call, uint8_t max) {
  const uint8_t now = t_irql;
  if (now <= max) return true;
  call.Misuse(absl::StrFormat("IRQL %s (%d)", LevelName(now), now),
              absl::StrFormat("called above its maximum IRQL %s (%d)",
                              LevelName(max), max));
  return false;
}

}  // namespace winemu::fltmgr
