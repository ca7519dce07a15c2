// Copyright winemu authors.
//
// Conformance: communication ports, both halves. The minifilter half is
// test_minifilter.cc (kernel code); the tests are the user-mode service.
#include <fltUser.h>
#include <ioapiset.h>
#include <processthreadsapi.h>
#include <synchapi.h>

#include <cstring>

#include "gtest/gtest.h"
#include "tests/conformance/fltmgr/test_minifilter.h"

namespace {

HANDLE const kPoisonHandle = reinterpret_cast<HANDLE>(0xdeadbeef);
const wchar_t kPortName[] = L"\\WinemuTestPort";

struct Message {
  FILTER_MESSAGE_HEADER header;
  char data[64];
};

struct Reply {
  FILTER_REPLY_HEADER header;
  char data[8];
};

// Kernel side: one FltSendMessage on another thread.
struct KernelSend {
  char data[32] = "scan me";
  ULONG data_length = 8;
  char reply[16] = {};
  ULONG reply_length = 0;  // 0: no reply wanted
  LARGE_INTEGER timeout = {};
  bool use_timeout = false;
  NTSTATUS status = 0x7fffffff;
  HANDLE thread = NULL;

  static DWORD WINAPI Run(LPVOID p) {
    auto* self = static_cast<KernelSend*>(p);
    self->status = FltSendMessage(
        g_minifilter.filter, &g_minifilter.client_port, self->data,
        self->data_length, self->reply_length ? self->reply : NULL,
        self->reply_length ? &self->reply_length : NULL,
        self->use_timeout ? &self->timeout : NULL);
    return 0;
  }
  void Start() { thread = CreateThread(NULL, 0, Run, this, 0, NULL); }
  void Join() {
    ASSERT_EQ(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CloseHandle(thread);
    thread = NULL;
  }
};

class PortTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(TestMinifilterLoad(kPortName, 1, false, true), STATUS_SUCCESS);
  }
  void TearDown() override { TestMinifilterUnload(); }

  HANDLE Connect() {
    HANDLE port = kPoisonHandle;
    EXPECT_EQ(
        FilterConnectCommunicationPort(kPortName, 0, NULL, 0, NULL, &port),
        S_OK);
    return port;
  }
};

TEST_F(PortTest, ConnectRunsConnectNotifyWithTheContextAndCookie) {
  const char context[] = "hello";
  HANDLE port = kPoisonHandle;
  ASSERT_EQ(FilterConnectCommunicationPort(kPortName, 0, context,
                                           sizeof(context), NULL, &port),
            S_OK);
  EXPECT_NE(port, kPoisonHandle);
  EXPECT_NE(port, INVALID_HANDLE_VALUE);
  EXPECT_EQ(g_minifilter.connects, 1);
  EXPECT_EQ(g_minifilter.last_context, std::string(context, sizeof(context)));
  EXPECT_EQ(g_minifilter.last_server_cookie, &g_minifilter);
  EXPECT_NE(g_minifilter.client_port, nullptr);
  PFLT_PORT client = g_minifilter.client_port;
  EXPECT_TRUE(CloseHandle(port));
  // DisconnectNotify ran once, with the connection cookie.
  EXPECT_EQ(g_minifilter.disconnects, 1);
  EXPECT_EQ(g_minifilter.disconnect_cookie, client);
  EXPECT_EQ(g_minifilter.client_port, nullptr);
}

TEST_F(PortTest, UnknownPortIsFileNotFoundAndInvalidHandleValue) {
  HANDLE port = kPoisonHandle;
  EXPECT_EQ(
      FilterConnectCommunicationPort(L"\\NoSuchPort", 0, NULL, 0, NULL, &port),
      HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND));
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
}

TEST_F(PortTest, NameMatchesCaseInsensitivelyWhenCreatedSo) {
  HANDLE port = kPoisonHandle;
  ASSERT_EQ(FilterConnectCommunicationPort(L"\\WINEMUTESTPORT", 0, NULL, 0,
                                           NULL, &port),
            S_OK);
  CloseHandle(port);
}

TEST_F(PortTest, BadArgumentsAreInvalidArg) {
  HANDLE port = kPoisonHandle;
  const char context[] = "x";
  EXPECT_EQ(FilterConnectCommunicationPort(NULL, 0, NULL, 0, NULL, &port),
            E_INVALIDARG);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  port = kPoisonHandle;
  EXPECT_EQ(
      FilterConnectCommunicationPort(kPortName, 0, context, 0, NULL, &port),
      E_INVALIDARG);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  port = kPoisonHandle;
  EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, NULL, 4, NULL, &port),
            E_INVALIDARG);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  port = kPoisonHandle;
  EXPECT_EQ(
      FilterConnectCommunicationPort(kPortName, 0x10, NULL, 0, NULL, &port),
      E_INVALIDARG);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  EXPECT_EQ(g_minifilter.connects, 0);
}

TEST_F(PortTest, MaxConnectionsLimitsAndFreesOnDisconnect) {
  HANDLE first = Connect();
  HANDLE second = kPoisonHandle;
  EXPECT_EQ(
      FilterConnectCommunicationPort(kPortName, 0, NULL, 0, NULL, &second),
      HRESULT_FROM_WIN32(ERROR_CONNECTION_COUNT_LIMIT));
  EXPECT_EQ(second, INVALID_HANDLE_VALUE);
  EXPECT_EQ(g_minifilter.connects, 1);  // checked before ConnectNotify
  CloseHandle(first);
  second = Connect();
  EXPECT_NE(second, INVALID_HANDLE_VALUE);
  CloseHandle(second);
  EXPECT_EQ(g_minifilter.disconnects, 2);
}

TEST_F(PortTest, ConnectNotifyFailureRejectsWithItsHresult) {
  g_minifilter.connect_result = STATUS_ACCESS_DENIED;
  HANDLE port = kPoisonHandle;
  EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, NULL, 0, NULL, &port),
            E_ACCESSDENIED);
  EXPECT_EQ(port, INVALID_HANDLE_VALUE);
  g_minifilter.connect_result = STATUS_FLT_DO_NOT_ATTACH;
  EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, NULL, 0, NULL, &port),
            ERROR_FLT_DO_NOT_ATTACH);
  // A rejected connection is not disconnected later, and frees its slot.
  EXPECT_EQ(g_minifilter.disconnects, 0);
  g_minifilter.connect_result = STATUS_SUCCESS;
  port = Connect();
  CloseHandle(port);
}

TEST_F(PortTest, ClosedServerPortRefusesNewButKeepsExistingConnections) {
  HANDLE port = Connect();
  FltCloseCommunicationPort(g_minifilter.server_port);
  g_minifilter.server_port = NULL;
  HANDLE other = kPoisonHandle;
  EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, NULL, 0, NULL, &other),
            HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND));
  EXPECT_EQ(other, INVALID_HANDLE_VALUE);
  char in[] = "abc";
  char out[8] = {};
  DWORD n = 0xdeadbeef;
  EXPECT_EQ(FilterSendMessage(port, in, 3, out, sizeof(out), &n), S_OK);
  EXPECT_EQ(n, 3u);
  CloseHandle(port);
  EXPECT_EQ(g_minifilter.disconnects, 1);
}

TEST_F(PortTest, FilterSendMessageRunsMessageNotify) {
  HANDLE port = Connect();
  char in[] = "abcd";
  char out[8] = {};
  DWORD n = 0xdeadbeef;
  ASSERT_EQ(FilterSendMessage(port, in, 4, out, sizeof(out), &n), S_OK);
  EXPECT_EQ(n, 4u);
  EXPECT_EQ(std::memcmp(out, "dcba", 4), 0);
  EXPECT_EQ(g_minifilter.last_input, "abcd");
  // Without an output buffer its size is ignored.
  n = 0xdeadbeef;
  ASSERT_EQ(FilterSendMessage(port, in, 4, NULL, 100, &n), S_OK);
  EXPECT_EQ(n, 0u);
  CloseHandle(port);
}

TEST_F(PortTest, MessageNotifyFailureBecomesItsHresult) {
  HANDLE port = Connect();
  char in[] = "x";
  DWORD n = 0xdeadbeef;
  g_minifilter.message_result = STATUS_INVALID_PARAMETER;
  EXPECT_EQ(FilterSendMessage(port, in, 1, NULL, 0, &n), E_INVALIDARG);
  EXPECT_EQ(n, 0xdeadbeef);
  g_minifilter.message_result = STATUS_FLT_NO_WAITER_FOR_REPLY;
  EXPECT_EQ(FilterSendMessage(port, in, 1, NULL, 0, &n),
            ERROR_FLT_NO_WAITER_FOR_REPLY);
  CloseHandle(port);
}

TEST_F(PortTest, FilterSendMessageBadArguments) {
  HANDLE port = Connect();
  char in[] = "x";
  DWORD n = 0xdeadbeef;
  EXPECT_EQ(FilterSendMessage(port, in, 1, NULL, 0, NULL), E_INVALIDARG);
  EXPECT_EQ(FilterSendMessage(NULL, in, 1, NULL, 0, &n), E_HANDLE);
  EXPECT_EQ(FilterSendMessage(kPoisonHandle, in, 1, NULL, 0, &n), E_HANDLE);
  EXPECT_EQ(n, 0xdeadbeef);
  CloseHandle(port);
  // Stale handle.
  EXPECT_EQ(FilterSendMessage(port, in, 1, NULL, 0, &n), E_HANDLE);
  EXPECT_EQ(g_minifilter.messages, 0);
}

TEST(PortWithoutMessageNotify, FilterSendMessageFails) {
  ASSERT_EQ(TestMinifilterLoad(L"\\NoMessages", 1, false, false),
            STATUS_SUCCESS);
  HANDLE port = kPoisonHandle;
  ASSERT_EQ(
      FilterConnectCommunicationPort(L"\\NoMessages", 0, NULL, 0, NULL, &port),
      S_OK);
  char in[] = "x";
  DWORD n = 0xdeadbeef;
  EXPECT_EQ(FilterSendMessage(port, in, 1, NULL, 0, &n),
            HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION));
  EXPECT_EQ(n, 0xdeadbeef);
  CloseHandle(port);
  TestMinifilterUnload();
}

// The default descriptor admits System and Administrators: the service
// these tests play runs elevated, as minifilter services do. (A
// non-elevated caller being refused is a unit test: it needs a second
// process.)
TEST(PortWithDefaultSecurity, ElevatedCallerIsAdmitted) {
  ASSERT_EQ(TestMinifilterLoad(L"\\Secured", 1, true, true), STATUS_SUCCESS);
  HANDLE port = kPoisonHandle;
  EXPECT_EQ(
      FilterConnectCommunicationPort(L"\\Secured", 0, NULL, 0, NULL, &port),
      S_OK);
  EXPECT_NE(port, kPoisonHandle);
  EXPECT_NE(port, INVALID_HANDLE_VALUE);
  EXPECT_EQ(g_minifilter.connects, 1);
  CloseHandle(port);
  EXPECT_EQ(g_minifilter.disconnects, 1);
  TestMinifilterUnload();
}

TEST_F(PortTest, SendWithReplyRoundTrip) {
  HANDLE port = Connect();
  KernelSend send;
  send.reply_length = 4;
  send.Start();
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  EXPECT_EQ(m.header.ReplyLength, sizeof(FILTER_REPLY_HEADER) + 4);
  EXPECT_STREQ(m.data, "scan me");
  Reply r = {};
  r.header.Status = STATUS_SUCCESS;
  r.header.MessageId = m.header.MessageId;
  std::memcpy(r.data, "OK!", 4);
  ASSERT_EQ(
      FilterReplyMessage(port, &r.header, sizeof(FILTER_REPLY_HEADER) + 4),
      S_OK);
  send.Join();
  EXPECT_EQ(send.status, STATUS_SUCCESS);
  EXPECT_EQ(send.reply_length, 4u);
  EXPECT_STREQ(send.reply, "OK!");
  // A second reply to the same message has no waiter.
  EXPECT_EQ(
      FilterReplyMessage(port, &r.header, sizeof(FILTER_REPLY_HEADER) + 4),
      ERROR_FLT_NO_WAITER_FOR_REPLY);
  CloseHandle(port);
}

TEST_F(PortTest, OversizedReplyIsBufferOverflowWithWhatFits) {
  HANDLE port = Connect();
  KernelSend send;
  send.reply_length = 2;
  send.Start();
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  Reply r = {};
  r.header.MessageId = m.header.MessageId;
  std::memcpy(r.data, "ABCDEFG", 8);
  ASSERT_EQ(FilterReplyMessage(port, &r.header, sizeof(r)), S_OK);
  send.Join();
  EXPECT_EQ(send.status, STATUS_BUFFER_OVERFLOW);
  EXPECT_FALSE(NT_SUCCESS(send.status));
  EXPECT_EQ(send.reply_length, 2u);
  EXPECT_EQ(std::memcmp(send.reply, "AB", 2), 0);
  CloseHandle(port);
}

TEST_F(PortTest, MessageWithoutReplyCompletesOnDelivery) {
  HANDLE port = Connect();
  KernelSend send;
  send.Start();
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  EXPECT_EQ(m.header.ReplyLength, 0u);
  send.Join();
  EXPECT_EQ(send.status, STATUS_SUCCESS);
  Reply r = {};
  r.header.MessageId = m.header.MessageId;
  EXPECT_EQ(FilterReplyMessage(port, &r.header, sizeof(r)),
            ERROR_FLT_NO_WAITER_FOR_REPLY);
  CloseHandle(port);
}

TEST_F(PortTest, TimeoutIsASuccessCodeAndTheMessageIsNeverDelivered) {
  HANDLE port = Connect();
  KernelSend send;
  send.use_timeout = true;
  send.timeout.QuadPart = -10 * 1000 * 20;  // 20 ms, relative
  send.Start();
  send.Join();
  EXPECT_EQ(send.status, STATUS_TIMEOUT);
  EXPECT_TRUE(NT_SUCCESS(send.status));
  // Nothing is queued: an overlapped read stays pending.
  HANDLE event = CreateEventW(NULL, TRUE, TRUE, NULL);
  OVERLAPPED ov = {};
  ov.hEvent = event;
  Message m = {};
  EXPECT_EQ(FilterGetMessage(port, &m.header, sizeof(m), &ov),
            HRESULT_FROM_WIN32(ERROR_IO_PENDING));
  EXPECT_EQ(WaitForSingleObject(event, 0), (DWORD)WAIT_TIMEOUT);
  CloseHandle(port);  // cancels the read
  DWORD n = 0;
  EXPECT_FALSE(GetOverlappedResult(port, &ov, &n, TRUE));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_OPERATION_ABORTED);
  CloseHandle(event);
}

TEST_F(PortTest, LateReplyAfterTimeoutHasNoWaiter) {
  HANDLE port = Connect();
  KernelSend send;
  send.reply_length = 4;
  send.use_timeout = true;
  send.timeout.QuadPart = -10 * 1000 * 20;
  send.Start();
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  send.Join();
  EXPECT_EQ(send.status, STATUS_TIMEOUT);
  Reply r = {};
  r.header.MessageId = m.header.MessageId;
  EXPECT_EQ(
      FilterReplyMessage(port, &r.header, sizeof(FILTER_REPLY_HEADER) + 4),
      ERROR_FLT_NO_WAITER_FOR_REPLY);
  CloseHandle(port);
}

TEST_F(PortTest, ZeroTimeoutPollsAndNullPortVariableIsDisconnected) {
  HANDLE port = Connect();
  char data[] = "x";
  LARGE_INTEGER zero = {};
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, NULL, NULL, &zero),
            STATUS_TIMEOUT);
  PFLT_PORT none = NULL;
  EXPECT_EQ(
      FltSendMessage(g_minifilter.filter, &none, data, 1, NULL, NULL, &zero),
      STATUS_PORT_DISCONNECTED);
  CloseHandle(port);
}

TEST_F(PortTest, FltCloseClientPortClearsTheVariableAndDisconnectsTheUser) {
  HANDLE port = Connect();
  ASSERT_NE(g_minifilter.client_port, nullptr);
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  EXPECT_EQ(g_minifilter.client_port, nullptr);
  char data[] = "x";
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, NULL, NULL, NULL),
            STATUS_PORT_DISCONNECTED);
  Message m = {};
  EXPECT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), E_HANDLE);
  DWORD n = 0xdeadbeef;
  EXPECT_EQ(FilterSendMessage(port, data, 1, NULL, 0, &n), E_HANDLE);
  CloseHandle(port);
  // The kernel ended this connection: no DisconnectNotify for it [INF].
  EXPECT_EQ(g_minifilter.disconnects, 0);
}

TEST_F(PortTest, FltCloseClientPortFailsAWaitingSender) {
  HANDLE port = Connect();
  KernelSend send;
  send.reply_length = 4;
  send.Start();
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  send.Join();
  EXPECT_EQ(send.status, STATUS_PORT_DISCONNECTED);
  Reply r = {};
  r.header.MessageId = m.header.MessageId;
  EXPECT_EQ(FilterReplyMessage(port, &r.header, sizeof(r)), E_HANDLE);
  CloseHandle(port);
}

TEST_F(PortTest, OverlappedGetMessageWithAnEvent) {
  HANDLE port = Connect();
  HANDLE event = CreateEventW(NULL, TRUE, TRUE, NULL);  // set: must be reset
  OVERLAPPED ov = {};
  ov.hEvent = event;
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), &ov),
            HRESULT_FROM_WIN32(ERROR_IO_PENDING));
  EXPECT_TRUE(FAILED(HRESULT_FROM_WIN32(ERROR_IO_PENDING)));
  EXPECT_EQ(WaitForSingleObject(event, 0), (DWORD)WAIT_TIMEOUT);
  DWORD n = 0xdeadbeef;
  EXPECT_FALSE(GetOverlappedResult(port, &ov, &n, FALSE));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_IO_INCOMPLETE);
  KernelSend send;
  send.Start();
  send.Join();
  EXPECT_EQ(send.status, STATUS_SUCCESS);
  EXPECT_EQ(WaitForSingleObject(event, 1000), WAIT_OBJECT_0);
  ASSERT_TRUE(GetOverlappedResult(port, &ov, &n, TRUE));
  EXPECT_EQ(n, sizeof(FILTER_MESSAGE_HEADER) + send.data_length);
  EXPECT_STREQ(m.data, "scan me");
  CloseHandle(port);
  CloseHandle(event);
}

TEST_F(PortTest, OverlappedGetMessageNeedsAnEventOrNull) {
  HANDLE port = Connect();
  OVERLAPPED ov = {};
  ov.hEvent = kPoisonHandle;
  Message m = {};
  EXPECT_EQ(FilterGetMessage(port, &m.header, sizeof(m), &ov), E_HANDLE);
  EXPECT_EQ(FilterGetMessage(port, NULL, sizeof(m), NULL), E_INVALIDARG);
  EXPECT_EQ(FilterGetMessage(port, &m.header, sizeof(FILTER_MESSAGE_HEADER) - 1,
                             NULL),
            E_INVALIDARG);
  EXPECT_EQ(FilterGetMessage(kPoisonHandle, &m.header, sizeof(m), NULL),
            E_HANDLE);
  FILTER_REPLY_HEADER r = {};
  EXPECT_EQ(FilterReplyMessage(port, &r, sizeof(r) - 1), E_INVALIDARG);
  EXPECT_EQ(FilterReplyMessage(port, NULL, sizeof(r)), E_INVALIDARG);
  EXPECT_EQ(FilterReplyMessage(port, &r, sizeof(r)),
            ERROR_FLT_NO_WAITER_FOR_REPLY);
  CloseHandle(port);
}

TEST_F(PortTest, OverlappedGetMessageThroughACompletionPort) {
  HANDLE port = Connect();
  HANDLE iocp = CreateIoCompletionPort(port, NULL, 0x1234, 2);
  ASSERT_NE(iocp, nullptr);
  OVERLAPPED ov = {};
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), &ov),
            HRESULT_FROM_WIN32(ERROR_IO_PENDING));
  DWORD n = 0xdeadbeef;
  ULONG_PTR key = 0;
  LPOVERLAPPED done = reinterpret_cast<LPOVERLAPPED>(0xdeadbeef);
  EXPECT_FALSE(GetQueuedCompletionStatus(iocp, &n, &key, &done, 0));
  EXPECT_EQ(GetLastError(), (DWORD)WAIT_TIMEOUT);
  EXPECT_EQ(done, nullptr);
  EXPECT_EQ(n, 0xdeadbeef);
  KernelSend send;
  send.reply_length = 4;
  send.Start();
  ASSERT_TRUE(GetQueuedCompletionStatus(iocp, &n, &key, &done, INFINITE));
  EXPECT_EQ(done, &ov);
  EXPECT_EQ(key, 0x1234u);
  EXPECT_EQ(n, sizeof(FILTER_MESSAGE_HEADER) + send.data_length);
  Reply r = {};
  r.header.MessageId = m.header.MessageId;
  std::memcpy(r.data, "yes", 4);
  ASSERT_EQ(
      FilterReplyMessage(port, &r.header, sizeof(FILTER_REPLY_HEADER) + 4),
      S_OK);
  send.Join();
  EXPECT_EQ(send.status, STATUS_SUCCESS);
  EXPECT_STREQ(send.reply, "yes");
  CloseHandle(port);
  CloseHandle(iocp);
}

TEST_F(PortTest, CancelIoExCompletesTheReadAsAborted) {
  HANDLE port = Connect();
  HANDLE iocp = CreateIoCompletionPort(port, NULL, 7, 1);
  OVERLAPPED ov = {};
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), &ov),
            HRESULT_FROM_WIN32(ERROR_IO_PENDING));
  ASSERT_TRUE(CancelIoEx(port, &ov));
  DWORD n = 0xdeadbeef;
  ULONG_PTR key = 0;
  LPOVERLAPPED done = NULL;
  EXPECT_FALSE(GetQueuedCompletionStatus(iocp, &n, &key, &done, INFINITE));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_OPERATION_ABORTED);
  EXPECT_EQ(done, &ov);
  EXPECT_EQ(key, 7u);
  EXPECT_FALSE(CancelIoEx(port, &ov));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_NOT_FOUND);
  CloseHandle(port);
  CloseHandle(iocp);
}

TEST_F(PortTest, GetMessageWithASmallBufferFailsAndKeepsTheMessage) {
  HANDLE port = Connect();
  KernelSend send;
  send.Start();
  // Wait until the message is queued or a reader would take it: poll with a
  // too-small buffer until the failure shows the message is there.
  FILTER_MESSAGE_HEADER small = {};
  HRESULT hr;
  do {
    OVERLAPPED ov = {};
    hr = FilterGetMessage(port, &small, sizeof(small) + 2, &ov);
    if (hr == HRESULT_FROM_WIN32(ERROR_IO_PENDING)) {
      // The sender may complete the read (too small) before the cancel.
      const BOOL cancelled = CancelIoEx(port, &ov);
      DWORD n;
      if (!GetOverlappedResult(port, &ov, &n, TRUE) &&
          GetLastError() == ERROR_INSUFFICIENT_BUFFER) {
        EXPECT_FALSE(cancelled);
        hr = HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER);
        break;
      }
      Sleep(1);
    }
  } while (hr == HRESULT_FROM_WIN32(ERROR_IO_PENDING));
  EXPECT_EQ(hr, HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER));
  Message m = {};
  ASSERT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), S_OK);
  EXPECT_STREQ(m.data, "scan me");
  send.Join();
  CloseHandle(port);
}

TEST_F(PortTest, UnregisterClosesConnectionsWithDisconnectNotify) {
  HANDLE port = Connect();
  FltCloseCommunicationPort(g_minifilter.server_port);
  g_minifilter.server_port = NULL;
  FltUnregisterFilter(g_minifilter.filter);
  g_minifilter.filter = NULL;
  EXPECT_EQ(g_minifilter.disconnects, 1);
  Message m = {};
  EXPECT_EQ(FilterGetMessage(port, &m.header, sizeof(m), NULL), E_HANDLE);
  CloseHandle(port);
  EXPECT_EQ(g_minifilter.disconnects, 1);
}

TEST_F(PortTest, CloseHandleTwiceFails) {
  HANDLE port = Connect();
  EXPECT_TRUE(CloseHandle(port));
  EXPECT_FALSE(CloseHandle(port));
  EXPECT_EQ(GetLastError(), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(g_minifilter.disconnects, 1);
}

TEST(FltCreateCommunicationPort, ValidatesItsArguments) {
  ASSERT_EQ(TestMinifilterLoad(L"\\Existing", 1, false, true), STATUS_SUCCESS);
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\Other");
  OBJECT_ATTRIBUTES oa;
  PFLT_PORT const poison = reinterpret_cast<PFLT_PORT>(0xdeadbeef);
  PFLT_PORT port = poison;
  InitializeObjectAttributes(&oa, &name, OBJ_CASE_INSENSITIVE, NULL, NULL);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(port, poison);
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       NULL, TestDisconnectNotify, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, NULL, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, 0),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, -1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(port, poison);
  // Name collision, case-insensitively when asked for.
  UNICODE_STRING existing;
  RtlInitUnicodeString(&existing, L"\\EXISTING");
  InitializeObjectAttributes(
      &oa, &existing, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
  EXPECT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, 1),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(port, poison);
  // Case-sensitively, \EXISTING is another name.
  InitializeObjectAttributes(&oa, &existing, OBJ_KERNEL_HANDLE, NULL, NULL);
  ASSERT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, 1),
            STATUS_SUCCESS);
  EXPECT_NE(port, poison);
  FltCloseCommunicationPort(port);
  // A closed port's name can be used again.
  ASSERT_EQ(FltCreateCommunicationPort(g_minifilter.filter, &port, &oa, NULL,
                                       TestConnectNotify, TestDisconnectNotify,
                                       NULL, 1),
            STATUS_SUCCESS);
  FltCloseCommunicationPort(port);
  TestMinifilterUnload();
}

}  // namespace

namespace {

TEST_F(PortTest, FltCloseClientPortOnAClearedVariableIsANoOp) {
  HANDLE port = Connect();
  ASSERT_NE(g_minifilter.client_port, nullptr);
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  EXPECT_EQ(g_minifilter.client_port, nullptr);
  // A second close through the now-NULL variable: a precondition violation
  // the emulator reports and ignores [INF]; the variable stays NULL.
  FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
  EXPECT_EQ(g_minifilter.client_port, nullptr);
  FltCloseClientPort(g_minifilter.filter, NULL);
  CloseHandle(port);
  EXPECT_EQ(g_minifilter.disconnects, 0);
}

TEST_F(PortTest, FltSendMessageValidatesBeforeSending) {
  HANDLE port = Connect();
  ASSERT_NE(g_minifilter.client_port, nullptr);
  char data[] = "x";
  char reply[8];
  memset(reply, 0x5a, sizeof(reply));
  ULONG reply_length = sizeof(reply);
  LARGE_INTEGER poll = {};
  // Required pointers.
  EXPECT_EQ(
      FltSendMessage(g_minifilter.filter, NULL, data, 1, NULL, NULL, &poll),
      STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, NULL,
                           1, NULL, NULL, &poll),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, reply, NULL, &poll),
            STATUS_INVALID_PARAMETER);
  // A NULL or bogus filter, before the port is looked at.
  EXPECT_EQ(FltSendMessage(NULL, &g_minifilter.client_port, data, 1, reply,
                           &reply_length, &poll),
            STATUS_INVALID_PARAMETER);
  PFLT_PORT cleared = NULL;
  EXPECT_EQ(FltSendMessage(reinterpret_cast<PFLT_FILTER>(0xdeadbeef), &cleared,
                           data, 1, reply, &reply_length, &poll),
            STATUS_INVALID_PARAMETER);
  // Nothing was sent, nothing written back.
  EXPECT_EQ(reply_length, sizeof(reply));
  EXPECT_EQ(reply[0], 0x5a);
  EXPECT_EQ(g_minifilter.messages, 0);
  // The cleared variable with a good filter: disconnected, still untouched.
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &cleared, data, 1, reply,
                           &reply_length, &poll),
            STATUS_PORT_DISCONNECTED);
  EXPECT_EQ(reply_length, sizeof(reply));
  EXPECT_EQ(reply[0], 0x5a);
  // Polling with nobody reading: STATUS_TIMEOUT, a success code.
  EXPECT_EQ(FltSendMessage(g_minifilter.filter, &g_minifilter.client_port, data,
                           1, NULL, NULL, &poll),
            STATUS_TIMEOUT);
  CloseHandle(port);
  EXPECT_EQ(g_minifilter.disconnects, 1);
}

}  // namespace
