// Copyright winemu authors.
//
// errors.h: engine status to NTSTATUS, for FltMgr's (kernel-mode) entry
// points. The one place where the kernel side chooses its codes.
#ifndef WINEMU_API_FLTMGR_ERRORS_H_
#define WINEMU_API_FLTMGR_ERRORS_H_

#include <fltKernel.h>

#include "emu/fltmgr/status.h"

namespace winemu::fltmgr_api {

inline NTSTATUS NtStatusFrom(fltmgr::Result result) {
  using fltmgr::Status;
  switch (result.status) {
    case Status::kOk:
      return STATUS_SUCCESS;
    case Status::kTimeout:
      return STATUS_TIMEOUT;
    case Status::kPending:
      return STATUS_PENDING;
    case Status::kInvalidParameter:
      return STATUS_INVALID_PARAMETER;
    case Status::kNameCollision:
      return STATUS_OBJECT_NAME_COLLISION;
    case Status::kNameNotFound:
      return STATUS_OBJECT_NAME_NOT_FOUND;
    case Status::kPathNotFound:
      return STATUS_OBJECT_PATH_NOT_FOUND;
    case Status::kPortDisconnected:
      return STATUS_PORT_DISCONNECTED;
    case Status::kCancelled:
      return STATUS_CANCELLED;
    case Status::kBufferOverflow:
      return STATUS_BUFFER_OVERFLOW;
    case Status::kBufferTooSmall:
      return STATUS_BUFFER_TOO_SMALL;
    case Status::kAccessDenied:
      return STATUS_ACCESS_DENIED;
    case Status::kConnectionLimit:
      return STATUS_CONNECTION_COUNT_LIMIT;
    case Status::kNoWaiterForReply:
      return STATUS_FLT_NO_WAITER_FOR_REPLY;
    case Status::kNoMessageNotify:
      return STATUS_INVALID_DEVICE_REQUEST;
    case Status::kDeletingObject:
      return STATUS_FLT_DELETING_OBJECT;
    case Status::kRegistrationBusy:
      return STATUS_FLT_REGISTRATION_BUSY;
    case Status::kCallbackStatus:
      return static_cast<NTSTATUS>(result.raw);
    case Status::kSharingViolation:
      return STATUS_SHARING_VIOLATION;
    case Status::kFileIsADirectory:
      return STATUS_FILE_IS_A_DIRECTORY;
    case Status::kNotADirectory:
      return STATUS_NOT_A_DIRECTORY;
    case Status::kEndOfFile:
      return STATUS_END_OF_FILE;
    case Status::kObjectNameInvalid:
      return STATUS_OBJECT_NAME_INVALID;
    case Status::kFileAccessDenied:
      return STATUS_ACCESS_DENIED;
    case Status::kInvalidHandle:
      return STATUS_INVALID_HANDLE;
    case Status::kInvalidDeviceRequest:
      return STATUS_INVALID_DEVICE_REQUEST;
  }
  return STATUS_UNSUCCESSFUL;
}

inline NTSTATUS NtStatusFrom(fltmgr::Status status) {
  return NtStatusFrom(fltmgr::Result{status});
}

}  // namespace winemu::fltmgr_api

#endif  // WINEMU_API_FLTMGR_ERRORS_H_
