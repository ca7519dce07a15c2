// Copyright winemu authors.
#include "tools/cli/coverage.h"

#include <algorithm>
#include <map>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "emu/core/api_info.h"

namespace winemu::cli {

bool CoverageText(const std::string& dll, std::string* out) {
  // DLL -> rows, in each table's order (tables sorted by first entry point).
  std::vector<ExportRegistry::Table> tables = ExportRegistry::Tables();
  std::sort(tables.begin(), tables.end(), [](const auto& a, const auto& b) {
    const std::string ka = a.rows.empty() ? "" : a.rows[0]->name;
    const std::string kb = b.rows.empty() ? "" : b.rows[0]->name;
    return std::make_pair(std::string(a.dll), ka) <
           std::make_pair(std::string(b.dll), kb);
  });
  std::map<std::string, std::vector<const ApiInfo*>> by_dll;
  for (const auto& t : tables) {
    if (!dll.empty() &&
        absl::AsciiStrToLower(t.dll) != absl::AsciiStrToLower(dll)) {
      continue;
    }
    auto& rows = by_dll[t.dll];
    rows.insert(rows.end(), t.rows.begin(), t.rows.end());
  }
  if (by_dll.empty()) return false;
  int total[3] = {0, 0, 0};
  for (const auto& [name, rows] : by_dll) {
    size_t width = 0;
    int counts[3] = {0, 0, 0};
    for (const ApiInfo* r : rows) {
      width = std::max(width, std::string(r->name).size());
      ++counts[static_cast<int>(r->support)];
    }
    absl::StrAppendFormat(out,
                          "%s.dll: %d entry points (%d supported, %d partial, "
                          "%d unsupported)\n",
                          name, rows.size(), counts[0], counts[1], counts[2]);
    for (const ApiInfo* r : rows) {
      absl::StrAppendFormat(out, "  %-*s  %-11s  %s\n", width, r->name,
                            SupportName(r->support), r->note);
    }
    out->append("\n");
    for (int i = 0; i < 3; ++i) total[i] += counts[i];
  }
  absl::StrAppendFormat(out,
                        "total: %d entry points (%d supported, %d partial, "
                        "%d unsupported)\n",
                        total[0] + total[1] + total[2], total[0], total[1],
                        total[2]);
  return true;
}

}  // namespace winemu::cli
