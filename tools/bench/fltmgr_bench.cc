// Copyright winemu authors.
//
// Filter Manager figures, each headline beside the GoogleMock fake a client
// would write instead (same signatures, ON_CALL defaults only): a user-mode
// FilterSendMessage round trip through the minifilter's MessageNotify, the
// kernel FltSendMessage -> FilterGetMessage -> FilterReplyMessage round trip
// between two threads, and FltCreateFile + FltClose on the emulated volume.
#include <fltKernel.h>
#include <fltUser.h>

#include <cstring>
#include <memory>
#include <thread>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"

namespace {

using ::testing::Return;

DRIVER_OBJECT g_driver;
PFLT_FILTER g_filter;
PFLT_PORT g_server;
PFLT_PORT g_client;

NTSTATUS FLTAPI Connect(PFLT_PORT client, PVOID, PVOID, ULONG, PVOID* cookie) {
  g_client = client;
  *cookie = NULL;
  return STATUS_SUCCESS;
}
VOID FLTAPI Disconnect(PVOID) { FltCloseClientPort(g_filter, &g_client); }

// Echoes the input into the output buffer.
NTSTATUS FLTAPI Echo(PVOID, PVOID in, ULONG in_length, PVOID out,
                     ULONG out_length, PULONG returned) {
  const ULONG n = in_length < out_length ? in_length : out_length;
  if (out != NULL && in != NULL) std::memcpy(out, in, n);
  *returned = out != NULL ? n : 0;
  return STATUS_SUCCESS;
}

// A registered filter with a port \BenchPort and one user connection.
class Minifilter {
 public:
  Minifilter()
      : emu_({.mode = winemu::EmulatorMode::kThreaded, .trace = false}) {
    FLT_REGISTRATION r = {};
    r.Size = sizeof(r);
    r.Version = FLT_REGISTRATION_VERSION;
    FltRegisterFilter(&g_driver, &r, &g_filter);
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, L"\\BenchPort");
    OBJECT_ATTRIBUTES oa;
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
    FltCreateCommunicationPort(g_filter, &g_server, &oa, NULL, Connect,
                               Disconnect, Echo, 1);
    FltStartFiltering(g_filter);
    connected_ = SUCCEEDED(FilterConnectCommunicationPort(
        L"\\BenchPort", 0, NULL, 0, NULL, &port_));
  }
  ~Minifilter() {
    if (connected_) CloseHandle(port_);
    FltCloseCommunicationPort(g_server);
    FltUnregisterFilter(g_filter);
  }
  bool connected() const { return connected_; }
  HANDLE port() const { return port_; }

 private:
  winemu::Emulator emu_;
  HANDLE port_ = NULL;
  bool connected_ = false;
};

// What a client's test double of both sides looks like.
class FltApi {
 public:
  virtual ~FltApi() = default;
  virtual HRESULT FilterSendMessage(HANDLE port, LPVOID in, DWORD in_size,
                                    LPVOID out, DWORD out_size,
                                    LPDWORD returned) = 0;
  virtual NTSTATUS FltSendMessage(PFLT_FILTER filter, PFLT_PORT* client,
                                  PVOID sender, ULONG sender_length,
                                  PVOID reply, PULONG reply_length,
                                  PLARGE_INTEGER timeout) = 0;
  virtual HRESULT FilterGetMessage(HANDLE port, PFILTER_MESSAGE_HEADER buffer,
                                   DWORD size, LPOVERLAPPED overlapped) = 0;
  virtual HRESULT FilterReplyMessage(HANDLE port, PFILTER_REPLY_HEADER reply,
                                     DWORD size) = 0;
  virtual NTSTATUS FltCreateFile(PFLT_FILTER filter, PFLT_INSTANCE instance,
                                 PHANDLE handle, ACCESS_MASK access,
                                 POBJECT_ATTRIBUTES oa, PIO_STATUS_BLOCK iosb,
                                 PLARGE_INTEGER size, ULONG attributes,
                                 ULONG share, ULONG disposition, ULONG options,
                                 PVOID ea, ULONG ea_length, ULONG flags) = 0;
  virtual NTSTATUS FltClose(HANDLE handle) = 0;
};

class MockFltApi : public FltApi {
 public:
  MOCK_METHOD(HRESULT, FilterSendMessage,
              (HANDLE, LPVOID, DWORD, LPVOID, DWORD, LPDWORD), (override));
  MOCK_METHOD(NTSTATUS, FltSendMessage,
              (PFLT_FILTER, PFLT_PORT*, PVOID, ULONG, PVOID, PULONG,
               PLARGE_INTEGER),
              (override));
  MOCK_METHOD(HRESULT, FilterGetMessage,
              (HANDLE, PFILTER_MESSAGE_HEADER, DWORD, LPOVERLAPPED),
              (override));
  MOCK_METHOD(HRESULT, FilterReplyMessage,
              (HANDLE, PFILTER_REPLY_HEADER, DWORD), (override));
  MOCK_METHOD(NTSTATUS, FltCreateFile,
              (PFLT_FILTER, PFLT_INSTANCE, PHANDLE, ACCESS_MASK,
               POBJECT_ATTRIBUTES, PIO_STATUS_BLOCK, PLARGE_INTEGER, ULONG,
               ULONG, ULONG, ULONG, PVOID, ULONG, ULONG),
              (override));
  MOCK_METHOD(NTSTATUS, FltClose, (HANDLE), (override));
};

std::unique_ptr<::testing::NiceMock<MockFltApi>> CheapestFake() {
  auto mock = std::make_unique<::testing::NiceMock<MockFltApi>>();
  ON_CALL(*mock, FilterSendMessage).WillByDefault(Return(S_OK));
  ON_CALL(*mock, FltSendMessage).WillByDefault(Return(STATUS_SUCCESS));
  ON_CALL(*mock, FilterGetMessage).WillByDefault(Return(S_OK));
  ON_CALL(*mock, FilterReplyMessage).WillByDefault(Return(S_OK));
  ON_CALL(*mock, FltCreateFile).WillByDefault(Return(STATUS_SUCCESS));
  ON_CALL(*mock, FltClose).WillByDefault(Return(STATUS_SUCCESS));
  return mock;
}

// --- FilterSendMessage
// --------------------------------------------------------

void BM_FltFilterSendMessage(benchmark::State& state) {
  Minifilter m;
  if (!m.connected()) {
    state.SkipWithError("connect failed");
    return;
  }
  char in[16] = "0123456789abcde";
  char out[16];
  for (auto _ : state) {
    DWORD n = 0;
    benchmark::DoNotOptimize(
        FilterSendMessage(m.port(), in, sizeof(in), out, sizeof(out), &n));
  }
}
BENCHMARK(BM_FltFilterSendMessage);

void BM_GMock_FltFilterSendMessage(benchmark::State& state) {
  auto mock = CheapestFake();
  FltApi& api = *mock;
  char in[16] = "0123456789abcde";
  char out[16];
  HANDLE port = reinterpret_cast<HANDLE>(4);
  for (auto _ : state) {
    DWORD n = 0;
    benchmark::DoNotOptimize(
        api.FilterSendMessage(port, in, sizeof(in), out, sizeof(out), &n));
  }
}
BENCHMARK(BM_GMock_FltFilterSendMessage);

// --- FltSendMessage -> FilterGetMessage -> FilterReplyMessage ---------------

struct Message {
  FILTER_MESSAGE_HEADER header;
  ULONG value;
};
struct Reply {
  FILTER_REPLY_HEADER header;
  ULONG value;
};

void BM_FltSendGetReplyRoundTrip(benchmark::State& state) {
  Minifilter m;
  if (!m.connected()) {
    state.SkipWithError("connect failed");
    return;
  }
  HANDLE port = m.port();
  std::thread service([port] {
    Message msg;
    Reply reply = {};
    while (FilterGetMessage(port, &msg.header, sizeof(msg), NULL) == S_OK) {
      reply.header.MessageId = msg.header.MessageId;
      reply.value = msg.value;
      (void)FilterReplyMessage(port, &reply.header,
                               sizeof(FILTER_REPLY_HEADER) + sizeof(ULONG));
    }
  });
  ULONG value = 0;
  for (auto _ : state) {
    ULONG answer = 0;
    ULONG length = sizeof(answer);
    if (FltSendMessage(g_filter, &g_client, &value, sizeof(value), &answer,
                       &length, NULL) != STATUS_SUCCESS) {
      state.SkipWithError("send failed");
      break;
    }
    ++value;
  }
  FltCloseClientPort(g_filter, &g_client);  // ends the service's loop
  service.join();
}
BENCHMARK(BM_FltSendGetReplyRoundTrip)->UseRealTime();

// The fake answers the send at once; a fake has no second thread to cross.
void BM_GMock_FltSendGetReplyRoundTrip(benchmark::State& state) {
  auto mock = CheapestFake();
  FltApi& api = *mock;
  HANDLE port = reinterpret_cast<HANDLE>(4);
  PFLT_PORT client = reinterpret_cast<PFLT_PORT>(8);
  ULONG value = 0;
  for (auto _ : state) {
    ULONG answer = 0;
    ULONG length = sizeof(answer);
    api.FltSendMessage(nullptr, &client, &value, sizeof(value), &answer,
                       &length, NULL);
    Message msg;
    Reply reply = {};
    api.FilterGetMessage(port, &msg.header, sizeof(msg), NULL);
    benchmark::DoNotOptimize(api.FilterReplyMessage(
        port, &reply.header, sizeof(FILTER_REPLY_HEADER) + sizeof(ULONG)));
  }
}
BENCHMARK(BM_GMock_FltSendGetReplyRoundTrip)->UseRealTime();

// --- FltCreateFile + FltClose
// ---------------------------------------------------

void BM_FltCreateFileClose(benchmark::State& state) {
  Minifilter m;
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\??\\C:\\bench.txt");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(
      &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
  IO_STATUS_BLOCK iosb;
  for (auto _ : state) {
    HANDLE h = NULL;
    if (FltCreateFile(g_filter, NULL, &h, GENERIC_READ | GENERIC_WRITE, &oa,
                      &iosb, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN_IF, 0,
                      NULL, 0, 0) != STATUS_SUCCESS) {
      state.SkipWithError("FltCreateFile failed");
      break;
    }
    benchmark::DoNotOptimize(FltClose(h));
  }
}
BENCHMARK(BM_FltCreateFileClose);

void BM_GMock_FltCreateFileClose(benchmark::State& state) {
  auto mock = CheapestFake();
  FltApi& api = *mock;
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\??\\C:\\bench.txt");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(
      &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
  IO_STATUS_BLOCK iosb;
  for (auto _ : state) {
    HANDLE h = NULL;
    api.FltCreateFile(nullptr, NULL, &h, GENERIC_READ | GENERIC_WRITE, &oa,
                      &iosb, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN_IF, 0,
                      NULL, 0, 0);
    benchmark::DoNotOptimize(api.FltClose(h));
  }
}
BENCHMARK(BM_GMock_FltCreateFileClose);

}  // namespace

BENCHMARK_MAIN();
