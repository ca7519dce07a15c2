// Copyright winemu authors.
#include "emu/fltmgr/status.h"

namespace winemu::fltmgr {

const char* StatusName(Status status) {
  switch (status) {
    case Status::kOk:
      return "ok";
    case Status::kTimeout:
      return "timeout";
    case Status::kPending:
      return "pending";
    case Status::kInvalidParameter:
      return "invalid parameter";
    case Status::kNameCollision:
      return "name collision";
    case Status::kNameNotFound:
      return "name not found";
    case Status::kPathNotFound:
      return "path not found";
    case Status::kPortDisconnected:
      return "port disconnected";
    case Status::kCancelled:
      return "cancelled";
    case Status::kBufferOverflow:
      return "buffer overflow";
    case Status::kBufferTooSmall:
      return "buffer too small";
    case Status::kAccessDenied:
      return "access denied";
    case Status::kConnectionLimit:
      return "connection limit";
    case Status::kNoWaiterForReply:
      return "no waiter for reply";
    case Status::kNoMessageNotify:
      return "no MessageNotify";
    case Status::kDeletingObject:
      return "deleting object";
    case Status::kRegistrationBusy:
      return "registration busy";
    case Status::kCallbackStatus:
      return "callback status";
    case Status::kSharingViolation:
      return "sharing violation";
    case Status::kFileIsADirectory:
      return "file is a directory";
    case Status::kNotADirectory:
      return "not a directory";
    case Status::kEndOfFile:
      return "end of file";
    case Status::kObjectNameInvalid:
      return "object name invalid";
    case Status::kFileAccessDenied:
      return "file access denied";
    case Status::kInvalidHandle:
      return "invalid handle";
    case Status::kInvalidDeviceRequest:
      return "invalid device request";
  }
  return "?";
}

}  // namespace winemu::fltmgr
