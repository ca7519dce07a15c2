// Copyright winemu authors.
//
// CreateThread, GetExitCodeThread.
#include <processthreadsapi.h>
#include <windows.h>

#include <thread>

#include "api/kernel32/errors.h"
#include "api/kernel32/sync.h"
#include "api/kernel32/sync_exports.h"
#include "emu/core/call.h"
#include "emu/core/trace.h"

namespace {

using winemu::kernel32::kThreadType;
using winemu::kernel32::SyncState;
using winemu::kernel32::ThreadObject;

}  // namespace

extern "C" {

HANDLE WINAPI CreateThread(LPSECURITY_ATTRIBUTES lpThreadAttributes,
                           SIZE_T dwStackSize,
                           LPTHREAD_START_ROUTINE lpStartAddress,
                           LPVOID lpParameter, DWORD dwCreationFlags,
                           LPDWORD lpThreadId) {
  WINEMU_API_CALL(call, winemu::kernel32::kCreateThread);
  WINEMU_TRACE_ARGS(call, "%p, %p, 0x%x", lpStartAddress, lpParameter,
                    dwCreationFlags);
  if (call.injected()) {
    SetLastError(*call.injected());
    call.Finish(FALSE);
    return nullptr;
  }
  if (lpStartAddress == nullptr) {
    SetLastError(ERROR_INVALID_PARAMETER);
    call.Finish(FALSE);
    return nullptr;
  }
  if (dwCreationFlags & CREATE_SUSPENDED) {
    call.Unmodelled("CREATE_SUSPENDED");
    SetLastError(ERROR_NOT_SUPPORTED);
    call.Finish(FALSE);
    return nullptr;
  }
  winemu::Emulator& emu = call.emu();
  SyncState& state = SyncState::Of(emu);
  auto thread = std::make_shared<ThreadObject>();
  const uint64_t h = emu.handles().Insert(call.process().id(), thread,
                                          call.api().name, call.seq());
  winemu::Process* process = &call.process();
  bool started = false;
  state.AddThread(std::thread(
      [&state, &started, thread, process, lpStartAddress, lpParameter] {
        winemu::ScopedProcess as(*process);
        {
          winemu::MutexLock lock(&state.mu);
          thread->id = winemu::CurrentThreadTraceId();
          started = true;
          state.cv.SignalAll();
        }
        const DWORD code = lpStartAddress(lpParameter);
        winemu::MutexLock lock(&state.mu);
        thread->ExitLocked(code);
        state.cv.SignalAll();
      }));
  {
    winemu::MutexLock lock(&state.mu);
    while (!started) state.cv.Wait(&state.mu);
    if (lpThreadId != nullptr) *lpThreadId = thread->id;
  }
  call.Finish(TRUE);
  return reinterpret_cast<HANDLE>(h);
}

BOOL WINAPI GetExitCodeThread(HANDLE hThread, LPDWORD lpExitCode) {
  WINEMU_API_CALL(call, winemu::kernel32::kGetExitCodeThread);
  WINEMU_TRACE_ARGS(call, "%p", hThread);
  if (call.injected()) {
    SetLastError(*call.injected());
    return call.Finish(FALSE);
  }
  auto found = call.emu().handles().Lookup<ThreadObject>(
      reinterpret_cast<uint64_t>(hThread), call.process().id(), &kThreadType);
  if (!found.ok()) {
    SetLastError(winemu::kernel32::Win32FromHandleStatus(found.status));
    return call.Finish(FALSE);
  }
  // Required; Windows faults writing a NULL one [INF].
  if (lpExitCode == nullptr) {
    call.Misuse("NULL", "lpExitCode is required");
    SetLastError(ERROR_INVALID_PARAMETER);
    return call.Finish(FALSE);
  }
  SyncState& state = SyncState::Of(call.emu());
  winemu::MutexLock lock(&state.mu);
  *lpExitCode = found.object->exited() ? found.object->exit_code()
                                       : static_cast<DWORD>(STILL_ACTIVE);
  return call.Finish(TRUE);
}

}  // extern "C"
