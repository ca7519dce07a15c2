// Copyright winemu authors.
//
// firewall.h: a small Windows Filtering Platform client, written as Windows
// code, that a CMake project builds against winemu.
#ifndef WINEMU_TESTDATA_CMAKE_CONSUMER_FIREWALL_H_
#define WINEMU_TESTDATA_CMAKE_CONSUMER_FIREWALL_H_

#include <windows.h>

// Opens a dynamic session and, in one transaction, adds a sublayer and a
// filter blocking outbound TCP to port 445. On success the caller owns
// *engine (FwpmEngineClose0 removes everything); on failure nothing is left
// open and the failing call's code is returned.
DWORD BlockOutboundSmb(HANDLE* engine, UINT64* filter_id);

extern const GUID kFirewallSublayer;

#endif  // WINEMU_TESTDATA_CMAKE_CONSUMER_FIREWALL_H_
