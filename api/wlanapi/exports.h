// Copyright winemu authors.
//
// exports.h: the export table of the emulated wlanapi (its Wi-Fi Direct
// functions).
#ifndef WINEMU_API_WLANAPI_EXPORTS_H_
#define WINEMU_API_WLANAPI_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::wlanapi {

extern const ApiInfo kWFDOpenHandle;
extern const ApiInfo kWFDCloseHandle;
extern const ApiInfo kWFDStartOpenSession;
extern const ApiInfo kWFDCancelOpenSession;
extern const ApiInfo kWFDOpenLegacySession;
extern const ApiInfo kWFDCloseSession;
extern const ApiInfo kWFDUpdateDeviceVisibility;

}  // namespace winemu::wlanapi

#endif  // WINEMU_API_WLANAPI_EXPORTS_H_
