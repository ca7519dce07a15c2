// Copyright winemu authors.
//
// Stress: kernel threads sending with replies and user threads answering,
// while connections end every way they can: FltCloseClientPort from the
// kernel, CloseHandle from the service, and the service process exiting.
// Bounded in time; run it under tsan and asan. Afterwards nothing leaks and
// each connection saw DisconnectNotify at most once.
#include <fltKernel.h>
#include <fltUser.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/testing/test_emulator.h"
#include "gtest/gtest.h"

namespace {

constexpr int kConnections = 3;
constexpr int kSenders = 4;
constexpr int kRounds = 4;

struct StressDriver {
  DRIVER_OBJECT driver = {};
  PFLT_FILTER filter = NULL;
  PFLT_PORT server = NULL;
  PFLT_PORT slots[kConnections] = {};
  std::atomic<int> next_slot{0};
  std::atomic<int> disconnects[kConnections] = {};
} g_stress;

NTSTATUS FLTAPI Connect(PFLT_PORT client, PVOID, PVOID, ULONG, PVOID* cookie) {
  const int slot = g_stress.next_slot++ % kConnections;
  g_stress.slots[slot] = client;
  *cookie = &g_stress.slots[slot];
  return STATUS_SUCCESS;
}

VOID FLTAPI Disconnect(PVOID cookie) {
  PFLT_PORT* slot = static_cast<PFLT_PORT*>(cookie);
  ++g_stress.disconnects[slot - g_stress.slots];
  FltCloseClientPort(g_stress.filter, slot);
}

struct Msg {
  FILTER_MESSAGE_HEADER header;
  ULONG value;
};
struct Rep {
  FILTER_REPLY_HEADER header;
  ULONG value;
};

TEST(Stress, SendReplyWhileConnectionsEnd) {
  winemu::testing::TestEmulatorOptions options;
  options.mode = winemu::EmulatorMode::kThreaded;
  options.verifier_policy = winemu::VerifierPolicy::kRecord;
  options.trace = false;
  winemu::testing::TestEmulator emu(options);

  FLT_REGISTRATION r = {};
  r.Size = sizeof(r);
  r.Version = FLT_REGISTRATION_VERSION;
  ASSERT_EQ(FltRegisterFilter(&g_stress.driver, &r, &g_stress.filter),
            STATUS_SUCCESS);
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\StressPort");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  ASSERT_EQ(
      FltCreateCommunicationPort(g_stress.filter, &g_stress.server, &oa, NULL,
                                 Connect, Disconnect, NULL, kConnections),
      STATUS_SUCCESS);

  std::atomic<long> replies{0};
  std::atomic<long> answered{0};
  for (int round = 0; round < kRounds; ++round) {
    for (auto& d : g_stress.disconnects) d = 0;
    g_stress.next_slot = 0;
    winemu::Process& svc = emu.SpawnProcess({.image_name = "svc.exe"});
    HANDLE ports[kConnections];
    {
      winemu::ScopedProcess as(svc);
      for (HANDLE& port : ports) {
        ASSERT_EQ(FilterConnectCommunicationPort(L"\\StressPort", 0, NULL, 0,
                                                 NULL, &port),
                  S_OK);
      }
    }
    std::vector<std::thread> readers;
    for (HANDLE port : ports) {
      readers.emplace_back([&svc, port, &answered] {
        winemu::ScopedProcess as(svc);
        for (;;) {
          Msg m;
          if (FilterGetMessage(port, &m.header, sizeof(m), NULL) != S_OK) {
            return;
          }
          Rep rep = {};
          rep.header.MessageId = m.header.MessageId;
          rep.value = m.value + 1;
          if (SUCCEEDED(FilterReplyMessage(
                  port, &rep.header,
                  sizeof(FILTER_REPLY_HEADER) + sizeof(ULONG)))) {
            ++answered;
          }
        }
      });
    }
    std::atomic<bool> stop{false};
    std::vector<std::thread> senders;
    for (int s = 0; s < kSenders; ++s) {
      senders.emplace_back([s, &stop, &replies] {
        ULONG value = s;
        while (!stop) {
          PFLT_PORT* slot = &g_stress.slots[value % kConnections];
          ULONG reply = 0;
          ULONG reply_length = sizeof(reply);
          LARGE_INTEGER timeout;
          timeout.QuadPart = -10 * 1000 * 20;  // 20 ms
          const NTSTATUS status =
              FltSendMessage(g_stress.filter, slot, &value, sizeof(value),
                             &reply, &reply_length, &timeout);
          if (status == STATUS_SUCCESS) {
            EXPECT_EQ(reply, value + 1);
            ++replies;
          } else {
            EXPECT_TRUE(status == STATUS_TIMEOUT ||
                        status == STATUS_PORT_DISCONNECTED)
                << std::hex << status;
          }
          ++value;
        }
      });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    FltCloseClientPort(g_stress.filter, &g_stress.slots[0]);  // kernel side
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    {
      winemu::ScopedProcess as(svc);
      CloseHandle(ports[1]);  // user side
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    emu.TerminateProcess(svc.id());  // process exit closes the rest
    stop = true;
    for (auto& t : senders) t.join();
    for (auto& t : readers) t.join();
    EXPECT_EQ(g_stress.disconnects[0], 0);  // the kernel closed it first
    EXPECT_EQ(g_stress.disconnects[1], 1);
    EXPECT_EQ(g_stress.disconnects[2], 1);
    for (PFLT_PORT slot : g_stress.slots) EXPECT_EQ(slot, nullptr);
  }
  FltCloseCommunicationPort(g_stress.server);
  FltUnregisterFilter(g_stress.filter);
  EXPECT_GT(replies.load(), 0);
  EXPECT_LE(replies.load(), answered.load());
  emu.ExpectNoLeaks();
}

}  // namespace
