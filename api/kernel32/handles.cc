// Copyright winemu authors.
//
// CloseHandle, GetLastError / SetLastError, GetCurrentProcessId /
// GetCurrentThreadId.
#include <windows.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "api/kernel32/errors.h"
#include "api/kernel32/exports.h"
#include "emu/core/call.h"

namespace {

thread_local DWORD t_last_error = ERROR_SUCCESS;

std::string HandleText(HANDLE h) { return absl::StrFormat("%p", h); }

// A BOOL entry point's failure: sets the last error, records both.
BOOL Fail(winemu::ApiCall& call, DWORD error) {
  t_last_error = error;
  return call.FinishWithLastError(FALSE, error);
}

}  // namespace

extern "C" {

DWORD WINAPI GetLastError(void) { return t_last_error; }

void WINAPI SetLastError(DWORD dwErrCode) { t_last_error = dwErrCode; }

DWORD WINAPI GetCurrentProcessId(void) {
  return winemu::Emulator::Current().current_process().id();
}

DWORD WINAPI GetCurrentThreadId(void) { return winemu::CurrentThreadTraceId(); }

BOOL WINAPI CloseHandle(HANDLE hObject) {
  using winemu::HandleStatus;
  WINEMU_API_CALL(call, winemu::kernel32::kCloseHandle);
  WINEMU_TRACE_ARGS(call, "%p", hObject);
  if (call.injected()) return Fail(call, *call.injected());
  // The current-process pseudo handle: closing it has no effect [INF].
  if (hObject == INVALID_HANDLE_VALUE) return call.Finish(TRUE);

  const uint64_t value = reinterpret_cast<uint64_t>(hObject);
  auto& handles = call.emu().handles();
  auto found = handles.Lookup(value, call.process().id(), nullptr);
  if (found.ok() && !found.object->type().closable_by_close_handle) {
    call.Misuse(
        HandleText(hObject),
        absl::StrCat("CloseHandle on a ", found.object->type().name,
                     " handle; close it with ", found.object->type().closer));
    return Fail(call, ERROR_INVALID_HANDLE);
  }
  if (found.ok()) {
    found = handles.Remove(value, call.process().id(), &found.object->type());
  }
  if (!found.ok()) {
    if (found.status == HandleStatus::kClosed ||
        found.status == HandleStatus::kOtherProcess) {
      call.Misuse(HandleText(hObject), winemu::HandleStatusName(found.status));
    }
    return Fail(call, winemu::kernel32::Win32FromHandleStatus(found.status));
  }
  found.object->Close(winemu::CloseReason::kExplicit);
  return call.Finish(TRUE);
}

}  // extern "C"
