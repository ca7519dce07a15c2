// Copyright winemu authors.
#include "tools/coverage/coverage_table.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "emu/core/api_info.h"

namespace winemu::tools {

std::string CoverageMarkdown() {
  auto tables = ExportRegistry::Tables();
  std::sort(tables.begin(), tables.end(),
            [](const auto& a, const auto& b) {
              return std::string(a.dll) < std::string(b.dll);
            });
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
