// Copyright winemu authors.
//
// README.md's coverage table is generated from the export tables; this test
// fails when they drift apart. Regenerate with tools/update_readme.sh.
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tools/coverage/coverage_table.h"

namespace {

TEST(ReadmeCoverage, MatchesTheExportTables) {
  std::ifstream in("README.md");
  ASSERT_TRUE(in.good()) << "README.md not in the runfiles";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string readme = buffer.str();
  const std::string begin = "<!-- coverage:begin -->\n";
  const std::string end = "<!-- coverage:end -->";
  const size_t b = readme.find(begin);
  const size_t e = readme.find(end);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(e, std::string::npos);
  EXPECT_EQ(readme.substr(b + begin.size(), e - b - begin.size()),
            winemu::tools::CoverageMarkdown())
      << "run tools/update_readme.sh";
}

}  // namespace
