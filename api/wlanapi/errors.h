// Copyright winemu authors.
//
// errors.h: the one place where the Wi-Fi Direct service's status becomes a
// Win32 error code (the return value of every WFD* function, and the
// dwError / dwReasonCode of an open's completion callback).
#ifndef WINEMU_API_WLANAPI_ERRORS_H_
#define WINEMU_API_WLANAPI_ERRORS_H_

#include <windows.h>
#include <wlanapi.h>

#include "emu/wfd/types.h"

namespace winemu::wlanapi {

inline DWORD Win32FromStatus(wfd::Status status) {
  switch (status) {
    case wfd::Status::kOk:
      return ERROR_SUCCESS;
    case wfd::Status::kNullHandle:
      return ERROR_INVALID_PARAMETER;  // [DOC] NULL handle
    case wfd::Status::kBadHandle:
      return ERROR_INVALID_HANDLE;  // [DOC] not in the handle table
    case wfd::Status::kServiceNotActive:
      return ERROR_SERVICE_NOT_ACTIVE;
    case wfd::Status::kDisabledByPolicy:
      return ERROR_INVALID_STATE;
    case wfd::Status::kHandleLimit:
      return ERROR_REMOTE_SESSION_LIMIT_EXCEEDED;
    case wfd::Status::kDeviceNotFound:
      return ERROR_NOT_FOUND;  // [INF] unknown / unpaired device address
    case wfd::Status::kOpenPending:
      return ERROR_INVALID_STATE;  // [INF] WFDCloseSession on a pending open
    case wfd::Status::kCancelled:
      return ERROR_CANCELLED;  // [INF] the completion of a cancelled open
    case wfd::Status::kConnectionFailed:
      return ERROR_DEVICE_NOT_AVAILABLE;  // [INF] unless the device says
  }
  return ERROR_INVALID_FUNCTION;
}

// dwError of a completion (or of a failed legacy open).
inline DWORD Win32FromOpenResult(const wfd::OpenResult& result) {
  if (result.status == wfd::Status::kConnectionFailed &&
      result.failure_code.has_value()) {
    return *result.failure_code;
  }
  return Win32FromStatus(result.status);
}

// dwReasonCode of a completion: [INF] WLAN_REASON_CODE_SUCCESS on success,
// the device's configured code or WLAN_REASON_CODE_UNKNOWN on failure.
inline DWORD ReasonFromOpenResult(const wfd::OpenResult& result) {
  if (result.status == wfd::Status::kOk) return WLAN_REASON_CODE_SUCCESS;
  if (result.status == wfd::Status::kConnectionFailed &&
      result.reason_code.has_value()) {
    return *result.reason_code;
  }
  return WLAN_REASON_CODE_UNKNOWN;
}

}  // namespace winemu::wlanapi

#endif  // WINEMU_API_WLANAPI_ERRORS_H_
