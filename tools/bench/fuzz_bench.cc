// Copyright winemu authors.
//
// Fuzz-harness executions per second: one harness (linked in beside this
// file) replays its seed corpus, input after input, in an ordinary -c opt
// build (no sanitizers, no coverage instrumentation), so the figure is the
// emulator's own cost per execution. The corpus is read from the workspace
// (`bazel run` sets BUILD_WORKSPACE_DIRECTORY) or from the directory given
// as the first argument after the benchmark flags.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

#ifndef WINEMU_FUZZ_CORPUS
#error "WINEMU_FUZZ_CORPUS names the corpus directory in the workspace"
#endif

namespace {

std::vector<std::string> g_inputs;

void BM_FuzzHarness(benchmark::State& state) {
  if (g_inputs.empty()) {
    state.SkipWithError("no corpus inputs");
    return;
  }
  size_t next = 0;
  for (auto _ : state) {
    const std::string& input = g_inputs[next];
    next = next + 1 == g_inputs.size() ? 0 : next + 1;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                           input.size());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["corpus_inputs"] = static_cast<double>(g_inputs.size());
}
BENCHMARK(BM_FuzzHarness)->Unit(benchmark::kMicrosecond);

void LoadCorpus(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() &&
        entry.path().filename().string().rfind("seed", 0) == 0) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    g_inputs.emplace_back(std::istreambuf_iterator<char>(in),
                          std::istreambuf_iterator<char>());
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) {
    LoadCorpus(argv[1]);
  } else if (const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
    LoadCorpus(std::filesystem::path(ws) / WINEMU_FUZZ_CORPUS);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
