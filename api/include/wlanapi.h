// Copyright winemu authors.
//
// wlanapi.h: the Native Wifi API; here, its Wi-Fi Direct (WFD) part.
//
// A client opens a handle to the Wi-Fi Direct service, starts an on-demand
// session to a paired device (completion comes later, through a callback on
// another thread), and closes the session and the handle when done:
//
//   DWORD version = 0;
//   HANDLE hClient = NULL, hSession = NULL;
//   WFDOpenHandle(WFD_API_VERSION, &version, &hClient);
//   WFDStartOpenSession(hClient, &peer, pvContext, OnOpenComplete, &hSession);
//   ... OnOpenComplete(hSession, pvContext, guidInterface, dwError, reason) ...
//   WFDCloseSession(hSession);
//   WFDCloseHandle(hClient);
//
// Every function returns a Win32 error code (ERROR_SUCCESS on success).
// As in the SDK, the WFD declarations need _WIN32_WINNT >= _WIN32_WINNT_WIN8
// (the default here is Windows 10).
#ifndef WINEMU_API_INCLUDE_WLANAPI_H_
#define WINEMU_API_INCLUDE_WLANAPI_H_

#include <l2cmn.h>
#include <windot11.h>
#include <windows.h>
#include <wlantypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WLAN_API_VERSION_1_0 0x00000001
#define WLAN_API_VERSION_2_0 0x00000002
#if (_WIN32_WINNT >= _WIN32_WINNT_VISTA)
#define WLAN_API_VERSION WLAN_API_VERSION_2_0
#else
#define WLAN_API_VERSION WLAN_API_VERSION_1_0
#endif

// WLAN reason codes (the dwReasonCode of a WFD open completion).
typedef DWORD WLAN_REASON_CODE, *PWLAN_REASON_CODE;
#define WLAN_REASON_CODE_SUCCESS L2_REASON_CODE_SUCCESS
#define WLAN_REASON_CODE_UNKNOWN L2_REASON_CODE_UNKNOWN

#define WFD_API_VERSION_1_0 0x00000001
#if (_WIN32_WINNT >= _WIN32_WINNT_WIN8)
#define WFD_API_SUPPORTED
#define WFD_API_VERSION WFD_API_VERSION_1_0
#endif

#ifdef WFD_API_SUPPORTED
typedef enum _WFD_ROLE_TYPE {
  WFD_ROLE_TYPE_NONE = 0x00,
  WFD_ROLE_TYPE_DEVICE = 0x01,
  WFD_ROLE_TYPE_GROUP_OWNER = 0x02,
  WFD_ROLE_TYPE_CLIENT = 0x04,
  WFD_ROLE_TYPE_MAX = 0x05
} WFD_ROLE_TYPE,
    *PWFD_ROLE_TYPE;
#endif

typedef struct _WFD_GROUP_ID {
  DOT11_MAC_ADDRESS DeviceAddress;
  DOT11_SSID GroupSSID;
} WFD_GROUP_ID, *PWFD_GROUP_ID;

// The device interface class of Wi-Fi Direct devices.
DEFINE_GUID(GUID_DEVINTERFACE_WIFIDIRECT_DEVICE, 0x439b20af, 0x8955, 0x405b,
            0x99, 0xf0, 0xa6, 0x2a, 0xf0, 0xc6, 0x8d, 0x43);

#if (_WIN32_WINNT >= _WIN32_WINNT_WIN7)
#ifdef WFD_API_SUPPORTED

DWORD WINAPI WFDOpenHandle(_In_ DWORD dwClientVersion,
                           _Out_ PDWORD pdwNegotiatedVersion,
                           _Out_ PHANDLE phClientHandle);

DWORD WINAPI WFDCloseHandle(_In_ HANDLE hClientHandle);

// The GUID is passed by value; it is meaningful only when dwError is
// ERROR_SUCCESS.
typedef VOID(WINAPI *WFD_OPEN_SESSION_COMPLETE_CALLBACK)(
    _In_ HANDLE hSessionHandle, _In_ PVOID pvContext,
    _In_ GUID guidSessionInterface, _In_ DWORD dwError,
    _In_ DWORD dwReasonCode);

DWORD WINAPI WFDStartOpenSession(
    _In_ HANDLE hClientHandle, _In_ PDOT11_MAC_ADDRESS pDeviceAddress,
    _In_opt_ PVOID pvContext,
    _In_ WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback,
    _Out_ PHANDLE phSessionHandle);

DWORD WINAPI WFDCancelOpenSession(_In_ HANDLE hSessionHandle);

DWORD WINAPI WFDOpenLegacySession(_In_ HANDLE hClientHandle,
                                  _In_ PDOT11_MAC_ADDRESS pLegacyMacAddress,
                                  _Out_ HANDLE *phSessionHandle,
                                  _Out_ GUID *pGuidSessionInterface);

DWORD WINAPI WFDCloseSession(_In_ HANDLE hSessionHandle);

DWORD WINAPI WFDUpdateDeviceVisibility(_In_ PDOT11_MAC_ADDRESS pDeviceAddress);

#endif  // WFD_API_SUPPORTED
#endif  // _WIN32_WINNT >= _WIN32_WINNT_WIN7

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_WLANAPI_H_
