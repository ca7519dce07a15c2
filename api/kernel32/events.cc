// Copyright winemu authors.
//
// CreateEventW / CreateEventA, SetEvent, ResetEvent.
#include <synchapi.h>
#include <windows.h>

#include "api/kernel32/errors.h"
#include "api/kernel32/sync.h"
#include "api/kernel32/sync_exports.h"
#include "emu/core/call.h"

namespace {

using winemu::kernel32::Event;
using winemu::kernel32::kEventType;
using winemu::kernel32::SyncState;

HANDLE Create(winemu::ApiCall& call, BOOL manual, BOOL initial, bool named) {
  if (call.injected()) {
    SetLastError(*call.injected());
    call.Finish(FALSE);
    return nullptr;
  }
  if (named) {
    call.Unmodelled("named events");
    SetLastError(ERROR_NOT_SUPPORTED);
    call.Finish(FALSE);
    return nullptr;
  }
  auto event = std::make_shared<Event>(manual != FALSE, initial != FALSE);
  const uint64_t h = call.emu().handles().Insert(call.process().id(), event,
                                                 call.api().name, call.seq());
  // Windows sets ERROR_SUCCESS (or ERROR_ALREADY_EXISTS for a named one).
  SetLastError(ERROR_SUCCESS);
  call.Finish(TRUE);
  return reinterpret_cast<HANDLE>(h);
}

BOOL SetState(winemu::ApiCall& call, HANDLE hEvent, bool signaled) {
  if (call.injected()) {
    SetLastError(*call.injected());
    return call.Finish(FALSE);
  }
  auto found = call.emu().handles().Lookup<Event>(
      reinterpret_cast<uint64_t>(hEvent), call.process().id(), &kEventType);
  if (!found.ok()) {
    SetLastError(winemu::kernel32::Win32FromHandleStatus(found.status));
    return call.Finish(FALSE);
  }
  SyncState& state = SyncState::Of(call.emu());
  {
    winemu::MutexLock lock(&state.mu);
    found.object->SetLocked(signaled);
    state.cv.SignalAll();
  }
  return call.Finish(TRUE);
}

}  // namespace

extern "C" {

HANDLE WINAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes,
                           BOOL bManualReset, BOOL bInitialState,
                           LPCWSTR lpName) {
  WINEMU_API_CALL(call, winemu::kernel32::kCreateEventW);
  WINEMU_TRACE_ARGS(call, "%p, %d, %d, %p", lpEventAttributes, bManualReset,
                    bInitialState, lpName);
  return Create(call, bManualReset, bInitialState, lpName != nullptr);
}

HANDLE WINAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes,
                           BOOL bManualReset, BOOL bInitialState,
                           LPCSTR lpName) {
  WINEMU_API_CALL(call, winemu::kernel32::kCreateEventA);
  WINEMU_TRACE_ARGS(call, "%p, %d, %d, %p", lpEventAttributes, bManualReset,
                    bInitialState, lpName);
  return Create(call, bManualReset, bInitialState, lpName != nullptr);
}

BOOL WINAPI SetEvent(HANDLE hEvent) {
  WINEMU_API_CALL(call, winemu::kernel32::kSetEvent);
  WINEMU_TRACE_ARGS(call, "%p", hEvent);
  return SetState(call, hEvent, true);
}

BOOL WINAPI ResetEvent(HANDLE hEvent) {
  WINEMU_API_CALL(call, winemu::kernel32::kResetEvent);
  WINEMU_TRACE_ARGS(call, "%p", hEvent);
  return SetState(call, hEvent, false);
}

}  // extern "C"
