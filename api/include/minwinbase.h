// Copyright winemu authors.
//
// minwinbase.h: the basic Win32 structures of overlapped I/O and threads.
//
// SECURITY_ATTRIBUTES and OVERLAPPED themselves are declared in winbase.h,
// which this header includes; here are the completion-port entry and the
// routine types.
//
//   DWORD WINAPI Worker(LPVOID context);   // an LPTHREAD_START_ROUTINE
#ifndef WINEMU_API_INCLUDE_MINWINBASE_H_
#define WINEMU_API_INCLUDE_MINWINBASE_H_

#include <minwindef.h>
#include <winbase.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _OVERLAPPED_ENTRY {
  ULONG_PTR lpCompletionKey;
  LPOVERLAPPED lpOverlapped;
  ULONG_PTR Internal;
  DWORD dwNumberOfBytesTransferred;
} OVERLAPPED_ENTRY, *LPOVERLAPPED_ENTRY;

typedef VOID(WINAPI *LPOVERLAPPED_COMPLETION_ROUTINE)(
    _In_ DWORD dwErrorCode, _In_ DWORD dwNumberOfBytesTransfered,
    _Inout_ LPOVERLAPPED lpOverlapped);

typedef DWORD(WINAPI *PTHREAD_START_ROUTINE)(LPVOID lpThreadParameter);
typedef PTHREAD_START_ROUTINE LPTHREAD_START_ROUTINE;

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_MINWINBASE_H_
