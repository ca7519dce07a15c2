// Copyright winemu authors.
//
// A Windows client's handle hygiene, written as ordinary Windows code: it
// checks what CloseHandle reports for bad handle values.
#include <stdio.h>
#include <windows.h>

extern "C" int BaseExample(void) {
  printf("[base] process %lu, thread %lu\n",
         (unsigned long)GetCurrentProcessId(),
         (unsigned long)GetCurrentThreadId());
  SetLastError(ERROR_SUCCESS);
  BOOL ok = CloseHandle(NULL);
  printf("[base] CloseHandle(NULL) -> %d, GetLastError() = %lu\n", ok,
         (unsigned long)GetLastError());
  ok = CloseHandle((HANDLE)(ULONG_PTR)0x1234);
  printf("[base] CloseHandle(0x1234) -> %d, GetLastError() = %lu\n", ok,
         (unsigned long)GetLastError());
  return ok == FALSE && GetLastError() == ERROR_INVALID_HANDLE ? 0 : 1;
}
