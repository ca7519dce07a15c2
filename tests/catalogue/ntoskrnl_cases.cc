// Copyright winemu authors.
//
// ntoskrnl rows: IRQL, pool, object references, strings, debug output and
// the assertion macros minifilters use. Most are VOID or return a value, so
// a bad argument has no code: Windows bug-checks or faults, winemu files a
// verifier report naming the routine and changes nothing. Pool routines
// return NULL for what they cannot allocate [DOC]; the row's code is then
// STATUS_INSUFFICIENT_RESOURCES (NULL) or STATUS_SUCCESS (a block).
#include <fltKernel.h>
#include <windows.h>

#include <cstdint>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/flt_util.h"

namespace winemu::catalogue {
namespace {
constexpr Basis DOC = Basis::kDoc;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;
constexpr ULONG kTag = 'taCW';
constexpr uint32_t kNull = (uint32_t)STATUS_INSUFFICIENT_RESOURCES;

uint32_t Void(Ctx& c, const std::function<void()>& f) {
  return c.Call([&] {
    f();
    return 0u;
  });
}

// Runs `f` at `irql`, then back at PASSIVE_LEVEL.
void AtIrql(KIRQL irql, const std::function<void()>& f) {
  KIRQL old;
  KeRaiseIrql(irql, &old);
  f();
  KeLowerIrql(old);
}

uint32_t Pool(PVOID p) {
  if (p == nullptr) return kNull;
  ExFreePool(p);
  return (uint32_t)STATUS_SUCCESS;
}

std::vector<Case> IrqlRows() {
  return {
      {"KeGetCurrentIrql", "(none)", "at DISPATCH_LEVEL: returns 2",
       DISPATCH_LEVEL, DOC, ANY,
       [](Ctx& c) {
         uint32_t irql = 0;
         AtIrql(DISPATCH_LEVEL, [&] {
           irql = c.Call([] { return (uint32_t)KeGetCurrentIrql(); });
         });
         return irql;
       }},
      {"KeRaiseIrql", "NewIrql", "below the current IRQL", 0, DOC, NAMED,
       [](Ctx& c) {
         uint32_t code = 0;
         AtIrql(DISPATCH_LEVEL, [&] {
           KIRQL old = 0x55;
           code = Void(c, [&] { KeRaiseIrql(APC_LEVEL, &old); });
           EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
         });
         return code;
       }},
      {"KeRaiseIrql", "OldIrql", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         const uint32_t code =
             Void(c, [] { KeRaiseIrql(DISPATCH_LEVEL, nullptr); });
         EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
         return code;
       }},
      {"KeLowerIrql", "NewIrql", "above the current IRQL", 0, DOC, NAMED,
       [](Ctx& c) {
         const uint32_t code = Void(c, [] { KeLowerIrql(DISPATCH_LEVEL); });
         EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
         return code;
       }},
      {"KeRaiseIrqlToDpcLevel", "(none)", "called above DISPATCH_LEVEL", 0, DOC,
       NAMED,
       [](Ctx& c) {
         uint32_t code = 0;
         AtIrql(HIGH_LEVEL, [&] {
           code = Void(c, [] { KeRaiseIrqlToDpcLevel(); });
           EXPECT_EQ(KeGetCurrentIrql(), HIGH_LEVEL);
         });
         return code;
       }},
  };
}

std::vector<Case> PoolRows() {
  return {
      {"ExAllocatePoolWithTag", "NumberOfBytes", "SIZE_MAX", kNull, DOC, ANY,
       [](Ctx& c) {
         return c.Call([] {
           return Pool(ExAllocatePoolWithTag(NonPagedPoolNx, SIZE_MAX, kTag));
         });
       }},
      {"ExAllocatePoolWithTag", "NumberOfBytes", "2^48", kNull, DOC, ANY,
       [](Ctx& c) {
         return c.Call([] {
           return Pool(ExAllocatePoolWithTag(PagedPool, SIZE_T{1} << 48, kTag));
         });
       }},
      {"ExAllocatePoolWithTag", "PoolType", "PagedPool at DISPATCH_LEVEL",
       (uint32_t)STATUS_SUCCESS, DOC, NAMED,
       [](Ctx& c) {
         uint32_t code = 0;
         AtIrql(DISPATCH_LEVEL, [&] {
           code = c.Call(
               [] { return Pool(ExAllocatePoolWithTag(PagedPool, 8, kTag)); });
         });
         return code;
       }},
      {"ExAllocatePool2", "Flags", "0 (no pool kind)", kNull, DOC, NAMED,
       [](Ctx& c) {
         return c.Call([] { return Pool(ExAllocatePool2(0, 8, kTag)); });
       }},
      {"ExAllocatePool2", "Flags", "PAGED | NON_PAGED (two kinds)", kNull, DOC,
       NAMED,
       [](Ctx& c) {
         return c.Call([] {
           return Pool(
               ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED, 8, kTag));
         });
       }},
      {"ExAllocatePool2", "NumberOfBytes", "SIZE_MAX", kNull, DOC, ANY,
       [](Ctx& c) {
         return c.Call([] {
           return Pool(ExAllocatePool2(POOL_FLAG_NON_PAGED, SIZE_MAX, kTag));
         });
       }},
      {"ExFreePoolWithTag", "P", "NULL", 0, DOC, NAMED,
       [](Ctx& c) {
         return Void(c, [] { ExFreePoolWithTag(nullptr, kTag); });
       }},
      // Reported, and the block is freed all the same [INF].
      {"ExFreePoolWithTag", "Tag", "not the allocation's tag", 0, DOC, NAMED,
       [](Ctx& c) {
         PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 8, kTag);
         return c.CallChanging([&] {
           ExFreePoolWithTag(p, 'gnrW');
           return 0u;
         });
       }},
      {"ExFreePoolWithTag", "P", "already freed", 0, DOC, NAMED,
       [](Ctx& c) {
         PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 8, kTag);
         ExFreePoolWithTag(p, kTag);
         return Void(c, [&] { ExFreePoolWithTag(p, kTag); });
       }},
      {"ExFreePoolWithTag", "P", "not a pool block", 0, DOC, NAMED,
       [](Ctx& c) {
         int local = 0;
         return Void(c, [&] { ExFreePoolWithTag(&local, kTag); });
       }},
      {"ExFreePool", "P", "NULL", 0, DOC, NAMED,
       [](Ctx& c) { return Void(c, [] { ExFreePool(nullptr); }); }},
      {"ExFreePool", "P", "already freed", 0, DOC, NAMED,
       [](Ctx& c) {
         PVOID p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, kTag);
         ExFreePool(p);
         return Void(c, [&] { ExFreePool(p); });
       }},
      {"ExFreePool", "P", "a security descriptor (another kind)", 0, INF, NAMED,
       [](Ctx& c) {
         PSECURITY_DESCRIPTOR sd = nullptr;
         EXPECT_EQ(FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS),
                   STATUS_SUCCESS);
         const uint32_t code = Void(c, [&] { ExFreePool(sd); });
         FltFreeSecurityDescriptor(sd);
         return code;
       }},
  };
}

std::vector<Case> ObjectRows() {
  std::vector<Case> rows;
  for (bool reference : {true, false}) {
    const char* fn = reference ? "ObfReferenceObject" : "ObfDereferenceObject";
    auto call = [reference](PVOID object) {
      if (reference) {
        ObfReferenceObject(object);
      } else {
        ObfDereferenceObject(object);
      }
    };
    rows.push_back({fn, "Object", "NULL", 0, INF, NAMED, [call](Ctx& c) {
                      return Void(c, [&] { call(nullptr); });
                    }});
    rows.push_back(
        {fn, "Object", "not an object", 0, INF, NAMED,
         [call](Ctx& c) { return Void(c, [&] { call(Poison<PVOID>()); }); }});
    rows.push_back({fn, "Object", "a filter (not a FILE_OBJECT)", 0, INF, NAMED,
                    [call](Ctx& c) {
                      flt_rows::Driver d;
                      return Void(c, [&] { call(d.filter); });
                    }});
  }
  return rows;
}

std::vector<Case> RtlRows() {
  return {
      {"RtlInitUnicodeString", "SourceString", "NULL (an empty string)", 0, DOC,
       ANY,
       [](Ctx& c) {
         UNICODE_STRING s;
         s.Length = s.MaximumLength = 0x5555;
         s.Buffer = Poison<PWCH>();
         const uint32_t code =
             Void(c, [&] { RtlInitUnicodeString(&s, nullptr); });
         EXPECT_EQ(s.Length, 0);
         EXPECT_EQ(s.MaximumLength, 0);
         EXPECT_EQ(s.Buffer, nullptr);
         return code;
       }},
      {"RtlInitUnicodeString", "DestinationString", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         return Void(c, [] { RtlInitUnicodeString(nullptr, L"name"); });
       }},
      {"DbgPrint", "Format", "NULL", (uint32_t)STATUS_INVALID_PARAMETER, INF,
       NAMED,
       [](Ctx& c) {
         return c.Call([] {
           const char* none = nullptr;
           return (uint32_t)DbgPrint(none);
         });
       }},
      {"DbgPrintEx", "Format", "NULL", (uint32_t)STATUS_INVALID_PARAMETER, INF,
       NAMED,
       [](Ctx& c) {
         return c.Call([] {
           const char* none = nullptr;
           return (uint32_t)DbgPrintEx(0, 0, none);
         });
       }},
      {"PsGetCurrentProcessId", "(none)",
       "from another process: that process's id (0 = matched)", 0, DOC, ANY,
       [](Ctx& c) {
         uint32_t code = 1;
         c.AsOther([&] {
           code = c.Call([&] {
             const ULONG_PTR id =
                 reinterpret_cast<ULONG_PTR>(PsGetCurrentProcessId());
             return id == c.Other().id() ? 0u : 1u;
           });
         });
         return code;
       }},
      {"PAGED_CODE", "(context)", "at DISPATCH_LEVEL", 0, DOC, NAMED,
       [](Ctx& c) {
         uint32_t code = 0;
         AtIrql(DISPATCH_LEVEL, [&] { code = Void(c, [] { PAGED_CODE(); }); });
         return code;
       }},
      {"NT_ASSERT", "_exp", "false", 0, DOC, NAMED,
       [](Ctx& c) {
         return Void(c, [] {
           volatile int zero = 0;
           NT_ASSERT(zero == 1);
         });
       }},
  };
}

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

}  // namespace

std::vector<Case> NtoskrnlCases() {
  std::vector<Case> rows = IrqlRows();
  Append(rows, PoolRows());
  Append(rows, ObjectRows());
  Append(rows, RtlRows());
  return rows;
}

}  // namespace winemu::catalogue
