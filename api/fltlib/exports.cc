// Copyright winemu authors.
#include "api/fltlib/exports.h"

#include <fltUser.h>

namespace winemu::fltlib {
namespace {
constexpr uint32_t Hr(HRESULT hr) { return static_cast<uint32_t>(hr); }
}  // namespace

const ApiInfo kFilterConnectCommunicationPort = {
    "FilterConnectCommunicationPort",
    "fltlib",
    Support::kPartial,
    "FLT_PORT_FLAG_SYNC_HANDLE is reported as unmodelled (the handle stays "
    "asynchronous); lpSecurityAttributes (inheritance) is ignored",
    CodeKind::kHresult,
    Hr(HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND))};
const ApiInfo kFilterSendMessage = {
    "FilterSendMessage",
    "fltlib",
    Support::kSupported,
    "MessageNotify runs on the caller's thread; no MessageNotify gives "
    "HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION) [INF]",
    CodeKind::kHresult,
    Hr(E_HANDLE)};
const ApiInfo kFilterGetMessage = {
    "FilterGetMessage",
    "fltlib",
    Support::kSupported,
    "synchronous, overlapped with an event, and through a completion port",
    CodeKind::kHresult,
    Hr(E_HANDLE)};
const ApiInfo kFilterReplyMessage = {
    "FilterReplyMessage", "fltlib",
    Support::kSupported,  "",
    CodeKind::kHresult,   Hr(ERROR_FLT_NO_WAITER_FOR_REPLY)};

namespace {
const ApiInfo* const kRows[] = {&kFilterConnectCommunicationPort,
                                &kFilterSendMessage, &kFilterGetMessage,
                                &kFilterReplyMessage};
const ExportTableRegistrar kRegistrar("fltlib", kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::fltlib
