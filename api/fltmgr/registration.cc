// Copyright winemu authors.
//
// FltRegisterFilter, FltStartFiltering, FltUnregisterFilter,
// FltBuildDefaultSecurityDescriptor, FltFreeSecurityDescriptor.
#include <fltKernel.h>

#include <cstddef>
#include <new>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_format.h"
#include "api/fltmgr/errors.h"
#include "api/fltmgr/exports.h"
#include "api/fltmgr/internal.h"
#include "api/fltmgr/security.h"
#include "emu/core/mutex.h"
#include "emu/fltmgr/irql.h"

namespace {

using winemu::ApiCall;
using winemu::CallMode;
using winemu::fltmgr_api::Engine;
using winemu::fltmgr_api::FromValue;
using winemu::fltmgr_api::NtStatusFrom;
using winemu::fltmgr_api::Value;
namespace fltmgr = winemu::fltmgr;
namespace api = winemu::fltmgr_api;

// The smallest Size each registration version may have: the structure up to
// its last member of that version.
size_t MinimumSize(USHORT version) {
  switch (version) {
    case FLT_REGISTRATION_VERSION_0200:
      return offsetof(FLT_REGISTRATION, TransactionNotificationCallback);
    case FLT_REGISTRATION_VERSION_0201:
      return offsetof(FLT_REGISTRATION, NormalizeNameComponentExCallback);
    case FLT_REGISTRATION_VERSION_0202:
      return offsetof(FLT_REGISTRATION, SectionNotificationCallback);
    case FLT_REGISTRATION_VERSION_0203:
      return sizeof(FLT_REGISTRATION);
    default:
      return 0;  // unknown version
  }
}

// Live descriptors, so that a descriptor the client built itself is told
// apart without reading past its end.
winemu::Mutex& LiveMutex() {
  static auto* mu = new winemu::Mutex;
  return *mu;
}
absl::flat_hash_set<const void*>& Live() {
  static auto* live = new absl::flat_hash_set<const void*>;
  return *live;
}

void FreeSecurityDescriptorBlock(void* p) {
  {
    winemu::MutexLock lock(&LiveMutex());
    Live().erase(p);
  }
  delete static_cast<api::DefaultSecurityDescriptor*>(p);
}

}  // namespace

namespace winemu::fltmgr_api {

const AllocationKind kSecurityDescriptorKind = {
    "security descriptor (FltBuildDefaultSecurityDescriptor)",
    "FltFreeSecurityDescriptor", &FreeSecurityDescriptorBlock};

bool IsDefaultSecurityDescriptor(const void* sd) {
  MutexLock lock(&LiveMutex());
  return Live().contains(sd);
}

}  // namespace winemu::fltmgr_api

extern "C" {

NTSTATUS FLTAPI FltRegisterFilter(PDRIVER_OBJECT Driver,
                                  CONST FLT_REGISTRATION* Registration,
                                  PFLT_FILTER* RetFilter) {
  WINEMU_API_CALL(call, api::kFltRegisterFilter, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p", Driver, Registration, RetFilter);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (Driver == nullptr || Registration == nullptr || RetFilter == nullptr) {
    call.Misuse("NULL", "Driver, Registration and RetFilter are required");
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  // Drivers built for older FltMgr versions load on newer ones: every known
  // version is accepted, with the size of that version [INF].
  const size_t minimum = MinimumSize(Registration->Version);
  if (minimum == 0 || Registration->Size < minimum) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  fltmgr::FilterCallbacks callbacks;
  if (PFLT_FILTER_UNLOAD_CALLBACK unload = Registration->FilterUnloadCallback) {
    callbacks.unload = [unload](uint32_t flags) {
      return static_cast<uint32_t>(unload(flags));
    };
  }
  uint64_t filter = 0;
  const fltmgr::Result r =
      Engine(call).RegisterFilter(call, Driver, std::move(callbacks), &filter);
  if (r.ok()) *RetFilter = FromValue<PFLT_FILTER>(filter);
  return call.Finish(NtStatusFrom(r));
}

NTSTATUS FLTAPI FltStartFiltering(PFLT_FILTER Filter) {
  WINEMU_API_CALL(call, api::kFltStartFiltering, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", Filter);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  return call.Finish(
      NtStatusFrom(Engine(call).StartFiltering(call, Value(Filter))));
}

VOID FLTAPI FltUnregisterFilter(PFLT_FILTER Filter) {
  WINEMU_API_CALL(call, api::kFltUnregisterFilter, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", Filter);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  Engine(call).UnregisterFilter(call, Value(Filter));
  call.FinishVoid();
}

NTSTATUS FLTAPI FltBuildDefaultSecurityDescriptor(
    PSECURITY_DESCRIPTOR* SecurityDescriptor, ACCESS_MASK DesiredAccess) {
  WINEMU_API_CALL(call, api::kFltBuildDefaultSecurityDescriptor,
                  CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x", SecurityDescriptor, DesiredAccess);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (SecurityDescriptor == nullptr) {
    call.Misuse("NULL", "SecurityDescriptor is required");
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  auto* block = new (std::nothrow) api::DefaultSecurityDescriptor();
  if (block == nullptr) {
    *SecurityDescriptor = nullptr;
    return call.Finish(STATUS_INSUFFICIENT_RESOURCES);
  }
  block->header.Revision = SECURITY_DESCRIPTOR_REVISION;
  block->header.Control = SE_DACL_PRESENT;
  block->access = DesiredAccess;
  call.emu().allocations().Track(block, api::kSecurityDescriptorKind,
                                 sizeof(*block), call.api().name,
                                 call.process().id(), call.seq());
  {
    winemu::MutexLock lock(&LiveMutex());
    Live().insert(block);
  }
  *SecurityDescriptor = block;
  return call.Finish(STATUS_SUCCESS);
}

VOID FLTAPI FltFreeSecurityDescriptor(PSECURITY_DESCRIPTOR SecurityDescriptor) {
  WINEMU_API_CALL(call, api::kFltFreeSecurityDescriptor, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", SecurityDescriptor);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  const std::string subject = absl::StrFormat("%p", SecurityDescriptor);
  switch (call.emu().allocations().Release(SecurityDescriptor,
                                           api::kSecurityDescriptorKind)) {
    case winemu::ReleaseStatus::kOk:
      FreeSecurityDescriptorBlock(SecurityDescriptor);
      break;
    case winemu::ReleaseStatus::kUnknown:
      call.Misuse(subject,
                  "not from FltBuildDefaultSecurityDescriptor, or already "
                  "freed");
      break;
    case winemu::ReleaseStatus::kWrongKind:
      call.Misuse(subject, "memory of another kind; use its own free routine");
      break;
  }
  call.FinishVoid();
}

}  // extern "C"
