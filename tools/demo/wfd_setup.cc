// Copyright winemu authors.
//
// Linux-side setup of the Wi-Fi Direct demo: the paired peer that
// wfd_example.cc connects to, seeded into the current emulator.
#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/wfd/service.h"
#include "emu/wfd/types.h"

extern "C" void WfdExampleSetUp(void) {
  winemu::wfd::DeviceOptions peer;
  peer.connection_time = absl::Milliseconds(30);
  winemu::Emulator::Current().GetExtension<winemu::wfd::WfdService>().AddDevice(
      {0x02, 0x57, 0x46, 0x44, 0x00, 0x01}, peer);
}
