// Copyright winemu authors.
//
// Providers, sublayers, filters and callouts: Add, Delete, Get and the
// enumerations.
//
// [INF] Validation order of every entry point here: the engine handle
// (ERROR_INVALID_HANDLE), then NULL pointer parameters
// (ERROR_INVALID_PARAMETER), then the members of the structure
// (FWP_E_NULL_POINTER, ...), then the engine (transaction, lock, object
// rules).
#include <fwpmu.h>

#include "api/fwpuclnt/errors.h"
#include "api/fwpuclnt/exports.h"
#include "api/fwpuclnt/marshal.h"
#include "api/fwpuclnt/shim.h"
#include "emu/core/call.h"

namespace wfp = winemu::wfp;
namespace fw = winemu::fwpuclnt;
using winemu::ApiCall;
using winemu::fwpuclnt::Engine;

namespace {

// Session lookup plus the usual preamble of a shim.
#define WINEMU_FWP_SESSION(call, engineHandle, s)          \
  std::shared_ptr<wfp::Session> s;                         \
  do {                                                     \
    DWORD code_ = fw::FindSession(call, engineHandle, &s); \
    if (code_ != ERROR_SUCCESS) return call.Finish(code_); \
  } while (0)

#define WINEMU_FWP_INJECTED(call) \
  if (call.injected()) return call.Finish(static_cast<DWORD>(*call.injected()))

DWORD Unmodelled(ApiCall& call, const char* what) {
  call.Unmodelled(what);
  return fw::kNotModelled;
}

}  // namespace

extern "C" {

// --- providers ---------------------------------------------------------------

DWORD WINAPI FwpmProviderAdd0(HANDLE engineHandle,
                              const FWPM_PROVIDER0* provider,
                              PSECURITY_DESCRIPTOR sd) {
  WINEMU_API_CALL(call, fw::kFwpmProviderAdd0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(provider), sd);
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (provider == nullptr) return call.Finish(fw::kNullArgument);
  wfp::Provider p;
  wfp::Status st = fw::ToProvider(*provider, &p);
  if (st != wfp::Status::kOk) return call.Finish(fw::FromStatus(st));
  wfp::Guid key;
  return call.Finish(fw::FromStatus(Engine(call).AddProvider(*s, p, &key)));
}

DWORD WINAPI FwpmProviderDeleteByKey0(HANDLE engineHandle, const GUID* key) {
  WINEMU_API_CALL(call, fw::kFwpmProviderDeleteByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle,
                    static_cast<const void*>(key));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr) return call.Finish(fw::kNullArgument);
  return call.Finish(
      fw::FromStatus(Engine(call).DeleteProvider(*s, fw::ToGuid(*key))));
}

DWORD WINAPI FwpmProviderGetByKey0(HANDLE engineHandle, const GUID* key,
                                   FWPM_PROVIDER0** provider) {
  WINEMU_API_CALL(call, fw::kFwpmProviderGetByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(key),
                    static_cast<void*>(provider));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr || provider == nullptr) {
    if (provider != nullptr) *provider = nullptr;
    return call.Finish(fw::kNullArgument);
  }
  std::shared_ptr<const wfp::Provider> rec;
  wfp::Status st = Engine(call).GetProvider(*s, fw::ToGuid(*key), &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillProvider, provider));
}

DWORD WINAPI FwpmProviderCreateEnumHandle0(
    HANDLE engineHandle, const FWPM_PROVIDER_ENUM_TEMPLATE0* enumTemplate,
    HANDLE* enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmProviderCreateEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(enumTemplate),
                    static_cast<void*>(enumHandle));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (enumHandle == nullptr) return call.Finish(fw::kNullArgument);
  // [INF, spec 4.14.1] A non-zero reserved field.
  if (enumTemplate != nullptr && enumTemplate->reserved != 0) {
    return call.Finish(static_cast<DWORD>(FWP_E_RESERVED));
  }
  return call.Finish(fw::PublishEnum(
      call, *s, Engine(call).CreateProviderEnum(*s), enumHandle));
}

DWORD WINAPI FwpmProviderEnum0(HANDLE engineHandle, HANDLE enumHandle,
                               UINT32 numEntriesRequested,
                               FWPM_PROVIDER0*** entries,
                               UINT32* numEntriesReturned) {
  WINEMU_API_CALL(call, fw::kFwpmProviderEnum0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u", engineHandle, enumHandle,
                    numEntriesRequested);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::EnumPage<wfp::Provider>(
      call, engineHandle, enumHandle, wfp::EnumKind::kProvider,
      numEntriesRequested, entries, numEntriesReturned,
      &wfp::FilterEngine::NextProviders, &fw::FillProvider));
}

DWORD WINAPI FwpmProviderDestroyEnumHandle0(HANDLE engineHandle,
                                            HANDLE enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmProviderDestroyEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle, enumHandle);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::DestroyEnum(call, engineHandle, enumHandle,
                                     wfp::EnumKind::kProvider));
}

// --- sublayers ---------------------------------------------------------------

DWORD WINAPI FwpmSubLayerAdd0(HANDLE engineHandle,
                              const FWPM_SUBLAYER0* subLayer,
                              PSECURITY_DESCRIPTOR sd) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerAdd0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(subLayer), sd);
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (subLayer == nullptr) return call.Finish(fw::kNullArgument);
  wfp::Sublayer l;
  wfp::Status st = fw::ToSublayer(*subLayer, &l);
  if (st != wfp::Status::kOk) return call.Finish(fw::FromStatus(st));
  wfp::Guid key;
  return call.Finish(fw::FromStatus(Engine(call).AddSublayer(*s, l, &key)));
}

DWORD WINAPI FwpmSubLayerDeleteByKey0(HANDLE engineHandle, const GUID* key) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerDeleteByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle,
                    static_cast<const void*>(key));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr) return call.Finish(fw::kNullArgument);
  return call.Finish(
      fw::FromStatus(Engine(call).DeleteSublayer(*s, fw::ToGuid(*key))));
}

DWORD WINAPI FwpmSubLayerGetByKey0(HANDLE engineHandle, const GUID* key,
                                   FWPM_SUBLAYER0** subLayer) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerGetByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(key),
                    static_cast<void*>(subLayer));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr || subLayer == nullptr) {
    if (subLayer != nullptr) *subLayer = nullptr;
    return call.Finish(fw::kNullArgument);
  }
  std::shared_ptr<const wfp::Sublayer> rec;
  wfp::Status st = Engine(call).GetSublayer(*s, fw::ToGuid(*key), &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillSublayer, subLayer));
}

DWORD WINAPI FwpmSubLayerCreateEnumHandle0(
    HANDLE engineHandle, const FWPM_SUBLAYER_ENUM_TEMPLATE0* enumTemplate,
    HANDLE* enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerCreateEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(enumTemplate),
                    static_cast<void*>(enumHandle));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (enumHandle == nullptr) return call.Finish(fw::kNullArgument);
  wfp::SublayerQuery q;
  if (enumTemplate != nullptr && enumTemplate->providerKey != nullptr) {
    q.provider_key = fw::ToGuid(*enumTemplate->providerKey);
  }
  return call.Finish(fw::PublishEnum(
      call, *s, Engine(call).CreateSublayerEnum(*s, q), enumHandle));
}

DWORD WINAPI FwpmSubLayerEnum0(HANDLE engineHandle, HANDLE enumHandle,
                               UINT32 numEntriesRequested,
                               FWPM_SUBLAYER0*** entries,
                               UINT32* numEntriesReturned) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerEnum0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u", engineHandle, enumHandle,
                    numEntriesRequested);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::EnumPage<wfp::Sublayer>(
      call, engineHandle, enumHandle, wfp::EnumKind::kSublayer,
      numEntriesRequested, entries, numEntriesReturned,
      &wfp::FilterEngine::NextSublayers, &fw::FillSublayer));
}

DWORD WINAPI FwpmSubLayerDestroyEnumHandle0(HANDLE engineHandle,
                                            HANDLE enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmSubLayerDestroyEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle, enumHandle);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::DestroyEnum(call, engineHandle, enumHandle,
                                     wfp::EnumKind::kSublayer));
}

// --- filters -----------------------------------------------------------------

DWORD WINAPI FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0* filter,
                            PSECURITY_DESCRIPTOR sd, UINT64* id) {
  WINEMU_API_CALL(call, fw::kFwpmFilterAdd0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %p", engineHandle,
                    static_cast<const void*>(filter), sd,
                    static_cast<void*>(id));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (filter == nullptr) return call.Finish(fw::kNullArgument);
  wfp::Filter f;
  const char* unmodelled = nullptr;
  wfp::Status st = fw::ToFilter(*filter, &f, &unmodelled);
  if (unmodelled != nullptr) return call.Finish(Unmodelled(call, unmodelled));
  if (st != wfp::Status::kOk) return call.Finish(fw::FromStatus(st));
  uint64_t filter_id = 0;
  st = Engine(call).AddFilter(*s, std::move(f), &filter_id);
  if (st == wfp::Status::kUnmodelled) {
    return call.Finish(Unmodelled(call, "filters using a provider context"));
  }
  if (st == wfp::Status::kOk && id != nullptr) *id = filter_id;
  return call.Finish(fw::FromStatus(st));
}

DWORD WINAPI FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id) {
  WINEMU_API_CALL(call, fw::kFwpmFilterDeleteById0);
  WINEMU_TRACE_ARGS(call, "%p, %llu", engineHandle,
                    static_cast<unsigned long long>(id));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  return call.Finish(fw::FromStatus(Engine(call).DeleteFilterById(*s, id)));
}

DWORD WINAPI FwpmFilterDeleteByKey0(HANDLE engineHandle, const GUID* key) {
  WINEMU_API_CALL(call, fw::kFwpmFilterDeleteByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle,
                    static_cast<const void*>(key));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr) return call.Finish(fw::kNullArgument);
  return call.Finish(
      fw::FromStatus(Engine(call).DeleteFilterByKey(*s, fw::ToGuid(*key))));
}

DWORD WINAPI FwpmFilterGetById0(HANDLE engineHandle, UINT64 id,
                                FWPM_FILTER0** filter) {
  WINEMU_API_CALL(call, fw::kFwpmFilterGetById0);
  WINEMU_TRACE_ARGS(call, "%p, %llu, %p", engineHandle,
                    static_cast<unsigned long long>(id),
                    static_cast<void*>(filter));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (filter == nullptr) return call.Finish(fw::kNullArgument);
  std::shared_ptr<const wfp::Filter> rec;
  wfp::Status st = Engine(call).GetFilterById(*s, id, &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillFilter, filter));
}

DWORD WINAPI FwpmFilterGetByKey0(HANDLE engineHandle, const GUID* key,
                                 FWPM_FILTER0** filter) {
  WINEMU_API_CALL(call, fw::kFwpmFilterGetByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(key), static_cast<void*>(filter));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr || filter == nullptr) {
    if (filter != nullptr) *filter = nullptr;
    return call.Finish(fw::kNullArgument);
  }
  std::shared_ptr<const wfp::Filter> rec;
  wfp::Status st = Engine(call).GetFilterByKey(*s, fw::ToGuid(*key), &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillFilter, filter));
}

DWORD WINAPI FwpmFilterCreateEnumHandle0(
    HANDLE engineHandle, const FWPM_FILTER_ENUM_TEMPLATE0* enumTemplate,
    HANDLE* enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmFilterCreateEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(enumTemplate),
                    static_cast<void*>(enumHandle));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (enumHandle == nullptr) return call.Finish(fw::kNullArgument);
  wfp::FilterQuery q;
  if (enumTemplate != nullptr) {
    const FWPM_FILTER_ENUM_TEMPLATE0& t = *enumTemplate;
    if (fw::RawEnum(t.enumType) >= FWP_FILTER_ENUM_TYPE_MAX) {
      return call.Finish(static_cast<DWORD>(FWP_E_INVALID_ENUMERATOR));
    }
    if ((t.flags & ~0x3Fu) != 0) {
      return call.Finish(static_cast<DWORD>(FWP_E_INVALID_FLAGS));
    }
    if (t.numFilterConditions > 0 && t.filterCondition == nullptr) {
      return call.Finish(static_cast<DWORD>(FWP_E_NULL_POINTER));
    }
    if (t.numFilterConditions > 0 || t.providerContextTemplate != nullptr ||
        (t.flags & (FWP_FILTER_ENUM_FLAG_BEST_TERMINATING_MATCH |
                    FWP_FILTER_ENUM_FLAG_SORTED |
                    FWP_FILTER_ENUM_FLAG_BOOTTIME_ONLY)) != 0) {
      return call.Finish(Unmodelled(
          call,
          "filter enumeration templates with conditions, a provider-context "
          "template or the SORTED / BEST_TERMINATING_MATCH / BOOTTIME_ONLY "
          "flags"));
    }
    if (t.providerKey != nullptr) q.provider_key = fw::ToGuid(*t.providerKey);
    q.layer = fw::ToGuid(t.layerKey);
    q.enum_type = fw::RawEnum(t.enumType);
    q.flags = t.flags;
    q.action_mask = t.actionMask;
    if (t.calloutKey != nullptr) q.callout_key = fw::ToGuid(*t.calloutKey);
  }
  return call.Finish(fw::PublishEnum(
      call, *s, Engine(call).CreateFilterEnum(*s, q), enumHandle));
}

DWORD WINAPI FwpmFilterEnum0(HANDLE engineHandle, HANDLE enumHandle,
                             UINT32 numEntriesRequested,
                             FWPM_FILTER0*** entries,
                             UINT32* numEntriesReturned) {
  WINEMU_API_CALL(call, fw::kFwpmFilterEnum0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u", engineHandle, enumHandle,
                    numEntriesRequested);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::EnumPage<wfp::Filter>(
      call, engineHandle, enumHandle, wfp::EnumKind::kFilter,
      numEntriesRequested, entries, numEntriesReturned,
      &wfp::FilterEngine::NextFilters, &fw::FillFilter));
}

DWORD WINAPI FwpmFilterDestroyEnumHandle0(HANDLE engineHandle,
                                          HANDLE enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmFilterDestroyEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle, enumHandle);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(
      fw::DestroyEnum(call, engineHandle, enumHandle, wfp::EnumKind::kFilter));
}

// --- callouts ----------------------------------------------------------------

DWORD WINAPI FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0* callout,
                             PSECURITY_DESCRIPTOR sd, UINT32* id) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutAdd0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %p", engineHandle,
                    static_cast<const void*>(callout), sd,
                    static_cast<void*>(id));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (callout == nullptr) return call.Finish(fw::kNullArgument);
  wfp::Callout c;
  wfp::Status st = fw::ToCallout(*callout, &c);
  if (st != wfp::Status::kOk) return call.Finish(fw::FromStatus(st));
  uint32_t callout_id = 0;
  st = Engine(call).AddCallout(*s, std::move(c), &callout_id);
  if (st == wfp::Status::kOk && id != nullptr) *id = callout_id;
  return call.Finish(fw::FromStatus(st));
}

DWORD WINAPI FwpmCalloutDeleteById0(HANDLE engineHandle, UINT32 id) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutDeleteById0);
  WINEMU_TRACE_ARGS(call, "%p, %u", engineHandle, id);
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  return call.Finish(fw::FromStatus(Engine(call).DeleteCalloutById(*s, id)));
}

DWORD WINAPI FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID* key) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutDeleteByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle,
                    static_cast<const void*>(key));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr) return call.Finish(fw::kNullArgument);
  return call.Finish(
      fw::FromStatus(Engine(call).DeleteCalloutByKey(*s, fw::ToGuid(*key))));
}

DWORD WINAPI FwpmCalloutGetById0(HANDLE engineHandle, UINT32 id,
                                 FWPM_CALLOUT0** callout) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutGetById0);
  WINEMU_TRACE_ARGS(call, "%p, %u, %p", engineHandle, id,
                    static_cast<void*>(callout));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (callout == nullptr) return call.Finish(fw::kNullArgument);
  std::shared_ptr<const wfp::Callout> rec;
  wfp::Status st = Engine(call).GetCalloutById(*s, id, &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillCallout, callout));
}

DWORD WINAPI FwpmCalloutGetByKey0(HANDLE engineHandle, const GUID* key,
                                  FWPM_CALLOUT0** callout) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutGetByKey0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(key), static_cast<void*>(callout));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (key == nullptr || callout == nullptr) {
    if (callout != nullptr) *callout = nullptr;
    return call.Finish(fw::kNullArgument);
  }
  std::shared_ptr<const wfp::Callout> rec;
  wfp::Status st = Engine(call).GetCalloutByKey(*s, fw::ToGuid(*key), &rec);
  return call.Finish(fw::GetOne(call, st, rec, &fw::FillCallout, callout));
}

DWORD WINAPI FwpmCalloutCreateEnumHandle0(
    HANDLE engineHandle, const FWPM_CALLOUT_ENUM_TEMPLATE0* enumTemplate,
    HANDLE* enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutCreateEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", engineHandle,
                    static_cast<const void*>(enumTemplate),
                    static_cast<void*>(enumHandle));
  WINEMU_FWP_INJECTED(call);
  WINEMU_FWP_SESSION(call, engineHandle, s);
  if (enumHandle == nullptr) return call.Finish(fw::kNullArgument);
  wfp::CalloutQuery q;
  if (enumTemplate != nullptr) {
    if (enumTemplate->providerKey != nullptr) {
      q.provider_key = fw::ToGuid(*enumTemplate->providerKey);
    }
    q.layer = fw::ToGuid(enumTemplate->layerKey);
  }
  return call.Finish(fw::PublishEnum(
      call, *s, Engine(call).CreateCalloutEnum(*s, q), enumHandle));
}

DWORD WINAPI FwpmCalloutEnum0(HANDLE engineHandle, HANDLE enumHandle,
                              UINT32 numEntriesRequested,
                              FWPM_CALLOUT0*** entries,
                              UINT32* numEntriesReturned) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutEnum0);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u", engineHandle, enumHandle,
                    numEntriesRequested);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(fw::EnumPage<wfp::Callout>(
      call, engineHandle, enumHandle, wfp::EnumKind::kCallout,
      numEntriesRequested, entries, numEntriesReturned,
      &wfp::FilterEngine::NextCallouts, &fw::FillCallout));
}

DWORD WINAPI FwpmCalloutDestroyEnumHandle0(HANDLE engineHandle,
                                           HANDLE enumHandle) {
  WINEMU_API_CALL(call, fw::kFwpmCalloutDestroyEnumHandle0);
  WINEMU_TRACE_ARGS(call, "%p, %p", engineHandle, enumHandle);
  WINEMU_FWP_INJECTED(call);
  return call.Finish(
      fw::DestroyEnum(call, engineHandle, enumHandle, wfp::EnumKind::kCallout));
}

}  // extern "C"
