// Copyright winemu authors.
#include "api/kernel32/sync_exports.h"

#include <windows.h>

namespace winemu::kernel32 {

const ApiInfo kCreateEventW = {
    "CreateEventW",
    "kernel32",
    Support::kPartial,
    "unnamed events only; a name fails with ERROR_NOT_SUPPORTED",
    CodeKind::kBool,
    ERROR_NOT_ENOUGH_MEMORY};
const ApiInfo kCreateEventA = {"CreateEventA",    "kernel32",
                               Support::kPartial, "as CreateEventW",
                               CodeKind::kBool,   ERROR_NOT_ENOUGH_MEMORY};
const ApiInfo kSetEvent = {"SetEvent", "kernel32",      Support::kSupported,
                           "",         CodeKind::kBool, ERROR_INVALID_HANDLE};
const ApiInfo kResetEvent = {"ResetEvent",        "kernel32",
                             Support::kSupported, "",
                             CodeKind::kBool,     ERROR_INVALID_HANDLE};
const ApiInfo kWaitForSingleObject = {
    "WaitForSingleObject",
    "kernel32",
    Support::kPartial,
    "events and threads; other handles fail with ERROR_INVALID_HANDLE",
    CodeKind::kWin32,
    0xFFFFFFFF};
const ApiInfo kWaitForSingleObjectEx = {
    "WaitForSingleObjectEx",
    "kernel32",
    Support::kPartial,
    "as WaitForSingleObject; no APCs exist, so alertable waits never return "
    "WAIT_IO_COMPLETION",
    CodeKind::kWin32,
    0xFFFFFFFF};
const ApiInfo kWaitForMultipleObjects = {
    "WaitForMultipleObjects", "kernel32",       Support::kPartial,
    "as WaitForSingleObject", CodeKind::kWin32, 0xFFFFFFFF};
const ApiInfo kSleep = {
    "Sleep",         "kernel32", Support::kSupported, "on the emulator's clock",
    CodeKind::kVoid, 0};
const ApiInfo kCreateIoCompletionPort = {
    "CreateIoCompletionPort", "kernel32",
    Support::kPartial,        "NumberOfConcurrentThreads is not enforced",
    CodeKind::kBool,          ERROR_NOT_ENOUGH_MEMORY};
const ApiInfo kGetQueuedCompletionStatus = {"GetQueuedCompletionStatus",
                                            "kernel32",
                                            Support::kSupported,
                                            "",
                                            CodeKind::kBool,
                                            WAIT_TIMEOUT};
const ApiInfo kPostQueuedCompletionStatus = {"PostQueuedCompletionStatus",
                                             "kernel32",
                                             Support::kSupported,
                                             "",
                                             CodeKind::kBool,
                                             ERROR_NOT_ENOUGH_MEMORY};
const ApiInfo kGetOverlappedResult = {"GetOverlappedResult", "kernel32",
                                      Support::kSupported,   "",
                                      CodeKind::kBool,       0};
const ApiInfo kCancelIoEx = {
    "CancelIoEx",
    "kernel32",
    Support::kPartial,
    "handles whose DLL registered a canceller (Filter Manager ports)",
    CodeKind::kBool,
    ERROR_NOT_FOUND};
const ApiInfo kCancelIo = {
    "CancelIo",
    "kernel32",
    Support::kPartial,
    "cancels the handle's operations of every thread, not only the caller's",
    CodeKind::kBool,
    ERROR_NOT_FOUND};
const ApiInfo kCreateThread = {
    "CreateThread",
    "kernel32",
    Support::kPartial,
    "runs for the creating simulated process; CREATE_SUSPENDED and the "
    "stack size are not modelled",
    CodeKind::kBool,
    ERROR_NOT_ENOUGH_MEMORY};
const ApiInfo kGetExitCodeThread = {"GetExitCodeThread", "kernel32",
                                    Support::kSupported, "",
                                    CodeKind::kBool,     ERROR_INVALID_HANDLE};

namespace {
const ApiInfo* const kRows[] = {
    &kCreateEventW,
    &kCreateEventA,
    &kSetEvent,
    &kResetEvent,
    &kWaitForSingleObject,
    &kWaitForSingleObjectEx,
    &kWaitForMultipleObjects,
    &kSleep,
    &kCreateIoCompletionPort,
    &kGetQueuedCompletionStatus,
    &kPostQueuedCompletionStatus,
    &kGetOverlappedResult,
    &kCancelIoEx,
    &kCancelIo,
    &kCreateThread,
    &kGetExitCodeThread,
};
const ExportTableRegistrar kRegistrar("kernel32", kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::kernel32
