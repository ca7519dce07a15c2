// Copyright winemu authors.
//
// errors.h: engine status to Win32 error code, for kernel32's entry points.
#ifndef WINEMU_API_KERNEL32_ERRORS_H_
#define WINEMU_API_KERNEL32_ERRORS_H_

#include <windows.h>

#include "emu/core/handle_table.h"

namespace winemu::kernel32 {

// Windows has one code for every bad handle value: ERROR_INVALID_HANDLE.
inline DWORD Win32FromHandleStatus(HandleStatus status) {
  return status == HandleStatus::kOk ? ERROR_SUCCESS : ERROR_INVALID_HANDLE;
}

}  // namespace winemu::kernel32

#endif  // WINEMU_API_KERNEL32_ERRORS_H_
