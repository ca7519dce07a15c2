// Copyright winemu authors.
//
// WaitForSingleObject(Ex), WaitForMultipleObjects, Sleep: waits on events
// and threads, on the emulator's clock.
#include <synchapi.h>
#include <windows.h>

#include <memory>
#include <optional>
#include <vector>

#include "absl/strings/str_cat.h"
#include "api/kernel32/errors.h"
#include "api/kernel32/sync.h"
#include "api/kernel32/sync_exports.h"
#include "emu/core/call.h"

namespace {

using winemu::kernel32::SyncState;
using winemu::kernel32::Waitable;

std::optional<absl::Time> DeadlineFrom(winemu::ApiCall& call, DWORD ms) {
  if (ms == INFINITE) return std::nullopt;
  return call.emu().clock().Now() + absl::Milliseconds(ms);
}

// The waitable object of a handle, or an error for the caller to report.
std::shared_ptr<Waitable> Resolve(winemu::ApiCall& call, HANDLE h,
                                  DWORD* error) {
  auto found = call.emu().handles().Lookup(reinterpret_cast<uint64_t>(h),
                                           call.process().id(), nullptr);
  if (!found.ok()) {
    *error = winemu::kernel32::Win32FromHandleStatus(found.status);
    return nullptr;
  }
  const winemu::ObjectType* type = &found.object->type();
  if (type != &winemu::kernel32::kEventType &&
      type != &winemu::kernel32::kThreadType) {
    call.Unmodelled(absl::StrCat("waiting on a ", type->name));
    *error = ERROR_INVALID_HANDLE;
    return nullptr;
  }
  return std::static_pointer_cast<Waitable>(found.object);
}

DWORD WaitOne(winemu::ApiCall& call, HANDLE hHandle, DWORD ms) {
  if (call.injected()) {
    SetLastError(*call.injected());
    return call.Finish(WAIT_FAILED);
  }
  DWORD error = ERROR_SUCCESS;
  std::shared_ptr<Waitable> object = Resolve(call, hHandle, &error);
  if (object == nullptr) {
    SetLastError(error);
    return call.Finish(WAIT_FAILED);
  }
  SyncState& state = SyncState::Of(call.emu());
  winemu::MutexLock lock(&state.mu);
  const bool ready = state.Wait(DeadlineFrom(call, ms),
                                [&] { return object->SignaledLocked(); });
  if (ready) {
    object->ConsumeLocked();
    return call.Finish(WAIT_OBJECT_0);
  }
  if (state.shutting_down()) {
    SetLastError(ERROR_INVALID_HANDLE);
    return call.Finish(WAIT_FAILED);
  }
  return call.Finish(static_cast<DWORD>(WAIT_TIMEOUT));
}

}  // namespace

extern "C" {

DWORD WINAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds) {
  WINEMU_API_CALL(call, winemu::kernel32::kWaitForSingleObject);
  WINEMU_TRACE_ARGS(call, "%p, %u", hHandle, dwMilliseconds);
  return WaitOne(call, hHandle, dwMilliseconds);
}

DWORD WINAPI WaitForSingleObjectEx(HANDLE hHandle, DWORD dwMilliseconds,
                                   BOOL bAlertable) {
  WINEMU_API_CALL(call, winemu::kernel32::kWaitForSingleObjectEx);
  WINEMU_TRACE_ARGS(call, "%p, %u, %d", hHandle, dwMilliseconds, bAlertable);
  // No APC is ever queued in winemu, so an alertable wait is a plain one.
  return WaitOne(call, hHandle, dwMilliseconds);
}

DWORD WINAPI WaitForMultipleObjects(DWORD nCount, CONST HANDLE* lpHandles,
                                    BOOL bWaitAll, DWORD dwMilliseconds) {
  WINEMU_API_CALL(call, winemu::kernel32::kWaitForMultipleObjects);
  WINEMU_TRACE_ARGS(call, "%u, %p, %d, %u", nCount, lpHandles, bWaitAll,
                    dwMilliseconds);
  if (call.injected()) {
    SetLastError(*call.injected());
    return call.Finish(WAIT_FAILED);
  }
  if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS || lpHandles == nullptr) {
    SetLastError(ERROR_INVALID_PARAMETER);
    return call.Finish(WAIT_FAILED);
  }
  std::vector<std::shared_ptr<Waitable>> objects;
  for (DWORD i = 0; i < nCount; ++i) {
    DWORD error = ERROR_SUCCESS;
    auto object = Resolve(call, lpHandles[i], &error);
    if (object == nullptr) {
      SetLastError(error);
      return call.Finish(WAIT_FAILED);
    }
    if (bWaitAll) {
      for (const auto& o : objects) {
        if (o == object) {  // the same object twice [DOC]
          SetLastError(ERROR_INVALID_PARAMETER);
          return call.Finish(WAIT_FAILED);
        }
      }
    }
    objects.push_back(std::move(object));
  }
  SyncState& state = SyncState::Of(call.emu());
  winemu::MutexLock lock(&state.mu);
  DWORD index = 0;
  const bool ready = state.Wait(DeadlineFrom(call, dwMilliseconds), [&] {
    if (bWaitAll) {
      for (const auto& o : objects) {
        if (!o->SignaledLocked()) return false;
      }
      return true;
    }
    for (DWORD i = 0; i < objects.size(); ++i) {
      if (objects[i]->SignaledLocked()) {
        index = i;
        return true;
      }
    }
    return false;
  });
  if (ready) {
    if (bWaitAll) {
      for (const auto& o : objects) o->ConsumeLocked();
      return call.Finish(WAIT_OBJECT_0);
    }
    objects[index]->ConsumeLocked();
    return call.Finish(WAIT_OBJECT_0 + index);
  }
  if (state.shutting_down()) {
    SetLastError(ERROR_INVALID_HANDLE);
    return call.Finish(WAIT_FAILED);
  }
  return call.Finish(static_cast<DWORD>(WAIT_TIMEOUT));
}

VOID WINAPI Sleep(DWORD dwMilliseconds) {
  WINEMU_API_CALL(call, winemu::kernel32::kSleep);
  WINEMU_TRACE_ARGS(call, "%u", dwMilliseconds);
  if (dwMilliseconds == INFINITE) {
    call.Unmodelled("Sleep(INFINITE)");
  } else if (dwMilliseconds == 0) {
    std::this_thread::yield();
  } else {
    SyncState& state = SyncState::Of(call.emu());
    winemu::MutexLock lock(&state.mu);
    state.Wait(DeadlineFrom(call, dwMilliseconds), [] { return false; });
  }
  call.FinishVoid();
}

}  // extern "C"
