// Copyright winemu authors.
//
// Prints the coverage table: every emulated entry point with its support
// level and note.
#include <cstdio>

#include "tools/coverage/coverage_table.h"

int main() {
  std::fputs(winemu::tools::CoverageMarkdown().c_str(), stdout);
  return 0;
}
