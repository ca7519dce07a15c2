// Copyright winemu authors.
//
// stress_util.h: what the stress tests share: a seeded random source (so a
// run's operation sequence per thread is fixed) and the operation-count
// scale, smaller under sanitizers, which slow every call down.
#ifndef WINEMU_TESTS_STRESS_STRESS_UTIL_H_
#define WINEMU_TESTS_STRESS_STRESS_UTIL_H_

#include <cstdint>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WINEMU_STRESS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define WINEMU_STRESS_SANITIZED 1
#endif
#endif

namespace winemu::stress {

#ifdef WINEMU_STRESS_SANITIZED
inline constexpr int kScale = 1;
#else
inline constexpr int kScale = 4;
#endif

// splitmix64: tiny, and the same sequence on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>(Next() % n); }
  // True with probability percent / 100.
  bool Percent(uint32_t percent) { return Below(100) < percent; }

 private:
  uint64_t state_;
};

}  // namespace winemu::stress

#endif  // WINEMU_TESTS_STRESS_STRESS_UTIL_H_
