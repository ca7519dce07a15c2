// Copyright winemu authors.
#include "api/wlanapi/exports.h"

#include <windows.h>

namespace winemu::wlanapi {

// What each may return besides ERROR_SUCCESS: its documented table, the
// spec's recommended codes, and the RPC errors of the call to the service.
WINEMU_CODE_SET(kOpenHandleCodes, kAnyRpcError, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY, ERROR_REMOTE_SESSION_LIMIT_EXCEEDED,
                ERROR_SERVICE_NOT_ACTIVE);
WINEMU_CODE_SET(kCloseHandleCodes, kAnyRpcError, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kStartOpenCodes, kAnyRpcError, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER, ERROR_INVALID_STATE,
                ERROR_SERVICE_NOT_ACTIVE);
WINEMU_CODE_SET(kCancelCodes, kAnyRpcError, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kLegacyCodes, kAnyRpcError, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY, ERROR_INVALID_HANDLE,
                ERROR_INVALID_STATE, ERROR_SERVICE_NOT_ACTIVE, ERROR_NOT_FOUND,
                ERROR_DEVICE_NOT_AVAILABLE);
WINEMU_CODE_SET(kCloseSessionCodes, kAnyRpcError, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER, ERROR_INVALID_STATE);
WINEMU_CODE_SET(kVisibilityCodes, kAnyRpcError, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY, ERROR_SERVICE_NOT_ACTIVE,
                ERROR_NOT_FOUND);

// The sweep code of each row is the first failure its documentation lists.
const ApiInfo kWFDOpenHandle = {
    "WFDOpenHandle",
    "wlanapi",
    Support::kSupported,
    "accepts only WFD_API_VERSION_1_0; handle limit configurable (default "
    "128)",
    CodeKind::kWin32,
    ERROR_INVALID_PARAMETER,
    &kOpenHandleCodes};
const ApiInfo kWFDCloseHandle = {
    "WFDCloseHandle",
    "wlanapi",
    Support::kSupported,
    "waits for pending opens (not from inside the client's own callback), "
    "then closes the client's sessions",
    CodeKind::kWin32,
    ERROR_INVALID_HANDLE,
    &kCloseHandleCodes};
const ApiInfo kWFDStartOpenSession = {
    "WFDStartOpenSession",
    "wlanapi",
    Support::kSupported,
    "completes on the work queue after the simulated device's connection "
    "time",
    CodeKind::kWin32,
    ERROR_INVALID_HANDLE,
    &kStartOpenCodes};
const ApiInfo kWFDCancelOpenSession = {
    "WFDCancelOpenSession", "wlanapi",
    Support::kSupported,    "the callback still comes, with ERROR_CANCELLED",
    CodeKind::kWin32,       ERROR_INVALID_HANDLE,
    &kCancelCodes};
const ApiInfo kWFDOpenLegacySession = {
    "WFDOpenLegacySession",
    "wlanapi",
    Support::kSupported,
    "synchronous; the device's connection time is not modelled",
    CodeKind::kWin32,
    ERROR_INVALID_PARAMETER,
    &kLegacyCodes};
const ApiInfo kWFDCloseSession = {
    "WFDCloseSession",
    "wlanapi",
    Support::kSupported,
    "the disconnect is a queued work item; a pending open is not closed "
    "(ERROR_INVALID_STATE)",
    CodeKind::kWin32,
    ERROR_INVALID_HANDLE,
    &kCloseSessionCodes};
const ApiInfo kWFDUpdateDeviceVisibility = {
    "WFDUpdateDeviceVisibility",
    "wlanapi",
    Support::kSupported,
    "updates the simulated device node's IsVisible property at once",
    CodeKind::kWin32,
    ERROR_INVALID_PARAMETER,
    &kVisibilityCodes};

namespace {
const ApiInfo *const kRows[] = {&kWFDOpenHandle,
                                &kWFDCloseHandle,
                                &kWFDStartOpenSession,
                                &kWFDCancelOpenSession,
                                &kWFDOpenLegacySession,
                                &kWFDCloseSession,
                                &kWFDUpdateDeviceVisibility};
const ExportTableRegistrar kRegistrar("wlanapi", kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::wlanapi
