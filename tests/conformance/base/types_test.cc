// Copyright winemu authors.
//
// types_test.cc: the base types keep their Windows (LLP64, x64) widths and
// layouts on Linux; InitializeObjectAttributes, DEFINE_GUID with and without
// INITGUID, GUID comparison and HRESULT_FROM_WIN32 behave as on Windows.
//
// Only Windows headers are included, so this file builds against the
// Windows SDK as well.
#include <ntdef.h>
#include <ntstatus.h>
#include <rpcdce.h>
#include <windows.h>

#include "gtest/gtest.h"

// {439B20AF-8955-405B-99F0-A62AF0C68D43} (GUID_DEVINTERFACE_WIFIDIRECT_DEVICE).
// Without INITGUID, DEFINE_GUID only declares: guid_second_unit.cc owns this.
DEFINE_GUID(WINEMU_TEST_GUID_FROM_SECOND_UNIT, 0x439B20AF, 0x8955, 0x405B, 0x99,
            0xF0, 0xA6, 0x2A, 0xF0, 0xC6, 0x8D, 0x43);

// From here on DEFINE_GUID defines. guid_second_unit.cc defines the same
// GUID too; the definitions are weak, like Windows' selectany.
#include <initguid.h>

DEFINE_GUID(WINEMU_TEST_GUID, 0x439B20AF, 0x8955, 0x405B, 0x99, 0xF0, 0xA6,
            0x2A, 0xF0, 0xC6, 0x8D, 0x43);

// Defined in guid_second_unit.cc: the address of its WINEMU_TEST_GUID.
EXTERN_C const GUID* GuidAddressInSecondUnit(void);

// ---------------------------------------------------------------------------
// Widths: Windows is LLP64.

C_ASSERT(sizeof(BYTE) == 1);
C_ASSERT(sizeof(UCHAR) == 1);
C_ASSERT(sizeof(CHAR) == 1);
C_ASSERT(sizeof(BOOLEAN) == 1);
C_ASSERT(sizeof(WORD) == 2);
C_ASSERT(sizeof(SHORT) == 2);
C_ASSERT(sizeof(USHORT) == 2);
C_ASSERT(sizeof(DWORD) == 4);
C_ASSERT(sizeof(LONG) == 4);
C_ASSERT(sizeof(ULONG) == 4);
C_ASSERT(sizeof(INT) == 4);
C_ASSERT(sizeof(UINT) == 4);
C_ASSERT(sizeof(BOOL) == 4);
C_ASSERT(sizeof(INT8) == 1 && sizeof(UINT8) == 1);
C_ASSERT(sizeof(INT16) == 2 && sizeof(UINT16) == 2);
C_ASSERT(sizeof(INT32) == 4 && sizeof(UINT32) == 4);
C_ASSERT(sizeof(INT64) == 8 && sizeof(UINT64) == 8);
C_ASSERT(sizeof(LONG32) == 4 && sizeof(ULONG32) == 4);
C_ASSERT(sizeof(LONG64) == 8 && sizeof(ULONG64) == 8);
C_ASSERT(sizeof(DWORD64) == 8);
C_ASSERT(sizeof(LONGLONG) == 8 && sizeof(ULONGLONG) == 8);
C_ASSERT(sizeof(HRESULT) == 4);
C_ASSERT(sizeof(NTSTATUS) == 4);
C_ASSERT(sizeof(ACCESS_MASK) == 4);
C_ASSERT(sizeof(RPC_STATUS) == 4);

C_ASSERT(sizeof(HANDLE) == sizeof(void*));
C_ASSERT(sizeof(PVOID) == sizeof(void*));
C_ASSERT(sizeof(LONG_PTR) == sizeof(void*));
C_ASSERT(sizeof(ULONG_PTR) == sizeof(void*));
C_ASSERT(sizeof(INT_PTR) == sizeof(void*));
C_ASSERT(sizeof(UINT_PTR) == sizeof(void*));
C_ASSERT(sizeof(DWORD_PTR) == sizeof(void*));
C_ASSERT(sizeof(SIZE_T) == sizeof(void*));
C_ASSERT(sizeof(SSIZE_T) == sizeof(void*));

C_ASSERT(sizeof(WCHAR) == sizeof(wchar_t));

// Signedness.
C_ASSERT((LONG)-1 < 0);
C_ASSERT((HRESULT)-1 < 0);
C_ASSERT((NTSTATUS)-1 < 0);
C_ASSERT((INT_PTR)-1 < 0);
C_ASSERT((DWORD)-1 > 0);
C_ASSERT((ULONG)-1 > 0);
C_ASSERT((SIZE_T)-1 > 0);
C_ASSERT((ULONG_PTR)-1 > 0);
C_ASSERT(MAXDWORD == 0xFFFFFFFFu);
C_ASSERT(MAXUINT64 == 0xFFFFFFFFFFFFFFFFull);
C_ASSERT(MAXLONG == 0x7FFFFFFF);

// ---------------------------------------------------------------------------
// Layouts (x64).

C_ASSERT(sizeof(GUID) == 16);
C_ASSERT(sizeof(((GUID*)0)->Data1) == 4);
C_ASSERT(FIELD_OFFSET(GUID, Data2) == 4);
C_ASSERT(FIELD_OFFSET(GUID, Data3) == 6);
C_ASSERT(FIELD_OFFSET(GUID, Data4) == 8);

C_ASSERT(sizeof(LARGE_INTEGER) == 8);
C_ASSERT(sizeof(ULARGE_INTEGER) == 8);
C_ASSERT(FIELD_OFFSET(LARGE_INTEGER, HighPart) == 4);
C_ASSERT(FIELD_OFFSET(LARGE_INTEGER, u.HighPart) == 4);
C_ASSERT(sizeof(LUID) == 8);
C_ASSERT(FIELD_OFFSET(LUID, HighPart) == 4);
C_ASSERT(sizeof(LIST_ENTRY) == 2 * sizeof(void*));

C_ASSERT(sizeof(UNICODE_STRING) == 16);
C_ASSERT(FIELD_OFFSET(UNICODE_STRING, Length) == 0);
C_ASSERT(FIELD_OFFSET(UNICODE_STRING, MaximumLength) == 2);
C_ASSERT(FIELD_OFFSET(UNICODE_STRING, Buffer) == 8);
C_ASSERT(sizeof(STRING) == 16);

C_ASSERT(sizeof(OBJECT_ATTRIBUTES) == 48);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, Length) == 0);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, RootDirectory) == 8);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, ObjectName) == 16);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, Attributes) == 24);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, SecurityDescriptor) == 32);
C_ASSERT(FIELD_OFFSET(OBJECT_ATTRIBUTES, SecurityQualityOfService) == 40);

C_ASSERT(sizeof(SID_IDENTIFIER_AUTHORITY) == 6);
C_ASSERT(sizeof(SID) == 12);
C_ASSERT(FIELD_OFFSET(SID, IdentifierAuthority) == 2);
C_ASSERT(FIELD_OFFSET(SID, SubAuthority) == 8);
C_ASSERT(sizeof(SECURITY_DESCRIPTOR) == 40);
C_ASSERT(FIELD_OFFSET(SECURITY_DESCRIPTOR, Owner) == 8);
C_ASSERT(FIELD_OFFSET(SECURITY_DESCRIPTOR, Dacl) == 32);
C_ASSERT(sizeof(SECURITY_ATTRIBUTES) == 24);
C_ASSERT(FIELD_OFFSET(SECURITY_ATTRIBUTES, lpSecurityDescriptor) == 8);
C_ASSERT(FIELD_OFFSET(SECURITY_ATTRIBUTES, bInheritHandle) == 16);

C_ASSERT(sizeof(OVERLAPPED) == 32);
C_ASSERT(FIELD_OFFSET(OVERLAPPED, Offset) == 16);
C_ASSERT(FIELD_OFFSET(OVERLAPPED, OffsetHigh) == 20);
C_ASSERT(FIELD_OFFSET(OVERLAPPED, Pointer) == 16);
C_ASSERT(FIELD_OFFSET(OVERLAPPED, hEvent) == 24);

// rpcdce.h: pointers are unsigned short *, lengths 32-bit.
C_ASSERT(sizeof(SEC_WINNT_AUTH_IDENTITY_W) == 48);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, User) == 0);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, UserLength) == 8);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, Domain) == 16);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, DomainLength) == 24);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, Password) == 32);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, PasswordLength) == 40);
C_ASSERT(FIELD_OFFSET(SEC_WINNT_AUTH_IDENTITY_W, Flags) == 44);
C_ASSERT(sizeof(*((SEC_WINNT_AUTH_IDENTITY_W*)0)->User) == 2);
C_ASSERT(sizeof(((SEC_WINNT_AUTH_IDENTITY_W*)0)->UserLength) == 4);
C_ASSERT(sizeof(SEC_WINNT_AUTH_IDENTITY_A) == 48);
C_ASSERT(sizeof(SEC_WINNT_AUTH_IDENTITY) == sizeof(SEC_WINNT_AUTH_IDENTITY_W));

// Helper macros.
C_ASSERT(ARRAYSIZE(L"abc") == 4);
C_ASSERT(RTL_NUMBER_OF("abc") == 4);
C_ASSERT(MAX_PATH == 260);
C_ASSERT(ANYSIZE_ARRAY == 1);
C_ASSERT(INFINITE == 0xFFFFFFFFu);
C_ASSERT(WAIT_OBJECT_0 == 0);
C_ASSERT(WAIT_ABANDONED == 0x80);
C_ASSERT(WAIT_FAILED == 0xFFFFFFFFu);
C_ASSERT(TRUE == 1 && FALSE == 0);
C_ASSERT(NTDDI_VERSION >= NTDDI_WIN10);
C_ASSERT(_WIN32_WINNT >= _WIN32_WINNT_WIN8);
C_ASSERT(NTDDI_WIN6 == 0x06000000 && NTDDI_WIN7 == 0x06010000 &&
         NTDDI_WIN8 == 0x06020000 && NTDDI_WIN10 == 0x0A000000);

namespace {

// min and max stay usable as names: the headers define no such macros.
#ifdef min
#error "windows.h must not define min"
#endif
#ifdef max
#error "windows.h must not define max"
#endif

TEST(LargeInteger, PartsAliasTheQuadPart) {
  LARGE_INTEGER value;
  value.QuadPart = -2;
  EXPECT_EQ(value.LowPart, 0xFFFFFFFEu);
  EXPECT_EQ(value.HighPart, -1);
  EXPECT_EQ(value.u.LowPart, value.LowPart);

  ULARGE_INTEGER unsigned_value;
  unsigned_value.LowPart = 1;
  unsigned_value.HighPart = 2;
  EXPECT_EQ(unsigned_value.QuadPart, 0x0000000200000001ull);
}

TEST(ObjectAttributes, InitializeObjectAttributesFillsEveryField) {
  WCHAR name_buffer[] = L"\\MyPort";
  UNICODE_STRING name = {(USHORT)(sizeof(name_buffer) - sizeof(WCHAR)),
                         (USHORT)sizeof(name_buffer), name_buffer};
  SECURITY_DESCRIPTOR descriptor = {};
  HANDLE root = (HANDLE)(ULONG_PTR)0x1234;

  OBJECT_ATTRIBUTES attributes;
  FillMemory(&attributes, sizeof(attributes), 0xA5);  // poison every byte
  InitializeObjectAttributes(&attributes, &name,
                             OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, root,
                             &descriptor);

  EXPECT_EQ(attributes.Length, sizeof(OBJECT_ATTRIBUTES));
  EXPECT_EQ(attributes.RootDirectory, root);
  EXPECT_EQ(attributes.ObjectName, &name);
  EXPECT_EQ(attributes.Attributes, 0x240u);
  EXPECT_EQ(attributes.SecurityDescriptor, (PVOID)&descriptor);
  EXPECT_EQ(attributes.SecurityQualityOfService, nullptr);
}

TEST(ObjectAttributes, InitializeObjectAttributesIsOneStatement) {
  OBJECT_ATTRIBUTES attributes = {};
  bool kernel = true;
  if (kernel)
    InitializeObjectAttributes(&attributes, NULL, OBJ_KERNEL_HANDLE, NULL,
                               NULL);
  else
    InitializeObjectAttributes(&attributes, NULL, 0, NULL, NULL);
  EXPECT_EQ(attributes.Attributes, (ULONG)OBJ_KERNEL_HANDLE);
}

TEST(CountedStrings, ConstantStringExcludesTheTerminator) {
  UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Port");
  EXPECT_EQ(name.Length, 5 * sizeof(WCHAR));
  EXPECT_EQ(name.MaximumLength, 6 * sizeof(WCHAR));
  EXPECT_EQ(name.Buffer[0], L'\\');
  STRING ansi = RTL_CONSTANT_STRING("abc");
  EXPECT_EQ(ansi.Length, 3);
  EXPECT_EQ(ansi.MaximumLength, 4);
}

TEST(Guid, DefineGuidWithInitguidDefinesTheFields) {
  EXPECT_EQ(WINEMU_TEST_GUID.Data1, 0x439B20AFu);
  EXPECT_EQ(WINEMU_TEST_GUID.Data2, 0x8955);
  EXPECT_EQ(WINEMU_TEST_GUID.Data3, 0x405B);
  const BYTE expected_data4[8] = {0x99, 0xF0, 0xA6, 0x2A,
                                  0xF0, 0xC6, 0x8D, 0x43};
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(WINEMU_TEST_GUID.Data4[i], expected_data4[i]) << i;
  }
}

TEST(Guid, DefinitionsInSeveralUnitsLinkToOneObject) {
  EXPECT_EQ(GuidAddressInSecondUnit(), &WINEMU_TEST_GUID);
}

TEST(Guid, ComparisonComparesAllSixteenBytes) {
  GUID copy = WINEMU_TEST_GUID;
  EXPECT_TRUE(IsEqualGUID(copy, WINEMU_TEST_GUID));
  EXPECT_TRUE(InlineIsEqualGUID(copy, WINEMU_TEST_GUID));
  EXPECT_TRUE(IsEqualIID(copy, WINEMU_TEST_GUID));
  EXPECT_TRUE(copy == WINEMU_TEST_GUID);
  EXPECT_FALSE(copy != WINEMU_TEST_GUID);

  copy.Data4[7] ^= 1;
  EXPECT_FALSE(IsEqualGUID(copy, WINEMU_TEST_GUID));
  EXPECT_FALSE(InlineIsEqualGUID(copy, WINEMU_TEST_GUID));
  EXPECT_TRUE(copy != WINEMU_TEST_GUID);

  EXPECT_TRUE(IsEqualGUID(WINEMU_TEST_GUID_FROM_SECOND_UNIT, WINEMU_TEST_GUID));
  EXPECT_NE(&WINEMU_TEST_GUID_FROM_SECOND_UNIT, &WINEMU_TEST_GUID);
}

TEST(Guid, RefguidIsAConstReference) {
  REFGUID reference = WINEMU_TEST_GUID;
  EXPECT_EQ(&reference, &WINEMU_TEST_GUID);
  LPCGUID pointer = &WINEMU_TEST_GUID;
  EXPECT_TRUE(*pointer == reference);
}

TEST(HresultFromWin32, ZeroAndNegativeInputsPassThrough) {
  EXPECT_EQ(HRESULT_FROM_WIN32(0), S_OK);
  EXPECT_EQ(HRESULT_FROM_WIN32((DWORD)-1), -1);
  EXPECT_EQ(HRESULT_FROM_WIN32((DWORD)E_FAIL), E_FAIL);
  EXPECT_EQ(HRESULT_FROM_WIN32((DWORD)FWP_E_ALREADY_EXISTS),
            FWP_E_ALREADY_EXISTS);
  EXPECT_EQ(HRESULT_FROM_WIN32(0x80000000), (HRESULT)0x80000000);
  // Positive inputs keep only their low 16 bits.
  EXPECT_EQ(HRESULT_FROM_WIN32(0x00010005), E_ACCESSDENIED);
}

TEST(HresultFromWin32, EvaluatesItsArgumentOnce) {
  DWORD calls = 0;
  auto next_error = [&calls]() -> DWORD {
    ++calls;
    return ERROR_ACCESS_DENIED;
  };
  EXPECT_EQ(HRESULT_FROM_WIN32(next_error()), E_ACCESSDENIED);
  EXPECT_EQ(calls, 1u);
}

TEST(Strings, WideLiteralsAreWchar) {
  PCWSTR text = L"winemu";
  LPCSTR narrow = "winemu";
  EXPECT_EQ(text[0], L'w');
  EXPECT_EQ(narrow[5], 'u');
  UNREFERENCED_PARAMETER(text);
}

struct Item {
  int value;
  LIST_ENTRY links;
};

TEST(ContainingRecord, RecoversTheEnclosingStructure) {
  Item item = {};
  PLIST_ENTRY entry = &item.links;
  EXPECT_EQ(CONTAINING_RECORD(entry, Item, links), &item);
}

}  // namespace
