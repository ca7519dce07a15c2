// Copyright winemu authors.
//
// Conformance: CloseHandle and the per-thread last-error value.
#include <windows.h>

#include <thread>

#include "gtest/gtest.h"

namespace {

TEST(CloseHandle, NullFailsWithInvalidHandle) {
  SetLastError(0xdeadbeef);
  EXPECT_EQ(CloseHandle(NULL), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
}

TEST(CloseHandle, GarbageFailsWithInvalidHandle) {
  SetLastError(0xdeadbeef);
  EXPECT_EQ(CloseHandle((HANDLE)(ULONG_PTR)0x12345678), FALSE);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  SetLastError(0xdeadbeef);
  EXPECT_EQ(CloseHandle((HANDLE)(ULONG_PTR)0x7), FALSE);  // not a multiple of 4
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
}

TEST(CloseHandle, CurrentProcessPseudoHandleIsANoOp) {
  SetLastError(0xdeadbeef);
  EXPECT_EQ(CloseHandle(INVALID_HANDLE_VALUE), TRUE);
  EXPECT_EQ(GetLastError(), 0xdeadbeefu);  // untouched on success
}

TEST(LastError, IsPerThread) {
  SetLastError(ERROR_NOT_FOUND);
  DWORD other = 0;
  std::thread t([&] {
    other = GetLastError();  // a new thread starts at 0
    SetLastError(ERROR_ACCESS_DENIED);
  });
  t.join();
  EXPECT_EQ(other, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_NOT_FOUND);
}

TEST(LastError, KeepsAnyValue) {
  SetLastError(0xFFFFFFFFu);
  EXPECT_EQ(GetLastError(), 0xFFFFFFFFu);
  SetLastError(ERROR_SUCCESS);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_SUCCESS);
}

TEST(Identity, ProcessAndThreadIdsAreStable) {
  const DWORD pid = GetCurrentProcessId();
  const DWORD tid = GetCurrentThreadId();
  EXPECT_NE(pid, 0u);
  EXPECT_NE(pid, 4u);  // a client is not the System process
  EXPECT_EQ(GetCurrentProcessId(), pid);
  EXPECT_EQ(GetCurrentThreadId(), tid);
  DWORD other_pid = 0, other_tid = 0;
  std::thread t([&] {
    other_pid = GetCurrentProcessId();
    other_tid = GetCurrentThreadId();
  });
  t.join();
  EXPECT_EQ(other_pid, pid);
  EXPECT_NE(other_tid, tid);
}

}  // namespace
