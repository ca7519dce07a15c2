// Copyright winemu authors.
//
// include_order_reverse_test.cc: ntstatus.h before windows.h, then ntdef.h.
// winnt.h sees that the NTSTATUS spellings exist and does not redefine them.

// The order is the point of this file.
// clang-format off
#include <ntstatus.h>
#include <windows.h>
#include <ntdef.h>
// clang-format on

#include "gtest/gtest.h"

C_ASSERT(sizeof(STATUS_ACCESS_VIOLATION) == sizeof(NTSTATUS));
C_ASSERT(STATUS_ACCESS_VIOLATION < 0);
C_ASSERT(STATUS_WAIT_0 == 0);
C_ASSERT(WAIT_ABANDONED == 0x80);

namespace {

TEST(IncludeOrder, NtstatusThenWindows) {
  EXPECT_TRUE(NT_SUCCESS(STATUS_TIMEOUT));
  EXPECT_FALSE(NT_SUCCESS(STATUS_ACCESS_VIOLATION));
  EXPECT_EQ(STATUS_ABANDONED_WAIT_0, (NTSTATUS)WAIT_ABANDONED);
}

}  // namespace
