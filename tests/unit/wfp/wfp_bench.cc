// Copyright winemu authors.
//
// Google Benchmark figures for the WFP engine (never a timed test):
// open/close of a session and creation of a session-enumeration snapshot,
// each with 100 and 100 000 other live sessions. Snapshots are versions,
// not copies, so both columns should be close.
//
//   bazel run -c opt //tests/unit/wfp:wfp_bench
#include <fwpmu.h>
#include <windows.h>

#include <vector>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"

namespace {

struct World {
  explicit World(int sessions)
      : emu({.mode = winemu::EmulatorMode::kDeterministic, .trace = false}) {
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

void BM_OpenClose(benchmark::State& state) {
  World world(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    HANDLE h = nullptr;
    FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &h);
    FwpmEngineClose0(h);
  }
}
BENCHMARK(BM_OpenClose)->Arg(100)->Arg(100000);

void BM_SessionSnapshot(benchmark::State& state) {
  World world(static_cast<int>(state.range(0)));
  HANDLE engine = world.handles.front();
  for (auto _ : state) {
    HANDLE e = nullptr;
    FwpmSessionCreateEnumHandle0(engine, nullptr, &e);
    FwpmSessionDestroyEnumHandle0(engine, e);
  }
}
BENCHMARK(BM_SessionSnapshot)->Arg(100)->Arg(100000);

}  // namespace

BENCHMARK_MAIN();
