// Copyright winemu authors.
//
// Bytes per live object, measured: this binary replaces the global operator
// new and delete with counting ones, creates N objects through the Windows
// API and divides the growth of live heap bytes (requested sizes plus the
// allocator's per-block overhead, from malloc_usable_size) by N. Each
// benchmark runs once; the figures are counters, not times.
#include <fltKernel.h>
#include <fltUser.h>
#include <fwpmu.h>
#include <malloc.h>
#include <windows.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <vector>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"

namespace {

std::atomic<int64_t> g_live_bytes{0};

void* Allocate(size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  g_live_bytes.fetch_add(static_cast<int64_t>(malloc_usable_size(p)),
                         std::memory_order_relaxed);
  return p;
}

void Free(void* p) {
  if (p == nullptr) return;
  g_live_bytes.fetch_sub(static_cast<int64_t>(malloc_usable_size(p)),
                         std::memory_order_relaxed);
  std::free(p);
}

}  // namespace

void* operator new(size_t size) { return Allocate(size); }
void* operator new[](size_t size) { return Allocate(size); }
void operator delete(void* p) noexcept { Free(p); }
void operator delete[](void* p) noexcept { Free(p); }
void operator delete(void* p, size_t) noexcept { Free(p); }
void operator delete[](void* p, size_t) noexcept { Free(p); }

namespace {

constexpr int kObjects = 10000;

winemu::EmulatorOptions Quiet() {
  return {.mode = winemu::EmulatorMode::kDeterministic, .trace = false};
}

void Report(benchmark::State& state, int64_t before, int n) {
  state.counters["bytes_per_object"] =
      static_cast<double>(g_live_bytes.load() - before) / n;
}

void BM_Memory_WfpSession(benchmark::State& state) {
  winemu::Emulator emu(Quiet());
  std::vector<HANDLE> handles(kObjects);
  HANDLE warm = nullptr;  // the engine itself is not a per-session cost
  FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &warm);
  for (auto _ : state) {
    const int64_t before = g_live_bytes.load();
    for (HANDLE& h : handles) {
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
    }
    Report(state, before, kObjects);
    for (HANDLE h : handles) FwpmEngineClose0(h);
  }
  FwpmEngineClose0(warm);
}
BENCHMARK(BM_Memory_WfpSession)->Iterations(1);

void BM_Memory_WfpFilter(benchmark::State& state) {
  winemu::Emulator emu(Quiet());
  HANDLE engine = nullptr;
  FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine);
  const GUID sublayer_key = {
      0x5eedbe00, 1, 0x4001, {0x80, 1, 2, 3, 4, 5, 6, 7}};
  FWPM_SUBLAYER0 sublayer = {};
  sublayer.subLayerKey = sublayer_key;
  sublayer.displayData.name = const_cast<wchar_t*>(L"bench");
  FwpmSubLayerAdd0(engine, &sublayer, nullptr);
  FWPM_FILTER0 f = {};
  f.displayData.name = const_cast<wchar_t*>(L"bench block");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.subLayerKey = sublayer_key;
  f.weight.type = FWP_EMPTY;
  f.action.type = FWP_ACTION_BLOCK;
  UINT64 id = 0;
  FwpmFilterAdd0(engine, &f, nullptr, &id);  // first-use tables
  for (auto _ : state) {
    const int64_t before = g_live_bytes.load();
    for (int i = 0; i < kObjects; ++i) FwpmFilterAdd0(engine, &f, nullptr, &id);
    Report(state, before, kObjects);
  }
  FwpmEngineClose0(engine);
}
BENCHMARK(BM_Memory_WfpFilter)->Iterations(1);

DRIVER_OBJECT g_driver;
PFLT_FILTER g_filter;
std::atomic<int> g_connections{0};

NTSTATUS FLTAPI Connect(PFLT_PORT client, PVOID, PVOID, ULONG, PVOID* cookie) {
  *cookie = client;
  ++g_connections;
  return STATUS_SUCCESS;
}
VOID FLTAPI Disconnect(PVOID cookie) {
  PFLT_PORT client = static_cast<PFLT_PORT>(cookie);
  FltCloseClientPort(g_filter, &client);
}

// A user-mode connection: its handle, the kernel's client port and the
// connection between them.
void BM_Memory_FltPortConnection(benchmark::State& state) {
  winemu::Emulator emu(Quiet());
  FLT_REGISTRATION r = {};
  r.Size = sizeof(r);
  r.Version = FLT_REGISTRATION_VERSION;
  FltRegisterFilter(&g_driver, &r, &g_filter);
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\MemoryPort");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  PFLT_PORT server = NULL;
  FltCreateCommunicationPort(g_filter, &server, &oa, NULL, Connect, Disconnect,
                             NULL, kObjects + 1);
  HANDLE warm = NULL;
  FilterConnectCommunicationPort(L"\\MemoryPort", 0, NULL, 0, NULL, &warm);
  std::vector<HANDLE> ports(kObjects);
  for (auto _ : state) {
    const int64_t before = g_live_bytes.load();
    for (HANDLE& p : ports) {
      if (FAILED(FilterConnectCommunicationPort(L"\\MemoryPort", 0, NULL, 0,
                                                NULL, &p))) {
        state.SkipWithError("connect failed");
        return;
      }
    }
    Report(state, before, kObjects);
    for (HANDLE p : ports) CloseHandle(p);
  }
  CloseHandle(warm);
  FltCloseCommunicationPort(server);
  FltUnregisterFilter(g_filter);
}
BENCHMARK(BM_Memory_FltPortConnection)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
