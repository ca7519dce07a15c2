// Copyright winemu authors.
#include "emu/core/api_info.h"

#include <cstring>

#include "emu/core/mutex.h"

namespace winemu {
namespace {

struct Registry {
  Mutex mu;
  std::vector<ExportRegistry::Table> tables ABSL_GUARDED_BY(mu);
};

Registry& GetRegistry() {
  static Registry* registry = new Registry;  // never destroyed: used at exit
  return *registry;
}

}  // namespace

const CodeSet kNoCodes = {nullptr, 0, kNoClass};

bool CodeSet::Contains(uint32_t c) const {
  if (c == 0) return true;
  for (size_t i = 0; i < count; ++i) {
    if (code(i) == c) return true;
  }
  if ((classes & kAnyFwpError) && (c & 0xFFFF0000u) == 0x80320000u) {
    return true;
  }
  if ((classes & kAnyRpcError) && c >= 1700 && c <= 1999) return true;
  return false;
}

const ApiInfo* FindApi(const char* name) {
  Registry& r = GetRegistry();
  MutexLock lock(&r.mu);
  for (const ExportRegistry::Table& t : r.tables) {
    for (const ApiInfo* row : t.rows) {
      if (std::strcmp(row->name, name) == 0) return row;
    }
  }
  return nullptr;
}

const char* SupportName(Support support) {
  switch (support) {
    case Support::kSupported:
      return "supported";
    case Support::kPartial:
      return "partial";
    case Support::kUnsupported:
      return "unsupported";
  }
  return "?";
}

void ExportRegistry::Register(const char* dll, const ApiInfo* const* rows,
                              int count) {
  Registry& r = GetRegistry();
  MutexLock lock(&r.mu);
  r.tables.push_back(
      Table{dll, std::vector<const ApiInfo*>(rows, rows + count)});
}

std::vector<ExportRegistry::Table> ExportRegistry::Tables() {
  Registry& r = GetRegistry();
  MutexLock lock(&r.mu);
  return r.tables;
}

}  // namespace winemu
