// Copyright winemu authors.
//
// lab.h: the Wi-Fi Direct peers the conformance tests expect around the
// machine under test.
//
// On a real Windows lab machine these are devices paired (or not) with it;
// under winemu, SetUpLab() seeds them into the current emulator. The tests
// call it first and otherwise use only the Windows API.
#ifndef WINEMU_TESTS_CONFORMANCE_WFD_LAB_H_
#define WINEMU_TESTS_CONFORMANCE_WFD_LAB_H_

#include <windows.h>
#include <wlanapi.h>

// Paired, in range; a connection takes about 20 ms.
extern DOT11_MAC_ADDRESS g_paired_peer;
// Paired, in range; a connection takes about 300 ms.
extern DOT11_MAC_ADDRESS g_slow_peer;
// Paired, in range; a connection takes a minute (tests cancel it).
extern DOT11_MAC_ADDRESS g_stuck_peer;
// Paired, out of range: connections fail.
extern DOT11_MAC_ADDRESS g_unreachable_peer;
// Paired through the legacy (WPS) experience only.
extern DOT11_MAC_ADDRESS g_legacy_peer;
// Not paired with this machine.
extern DOT11_MAC_ADDRESS g_unknown_peer;

void SetUpLab();

#endif  // WINEMU_TESTS_CONFORMANCE_WFD_LAB_H_
