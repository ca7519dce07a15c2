// Copyright winemu authors.
//
// Wi-Fi Direct rows (wlanapi). Codes: spec wfd.md section 2 and Appendix A:
// a NULL handle is ERROR_INVALID_PARAMETER, a non-NULL unknown one
// ERROR_INVALID_HANDLE [DOC]; closed, wrong-type and other-process handles
// are unknown to the caller [INF].
#include <windows.h>
#include <wlanapi.h>

#include <cstring>

#include "absl/time/time.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"

namespace winemu::catalogue {
namespace {
constexpr Basis DOC = Basis::kDoc;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;

DOT11_MAC_ADDRESS g_paired = {0x02, 0, 0, 0, 0, 0x01};
DOT11_MAC_ADDRESS g_stuck = {0x02, 0, 0, 0, 0, 0x03};
DOT11_MAC_ADDRESS g_legacy = {0x02, 0, 0, 0, 0, 0x05};
DOT11_MAC_ADDRESS g_unknown = {0x02, 0, 0, 0, 0, 0x06};

wfd::MacAddress Mac(const DOT11_MAC_ADDRESS& a) {
  wfd::MacAddress mac;
  std::memcpy(mac.data(), a, mac.size());
  return mac;
}

// The peers around the machine, and its service.
wfd::testing::WfdControl Lab(Ctx& c) {
  wfd::testing::WfdControl wfd(c.emu());
  wfd.AddPairedDevice(Mac(g_paired), absl::Milliseconds(20));
  wfd.AddPairedDevice(Mac(g_stuck), absl::Seconds(60));
  wfd.AddLegacyDevice(Mac(g_legacy));
  return wfd;
}

int g_callbacks = 0;
VOID WINAPI Completed(HANDLE, PVOID, GUID, DWORD, DWORD) { ++g_callbacks; }

HANDLE OpenClient() {
  DWORD version = 0;
  HANDLE h = nullptr;
  EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &h), (DWORD)ERROR_SUCCESS);
  return h;
}

// A pending open to the stuck peer.
HANDLE StartStuck(HANDLE client) {
  HANDLE s = nullptr;
  EXPECT_EQ(WFDStartOpenSession(client, &g_stuck, nullptr, Completed, &s),
            (DWORD)ERROR_SUCCESS);
  return s;
}
// Cancels it, delivers the callback, closes it.
void EndStuck(Ctx& c, HANDLE session) {
  WFDCancelOpenSession(session);
  c.emu().queue().RunUntilIdle();
  WFDCloseSession(session);
  c.emu().queue().RunUntilIdle();
}

// A connected session to the paired peer (legacy: synchronous).
HANDLE Legacy(HANDLE client) {
  HANDLE s = nullptr;
  GUID g;
  EXPECT_EQ(WFDOpenLegacySession(client, &g_legacy, &s, &g),
            (DWORD)ERROR_SUCCESS);
  return s;
}

// The bad values of a handle parameter: `make` gives one (given a live
// client handle), `f` makes the call.
struct HandleCase {
  const char* bad;
  uint32_t code;
  Basis basis;
  std::function<HANDLE(Ctx&, HANDLE client)> make;
};

std::vector<HandleCase> ClientHandles() {
  return {
      {"NULL", ERROR_INVALID_PARAMETER, DOC,
       [](Ctx&, HANDLE) { return HANDLE{nullptr}; }},
      {"never issued", ERROR_INVALID_HANDLE, DOC,
       [](Ctx&, HANDLE) { return Poison<HANDLE>(); }},
      {"closed", ERROR_INVALID_HANDLE, INF,
       [](Ctx&, HANDLE) {
         HANDLE h = OpenClient();
         WFDCloseHandle(h);
         return h;
       }},
      {"wrong type (a session handle)", ERROR_INVALID_HANDLE, INF,
       [](Ctx&, HANDLE client) { return Legacy(client); }},
      {"another process's", ERROR_INVALID_HANDLE, INF,
       [](Ctx& c, HANDLE) {
         HANDLE theirs = nullptr;
         c.AsOther([&] { theirs = OpenClient(); });
         return theirs;
       }},
  };
}

std::vector<HandleCase> SessionHandles() {
  return {
      {"NULL", ERROR_INVALID_PARAMETER, DOC,
       [](Ctx&, HANDLE) { return HANDLE{nullptr}; }},
      {"never issued", ERROR_INVALID_HANDLE, DOC,
       [](Ctx&, HANDLE) { return Poison<HANDLE>(); }},
      {"closed", ERROR_INVALID_HANDLE, INF,
       [](Ctx& c, HANDLE client) {
         HANDLE s = Legacy(client);
         WFDCloseSession(s);
         c.emu().queue().RunUntilIdle();
         return s;
       }},
      {"wrong type (the client handle)", ERROR_INVALID_HANDLE, INF,
       [](Ctx&, HANDLE client) { return client; }},
      {"another process's", ERROR_INVALID_HANDLE, INF,
       [](Ctx& c, HANDLE) {
         HANDLE theirs = nullptr;
         c.AsOther([&] { theirs = Legacy(OpenClient()); });
         return theirs;
       }},
  };
}

void AddHandleRows(std::vector<Case>& rows, const char* fn, const char* param,
                   std::vector<HandleCase> handles,
                   std::function<DWORD(HANDLE bad, HANDLE client)> f) {
  for (const HandleCase& h : handles) {
    auto make = h.make;
    rows.push_back({fn, param, h.bad, h.code, h.basis, ANY, [make, f](Ctx& c) {
                      Lab(c);
                      HANDLE client = OpenClient();
                      HANDLE bad = make(c, client);
                      g_callbacks = 0;
                      const uint32_t code =
                          c.Call([&] { return f(bad, client); });
                      EXPECT_EQ(g_callbacks, 0) << "a failed call calls back";
                      c.TerminateOther();
                      WFDCloseHandle(client);
                      c.emu().queue().RunUntilIdle();
                      return code;
                    }});
  }
}

// A call with a live client handle.
std::function<uint32_t(Ctx&)> WithClient(
    std::function<uint32_t(Ctx&, HANDLE)> body) {
  return [body](Ctx& c) {
    Lab(c);
    HANDLE client = OpenClient();
    g_callbacks = 0;
    const uint32_t code = body(c, client);
    EXPECT_EQ(g_callbacks, 0);
    WFDCloseHandle(client);
    c.emu().queue().RunUntilIdle();
    return code;
  };
}

// WFDStartOpenSession with one bad argument; *phSessionHandle NULL [INF].
std::function<uint32_t(Ctx&)> BadStart(bool null_mac, bool null_callback,
                                       bool null_out,
                                       std::function<void(Ctx&)> setup = {}) {
  return WithClient([=](Ctx& c, HANDLE client) {
    wfd::testing::WfdControl wfd(c.emu());
    if (setup) setup(c);
    HANDLE s = Poison<HANDLE>();
    const uint32_t code = c.Call([&] {
      return WFDStartOpenSession(client, null_mac ? nullptr : &g_paired,
                                 nullptr, null_callback ? nullptr : Completed,
                                 null_out ? nullptr : &s);
    });
    if (!null_out) {
      EXPECT_EQ(s, nullptr);
    }
    wfd.StartAutoConfig();
    wfd.SetDisabledByPolicy(false);
    return code;
  });
}

std::function<uint32_t(Ctx&)> BadLegacy(PDOT11_MAC_ADDRESS mac, bool null_out,
                                        bool null_guid) {
  return WithClient([=](Ctx& c, HANDLE client) {
    HANDLE s = Poison<HANDLE>();
    GUID g = {0xdeadbeef};
    const uint32_t code = c.Call([&] {
      return WFDOpenLegacySession(client, mac, null_out ? nullptr : &s,
                                  null_guid ? nullptr : &g);
    });
    if (!null_out) {
      EXPECT_EQ(s, nullptr);
    }
    EXPECT_EQ(g.Data1, 0xdeadbeefu);
    return code;
  });
}

std::vector<Case> Rows() {
  auto open = [](DWORD version, bool null_version, bool null_handle) {
    return [=](Ctx& c) {
      DWORD negotiated = 0xdeadbeef;
      HANDLE h = Poison<HANDLE>();
      const uint32_t code = c.Call([&] {
        return WFDOpenHandle(version, null_version ? nullptr : &negotiated,
                             null_handle ? nullptr : &h);
      });
      EXPECT_EQ(negotiated, 0xdeadbeefu);
      if (!null_handle) {
        EXPECT_EQ(h, nullptr) << "[INF 2.1]";
      }
      return code;
    };
  };
  std::vector<Case> rows = {
      {"WFDOpenHandle", "dwClientVersion", "0", ERROR_INVALID_PARAMETER, DOC,
       ANY, open(0, false, false)},
      {"WFDOpenHandle", "dwClientVersion", "2 (newer)", ERROR_INVALID_PARAMETER,
       DOC, ANY, open(2, false, false)},
      {"WFDOpenHandle", "pdwNegotiatedVersion", "NULL", ERROR_INVALID_PARAMETER,
       DOC, ANY, open(WFD_API_VERSION, true, false)},
      {"WFDOpenHandle", "phClientHandle", "NULL", ERROR_INVALID_PARAMETER, DOC,
       ANY, open(WFD_API_VERSION, false, true)},
      {"WFDOpenHandle", "(service)", "handle limit reached",
       ERROR_REMOTE_SESSION_LIMIT_EXCEEDED, DOC, ANY,
       [open](Ctx& c) {
         wfd::testing::WfdControl(c.emu()).SetHandleLimit(1);
         HANDLE first = OpenClient();
         const uint32_t code = open(WFD_API_VERSION, false, false)(c);
         WFDCloseHandle(first);
         return code;
       }},
      {"WFDStartOpenSession", "pDeviceAddress", "NULL", ERROR_INVALID_PARAMETER,
       DOC, ANY, BadStart(true, false, false)},
      {"WFDStartOpenSession", "pfnCallback", "NULL", ERROR_INVALID_PARAMETER,
       DOC, ANY, BadStart(false, true, false)},
      {"WFDStartOpenSession", "phSessionHandle", "NULL",
       ERROR_INVALID_PARAMETER, DOC, ANY, BadStart(false, false, true)},
      {"WFDStartOpenSession", "(service)", "disabled by group policy",
       ERROR_INVALID_STATE, DOC, ANY,
       BadStart(false, false, false,
                [](Ctx& c) {
                  wfd::testing::WfdControl(c.emu()).SetDisabledByPolicy(true);
                })},
      {"WFDStartOpenSession", "(service)", "WLAN AutoConfig stopped",
       ERROR_SERVICE_NOT_ACTIVE, DOC, ANY,
       BadStart(
           false, false, false,
           [](Ctx& c) { wfd::testing::WfdControl(c.emu()).StopAutoConfig(); })},
      {"WFDOpenLegacySession", "pLegacyMacAddress", "NULL",
       ERROR_INVALID_PARAMETER, DOC, ANY, BadLegacy(nullptr, false, false)},
      {"WFDOpenLegacySession", "phSessionHandle", "NULL",
       ERROR_INVALID_PARAMETER, INF, ANY, BadLegacy(&g_legacy, true, false)},
      {"WFDOpenLegacySession", "pGuidSessionInterface", "NULL",
       ERROR_INVALID_PARAMETER, INF, ANY, BadLegacy(&g_legacy, false, true)},
      {"WFDOpenLegacySession", "pLegacyMacAddress", "not paired",
       ERROR_NOT_FOUND, INF, ANY, BadLegacy(&g_unknown, false, false)},
      {"WFDCloseSession", "hSessionHandle", "an open still pending",
       ERROR_INVALID_STATE, INF, ANY, WithClient([](Ctx& c, HANDLE client) {
         HANDLE s = StartStuck(client);
         const uint32_t code = c.Call([&] { return WFDCloseSession(s); });
         EndStuck(c, s);
         EXPECT_EQ(g_callbacks, 1) << "the pending open still calls back";
         g_callbacks = 0;
         return code;
       })},
      {"WFDUpdateDeviceVisibility", "pDeviceAddress", "NULL",
       ERROR_INVALID_PARAMETER, DOC, ANY,
       [](Ctx& c) {
         Lab(c);
         return c.Call([] { return WFDUpdateDeviceVisibility(nullptr); });
       }},
      {"WFDUpdateDeviceVisibility", "pDeviceAddress", "not paired",
       ERROR_NOT_FOUND, INF, ANY,
       [](Ctx& c) {
         Lab(c);
         return c.Call([] { return WFDUpdateDeviceVisibility(&g_unknown); });
       }},
  };
  AddHandleRows(rows, "WFDCloseHandle", "hClientHandle", ClientHandles(),
                [](HANDLE bad, HANDLE) { return WFDCloseHandle(bad); });
  AddHandleRows(rows, "WFDStartOpenSession", "hClientHandle", ClientHandles(),
                [](HANDLE bad, HANDLE) {
                  HANDLE s = Poison<HANDLE>();
                  const DWORD code = WFDStartOpenSession(
                      bad, &g_paired, nullptr, Completed, &s);
                  EXPECT_EQ(s, nullptr);
                  return code;
                });
  AddHandleRows(rows, "WFDOpenLegacySession", "hClientHandle", ClientHandles(),
                [](HANDLE bad, HANDLE) {
                  HANDLE s = Poison<HANDLE>();
                  GUID g;
                  const DWORD code =
                      WFDOpenLegacySession(bad, &g_legacy, &s, &g);
                  EXPECT_EQ(s, nullptr);
                  return code;
                });
  AddHandleRows(rows, "WFDCancelOpenSession", "hSessionHandle",
                SessionHandles(),
                [](HANDLE bad, HANDLE) { return WFDCancelOpenSession(bad); });
  AddHandleRows(rows, "WFDCloseSession", "hSessionHandle", SessionHandles(),
                [](HANDLE bad, HANDLE) { return WFDCloseSession(bad); });
  return rows;
}

}  // namespace

std::vector<Case> WlanApiCases() { return Rows(); }

}  // namespace winemu::catalogue
