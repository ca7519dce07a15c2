// Copyright winemu authors.
//
// coverage_table.h: the export tables of every linked DLL, as the Markdown
// table README.md shows (and a test keeps in sync).
#ifndef WINEMU_TOOLS_COVERAGE_COVERAGE_TABLE_H_
#define WINEMU_TOOLS_COVERAGE_COVERAGE_TABLE_H_

#include <string>

namespace winemu::tools {

// One row per entry point: DLL, name, support level, note. Tables sorted by
// DLL and first entry point; rows in each table's order.
std::string CoverageMarkdown();

}  // namespace winemu::tools

#endif  // WINEMU_TOOLS_COVERAGE_COVERAGE_TABLE_H_
