// Copyright winemu authors.
//
// wfd_control.h: the test-facing control surface of the simulated Wi-Fi
// Direct service (testonly).
//
// Seeds devices, sets the service state and group policy, and observes each
// session's state, as the fake's "TestInterface". Handles are the values the
// Windows API returned, as integers.
//
//   winemu::testing::TestEmulator emu;
//   winemu::wfd::testing::WfdControl wfd(emu);
//   wfd.AddPairedDevice(kPhone, absl::Seconds(2));
//   ... WFDStartOpenSession(client, &phone, ctx, Callback, &session) ...
//   EXPECT_EQ(wfd.StateOf(session), wfd::SessionState::kOpening);
//   emu.clock().Advance(absl::Seconds(2));
//   emu.queue().RunUntilIdle();                    // the callback runs
//   EXPECT_EQ(wfd.StateOf(session), wfd::SessionState::kOpen);
#ifndef WINEMU_EMU_WFD_TESTING_WFD_CONTROL_H_
#define WINEMU_EMU_WFD_TESTING_WFD_CONTROL_H_

#include <cstdint>
#include <optional>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/wfd/service.h"
#include "emu/wfd/types.h"

namespace winemu::wfd::testing {

class WfdControl {
 public:
  explicit WfdControl(Emulator& emu)
      : emu_(emu), service_(emu.GetExtension<WfdService>()) {}

  WfdService& service() { return service_; }

  // ---- devices ----
  void AddDevice(const MacAddress& mac, DeviceOptions options = {}) {
    service_.AddDevice(mac, std::move(options));
  }
  // A device paired through the Windows pairing experience.
  void AddPairedDevice(const MacAddress& mac,
                       absl::Duration connection_time = absl::ZeroDuration()) {
    DeviceOptions options;
    options.connection_time = connection_time;
    service_.AddDevice(mac, options);
  }
  // A device paired through the legacy (WPS) experience only.
  void AddLegacyDevice(const MacAddress& mac) {
    DeviceOptions options;
    options.paired = false;
    options.legacy_paired = true;
    service_.AddDevice(mac, options);
  }
  // Connection attempts to `mac` fail with these Win32 / WLAN reason codes.
  bool MakeUnreachable(const MacAddress& mac,
                       std::optional<uint32_t> failure_code = std::nullopt,
                       std::optional<uint32_t> reason_code = std::nullopt) {
    return service_.UpdateDevice(mac, [&](DeviceOptions& d) {
      d.reachable = false;
      d.failure_code = failure_code;
      d.reason_code = reason_code;
    });
  }
  bool SetVisible(const MacAddress& mac, bool visible) {
    return service_.UpdateDevice(
        mac, [&](DeviceOptions& d) { d.visible = visible; });
  }
  std::optional<bool> VisibleProperty(const MacAddress& mac) const {
    return service_.VisibleProperty(mac);
  }

  // ---- service state ----
  void StopAutoConfig() { service_.SetAutoConfigRunning(false); }
  void StartAutoConfig() { service_.SetAutoConfigRunning(true); }
  void SetDisabledByPolicy(bool disabled) {
    service_.SetDisabledByPolicy(disabled);
  }
  void SetHandleLimit(int limit) { service_.SetHandleLimit(limit); }

  // ---- observation ----
  // The session's state; nullopt for a value never returned as a session.
  std::optional<SessionState> StateOf(const void* session) const {
    auto info = service_.GetSession(Value(session));
    if (!info) return std::nullopt;
    return info->state;
  }
  std::optional<SessionInfo> InfoOf(const void* session) const {
    return service_.GetSession(Value(session));
  }
  int ConnectedSessions(const MacAddress& mac) const {
    return service_.ConnectedSessions(mac);
  }
  int OpenClients() const { return service_.OpenClients(); }
  int PendingOpens() const { return service_.PendingOpens(); }
  int QueuedCloses() const { return service_.QueuedCloses(); }

  static uint64_t Value(const void* handle) {
    return reinterpret_cast<uint64_t>(handle);
  }

 private:
  Emulator& emu_;
  WfdService& service_;
};

}  // namespace winemu::wfd::testing

#endif  // WINEMU_EMU_WFD_TESTING_WFD_CONTROL_H_
