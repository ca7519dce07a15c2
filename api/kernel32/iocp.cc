// Copyright winemu authors.
//
// CreateIoCompletionPort, GetQueuedCompletionStatus,
// PostQueuedCompletionStatus, GetOverlappedResult, CancelIoEx, CancelIo.
#include <ioapiset.h>
#include <ntstatus.h>
#include <windows.h>

#include "api/kernel32/errors.h"
#include "api/kernel32/sync.h"
#include "api/kernel32/sync_exports.h"
#include "emu/core/call.h"

namespace winemu::kernel32 {
const Canceller* FindCanceller(const ObjectType* type);
}  // namespace winemu::kernel32

namespace {

using winemu::kernel32::CompletionPort;
using winemu::kernel32::kCompletionPortType;
using winemu::kernel32::SyncState;

uint64_t V(HANDLE h) { return reinterpret_cast<uint64_t>(h); }

BOOL Fail(winemu::ApiCall& call, DWORD error) {
  SetLastError(error);
  return call.Finish(FALSE);
}

}  // namespace

extern "C" {

HANDLE WINAPI CreateIoCompletionPort(HANDLE FileHandle,
                                     HANDLE ExistingCompletionPort,
                                     ULONG_PTR CompletionKey,
                                     DWORD NumberOfConcurrentThreads) {
  WINEMU_API_CALL(call, winemu::kernel32::kCreateIoCompletionPort);
  WINEMU_TRACE_ARGS(call, "%p, %p, 0x%x, %u", FileHandle,
                    ExistingCompletionPort, CompletionKey,
                    NumberOfConcurrentThreads);
  if (call.injected()) {
    Fail(call, *call.injected());
    return nullptr;
  }
  auto& handles = call.emu().handles();
  const winemu::ProcessId pid = call.process().id();
  SyncState& state = SyncState::Of(call.emu());
  if (FileHandle == INVALID_HANDLE_VALUE) {
    if (ExistingCompletionPort != nullptr) {
      Fail(call, ERROR_INVALID_PARAMETER);
      return nullptr;
    }
  } else {
    auto file = handles.Lookup(V(FileHandle), pid, nullptr);
    if (!file.ok()) {
      Fail(call, winemu::kernel32::Win32FromHandleStatus(file.status));
      return nullptr;
    }
  }
  std::shared_ptr<CompletionPort> port;
  HANDLE result = ExistingCompletionPort;
  if (ExistingCompletionPort != nullptr) {
    auto found = handles.Lookup<CompletionPort>(V(ExistingCompletionPort), pid,
                                                &kCompletionPortType);
    if (!found.ok()) {
      Fail(call, winemu::kernel32::Win32FromHandleStatus(found.status));
      return nullptr;
    }
    port = found.object;
  } else {
    port = std::make_shared<CompletionPort>(&state);
  }
  if (FileHandle != INVALID_HANDLE_VALUE) {
    winemu::MutexLock lock(&state.mu);
    auto it = state.associations.find(V(FileHandle));
    if (it != state.associations.end() && !it->second.port.expired()) {
      // A handle belongs to one completion port at most.
      SetLastError(ERROR_INVALID_PARAMETER);
      call.Finish(FALSE);
      return nullptr;
    }
    state.associations[V(FileHandle)] = {port, CompletionKey};
  }
  if (ExistingCompletionPort == nullptr) {
    result = reinterpret_cast<HANDLE>(
        handles.Insert(pid, port, call.api().name, call.seq()));
  }
  call.Finish(TRUE);
  return result;
}

BOOL WINAPI GetQueuedCompletionStatus(HANDLE CompletionPort,
                                      LPDWORD lpNumberOfBytesTransferred,
                                      PULONG_PTR lpCompletionKey,
                                      LPOVERLAPPED* lpOverlapped,
                                      DWORD dwMilliseconds) {
  WINEMU_API_CALL(call, winemu::kernel32::kGetQueuedCompletionStatus);
  WINEMU_TRACE_ARGS(call, "%p, %u", CompletionPort, dwMilliseconds);
  if (call.injected()) return Fail(call, *call.injected());
  // The outputs are required; Windows faults writing a NULL one [INF].
  if (lpNumberOfBytesTransferred == nullptr || lpCompletionKey == nullptr ||
      lpOverlapped == nullptr) {
    call.Misuse("NULL",
                "lpNumberOfBytesTransferred, lpCompletionKey and lpOverlapped "
                "are required");
    return Fail(call, ERROR_INVALID_PARAMETER);
  }
  // Nothing dequeued: *lpOverlapped is NULL, the other outputs untouched.
  *lpOverlapped = nullptr;
  auto found = call.emu().handles().Lookup<::winemu::kernel32::CompletionPort>(
      V(CompletionPort), call.process().id(), &kCompletionPortType);
  if (!found.ok()) {
    return Fail(call, winemu::kernel32::Win32FromHandleStatus(found.status));
  }
  auto& port = *found.object;
  SyncState& state = SyncState::Of(call.emu());
  winemu::MutexLock lock(&state.mu);
  std::optional<absl::Time> deadline;
  if (dwMilliseconds != INFINITE) {
    deadline = call.emu().clock().Now() + absl::Milliseconds(dwMilliseconds);
  }
  state.Wait(deadline, [&] { return !port.packets.empty() || port.closed(); });
  if (port.packets.empty()) {
    if (port.closed()) return Fail(call, ERROR_ABANDONED_WAIT_0);
    if (state.shutting_down()) return Fail(call, ERROR_INVALID_HANDLE);
    return Fail(call, WAIT_TIMEOUT);
  }
  const auto packet = port.packets.front();
  port.packets.pop_front();
  *lpNumberOfBytesTransferred = packet.bytes;
  *lpCompletionKey = packet.key;
  *lpOverlapped = packet.overlapped;
  if (static_cast<int32_t>(packet.status) < 0) {
    return Fail(call, winemu::kernel32::Win32FromNtStatus(packet.status));
  }
  return call.Finish(TRUE);
}

BOOL WINAPI PostQueuedCompletionStatus(HANDLE CompletionPort,
                                       DWORD dwNumberOfBytesTransferred,
                                       ULONG_PTR dwCompletionKey,
                                       LPOVERLAPPED lpOverlapped) {
  WINEMU_API_CALL(call, winemu::kernel32::kPostQueuedCompletionStatus);
  WINEMU_TRACE_ARGS(call, "%p, %u, 0x%x, %p", CompletionPort,
                    dwNumberOfBytesTransferred, dwCompletionKey, lpOverlapped);
  if (call.injected()) return Fail(call, *call.injected());
  auto found = call.emu().handles().Lookup<::winemu::kernel32::CompletionPort>(
      V(CompletionPort), call.process().id(), &kCompletionPortType);
  if (!found.ok()) {
    return Fail(call, winemu::kernel32::Win32FromHandleStatus(found.status));
  }
  SyncState& state = SyncState::Of(call.emu());
  winemu::MutexLock lock(&state.mu);
  found.object->packets.push_back({dwNumberOfBytesTransferred, dwCompletionKey,
                                   lpOverlapped,
                                   static_cast<uint32_t>(STATUS_SUCCESS)});
  state.cv.SignalAll();
  return call.Finish(TRUE);
}

BOOL WINAPI GetOverlappedResult(HANDLE hFile, LPOVERLAPPED lpOverlapped,
                                LPDWORD lpNumberOfBytesTransferred,
                                BOOL bWait) {
  WINEMU_API_CALL(call, winemu::kernel32::kGetOverlappedResult);
  WINEMU_TRACE_ARGS(call, "%p, %p, %d", hFile, lpOverlapped, bWait);
  // Both are required; Windows faults on a NULL one [INF].
  if (lpOverlapped == nullptr || lpNumberOfBytesTransferred == nullptr) {
    call.Misuse("NULL",
                "lpOverlapped and lpNumberOfBytesTransferred are required");
    return Fail(call, ERROR_INVALID_PARAMETER);
  }
  SyncState& state = SyncState::Of(call.emu());
  uint32_t status;
  {
    winemu::MutexLock lock(&state.mu);
    auto pending = [&] {
      return static_cast<NTSTATUS>(lpOverlapped->Internal) == STATUS_PENDING;
    };
    if (pending()) {
      if (!bWait) return Fail(call, ERROR_IO_INCOMPLETE);
      state.Wait(std::nullopt, [&] { return !pending(); });
      if (pending()) return Fail(call, ERROR_INVALID_HANDLE);  // shutdown
    }
    status = static_cast<uint32_t>(lpOverlapped->Internal);
    *lpNumberOfBytesTransferred =
        static_cast<DWORD>(lpOverlapped->InternalHigh);
  }
  if (static_cast<int32_t>(status) < 0) {
    return Fail(call, winemu::kernel32::Win32FromNtStatus(status));
  }
  return call.Finish(TRUE);
}

static BOOL Cancel(winemu::ApiCall& call, HANDLE hFile,
                   LPOVERLAPPED lpOverlapped) {
  if (call.injected()) return Fail(call, *call.injected());
  auto found =
      call.emu().handles().Lookup(V(hFile), call.process().id(), nullptr);
  if (!found.ok()) {
    return Fail(call, winemu::kernel32::Win32FromHandleStatus(found.status));
  }
  const winemu::kernel32::Canceller* canceller =
      winemu::kernel32::FindCanceller(&found.object->type());
  const int n = canceller != nullptr ? (*canceller)(hFile, lpOverlapped) : 0;
  if (n == 0) return Fail(call, ERROR_NOT_FOUND);
  return call.Finish(TRUE);
}

BOOL WINAPI CancelIoEx(HANDLE hFile, LPOVERLAPPED lpOverlapped) {
  WINEMU_API_CALL(call, winemu::kernel32::kCancelIoEx);
  WINEMU_TRACE_ARGS(call, "%p, %p", hFile, lpOverlapped);
  return Cancel(call, hFile, lpOverlapped);
}

BOOL WINAPI CancelIo(HANDLE hFile) {
  WINEMU_API_CALL(call, winemu::kernel32::kCancelIo);
  WINEMU_TRACE_ARGS(call, "%p", hFile);
  return Cancel(call, hFile, nullptr);
}

}  // extern "C"
