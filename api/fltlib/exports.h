// Copyright winemu authors.
//
// exports.h: the export table of the emulated FltLib.dll (the user-mode
// Filter Manager library).
#ifndef WINEMU_API_FLTLIB_EXPORTS_H_
#define WINEMU_API_FLTLIB_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::fltlib {

extern const ApiInfo kFilterConnectCommunicationPort;
extern const ApiInfo kFilterSendMessage;
extern const ApiInfo kFilterGetMessage;
extern const ApiInfo kFilterReplyMessage;

}  // namespace winemu::fltlib

#endif  // WINEMU_API_FLTLIB_EXPORTS_H_
