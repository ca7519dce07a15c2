// Copyright winemu authors.
//
// ntddk.h: wdm.h plus the few ntddk.h additions minifilters use.
//
//   DbgPrint("connected from process %p\n", PsGetCurrentProcessId());
#ifndef WINEMU_API_INCLUDE_NTDDK_H_
#define WINEMU_API_INCLUDE_NTDDK_H_

#include <wdm.h>

// IoCreateFileEx Options (FltCreateFile* Flags): skip the share check.
#define IO_IGNORE_SHARE_ACCESS_CHECK 0x0800

#ifdef __cplusplus
extern "C" {
#endif

// The simulated process the calling thread runs for (System: 4).
NTKERNELAPI HANDLE NTAPI PsGetCurrentProcessId(void);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_NTDDK_H_
