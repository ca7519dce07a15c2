// Copyright winemu authors.
//
// wlantypes.h: basic 802.11 types shared by the WLAN headers.
//
//   DOT11_SSID ssid = {4, {'t', 'e', 's', 't'}};
#ifndef WINEMU_API_INCLUDE_WLANTYPES_H_
#define WINEMU_API_INCLUDE_WLANTYPES_H_

#include <windows.h>

#define DOT11_SSID_MAX_LENGTH 32

// An SSID: uSSIDLength significant bytes of ucSSID (not NUL-terminated).
typedef struct _DOT11_SSID {
  ULONG uSSIDLength;
  UCHAR ucSSID[DOT11_SSID_MAX_LENGTH];
} DOT11_SSID, *PDOT11_SSID;

#endif  // WINEMU_API_INCLUDE_WLANTYPES_H_
