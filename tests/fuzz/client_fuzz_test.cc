// Copyright winemu authors.
//
// ClientFuzzer: each kind of decision the bytes make, the work queue's
// chosen-order pump, and the end-to-end promise: over a fixed, generated set
// of inputs it finds the seeded bug of the buggy firewall client and nothing
// in the demo's firewall client.
#include "emu/testing/client_fuzz.h"

#include <fltKernel.h>
#include <fltUser.h>
#include <fwpmu.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/time/time.h"
#include "emu/core/api_info.h"
#include "gtest/gtest.h"

extern "C" int WfpExample(void);
extern "C" int FuzzBuggyFirewall(void);

namespace winemu::testing {
namespace {

using Bytes = std::vector<uint8_t>;

ClientFuzzOptions Recording(std::vector<ClientFuzzFinding>* findings) {
  ClientFuzzOptions options;
  options.on_finding = [findings](const ClientFuzzFinding& f) {
    findings->push_back(f);
  };
  return options;
}

bool RunFuzz(const Bytes& bytes, const std::function<void()>& client,
             std::vector<ClientFuzzFinding>* findings, bool cut_pages = false) {
  ClientFuzzOptions options = Recording(findings);
  options.cut_enumeration_pages = cut_pages;
  ClientFuzzer fuzz(bytes.data(), bytes.size(), std::move(options));
  return fuzz.Run(client);
}

HANDLE OpenEngine() {
  HANDLE engine = NULL;
  FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, NULL, &engine);
  return engine;
}

TEST(FuzzBytes, ReadsFrontToBackThenZeros) {
  const uint8_t data[] = {7, 200, 9};
  FuzzBytes bytes(data, sizeof(data));
  EXPECT_EQ(bytes.Byte(), 7);
  EXPECT_EQ(bytes.Below(1), 0u);  // reads nothing
  EXPECT_EQ(bytes.Below(3), 200u % 3);
  EXPECT_EQ(bytes.Byte(), 9);
  EXPECT_EQ(bytes.Byte(), 0);
  EXPECT_EQ(bytes.consumed(), 3u);
}

TEST(WorkQueueRunDue, RunsTheChosenDueTaskOnly) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  std::string ran;
  for (char c : std::string("abc")) {
    emu.queue().Post(std::string(1, c), [&ran, c] { ran += c; });
  }
  emu.queue().Post(
      "later", [&ran] { ran += 'L'; }, absl::Seconds(1));
  EXPECT_EQ(emu.queue().due(), 3u);
  EXPECT_FALSE(emu.queue().RunDue(3));  // "later" is not due
  EXPECT_TRUE(emu.queue().RunDue(2));
  EXPECT_TRUE(emu.queue().RunDue(0));
  EXPECT_EQ(ran, "ca");
  EXPECT_EQ(emu.queue().due(), 1u);
  emu.clock().Advance(absl::Seconds(1));
  EXPECT_EQ(emu.queue().RunUntilIdle(), 2u);
  EXPECT_EQ(ran, "cabL");
}

TEST(ClientFuzzer, FailByteFailsTheCallWithEachListedCode) {
  const ApiInfo* api = FindApi("FwpmEngineOpen0");
  ASSERT_NE(api, nullptr);
  ASSERT_NE(api->codes, nullptr);
  ASSERT_GT(api->codes->count, 0u);
  for (size_t k = 0; k < api->codes->count; ++k) {
    std::vector<ClientFuzzFinding> findings;
    DWORD rc = 0;
    HANDLE engine = NULL;
    RunFuzz(
        {kFail, static_cast<uint8_t>(k)},
        [&] {
          rc = FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, NULL, &engine);
          if (rc == ERROR_SUCCESS) FwpmEngineClose0(engine);
        },
        &findings);
    const uint32_t listed = api->codes->code(k);
    EXPECT_EQ(rc, listed != 0 ? listed : api->sweep_code) << k;
    EXPECT_TRUE(findings.empty()) << findings[0].ToString();
  }
}

TEST(ClientFuzzer, ReleasesNeverFail) {
  std::vector<ClientFuzzFinding> findings;
  DWORD rc = 1;
  // Every call gets the fail bit; the close must still close.
  const bool clean = RunFuzz(
      {0, kFail, 0, kFail, 0},
      [&] {
        HANDLE engine = OpenEngine();
        rc = FwpmEngineClose0(engine);
      },
      &findings);
  EXPECT_EQ(rc, ERROR_SUCCESS);
  EXPECT_TRUE(clean);
  EXPECT_FALSE(ClientFuzzer::MayFailByDefault(*FindApi("CloseHandle")));
  EXPECT_FALSE(ClientFuzzer::MayFailByDefault(*FindApi("FwpmFreeMemory0")));
  EXPECT_TRUE(ClientFuzzer::MayFailByDefault(*FindApi("FwpmFilterAdd0")));
}

// Reads two pages of 3 from an enumeration of three sessions.
std::vector<UINT32> TwoPagesOfThree(const Bytes& input, bool cut_pages,
                                    std::vector<ClientFuzzFinding>* findings) {
  std::vector<UINT32> pages;
  RunFuzz(
      input,
      [&] {
        HANDLE engines[3] = {OpenEngine(), OpenEngine(), OpenEngine()};
        HANDLE e = NULL;
        FwpmSessionCreateEnumHandle0(engines[0], NULL, &e);
        for (int i = 0; i < 2; ++i) {
          FWPM_SESSION0** sessions = NULL;
          UINT32 n = 0;
          FwpmSessionEnum0(engines[0], e, 3, &sessions, &n);
          pages.push_back(n);
          FwpmFreeMemory0((void**)&sessions);
        }
        FwpmSessionDestroyEnumHandle0(engines[0], e);
        for (HANDLE h : engines) FwpmEngineClose0(h);
      },
      findings, cut_pages);
  return pages;
}

// Calls: 3 opens, create, enum (+ page byte 2: cut to 2 of 3), free,
// enum (+ page byte 0: uncut), free, destroy, 3 closes.
const Bytes kCutSecondPage = {0, 0, 0, 0, 0, 2, 0, 0, 0};

TEST(ClientFuzzer, PageCutsGiveShortPagesThatContinue) {
  std::vector<ClientFuzzFinding> findings;
  EXPECT_EQ(TwoPagesOfThree(kCutSecondPage, true, &findings),
            (std::vector<UINT32>{2, 1}));
  EXPECT_TRUE(findings.empty());
}

TEST(ClientFuzzer, PagesAreNotCutByDefault) {
  std::vector<ClientFuzzFinding> findings;
  EXPECT_EQ(TwoPagesOfThree(kCutSecondPage, false, &findings),
            (std::vector<UINT32>{3, 0}));
  EXPECT_TRUE(findings.empty());
}

TEST(ClientFuzzer, CompletionOrderIsChosenByTheBytes) {
  std::vector<ClientFuzzFinding> findings;
  // Before the open: run one completion (count byte 0), the third due.
  const Bytes input = {kRunSome, 0, 2};
  ClientFuzzer fuzz(input.data(), input.size(), Recording(&findings));
  std::string ran;
  for (char c : std::string("abc")) {
    fuzz.emulator().queue().Post(std::string(1, c), [&ran, c] { ran += c; });
  }
  std::string seen_by_client;
  fuzz.Run([&] {
    HANDLE engine = OpenEngine();
    seen_by_client = ran;
    FwpmEngineClose0(engine);
  });
  EXPECT_EQ(seen_by_client, "c");
  EXPECT_EQ(ran, "cab");  // the rest after the client returned
  EXPECT_TRUE(findings.empty());
}

TEST(ClientFuzzer, AdvanceMovesTheVirtualClock) {
  std::vector<ClientFuzzFinding> findings;
  const Bytes input = {kAdvance, 7};  // the largest step
  ClientFuzzer fuzz(input.data(), input.size(), Recording(&findings));
  const absl::Time start = fuzz.emulator().clock().Now();
  bool timer_fired_before_close = false;
  bool timer_fired = false;
  fuzz.emulator().queue().Post(
      "timer", [&] { timer_fired = true; }, absl::Hours(1));
  fuzz.Run([&] {
    HANDLE engine = OpenEngine();
    timer_fired_before_close = timer_fired;
    FwpmEngineClose0(engine);
  });
  EXPECT_EQ(fuzz.emulator().clock().Now() - start,
            absl::Hours(1) + absl::Seconds(1));
  EXPECT_FALSE(timer_fired_before_close);  // due, but nothing ran it yet
  EXPECT_TRUE(timer_fired);                // the drain after the client
  EXPECT_TRUE(findings.empty());
}

// A minifilter with one port, whose DisconnectNotify closes the client port
// (driver code), and a service that sends it two messages.
struct Minifilter {
  DRIVER_OBJECT driver = {};
  PFLT_FILTER filter = NULL;
  PFLT_PORT server = NULL;
  PFLT_PORT client = NULL;
  int disconnects = 0;
};
Minifilter* g_mf = nullptr;

NTSTATUS FLTAPI OnConnect(PFLT_PORT client, PVOID, PVOID, ULONG, PVOID*) {
  g_mf->client = client;
  return STATUS_SUCCESS;
}
VOID FLTAPI OnDisconnect(PVOID) {
  ++g_mf->disconnects;
  FltCloseClientPort(g_mf->filter, &g_mf->client);
}
NTSTATUS FLTAPI OnMessage(PVOID, PVOID, ULONG, PVOID, ULONG, PULONG returned) {
  *returned = 0;
  return STATUS_SUCCESS;
}

std::vector<HRESULT> MinifilterAndService(Minifilter& mf) {
  g_mf = &mf;
  std::vector<HRESULT> sends;
  FLT_REGISTRATION reg = {};
  reg.Size = sizeof(reg);
  reg.Version = FLT_REGISTRATION_VERSION;
  if (!NT_SUCCESS(FltRegisterFilter(&mf.driver, &reg, &mf.filter))) {
    return sends;
  }
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\FuzzPort");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  if (NT_SUCCESS(FltCreateCommunicationPort(mf.filter, &mf.server, &oa, NULL,
                                            OnConnect, OnDisconnect, OnMessage,
                                            1))) {
    HANDLE port = NULL;
    if (SUCCEEDED(FilterConnectCommunicationPort(L"\\FuzzPort", 0, NULL, 0,
                                                 NULL, &port))) {
      char in[4] = "hi", out[4];
      DWORD n = 0;
      for (int i = 0; i < 2; ++i) {
        sends.push_back(FilterSendMessage(port, in, 3, out, 4, &n));
      }
      CloseHandle(port);
    }
    FltCloseCommunicationPort(mf.server);
  }
  FltUnregisterFilter(mf.filter);
  return sends;
}

TEST(ClientFuzzer, DisconnectEndsTheConnectionTheFltMgrWay) {
  std::vector<ClientFuzzFinding> findings;
  Minifilter mf;
  std::vector<HRESULT> sends;
  // Every call asks for a disconnect; the first one with a live connection
  // is the first FilterSendMessage.
  RunFuzz(
      Bytes(32, kDisconnect), [&] { sends = MinifilterAndService(mf); },
      &findings);
  ASSERT_EQ(sends.size(), 2u);
  EXPECT_TRUE(FAILED(sends[0]));
  EXPECT_TRUE(FAILED(sends[1]));
  EXPECT_EQ(mf.disconnects, 1);  // DisconnectNotify ran, once
  EXPECT_EQ(mf.client, nullptr);
  EXPECT_TRUE(findings.empty()) << findings[0].ToString();

  // Without the bytes both sends reach MessageNotify.
  Minifilter plain;
  RunFuzz(
      {}, [&] { sends = MinifilterAndService(plain); }, &findings);
  EXPECT_EQ(sends, (std::vector<HRESULT>{S_OK, S_OK}));
  EXPECT_EQ(plain.disconnects, 1);  // at CloseHandle
  EXPECT_TRUE(findings.empty());
}

TEST(ClientFuzzerDeathTest, DefaultHookPrintsAndAborts) {
  // Calls: open, begin, provider add, filter add (fails, code byte 0).
  const Bytes input = {0, 0, 0, kFail, 0};
  EXPECT_DEATH(
      {
        ClientFuzzer fuzz(input.data(), input.size());
        fuzz.Run([] { FuzzBuggyFirewall(); });
      },
      "open or unfreed when the client returned");
}

// The first `count` inputs of a fixed generator: 0 to 24 random bytes.
std::vector<Bytes> GeneratedInputs(int count) {
  std::mt19937 gen(20261206);
  std::vector<Bytes> inputs;
  for (int i = 0; i < count; ++i) {
    Bytes b(gen() % 25);
    for (auto& byte : b) byte = static_cast<uint8_t>(gen());
    inputs.push_back(std::move(b));
  }
  return inputs;
}

TEST(ClientFuzzer, FindsTheSeededBugOnGeneratedInputs) {
  std::vector<ClientFuzzFinding> findings;
  for (const Bytes& input : GeneratedInputs(400)) {
    RunFuzz(
        input, [] { FuzzBuggyFirewall(); }, &findings);
  }
  ASSERT_FALSE(findings.empty());
  int injected = 0;
  for (const ClientFuzzFinding& f : findings) {
    // Always the seeded bug: the session leaked after FwpmFilterAdd0 failed,
    // either injected or for real (the clock passed the one-hour
    // transaction limit: FWP_E_TXN_ABORTED).
    EXPECT_TRUE(f.misuse.empty()) << f.ToString();
    ASSERT_EQ(f.leaks_at_return.handles.size(), 1u) << f.ToString();
    EXPECT_TRUE(absl::StrContains(f.leaks_at_return.ToString(),
                                  "from FwpmEngineOpen0"));
    EXPECT_TRUE(f.leaks_after_exit.empty()) << f.ToString();
    bool filter_add_failed = false;
    for (const std::string& d : f.decisions) {
      if (absl::StrContains(d, "FwpmFilterAdd0 fails")) {
        filter_add_failed = true;
        ++injected;
      }
    }
    for (absl::string_view line : absl::StrSplit(f.trace, '\n')) {
      if (absl::StrContains(line, "FwpmFilterAdd0(") &&
          !absl::EndsWith(line, "-> 0")) {
        filter_add_failed = true;
      }
    }
    EXPECT_TRUE(filter_add_failed) << f.ToString();
  }
  EXPECT_GT(injected, 0);
  std::printf("seeded bug found by %zu of 400 inputs (%d injected)\n",
              findings.size(), injected);
}

TEST(ClientFuzzer, FindsNothingInTheExampleClientOnGeneratedInputs) {
  std::vector<ClientFuzzFinding> findings;
  for (const Bytes& input : GeneratedInputs(400)) {
    RunFuzz(
        input, [] { WfpExample(); }, &findings);
  }
  EXPECT_TRUE(findings.empty()) << findings[0].ToString();
}

}  // namespace
}  // namespace winemu::testing
