// Copyright winemu authors.
//
// The Wi-Fi Direct functions of wlanapi: pointer checks in Windows'
// validation order, SDK <-> engine conversions, and the result code. The
// behaviour is in emu/wfd/service.h.
//
// Validation order [INF where not documented]: first the NULL checks of the
// documentation (a NULL handle included: ERROR_INVALID_PARAMETER), then the
// handle lookup (ERROR_INVALID_HANDLE), then the service state.
//
// Out-parameters on failure [INF, the spec's recommendation]: a handle
// out-parameter is set to NULL when its pointer is not NULL; every other
// out-parameter is left untouched.
#include <windows.h>
#include <wlanapi.h>

#include <cstdint>
#include <cstring>

#include "api/wlanapi/errors.h"
#include "api/wlanapi/exports.h"
#include "emu/core/call.h"
#include "emu/wfd/service.h"
#include "emu/wfd/types.h"

namespace {

using winemu::wfd::Status;
using winemu::wfd::WfdService;

WfdService& Service(winemu::ApiCall& call) {
  return call.emu().GetExtension<WfdService>();
}

uint64_t HandleValue(HANDLE h) { return reinterpret_cast<uint64_t>(h); }
HANDLE ToHandle(uint64_t value) { return reinterpret_cast<HANDLE>(value); }

winemu::wfd::MacAddress ToMac(const PDOT11_MAC_ADDRESS address) {
  winemu::wfd::MacAddress mac;
  std::memcpy(mac.data(), *address, mac.size());
  return mac;
}

GUID ToGuid(const winemu::wfd::Guid& g) {
  GUID out;
  out.Data1 = g.data1;
  out.Data2 = g.data2;
  out.Data3 = g.data3;
  std::memcpy(out.Data4, g.data4.data(), sizeof(out.Data4));
  return out;
}

}  // namespace

extern "C" {

DWORD WINAPI WFDOpenHandle(DWORD dwClientVersion, PDWORD pdwNegotiatedVersion,
                           PHANDLE phClientHandle) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDOpenHandle);
  WINEMU_TRACE_ARGS(call, "%u, %p, %p", dwClientVersion,
                    static_cast<void*>(pdwNegotiatedVersion),
                    static_cast<void*>(phClientHandle));
  auto fail = [&](DWORD code) {
    if (phClientHandle != NULL) *phClientHandle = NULL;
    return call.Finish(code);
  };
  if (call.injected()) return fail(*call.injected());
  if (pdwNegotiatedVersion == NULL || phClientHandle == NULL) {
    return fail(ERROR_INVALID_PARAMETER);
  }
  // [DOC] Any version other than WFD_API_VERSION (1) is rejected; there is
  // no negotiation up or down.
  if (dwClientVersion != WFD_API_VERSION_1_0) {
    return fail(ERROR_INVALID_PARAMETER);
  }
  uint64_t client = 0;
  const Status status = Service(call).OpenClient(call, &client);
  if (status != Status::kOk) {
    return fail(winemu::wlanapi::Win32FromStatus(status));
  }
  *pdwNegotiatedVersion = WFD_API_VERSION_1_0;
  *phClientHandle = ToHandle(client);
  return call.Finish(static_cast<DWORD>(ERROR_SUCCESS));
}

DWORD WINAPI WFDCloseHandle(HANDLE hClientHandle) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDCloseHandle);
  WINEMU_TRACE_ARGS(call, "%p", hClientHandle);
  if (call.injected()) return call.Finish(*call.injected());
  const Status status =
      Service(call).CloseClient(call, HandleValue(hClientHandle));
  return call.Finish(winemu::wlanapi::Win32FromStatus(status));
}

DWORD WINAPI WFDStartOpenSession(HANDLE hClientHandle,
                                 PDOT11_MAC_ADDRESS pDeviceAddress,
                                 PVOID pvContext,
                                 WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback,
                                 PHANDLE phSessionHandle) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDStartOpenSession);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %p, %p", hClientHandle,
                    static_cast<void*>(pDeviceAddress), pvContext,
                    reinterpret_cast<void*>(pfnCallback),
                    static_cast<void*>(phSessionHandle));
  // [INF] If the start fails, no callback comes and the handle stays NULL.
  auto fail = [&](DWORD code) {
    if (phSessionHandle != NULL) *phSessionHandle = NULL;
    return call.Finish(code);
  };
  if (call.injected()) return fail(*call.injected());
  if (hClientHandle == NULL || pDeviceAddress == NULL || pfnCallback == NULL ||
      phSessionHandle == NULL) {
    return fail(ERROR_INVALID_PARAMETER);
  }
  auto callback = [pfnCallback, pvContext](
                      uint64_t session, const winemu::wfd::OpenResult& result) {
    // [DOC] The interface GUID is meaningful only on success; [INF] it is
    // all zeros otherwise.
    GUID guid = {};
    if (result.status == Status::kOk) guid = ToGuid(result.interface_guid);
    pfnCallback(ToHandle(session), pvContext, guid,
                winemu::wlanapi::Win32FromOpenResult(result),
                winemu::wlanapi::ReasonFromOpenResult(result));
  };
  const Status status = Service(call).StartOpen(
      call, HandleValue(hClientHandle), ToMac(pDeviceAddress),
      std::move(callback), [phSessionHandle](uint64_t session) {
        *phSessionHandle = ToHandle(session);
      });
  if (status != Status::kOk) {
    return fail(winemu::wlanapi::Win32FromStatus(status));
  }
  return call.Finish(static_cast<DWORD>(ERROR_SUCCESS));
}

DWORD WINAPI WFDCancelOpenSession(HANDLE hSessionHandle) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDCancelOpenSession);
  WINEMU_TRACE_ARGS(call, "%p", hSessionHandle);
  if (call.injected()) return call.Finish(*call.injected());
  const Status status =
      Service(call).CancelOpen(call, HandleValue(hSessionHandle));
  return call.Finish(winemu::wlanapi::Win32FromStatus(status));
}

DWORD WINAPI WFDOpenLegacySession(HANDLE hClientHandle,
                                  PDOT11_MAC_ADDRESS pLegacyMacAddress,
                                  HANDLE* phSessionHandle,
                                  GUID* pGuidSessionInterface) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDOpenLegacySession);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %p", hClientHandle,
                    static_cast<void*>(pLegacyMacAddress),
                    static_cast<void*>(phSessionHandle),
                    static_cast<void*>(pGuidSessionInterface));
  auto fail = [&](DWORD code) {
    if (phSessionHandle != NULL) *phSessionHandle = NULL;
    return call.Finish(code);
  };
  if (call.injected()) return fail(*call.injected());
  // [DOC] NULL client handle or address; [INF] NULL out-parameters too.
  if (hClientHandle == NULL || pLegacyMacAddress == NULL ||
      phSessionHandle == NULL || pGuidSessionInterface == NULL) {
    return fail(ERROR_INVALID_PARAMETER);
  }
  uint64_t session = 0;
  winemu::wfd::Guid guid;
  winemu::wfd::OpenResult failure;
  const Status status = Service(call).OpenLegacy(
      call, HandleValue(hClientHandle), ToMac(pLegacyMacAddress), &session,
      &guid, &failure);
  if (status == Status::kConnectionFailed) {
    return fail(winemu::wlanapi::Win32FromOpenResult(failure));
  }
  if (status != Status::kOk) {
    return fail(winemu::wlanapi::Win32FromStatus(status));
  }
  *phSessionHandle = ToHandle(session);
  *pGuidSessionInterface = ToGuid(guid);
  return call.Finish(static_cast<DWORD>(ERROR_SUCCESS));
}

DWORD WINAPI WFDCloseSession(HANDLE hSessionHandle) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDCloseSession);
  WINEMU_TRACE_ARGS(call, "%p", hSessionHandle);
  if (call.injected()) return call.Finish(*call.injected());
  const Status status =
      Service(call).CloseSession(call, HandleValue(hSessionHandle));
  return call.Finish(winemu::wlanapi::Win32FromStatus(status));
}

DWORD WINAPI WFDUpdateDeviceVisibility(PDOT11_MAC_ADDRESS pDeviceAddress) {
  WINEMU_API_CALL(call, winemu::wlanapi::kWFDUpdateDeviceVisibility);
  WINEMU_TRACE_ARGS(call, "%p", static_cast<void*>(pDeviceAddress));
  if (call.injected()) return call.Finish(*call.injected());
  if (pDeviceAddress == NULL) {
    return call.Finish(static_cast<DWORD>(ERROR_INVALID_PARAMETER));
  }
  const Status status =
      Service(call).UpdateVisibility(call, ToMac(pDeviceAddress));
  return call.Finish(winemu::wlanapi::Win32FromStatus(status));
}

}  // extern "C"
