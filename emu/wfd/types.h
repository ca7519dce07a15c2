// Copyright winemu authors.
//
// types.h: the vocabulary of the simulated Wi-Fi Direct service.
//
// Plain engine types, no Windows types: a device address, a GUID, the
// service's status codes (api/wlanapi/errors.h turns them into Win32 codes),
// the states of a session and what a test can say about a simulated device.
//
//   wfd::MacAddress mac = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
//   wfd::DeviceOptions phone;
//   phone.connection_time = absl::Seconds(2);
//   phone.reachable = false;            // connection attempts fail...
//   phone.failure_code = 1460;          // ...with this Win32 code
#ifndef WINEMU_EMU_WFD_TYPES_H_
#define WINEMU_EMU_WFD_TYPES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "absl/time/time.h"

namespace winemu::wfd {

// A Wi-Fi Direct device address (an 802.11 MAC address).
using MacAddress = std::array<uint8_t, 6>;

std::string MacToString(const MacAddress& mac);

// A GUID with the Windows field layout.
struct Guid {
  uint32_t data1 = 0;
  uint16_t data2 = 0;
  uint16_t data3 = 0;
  std::array<uint8_t, 8> data4 = {};
  bool operator==(const Guid& other) const {
    return data1 == other.data1 && data2 == other.data2 &&
           data3 == other.data3 && data4 == other.data4;
  }
  bool operator!=(const Guid& other) const { return !(*this == other); }
  bool is_null() const { return *this == Guid{}; }
};

std::string GuidToString(const Guid& guid);

// What an engine operation (or an asynchronous open) came to. The one file
// api/wlanapi/errors.h maps each to its Win32 code.
enum class Status {
  kOk,
  kNullHandle,        // a NULL handle
  kBadHandle,         // unknown, stale, wrong type or another process's
  kServiceNotActive,  // the WLAN AutoConfig service is stopped
  kDisabledByPolicy,  // Wi-Fi Direct is disabled by group policy
  kHandleLimit,       // the service issued too many client handles
  kDeviceNotFound,    // no (legacy-)paired device has that address
  kOpenPending,       // WFDCloseSession while the open is still pending
  kCancelled,         // the open was cancelled (WFDCancelOpenSession)
  kConnectionFailed,  // the device did not answer (see Device options)
};

const char* StatusName(Status status);

// The lifecycle of a session handle.
enum class SessionState {
  kOpening,  // WFDStartOpenSession returned; the completion has not run
  kOpen,     // connected (the open succeeded, or a legacy session)
  kFailed,   // the open failed or was cancelled; the handle is still open
  kClosing,  // WFDCloseSession returned; the queued disconnect has not run
  kClosed,   // disconnected; the handle is dead
};

const char* SessionStateName(SessionState state);

// What the completion callback of an asynchronous open is told.
struct OpenResult {
  Status status = Status::kOk;
  // kConnectionFailed only: the device's configured codes, when set.
  std::optional<uint32_t> failure_code;
  std::optional<uint32_t> reason_code;
  Guid interface_guid;  // only meaningful when status is kOk
};

// A simulated peer device.
struct DeviceOptions {
  // Paired through the Windows pairing experience: WFDStartOpenSession works.
  bool paired = true;
  // Paired through the legacy (WPS) experience: WFDOpenLegacySession works.
  bool legacy_paired = false;
  // Answers a targeted discovery now (what WFDUpdateDeviceVisibility finds).
  bool visible = true;
  // A connection attempt succeeds.
  bool reachable = true;
  // How long an asynchronous open to this device takes (on the emulator's
  // clock; virtual in deterministic mode).
  absl::Duration connection_time = absl::ZeroDuration();
  // The Win32 code and WLAN reason code a failed connection reports; unset:
  // ERROR_DEVICE_NOT_AVAILABLE and WLAN_REASON_CODE_UNKNOWN.
  std::optional<uint32_t> failure_code;
  std::optional<uint32_t> reason_code;
  // The local interface sessions to this device get; unset: a fresh GUID
  // per session.
  std::optional<Guid> interface_guid;
};

// What a test can observe about one session (also after it closed).
struct SessionInfo {
  uint64_t handle = 0;
  uint64_t client_handle = 0;
  MacAddress device = {};
  bool legacy = false;
  SessionState state = SessionState::kOpening;
  bool cancel_requested = false;
  int callbacks_delivered = 0;
  std::optional<Status> open_status;  // once the open completed
  Guid interface_guid;
};

}  // namespace winemu::wfd

#endif  // WINEMU_EMU_WFD_TYPES_H_
