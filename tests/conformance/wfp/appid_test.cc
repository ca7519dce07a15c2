// Copyright winemu authors.
//
// FwpmGetAppIdFromFileName0.
#include <fwpmu.h>
#include <stdio.h>
#include <string.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfp/wfp_test_util.h"

namespace {

TEST(FwpmGetAppIdFromFileName0, SameFileGivesTheSameBlob) {
  FWP_BYTE_BLOB* a = wfp_test::PoisonPtr<FWP_BYTE_BLOB>();
  FWP_BYTE_BLOB* b = nullptr;
  ASSERT_EQ(FwpmGetAppIdFromFileName0(L"/bin/sh", &a), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmGetAppIdFromFileName0(L"/bin/../bin/sh", &b),
            (DWORD)ERROR_SUCCESS);
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->size, b->size);
  EXPECT_EQ(memcmp(a->data, b->data, a->size), 0);
  // UTF-16 with the terminating NUL; size counts bytes.
  EXPECT_EQ(a->size % 2, 0u);
  EXPECT_EQ(a->data[a->size - 1], 0);
  EXPECT_EQ(a->data[a->size - 2], 0);
  EXPECT_EQ(a->data[0], '/');
  FwpmFreeMemory0(reinterpret_cast<void**>(&a));
  FwpmFreeMemory0(reinterpret_cast<void**>(&b));
}

TEST(FwpmGetAppIdFromFileName0, Errors) {
  FWP_BYTE_BLOB* blob = wfp_test::PoisonPtr<FWP_BYTE_BLOB>();
  EXPECT_EQ(FwpmGetAppIdFromFileName0(L"/bin/no-such-file-here", &blob),
            (DWORD)ERROR_FILE_NOT_FOUND);
  EXPECT_EQ(blob, nullptr);
  EXPECT_EQ(FwpmGetAppIdFromFileName0(L"/no-such-dir/x/y.exe", &blob),
            (DWORD)ERROR_PATH_NOT_FOUND);
  EXPECT_EQ(FwpmGetAppIdFromFileName0(L"", &blob),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(FwpmGetAppIdFromFileName0(nullptr, &blob),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(FwpmGetAppIdFromFileName0(L"/bin/sh", nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
}

}  // namespace
