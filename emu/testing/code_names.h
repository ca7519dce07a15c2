// Copyright winemu authors.
//
// code_names.h: the name of every result code winemu's headers define.
//
//   DescribeCode(CodeFamily::kWin32, 0x8032000E)
//       == "FWP_E_TXN_IN_PROGRESS (0x8032000E)"
//   DescribeCode(CodeFamily::kWin32, 5) == "ERROR_ACCESS_DENIED (5)"
//   DescribeCode(CodeFamily::kHresult, 0x80070002)
//       == "HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) (0x80070002)"
//
// Win32 results also cover the FWP_E_* HRESULTs the Fwpm* functions return
// as DWORDs. The table is built from the header macros themselves, so its
// values cannot drift; tests/unit/testing/code_names_test.cc checks that
// every code the headers define has a name here.
#ifndef WINEMU_EMU_TESTING_CODE_NAMES_H_
#define WINEMU_EMU_TESTING_CODE_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winemu::testing {

enum class CodeFamily { kWin32, kHresult, kNtstatus };

struct NamedCode {
  uint32_t code;
  const char *name;
};

// The macro name of `code` in that family; empty if the headers define none.
// HRESULT_FROM_WIN32 of a named Win32 code is named that way.
std::string CodeName(CodeFamily family, uint32_t code);

// "NAME (0x...)", or "NAME (5)" for small Win32 codes; the number alone when
// the code has no name.
std::string DescribeCode(CodeFamily family, uint32_t code);

// The whole table of one family, in header order (first name of a value
// wins when printing).
const std::vector<NamedCode> &AllCodeNames(CodeFamily family);

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_CODE_NAMES_H_
