// Copyright winemu authors.
//
// The code name table against the headers: every code macro the headers
// define has its name in the table with the macro's value, and the printed
// form is "NAME (0x...)".
#include "emu/testing/code_names.h"

#include <fltUser.h>
#include <fwpmu.h>
#include <ntstatus.h>
#include <windows.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "absl/strings/str_format.h"
#include "gtest/gtest.h"

namespace winemu::testing {
namespace {

bool InTable(CodeFamily family, const std::string& name, uint32_t* value) {
  for (const NamedCode& c : AllCodeNames(family)) {
    if (name == c.name) {
      *value = c.code;
      return true;
    }
  }
  return false;
}

// Each "#define NAME <literal>" (possibly through a cast) of `prefix` in a
// header, with its value.
std::vector<std::pair<std::string, uint32_t>> HeaderCodes(
    const std::string& header, const std::regex& names) {
  std::ifstream in("api/include/" + header);
  EXPECT_TRUE(in.good()) << header;
  std::vector<std::pair<std::string, uint32_t>> out;
  const std::regex define(
      R"(^#define ([A-Z][A-Z0-9_]*)\s+(?:\(\(NTSTATUS\)|_HRESULT_TYPEDEF_\(|\(\(HRESULT\))?\s*(0x[0-9A-Fa-f]+|[0-9]+)L?\)*\s*$)");
  std::string line;
  std::string pending;
  while (std::getline(in, line)) {
    // Joins a continued definition.
    if (!line.empty() && line.back() == '\\') {
      pending += line.substr(0, line.size() - 1);
      continue;
    }
    line = pending + line;
    pending.clear();
    std::smatch m;
    if (!std::regex_match(line, m, define)) continue;
    if (!std::regex_match(m[1].str(), names)) continue;
    out.emplace_back(m[1].str(), static_cast<uint32_t>(std::strtoul(
                                     m[2].str().c_str(), nullptr, 0)));
  }
  return out;
}

void ExpectAllNamed(CodeFamily family, const std::string& header,
                    const std::string& names, size_t at_least) {
  const auto codes = HeaderCodes(header, std::regex(names));
  EXPECT_GE(codes.size(), at_least) << header << " parsed too little";
  for (const auto& [name, value] : codes) {
    uint32_t in_table = 0;
    ASSERT_TRUE(InTable(family, name, &in_table))
        << name << " of " << header << " has no entry";
    EXPECT_EQ(in_table, value) << name;
    EXPECT_FALSE(CodeName(family, value).empty()) << name;
  }
}

TEST(CodeNamesTest, EveryWin32CodeOfWinerrorHIsNamed) {
  ExpectAllNamed(CodeFamily::kWin32, "winerror.h",
                 "(ERROR_(?!FLT_).*|RPC_S_.*|RPC_X_.*|EPT_S_.*|WAIT_TIMEOUT)",
                 80);
}

TEST(CodeNamesTest, EveryHresultOfWinerrorHIsNamed) {
  ExpectAllNamed(CodeFamily::kHresult, "winerror.h",
                 "(S_OK|S_FALSE|E_.*|CO_E_.*|RPC_E_.*|FWP_E_.*)", 90);
  ExpectAllNamed(CodeFamily::kHresult, "fltWinError.h", "ERROR_FLT_.*", 25);
}

TEST(CodeNamesTest, EveryNtstatusIsNamed) {
  ExpectAllNamed(CodeFamily::kNtstatus, "ntstatus.h",
                 "(STATUS_(?!SEVERITY_).*|DBG_.*)", 150);
}

TEST(CodeNamesTest, EveryFwpErrorHasItsName) {
  // The FWP_E_* block is contiguous from 0x80320001 to
  // FWP_E_IKEEXT_NOT_RUNNING.
  for (uint32_t code = 0x80320001u;
       code <= static_cast<uint32_t>(FWP_E_IKEEXT_NOT_RUNNING); ++code) {
    EXPECT_EQ(CodeName(CodeFamily::kWin32, code).rfind("FWP_E_", 0), 0u)
        << absl::StrFormat("0x%08X", code);
  }
  EXPECT_EQ(
      CodeName(CodeFamily::kWin32, static_cast<uint32_t>(FWP_E_DROP_NOICMP)),
      "FWP_E_DROP_NOICMP");
}

TEST(CodeNamesTest, DescribesByFamily) {
  EXPECT_EQ(DescribeCode(CodeFamily::kWin32,
                         static_cast<uint32_t>(FWP_E_TXN_IN_PROGRESS)),
            "FWP_E_TXN_IN_PROGRESS (0x8032000E)");
  EXPECT_EQ(DescribeCode(CodeFamily::kWin32, ERROR_ACCESS_DENIED),
            "ERROR_ACCESS_DENIED (5)");
  EXPECT_EQ(DescribeCode(CodeFamily::kWin32, 0), "ERROR_SUCCESS (0)");
  EXPECT_EQ(DescribeCode(CodeFamily::kHresult, 0), "S_OK (0x00000000)");
  EXPECT_EQ(DescribeCode(CodeFamily::kHresult, static_cast<uint32_t>(E_HANDLE)),
            "E_HANDLE (0x80070006)");
  EXPECT_EQ(DescribeCode(CodeFamily::kHresult,
                         static_cast<uint32_t>(
                             HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND))),
            "HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) (0x80070002)");
  EXPECT_EQ(DescribeCode(CodeFamily::kNtstatus,
                         static_cast<uint32_t>(STATUS_INVALID_HANDLE)),
            "STATUS_INVALID_HANDLE (0xC0000008)");
  EXPECT_EQ(DescribeCode(CodeFamily::kNtstatus, 0),
            "STATUS_SUCCESS (0x00000000)");
  EXPECT_EQ(DescribeCode(CodeFamily::kWin32, 0xFFFF), "65535 (0xFFFF)");
  EXPECT_EQ(DescribeCode(CodeFamily::kHresult, 0x8FFF0001u), "0x8FFF0001");
}

}  // namespace
}  // namespace winemu::testing
