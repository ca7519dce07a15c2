// Copyright winemu authors.
//
// errhandlingapi.h: the calling thread's last-error code.
//
//   if (!CloseHandle(h)) {
//     DWORD error = GetLastError();   // e.g. ERROR_INVALID_HANDLE
//   }
//
// Declarations only: kernel32's emulation implements them.
#ifndef WINEMU_API_INCLUDE_ERRHANDLINGAPI_H_
#define WINEMU_API_INCLUDE_ERRHANDLINGAPI_H_

#include <minwindef.h>

#ifdef __cplusplus
extern "C" {
#endif

WINBASEAPI _Check_return_ _Post_equals_last_error_ DWORD WINAPI
GetLastError(void);

WINBASEAPI void WINAPI SetLastError(_In_ DWORD dwErrCode);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_ERRHANDLINGAPI_H_
