// Copyright winemu authors.
//
// winbase.h: the Win32 base services that winemu provides: handles, last
// error, process and thread identities, and the structures and wait
// constants shared by synchronous and overlapped I/O.
//
//   OVERLAPPED overlapped = {};
//   DWORD wait = WaitForSingleObject(event, INFINITE);
//   if (wait == WAIT_OBJECT_0) { ... }
//
// Declarations only: kernel32's emulation implements them.
#ifndef WINEMU_API_INCLUDE_WINBASE_H_
#define WINEMU_API_INCLUDE_WINBASE_H_

#include <errhandlingapi.h>
#include <handleapi.h>
#include <minwindef.h>
#include <winerror.h>

// Timeouts and wait results. WAIT_TIMEOUT (258) is in winerror.h.
#define INFINITE 0xFFFFFFFF
#define WAIT_OBJECT_0 ((DWORD)0x00000000L)
#define WAIT_ABANDONED ((DWORD)0x00000080L)
#define WAIT_ABANDONED_0 ((DWORD)0x00000080L)
#define WAIT_IO_COMPLETION ((DWORD)0x000000C0L)
#define WAIT_FAILED ((DWORD)0xFFFFFFFF)

#define ZeroMemory RtlZeroMemory
#define CopyMemory RtlCopyMemory
#define MoveMemory RtlMoveMemory
#define FillMemory RtlFillMemory

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _SECURITY_ATTRIBUTES {
  DWORD nLength;
  LPVOID lpSecurityDescriptor;
  BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

typedef struct _OVERLAPPED {
  ULONG_PTR Internal;
  ULONG_PTR InternalHigh;
  __extension__ union {
    __extension__ struct {
      DWORD Offset;
      DWORD OffsetHigh;
    } DUMMYSTRUCTNAME;
    PVOID Pointer;
  } DUMMYUNIONNAME;
  HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

WINBASEAPI DWORD WINAPI GetCurrentProcessId(void);

WINBASEAPI DWORD WINAPI GetCurrentThreadId(void);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_WINBASE_H_
