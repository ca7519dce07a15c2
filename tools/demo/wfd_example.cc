// Copyright winemu authors.
//
// A Wi-Fi Direct client, written as ordinary Windows code: it opens a handle
// to the Wi-Fi Direct service, starts an on-demand session to a paired
// device, waits for the completion callback, then closes the session and the
// handle.
//
// The demo seeds the paired device with WfdExampleSetUp() (wfd_setup.cc);
// on Windows it would be a device paired through the Settings app.
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
  HANDLE session = NULL;
  GUID interface_guid = {};
  DWORD error = ERROR_SUCCESS;
  DWORD reason = 0;
};

VOID WINAPI OnOpenComplete(HANDLE hSessionHandle, PVOID pvContext,
                           GUID guidSessionInterface, DWORD dwError,
                           DWORD dwReasonCode) {
  OpenWait* wait = (OpenWait*)pvContext;
  std::lock_guard<std::mutex> lock(wait->mu);
  wait->session = hSessionHandle;
  wait->interface_guid = guidSessionInterface;
  wait->error = dwError;
  wait->reason = dwReasonCode;
  wait->done = true;
  wait->cv.notify_all();
}

}  // namespace

extern "C" int WfdExample(void) {
  DOT11_MAC_ADDRESS peer = {0x02, 0x57, 0x46, 0x44, 0x00, 0x01};

  DWORD version = 0;
  HANDLE client = NULL;
  DWORD error = WFDOpenHandle(WFD_API_VERSION, &version, &client);
  printf("[wfd] WFDOpenHandle -> 0x%lx, negotiated version %lu\n",
         (unsigned long)error, (unsigned long)version);
  if (error != ERROR_SUCCESS) return 1;

  OpenWait wait;
  HANDLE session = NULL;
  error = WFDStartOpenSession(client, &peer, &wait, OnOpenComplete, &session);
  printf(
      "[wfd] WFDStartOpenSession(02:57:46:44:00:01) -> 0x%lx "
      "(completes later)\n",
      (unsigned long)error);
  int rc = 1;
  if (error == ERROR_SUCCESS) {
    {
      std::unique_lock<std::mutex> lock(wait.mu);
      wait.cv.wait(lock, [&] { return wait.done; });
    }
    const GUID& g = wait.interface_guid;
    printf(
        "[wfd] callback: same handle %s, dwError 0x%lx, reason 0x%lx, "
        "interface {%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}\n",
        wait.session == session ? "yes" : "NO", (unsigned long)wait.error,
        (unsigned long)wait.reason, (unsigned long)g.Data1, g.Data2, g.Data3,
        g.Data4[0], g.Data4[1], g.Data4[2], g.Data4[3], g.Data4[4], g.Data4[5],
        g.Data4[6], g.Data4[7]);
    if (wait.error == ERROR_SUCCESS && wait.session == session) rc = 0;
    error = WFDCloseSession(session);
    printf("[wfd] WFDCloseSession -> 0x%lx (disconnect queued)\n",
           (unsigned long)error);
    if (error != ERROR_SUCCESS) rc = 1;
  }
  error = WFDCloseHandle(client);
  printf("[wfd] WFDCloseHandle -> 0x%lx\n", (unsigned long)error);
  if (error != ERROR_SUCCESS) rc = 1;
  return rc;
}
