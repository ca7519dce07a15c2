// Copyright winemu authors.
//
// The lab of lab.h, seeded into the current emulator.
#include "tests/conformance/wfd/lab.h"

#include <cstring>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/wfd/testing/wfd_control.h"

DOT11_MAC_ADDRESS g_paired_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
DOT11_MAC_ADDRESS g_slow_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x02};
DOT11_MAC_ADDRESS g_stuck_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x03};
DOT11_MAC_ADDRESS g_unreachable_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x04};
DOT11_MAC_ADDRESS g_legacy_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x05};
DOT11_MAC_ADDRESS g_unknown_peer = {0x02, 0x00, 0x00, 0x00, 0x00, 0x06};

namespace {

winemu::wfd::MacAddress Mac(const DOT11_MAC_ADDRESS& address) {
  winemu::wfd::MacAddress mac;
  std::memcpy(mac.data(), address, mac.size());
  return mac;
}

}  // namespace

void SetUpLab() {
  winemu::wfd::testing::WfdControl wfd(winemu::Emulator::Current());
  wfd.AddPairedDevice(Mac(g_paired_peer), absl::Milliseconds(20));
  wfd.AddPairedDevice(Mac(g_slow_peer), absl::Milliseconds(300));
  wfd.AddPairedDevice(Mac(g_stuck_peer), absl::Seconds(60));
  wfd.AddPairedDevice(Mac(g_unreachable_peer), absl::Milliseconds(20));
  wfd.MakeUnreachable(Mac(g_unreachable_peer));
  wfd.AddLegacyDevice(Mac(g_legacy_peer));
}
