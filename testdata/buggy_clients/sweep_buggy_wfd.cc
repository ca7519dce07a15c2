// Copyright winemu authors.
//
// A Wi-Fi Direct client, written as ordinary Windows code, with one seeded
// error-handling bug for the fault sweep (tests/sweep) to find. It connects
// to the paired peer the demo seeds (tools/demo/wfd_setup.cc).
//
//   BUG (hang): it waits for the open-session completion callback whatever
//               WFDStartOpenSession returned; when the call fails no
//               callback ever comes, and it waits for ever.
#include <stdio.h>
#include <windows.h>
#include <wlanapi.h>

#include <condition_variable>
#include <mutex>

namespace {

struct OpenWait {
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  DWORD error = ERROR_SUCCESS;
};

VOID WINAPI OnOpenComplete(HANDLE hSessionHandle, PVOID pvContext,
                           GUID guidSessionInterface, DWORD dwError,
                           DWORD dwReasonCode) {
  OpenWait* wait = (OpenWait*)pvContext;
  std::lock_guard<std::mutex> lock(wait->mu);
  wait->error = dwError;
  wait->done = true;
  wait->cv.notify_all();
}

}  // namespace

extern "C" int SweepBuggyWfd(void) {
  DOT11_MAC_ADDRESS peer = {0x02, 0x57, 0x46, 0x44, 0x00, 0x01};
  DWORD version = 0;
  HANDLE client = NULL;
  DWORD error = WFDOpenHandle(WFD_API_VERSION, &version, &client);
  if (error != ERROR_SUCCESS) return 1;

  OpenWait wait;
  HANDLE session = NULL;
  error = WFDStartOpenSession(client, &peer, &wait, OnOpenComplete, &session);
  printf("[buggy wfd] WFDStartOpenSession -> 0x%lx\n", (unsigned long)error);
  {
    // BUG: no check of `error` before waiting for the callback.
    std::unique_lock<std::mutex> lock(wait.mu);
    wait.cv.wait(lock, [&] { return wait.done; });
  }
  int rc = wait.error == ERROR_SUCCESS ? 0 : 1;
  if (WFDCloseSession(session) != ERROR_SUCCESS) rc = 1;
  if (WFDCloseHandle(client) != ERROR_SUCCESS) rc = 1;
  return rc;
}
