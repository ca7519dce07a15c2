// Copyright winemu authors.
//
// ioapiset.h: I/O completion ports, overlapped results and cancellation.
//
//   HANDLE iocp = CreateIoCompletionPort(port, NULL, 0, 2);  // associate
//   FilterGetMessage(port, &msg.MessageHeader, sizeof(msg), &msg.Ovlp);
//   DWORD n; ULONG_PTR key; LPOVERLAPPED done;
//   if (GetQueuedCompletionStatus(iocp, &n, &key, &done, INFINITE)) { ... }
//
// The handles that complete overlapped I/O in winemu are Filter Manager
// communication port handles; other handles can be associated with a port
// but never complete anything. Timeouts run on the emulator's clock.
#ifndef WINEMU_API_INCLUDE_IOAPISET_H_
#define WINEMU_API_INCLUDE_IOAPISET_H_

#include <minwinbase.h>

#ifdef __cplusplus
extern "C" {
#endif

WINBASEAPI _Ret_maybenull_ HANDLE WINAPI CreateIoCompletionPort(
    _In_ HANDLE FileHandle, _In_opt_ HANDLE ExistingCompletionPort,
    _In_ ULONG_PTR CompletionKey, _In_ DWORD NumberOfConcurrentThreads);

WINBASEAPI BOOL WINAPI GetQueuedCompletionStatus(
    _In_ HANDLE CompletionPort, _Out_ LPDWORD lpNumberOfBytesTransferred,
    _Out_ PULONG_PTR lpCompletionKey, _Out_ LPOVERLAPPED *lpOverlapped,
    _In_ DWORD dwMilliseconds);

WINBASEAPI BOOL WINAPI PostQueuedCompletionStatus(
    _In_ HANDLE CompletionPort, _In_ DWORD dwNumberOfBytesTransferred,
    _In_ ULONG_PTR dwCompletionKey, _In_opt_ LPOVERLAPPED lpOverlapped);

WINBASEAPI BOOL WINAPI
GetOverlappedResult(_In_ HANDLE hFile, _In_ LPOVERLAPPED lpOverlapped,
                    _Out_ LPDWORD lpNumberOfBytesTransferred, _In_ BOOL bWait);

WINBASEAPI BOOL WINAPI CancelIoEx(_In_ HANDLE hFile,
                                  _In_opt_ LPOVERLAPPED lpOverlapped);
WINBASEAPI BOOL WINAPI CancelIo(_In_ HANDLE hFile);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_IOAPISET_H_
