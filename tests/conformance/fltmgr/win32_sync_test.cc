// Copyright winemu authors.
//
// Conformance: the Win32 pieces a filter service uses with its port: events,
// waits, I/O completion ports and threads.
#include <ioapiset.h>
#include <processthreadsapi.h>
#include <synchapi.h>
#include <windows.h>

#include "gtest/gtest.h"

namespace {

HANDLE const kBogus = reinterpret_cast<HANDLE>(0x1234);

TEST(Events, ManualResetStaysSignalled) {
  HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(WaitForSingleObject(e, 0), (DWORD)WAIT_TIMEOUT);
  ASSERT_TRUE(SetEvent(e));
  EXPECT_EQ(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
  EXPECT_EQ(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
  ASSERT_TRUE(ResetEvent(e));
  EXPECT_EQ(WaitForSingleObject(e, 0), (DWORD)WAIT_TIMEOUT);
  EXPECT_TRUE(CloseHandle(e));
}

TEST(Events, AutoResetIsConsumedByAWait) {
  HANDLE e = CreateEventA(NULL, FALSE, TRUE, NULL);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(WaitForSingleObjectEx(e, 0, FALSE), WAIT_OBJECT_0);
  EXPECT_EQ(WaitForSingleObject(e, 0), (DWORD)WAIT_TIMEOUT);
  CloseHandle(e);
}

TEST(Events, BadHandles) {
  SetLastError(0);
  EXPECT_FALSE(SetEvent(NULL));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_FALSE(ResetEvent(kBogus));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WaitForSingleObject(kBogus, 0), WAIT_FAILED);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);
  CloseHandle(e);
  EXPECT_FALSE(SetEvent(e));  // stale
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
}

TEST(Events, NamedEventsAreNotModelled) {
  EXPECT_EQ(CreateEventW(NULL, TRUE, FALSE, L"Global\\x"), nullptr);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_NOT_SUPPORTED);
}

TEST(WaitForMultipleObjects, AnyAndAll) {
  HANDLE e[2] = {CreateEventW(NULL, TRUE, FALSE, NULL),
                 CreateEventW(NULL, TRUE, FALSE, NULL)};
  EXPECT_EQ(WaitForMultipleObjects(2, e, FALSE, 0), (DWORD)WAIT_TIMEOUT);
  SetEvent(e[1]);
  EXPECT_EQ(WaitForMultipleObjects(2, e, FALSE, 0), WAIT_OBJECT_0 + 1);
  EXPECT_EQ(WaitForMultipleObjects(2, e, TRUE, 0), (DWORD)WAIT_TIMEOUT);
  SetEvent(e[0]);
  EXPECT_EQ(WaitForMultipleObjects(2, e, TRUE, 0), WAIT_OBJECT_0);
  EXPECT_EQ(WaitForMultipleObjects(0, e, TRUE, 0), WAIT_FAILED);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_PARAMETER);
  HANDLE same[2] = {e[0], e[0]};
  EXPECT_EQ(WaitForMultipleObjects(2, same, TRUE, 0), WAIT_FAILED);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_PARAMETER);
  CloseHandle(e[0]);
  CloseHandle(e[1]);
}

DWORD WINAPI SetAfterStart(LPVOID p) {
  SetEvent(static_cast<HANDLE>(p));
  return 42;
}

TEST(Threads, RunSignalAndReportTheirExitCode) {
  HANDLE e = CreateEventW(NULL, TRUE, FALSE, NULL);
  DWORD id = 0;
  HANDLE t = CreateThread(NULL, 0, SetAfterStart, e, 0, &id);
  ASSERT_NE(t, nullptr);
  EXPECT_NE(id, 0u);
  EXPECT_EQ(WaitForSingleObject(t, INFINITE), WAIT_OBJECT_0);
  EXPECT_EQ(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
  DWORD code = 0;
  ASSERT_TRUE(GetExitCodeThread(t, &code));
  EXPECT_EQ(code, 42u);
  CloseHandle(t);
  CloseHandle(e);
}

TEST(Threads, NullStartAddressFails) {
  EXPECT_EQ(CreateThread(NULL, 0, NULL, NULL, 0, NULL), nullptr);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_PARAMETER);
}

TEST(CompletionPorts, PostAndDequeue) {
  HANDLE iocp = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 1);
  ASSERT_NE(iocp, nullptr);
  OVERLAPPED ov = {};
  ASSERT_TRUE(PostQueuedCompletionStatus(iocp, 12, 0x55, &ov));
  DWORD n = 0;
  ULONG_PTR key = 0;
  LPOVERLAPPED got = NULL;
  ASSERT_TRUE(GetQueuedCompletionStatus(iocp, &n, &key, &got, 0));
  EXPECT_EQ(n, 12u);
  EXPECT_EQ(key, 0x55u);
  EXPECT_EQ(got, &ov);
  n = 0xdeadbeef;
  got = reinterpret_cast<LPOVERLAPPED>(0xdeadbeef);
  EXPECT_FALSE(GetQueuedCompletionStatus(iocp, &n, &key, &got, 10));
  EXPECT_EQ(GetLastError(), (DWORD)WAIT_TIMEOUT);
  EXPECT_EQ(got, nullptr);
  EXPECT_EQ(n, 0xdeadbeef);
  CloseHandle(iocp);
}

TEST(CompletionPorts, BadArguments) {
  EXPECT_EQ(CreateIoCompletionPort(kBogus, NULL, 0, 1), nullptr);
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  DWORD n;
  ULONG_PTR key;
  LPOVERLAPPED got = reinterpret_cast<LPOVERLAPPED>(0xdeadbeef);
  EXPECT_FALSE(GetQueuedCompletionStatus(kBogus, &n, &key, &got, 0));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(got, nullptr);
  EXPECT_FALSE(PostQueuedCompletionStatus(kBogus, 0, 0, NULL));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
}

DWORD WINAPI DequeueOnce(LPVOID p) {
  DWORD n;
  ULONG_PTR key;
  LPOVERLAPPED got;
  BOOL ok = GetQueuedCompletionStatus(static_cast<HANDLE>(p), &n, &key, &got,
                                      INFINITE);
  return ok ? 0 : GetLastError();
}

TEST(CompletionPorts, ClosingThePortWakesWaiters) {
  HANDLE iocp = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 1);
  HANDLE t = CreateThread(NULL, 0, DequeueOnce, iocp, 0, NULL);
  Sleep(20);
  CloseHandle(iocp);
  ASSERT_EQ(WaitForSingleObject(t, INFINITE), WAIT_OBJECT_0);
  DWORD code = 0;
  GetExitCodeThread(t, &code);
  EXPECT_EQ(code, (DWORD)ERROR_ABANDONED_WAIT_0);
  CloseHandle(t);
}

}  // namespace
