// Copyright winemu authors.
//
// wfd_fuzzer.cc: fuzzes the Wi-Fi Direct API as client code would drive it.
//
// The input picks calls (open / close handle, start / cancel / close
// session, legacy open, visibility), the process each runs as, which handle
// values they get (live, closed, another process's, garbage, NULL), devices
// and service state, process spawns and exits, pumps and clock moves, and
// whether a completion callback closes its own client handle. Checked:
// every code is in the function's documented (or spec-recommended) set, at
// most one callback per started open, no callback after its process exited,
// and nothing left open once every process has exited.
#include <windows.h>
#include <wlanapi.h>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <vector>

#include "emu/core/api_info.h"
#include "emu/core/emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "tests/fuzz/fuzzers.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "wfd_fuzzer invariant broken: %s\n", what);
    std::abort();
  }
}

// A callback's dwError: not an entry point's result, so its own set.
void CheckCallbackCode(DWORD code, std::initializer_list<DWORD> allowed) {
  for (DWORD a : allowed) {
    if (code == a) return;
  }
  std::fprintf(stderr,
               "wfd_fuzzer: callback dwError %lu, not a documented "
               "code\n",
               static_cast<unsigned long>(code));
  std::abort();
}

// Every result must be in the function's code set, kept with its export
// table (api_info.h).
void CheckCode(DWORD code, const char* function) {
  const winemu::ApiInfo* api = winemu::FindApi(function);
  Check(api != nullptr && api->codes != nullptr, "a registered function");
  if (api->codes->Contains(code)) return;
  std::fprintf(stderr, "wfd_fuzzer: %s returned %lu, not a documented code\n",
               function, static_cast<unsigned long>(code));
  std::abort();
}

struct Open {
  winemu::ProcessId owner = 0;
  HANDLE client = nullptr;
  int callbacks = 0;
  bool owner_dead = false;
  bool close_in_callback = false;
};

VOID WINAPI OnComplete(HANDLE, PVOID context, GUID, DWORD dwError, DWORD) {
  auto* open = static_cast<Open*>(context);
  Check(!open->owner_dead, "no callback after the owner exited");
  ++open->callbacks;
  Check(open->callbacks == 1, "at most one callback per open");
  CheckCallbackCode(dwError,
                    {ERROR_SUCCESS, ERROR_NOT_FOUND, ERROR_CANCELLED,
                     ERROR_DEVICE_NOT_AVAILABLE, ERROR_INVALID_PARAMETER,
                     ERROR_INVALID_STATE, ERROR_SERVICE_NOT_ACTIVE});
  if (open->close_in_callback) {
    CheckCode(WFDCloseHandle(open->client), "WFDCloseHandle");
  }
}

class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

DOT11_MAC_ADDRESS kMacs[3] = {
    {2, 0, 0, 0, 0, 1}, {2, 0, 0, 0, 0, 2}, {2, 0, 0, 0, 0, 3}};

winemu::wfd::MacAddress Mac(int i) {
  winemu::wfd::MacAddress mac;
  for (int b = 0; b < 6; ++b) mac[b] = kMacs[i][b];
  return mac;
}

}  // namespace

static int FuzzOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  std::vector<std::unique_ptr<Open>> opens;
  winemu::Emulator emu(winemu::fuzz::InputOptions());
  winemu::wfd::testing::WfdControl wfd(emu);
  wfd.AddPairedDevice(Mac(0), absl::Milliseconds(10));
  wfd.AddLegacyDevice(Mac(1));
  wfd.AddPairedDevice(Mac(2));
  wfd.MakeUnreachable(Mac(2));
  std::vector<winemu::Process*> processes = {&emu.default_process()};
  std::vector<HANDLE> handles;  // every value ever returned, plus garbage
  auto pick_handle = [&]() -> HANDLE {
    const uint8_t b = in.Byte();
    if (b == 0) return nullptr;
    if (b == 1 || handles.empty()) return (HANDLE)(ULONG_PTR)(0x1000 + b * 4);
    return handles[b % handles.size()];
  };
  while (!in.empty()) {
    winemu::Process* p = processes[in.Byte() % processes.size()];
    if (!p->alive()) continue;
    winemu::ScopedProcess as(*p);
    DOT11_MAC_ADDRESS* mac = &kMacs[in.Byte() % 3];
    switch (in.Byte() % 13) {
      case 0: {
        DWORD version = 0;
        HANDLE h = nullptr;
        const DWORD v = in.Byte() % 4 ? WFD_API_VERSION_1_0 : in.Byte();
        const DWORD rc = WFDOpenHandle(v, &version, &h);
        CheckCode(rc, "WFDOpenHandle");
        if (rc == ERROR_SUCCESS) handles.push_back(h);
        break;
      }
      case 1:
        CheckCode(WFDCloseHandle(pick_handle()), "WFDCloseHandle");
        break;
      case 2: {
        auto open = std::make_unique<Open>();
        open->owner = p->id();
        open->client = pick_handle();
        open->close_in_callback = in.Byte() % 5 == 0;
        HANDLE session = nullptr;
        const DWORD rc = WFDStartOpenSession(open->client, mac, open.get(),
                                             OnComplete, &session);
        CheckCode(rc, "WFDStartOpenSession");
        if (rc == ERROR_SUCCESS) {
          handles.push_back(session);
          opens.push_back(std::move(open));
        }
        break;
      }
      case 3:
        CheckCode(WFDCancelOpenSession(pick_handle()), "WFDCancelOpenSession");
        break;
      case 4:
        CheckCode(WFDCloseSession(pick_handle()), "WFDCloseSession");
        break;
      case 5: {
        HANDLE session = nullptr;
        GUID interface_guid;
        const DWORD rc =
            WFDOpenLegacySession(pick_handle(), mac, &session,
                                 in.Byte() % 4 ? &interface_guid : nullptr);
        CheckCode(rc, "WFDOpenLegacySession");
        if (rc == ERROR_SUCCESS) handles.push_back(session);
        break;
      }
      case 6:
        CheckCode(WFDUpdateDeviceVisibility(mac), "WFDUpdateDeviceVisibility");
        break;
      case 7:
        if (processes.size() < 4) processes.push_back(&emu.SpawnProcess());
        break;
      case 8:
        if (emu.TerminateProcess(p->id())) {
          for (auto& open : opens) {
            if (open->owner == p->id()) open->owner_dead = true;
          }
        }
        break;
      case 9:
        emu.queue().RunUntilIdle();
        break;
      case 10:
        emu.clock().Advance(absl::Milliseconds(in.Byte()));
        break;
      case 11: {
        const uint8_t b = in.Byte();
        if (b & 1)
          wfd.StopAutoConfig();
        else
          wfd.StartAutoConfig();
        wfd.SetDisabledByPolicy(b & 2);
        break;
      }
      case 12:
        emu.queue().RunNext();
        break;
    }
  }
  // Let everything due run, then every process exits.
  emu.clock().Advance(absl::Seconds(10));
  emu.queue().RunUntilIdle();
  for (winemu::Process* p : processes) {
    if (emu.TerminateProcess(p->id())) {
      for (auto& open : opens) {
        if (open->owner == p->id()) open->owner_dead = true;
      }
    }
  }
  emu.queue().RunUntilIdle();
  Check(emu.Leaks().empty(), "nothing left open after every process exited");
  return 0;
}

int winemu::fuzz::WfdFuzzOne(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}

#ifndef WINEMU_FUZZ_BODY_ONLY  // `winemu replay` links every body at once
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}
#endif
