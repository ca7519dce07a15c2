// Copyright winemu authors.
//
// include_order_no_status_test.cc: the usual Windows idiom for mixing
// windows.h and ntstatus.h: WIN32_NO_STATUS around windows.h.
#define WIN32_NO_STATUS
#include <windows.h>
#undef WIN32_NO_STATUS

#include <ntstatus.h>

#include "gtest/gtest.h"

C_ASSERT(sizeof(STATUS_INVALID_PARAMETER) == sizeof(NTSTATUS));
C_ASSERT(STATUS_INVALID_PARAMETER < 0);

namespace {

TEST(IncludeOrder, Win32NoStatusIdiom) {
  EXPECT_EQ((ULONG)STATUS_INVALID_PARAMETER, 0xC000000Du);
  EXPECT_EQ(STATUS_SUCCESS, 0);
}

}  // namespace
