// Copyright winemu authors.
//
// Conformance: FltRegisterFilter, FltStartFiltering, FltUnregisterFilter,
// FltBuildDefaultSecurityDescriptor / FltFreeSecurityDescriptor, and the
// ntoskrnl helpers (IRQL, pool, RtlInitUnicodeString).
#include <fltKernel.h>

#include <cstddef>
#include <cwchar>

#include "gtest/gtest.h"

namespace {

PFLT_FILTER const kPoison = reinterpret_cast<PFLT_FILTER>(0xdeadbeef);

NTSTATUS FLTAPI Unload(FLT_FILTER_UNLOAD_FLAGS) { return STATUS_SUCCESS; }

FLT_REGISTRATION Registration() {
  FLT_REGISTRATION r = {};
  r.Size = sizeof(FLT_REGISTRATION);
  r.Version = FLT_REGISTRATION_VERSION;
  r.FilterUnloadCallback = Unload;
  return r;
}

TEST(FltRegisterFilter, RegistersAndUnregisters) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER filter = kPoison;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS);
  EXPECT_NE(filter, kPoison);
  EXPECT_NE(filter, nullptr);
  FltUnregisterFilter(filter);
}

TEST(FltRegisterFilter, VersionIsFlt0203) {
  EXPECT_EQ(FLT_REGISTRATION_VERSION, 0x0203);
  EXPECT_EQ(FLTFL_FILTER_UNLOAD_MANDATORY, 1);
  EXPECT_EQ(IRP_MJ_OPERATION_END, 0x80);
  EXPECT_EQ(FLT_CONTEXT_END, 0xffff);
}

TEST(FltRegisterFilter, UnknownVersionIsInvalidParameter) {
  DRIVER_OBJECT driver = {};
  for (USHORT version : {0x0000, 0x0100, 0x01FF, 0x0204, 0x0300, 0xFFFF}) {
    FLT_REGISTRATION r = Registration();
    r.Version = version;
    PFLT_FILTER filter = kPoison;
    EXPECT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_INVALID_PARAMETER)
        << std::hex << version;
    EXPECT_EQ(filter, kPoison);
  }
}

TEST(FltRegisterFilter, SizeSmallerThanTheVersionIsInvalidParameter) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  r.Size = sizeof(FLT_REGISTRATION) - 1;
  PFLT_FILTER filter = kPoison;
  EXPECT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_INVALID_PARAMETER);
  EXPECT_EQ(filter, kPoison);
  r.Size = 0;
  EXPECT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_INVALID_PARAMETER);
  EXPECT_EQ(filter, kPoison);
}

TEST(FltRegisterFilter, OlderVersionsWithTheirSizeAreAccepted) {
  // A driver built against an older WDK passes its smaller structure.
  const struct {
    USHORT version;
    size_t size;
  } kCases[] = {
      {FLT_REGISTRATION_VERSION_0200,
       offsetof(FLT_REGISTRATION, TransactionNotificationCallback)},
      {FLT_REGISTRATION_VERSION_0201,
       offsetof(FLT_REGISTRATION, NormalizeNameComponentExCallback)},
      {FLT_REGISTRATION_VERSION_0202,
       offsetof(FLT_REGISTRATION, SectionNotificationCallback)},
  };
  for (const auto& c : kCases) {
    DRIVER_OBJECT driver = {};
    FLT_REGISTRATION r = Registration();
    r.Version = c.version;
    r.Size = static_cast<USHORT>(c.size);
    PFLT_FILTER filter = kPoison;
    ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS)
        << std::hex << c.version;
    FltUnregisterFilter(filter);
  }
}

TEST(FltRegisterFilter, SecondRegistrationOfADriverIsBusy) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER first = nullptr;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &first), STATUS_SUCCESS);
  PFLT_FILTER second = kPoison;
  EXPECT_EQ(FltRegisterFilter(&driver, &r, &second),
            STATUS_FLT_REGISTRATION_BUSY);
  EXPECT_EQ(second, kPoison);
  FltUnregisterFilter(first);
  // Once unregistered, the driver may register again.
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &second), STATUS_SUCCESS);
  FltUnregisterFilter(second);
}

TEST(FltStartFiltering, SecondCallIsInvalidParameter) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER filter = nullptr;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS);
  EXPECT_EQ(FltStartFiltering(filter), STATUS_SUCCESS);
  EXPECT_EQ(FltStartFiltering(filter), STATUS_INVALID_PARAMETER);
  FltUnregisterFilter(filter);
}

TEST(FltBuildDefaultSecurityDescriptor, BuildsAndFrees) {
  PSECURITY_DESCRIPTOR sd = reinterpret_cast<PSECURITY_DESCRIPTOR>(0xdeadbeef);
  ASSERT_EQ(FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS),
            STATUS_SUCCESS);
  EXPECT_NE(sd, reinterpret_cast<PSECURITY_DESCRIPTOR>(0xdeadbeef));
  EXPECT_NE(sd, nullptr);
  FltFreeSecurityDescriptor(sd);
  EXPECT_EQ(FLT_PORT_ALL_ACCESS, 0x001F0001);
}

TEST(Irql, StartsPassiveAndRaisesAndLowers) {
  EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
  KIRQL old = 0xFF;
  KeRaiseIrql(DISPATCH_LEVEL, &old);
  EXPECT_EQ(old, PASSIVE_LEVEL);
  EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
  KeLowerIrql(old);
  EXPECT_EQ(KeGetCurrentIrql(), PASSIVE_LEVEL);
  old = KeRaiseIrqlToDpcLevel();
  EXPECT_EQ(old, PASSIVE_LEVEL);
  EXPECT_EQ(KeGetCurrentIrql(), DISPATCH_LEVEL);
  KeLowerIrql(old);
}

TEST(Pool, AllocatePool2ZeroesAndFrees) {
  auto* p =
      static_cast<unsigned char*>(ExAllocatePool2(POOL_FLAG_PAGED, 64, 'tseT'));
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 64; ++i) ASSERT_EQ(p[i], 0) << i;
  ExFreePoolWithTag(p, 'tseT');
  void* q = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'tseT');
  ASSERT_NE(q, nullptr);
  ExFreePool(q);
}

TEST(Pool, AllocatePool2WithoutAPoolKindFails) {
  EXPECT_EQ(ExAllocatePool2(0, 16, 'tseT'), nullptr);
  EXPECT_EQ(ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED, 16, 'tseT'),
            nullptr);
}

TEST(RtlInitUnicodeString, CountsBytes) {
  UNICODE_STRING s;
  RtlInitUnicodeString(&s, L"\\Port");
  EXPECT_EQ(s.Length, 5 * sizeof(WCHAR));
  EXPECT_EQ(s.MaximumLength, 6 * sizeof(WCHAR));
  EXPECT_EQ(wcsncmp(s.Buffer, L"\\Port", 5), 0);
  RtlInitUnicodeString(&s, NULL);
  EXPECT_EQ(s.Length, 0);
  EXPECT_EQ(s.MaximumLength, 0);
  EXPECT_EQ(s.Buffer, nullptr);
}

}  // namespace
