// Copyright winemu authors.
//
// Providers, sublayers, filters and callouts: add (with validation), delete,
// get, and snapshot enumeration. See engine.h.
#include <algorithm>
#include <utility>

#include "emu/wfp/builtins.h"
#include "emu/wfp/engine.h"

namespace winemu::wfp {

// ---------------------------------------------------------------------------
// Table plumbing: which table and which part of a pending set holds R.

template <typename R>
struct TableAccess;

#define WINEMU_WFP_TABLE(R, table, member)                                \
  template <>                                                             \
  struct TableAccess<R> {                                                 \
    static VersionedTable<R>& Table(FilterEngine& e)                      \
        ABSL_NO_THREAD_SAFETY_ANALYSIS {                                  \
      return e.table;                                                     \
    }                                                                     \
    static const VersionedTable<R>& Table(const FilterEngine& e)          \
        ABSL_NO_THREAD_SAFETY_ANALYSIS {                                  \
      return e.table;                                                     \
    }                                                                     \
    static Pending<R>& Of(PendingSet& p) { return p.member; }             \
    static const Pending<R>& Of(const PendingSet& p) { return p.member; } \
  };

WINEMU_WFP_TABLE(Provider, providers_, providers)
WINEMU_WFP_TABLE(Sublayer, sublayers_, sublayers)
WINEMU_WFP_TABLE(Filter, filters_, filters)
WINEMU_WFP_TABLE(Callout, callouts_, callouts)
#undef WINEMU_WFP_TABLE

template <>
struct TableAccess<SessionInfo> {
  static VersionedTable<SessionInfo>& Table(FilterEngine& e)
      ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return e.sessions_;
  }
  static const VersionedTable<SessionInfo>& Table(const FilterEngine& e)
      ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return e.sessions_;
  }
  static const Pending<SessionInfo>& Of(const PendingSet&) {
    static const Pending<SessionInfo>* none = new Pending<SessionInfo>();
    return *none;
  }
};

namespace {

// Lifetime rules for references [DOC object-management]: an object may not
// reference one with a shorter lifetime.
Status CheckReference(const ObjectCommon& from, const ObjectCommon& to) {
  if (to.lifetime == Lifetime::kBuiltin) return Status::kOk;
  switch (from.lifetime) {
    case Lifetime::kPersistent:
      if (to.lifetime != Lifetime::kPersistent)
        return Status::kLifetimeMismatch;
      break;
    case Lifetime::kStatic:
      if (to.lifetime == Lifetime::kDynamic) return Status::kLifetimeMismatch;
      break;
    case Lifetime::kDynamic:
      if (to.lifetime == Lifetime::kDynamic &&
          to.owner_session != from.owner_session) {
        return Status::kLifetimeMismatch;
      }
      break;
    case Lifetime::kBuiltin:
      break;
  }
  return Status::kOk;
}

bool IsIntegerType(uint32_t t) {
  return t >= data_type::kUint8 && t <= data_type::kInt64;
}

// [INF, spec 4.14.7] A condition value is accepted in the field's documented
// type(s), or as a range of them; the match type must suit the value.
Status CheckCondition(const LayerInfo& layer, const Condition& c) {
  const ConditionInfo* info = FindCondition(c.field);
  if (info == nullptr || !layer.Accepts(c.field)) {
    return Status::kConditionNotFound;
  }
  auto type_ok = [&](uint32_t t) {
    return info->types.empty() ||
           std::find(info->types.begin(), info->types.end(), t) !=
               info->types.end();
  };
  if (c.value.type == data_type::kRange) {
    if (c.value.range.size() != 2 || !type_ok(c.value.range[0].type) ||
        c.value.range[0].type != c.value.range[1].type) {
      return Status::kTypeMismatch;
    }
  } else if (!type_ok(c.value.type)) {
    return Status::kTypeMismatch;
  }
  if (c.match_type >= match_type::kMax) return Status::kInvalidEnumerator;
  const bool is_range = c.value.type == data_type::kRange;
  if ((c.match_type == match_type::kRange) != is_range) {
    return Status::kMatchTypeMismatch;
  }
  if ((c.match_type == match_type::kPrefix ||
       c.match_type == match_type::kNotPrefix ||
       c.match_type == match_type::kEqualCaseInsensitive) &&
      c.value.type != data_type::kUnicodeString) {
    return Status::kMatchTypeMismatch;
  }
  if (c.match_type >= match_type::kFlagsAllSet &&
      c.match_type <= match_type::kFlagsNoneSet &&
      !IsIntegerType(c.value.type)) {
    return Status::kMatchTypeMismatch;
  }
  return Status::kOk;
}

bool ValidActionType(uint32_t t) {
  return t == kActionBlock || t == kActionPermit ||
         t == kActionCalloutTerminating || t == kActionCalloutInspection ||
         t == kActionCalloutUnknown;
}

}  // namespace

// --- views ------------------------------------------------------------------

template <typename R>
std::shared_ptr<const R> FilterEngine::Find(const Session& s,
                                            const Guid& key) const {
  if (const PendingSet* p = ViewOf(s)) {
    const Pending<R>& pending = TableAccess<R>::Of(*p);
    auto it = pending.added_by_key.find(key);
    if (it != pending.added_by_key.end()) return pending.added.at(it->second);
    if (pending.deleted.contains(key)) return nullptr;
  }
  return TableAccess<R>::Table(*this).FindLive(key);
}

template <typename R>
std::shared_ptr<const R> FilterEngine::FindById(const Session& s,
                                                uint64_t id) const {
  const PendingSet* p = ViewOf(s);
  if (p != nullptr) {
    const Pending<R>& pending = TableAccess<R>::Of(*p);
    auto it = pending.added_by_id.find(id);
    if (it != pending.added_by_id.end()) return pending.added.at(it->second);
  }
  auto rec = TableAccess<R>::Table(*this).FindLiveById(id);
  if (rec != nullptr && p != nullptr &&
      TableAccess<R>::Of(*p).deleted.contains(rec->key)) {
    return nullptr;
  }
  return rec;
}

template <typename R, typename F>
bool FilterEngine::AnyVisible(const Session& s, F pred) const {
  const PendingSet* p = ViewOf(s);
  bool found = false;
  TableAccess<R>::Table(*this).ForEachLive([&](const auto& rec) {
    if (found || !pred(*rec)) return;
    if (p != nullptr && TableAccess<R>::Of(*p).deleted.contains(rec->key)) {
      return;
    }
    found = true;
  });
  if (found || p == nullptr) return found;
  for (const auto& [ordinal, rec] : TableAccess<R>::Of(*p).added) {
    if (pred(*rec)) return true;
  }
  return false;
}

template <typename R>
void FilterEngine::StageAdd(Session& s, std::shared_ptr<const R> rec) {
  Pending<R>& pending = TableAccess<R>::Of(s.pending());
  const uint64_t ordinal = TableAccess<R>::Table(*this).NextOrdinal();
  pending.added_by_key[rec->key] = ordinal;
  if (rec->id != 0) pending.added_by_id[rec->id] = ordinal;
  pending.added[ordinal] = std::move(rec);
}

template <typename R>
void FilterEngine::StageDelete(Session& s, const R& rec) {
  Pending<R>& pending = TableAccess<R>::Of(s.pending());
  auto it = pending.added_by_key.find(rec.key);
  if (it != pending.added_by_key.end()) {
    pending.added.erase(it->second);
    if (rec.id != 0) pending.added_by_id.erase(rec.id);
    pending.added_by_key.erase(it);
    return;
  }
  pending.deleted.insert(rec.key);
  pending.deleted_order.push_back(rec.key);
}

// Key (generated when zero, else unique per object type) and lifetime.
template <typename R>
Status FilterEngine::FillCommon(Session& s, R& rec, uint32_t persistent_flag) {
  if (rec.key.IsZero()) {
    do {
      rec.key = guids_.Next();
    } while (Find<R>(s, rec.key) != nullptr);
  } else if (Find<R>(s, rec.key) != nullptr) {
    return Status::kAlreadyExists;
  }
  // [INF] Everything added through a dynamic session is dynamic, whatever
  // its own persistent flag says.
  if (s.dynamic_) {
    rec.lifetime = Lifetime::kDynamic;
    rec.owner_session = s.id_;
  } else {
    rec.lifetime = (rec.flags & persistent_flag) != 0 ? Lifetime::kPersistent
                                                      : Lifetime::kStatic;
    rec.owner_session = 0;
  }
  return Status::kOk;
}

// --- add ---------------------------------------------------------------------
// [INF] Validation order inside every Add: the transaction (read-only, lock),
// display name, flags, key, then references in the order the spec gives.

Status FilterEngine::AddProvider(Session& s, Provider p, Guid* key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (!p.name.has_value()) return Status::kNullDisplayName;
    if ((p.flags & ~(kProviderFlagPersistent | kProviderFlagDisabled)) != 0) {
      return Status::kInvalidFlags;
    }
    Status st = FillCommon(s, p, kProviderFlagPersistent);
    if (st != Status::kOk) return st;
    p.provider_key.reset();
    p.id = 0;
    *key = p.key;
    StageAdd<Provider>(s, std::make_shared<const Provider>(std::move(p)));
    return Status::kOk;
  });
}

Status FilterEngine::AddSublayer(Session& s, Sublayer l, Guid* key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (!l.name.has_value()) return Status::kNullDisplayName;
    if ((l.flags & ~kSublayerFlagPersistent) != 0) return Status::kInvalidFlags;
    Status st = FillCommon(s, l, kSublayerFlagPersistent);
    if (st != Status::kOk) return st;
    if (l.provider_key.has_value()) {
      auto provider = Find<Provider>(s, *l.provider_key);
      if (provider == nullptr) return Status::kProviderNotFound;
      st = CheckReference(l, *provider);
      if (st != Status::kOk) return st;
    }
    l.id = 0;
    *key = l.key;
    StageAdd<Sublayer>(s, std::make_shared<const Sublayer>(std::move(l)));
    return Status::kOk;
  });
}

Status FilterEngine::AddFilter(Session& s, Filter f, uint64_t* id) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (!f.name.has_value()) return Status::kNullDisplayName;
    // [DOC FWPM_FILTER0] PERSISTENT and BOOTTIME exclude each other; DISABLED
    // is output only; PERMIT_IF_CALLOUT_UNREGISTERED needs a callout action
    // that may terminate.
    if ((f.flags & ~kFilterFlagsKnown) != 0 ||
        (f.flags & kFilterFlagDisabled) != 0 ||
        ((f.flags & kFilterFlagPersistent) != 0 &&
         (f.flags & kFilterFlagBoottime) != 0) ||
        ((f.flags & kFilterFlagPermitIfCalloutUnregistered) != 0 &&
         f.action_type != kActionCalloutTerminating &&
         f.action_type != kActionCalloutUnknown)) {
      return Status::kInvalidFlags;
    }
    if (!ValidActionType(f.action_type)) return Status::kInvalidActionType;
    uint64_t range = 0;
    switch (f.weight.type) {
      case data_type::kEmpty:
        break;
      case data_type::kUint8:
        if (f.weight.scalar > 15) return Status::kInvalidWeight;
        range = f.weight.scalar;
        break;
      case data_type::kUint64:
        break;
      default:
        return Status::kInvalidWeight;
    }
    Status st = FillCommon(s, f, kFilterFlagPersistent);
    if (st != Status::kOk) return st;
    const LayerInfo* layer = FindLayer(f.layer);
    if (layer == nullptr) return Status::kLayerNotFound;
    if (f.sublayer.IsZero()) f.sublayer = DefaultSublayer();
    auto sublayer = Find<Sublayer>(s, f.sublayer);
    if (sublayer == nullptr) return Status::kSublayerNotFound;
    st = CheckReference(f, *sublayer);
    if (st != Status::kOk) return st;
    if (f.provider_key.has_value()) {
      auto provider = Find<Provider>(s, *f.provider_key);
      if (provider == nullptr) return Status::kProviderNotFound;
      st = CheckReference(f, *provider);
      if (st != Status::kOk) return st;
    }
    // Provider contexts cannot be added (FwpmProviderContextAdd* is not
    // modelled), so only the built-in ones exist; using one is unmodelled.
    if ((f.flags & kFilterFlagHasProviderContext) != 0) {
      bool builtin = false;
      for (const NamedGuid& pc : BuiltinProviderContexts()) {
        builtin = builtin || pc.key == f.provider_context_key;
      }
      return builtin ? Status::kUnmodelled : Status::kProviderContextNotFound;
    }
    if ((f.action_type & kActionFlagCallout) != 0) {
      auto callout = Find<Callout>(s, f.action_key);
      if (callout == nullptr) return Status::kCalloutNotFound;
      if (callout->applicable_layer != f.layer) {
        return Status::kIncompatibleLayer;
      }
      st = CheckReference(f, *callout);
      if (st != Status::kOk) return st;
    }
    for (const Condition& c : f.conditions) {
      st = CheckCondition(*layer, c);
      if (st != Status::kOk) return st;
    }
    // [INF] effectiveWeight: an exact FWP_UINT64 weight is kept; otherwise
    // the range index (0 for FWP_EMPTY) goes in the top 4 bits
    // (FWPM_AUTO_WEIGHT_BITS = 60) and the number of conditions below it.
    f.effective_weight = Value();
    f.effective_weight.type = data_type::kUint64;
    if (f.weight.type == data_type::kUint64) {
      f.effective_weight.scalar = f.weight.scalar;
    } else {
      const uint64_t n = std::min<uint64_t>(f.conditions.size(), 0xFFF);
      f.effective_weight.scalar = (range << 60) | (n << 48);
    }
    f.id = next_filter_id_++;
    *id = f.id;
    StageAdd<Filter>(s, std::make_shared<const Filter>(std::move(f)));
    return Status::kOk;
  });
}

Status FilterEngine::AddCallout(Session& s, Callout c, uint32_t* id) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (!c.name.has_value()) return Status::kNullDisplayName;
    if ((c.flags &
         ~(kCalloutFlagPersistent | kCalloutFlagUsesProviderContext)) != 0) {
      return Status::kInvalidFlags;
    }
    Status st = FillCommon(s, c, kCalloutFlagPersistent);
    if (st != Status::kOk) return st;
    if (FindLayer(c.applicable_layer) == nullptr) return Status::kLayerNotFound;
    if (c.provider_key.has_value()) {
      auto provider = Find<Provider>(s, *c.provider_key);
      if (provider == nullptr) return Status::kProviderNotFound;
      st = CheckReference(c, *provider);
      if (st != Status::kOk) return st;
    }
    c.id = next_callout_id_++;
    *id = static_cast<uint32_t>(c.id);
    StageAdd<Callout>(s, std::make_shared<const Callout>(std::move(c)));
    return Status::kOk;
  });
}

// --- delete ------------------------------------------------------------------

template <typename R>
bool FilterEngine::InUse(const Session& s, const R& rec) const {
  return false;
}

template <>
bool FilterEngine::InUse(const Session& s, const Provider& rec) const {
  auto names = [&](const ObjectCommon& o) {
    return o.provider_key.has_value() && *o.provider_key == rec.key;
  };
  return AnyVisible<Sublayer>(s, names) || AnyVisible<Filter>(s, names) ||
         AnyVisible<Callout>(s, names);
}

template <>
bool FilterEngine::InUse(const Session& s, const Sublayer& rec) const {
  return AnyVisible<Filter>(
      s, [&](const Filter& f) { return f.sublayer == rec.key; });
}

template <>
bool FilterEngine::InUse(const Session& s, const Callout& rec) const {
  return AnyVisible<Filter>(s, [&](const Filter& f) {
    return (f.action_type & kActionFlagCallout) != 0 && f.action_key == rec.key;
  });
}

// [INF] Order: not found, built-in, the dynamic-session rules, in use.
template <typename R>
Status FilterEngine::Delete(Session& s, std::shared_ptr<const R> rec,
                            Status not_found) {
  if (rec == nullptr) return not_found;
  if (rec->lifetime == Lifetime::kBuiltin) return Status::kBuiltinObject;
  if (s.dynamic_ && rec->owner_session != s.id_) {
    return rec->owner_session != 0 ? Status::kWrongSession
                                   : Status::kDynamicSessionInProgress;
  }
  if (InUse(s, *rec)) return Status::kInUse;
  StageDelete(s, *rec);
  return Status::kOk;
}

Status FilterEngine::DeleteProvider(Session& s, const Guid& key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, Find<Provider>(s, key), Status::kProviderNotFound);
  });
}

Status FilterEngine::DeleteSublayer(Session& s, const Guid& key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, Find<Sublayer>(s, key), Status::kSublayerNotFound);
  });
}

Status FilterEngine::DeleteFilterByKey(Session& s, const Guid& key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, Find<Filter>(s, key), Status::kFilterNotFound);
  });
}

Status FilterEngine::DeleteFilterById(Session& s, uint64_t id) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, FindById<Filter>(s, id), Status::kFilterNotFound);
  });
}

Status FilterEngine::DeleteCalloutByKey(Session& s, const Guid& key) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, Find<Callout>(s, key), Status::kCalloutNotFound);
  });
}

Status FilterEngine::DeleteCalloutById(Session& s, uint32_t id) {
  MutexLock lock(&mu_);
  return Write(s, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return Delete(s, FindById<Callout>(s, id), Status::kCalloutNotFound);
  });
}

// --- get ---------------------------------------------------------------------

template <typename R>
Status FilterEngine::Get(Session& s, std::shared_ptr<const R> rec,
                         Status not_found, std::shared_ptr<const R>* out) {
  if (rec == nullptr) return not_found;
  *out = std::move(rec);
  return Status::kOk;
}

#define WINEMU_WFP_GETTER(Method, R, Finder, KeyType, NotFound) \
  Status FilterEngine::Method(Session& s, KeyType k,            \
                              std::shared_ptr<const R>* out) {  \
    MutexLock lock(&mu_);                                       \
    Status st = ReadCheck(s);                                   \
    if (st != Status::kOk) return st;                           \
    return Get<R>(s, Finder<R>(s, k), Status::NotFound, out);   \
  }

WINEMU_WFP_GETTER(GetProvider, Provider, Find, const Guid&, kProviderNotFound)
WINEMU_WFP_GETTER(GetSublayer, Sublayer, Find, const Guid&, kSublayerNotFound)
WINEMU_WFP_GETTER(GetFilterByKey, Filter, Find, const Guid&, kFilterNotFound)
WINEMU_WFP_GETTER(GetFilterById, Filter, FindById, uint64_t, kFilterNotFound)
WINEMU_WFP_GETTER(GetCalloutByKey, Callout, Find, const Guid&, kCalloutNotFound)
WINEMU_WFP_GETTER(GetCalloutById, Callout, FindById, uint32_t, kCalloutNotFound)
#undef WINEMU_WFP_GETTER

// --- enumerations ------------------------------------------------------------

FilterEngine::Created FilterEngine::CreateSessionEnum(Session& s) {
  MutexLock lock(&mu_);
  Status st = ReadCheck(s);
  if (st != Status::kOk) return {st, nullptr};
  // [DOC FwpmSessionCreateEnumHandle0] not inside an explicit transaction.
  if (s.txn_ != Session::Txn::kNone) return {Status::kTxnInProgress, nullptr};
  auto e =
      std::make_shared<EnumHandle>(*this, EnumKind::kSession, s.id_, version_);
  snapshots_.insert(version_);
  return {Status::kOk, std::move(e)};
}

template <typename R>
FilterEngine::Created FilterEngine::CreateEnum(
    Session& s, EnumKind kind, std::function<bool(const R&)> match) {
  MutexLock lock(&mu_);
  Status st = ReadCheck(s);
  if (st != Status::kOk) return {st, nullptr};
  auto e = std::make_shared<EnumHandle>(*this, kind, s.id_, version_);
  // Inside a read/write transaction the snapshot includes the transaction's
  // own changes [DOC]: copy them (their number is bounded by the
  // transaction, not by the number of live objects).
  if (const PendingSet* p = ViewOf(s)) {
    TableAccess<R>::Of(e->overlay_) = TableAccess<R>::Of(*p);
  }
  if (match) {
    e->match_ = [match = std::move(match)](const void* r) {
      return match(*static_cast<const R*>(r));
    };
  }
  snapshots_.insert(version_);
  return {Status::kOk, std::move(e)};
}

FilterEngine::Created FilterEngine::CreateProviderEnum(Session& s) {
  return CreateEnum<Provider>(s, EnumKind::kProvider, nullptr);
}

FilterEngine::Created FilterEngine::CreateSublayerEnum(Session& s,
                                                       SublayerQuery q) {
  std::function<bool(const Sublayer&)> match;
  if (q.provider_key.has_value()) {
    match = [key = *q.provider_key](const Sublayer& l) {
      return l.provider_key.has_value() && *l.provider_key == key;
    };
  }
  return CreateEnum<Sublayer>(s, EnumKind::kSublayer, std::move(match));
}

FilterEngine::Created FilterEngine::CreateCalloutEnum(Session& s,
                                                      CalloutQuery q) {
  return CreateEnum<Callout>(s, EnumKind::kCallout, [q](const Callout& c) {
    if (q.provider_key.has_value() &&
        !(c.provider_key.has_value() && *c.provider_key == *q.provider_key)) {
      return false;
    }
    return q.layer.IsZero() || c.applicable_layer == q.layer;
  });
}

FilterEngine::Created FilterEngine::CreateFilterEnum(Session& s,
                                                     FilterQuery q) {
  if (q.enum_type > 1) return {Status::kInvalidEnumerator, nullptr};
  return CreateEnum<Filter>(s, EnumKind::kFilter, [q](const Filter& f) {
    if (q.provider_key.has_value() &&
        !(f.provider_key.has_value() && *f.provider_key == *q.provider_key)) {
      return false;
    }
    if (!q.layer.IsZero() && f.layer != q.layer) return false;
    if (q.action_mask != 0xFFFFFFFF && (f.action_type & q.action_mask) == 0) {
      return false;
    }
    if (q.callout_key.has_value() &&
        !((f.action_type & kActionFlagCallout) != 0 &&
          f.action_key == *q.callout_key)) {
      return false;
    }
    return true;
  });
}

Status FilterEngine::CheckEnumOwner(const Session& s,
                                    const EnumHandle& e) const {
  return e.session_id_ == s.id_ ? Status::kOk : Status::kInvalidHandle;
}

template <typename R>
Status FilterEngine::Next(Session& s, EnumHandle& e, uint32_t n,
                          std::vector<std::shared_ptr<const R>>* out) {
  if (n > 1) {
    PageCap cap;
    {
      MutexLock lock(&page_cap_mu_);
      cap = page_cap_;
    }
    if (cap) n = std::clamp<uint32_t>(cap(e.kind(), n), 1, n);
  }
  MutexLock lock(&mu_);
  Status st = ReadCheck(s);
  if (st != Status::kOk) return st;
  if (e.session_id_ != s.id_) return Status::kInvalidHandle;
  out->clear();
  if (n == 0) return Status::kOk;
  out->reserve(std::min<uint32_t>(n, 1024));
  const Pending<R>& overlay = TableAccess<R>::Of(e.overlay_);
  auto wanted = [&](const R& r) { return e.match_ == nullptr || e.match_(&r); };
  if (e.phase_ == 0) {
    TableAccess<R>::Table(*this).Scan(
        e.version_, e.cursor_,
        [&](uint64_t ordinal, const std::shared_ptr<const R>& rec) {
          e.cursor_ = ordinal;
          if (overlay.deleted.contains(KeyOf(*rec)) || !wanted(*rec)) {
            return true;
          }
          out->push_back(rec);
          return out->size() < n;
        });
    if (out->size() < n) {
      e.phase_ = 1;
      e.cursor_ = 0;
    }
  }
  if (e.phase_ == 1) {
    for (auto it = overlay.added.upper_bound(e.cursor_);
         it != overlay.added.end() && out->size() < n; ++it) {
      e.cursor_ = it->first;
      if (wanted(*it->second)) out->push_back(it->second);
    }
  }
  return Status::kOk;
}

void FilterEngine::set_page_cap(PageCap cap) {
  MutexLock lock(&page_cap_mu_);
  page_cap_ = std::move(cap);
}

Status FilterEngine::NextSessions(
    Session& s, EnumHandle& e, uint32_t n,
    std::vector<std::shared_ptr<const SessionInfo>>* out) {
  return Next<SessionInfo>(s, e, n, out);
}
Status FilterEngine::NextProviders(
    Session& s, EnumHandle& e, uint32_t n,
    std::vector<std::shared_ptr<const Provider>>* out) {
  return Next<Provider>(s, e, n, out);
}
Status FilterEngine::NextSublayers(
    Session& s, EnumHandle& e, uint32_t n,
    std::vector<std::shared_ptr<const Sublayer>>* out) {
  return Next<Sublayer>(s, e, n, out);
}
Status FilterEngine::NextFilters(
    Session& s, EnumHandle& e, uint32_t n,
    std::vector<std::shared_ptr<const Filter>>* out) {
  return Next<Filter>(s, e, n, out);
}
Status FilterEngine::NextCallouts(
    Session& s, EnumHandle& e, uint32_t n,
    std::vector<std::shared_ptr<const Callout>>* out) {
  return Next<Callout>(s, e, n, out);
}

}  // namespace winemu::wfp
