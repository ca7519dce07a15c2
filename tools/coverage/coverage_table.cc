// Copyright winemu authors.
#include "tools/coverage/coverage_table.h"

#include <algorithm>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "emu/core/api_info.h"

namespace winemu::tools {

std::string CoverageMarkdown() {
  auto tables = ExportRegistry::Tables();
  // Static-initialisation order differs between binaries: sort by DLL, then
  // (for a DLL with several tables) by each table's first entry point.
  auto key = [](const ExportRegistry::Table& t) {
    return std::make_pair(std::string(t.dll),
                          std::string(t.rows.empty() ? "" : t.rows[0]->name));
  };
  std::sort(tables.begin(), tables.end(),
            [&](const auto& a, const auto& b) { return key(a) < key(b); });
  std::string out =
      "| DLL | entry point | support | note |\n| --- | --- | --- | --- |\n";
  for (const auto& table : tables) {
    for (const ApiInfo* row : table.rows) {
      absl::StrAppend(&out, "| ", table.dll, " | `", row->name, "` | ",
                      SupportName(row->support), " | ",
                      absl::StrReplaceAll(row->note, {{"|", "\\|"}}), " |\n");
    }
  }
  return out;
}

}  // namespace winemu::tools
