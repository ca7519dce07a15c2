// Copyright winemu authors.
//
// windows.h: the master include of Win32 code. It brings in the version
// macros, the base types, the Win32 base services and the error codes, and,
// unless WIN32_LEAN_AND_MEAN is defined, the RPC definitions.
//
//   #include <windows.h>
//
// Status codes: define WIN32_NO_STATUS before this file to leave the
// STATUS_* codes to ntstatus.h. Including ntstatus.h before or after this
// file without WIN32_NO_STATUS also compiles without warnings; either way the
// STATUS_* codes end up as NTSTATUS values.
//
// winemu does not define the `min` and `max` macros (as if NOMINMAX were
// always defined): they would break the C++ standard library.
#ifndef WINEMU_API_INCLUDE_WINDOWS_H_
#define WINEMU_API_INCLUDE_WINDOWS_H_

#include <basetsd.h>
#include <guiddef.h>
#include <minwindef.h>
#include <sal.h>
#include <sdkddkver.h>
#include <winbase.h>
#include <ioapiset.h>
#include <processthreadsapi.h>
#include <synchapi.h>
#include <windef.h>
#include <winerror.h>
#include <winnt.h>

#ifndef WIN32_LEAN_AND_MEAN
#include <rpcdce.h>
#endif

#endif  // WINEMU_API_INCLUDE_WINDOWS_H_
