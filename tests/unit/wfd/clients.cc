// Copyright winemu authors.
//
// The clients of clients.h, as Windows code.
#include "tests/unit/wfd/clients.h"

#include <windows.h>
#include <wlanapi.h>

#include <condition_variable>
#include <mutex>

DWORD RunLegacyClient(PDOT11_MAC_ADDRESS peer, GUID* interface_guid) {
  DWORD negotiated = 0;
  HANDLE client = NULL;
  DWORD error = WFDOpenHandle(WFD_API_VERSION, &negotiated, &client);
  if (error != ERROR_SUCCESS) return error;

  HANDLE session = NULL;
  error = WFDOpenLegacySession(client, peer, &session, interface_guid);
  if (error == ERROR_SUCCESS) {
    // ... use the network interface *interface_guid ...
    error = WFDCloseSession(session);
  }
  const DWORD close_error = WFDCloseHandle(client);
  return error != ERROR_SUCCESS ? error : close_error;
}

namespace {

struct OpenWait {
  std::mutex mu;
  std::condition_variable done_cv;
  bool done = false;
  DWORD error = ERROR_SUCCESS;
  HANDLE session = NULL;
};

VOID WINAPI OnOpenComplete(HANDLE hSessionHandle, PVOID pvContext,
                           GUID guidSessionInterface, DWORD dwError,
                           DWORD dwReasonCode) {
  OpenWait* wait = static_cast<OpenWait*>(pvContext);
  std::lock_guard<std::mutex> lock(wait->mu);
  wait->error = dwError;
  wait->session = hSessionHandle;
  wait->done = true;
  wait->done_cv.notify_all();
}

}  // namespace

DWORD RunOnDemandClient(PDOT11_MAC_ADDRESS peer) {
  DWORD negotiated = 0;
  HANDLE client = NULL;
  DWORD error = WFDOpenHandle(WFD_API_VERSION, &negotiated, &client);
  if (error != ERROR_SUCCESS) return error;

  OpenWait wait;
  HANDLE session = NULL;
  error = WFDStartOpenSession(client, peer, &wait, OnOpenComplete, &session);
  if (error == ERROR_SUCCESS) {
    {
      std::unique_lock<std::mutex> lock(wait.mu);
      wait.done_cv.wait(lock, [&] { return wait.done; });
      error = wait.error;
      if (wait.session != session) error = ERROR_INVALID_HANDLE;
    }
    const DWORD close_error = WFDCloseSession(session);
    if (error == ERROR_SUCCESS) error = close_error;
  }
  const DWORD close_error = WFDCloseHandle(client);
  return error != ERROR_SUCCESS ? error : close_error;
}
