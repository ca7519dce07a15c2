// Copyright winemu authors.
//
// exports.h: the export table of the emulated kernel32 (the small Win32 base
// the clients need).
#ifndef WINEMU_API_KERNEL32_EXPORTS_H_
#define WINEMU_API_KERNEL32_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::kernel32 {

extern const ApiInfo kCloseHandle;
extern const ApiInfo kGetLastError;
extern const ApiInfo kSetLastError;
extern const ApiInfo kGetCurrentProcessId;
extern const ApiInfo kGetCurrentThreadId;

}  // namespace winemu::kernel32

#endif  // WINEMU_API_KERNEL32_EXPORTS_H_
