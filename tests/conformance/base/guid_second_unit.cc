// Copyright winemu authors.
//
// guid_second_unit.cc: the second translation unit of types_test. With
// INITGUID it defines WINEMU_TEST_GUID, which types_test.cc defines too (the
// linker must keep one object, as with Windows' selectany), and
// WINEMU_TEST_GUID_FROM_SECOND_UNIT, which types_test.cc only declares.
#include <initguid.h>
#include <windows.h>

DEFINE_GUID(WINEMU_TEST_GUID, 0x439B20AF, 0x8955, 0x405B, 0x99, 0xF0, 0xA6,
            0x2A, 0xF0, 0xC6, 0x8D, 0x43);

DEFINE_GUID(WINEMU_TEST_GUID_FROM_SECOND_UNIT, 0x439B20AF, 0x8955, 0x405B, 0x99,
            0xF0, 0xA6, 0x2A, 0xF0, 0xC6, 0x8D, 0x43);

EXTERN_C const GUID* GuidAddressInSecondUnit(void) { return &WINEMU_TEST_GUID; }
