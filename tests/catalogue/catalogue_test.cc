// Copyright winemu authors.
//
// Runs the bad-input catalogue: every row in a fresh emulator, the coverage
// check over the export tables, and the count.
#include "tests/catalogue/catalogue.h"

#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "emu/core/api_info.h"
#include "gtest/gtest.h"

namespace winemu::catalogue {
namespace {

const char* BasisName(Basis b) {
  switch (b) {
    case Basis::kDoc:
      return "DOC";
    case Basis::kObs:
      return "OBS";
    case Basis::kInf:
      return "INF";
  }
  return "?";
}

std::string Describe(const Case& c) {
  char code[16];
  std::snprintf(code, sizeof(code), "0x%08x", c.expected);
  return std::string(c.function) + "(" + c.parameter + " = " + c.bad + ") -> " +
         code + " [" + BasisName(c.basis) + "]";
}

void RunOne(const Case& c) {
  SCOPED_TRACE(Describe(c));
  testing::TestEmulatorOptions options;
  options.verifier_policy = VerifierPolicy::kRecord;
  testing::TestEmulator emu(options);
  uint32_t code = 0;
  bool called = false, changes = false;
  std::string before, after;
  {
    Ctx ctx(emu);
    code = c.run(ctx);
    called = ctx.called();
    changes = ctx.changes_state();
    before = ctx.before();
    after = ctx.after();
  }
  emu.queue().RunUntilIdle();
  ASSERT_TRUE(called) << "the row never made its bad call through Ctx::Call";
  EXPECT_EQ(code, c.expected) << std::hex << "got 0x" << code;
  if (!changes) {
    EXPECT_EQ(after, before) << "the bad call changed the machine's state";
  }
  if (c.report == Report::kNamed) {
    bool named = false;
    for (const VerifierReport& r : emu.verifier().reports()) {
      if (r.function == c.function) named = true;
    }
    EXPECT_TRUE(named) << "no verifier report names " << c.function;
  }
  const LeakReport leaks = emu.Leaks();
  EXPECT_TRUE(leaks.empty()) << leaks.ToString();
}

void RunFamily(std::vector<Case> (*family)()) {
  for (const Case& c : family()) RunOne(c);
}

TEST(BadInputCatalogue, WfpEngine) { RunFamily(WfpCases); }
TEST(BadInputCatalogue, WfpObjects) { RunFamily(WfpObjectCases); }
TEST(BadInputCatalogue, FltMgrKernel) { RunFamily(FltMgrCases); }
TEST(BadInputCatalogue, FltMgrFiles) { RunFamily(FltFileCases); }
TEST(BadInputCatalogue, Ntoskrnl) { RunFamily(NtoskrnlCases); }
TEST(BadInputCatalogue, FltLibUser) { RunFamily(FltLibCases); }
TEST(BadInputCatalogue, WlanApi) { RunFamily(WlanApiCases); }
TEST(BadInputCatalogue, Kernel32) { RunFamily(Kernel32Cases); }

// A new entry point without a row fails here.
TEST(BadInputCatalogue, EveryExportedEntryPointHasARow) {
  std::set<std::string> covered;
  for (const Case& c : AllCases()) covered.insert(c.function);
  int exports = 0;
  for (const auto& table : ExportRegistry::Tables()) {
    for (const ApiInfo* row : table.rows) {
      ++exports;
      EXPECT_TRUE(covered.count(row->name))
          << table.dll << "!" << row->name << " has no bad-input row";
    }
  }
  EXPECT_GT(exports, 90);
  // Every row names an exported entry point (no typos).
  std::set<std::string> exported;
  for (const auto& table : ExportRegistry::Tables()) {
    for (const ApiInfo* row : table.rows) exported.insert(row->name);
  }
  for (const std::string& name : covered) {
    EXPECT_TRUE(exported.count(name)) << name << " is not exported";
  }
}

// Unsupported entry points fail loudly: a row expecting the verifier to
// name them.
TEST(BadInputCatalogue, UnsupportedEntryPointsAreReportedAsUnmodelled) {
  std::set<std::string> named;
  for (const Case& c : AllCases()) {
    if (c.report == Report::kNamed) named.insert(c.function);
  }
  for (const auto& table : ExportRegistry::Tables()) {
    for (const ApiInfo* row : table.rows) {
      if (row->support != Support::kUnsupported) continue;
      EXPECT_TRUE(named.count(row->name))
          << row->name << " is unsupported but no row checks its report";
    }
  }
}

TEST(BadInputCatalogue, Count) {
  const std::vector<Case> all = AllCases();
  std::set<std::string> functions;
  std::map<Basis, int> by_basis;
  for (const Case& c : all) {
    functions.insert(c.function);
    ++by_basis[c.basis];
  }
  size_t exported = 0;
  for (const auto& table : ExportRegistry::Tables()) {
    exported += table.rows.size();
  }
  std::printf(
      "bad-input catalogue: %zu cases across %zu functions "
      "(of %zu exported; DOC %d, OBS %d, INF %d)\n",
      all.size(), functions.size(), exported, by_basis[Basis::kDoc],
      by_basis[Basis::kObs], by_basis[Basis::kInf]);
  EXPECT_GT(all.size(), functions.size());
}

}  // namespace
}  // namespace winemu::catalogue
