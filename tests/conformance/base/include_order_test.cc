// Copyright winemu authors.
//
// include_order_test.cc: Windows.h, then ntstatus.h, without
// WIN32_NO_STATUS. winnt.h defines the wait and exception codes as DWORD
// values; ntstatus.h turns them into NTSTATUS values without a redefinition
// warning (this target builds with -Werror). The sibling units cover the
// other orders, WIN32_NO_STATUS and compiling windows.h as C.
//
// Only Windows headers are included, so this file builds against the
// Windows SDK as well.

// The order is the point of this file.
// clang-format off
#include <Windows.h>   // the capitalized spelling
#include <ntstatus.h>
#include <windows.h>   // already included: a no-op
// clang-format on

#include "gtest/gtest.h"

// Compiled as C in windows_h_in_c.c.
EXTERN_C int WindowsHeadersCompileAsC(void);

// The ntstatus.h spellings won, whichever header defined a code first.
C_ASSERT(sizeof(STATUS_ACCESS_VIOLATION) == sizeof(NTSTATUS));
C_ASSERT(STATUS_ACCESS_VIOLATION < 0);
C_ASSERT(STATUS_INVALID_HANDLE < 0);
C_ASSERT(STATUS_TIMEOUT == 0x102);
C_ASSERT(STATUS_PENDING == 0x103);
C_ASSERT(WAIT_OBJECT_0 == 0);
C_ASSERT(WAIT_TIMEOUT == 258);

namespace {

TEST(IncludeOrder, WindowsThenNtstatus) {
  NTSTATUS status = STATUS_INVALID_HANDLE;
  EXPECT_EQ(status, STATUS_INVALID_HANDLE);
  EXPECT_LT(STATUS_ACCESS_VIOLATION, 0);
  DWORD wait = WAIT_OBJECT_0;
  EXPECT_EQ(wait, WAIT_OBJECT_0);
}

TEST(IncludeOrder, WindowsHeadersCompileAsC) {
  EXPECT_EQ(WindowsHeadersCompileAsC(), 1);
}

}  // namespace
