// Copyright winemu authors.
//
// coverage.h: `winemu coverage`: every emulated entry point, its support
// level (supported / partial / unsupported) and note, per DLL.
#ifndef WINEMU_TOOLS_CLI_COVERAGE_H_
#define WINEMU_TOOLS_CLI_COVERAGE_H_

#include <string>

namespace winemu::cli {

// A text table per DLL with a summary line; `dll` empty: every DLL.
// Returns false (and prints nothing) if no DLL is called `dll`.
bool CoverageText(const std::string& dll, std::string* out);

}  // namespace winemu::cli

#endif  // WINEMU_TOOLS_CLI_COVERAGE_H_
