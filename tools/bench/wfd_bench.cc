// Copyright winemu authors.
//
// Wi-Fi Direct figures: WFDStartOpenSession -> completion callback ->
// WFDCloseSession, with the deterministic work queue (pumped by the caller)
// and with the threaded one (the callback runs on a service thread), beside
// the GoogleMock fake a client would write instead.
#include <windows.h>
#include <wlanapi.h>

#include <atomic>
#include <cstring>
#include <memory>

#include "benchmark/benchmark.h"
#include "emu/core/emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gmock/gmock.h"

namespace {

using ::testing::_;

DOT11_MAC_ADDRESS g_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};

struct Completion {
  std::atomic<int> calls{0};
  DWORD error = 0;
};

VOID WINAPI OnOpen(HANDLE, PVOID context, GUID, DWORD error, DWORD) {
  auto* c = static_cast<Completion*>(context);
  c->error = error;
  c->calls.fetch_add(1, std::memory_order_release);
}

void BM_WfdOpenSessionClose(benchmark::State& state) {
  const bool threaded = state.range(0) != 0;
  winemu::Emulator emu({.mode = threaded ? winemu::EmulatorMode::kThreaded
                                         : winemu::EmulatorMode::kDeterministic,
                        .trace = false});
  winemu::wfd::MacAddress mac;
  std::memcpy(mac.data(), g_peer, mac.size());
  winemu::wfd::testing::WfdControl(emu).AddPairedDevice(mac);
  DWORD version = 0;
  HANDLE client = NULL;
  if (WFDOpenHandle(WFD_API_VERSION, &version, &client) != ERROR_SUCCESS) {
    state.SkipWithError("WFDOpenHandle failed");
    return;
  }
  for (auto _ : state) {
    Completion done;
    HANDLE session = NULL;
    if (WFDStartOpenSession(client, &g_peer, &done, OnOpen, &session) !=
        ERROR_SUCCESS) {
      state.SkipWithError("WFDStartOpenSession failed");
      break;
    }
    if (threaded) {
      while (done.calls.load(std::memory_order_acquire) == 0) {
      }
    } else {
      emu.queue().RunUntilIdle();
    }
    if (done.calls.load() != 1 || done.error != ERROR_SUCCESS) {
      state.SkipWithError("no successful completion");
      break;
    }
    WFDCloseSession(session);
    if (!threaded) emu.queue().RunUntilIdle();
  }
  WFDCloseHandle(client);
}
BENCHMARK(BM_WfdOpenSessionClose)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("threaded")
    ->UseRealTime();

// What a client's double of the three calls looks like; the start action
// runs the callback at once, as the simplest fake would.
class WfdApi {
 public:
  virtual ~WfdApi() = default;
  virtual DWORD StartOpenSession(HANDLE client, PDOT11_MAC_ADDRESS peer,
                                 PVOID context,
                                 WFD_OPEN_SESSION_COMPLETE_CALLBACK callback,
                                 PHANDLE session) = 0;
  virtual DWORD CloseSession(HANDLE session) = 0;
};

class MockWfdApi : public WfdApi {
 public:
  MOCK_METHOD(DWORD, StartOpenSession,
              (HANDLE, PDOT11_MAC_ADDRESS, PVOID,
               WFD_OPEN_SESSION_COMPLETE_CALLBACK, PHANDLE),
              (override));
  MOCK_METHOD(DWORD, CloseSession, (HANDLE), (override));
};

void BM_GMock_WfdOpenSessionClose(benchmark::State& state) {
  ::testing::NiceMock<MockWfdApi> mock;
  ON_CALL(mock, StartOpenSession)
      .WillByDefault([](HANDLE, PDOT11_MAC_ADDRESS, PVOID context,
                        WFD_OPEN_SESSION_COMPLETE_CALLBACK callback,
                        PHANDLE session) -> DWORD {
        *session = reinterpret_cast<HANDLE>(8);
        callback(*session, context, GUID{}, ERROR_SUCCESS, 0);
        return ERROR_SUCCESS;
      });
  ON_CALL(mock, CloseSession).WillByDefault(::testing::Return(ERROR_SUCCESS));
  WfdApi& api = mock;
  HANDLE client = reinterpret_cast<HANDLE>(4);
  for (auto _ : state) {
    Completion done;
    HANDLE session = NULL;
    api.StartOpenSession(client, &g_peer, &done, OnOpen, &session);
    benchmark::DoNotOptimize(api.CloseSession(session));
  }
}
BENCHMARK(BM_GMock_WfdOpenSessionClose)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
