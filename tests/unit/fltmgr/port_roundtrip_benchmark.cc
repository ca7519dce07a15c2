// Copyright winemu authors.
//
// A send/reply round trip between a kernel thread (FltSendMessage with a
// reply) and a service thread (FilterGetMessage + FilterReplyMessage).
#include <fltKernel.h>
#include <fltUser.h>

#include <thread>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"

namespace {

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

void BM_SendReplyRoundTrip(benchmark::State& state) {
  winemu::EmulatorOptions options;
  options.trace = false;
  winemu::Emulator emu(options);
  FLT_REGISTRATION r = {};
  r.Size = sizeof(r);
  r.Version = FLT_REGISTRATION_VERSION;
  FltRegisterFilter(&g_driver, &r, &g_filter);
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\BenchPort");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  FltCreateCommunicationPort(g_filter, &g_server, &oa, NULL, Connect,
                             Disconnect, NULL, 1);
  HANDLE port = NULL;
  if (FAILED(FilterConnectCommunicationPort(L"\\BenchPort", 0, NULL, 0, NULL,
                                            &port))) {
    state.SkipWithError("connect failed");
    return;
  }
  std::thread service([port] {
    struct {
      FILTER_MESSAGE_HEADER header;
      ULONG value;
    } m;
    struct {
      FILTER_REPLY_HEADER header;
      ULONG value;
    } reply = {};
    while (FilterGetMessage(port, &m.header, sizeof(m), NULL) == S_OK) {
      reply.header.MessageId = m.header.MessageId;
      reply.value = m.value;
      (void)FilterReplyMessage(port, &reply.header,
                               sizeof(FILTER_REPLY_HEADER) + sizeof(ULONG));
    }
  });
  ULONG value = 0;
  for (auto _ : state) {
    ULONG answer = 0;
    ULONG length = sizeof(answer);
    NTSTATUS s = FltSendMessage(g_filter, &g_client, &value, sizeof(value),
                                &answer, &length, NULL);
    if (s != STATUS_SUCCESS) state.SkipWithError("send failed");
    ++value;
  }
  FltCloseClientPort(g_filter, &g_client);  // ends the service's loop
  service.join();
  CloseHandle(port);
  FltCloseCommunicationPort(g_server);
  FltUnregisterFilter(g_filter);
}
BENCHMARK(BM_SendReplyRoundTrip)->UseRealTime();

}  // namespace
