// Copyright winemu authors.
//
// errors.h: engine status to HRESULT for FltLib's entry points, and to the
// NTSTATUS an overlapped completion carries. The one place where the user
// side chooses its codes.
//
// A Filter Manager status (facility 0x1C) becomes its facility-0x1F twin
// (FILTER_HRESULT_FROM_FLT_NTSTATUS); any other failure becomes
// HRESULT_FROM_WIN32 of its Win32 code (RtlNtStatusToDosError).
#ifndef WINEMU_API_FLTLIB_ERRORS_H_
#define WINEMU_API_FLTLIB_ERRORS_H_

#include <fltUser.h>
#include <ntstatus.h>

#include <cstdint>

#include "emu/fltmgr/status.h"

namespace winemu::fltlib {

// RtlNtStatusToDosError for the statuses FltLib can see (the engine's and
// the common ones a MessageNotify / ConnectNotify returns); an unknown
// status gives ERROR_MR_MID_NOT_FOUND (317), as on Windows.
inline DWORD DosErrorFromNtStatus(uint32_t status) {
  switch (static_cast<NTSTATUS>(status)) {
    case STATUS_PORT_DISCONNECTED:
    case STATUS_INVALID_HANDLE:
    case STATUS_OBJECT_TYPE_MISMATCH:
      return ERROR_INVALID_HANDLE;
    case STATUS_OBJECT_NAME_NOT_FOUND:
      return ERROR_FILE_NOT_FOUND;
    case STATUS_OBJECT_PATH_NOT_FOUND:
      return ERROR_PATH_NOT_FOUND;
    case STATUS_OBJECT_NAME_COLLISION:
      return ERROR_ALREADY_EXISTS;
    case STATUS_ACCESS_DENIED:
    case STATUS_THREAD_IS_TERMINATING:
    case STATUS_PORT_CONNECTION_REFUSED:
      return ERROR_ACCESS_DENIED;
    case STATUS_INVALID_PARAMETER:
      return ERROR_INVALID_PARAMETER;
    case STATUS_INSUFFICIENT_RESOURCES:
      return ERROR_NO_SYSTEM_RESOURCES;
    case STATUS_NO_MEMORY:
      return ERROR_NOT_ENOUGH_MEMORY;
    case STATUS_BUFFER_TOO_SMALL:
      return ERROR_INSUFFICIENT_BUFFER;
    case STATUS_BUFFER_OVERFLOW:
      return ERROR_MORE_DATA;
    case STATUS_CONNECTION_COUNT_LIMIT:
      return ERROR_CONNECTION_COUNT_LIMIT;
    case STATUS_CANCELLED:
      return ERROR_OPERATION_ABORTED;
    case STATUS_PENDING:
      return ERROR_IO_PENDING;
    case STATUS_NOT_IMPLEMENTED:
    case STATUS_INVALID_DEVICE_REQUEST:
      return ERROR_INVALID_FUNCTION;
    case STATUS_NOT_SUPPORTED:
      return 50;  // ERROR_NOT_SUPPORTED
    case STATUS_UNSUCCESSFUL:
      return 31;  // ERROR_GEN_FAILURE
    case STATUS_SHARING_VIOLATION:
      return ERROR_SHARING_VIOLATION;
    case STATUS_END_OF_FILE:
      return ERROR_HANDLE_EOF;
    default:
      return 317;  // ERROR_MR_MID_NOT_FOUND
  }
}

inline HRESULT HrFromNtStatus(uint32_t status) {
  if (static_cast<int32_t>(status) >= 0) return S_OK;
  if (((status >> 16) & 0x0FFF) == 0x1C) {
    return FILTER_HRESULT_FROM_FLT_NTSTATUS(status);
  }
  return HRESULT_FROM_WIN32(DosErrorFromNtStatus(status));
}

// The NTSTATUS an engine status stands for on the user side.
inline uint32_t NtStatusFrom(fltmgr::Status status) {
  using fltmgr::Status;
  switch (status) {
    case Status::kOk:
      return STATUS_SUCCESS;
    case Status::kPending:
      return STATUS_PENDING;
    case Status::kInvalidParameter:
      return STATUS_INVALID_PARAMETER;
    case Status::kNameNotFound:
      return STATUS_OBJECT_NAME_NOT_FOUND;
    case Status::kPortDisconnected:
      return STATUS_PORT_DISCONNECTED;
    case Status::kCancelled:
      return STATUS_CANCELLED;
    case Status::kBufferTooSmall:
      return STATUS_BUFFER_TOO_SMALL;
    case Status::kAccessDenied:
      return STATUS_ACCESS_DENIED;
    case Status::kConnectionLimit:
      return STATUS_CONNECTION_COUNT_LIMIT;
    case Status::kNoWaiterForReply:
      return STATUS_FLT_NO_WAITER_FOR_REPLY;
    // No MessageNotify: undocumented; ERROR_INVALID_FUNCTION [INF].
    case Status::kNoMessageNotify:
      return STATUS_INVALID_DEVICE_REQUEST;
    case Status::kInvalidHandle:
      return STATUS_INVALID_HANDLE;
    default:
      return STATUS_UNSUCCESSFUL;
  }
}

inline HRESULT HrFrom(fltmgr::Result result) {
  // A success status to the kernel, but a FAILED() HRESULT to the caller.
  if (result.status == fltmgr::Status::kPending) {
    return HRESULT_FROM_WIN32(ERROR_IO_PENDING);
  }
  if (result.status == fltmgr::Status::kCallbackStatus) {
    return HrFromNtStatus(result.raw);
  }
  return HrFromNtStatus(NtStatusFrom(result.status));
}

inline HRESULT HrFrom(fltmgr::Status status) {
  return HrFrom(fltmgr::Result{status});
}

}  // namespace winemu::fltlib

#endif  // WINEMU_API_FLTLIB_ERRORS_H_
