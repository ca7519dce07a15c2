// Copyright winemu authors.
#include "emu/core/api_info.h"

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
  r.tables.push_back(Table{dll, std::vector<const ApiInfo*>(rows, rows + count)});
}

std::vector<ExportRegistry::Table> ExportRegistry::Tables() {
  Registry& r = GetRegistry();
  MutexLock lock(&r.mu);
  return r.tables;
}

}  // namespace winemu
