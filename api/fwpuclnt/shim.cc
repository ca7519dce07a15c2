// Copyright winemu authors.
#include "api/fwpuclnt/shim.h"

#include "absl/strings/str_format.h"

namespace winemu::fwpuclnt {
namespace {

std::string HandleText(HANDLE h) { return absl::StrFormat("%p", h); }

void ReportBadHandle(ApiCall& call, HANDLE h, HandleStatus status) {
  if (status == HandleStatus::kClosed ||
      status == HandleStatus::kOtherProcess) {
    call.Misuse(HandleText(h), HandleStatusName(status));
  }
}

}  // namespace

DWORD FindSession(ApiCall& call, HANDLE engineHandle,
                  std::shared_ptr<wfp::Session>* session) {
  auto found = call.emu().handles().Lookup<wfp::Session>(
      reinterpret_cast<uint64_t>(engineHandle), call.process().id(),
      &wfp::Session::kType);
  if (!found.ok()) {
    ReportBadHandle(call, engineHandle, found.status);
    return FromHandleStatus(found.status);
  }
  *session = std::move(found.object);
  return ERROR_SUCCESS;
}

DWORD FindEnum(ApiCall& call, HANDLE enumHandle, wfp::EnumKind kind,
               std::shared_ptr<wfp::EnumHandle>* e) {
  auto found = call.emu().handles().Lookup<wfp::EnumHandle>(
      reinterpret_cast<uint64_t>(enumHandle), call.process().id(),
      &wfp::EnumHandle::TypeFor(kind));
  if (!found.ok()) {
    ReportBadHandle(call, enumHandle, found.status);
    return FromHandleStatus(found.status);
  }
  *e = std::move(found.object);
  return ERROR_SUCCESS;
}

DWORD PublishEnum(ApiCall& call, wfp::Session& session,
                  wfp::FilterEngine::Created created, HANDLE* enumHandle) {
  if (created.status != wfp::Status::kOk) return FromStatus(created.status);
  auto& handles = call.emu().handles();
  const uint64_t value = handles.Insert(call.process().id(), created.handle,
                                        call.api().name, call.seq());
  if (!Engine(call).AttachEnumHandle(session, *created.handle, value)) {
    // The session closed meanwhile (another thread closed its handle).
    auto removed = handles.Remove(value, call.process().id(), nullptr);
    if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
    return ERROR_INVALID_HANDLE;
  }
  *enumHandle = reinterpret_cast<HANDLE>(value);
  return ERROR_SUCCESS;
}

DWORD DestroyEnum(ApiCall& call, HANDLE engineHandle, HANDLE enumHandle,
                  wfp::EnumKind kind) {
  std::shared_ptr<wfp::Session> session;
  DWORD code = FindSession(call, engineHandle, &session);
  if (code != ERROR_SUCCESS) return code;
  std::shared_ptr<wfp::EnumHandle> e;
  code = FindEnum(call, enumHandle, kind, &e);
  if (code != ERROR_SUCCESS) return code;
  // [INF] Another session's enumeration handle is a bad handle.
  code = FromStatus(Engine(call).CheckEnumOwner(*session, *e));
  if (code != ERROR_SUCCESS) return code;
  auto removed = call.emu().handles().Remove<wfp::EnumHandle>(
      reinterpret_cast<uint64_t>(enumHandle), call.process().id(),
      &wfp::EnumHandle::TypeFor(kind));
  if (!removed.ok()) return FromHandleStatus(removed.status);
  removed.object->Close(CloseReason::kExplicit);
  return ERROR_SUCCESS;
}

}  // namespace winemu::fwpuclnt
