// Copyright winemu authors.
//
// The WDK "scanner" pair, run unchanged against the emulator: a minifilter
// (default security descriptor, a port with one connection, FltSendMessage
// with a reply per scanned buffer, FltCloseClientPort in DisconnectNotify,
// server port closed and filter unregistered at unload) and its service
// (elevated; connect, completion port, worker threads each with an
// overlapped FilterGetMessage, a reply per message). Shut down from either
// side, nothing leaks and no misuse is reported.
#include <fltKernel.h>
#include <fltUser.h>

#include <atomic>
#include <cstddef>
#include <cstring>
#include <thread>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/testing/test_emulator.h"
#include "gtest/gtest.h"

namespace {

// --- the minifilter ---------------------------------------------------------

struct Notification {
  ULONG bytes;
  UCHAR contents[32];
};
struct ScanReply {
  BOOLEAN safe;
};

struct Scanner {
  DRIVER_OBJECT driver = {};
  PFLT_FILTER filter = NULL;
  PFLT_PORT server = NULL;
  PFLT_PORT client = NULL;
  PEPROCESS unused = NULL;
  std::atomic<int> disconnects{0};
} g_scanner;

NTSTATUS FLTAPI ScanConnect(PFLT_PORT client, PVOID, PVOID, ULONG,
                            PVOID* cookie) {
  PAGED_CODE();
  FLT_ASSERT(g_scanner.client == NULL);
  g_scanner.client = client;
  *cookie = NULL;
  return STATUS_SUCCESS;
}

VOID FLTAPI ScanDisconnect(PVOID) {
  PAGED_CODE();
  ++g_scanner.disconnects;
  FltCloseClientPort(g_scanner.filter, &g_scanner.client);
}

NTSTATUS FLTAPI ScanUnload(FLT_FILTER_UNLOAD_FLAGS) {
  FltCloseCommunicationPort(g_scanner.server);
  FltUnregisterFilter(g_scanner.filter);
  return STATUS_SUCCESS;
}

NTSTATUS ScanDriverEntry() {
  FLT_REGISTRATION r = {};
  r.Size = sizeof(r);
  r.Version = FLT_REGISTRATION_VERSION;
  r.FilterUnloadCallback = ScanUnload;
  NTSTATUS status = FltRegisterFilter(&g_scanner.driver, &r, &g_scanner.filter);
  if (!NT_SUCCESS(status)) return status;
  PSECURITY_DESCRIPTOR sd;
  status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
  if (NT_SUCCESS(status)) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"\\ScannerPort");
    OBJECT_ATTRIBUTES oa;
    InitializeObjectAttributes(
        &oa, &name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, sd);
    status =
        FltCreateCommunicationPort(g_scanner.filter, &g_scanner.server, &oa,
                                   NULL, ScanConnect, ScanDisconnect, NULL, 1);
    FltFreeSecurityDescriptor(sd);  // in all cases, as the sample does
    if (NT_SUCCESS(status)) {
      status = FltStartFiltering(g_scanner.filter);
      if (NT_SUCCESS(status)) return status;
      FltCloseCommunicationPort(g_scanner.server);
    }
  }
  FltUnregisterFilter(g_scanner.filter);
  return status;
}

// Returns the verdict, or TRUE when the service did not answer.
BOOLEAN ScanBuffer(const char* text, NTSTATUS* status) {
  auto* n = static_cast<Notification*>(
      ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(Notification), 'nacS'));
  n->bytes = static_cast<ULONG>(std::strlen(text));
  std::memcpy(n->contents, text, n->bytes);
  ULONG reply_length = sizeof(ScanReply);
  LARGE_INTEGER timeout;
  timeout.QuadPart = -10LL * 1000 * 1000 * 10;
  *status = FltSendMessage(g_scanner.filter, &g_scanner.client, n,
                           sizeof(Notification), n, &reply_length, &timeout);
  const BOOLEAN safe =
      *status == STATUS_SUCCESS ? reinterpret_cast<ScanReply*>(n)->safe : TRUE;
  ExFreePoolWithTag(n, 'nacS');
  return safe;
}

// --- the service ------------------------------------------------------------

struct ScanMessage {
  FILTER_MESSAGE_HEADER header;
  Notification notification;
  OVERLAPPED ovlp;
};
struct ScanReplyMessage {
  FILTER_REPLY_HEADER header;
  ScanReply reply;
};

constexpr int kWorkers = 3;

struct Service {
  HANDLE port = NULL;
  HANDLE completion = NULL;
  ScanMessage messages[kWorkers] = {};
  HANDLE threads[kWorkers] = {};
  std::atomic<int> replies{0};
  std::atomic<int> reposted{0};  // reads posted again after a reply
  std::atomic<int> stops{0};
} g_service;

DWORD WINAPI Worker(LPVOID) {
  for (;;) {
    DWORD bytes;
    ULONG_PTR key;
    LPOVERLAPPED ovlp;
    if (!GetQueuedCompletionStatus(g_service.completion, &bytes, &key, &ovlp,
                                   INFINITE)) {
      ++g_service.stops;
      return GetLastError();
    }
    auto* m = reinterpret_cast<ScanMessage*>(reinterpret_cast<char*>(ovlp) -
                                             offsetof(ScanMessage, ovlp));
    ScanReplyMessage reply = {};
    reply.header.MessageId = m->header.MessageId;
    reply.reply.safe =
        std::strstr(reinterpret_cast<const char*>(m->notification.contents),
                    "foul") == NULL;
    if (SUCCEEDED(FilterReplyMessage(
            g_service.port, &reply.header,
            sizeof(FILTER_REPLY_HEADER) + sizeof(ScanReply)))) {
      ++g_service.replies;
    }
    std::memset(&m->ovlp, 0, sizeof(OVERLAPPED));
    HRESULT hr = FilterGetMessage(g_service.port, &m->header,
                                  offsetof(ScanMessage, ovlp), &m->ovlp);
    if (hr != HRESULT_FROM_WIN32(ERROR_IO_PENDING) && hr != S_OK) {
      ++g_service.stops;
      return 0;
    }
    ++g_service.reposted;
  }
}

HRESULT ServiceStart() {
  HRESULT hr = FilterConnectCommunicationPort(L"\\ScannerPort", 0, NULL, 0,
                                              NULL, &g_service.port);
  if (FAILED(hr)) return hr;
  g_service.completion =
      CreateIoCompletionPort(g_service.port, NULL, 0, kWorkers);
  for (int i = 0; i < kWorkers; ++i) {
    g_service.threads[i] = CreateThread(NULL, 0, Worker, NULL, 0, NULL);
    hr = FilterGetMessage(g_service.port, &g_service.messages[i].header,
                          offsetof(ScanMessage, ovlp),
                          &g_service.messages[i].ovlp);
    if (hr != HRESULT_FROM_WIN32(ERROR_IO_PENDING)) return hr;
  }
  return S_OK;
}

void ServiceJoinAndClose() {
  EXPECT_EQ(WaitForMultipleObjects(kWorkers, g_service.threads, TRUE, INFINITE),
            WAIT_OBJECT_0);
  for (HANDLE t : g_service.threads) CloseHandle(t);
  if (g_service.port != NULL) CloseHandle(g_service.port);
  CloseHandle(g_service.completion);
}

// --- the scenarios ----------------------------------------------------------

class ScannerTest : public ::testing::Test {
 protected:
  ScannerTest() : emu_(Options()) {}
  static winemu::testing::TestEmulatorOptions Options() {
    winemu::testing::TestEmulatorOptions o;
    o.mode = winemu::EmulatorMode::kThreaded;
    return o;  // verifier reports fail the test
  }
  void SetUp() override {
    g_scanner.filter = NULL;
    g_scanner.server = NULL;
    g_scanner.client = NULL;
    g_scanner.disconnects = 0;
    g_service.port = NULL;
    g_service.replies = 0;
    g_service.reposted = 0;
    g_service.stops = 0;
    ASSERT_EQ(ScanDriverEntry(), STATUS_SUCCESS);
    winemu::ProcessOptions svc{.image_name = "scanuser.exe"};
    svc.identity.elevated = true;  // the default descriptor wants an admin
    service_ = &emu_.SpawnProcess(svc);
  }

  void ScanSome() {
    NTSTATUS status;
    EXPECT_TRUE(ScanBuffer("clean text", &status));
    EXPECT_EQ(status, STATUS_SUCCESS);
    EXPECT_FALSE(ScanBuffer("foul text", &status));
    EXPECT_EQ(status, STATUS_SUCCESS);
    EXPECT_TRUE(ScanBuffer("more clean text", &status));
    EXPECT_EQ(status, STATUS_SUCCESS);
    // The workers are idle again, each with a read posted.
    while (g_service.reposted < 3) std::this_thread::yield();
  }

  winemu::testing::TestEmulator emu_;
  winemu::Process* service_ = nullptr;
};

TEST_F(ScannerTest, ShutdownFromTheDriver) {
  {
    winemu::ScopedProcess as(*service_);
    ASSERT_EQ(ServiceStart(), S_OK);
  }
  ScanSome();
  ScanUnload(0);  // closes the server port, unregisters: DisconnectNotify
  EXPECT_EQ(g_scanner.disconnects, 1);
  EXPECT_EQ(g_scanner.client, nullptr);
  {
    winemu::ScopedProcess as(*service_);
    ServiceJoinAndClose();
  }
  EXPECT_EQ(g_service.replies, 3);
  EXPECT_EQ(g_service.stops, kWorkers);
  emu_.ExpectNoLeaks();
}

TEST_F(ScannerTest, ShutdownFromTheService) {
  {
    winemu::ScopedProcess as(*service_);
    ASSERT_EQ(ServiceStart(), S_OK);
  }
  ScanSome();
  {
    winemu::ScopedProcess as(*service_);
    HANDLE port = g_service.port;
    g_service.port = NULL;
    CloseHandle(port);  // pending reads abort; DisconnectNotify runs
    ServiceJoinAndClose();
  }
  EXPECT_EQ(g_scanner.disconnects, 1);
  EXPECT_EQ(g_scanner.client, nullptr);
  NTSTATUS status;
  EXPECT_TRUE(ScanBuffer("nobody listens", &status));
  EXPECT_EQ(status, STATUS_PORT_DISCONNECTED);
  ScanUnload(0);
  emu_.ExpectNoLeaks();
}

TEST_F(ScannerTest, ShutdownByServiceProcessExit) {
  {
    winemu::ScopedProcess as(*service_);
    ASSERT_EQ(ServiceStart(), S_OK);
  }
  ScanSome();
  // The workers are still blocked in GetQueuedCompletionStatus: process exit
  // closes the completion port and the port handle for them.
  emu_.TerminateProcess(service_->id());
  EXPECT_EQ(g_scanner.disconnects, 1);
  for (HANDLE t : g_service.threads) {
    (void)t;  // the thread handles died with the process
  }
  while (g_service.stops < kWorkers) std::this_thread::yield();
  ScanUnload(0);
  emu_.ExpectNoLeaks();
}

}  // namespace
