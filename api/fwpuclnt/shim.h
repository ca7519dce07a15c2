// Copyright winemu authors.
//
// shim.h: what every Fwpuclnt shim shares: handle lookups with the
// documented codes, enumeration plumbing, getter plumbing.
#ifndef WINEMU_API_FWPUCLNT_SHIM_H_
#define WINEMU_API_FWPUCLNT_SHIM_H_

#include <fwpmu.h>

#include <functional>
#include <memory>
#include <vector>

#include "api/fwpuclnt/errors.h"
#include "api/fwpuclnt/marshal.h"
#include "emu/core/call.h"
#include "emu/wfp/engine.h"

namespace winemu::fwpuclnt {

inline wfp::FilterEngine& Engine(ApiCall& call) {
  return call.emu().GetExtension<wfp::FilterEngine>();
}

// The session an engine handle names, or the code to return. Stale and
// other-process handles are also verifier reports.
DWORD FindSession(ApiCall& call, HANDLE engineHandle,
                  std::shared_ptr<wfp::Session>* session);
// The enumeration of `kind` an enum handle names, or the code to return.
DWORD FindEnum(ApiCall& call, HANDLE enumHandle, wfp::EnumKind kind,
               std::shared_ptr<wfp::EnumHandle>* e);

// Publishes a created enumeration as a handle of the calling process.
DWORD PublishEnum(ApiCall& call, wfp::Session& session,
                  wfp::FilterEngine::Created created, HANDLE* enumHandle);

// Fwpm*DestroyEnumHandle0.
DWORD DestroyEnum(ApiCall& call, HANDLE engineHandle, HANDLE enumHandle,
                  wfp::EnumKind kind);

// Fwpm*Enum0: the next page as one FwpmFreeMemory0 block.
template <typename R, typename Out>
DWORD EnumPage(ApiCall& call, HANDLE engineHandle, HANDLE enumHandle,
               wfp::EnumKind kind, UINT32 numEntriesRequested, Out*** entries,
               UINT32* numEntriesReturned,
               wfp::Status (wfp::FilterEngine::*next)(
                   wfp::Session&, wfp::EnumHandle&, uint32_t,
                   std::vector<std::shared_ptr<const R>>*),
               void (*fill)(const R&, OutBlock&, Out*)) {
  std::shared_ptr<wfp::Session> session;
  DWORD code = FindSession(call, engineHandle, &session);
  if (code != ERROR_SUCCESS) return code;
  std::shared_ptr<wfp::EnumHandle> e;
  code = FindEnum(call, enumHandle, kind, &e);
  if (code != ERROR_SUCCESS) return code;
  if (entries == nullptr || numEntriesReturned == nullptr) return kNullArgument;
  std::vector<std::shared_ptr<const R>> page;
  wfp::Status st =
      (Engine(call).*next)(*session, *e, numEntriesRequested, &page);
  if (st != wfp::Status::kOk) return FromStatus(st);
  *numEntriesReturned = static_cast<UINT32>(page.size());
  // [INF, spec 4.4] An empty page is NULL, so FwpmFreeMemory0 on it is a
  // no-op.
  if (page.empty()) {
    *entries = nullptr;
    return ERROR_SUCCESS;
  }
  OutBlock block;
  Out** array = block.New<Out*>(page.size());
  for (size_t i = 0; i < page.size(); ++i) {
    array[i] = block.New<Out>();
    fill(*page[i], block, array[i]);
  }
  *entries = static_cast<Out**>(block.Publish(call, array));
  return ERROR_SUCCESS;
}

// Getters: *out is one FwpmFreeMemory0 block, or NULL on failure.
template <typename R, typename Out>
DWORD GetOne(ApiCall& call, wfp::Status st, const std::shared_ptr<const R>& rec,
             void (*fill)(const R&, OutBlock&, Out*), Out** out) {
  if (st != wfp::Status::kOk) {
    *out = nullptr;
    return FromStatus(st);
  }
  OutBlock block;
  Out* object = block.New<Out>();
  fill(*rec, block, object);
  *out = static_cast<Out*>(block.Publish(call, object));
  return ERROR_SUCCESS;
}

}  // namespace winemu::fwpuclnt

#endif  // WINEMU_API_FWPUCLNT_SHIM_H_
