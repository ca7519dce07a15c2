// Copyright winemu authors.
//
// clients.h: two Wi-Fi Direct clients written as ordinary Windows code
// (clients.cc includes only Windows headers and the C++ standard library).
#ifndef WINEMU_TESTS_UNIT_WFD_CLIENTS_H_
#define WINEMU_TESTS_UNIT_WFD_CLIENTS_H_

#include <windows.h>
#include <wlanapi.h>

// Open handle -> open legacy session -> use it -> close session -> close
// handle. Returns the first failing Win32 code, or ERROR_SUCCESS; the
// session's interface GUID goes to *interface_guid.
DWORD RunLegacyClient(PDOT11_MAC_ADDRESS peer, GUID* interface_guid);

// Open handle -> start an on-demand open -> wait for the callback -> close
// the session -> close the handle. Returns the first failing code (the
// callback's dwError included), or ERROR_SUCCESS.
DWORD RunOnDemandClient(PDOT11_MAC_ADDRESS peer);

#endif  // WINEMU_TESTS_UNIT_WFD_CLIENTS_H_
