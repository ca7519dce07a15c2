// Copyright winemu authors.
//
// FwpmEngineOpen0 / FwpmEngineClose0, transactions, FwpmFreeMemory0 and the
// session enumeration.
#include <fwpmu.h>

#include "absl/strings/str_format.h"
#include "api/fwpuclnt/errors.h"
#include "api/fwpuclnt/exports.h"
#include "api/fwpuclnt/marshal.h"
#include "api/fwpuclnt/shim.h"
#include "emu/core/call.h"

using winemu::ApiCall;
using winemu::fwpuclnt::Engine;
using winemu::fwpuclnt::FindSession;
using winemu::fwpuclnt::FromStatus;
using winemu::fwpuclnt::kNullArgument;
namespace wfp = winemu::wfp;

namespace {

// [INF] Credentials the caller may pass: the lengths are characters without
// the NUL, a non-zero length needs a string, and Flags must say ANSI or
// UNICODE [DOC SEC_WINNT_AUTH_IDENTITY_W].
bool ValidIdentity(const SEC_WINNT_AUTH_IDENTITY_W& id) {
  if (id.Flags != SEC_WINNT_AUTH_IDENTITY_ANSI &&
      id.Flags != SEC_WINNT_AUTH_IDENTITY_UNICODE) {
    return false;
  }
  return !((id.UserLength != 0 && id.User == nullptr) ||
           (id.DomainLength != 0 && id.Domain == nullptr) ||
           (id.PasswordLength != 0 && id.Password == nullptr));
}

}  // namespace

extern "C" {

void WINAPI FwpmFreeMemory0(void** p) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmFreeMemory0);
  WINEMU_TRACE_ARGS(call, "%p", static_cast<void*>(p));
  if (p == nullptr) {
    call.Misuse("NULL", "FwpmFreeMemory0 takes the address of the pointer");
    return call.FinishVoid();
  }
  // [INF, spec 4.6] Freeing NULL is a no-op; after a free *p is NULL.
  if (*p == nullptr) return call.FinishVoid();
  switch (call.emu().allocations().Release(*p, winemu::fwpuclnt::kFwpmMemory)) {
    case winemu::ReleaseStatus::kOk:
      winemu::fwpuclnt::kFwpmMemory.free_fn(*p);
      *p = nullptr;
      break;
    case winemu::ReleaseStatus::kUnknown:
      call.Misuse(absl::StrFormat("%p", *p),
                  "not returned by a Fwpm* function, or already freed");
      break;
    case winemu::ReleaseStatus::kWrongKind:
      call.Misuse(absl::StrFormat("%p", *p),
                  "memory of another API; free it with its own function");
      break;
  }
  call.FinishVoid();
}

// [INF, spec 4.1] Validation order: engineHandle, serverName, authnService,
// authIdentity, session flags, then the session key. On failure
// *engineHandle is NULL.
DWORD WINAPI FwpmEngineOpen0(const wchar_t* serverName, UINT32 authnService,
                             SEC_WINNT_AUTH_IDENTITY_W* authIdentity,
                             const FWPM_SESSION0* session,
                             HANDLE* engineHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmEngineOpen0);
  WINEMU_TRACE_ARGS(
      call, "%p, %u, %p, %p, %p", static_cast<const void*>(serverName),
      authnService, static_cast<void*>(authIdentity),
      static_cast<const void*>(session), static_cast<void*>(engineHandle));
  if (call.injected()) {
    if (engineHandle != nullptr) *engineHandle = nullptr;
    return call.Finish(static_cast<DWORD>(*call.injected()));
  }
  if (engineHandle == nullptr) return call.Finish(kNullArgument);
  *engineHandle = nullptr;
  if (serverName != nullptr) return call.Finish(DWORD{ERROR_INVALID_PARAMETER});
  if (authnService != RPC_C_AUTHN_WINNT &&
      authnService != static_cast<UINT32>(RPC_C_AUTHN_DEFAULT)) {
    return call.Finish(DWORD{RPC_S_UNKNOWN_AUTHN_SERVICE});
  }
  if (authIdentity != nullptr) {
    if (!ValidIdentity(*authIdentity)) {
      return call.Finish(DWORD{ERROR_INVALID_PARAMETER});
    }
    call.Unmodelled("FwpmEngineOpen0 with explicit credentials (authIdentity)");
    return call.Finish(winemu::fwpuclnt::kNotModelled);
  }
  wfp::SessionInfo info;
  if (session != nullptr) {
    if ((session->flags & ~FWPM_SESSION_FLAG_DYNAMIC) != 0) {
      return call.Finish(static_cast<DWORD>(FWP_E_INVALID_FLAGS));
    }
    info.key = winemu::fwpuclnt::ToGuid(session->sessionKey);
    info.name = winemu::fwpuclnt::ToString(session->displayData.name);
    info.description =
        winemu::fwpuclnt::ToString(session->displayData.description);
    info.flags = session->flags;
    info.txn_wait_ms = session->txnWaitTimeoutInMSec;
  }
  // Filled by BFE from the caller, whatever the client put there [DOC].
  const winemu::Process& process = call.process();
  info.process_id = process.id();
  info.sid = &process.identity().sid;
  info.user_name = &process.identity().user_name;
  info.kernel_mode = false;
  info.may_write = process.identity().elevated || process.is_system();
  auto opened = Engine(call).OpenSession(std::move(info));
  if (opened.status != wfp::Status::kOk) {
    return call.Finish(FromStatus(opened.status));
  }
  const uint64_t value = call.emu().handles().Insert(
      process.id(), std::move(opened.session), "FwpmEngineOpen0", call.seq());
  *engineHandle = reinterpret_cast<HANDLE>(value);
  return call.Finish(DWORD{ERROR_SUCCESS});
}

// [INF, spec 4.2] An unknown, NULL or already closed handle is
// ERROR_INVALID_HANDLE and changes nothing.
DWORD WINAPI FwpmEngineClose0(HANDLE engineHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmEngineClose0);
  WINEMU_TRACE_ARGS(call, "%p", engineHandle);
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  auto removed = call.emu().handles().Remove<wfp::Session>(
      reinterpret_cast<uint64_t>(engineHandle), call.process().id(),
      &wfp::Session::kType);
  if (!removed.ok()) {
    if (removed.status == winemu::HandleStatus::kClosed ||
        removed.status == winemu::HandleStatus::kOtherProcess) {
      call.Misuse(absl::StrFormat("%p", engineHandle),
                  winemu::HandleStatusName(removed.status));
    }
    return call.Finish(winemu::fwpuclnt::FromHandleStatus(removed.status));
  }
  removed.object->Close(winemu::CloseReason::kExplicit);
  return call.Finish(DWORD{ERROR_SUCCESS});
}

DWORD WINAPI FwpmTransactionBegin0(HANDLE engineHandle, UINT32 flags) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmTransactionBegin0);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x", engineHandle, flags);
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  std::shared_ptr<wfp::Session> s;
  DWORD code = FindSession(call, engineHandle, &s);
  if (code != ERROR_SUCCESS) return call.Finish(code);
  // [INF, spec 4.7] Flags other than FWPM_TXN_READ_ONLY.
  if ((flags & ~FWPM_TXN_READ_ONLY) != 0) {
    return call.Finish(static_cast<DWORD>(FWP_E_INVALID_FLAGS));
  }
  return call.Finish(
      FromStatus(Engine(call).Begin(*s, (flags & FWPM_TXN_READ_ONLY) != 0)));
}

DWORD WINAPI FwpmTransactionCommit0(HANDLE engineHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmTransactionCommit0);
  WINEMU_TRACE_ARGS(call, "%p", engineHandle);
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  std::shared_ptr<wfp::Session> s;
  DWORD code = FindSession(call, engineHandle, &s);
  if (code != ERROR_SUCCESS) return call.Finish(code);
  return call.Finish(FromStatus(Engine(call).Commit(*s)));
}

DWORD WINAPI FwpmTransactionAbort0(HANDLE engineHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmTransactionAbort0);
  WINEMU_TRACE_ARGS(call, "%p", engineHandle);
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  std::shared_ptr<wfp::Session> s;
  DWORD code = FindSession(call, engineHandle, &s);
  if (code != ERROR_SUCCESS) return call.Finish(code);
  return call.Finish(FromStatus(Engine(call).Abort(*s)));
}

DWORD WINAPI FwpmSessionCreateEnumHandle0(
    HANDLE engineHandle, const FWPM_SESSION_ENUM_TEMPLATE0* enumTemplate,
    HANDLE* enumHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmSessionCreateEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(enumTemplate),
                    static_cast<void*>(enumHandle));
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  std::shared_ptr<wfp::Session> s;
  DWORD code = FindSession(call, engineHandle, &s);
  if (code != ERROR_SUCCESS) return call.Finish(code);
  if (enumHandle == nullptr) return call.Finish(kNullArgument);
  // [INF, spec 4.3] A non-zero reserved field.
  if (enumTemplate != nullptr && enumTemplate->reserved != 0) {
    return call.Finish(static_cast<DWORD>(FWP_E_RESERVED));
  }
  return call.Finish(winemu::fwpuclnt::PublishEnum(
      call, *s, Engine(call).CreateSessionEnum(*s), enumHandle));
}

DWORD WINAPI FwpmSessionEnum0(HANDLE engineHandle, HANDLE enumHandle,
                              UINT32 numEntriesRequested,
                              FWPM_SESSION0*** entries,
                              UINT32* numEntriesReturned) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmSessionEnum0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u, %p, %p", engineHandle, enumHandle,
                    numEntriesRequested, static_cast<void*>(entries),
                    static_cast<void*>(numEntriesReturned));
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  return call.Finish(winemu::fwpuclnt::EnumPage<wfp::SessionInfo>(
      call, engineHandle, enumHandle, wfp::EnumKind::kSession,
      numEntriesRequested, entries, numEntriesReturned,
      &wfp::FilterEngine::NextSessions, &winemu::fwpuclnt::FillSession));
}

DWORD WINAPI FwpmSessionDestroyEnumHandle0(HANDLE engineHandle,
                                           HANDLE enumHandle) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmSessionDestroyEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle, enumHandle);
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()));
  return call.Finish(winemu::fwpuclnt::DestroyEnum(
      call, engineHandle, enumHandle, wfp::EnumKind::kSession));
}

}  // extern "C"
