// Copyright winemu authors.
//
// builtins.h: the objects Windows' Base Filtering Engine has before any
// client adds one: filtering layers (and the condition fields each accepts),
// condition keys (and their documented value types), built-in sublayers and
// providers. Values from the SDK's fwpmu.h.
//
//   const LayerInfo* layer = FindLayer(key);
//   if (layer == nullptr) return Status::kLayerNotFound;
//   if (!layer->Accepts(field)) return Status::kConditionNotFound;
#ifndef WINEMU_EMU_WFP_BUILTINS_H_
#define WINEMU_EMU_WFP_BUILTINS_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "emu/wfp/guid.h"

namespace winemu::wfp {

struct NamedGuid {
  const char* name;  // the SDK identifier, e.g. "FWPM_SUBLAYER_UNIVERSAL"
  Guid key;
};

struct ConditionInfo {
  const char* name;
  Guid key;
  // Documented FWP_DATA_TYPE numbers; empty = undocumented (any accepted).
  std::vector<uint32_t> types;
};

struct LayerInfo {
  const char* name;
  Guid key;
  absl::flat_hash_set<Guid> fields;
  bool Accepts(const Guid& field) const { return fields.contains(field); }
};

// Null when `key` names no filtering layer.
const LayerInfo* FindLayer(const Guid& key);
// Null when `key` names no condition field.
const ConditionInfo* FindCondition(const Guid& key);

const std::vector<NamedGuid>& BuiltinSublayers();
const std::vector<NamedGuid>& BuiltinProviders();
const std::vector<NamedGuid>& BuiltinCallouts();
const std::vector<NamedGuid>& BuiltinProviderContexts();

// Where a filter with an all-zero subLayerKey goes [INF: the universal
// sublayer, the one Windows documents as the default].
Guid DefaultSublayer();

}  // namespace winemu::wfp

#endif  // WINEMU_EMU_WFP_BUILTINS_H_
