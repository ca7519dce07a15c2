// Copyright winemu authors.
#include "tools/cli/progress.h"

#include <cstdio>
#include <utility>

namespace winemu::cli {

Progress::Progress(std::string verb, std::string noun, int total,
                   std::function<absl::Time()> now)
    : verb_(std::move(verb)),
      noun_(std::move(noun)),
      total_(total),
      now_(std::move(now)),
      start_(now_()) {}

Progress::~Progress() {
  if (printed_) Print(done_, "");
}

void Progress::Update(int done, const std::string& what) {
  done_ = done;
  const absl::Time now = now_();
  if (now - start_ < absl::Seconds(1)) return;
  if (now - last_print_ < absl::Milliseconds(500)) return;
  last_print_ = now;
  Print(done, what);
}

void Progress::Print(int done, const std::string& what) {
  printed_ = true;
  std::fprintf(stderr, "%s %d/%d %s%s%s\n", verb_.c_str(), done, total_,
               noun_.c_str(), what.empty() ? "" : ": ", what.c_str());
  std::fflush(stderr);
}

}  // namespace winemu::cli
