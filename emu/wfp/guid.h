// Copyright winemu authors.
//
// guid.h: the engine's GUID value (the same 16 bytes as a Windows GUID, with
// no Windows types), hashable and printable.
//
//   Guid key = generator.Next();
//   if (key.IsZero()) ...
//   absl::flat_hash_map<Guid, int> by_key;
#ifndef WINEMU_EMU_WFP_GUID_H_
#define WINEMU_EMU_WFP_GUID_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "absl/strings/str_format.h"

namespace winemu::wfp {

struct Guid {
  uint32_t data1 = 0;
  uint16_t data2 = 0;
  uint16_t data3 = 0;
  uint8_t data4[8] = {0, 0, 0, 0, 0, 0, 0, 0};

  bool IsZero() const { return *this == Guid(); }

  friend bool operator==(const Guid& a, const Guid& b) {
    return a.data1 == b.data1 && a.data2 == b.data2 && a.data3 == b.data3 &&
           std::memcmp(a.data4, b.data4, sizeof(a.data4)) == 0;
  }
  friend bool operator!=(const Guid& a, const Guid& b) { return !(a == b); }

  template <typename H>
  friend H AbslHashValue(H h, const Guid& g) {
    uint64_t tail;
    std::memcpy(&tail, g.data4, sizeof(tail));
    return H::combine(std::move(h), g.data1, g.data2, g.data3, tail);
  }

  // Registry form, upper case: {C86FD1BF-21CD-497E-A0BB-17425C885C58}.
  std::string ToString() const {
    return absl::StrFormat("{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                           data1, data2, data3, data4[0], data4[1], data4[2],
                           data4[3], data4[4], data4[5], data4[6], data4[7]);
  }
};

static_assert(sizeof(Guid) == 16, "Guid must have the Windows GUID layout");

// Random (version 4) GUIDs from a seeded generator, so a deterministic
// emulator hands out the same keys on every run. SplitMix64: a few
// instructions per key (a Mersenne twister cost as much as a hash-map
// insert on every session open).
class GuidGenerator {
 public:
  explicit GuidGenerator(uint64_t seed) : state_(seed) {}
  Guid Next() {
    Guid g;
    const uint64_t a = Mix();
    const uint64_t b = Mix();
    g.data1 = static_cast<uint32_t>(a);
    g.data2 = static_cast<uint16_t>(a >> 32);
    g.data3 = static_cast<uint16_t>(((a >> 48) & 0x0FFF) | 0x4000);
    std::memcpy(g.data4, &b, sizeof(b));
    g.data4[0] = static_cast<uint8_t>((g.data4[0] & 0x3F) | 0x80);
    return g;
  }

 private:
  uint64_t Mix() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  uint64_t state_;
};

}  // namespace winemu::wfp

#endif  // WINEMU_EMU_WFP_GUID_H_
