// Copyright winemu authors.
#include "api/kernel32/exports.h"

#include <windows.h>

namespace winemu::kernel32 {

// CloseHandle's last error: ERROR_INVALID_HANDLE for a bad handle; the page
// allows any error, of which low memory is the one a test simulates.
WINEMU_CODE_SET(kCloseHandleCodes, kNoClass, ERROR_INVALID_HANDLE,
                ERROR_NOT_ENOUGH_MEMORY);

const ApiInfo kCloseHandle = {
    "CloseHandle",
    "kernel32",
    Support::kPartial,
    "closes the kernel objects winemu models (see each family); other "
    "handle values fail with ERROR_INVALID_HANDLE",
    CodeKind::kBool,
    ERROR_INVALID_HANDLE,
    &kCloseHandleCodes};
const ApiInfo kGetLastError = {"GetLastError",
                               "kernel32",
                               Support::kSupported,
                               "per-thread, as on Windows",
                               CodeKind::kWin32,
                               0,
                               &kNoCodes};
const ApiInfo kSetLastError = {
    "SetLastError", "kernel32", Support::kSupported, "", CodeKind::kVoid, 0,
    &kNoCodes};
const ApiInfo kGetCurrentProcessId = {"GetCurrentProcessId",
                                      "kernel32",
                                      Support::kSupported,
                                      "the calling thread's simulated process",
                                      CodeKind::kWin32,
                                      0,
                                      &kNoCodes};
const ApiInfo kGetCurrentThreadId = {
    "GetCurrentThreadId",
    "kernel32",
    Support::kSupported,
    "a small per-thread number, stable for the thread's life",
    CodeKind::kWin32,
    0,
    &kNoCodes};

namespace {
const ApiInfo *const kRows[] = {&kCloseHandle, &kGetLastError, &kSetLastError,
                                &kGetCurrentProcessId, &kGetCurrentThreadId};
const ExportTableRegistrar kRegistrar("kernel32", kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::kernel32
