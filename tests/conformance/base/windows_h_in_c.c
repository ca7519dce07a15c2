/* Copyright winemu authors.
 *
 * windows_h_in_c.c: the base headers compile as C11 (the unit test in
 * include_order_test.cc calls the function below).
 */
#include <initguid.h>
#include <ntdef.h>
#include <ntstatus.h>
#include <windows.h>

DEFINE_GUID(WINEMU_C_TEST_GUID, 0x439B20AF, 0x8955, 0x405B, 0x99, 0xF0, 0xA6,
            0x2A, 0xF0, 0xC6, 0x8D, 0x43);

C_ASSERT(sizeof(DWORD) == 4);
C_ASSERT(sizeof(GUID) == 16);
C_ASSERT(sizeof(UNICODE_STRING) == 16);
C_ASSERT(sizeof(STATUS_INVALID_HANDLE) == sizeof(NTSTATUS));

int WindowsHeadersCompileAsC(void) {
  GUID copy = WINEMU_C_TEST_GUID;
  UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Port");
  OBJECT_ATTRIBUTES attributes;
  InitializeObjectAttributes(&attributes, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  return IsEqualGUID(&copy, &WINEMU_C_TEST_GUID) &&
         attributes.ObjectName == &name &&
         HRESULT_FROM_WIN32(ERROR_ACCESS_DENIED) == E_ACCESSDENIED &&
         NT_SUCCESS(STATUS_TIMEOUT) && FAILED(FWP_E_ALREADY_EXISTS) &&
         ARRAYSIZE(L"ab") == 3;
}
