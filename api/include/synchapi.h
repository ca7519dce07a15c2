// Copyright winemu authors.
//
// synchapi.h: events and waits.
//
//   HANDLE done = CreateEventW(NULL, TRUE, FALSE, NULL);   // manual reset
//   ...                                   // another thread: SetEvent(done)
//   if (WaitForSingleObject(done, 5000) == WAIT_TIMEOUT) { ... }
//   CloseHandle(done);
//
// Waits run on the emulator's clock: with a deterministic emulator a timeout
// elapses when the test advances virtual time. Waitable objects are events
// and threads. Named events and alertable waits are not modelled (they fail
// loudly: ERROR_NOT_SUPPORTED and a verifier report).
#ifndef WINEMU_API_INCLUDE_SYNCHAPI_H_
#define WINEMU_API_INCLUDE_SYNCHAPI_H_

#include <minwinbase.h>
#include <winerror.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CREATE_EVENT_MANUAL_RESET 0x00000001
#define CREATE_EVENT_INITIAL_SET 0x00000002

WINBASEAPI _Ret_maybenull_ HANDLE WINAPI CreateEventW(
    _In_opt_ LPSECURITY_ATTRIBUTES lpEventAttributes, _In_ BOOL bManualReset,
    _In_ BOOL bInitialState, _In_opt_ LPCWSTR lpName);
WINBASEAPI _Ret_maybenull_ HANDLE WINAPI CreateEventA(
    _In_opt_ LPSECURITY_ATTRIBUTES lpEventAttributes, _In_ BOOL bManualReset,
    _In_ BOOL bInitialState, _In_opt_ LPCSTR lpName);
#ifdef UNICODE
#define CreateEvent CreateEventW
#else
#define CreateEvent CreateEventA
#endif

WINBASEAPI BOOL WINAPI SetEvent(_In_ HANDLE hEvent);
WINBASEAPI BOOL WINAPI ResetEvent(_In_ HANDLE hEvent);

WINBASEAPI DWORD WINAPI WaitForSingleObject(_In_ HANDLE hHandle,
                                            _In_ DWORD dwMilliseconds);
WINBASEAPI DWORD WINAPI WaitForSingleObjectEx(_In_ HANDLE hHandle,
                                              _In_ DWORD dwMilliseconds,
                                              _In_ BOOL bAlertable);
WINBASEAPI DWORD WINAPI WaitForMultipleObjects(_In_ DWORD nCount,
                                               _In_reads_(nCount)
                                                   CONST HANDLE *lpHandles,
                                               _In_ BOOL bWaitAll,
                                               _In_ DWORD dwMilliseconds);

// Sleeps on the emulator's clock.
WINBASEAPI VOID WINAPI Sleep(_In_ DWORD dwMilliseconds);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_SYNCHAPI_H_
