// Copyright winemu authors.
//
// windot11.h: native 802.11 definitions; here, the MAC address type.
//
// DOT11_MAC_ADDRESS is an array, so a PDOT11_MAC_ADDRESS points to the whole
// six-byte array and callers pass `&mac`:
//
//   DOT11_MAC_ADDRESS mac = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
//   WFDStartOpenSession(hClient, &mac, ctx, OnOpened, &hSession);
#ifndef WINEMU_API_INCLUDE_WINDOT11_H_
#define WINEMU_API_INCLUDE_WINDOT11_H_

#include <windows.h>
#include <wlantypes.h>

typedef UCHAR DOT11_MAC_ADDRESS[6];
typedef DOT11_MAC_ADDRESS *PDOT11_MAC_ADDRESS;

#endif  // WINEMU_API_INCLUDE_WINDOT11_H_
