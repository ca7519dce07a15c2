// Copyright winemu authors.
//
// status.h: what the filter manager engine reports.
//
// The engine knows no Windows types. The shims (api/fltmgr, api/fltlib) turn
// each Status into the documented NTSTATUS or HRESULT in their errors.h.
// Callback results (a ConnectNotify or MessageNotify status) are carried
// through unchanged as `raw` with Status::kCallbackStatus.
#ifndef WINEMU_EMU_FLTMGR_STATUS_H_
#define WINEMU_EMU_FLTMGR_STATUS_H_

#include <cstdint>

namespace winemu::fltmgr {

enum class Status {
  kOk,
  kTimeout,  // a success code on the kernel side
  kPending,  // an overlapped read was queued
  kInvalidParameter,
  kNameCollision,
  kNameNotFound,      // no such port, file
  kPathNotFound,      // a missing directory on the way to a file
  kPortDisconnected,  // the kernel side closed the connection, or unload
  kCancelled,         // the user closed its handle, or cancelled the read
  kBufferOverflow,    // reply payload larger than the kernel's buffer
  kBufferTooSmall,    // message larger than the reader's buffer
  kAccessDenied,      // the port's security descriptor refuses the caller
  kConnectionLimit,   // MaxConnections reached
  kNoWaiterForReply,  // unknown, answered or abandoned message id
  kNoMessageNotify,   // FilterSendMessage on a port without MessageNotify
  kDeletingObject,    // the filter is being unregistered
  kRegistrationBusy,  // the driver already registered a filter
  kCallbackStatus,    // a client callback failed; see Result::raw
  kSharingViolation,
  kFileIsADirectory,
  kNotADirectory,
  kEndOfFile,
  kObjectNameInvalid,
  kFileAccessDenied,      // the handle lacks the access the operation needs
  kInvalidHandle,         // a bad, stale, wrong-type or foreign handle
  kInvalidDeviceRequest,  // data I/O on a directory
};

const char* StatusName(Status status);

struct Result {
  Status status = Status::kOk;
  uint32_t raw = 0;  // the callback's status bit pattern (kCallbackStatus)
  bool ok() const { return status == Status::kOk; }
};

// NT_SUCCESS for a status bit pattern returned by client callbacks.
inline bool StatusSucceeded(uint32_t raw) {
  return static_cast<int32_t>(raw) >= 0;
}

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_STATUS_H_
