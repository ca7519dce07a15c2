// Copyright winemu authors.
//
// Each entry point's CodeSet in the export tables, and fault rules checked
// against it: a code the entry point never returns is refused unless forced,
// and kAnyDocumented picks among its codes, reproducibly.
#include <fwpmu.h>
#include <windows.h>
#include <wlanapi.h>

#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "emu/core/api_info.h"
#include "emu/core/emulator.h"
#include "emu/core/faults.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

bool OwnTable(const char* dll) {
  for (const char* d :
       {"fwpuclnt", "fltlib", "fltmgr", "ntoskrnl", "wlanapi"}) {
    if (std::strcmp(d, dll) == 0) return true;
  }
  return false;
}

TEST(CodeSetTest, EveryFamilyEntryPointRecordsItsCodes) {
  int rows = 0;
  for (const ExportRegistry::Table& table : ExportRegistry::Tables()) {
    if (!OwnTable(table.dll)) continue;
    for (const ApiInfo* api : table.rows) {
      ++rows;
      ASSERT_NE(api->codes, nullptr) << api->name;
      if (api->code_kind == CodeKind::kVoid) {
        EXPECT_EQ(api->codes->count, 0u) << api->name;
        EXPECT_EQ(api->codes->classes, 0u) << api->name;
      }
      // What a fault sweep injects is a code the entry point can return.
      if (api->sweep_code != 0) {
        EXPECT_TRUE(api->codes->Contains(api->sweep_code))
            << api->name << " sweeps with an undocumented code";
      }
    }
  }
  EXPECT_GT(rows, 60);
  ASSERT_NE(FindApi("CloseHandle"), nullptr);
  ASSERT_NE(FindApi("CloseHandle")->codes, nullptr);
}

TEST(CodeSetTest, ContainsListedCodesAndClasses) {
  const CodeSet* open = FindApi("FwpmEngineOpen0")->codes;
  EXPECT_TRUE(open->Contains(0));
  EXPECT_TRUE(open->Contains(static_cast<uint32_t>(FWP_E_ALREADY_EXISTS)));
  EXPECT_TRUE(open->Contains(static_cast<uint32_t>(FWP_E_TIMEOUT)));  // any
  EXPECT_TRUE(open->Contains(RPC_S_SERVER_UNAVAILABLE));              // RPC
  EXPECT_FALSE(open->Contains(ERROR_FILE_NOT_FOUND));
  const CodeSet* begin = FindApi("FwpmTransactionBegin0")->codes;
  EXPECT_FALSE(begin->Contains(static_cast<uint32_t>(FWP_E_NOT_FOUND)));
}

TEST(CodeSetTest, AddRefusesACodeTheEntryPointNeverReturns) {
  FaultInjector faults;
  absl::StatusOr<FaultInjector::RuleId> rule =
      faults.Add({.api = "FwpmEngineClose0", .code = ERROR_FILE_NOT_FOUND});
  ASSERT_FALSE(rule.ok());
  EXPECT_EQ(rule.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(rule.status().message()),
              HasSubstr("FwpmEngineClose0 never returns 0x2"));
  EXPECT_THAT(std::string(rule.status().message()), HasSubstr("0x6"));
  // Forced, it is accepted.
  EXPECT_TRUE(faults
                  .Add({.api = "FwpmEngineClose0",
                        .code = ERROR_FILE_NOT_FOUND,
                        .force = true})
                  .ok());
  // Documented codes are accepted as they are.
  EXPECT_TRUE(
      faults.Add({.api = "FwpmEngineClose0", .code = ERROR_INVALID_HANDLE})
          .ok());
  EXPECT_TRUE(faults
                  .Add({.api = "FwpmEngineClose0",
                        .code = static_cast<uint32_t>(FWP_E_SESSION_ABORTED)})
                  .ok());
}

TEST(CodeSetTest, AddRefusesUnknownNamesSuccessAndVoidEntryPoints) {
  FaultInjector faults;
  EXPECT_EQ(faults.Add({.api = "FwpmEngineClose", .code = 6}).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(faults.Add({.api = "FwpmEngineClose0", .code = 0}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(faults.Add({.api = "FwpmFreeMemory0", .code = 6}).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      faults.Add({.api = "FwpmFreeMemory0", .code = FaultRule::kAnyDocumented})
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(
      faults.Add({.api = "FwpmEngineClose", .code = 6, .force = true}).ok());
}

TEST(CodeSetTest, DocumentedCodesListsTheSet) {
  const std::vector<uint32_t> codes =
      FaultInjector::DocumentedCodes("FwpmTransactionCommit0");
  EXPECT_THAT(codes, Contains(static_cast<uint32_t>(FWP_E_NO_TXN_IN_PROGRESS)));
  EXPECT_THAT(codes, Contains(static_cast<uint32_t>(FWP_E_TXN_ABORTED)));
  EXPECT_THAT(codes, Not(Contains(0u)));
  EXPECT_TRUE(FaultInjector::DocumentedCodes("NoSuchEntryPoint").empty());
}

// Fails `n` calls of FwpmEngineClose0 with any documented code; returns what
// the client saw.
std::vector<DWORD> FailClosesWithAnyDocumentedCode(uint64_t seed, int n) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  EXPECT_TRUE(emu.faults()
                  .Add({.api = "FwpmEngineClose0",
                        .code = FaultRule::kAnyDocumented,
                        .times = n,
                        .seed = seed})
                  .ok());
  HANDLE engine = nullptr;
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
      static_cast<DWORD>(ERROR_SUCCESS));
  std::vector<DWORD> seen;
  for (int i = 0; i < n; ++i) seen.push_back(FwpmEngineClose0(engine));
  // The rule is spent; the session was never touched, so it closes now.
  EXPECT_EQ(FwpmEngineClose0(engine), static_cast<DWORD>(ERROR_SUCCESS));
  return seen;
}

TEST(CodeSetTest, AnyDocumentedPicksReproduciblyFromTheSet) {
  const std::vector<DWORD> a = FailClosesWithAnyDocumentedCode(7, 12);
  const std::vector<DWORD> b = FailClosesWithAnyDocumentedCode(7, 12);
  EXPECT_EQ(a, b);
  const std::vector<uint32_t> documented =
      FaultInjector::DocumentedCodes("FwpmEngineClose0");
  std::set<DWORD> distinct;
  for (DWORD code : a) {
    EXPECT_THAT(documented, Contains(code));
    distinct.insert(code);
  }
  EXPECT_EQ(distinct.size(), documented.size());  // 12 draws cover both
}

TEST(CodeSetTest, ARuleForEveryEntryPointSkipsThoseThatCannotReturnIt) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  ASSERT_TRUE(
      emu.faults().Add({.code = static_cast<uint32_t>(FWP_E_TIMEOUT)}).ok());
  HANDLE engine = nullptr;
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
      static_cast<DWORD>(FWP_E_TIMEOUT));
  // WFDOpenHandle never returns an FWP_E_* code: it runs normally.
  DWORD version = 0;
  HANDLE client = nullptr;
  EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION_1_0, &version, &client),
            static_cast<DWORD>(ERROR_SUCCESS));
  emu.faults().Clear();
  EXPECT_EQ(WFDCloseHandle(client), static_cast<DWORD>(ERROR_SUCCESS));
}

}  // namespace
}  // namespace winemu
