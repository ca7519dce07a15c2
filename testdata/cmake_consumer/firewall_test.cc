// Copyright winemu authors.
//
// Unit tests of the client with winemu's test support: an isolated,
// deterministic emulator per test, the WFP control surface, fault injection
// and the leak check.
#include "firewall.h"

#include <fwpmu.h>
#include <windows.h>

#include <cstring>

#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfp/testing/wfp_control.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace {

using winemu::FaultRule;
using winemu::testing::TestEmulator;
using winemu::testing::Win32FailsWith;
using winemu::testing::Win32Succeeds;
using winemu::wfp::testing::WfpControl;

bool IsFirewallSublayer(const winemu::wfp::Guid &key) {
  return key.data1 == kFirewallSublayer.Data1 &&
         key.data2 == kFirewallSublayer.Data2 &&
         key.data3 == kFirewallSublayer.Data3 &&
         std::memcmp(key.data4, kFirewallSublayer.Data4, 8) == 0;
}

int CountFilter(const WfpControl &bfe, UINT64 id) {
  int n = 0;
  for (const auto &f : bfe.Filters()) n += f->id == id ? 1 : 0;
  return n;
}

int CountFirewallSublayers(const WfpControl &bfe) {
  int n = 0;
  for (const auto &l : bfe.Sublayers()) n += IsFirewallSublayer(l->key);
  return n;
}

TEST(Firewall, AddsItsFilterAndRemovesItOnClose) {
  TestEmulator emu;
  WfpControl bfe(emu);
  HANDLE engine = nullptr;
  UINT64 id = 0;
  ASSERT_THAT(BlockOutboundSmb(&engine, &id), Win32Succeeds());
  EXPECT_NE(id, 0u);
  EXPECT_EQ(CountFilter(bfe, id), 1);
  EXPECT_EQ(CountFirewallSublayers(bfe), 1);
  ASSERT_EQ(bfe.Sessions().size(), 1u);
  EXPECT_TRUE(bfe.Sessions()[0].dynamic);

  EXPECT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
  // A dynamic session's objects go with it.
  EXPECT_EQ(CountFilter(bfe, id), 0);
  EXPECT_EQ(CountFirewallSublayers(bfe), 0);
  emu.ExpectNoLeaks();
}

TEST(Firewall, SessionLeftOpenIsALeak) {
  TestEmulator emu;
  HANDLE engine = nullptr;
  UINT64 id = 0;
  ASSERT_THAT(BlockOutboundSmb(&engine, &id), Win32Succeeds());
  EXPECT_FALSE(emu.Leaks().empty());
  EXPECT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
  EXPECT_TRUE(emu.Leaks().empty()) << emu.Leaks().ToString();
}

TEST(Firewall, FailedFilterAddAbortsTheTransactionAndCloses) {
  TestEmulator emu;
  WfpControl bfe(emu);
  ASSERT_TRUE(emu.faults()
                  .Add({.api = "FwpmFilterAdd0",
                        .nth = 1,
                        .code = static_cast<uint32_t>(FWP_E_TIMEOUT)})
                  .ok());
  HANDLE engine = nullptr;
  UINT64 id = 0;
  EXPECT_THAT(BlockOutboundSmb(&engine, &id), Win32FailsWith(FWP_E_TIMEOUT));
  EXPECT_EQ(engine, nullptr);
  EXPECT_TRUE(bfe.Sessions().empty());
  EXPECT_EQ(CountFirewallSublayers(bfe), 0);  // the sublayer add rolled back
  emu.ExpectNoLeaks();
}

// Every DLL's export table is linked, also those the client never calls, so
// a test can inject faults anywhere.
TEST(Firewall, EveryExportTableIsLinked) {
  TestEmulator emu;
  for (const char *api :
       {"CloseHandle", "WFDOpenHandle", "FltSendMessage",
        "FilterConnectCommunicationPort", "FwpmEngineOpen0"}) {
    const auto added = emu.faults().Add(
        {.api = api, .nth = 1, .code = FaultRule::kAnyDocumented});
    EXPECT_TRUE(added.ok()) << api << ": " << added.status();
  }
}

}  // namespace
