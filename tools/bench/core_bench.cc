// Copyright winemu authors.
//
// Benchmarks of the engine core, beside the two baselines every winemu
// figure is read against: the floor (baselines.cc: a hash-map insert, lookup
// and erase of a heap object under a mutex) and what users would write
// instead (a GoogleMock fake answering from ON_CALL defaults).
#include <windows.h>

#include <memory>

#include "benchmark/benchmark.h"
#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "emu/core/mutex.h"
#include "gmock/gmock.h"

namespace {

// --- Baselines -------------------------------------------------------------

class FakeEngine {
 public:
  virtual ~FakeEngine() = default;
  virtual DWORD Open(const wchar_t* server, UINT32 authn, void* identity,
                     const void* session, HANDLE* engine) = 0;
  virtual DWORD Close(HANDLE engine) = 0;
};

class MockEngine : public FakeEngine {
 public:
  MOCK_METHOD(DWORD, Open,
              (const wchar_t*, UINT32, void*, const void*, HANDLE*),
              (override));
  MOCK_METHOD(DWORD, Close, (HANDLE), (override));
};

void BM_GMockFake_OpenClose(benchmark::State& state) {
  ::testing::NiceMock<MockEngine> mock;
  ON_CALL(mock, Open).WillByDefault(::testing::Return(ERROR_SUCCESS));
  ON_CALL(mock, Close).WillByDefault(::testing::Return(ERROR_SUCCESS));
  FakeEngine& engine = mock;
  HANDLE h = nullptr;
  for (auto _ : state) {
    benchmark::DoNotOptimize(engine.Open(nullptr, 10, nullptr, nullptr, &h));
    benchmark::DoNotOptimize(engine.Close(h));
  }
}
BENCHMARK(BM_GMockFake_OpenClose);

// --- Core ------------------------------------------------------------------

const winemu::ObjectType kBenchType = {"bench object", "CloseHandle", true};

class BenchObject : public winemu::Object {
 public:
  BenchObject() : Object(kBenchType) {}
};

void BM_HandleTable_InsertLookupRemove(benchmark::State& state) {
  winemu::Emulator emu(
      {.mode = winemu::EmulatorMode::kDeterministic, .trace = false});
  const winemu::ProcessId pid = emu.default_process().id();
  for (auto _ : state) {
    const uint64_t h =
        emu.handles().Insert(pid, std::make_shared<BenchObject>(), "bench", 0);
    benchmark::DoNotOptimize(emu.handles().Lookup(h, pid, &kBenchType));
    emu.handles()
        .Remove(h, pid, &kBenchType)
        .object->Close(winemu::CloseReason::kExplicit);
  }
}
BENCHMARK(BM_HandleTable_InsertLookupRemove);

void BM_CloseHandle_KernelObject(benchmark::State& state) {
  winemu::Emulator emu({.mode = winemu::EmulatorMode::kDeterministic,
                        .trace = state.range(0) != 0});
  const winemu::ProcessId pid = emu.default_process().id();
  for (auto _ : state) {
    HANDLE h = reinterpret_cast<HANDLE>(
        emu.handles().Insert(pid, std::make_shared<BenchObject>(), "bench", 0));
    benchmark::DoNotOptimize(CloseHandle(h));
    if (state.range(0) != 0 && emu.trace().size() > 50000) {
      state.PauseTiming();
      emu.trace().Clear();
      state.ResumeTiming();
    }
  }
}
BENCHMARK(BM_CloseHandle_KernelObject)->Arg(0)->Arg(1)->ArgName("trace");

const winemu::ApiInfo kBenchApi = {"BenchApi",
                                   "bench",
                                   winemu::Support::kSupported,
                                   "",
                                   winemu::CodeKind::kWin32,
                                   1};

// The cost of the fault-injection hook when no rule is armed.
void BM_FaultHook_Disarmed(benchmark::State& state) {
  winemu::Emulator emu(
      {.mode = winemu::EmulatorMode::kDeterministic, .trace = false});
  const winemu::CallSite site{&kBenchApi, nullptr, 1000};
  // Keep the branch a shim takes, not the optional itself: storing a byte of
  // it and reloading the whole stalls store forwarding, which shims never do.
  for (auto _ : state) {
    benchmark::DoNotOptimize(emu.faults().Check(site).has_value());
  }
}
BENCHMARK(BM_FaultHook_Disarmed);

// The cost of the tracing hook when tracing is off.
void BM_TraceHook_Off(benchmark::State& state) {
  winemu::Emulator emu(
      {.mode = winemu::EmulatorMode::kDeterministic, .trace = false});
  for (auto _ : state) benchmark::DoNotOptimize(emu.trace().enabled());
}
BENCHMARK(BM_TraceHook_Off);

void BM_EmulatorReset(benchmark::State& state) {
  const int live = static_cast<int>(state.range(0));
  for (auto _ : state) {
    winemu::Emulator emu(
        {.mode = winemu::EmulatorMode::kDeterministic, .trace = false});
    for (int i = 0; i < live; ++i) {
      emu.handles().Insert(emu.default_process().id(),
                           std::make_shared<BenchObject>(), "bench", 0);
    }
  }
}
BENCHMARK(BM_EmulatorReset)->Arg(0)->Arg(10000)->ArgName("live_objects");

// A fake's reset: a fresh NiceMock with its ON_CALL defaults, per test.
void BM_GMock_EmulatorReset(benchmark::State& state) {
  for (auto _ : state) {
    ::testing::NiceMock<MockEngine> mock;
    ON_CALL(mock, Open).WillByDefault(::testing::Return(ERROR_SUCCESS));
    ON_CALL(mock, Close).WillByDefault(::testing::Return(ERROR_SUCCESS));
    benchmark::DoNotOptimize(&mock);
  }
}
BENCHMARK(BM_GMock_EmulatorReset);

}  // namespace

BENCHMARK_MAIN();
