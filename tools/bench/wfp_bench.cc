// Copyright winemu authors.
//
// Filtering Platform figures, each headline beside the GoogleMock fake a
// client would write instead (same signatures, ON_CALL defaults only); the
// floor comes from baselines.cc. Run through tools/bench.sh (-c opt).
#include <fwpmu.h>
#include <windows.h>

#include <vector>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"

namespace {

using ::testing::_;
using ::testing::Return;

winemu::EmulatorOptions Quiet() {
  return {.mode = winemu::EmulatorMode::kDeterministic, .trace = false};
}

// An emulator with `sessions` other live sessions.
struct World {
  explicit World(int sessions, winemu::EmulatorOptions options = Quiet())
      : emu(options) {
    handles.reserve(sessions);
    for (int i = 0; i < sessions; ++i) {
      HANDLE h = nullptr;
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
      handles.push_back(h);
    }
  }
  ~World() {
    for (HANDLE h : handles) FwpmEngineClose0(h);
  }
  winemu::Emulator emu;
  std::vector<HANDLE> handles;
};

// What a client's test double of the management API looks like.
class FwpmApi {
 public:
  virtual ~FwpmApi() = default;
  virtual DWORD EngineOpen(const wchar_t* server, UINT32 authn,
                           SEC_WINNT_AUTH_IDENTITY_W* identity,
                           const FWPM_SESSION0* session, HANDLE* engine) = 0;
  virtual DWORD EngineClose(HANDLE engine) = 0;
  virtual DWORD TransactionBegin(HANDLE engine, UINT32 flags) = 0;
  virtual DWORD FilterAdd(HANDLE engine, const FWPM_FILTER0* filter,
                          PSECURITY_DESCRIPTOR sd, UINT64* id) = 0;
  virtual DWORD TransactionCommit(HANDLE engine) = 0;
  virtual DWORD SessionCreateEnumHandle(HANDLE engine,
                                        const FWPM_SESSION_ENUM_TEMPLATE0* t,
                                        HANDLE* e) = 0;
  virtual DWORD SessionEnum(HANDLE engine, HANDLE e, UINT32 n,
                            FWPM_SESSION0*** entries, UINT32* returned) = 0;
  virtual DWORD SessionDestroyEnumHandle(HANDLE engine, HANDLE e) = 0;
};

class MockFwpmApi : public FwpmApi {
 public:
  MOCK_METHOD(DWORD, EngineOpen,
              (const wchar_t*, UINT32, SEC_WINNT_AUTH_IDENTITY_W*,
               const FWPM_SESSION0*, HANDLE*),
              (override));
  MOCK_METHOD(DWORD, EngineClose, (HANDLE), (override));
  MOCK_METHOD(DWORD, TransactionBegin, (HANDLE, UINT32), (override));
  MOCK_METHOD(DWORD, FilterAdd,
              (HANDLE, const FWPM_FILTER0*, PSECURITY_DESCRIPTOR, UINT64*),
              (override));
  MOCK_METHOD(DWORD, TransactionCommit, (HANDLE), (override));
  MOCK_METHOD(DWORD, SessionCreateEnumHandle,
              (HANDLE, const FWPM_SESSION_ENUM_TEMPLATE0*, HANDLE*),
              (override));
  MOCK_METHOD(DWORD, SessionEnum,
              (HANDLE, HANDLE, UINT32, FWPM_SESSION0***, UINT32*), (override));
  MOCK_METHOD(DWORD, SessionDestroyEnumHandle, (HANDLE, HANDLE), (override));
};

// The cheapest fake: a NiceMock answering from ON_CALL defaults.
std::unique_ptr<::testing::NiceMock<MockFwpmApi>> CheapestFake() {
  auto mock = std::make_unique<::testing::NiceMock<MockFwpmApi>>();
  ON_CALL(*mock, EngineOpen).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, EngineClose).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, TransactionBegin).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, FilterAdd).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, TransactionCommit).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, SessionCreateEnumHandle).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, SessionEnum).WillByDefault(Return(ERROR_SUCCESS));
  ON_CALL(*mock, SessionDestroyEnumHandle).WillByDefault(Return(ERROR_SUCCESS));
  return mock;
}

// --- open + close -----------------------------------------------------------

void BM_WfpOpenClose(benchmark::State& state) {
  World world(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    HANDLE h = nullptr;
    FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
    benchmark::DoNotOptimize(FwpmEngineClose0(h));
  }
}
BENCHMARK(BM_WfpOpenClose)->Arg(100)->Arg(100000)->ArgName("sessions");

// The same with tracing on: what a test run with the default options pays.
void BM_WfpOpenClose_Traced(benchmark::State& state) {
  World world(100, {.mode = winemu::EmulatorMode::kDeterministic,
                    .trace = true,
                    .trace_capacity = 1000});
  for (auto _ : state) {
    HANDLE h = nullptr;
    FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
    benchmark::DoNotOptimize(FwpmEngineClose0(h));
  }
}
BENCHMARK(BM_WfpOpenClose_Traced);

void BM_GMock_WfpOpenClose(benchmark::State& state) {
  auto mock = CheapestFake();
  FwpmApi& api = *mock;
  for (auto _ : state) {
    HANDLE h = nullptr;
    api.EngineOpen(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
    benchmark::DoNotOptimize(api.EngineClose(h));
  }
}
BENCHMARK(BM_GMock_WfpOpenClose);

// --- begin, add a filter, commit
// ----------------------------------------------

const GUID kSublayer = {0x5eedbe00, 0x1, 0x4001, {0x80, 1, 2, 3, 4, 5, 6, 7}};

FWPM_FILTER0 BlockFilter() {
  FWPM_FILTER0 f = {};
  f.displayData.name = const_cast<wchar_t*>(L"bench block");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.subLayerKey = kSublayer;
  f.weight.type = FWP_EMPTY;
  f.action.type = FWP_ACTION_BLOCK;
  return f;
}

// Begin / FwpmFilterAdd0 / commit with range(0) filters already present.
// Every 1 000 additions are deleted again outside the timed region, so the
// count stays near range(0).
void BM_WfpBeginAddFilterCommit(benchmark::State& state) {
  World world(1);
  HANDLE engine = world.handles.front();
  FWPM_SUBLAYER0 sublayer = {};
  sublayer.subLayerKey = kSublayer;
  sublayer.displayData.name = const_cast<wchar_t*>(L"bench");
  FwpmSubLayerAdd0(engine, &sublayer, nullptr);
  const FWPM_FILTER0 filter = BlockFilter();
  for (int64_t i = 0; i < state.range(0); ++i) {
    UINT64 id = 0;
    FwpmFilterAdd0(engine, &filter, nullptr, &id);
  }
  std::vector<UINT64> added;
  added.reserve(1000);
  for (auto _ : state) {
    UINT64 id = 0;
    FwpmTransactionBegin0(engine, 0);
    FwpmFilterAdd0(engine, &filter, nullptr, &id);
    if (FwpmTransactionCommit0(engine) != ERROR_SUCCESS) {
      state.SkipWithError("commit failed");
      break;
    }
    added.push_back(id);
    if (added.size() == 1000) {
      state.PauseTiming();
      for (UINT64 a : added) FwpmFilterDeleteById0(engine, a);
      added.clear();
      state.ResumeTiming();
    }
  }
}
BENCHMARK(BM_WfpBeginAddFilterCommit)->Arg(0)->Arg(10000)->ArgName("filters");

void BM_GMock_WfpBeginAddFilterCommit(benchmark::State& state) {
  auto mock = CheapestFake();
  FwpmApi& api = *mock;
  const FWPM_FILTER0 filter = BlockFilter();
  HANDLE engine = reinterpret_cast<HANDLE>(4);
  for (auto _ : state) {
    UINT64 id = 0;
    api.TransactionBegin(engine, 0);
    api.FilterAdd(engine, &filter, nullptr, &id);
    benchmark::DoNotOptimize(api.TransactionCommit(engine));
  }
}
BENCHMARK(BM_GMock_WfpBeginAddFilterCommit);

// --- snapshots and enumeration
// -------------------------------------------------

// Creating (and destroying) a session enumeration: a snapshot version, so
// its cost should not grow with the number of live sessions.
void BM_WfpSnapshot(benchmark::State& state) {
  World world(static_cast<int>(state.range(0)));
  HANDLE engine = world.handles.front();
  for (auto _ : state) {
    HANDLE e = nullptr;
    FwpmSessionCreateEnumHandle0(engine, nullptr, &e);
    benchmark::DoNotOptimize(FwpmSessionDestroyEnumHandle0(engine, e));
  }
}
BENCHMARK(BM_WfpSnapshot)
    ->Arg(100)
    ->Arg(10000)
    ->Arg(100000)
    ->ArgName("sessions");

void BM_GMock_WfpSnapshot(benchmark::State& state) {
  auto mock = CheapestFake();
  FwpmApi& api = *mock;
  HANDLE engine = reinterpret_cast<HANDLE>(4);
  for (auto _ : state) {
    HANDLE e = nullptr;
    api.SessionCreateEnumHandle(engine, nullptr, &e);
    benchmark::DoNotOptimize(api.SessionDestroyEnumHandle(engine, e));
  }
}
BENCHMARK(BM_GMock_WfpSnapshot);

// Every session, in pages of 1 000 (each page freed with FwpmFreeMemory0).
// The counter `entries` lets the report give the cost per entry.
void BM_WfpEnumSessions(benchmark::State& state) {
  const int sessions = static_cast<int>(state.range(0));
  World world(sessions);
  HANDLE engine = world.handles.front();
  for (auto _ : state) {
    HANDLE e = nullptr;
    FwpmSessionCreateEnumHandle0(engine, nullptr, &e);
    UINT32 total = 0;
    for (;;) {
      FWPM_SESSION0** page = nullptr;
      UINT32 n = 0;
      if (FwpmSessionEnum0(engine, e, 1000, &page, &n) != ERROR_SUCCESS) break;
      total += n;
      FwpmFreeMemory0(reinterpret_cast<void**>(&page));
      if (n < 1000) break;
    }
    FwpmSessionDestroyEnumHandle0(engine, e);
    if (total != static_cast<UINT32>(sessions)) {
      state.SkipWithError("enumeration missed sessions");
      break;
    }
  }
  state.counters["entries"] = sessions;
  state.SetItemsProcessed(state.iterations() * sessions);
}
BENCHMARK(BM_WfpEnumSessions)
    ->Arg(100000)
    ->ArgName("sessions")
    ->Unit(benchmark::kMillisecond);

// The fake's page call: what a client's double of FwpmSessionEnum0 costs per
// page of 1 000 (it returns no real entries).
void BM_GMock_WfpEnumSessions(benchmark::State& state) {
  auto mock = CheapestFake();
  FwpmApi& api = *mock;
  HANDLE engine = reinterpret_cast<HANDLE>(4);
  const int sessions = static_cast<int>(state.range(0));
  for (auto _ : state) {
    HANDLE e = nullptr;
    api.SessionCreateEnumHandle(engine, nullptr, &e);
    for (int page = 0; page < sessions / 1000 + 1; ++page) {
      FWPM_SESSION0** entries = nullptr;
      UINT32 n = 0;
      benchmark::DoNotOptimize(api.SessionEnum(engine, e, 1000, &entries, &n));
    }
    api.SessionDestroyEnumHandle(engine, e);
  }
  state.counters["entries"] = sessions;
}
BENCHMARK(BM_GMock_WfpEnumSessions)->Arg(100000)->ArgName("sessions");

}  // namespace

BENCHMARK_MAIN();
