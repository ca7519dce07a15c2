// Copyright winemu authors.
//
// sync_exports.h: kernel32's synchronisation entry points (events, waits,
// I/O completion ports, overlapped results, threads).
#ifndef WINEMU_API_KERNEL32_SYNC_EXPORTS_H_
#define WINEMU_API_KERNEL32_SYNC_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::kernel32 {

extern const ApiInfo kCreateEventW;
extern const ApiInfo kCreateEventA;
extern const ApiInfo kSetEvent;
extern const ApiInfo kResetEvent;
extern const ApiInfo kWaitForSingleObject;
extern const ApiInfo kWaitForSingleObjectEx;
extern const ApiInfo kWaitForMultipleObjects;
extern const ApiInfo kSleep;
extern const ApiInfo kCreateIoCompletionPort;
extern const ApiInfo kGetQueuedCompletionStatus;
extern const ApiInfo kPostQueuedCompletionStatus;
extern const ApiInfo kGetOverlappedResult;
extern const ApiInfo kCancelIoEx;
extern const ApiInfo kCancelIo;
extern const ApiInfo kCreateThread;
extern const ApiInfo kGetExitCodeThread;

}  // namespace winemu::kernel32

#endif  // WINEMU_API_KERNEL32_SYNC_EXPORTS_H_
