// Copyright winemu authors.
//
// handleapi.h: closing handles, and the invalid handle value.
//
//   HANDLE port = INVALID_HANDLE_VALUE;
//   ...
//   if (port != INVALID_HANDLE_VALUE) CloseHandle(port);
//
// Declarations only: kernel32's emulation implements them.
#ifndef WINEMU_API_INCLUDE_HANDLEAPI_H_
#define WINEMU_API_INCLUDE_HANDLEAPI_H_

#include <minwindef.h>

#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

#define HANDLE_FLAG_INHERIT 0x00000001
#define HANDLE_FLAG_PROTECT_FROM_CLOSE 0x00000002

#ifdef __cplusplus
extern "C" {
#endif

WINBASEAPI BOOL WINAPI CloseHandle(_In_ _Post_ptr_invalid_ HANDLE hObject);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_HANDLEAPI_H_
