// Copyright winemu authors.
//
// The clients of clients.h, unchanged, against the emulator: the legacy
// client in both modes, the on-demand client (which blocks for its callback)
// in threaded mode.
#include "tests/unit/wfd/clients.h"

#include "absl/time/time.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfd/testing/wfd_control.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/unit/wfd/wfd_test_util.h"

namespace winemu::wfd::testing {
namespace {

using ::winemu::testing::TestEmulator;
using ::winemu::testing::Win32FailsWith;
using ::winemu::testing::Win32Succeeds;

DOT11_MAC_ADDRESS kPeer = {0x02, 0x10, 0x20, 0x30, 0x40, 0x50};

class ClientsTest : public ::testing::TestWithParam<EmulatorMode> {};

TEST_P(ClientsTest, LegacyClient) {
  TestEmulator emu({.mode = GetParam()});
  WfdControl wfd(emu);
  wfd.AddLegacyDevice(Mac(kPeer));
  GUID guid = {};
  EXPECT_THAT(RunLegacyClient(&kPeer, &guid), Win32Succeeds());
  EXPECT_FALSE(IsNullGuid(guid));
  emu.queue().RunUntilIdle();
  emu.queue().WaitUntilIdle();
  EXPECT_EQ(wfd.ConnectedSessions(Mac(kPeer)), 0);
  emu.ExpectNoLeaks();
}

TEST_P(ClientsTest, LegacyClientWithoutPairing) {
  TestEmulator emu({.mode = GetParam()});
  EXPECT_THAT(RunLegacyClient(&kPeer, nullptr),
              Win32FailsWith(ERROR_INVALID_PARAMETER));
  GUID guid;
  EXPECT_THAT(RunLegacyClient(&kPeer, &guid), Win32FailsWith(ERROR_NOT_FOUND));
  emu.ExpectNoLeaks();
}

INSTANTIATE_TEST_SUITE_P(BothModes, ClientsTest,
                         ::testing::Values(EmulatorMode::kDeterministic,
                                           EmulatorMode::kThreaded));

TEST(OnDemandClientTest, ConnectsAndCleansUp) {
  TestEmulator emu({.mode = EmulatorMode::kThreaded});
  WfdControl wfd(emu);
  wfd.AddPairedDevice(Mac(kPeer), absl::Milliseconds(30));
  EXPECT_THAT(RunOnDemandClient(&kPeer), Win32Succeeds());
  emu.queue().WaitUntilIdle();
  auto sessions = wfd.service().Sessions();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].callbacks_delivered, 1);
  EXPECT_EQ(sessions[0].state, SessionState::kClosed);
  emu.ExpectNoLeaks();
}

TEST(OnDemandClientTest, ReportsTheCallbacksError) {
  TestEmulator emu({.mode = EmulatorMode::kThreaded});
  WfdControl wfd(emu);
  wfd.AddPairedDevice(Mac(kPeer));
  wfd.MakeUnreachable(Mac(kPeer));
  EXPECT_THAT(RunOnDemandClient(&kPeer),
              Win32FailsWith(ERROR_DEVICE_NOT_AVAILABLE));
  emu.queue().WaitUntilIdle();
  emu.ExpectNoLeaks();
}

}  // namespace
}  // namespace winemu::wfd::testing
