// Copyright winemu authors.
#include "api/fltlib/exports.h"

#include <fltUser.h>

namespace winemu::fltlib {
namespace {
constexpr uint32_t Hr(HRESULT hr) { return static_cast<uint32_t>(hr); }
}  // namespace

// Error HRESULTs each function may return: the documented, observed [OBS]
// and recommended [INF] ones of the spec, plus out-of-memory.
WINEMU_CODE_SET(kConnectCodes, kNoClass,
                HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND),
                HRESULT_FROM_WIN32(ERROR_CONNECTION_COUNT_LIMIT),
                E_ACCESSDENIED, E_INVALIDARG, E_OUTOFMEMORY);
WINEMU_CODE_SET(kSendCodes, kNoClass, E_HANDLE, E_INVALIDARG, E_ACCESSDENIED,
                HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER),
                HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION), E_OUTOFMEMORY);
WINEMU_CODE_SET(kGetCodes, kNoClass, HRESULT_FROM_WIN32(ERROR_IO_PENDING),
                E_HANDLE, E_INVALIDARG,
                HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER),
                HRESULT_FROM_WIN32(ERROR_OPERATION_ABORTED), E_OUTOFMEMORY);
WINEMU_CODE_SET(kReplyCodes, kNoClass, ERROR_FLT_NO_WAITER_FOR_REPLY, E_HANDLE,
                E_INVALIDARG, E_OUTOFMEMORY);

const ApiInfo kFilterConnectCommunicationPort = {
    "FilterConnectCommunicationPort",
    "fltlib",
    Support::kPartial,
    "FLT_PORT_FLAG_SYNC_HANDLE is reported as unmodelled (the handle stays "
    "asynchronous); lpSecurityAttributes (inheritance) is ignored",
    CodeKind::kHresult,
    Hr(HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)),
    &kConnectCodes};
const ApiInfo kFilterSendMessage = {
    "FilterSendMessage",
    "fltlib",
    Support::kSupported,
    "MessageNotify runs on the caller's thread; no MessageNotify gives "
    "HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION) [INF]",
    CodeKind::kHresult,
    Hr(E_HANDLE),
    &kSendCodes};
const ApiInfo kFilterGetMessage = {
    "FilterGetMessage",
    "fltlib",
    Support::kSupported,
    "synchronous, overlapped with an event, and through a completion port",
    CodeKind::kHresult,
    Hr(E_HANDLE),
    &kGetCodes};
const ApiInfo kFilterReplyMessage = {
    "FilterReplyMessage", "fltlib",
    Support::kSupported,  "",
    CodeKind::kHresult,   Hr(ERROR_FLT_NO_WAITER_FOR_REPLY),
    &kReplyCodes};

namespace {
const ApiInfo *const kRows[] = {&kFilterConnectCommunicationPort,
                                &kFilterSendMessage, &kFilterGetMessage,
                                &kFilterReplyMessage};
const ExportTableRegistrar kRegistrar("fltlib", kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::fltlib
