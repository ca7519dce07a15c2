// Copyright winemu authors.
//
// The ntoskrnl routines minifilters use around FltMgr: IRQL, pool, counted
// strings, DbgPrint, PsGetCurrentProcessId, and the checks behind
// PAGED_CODE() and NT_ASSERT().
#include <fltKernel.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>

#include "absl/strings/str_format.h"
#include "api/fltmgr/exports.h"
#include "emu/core/call.h"
#include "emu/fltmgr/irql.h"

namespace {

using winemu::CallMode;
namespace fltmgr = winemu::fltmgr;
namespace api = winemu::fltmgr_api;

// Each pool block starts with this header; the client gets what follows.
struct alignas(16) PoolHeader {
  uint32_t tag;
  uint32_t paged;
  uint64_t size;
};

void FreePoolBlock(void* p) { std::free(static_cast<PoolHeader*>(p) - 1); }

const winemu::AllocationKind kPoolKind = {"pool block", "ExFreePoolWithTag",
                                          &FreePoolBlock};

std::string TagText(ULONG tag) {
  std::string s;
  for (int i = 0; i < 4; ++i) {
    const char c = static_cast<char>((tag >> (8 * i)) & 0xFF);
    s.push_back(c >= 0x20 && c < 0x7F ? c : '.');
  }
  return absl::StrFormat("'%s' (0x%08x)", s, tag);
}

// More than any pool holds [INF]: such a request fails with NULL, as an
// exhausted pool does, instead of overflowing the block size.
constexpr SIZE_T kMaxPoolBlock = SIZE_T{1} << 32;

PVOID Allocate(const winemu::ApiCall& call, SIZE_T size, ULONG tag, bool paged,
               bool zero) {
  if (size > kMaxPoolBlock) return nullptr;
  void* raw = std::malloc(sizeof(PoolHeader) + (size == 0 ? 1 : size));
  if (raw == nullptr) return nullptr;
  auto* header = static_cast<PoolHeader*>(raw);
  header->tag = tag;
  header->paged = paged;
  header->size = size;
  void* p = header + 1;
  if (zero) std::memset(p, 0, size);
  call.emu().allocations().Track(p, kPoolKind, size, call.api().name,
                                 call.process().id(), call.seq(), tag);
  return p;
}

void Free(const winemu::ApiCall& call, PVOID p, const ULONG* tag) {
  const std::string subject = absl::StrFormat("%p", p);
  if (p == nullptr) {
    call.Misuse(subject, "freeing NULL (BAD_POOL_CALLER on Windows)");
    return;
  }
  switch (call.emu().allocations().Release(p, kPoolKind)) {
    case winemu::ReleaseStatus::kOk:
      break;
    case winemu::ReleaseStatus::kUnknown:
      call.Misuse(subject, "not a pool block, or already freed");
      return;
    case winemu::ReleaseStatus::kWrongKind:
      call.Misuse(subject, "memory of another kind; use its own free routine");
      return;
  }
  const PoolHeader* header = static_cast<PoolHeader*>(p) - 1;
  if (header->paged) fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  if (tag != nullptr && *tag != header->tag) {
    call.Misuse(subject, absl::StrFormat("freed with tag %s, allocated with %s",
                                         TagText(*tag), TagText(header->tag)));
  }
  FreePoolBlock(p);
}

bool IsPagedPoolType(POOL_TYPE type) {
  // The paged types are the odd base types (PagedPool, PagedPoolCacheAligned,
  // and their session variants).
  return (static_cast<int>(type) & 0x1FF & ~0x20) % 2 == 1;
}

}  // namespace

extern "C" {

KIRQL NTAPI KeGetCurrentIrql(void) { return fltmgr::CurrentIrql(); }

VOID NTAPI KeRaiseIrql(KIRQL NewIrql, PKIRQL OldIrql) {
  WINEMU_API_CALL(call, api::kKeRaiseIrql, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%d", NewIrql);
  const KIRQL current = fltmgr::CurrentIrql();
  if (OldIrql == nullptr) {
    // A bug check on Windows; a report and no change here.
    call.Misuse("NULL", "OldIrql is required");
    call.FinishVoid();
    return;
  }
  *OldIrql = current;
  if (NewIrql < current) {
    call.Misuse(absl::StrFormat("IRQL %d", NewIrql),
                absl::StrFormat("raising to a level below the current %d "
                                "(IRQL_NOT_GREATER_OR_EQUAL on Windows)",
                                current));
  } else {
    fltmgr::SetCurrentIrql(NewIrql);
  }
  call.FinishVoid();
}

VOID NTAPI KeLowerIrql(KIRQL NewIrql) {
  WINEMU_API_CALL(call, api::kKeLowerIrql, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%d", NewIrql);
  const KIRQL current = fltmgr::CurrentIrql();
  if (NewIrql > current) {
    call.Misuse(absl::StrFormat("IRQL %d", NewIrql),
                absl::StrFormat("lowering to a level above the current %d "
                                "(IRQL_NOT_LESS_OR_EQUAL on Windows)",
                                current));
  } else {
    fltmgr::SetCurrentIrql(NewIrql);
  }
  call.FinishVoid();
}

KIRQL NTAPI KeRaiseIrqlToDpcLevel(void) {
  WINEMU_API_CALL(call, api::kKeRaiseIrqlToDpcLevel, CallMode::kKernel);
  const KIRQL current = fltmgr::CurrentIrql();
  if (current > DISPATCH_LEVEL) {
    call.Misuse(absl::StrFormat("IRQL %d", current),
                "raising to DISPATCH_LEVEL from above it");
  } else {
    fltmgr::SetCurrentIrql(DISPATCH_LEVEL);
  }
  call.FinishVoid();
  return current;
}

PVOID NTAPI ExAllocatePoolWithTag(POOL_TYPE PoolType, SIZE_T NumberOfBytes,
                                  ULONG Tag) {
  WINEMU_API_CALL(call, api::kExAllocatePoolWithTag, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%d, %u, %s", PoolType, NumberOfBytes, TagText(Tag));
  const bool paged = IsPagedPoolType(PoolType);
  fltmgr::CheckIrql(call, paged ? fltmgr::kApcLevel : fltmgr::kDispatchLevel);
  if (call.injected()) {
    call.Finish(*call.injected());
    return nullptr;
  }
  PVOID p = Allocate(call, NumberOfBytes, Tag, paged, /*zero=*/false);
  call.Finish(p != nullptr ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES);
  return p;
}

PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag) {
  WINEMU_API_CALL(call, api::kExAllocatePool2, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "0x%x, %u, %s", Flags, NumberOfBytes, TagText(Tag));
  const POOL_FLAGS kinds =
      Flags &
      (POOL_FLAG_NON_PAGED | POOL_FLAG_NON_PAGED_EXECUTE | POOL_FLAG_PAGED);
  const bool paged = (Flags & POOL_FLAG_PAGED) != 0;
  fltmgr::CheckIrql(call, paged ? fltmgr::kApcLevel : fltmgr::kDispatchLevel);
  if (call.injected()) {
    call.Finish(*call.injected());
    return nullptr;
  }
  // Exactly one pool kind is required [DOC]; otherwise NULL and a report
  // [INF: Windows' behaviour is undocumented].
  if (kinds == 0 || (kinds & (kinds - 1)) != 0) {
    call.Misuse(absl::StrFormat("Flags 0x%x", Flags),
                "exactly one of POOL_FLAG_NON_PAGED, "
                "POOL_FLAG_NON_PAGED_EXECUTE and POOL_FLAG_PAGED is required");
    call.Finish(STATUS_INVALID_PARAMETER);
    return nullptr;
  }
  PVOID p = Allocate(call, NumberOfBytes, Tag, paged,
                     (Flags & POOL_FLAG_UNINITIALIZED) == 0);
  call.Finish(p != nullptr ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES);
  return p;
}

VOID NTAPI ExFreePoolWithTag(PVOID P, ULONG Tag) {
  WINEMU_API_CALL(call, api::kExFreePoolWithTag, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %s", P, TagText(Tag));
  fltmgr::CheckIrql(call, fltmgr::kDispatchLevel);
  Free(call, P, &Tag);
  call.FinishVoid();
}

VOID NTAPI ExFreePool(PVOID P) {
  WINEMU_API_CALL(call, api::kExFreePool, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", P);
  fltmgr::CheckIrql(call, fltmgr::kDispatchLevel);
  Free(call, P, nullptr);
  call.FinishVoid();
}

VOID NTAPI RtlInitUnicodeString(PUNICODE_STRING DestinationString,
                                PCWSTR SourceString) {
  WINEMU_API_CALL(call, api::kRtlInitUnicodeString, CallMode::kKernel);
  fltmgr::CheckIrql(call, fltmgr::kDispatchLevel);
  if (DestinationString == nullptr) {
    // An access violation on Windows; a report here.
    call.Misuse("NULL", "DestinationString is required");
    call.FinishVoid();
    return;
  }
  DestinationString->Buffer = const_cast<PWCH>(SourceString);
  if (SourceString == nullptr) {
    DestinationString->Length = 0;
    DestinationString->MaximumLength = 0;
  } else {
    // Longer strings are cut to the largest counted string [INF].
    size_t bytes = std::wcslen(SourceString) * sizeof(WCHAR);
    const size_t max = UNICODE_STRING_MAX_BYTES - sizeof(WCHAR);
    if (bytes > max) bytes = max - max % sizeof(WCHAR);
    DestinationString->Length = static_cast<USHORT>(bytes);
    DestinationString->MaximumLength =
        static_cast<USHORT>(bytes + sizeof(WCHAR));
  }
  call.FinishVoid();
}

static ULONG Print(const winemu::ApiInfo& info, PCSTR Format, va_list args) {
  WINEMU_API_CALL(call, info, CallMode::kKernel);
  if (Format == nullptr) {
    // An access violation on Windows; a report here.
    call.Misuse("NULL", "Format is required");
    return call.Finish(static_cast<ULONG>(STATUS_INVALID_PARAMETER));
  }
  char buffer[512];
  std::vsnprintf(buffer, sizeof(buffer), Format, args);
  WINEMU_TRACE_ARGS(call, "%s", buffer);
  std::fputs(buffer, stderr);
  return call.Finish(static_cast<ULONG>(STATUS_SUCCESS));
}

ULONG __cdecl DbgPrint(PCSTR Format, ...) {
  va_list args;
  va_start(args, Format);
  const ULONG r = Print(api::kDbgPrint, Format, args);
  va_end(args);
  return r;
}

ULONG __cdecl DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...) {
  va_list args;
  va_start(args, Format);
  const ULONG r = Print(api::kDbgPrintEx, Format, args);
  va_end(args);
  return r;
}

HANDLE NTAPI PsGetCurrentProcessId(void) {
  return reinterpret_cast<HANDLE>(static_cast<ULONG_PTR>(
      winemu::Emulator::Current().current_process().id()));
}

VOID NTAPI WinemuPagedCodeCheck(PCSTR Function) {
  const KIRQL current = fltmgr::CurrentIrql();
  if (current <= APC_LEVEL) return;
  WINEMU_API_CALL(call, api::kPagedCode, CallMode::kKernel);
  call.Misuse(Function, absl::StrFormat("pageable code run at IRQL %d (above "
                                        "APC_LEVEL)",
                                        current));
  call.FinishVoid();
}

VOID NTAPI WinemuAssertionFailure(PCSTR Expression, PCSTR File, ULONG Line) {
  WINEMU_API_CALL(call, api::kNtAssert, CallMode::kKernel);
  call.Misuse(absl::StrFormat("%s:%u", File, Line),
              absl::StrFormat("assertion failed: %s", Expression));
  call.FinishVoid();
}

}  // extern "C"
