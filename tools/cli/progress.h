// Copyright winemu authors.
//
// progress.h: "replayed 120/500 inputs" on stderr, for work that takes more
// than a second. Quick work prints nothing; slow work prints at most two
// updates a second and a final line.
#ifndef WINEMU_TOOLS_CLI_PROGRESS_H_
#define WINEMU_TOOLS_CLI_PROGRESS_H_

#include <functional>
#include <string>

#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace winemu::cli {

class Progress {
 public:
  // `verb` completes "<verb> 3/10 <noun>". `now` is for tests.
  Progress(
      std::string verb, std::string noun, int total,
      std::function<absl::Time()> now = [] { return absl::Now(); });
  ~Progress();  // prints the final count if anything was printed
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `done` of `total` finished; `what` (optional) is the current item.
  void Update(int done, const std::string& what = "");

 private:
  void Print(int done, const std::string& what);

  const std::string verb_;
  const std::string noun_;
  const int total_;
  const std::function<absl::Time()> now_;
  const absl::Time start_;
  absl::Time last_print_ = absl::InfinitePast();
  int done_ = 0;
  bool printed_ = false;
};

}  // namespace winemu::cli

#endif  // WINEMU_TOOLS_CLI_PROGRESS_H_
