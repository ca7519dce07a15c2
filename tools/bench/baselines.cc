// Copyright winemu authors.
//
// The floor every winemu figure is read against, linked into every benchmark
// binary so that it runs in the same process and on the same machine state:
// a hash-map insert, lookup and erase of a heap object under a mutex, which
// is the least any emulated handle-creating call can cost.
#include <cstdint>
#include <memory>

#include "absl/container/flat_hash_map.h"
#include "benchmark/benchmark.h"
#include "emu/core/mutex.h"

namespace {

struct Payload {
  uint64_t a = 0, b = 0, c = 0, d = 0;
};

void BM_Floor_HashMapInsertLookupErase(benchmark::State& state) {
  winemu::Mutex mu;
  absl::flat_hash_map<uint64_t, std::unique_ptr<Payload>> map;
  uint64_t next = 1;
  for (auto _ : state) {
    const uint64_t key = next++;
    {
      winemu::MutexLock lock(&mu);
      map.emplace(key, std::make_unique<Payload>());
    }
    {
      winemu::MutexLock lock(&mu);
      benchmark::DoNotOptimize(map.find(key)->second.get());
    }
    {
      winemu::MutexLock lock(&mu);
      map.erase(key);
    }
  }
}
BENCHMARK(BM_Floor_HashMapInsertLookupErase);

// The same with range(0) other live entries: what a bigger table costs in
// cache misses alone, for reading figures taken with many live objects.
void BM_FloorAtSize_HashMapInsertLookupErase(benchmark::State& state) {
  winemu::Mutex mu;
  absl::flat_hash_map<uint64_t, std::unique_ptr<Payload>> map;
  uint64_t next = 1;
  for (int64_t i = 0; i < state.range(0); ++i) {
    map.emplace(next++, std::make_unique<Payload>());
  }
  uint64_t probe = 1;
  for (auto _ : state) {
    const uint64_t key = next++;
    {
      winemu::MutexLock lock(&mu);
      map.emplace(key, std::make_unique<Payload>());
    }
    {
      // An old entry, as a call on a long-lived handle would look up.
      winemu::MutexLock lock(&mu);
      benchmark::DoNotOptimize(map.find(probe)->second.get());
      probe = probe % static_cast<uint64_t>(state.range(0)) + 1;
    }
    {
      winemu::MutexLock lock(&mu);
      map.erase(key);
    }
  }
}
BENCHMARK(BM_FloorAtSize_HashMapInsertLookupErase)
    ->Arg(100)
    ->Arg(100000)
    ->ArgName("live");

}  // namespace
