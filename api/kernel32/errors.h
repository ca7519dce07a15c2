// Copyright winemu authors.
//
// errors.h: engine status to Win32 error code, for kernel32's entry points:
// the one translation table of kernel32.
#ifndef WINEMU_API_KERNEL32_ERRORS_H_
#define WINEMU_API_KERNEL32_ERRORS_H_

#include <ntstatus.h>
#include <windows.h>

#include <cstdint>

#include "emu/core/handle_table.h"

namespace winemu::kernel32 {

// Windows has one code for every bad handle value: ERROR_INVALID_HANDLE.
inline DWORD Win32FromHandleStatus(HandleStatus status) {
  return status == HandleStatus::kOk ? ERROR_SUCCESS : ERROR_INVALID_HANDLE;
}

// The RtlNtStatusToDosError values of the statuses overlapped operations end
// with in winemu; others give ERROR_MR_MID_NOT_FOUND (317), as Windows does
// for an unknown status.
inline DWORD Win32FromNtStatus(uint32_t status) {
  switch (static_cast<NTSTATUS>(status)) {
    case STATUS_SUCCESS:
      return ERROR_SUCCESS;
    case STATUS_PENDING:
      return ERROR_IO_PENDING;
    case STATUS_CANCELLED:
      return ERROR_OPERATION_ABORTED;
    case STATUS_INVALID_HANDLE:
      return ERROR_INVALID_HANDLE;
    case STATUS_PORT_DISCONNECTED:
      return ERROR_INVALID_HANDLE;
    case STATUS_BUFFER_TOO_SMALL:
      return ERROR_INSUFFICIENT_BUFFER;
    case STATUS_BUFFER_OVERFLOW:
      return ERROR_MORE_DATA;
    case STATUS_INVALID_PARAMETER:
      return ERROR_INVALID_PARAMETER;
    case STATUS_ACCESS_DENIED:
      return ERROR_ACCESS_DENIED;
    case STATUS_INSUFFICIENT_RESOURCES:
      return ERROR_NO_SYSTEM_RESOURCES;
    case STATUS_NO_MEMORY:
      return ERROR_NOT_ENOUGH_MEMORY;
    default:
      return 317;  // ERROR_MR_MID_NOT_FOUND
  }
}

}  // namespace winemu::kernel32

#endif  // WINEMU_API_KERNEL32_ERRORS_H_
