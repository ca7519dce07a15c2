// Copyright winemu authors.
//
// processthreadsapi.h: threads.
//
//   HANDLE t = CreateThread(NULL, 0, Worker, context, 0, NULL);
//   WaitForSingleObject(t, INFINITE);
//   CloseHandle(t);
//
// A thread runs for the simulated process that created it, so its API calls
// are attributed to that process. The emulator waits for its threads when it
// is destroyed. CREATE_SUSPENDED is not modelled (fails loudly).
#ifndef WINEMU_API_INCLUDE_PROCESSTHREADSAPI_H_
#define WINEMU_API_INCLUDE_PROCESSTHREADSAPI_H_

#include <minwinbase.h>

#define CREATE_SUSPENDED 0x00000004
#define STACK_SIZE_PARAM_IS_A_RESERVATION 0x00010000
#define STILL_ACTIVE 259

#ifdef __cplusplus
extern "C" {
#endif

WINBASEAPI _Ret_maybenull_ HANDLE WINAPI CreateThread(
    _In_opt_ LPSECURITY_ATTRIBUTES lpThreadAttributes, _In_ SIZE_T dwStackSize,
    _In_ LPTHREAD_START_ROUTINE lpStartAddress, _In_opt_ LPVOID lpParameter,
    _In_ DWORD dwCreationFlags, _Out_opt_ LPDWORD lpThreadId);

WINBASEAPI BOOL WINAPI GetExitCodeThread(_In_ HANDLE hThread,
                                         _Out_ LPDWORD lpExitCode);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_PROCESSTHREADSAPI_H_
