// Copyright winemu authors.
//
// internal.h: what the FltMgr shims share: the engine, handle conversions,
// counted strings, timeouts.
#ifndef WINEMU_API_FLTMGR_INTERNAL_H_
#define WINEMU_API_FLTMGR_INTERNAL_H_

#include <fltKernel.h>

#include <cstdint>
#include <optional>
#include <string>

#include "absl/time/time.h"
#include "emu/core/call.h"
#include "emu/fltmgr/filter_manager.h"

namespace winemu::fltmgr_api {

inline fltmgr::FilterManager& Engine(const ApiCall& call) {
  return call.emu().GetExtension<fltmgr::FilterManager>();
}

inline uint64_t Value(const void* p) { return reinterpret_cast<uint64_t>(p); }

template <typename T>
T FromValue(uint64_t value) {
  return reinterpret_cast<T>(static_cast<uintptr_t>(value));
}

// The characters of a counted string (Length is in bytes).
inline std::wstring FromUnicodeString(const UNICODE_STRING& s) {
  if (s.Buffer == nullptr) return std::wstring();
  return std::wstring(s.Buffer, s.Length / sizeof(WCHAR));
}

// 100 ns units since 1601-01-01 (FILETIME) at the Unix epoch.
inline constexpr int64_t kUnixEpochAsFileTime = 116444736000000000LL;

// A kernel wait timeout: NULL waits forever, negative is relative, positive
// is absolute (FILETIME), zero polls.
inline std::optional<absl::Time> DeadlineFrom(const ApiCall& call,
                                              const LARGE_INTEGER* timeout) {
  if (timeout == nullptr) return std::nullopt;
  const int64_t t = timeout->QuadPart;
  if (t <= 0) return call.emu().clock().Now() + absl::Nanoseconds(-t * 100);
  return absl::FromUnixNanos((t - kUnixEpochAsFileTime) * 100);
}

}  // namespace winemu::fltmgr_api

#endif  // WINEMU_API_FLTMGR_INTERNAL_H_
