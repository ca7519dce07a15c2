// Copyright winemu authors.
//
// wfd_test_util.h: helpers shared by the Wi-Fi Direct scenario tests.
#ifndef WINEMU_TESTS_UNIT_WFD_WFD_TEST_UTIL_H_
#define WINEMU_TESTS_UNIT_WFD_WFD_TEST_UTIL_H_

#include <windows.h>
#include <wlanapi.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <mutex>
#include <vector>

#include "emu/wfd/types.h"

namespace winemu::wfd::testing {

inline MacAddress Mac(const DOT11_MAC_ADDRESS& address) {
  MacAddress mac;
  std::memcpy(mac.data(), address, mac.size());
  return mac;
}

// Records every completion callback; thread-safe. Pass it as pvContext.
struct Completions {
  struct Call {
    HANDLE session;
    PVOID context;
    GUID guid;
    DWORD error;
    DWORD reason;
    DWORD process;
  };

  static VOID WINAPI Callback(HANDLE hSessionHandle, PVOID pvContext,
                              GUID guidSessionInterface, DWORD dwError,
                              DWORD dwReasonCode) {
    auto* self = static_cast<Completions*>(pvContext);
    {
      std::lock_guard<std::mutex> lock(self->mu);
      self->calls.push_back({hSessionHandle, pvContext, guidSessionInterface,
                             dwError, dwReasonCode, GetCurrentProcessId()});
    }
    self->count.fetch_add(1);
    if (self->on_call) self->on_call(hSessionHandle, dwError);
  }

  std::vector<Call> Calls() {
    std::lock_guard<std::mutex> lock(mu);
    return calls;
  }
  Call Last() {
    std::lock_guard<std::mutex> lock(mu);
    return calls.back();
  }

  std::mutex mu;
  std::vector<Call> calls;
  std::atomic<int> count{0};
  // Runs inside the callback (after recording), on the callback's thread.
  std::function<void(HANDLE, DWORD)> on_call;
};

inline bool IsNullGuid(const GUID& g) {
  const GUID zero = {};
  return std::memcmp(&g, &zero, sizeof(GUID)) == 0;
}

}  // namespace winemu::wfd::testing

#endif  // WINEMU_TESTS_UNIT_WFD_WFD_TEST_UTIL_H_
