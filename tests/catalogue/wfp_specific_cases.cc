// Copyright winemu authors.
//
// WFP rows particular to one entry point: the members of the structures
// Add takes, ids, built-in and referenced objects, enumeration templates.
// Codes: spec wfp.md 4.10 - 4.14.7.
#include <fwpmu.h>
#include <windows.h>

#include <functional>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/wfp_util.h"

namespace winemu::catalogue::wfp_rows {
namespace {
constexpr Basis DOC = Basis::kDoc;
constexpr Basis OBS = Basis::kObs;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

using Body = std::function<uint32_t(Ctx&, HANDLE)>;
std::function<uint32_t(Ctx&)> WithEngine(Body body) {
  return [body](Ctx& c) {
    HANDLE h = Open();
    const uint32_t code = body(c, h);
    FwpmEngineClose0(h);
    return code;
  };
}

const GUID kUnknown = Key(200);

// FwpmProviderAdd0 with one member spoiled.
std::function<uint32_t(Ctx&)> BadProvider(
    std::function<void(FWPM_PROVIDER0&)> spoil, bool null_struct = false) {
  return WithEngine([=](Ctx& c, HANDLE h) {
    FWPM_PROVIDER0 p = Provider(Key(201));
    spoil(p);
    return c.Call([&] {
      return FwpmProviderAdd0(h, null_struct ? nullptr : &p, nullptr);
    });
  });
}

std::function<uint32_t(Ctx&)> BadSublayer(
    std::function<void(FWPM_SUBLAYER0&)> spoil, bool null_struct = false) {
  return WithEngine([=](Ctx& c, HANDLE h) {
    FWPM_SUBLAYER0 s = Sublayer(Key(202));
    spoil(s);
    return c.Call([&] {
      return FwpmSubLayerAdd0(h, null_struct ? nullptr : &s, nullptr);
    });
  });
}

// FwpmFilterAdd0 with one member spoiled; *id stays untouched [INF].
std::function<uint32_t(Ctx&)> BadFilter(
    std::function<void(FWPM_FILTER0&)> spoil, bool null_struct = false) {
  return WithEngine([=](Ctx& c, HANDLE h) {
    FWPM_FILTER0 f = Filter(Key(203));
    spoil(f);
    UINT64 id = 0xdeadbeef;
    const uint32_t code = c.Call([&] {
      return FwpmFilterAdd0(h, null_struct ? nullptr : &f, nullptr, &id);
    });
    EXPECT_EQ(id, 0xdeadbeefu) << "*id on failure";
    return code;
  });
}

std::function<uint32_t(Ctx&)> BadCallout(
    std::function<void(FWPM_CALLOUT0&)> spoil, bool null_struct = false) {
  return WithEngine([=](Ctx& c, HANDLE h) {
    FWPM_CALLOUT0 o = Callout(Key(204));
    spoil(o);
    UINT32 id = 0xdeadbeef;
    const uint32_t code = c.Call([&] {
      return FwpmCalloutAdd0(h, null_struct ? nullptr : &o, nullptr, &id);
    });
    EXPECT_EQ(id, 0xdeadbeefu) << "*id on failure";
    return code;
  });
}

// A filter with one condition.
// The enums travel as integers: a bad value must not be loaded as an enum.
std::function<void(FWPM_FILTER0&)> WithCondition(const GUID& field,
                                                 UINT32 match, UINT32 type) {
  return [=](FWPM_FILTER0& f) {
    static FWPM_FILTER_CONDITION0 cond;
    cond = {};
    cond.fieldKey = field;
    cond.matchType = static_cast<FWP_MATCH_TYPE>(match);
    cond.conditionValue.type = static_cast<FWP_DATA_TYPE>(type);
    cond.conditionValue.uint32 = 80;
    f.numFilterConditions = 1;
    f.filterCondition = &cond;
  };
}

std::vector<Case> ProviderRows() {
  return {
      {"FwpmProviderAdd0", "provider", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY, BadProvider([](FWPM_PROVIDER0&) {}, true)},
      {"FwpmProviderAdd0", "provider->displayData.name", "NULL",
       (uint32_t)FWP_E_NULL_DISPLAY_NAME, INF, ANY,
       BadProvider([](FWPM_PROVIDER0& p) { p.displayData.name = nullptr; })},
      {"FwpmProviderAdd0", "provider->flags", "unknown bit 0x2",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       BadProvider([](FWPM_PROVIDER0& p) { p.flags = 0x2; })},
      {"FwpmProviderAdd0", "provider->providerData", "size 4, data NULL",
       (uint32_t)FWP_E_NULL_POINTER, INF, ANY,
       BadProvider([](FWPM_PROVIDER0& p) { p.providerData.size = 4; })},
      {"FwpmProviderAdd0", "provider->providerKey", "a built-in provider's",
       (uint32_t)FWP_E_ALREADY_EXISTS, INF, ANY,
       BadProvider(
           [](FWPM_PROVIDER0& p) { p.providerKey = FWPM_PROVIDER_IKEEXT; })},
      {"FwpmProviderDeleteByKey0", "key", "a built-in provider",
       (uint32_t)FWP_E_BUILTIN_OBJECT, DOC, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] {
           return FwpmProviderDeleteByKey0(h, &FWPM_PROVIDER_IKEEXT);
         });
       })},
      {"FwpmProviderDeleteByKey0", "key", "named by a sublayer",
       (uint32_t)FWP_E_IN_USE, DOC, ANY, WithEngine([](Ctx& c, HANDLE h) {
         GUID pk = Key(210);
         FWPM_PROVIDER0 p = Provider(pk);
         EXPECT_EQ(FwpmProviderAdd0(h, &p, nullptr), (DWORD)ERROR_SUCCESS);
         FWPM_SUBLAYER0 s = Sublayer(Key(211), &pk);
         EXPECT_EQ(FwpmSubLayerAdd0(h, &s, nullptr), (DWORD)ERROR_SUCCESS);
         const uint32_t code =
             c.Call([&] { return FwpmProviderDeleteByKey0(h, &pk); });
         FwpmSubLayerDeleteByKey0(h, &s.subLayerKey);
         FwpmProviderDeleteByKey0(h, &pk);
         return code;
       })},
      {"FwpmProviderCreateEnumHandle0", "enumTemplate", "reserved != 0",
       (uint32_t)FWP_E_RESERVED, INF, ANY, WithEngine([](Ctx& c, HANDLE h) {
         FWPM_PROVIDER_ENUM_TEMPLATE0 t = {};
         t.reserved = 1;
         HANDLE e = Poison<HANDLE>();
         const uint32_t code =
             c.Call([&] { return FwpmProviderCreateEnumHandle0(h, &t, &e); });
         EXPECT_EQ(e, Poison<HANDLE>());
         return code;
       })},
  };
}

std::vector<Case> SublayerRows() {
  return {
      {"FwpmSubLayerAdd0", "subLayer", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY, BadSublayer([](FWPM_SUBLAYER0&) {}, true)},
      {"FwpmSubLayerAdd0", "subLayer->displayData.name", "NULL",
       (uint32_t)FWP_E_NULL_DISPLAY_NAME, INF, ANY,
       BadSublayer([](FWPM_SUBLAYER0& s) { s.displayData.name = nullptr; })},
      {"FwpmSubLayerAdd0", "subLayer->flags", "unknown bit 0x2",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       BadSublayer([](FWPM_SUBLAYER0& s) { s.flags = 0x2; })},
      {"FwpmSubLayerAdd0", "subLayer->providerKey", "unknown provider",
       (uint32_t)FWP_E_PROVIDER_NOT_FOUND, INF, ANY,
       BadSublayer([](FWPM_SUBLAYER0& s) {
         s.providerKey = const_cast<GUID*>(&kUnknown);
       })},
      {"FwpmSubLayerAdd0", "subLayer->providerData", "size 4, data NULL",
       (uint32_t)FWP_E_NULL_POINTER, INF, ANY,
       BadSublayer([](FWPM_SUBLAYER0& s) { s.providerData.size = 4; })},
      {"FwpmSubLayerDeleteByKey0", "key", "a built-in sublayer",
       (uint32_t)FWP_E_BUILTIN_OBJECT, DOC, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] {
           return FwpmSubLayerDeleteByKey0(h, &FWPM_SUBLAYER_UNIVERSAL);
         });
       })},
      {"FwpmSubLayerDeleteByKey0", "key", "named by a filter",
       (uint32_t)FWP_E_IN_USE, DOC, ANY, WithEngine([](Ctx& c, HANDLE h) {
         FWPM_SUBLAYER0 s = Sublayer(Key(212));
         EXPECT_EQ(FwpmSubLayerAdd0(h, &s, nullptr), (DWORD)ERROR_SUCCESS);
         FWPM_FILTER0 f = Filter(Key(213));
         f.subLayerKey = s.subLayerKey;
         EXPECT_EQ(FwpmFilterAdd0(h, &f, nullptr, nullptr),
                   (DWORD)ERROR_SUCCESS);
         const uint32_t code = c.Call(
             [&] { return FwpmSubLayerDeleteByKey0(h, &s.subLayerKey); });
         FwpmFilterDeleteByKey0(h, &f.filterKey);
         FwpmSubLayerDeleteByKey0(h, &s.subLayerKey);
         return code;
       })},
  };
}

std::vector<Case> FilterRows() {
  std::vector<Case> rows = {
      {"FwpmFilterAdd0", "filter", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
       BadFilter([](FWPM_FILTER0&) {}, true)},
      {"FwpmFilterAdd0", "filter->displayData.name", "NULL",
       (uint32_t)FWP_E_NULL_DISPLAY_NAME, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.displayData.name = nullptr; })},
      {"FwpmFilterAdd0", "filter->layerKey", "unknown layer",
       (uint32_t)FWP_E_LAYER_NOT_FOUND, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.layerKey = kUnknown; })},
      {"FwpmFilterAdd0", "filter->subLayerKey", "unknown sublayer",
       (uint32_t)FWP_E_SUBLAYER_NOT_FOUND, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.subLayerKey = kUnknown; })},
      {"FwpmFilterAdd0", "filter->providerKey", "unknown provider",
       (uint32_t)FWP_E_PROVIDER_NOT_FOUND, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) {
         f.providerKey = const_cast<GUID*>(&kUnknown);
       })},
      {"FwpmFilterAdd0", "filter->filterCondition", "NULL with a count of 2",
       (uint32_t)FWP_E_NULL_POINTER, OBS, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.numFilterConditions = 2; })},
      {"FwpmFilterAdd0", "filter->action.type", "0x1234",
       (uint32_t)FWP_E_INVALID_ACTION_TYPE, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.action.type = 0x1234; })},
      {"FwpmFilterAdd0", "filter->weight",
       "FWP_UINT32 (not EMPTY/UINT8/UINT64)", (uint32_t)FWP_E_INVALID_WEIGHT,
       INF, ANY, BadFilter([](FWPM_FILTER0& f) {
         f.weight.type = FWP_UINT32;
         f.weight.uint32 = 1;
       })},
      {"FwpmFilterAdd0", "filter->weight", "FWP_UINT8 16 (range index > 15)",
       (uint32_t)FWP_E_INVALID_WEIGHT, INF, ANY, BadFilter([](FWPM_FILTER0& f) {
         f.weight.type = FWP_UINT8;
         f.weight.uint8 = 16;
       })},
      {"FwpmFilterAdd0", "filter->flags", "PERSISTENT | BOOTTIME",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY, BadFilter([](FWPM_FILTER0& f) {
         f.flags = FWPM_FILTER_FLAG_PERSISTENT | FWPM_FILTER_FLAG_BOOTTIME;
       })},
      {"FwpmFilterAdd0", "filter->flags", "DISABLED (output only)",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) { f.flags = FWPM_FILTER_FLAG_DISABLED; })},
      {"FwpmFilterAdd0", "filter->filterCondition[0].fieldKey",
       "IP_REMOTE_ADDRESS_V4 at an ALE layer",
       (uint32_t)FWP_E_CONDITION_NOT_FOUND, OBS, ANY,
       BadFilter(WithCondition(FWPM_CONDITION_IP_REMOTE_ADDRESS_V4,
                               FWP_MATCH_EQUAL, FWP_UINT32))},
      {"FwpmFilterAdd0", "filter->filterCondition[0].fieldKey", "unknown GUID",
       (uint32_t)FWP_E_CONDITION_NOT_FOUND, OBS, ANY,
       BadFilter(WithCondition(kUnknown, FWP_MATCH_EQUAL, FWP_UINT32))},
      {"FwpmFilterAdd0", "filter->filterCondition[0].conditionValue.type",
       "FWP_UINT32 for IP_REMOTE_PORT (UINT16)", (uint32_t)FWP_E_TYPE_MISMATCH,
       OBS, ANY,
       BadFilter(WithCondition(FWPM_CONDITION_IP_REMOTE_PORT, FWP_MATCH_EQUAL,
                               FWP_UINT32))},
      {"FwpmFilterAdd0", "filter->filterCondition[0].matchType", "out of range",
       (uint32_t)FWP_E_INVALID_ENUMERATOR, INF, ANY,
       BadFilter(
           WithCondition(FWPM_CONDITION_IP_REMOTE_PORT, 200, FWP_UINT16))},
      {"FwpmFilterAdd0", "filter->action.calloutKey", "no such callout",
       (uint32_t)FWP_E_CALLOUT_NOT_FOUND, INF, ANY,
       BadFilter([](FWPM_FILTER0& f) {
         f.action.type = FWP_ACTION_CALLOUT_TERMINATING;
         f.action.calloutKey = kUnknown;
       })},
      {"FwpmFilterDeleteById0", "id", "unknown",
       (uint32_t)FWP_E_FILTER_NOT_FOUND, INF, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] { return FwpmFilterDeleteById0(h, 0x7777777); });
       })},
      {"FwpmFilterDeleteById0", "id", "0", (uint32_t)FWP_E_FILTER_NOT_FOUND,
       INF, ANY, WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] { return FwpmFilterDeleteById0(h, 0); });
       })},
      {"FwpmFilterDeleteById0", "engineHandle", "read-only transaction",
       (uint32_t)FWP_E_INCOMPATIBLE_TXN, DOC, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         FWPM_FILTER0 f = Filter(Key(214));
         UINT64 id = 0;
         EXPECT_EQ(FwpmFilterAdd0(h, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
         FwpmTransactionBegin0(h, FWPM_TXN_READ_ONLY);
         const uint32_t code =
             c.Call([&] { return FwpmFilterDeleteById0(h, id); });
         FwpmTransactionAbort0(h);
         FwpmFilterDeleteById0(h, id);
         return code;
       })},
      {"FwpmFilterGetById0", "id", "unknown", (uint32_t)FWP_E_FILTER_NOT_FOUND,
       INF, ANY, WithEngine([](Ctx& c, HANDLE h) {
         FWPM_FILTER0* f = Poison<FWPM_FILTER0*>();
         const uint32_t code =
             c.Call([&] { return FwpmFilterGetById0(h, 0x7777777, &f); });
         EXPECT_EQ(f, nullptr);
         return code;
       })},
      {"FwpmFilterGetById0", "filter", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY, WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] { return FwpmFilterGetById0(h, 1, nullptr); });
       })},
  };
  auto bad_template =
      [](std::function<void(FWPM_FILTER_ENUM_TEMPLATE0&)> spoil) {
        return WithEngine([spoil](Ctx& c, HANDLE h) {
          FWPM_FILTER_ENUM_TEMPLATE0 t = {};
          t.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
          t.actionMask = 0xFFFFFFFF;
          spoil(t);
          HANDLE e = Poison<HANDLE>();
          const uint32_t code =
              c.Call([&] { return FwpmFilterCreateEnumHandle0(h, &t, &e); });
          EXPECT_EQ(e, Poison<HANDLE>());
          return code;
        });
      };
  Append(
      rows,
      {
          {"FwpmFilterCreateEnumHandle0", "enumTemplate->enumType",
           "out of range", (uint32_t)FWP_E_INVALID_ENUMERATOR, INF, ANY,
           bad_template([](FWPM_FILTER_ENUM_TEMPLATE0& t) {
             t.enumType = static_cast<FWP_FILTER_ENUM_TYPE>(7);
           })},
          {"FwpmFilterCreateEnumHandle0", "enumTemplate->flags",
           "unknown bit 0x40", (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
           bad_template([](FWPM_FILTER_ENUM_TEMPLATE0& t) { t.flags = 0x40; })},
          {"FwpmFilterCreateEnumHandle0", "enumTemplate->filterCondition",
           "NULL with a count of 1", (uint32_t)FWP_E_NULL_POINTER, INF, ANY,
           bad_template([](FWPM_FILTER_ENUM_TEMPLATE0& t) {
             t.numFilterConditions = 1;
           })},
          {"FwpmFilterCreateEnumHandle0", "enumTemplate->flags",
           "SORTED (not modelled)", RPC_S_CANNOT_SUPPORT, INF, NAMED,
           bad_template([](FWPM_FILTER_ENUM_TEMPLATE0& t) {
             t.flags = FWP_FILTER_ENUM_FLAG_SORTED;
           })},
      });
  Append(rows, EngineHandleRows("FwpmFilterDeleteById0", [](HANDLE h) {
           return FwpmFilterDeleteById0(h, 1);
         }));
  Append(rows, EngineHandleRows("FwpmFilterGetById0", [](HANDLE h) {
           FWPM_FILTER0* f = nullptr;
           return FwpmFilterGetById0(h, 1, &f);
         }));
  return rows;
}

std::vector<Case> CalloutRows() {
  std::vector<Case> rows = {
      {"FwpmCalloutAdd0", "callout", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
       BadCallout([](FWPM_CALLOUT0&) {}, true)},
      {"FwpmCalloutAdd0", "callout->displayData.name", "NULL",
       (uint32_t)FWP_E_NULL_DISPLAY_NAME, INF, ANY,
       BadCallout([](FWPM_CALLOUT0& o) { o.displayData.name = nullptr; })},
      {"FwpmCalloutAdd0", "callout->flags", "REGISTERED (output only)",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       BadCallout(
           [](FWPM_CALLOUT0& o) { o.flags = FWPM_CALLOUT_FLAG_REGISTERED; })},
      {"FwpmCalloutAdd0", "callout->flags", "bit 0x1 (outside 0x00070000)",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       BadCallout([](FWPM_CALLOUT0& o) { o.flags = 0x1; })},
      {"FwpmCalloutAdd0", "callout->applicableLayer", "unknown layer",
       (uint32_t)FWP_E_LAYER_NOT_FOUND, INF, ANY,
       BadCallout([](FWPM_CALLOUT0& o) { o.applicableLayer = kUnknown; })},
      {"FwpmCalloutAdd0", "callout->providerKey", "unknown provider",
       (uint32_t)FWP_E_PROVIDER_NOT_FOUND, INF, ANY,
       BadCallout([](FWPM_CALLOUT0& o) {
         o.providerKey = const_cast<GUID*>(&kUnknown);
       })},
      {"FwpmCalloutAdd0", "callout->providerData", "size 4, data NULL",
       (uint32_t)FWP_E_NULL_POINTER, INF, ANY,
       BadCallout([](FWPM_CALLOUT0& o) { o.providerData.size = 4; })},
      {"FwpmCalloutDeleteById0", "id", "unknown",
       (uint32_t)FWP_E_CALLOUT_NOT_FOUND, INF, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] { return FwpmCalloutDeleteById0(h, 0x7777); });
       })},
      {"FwpmCalloutDeleteByKey0", "key", "named by a filter's action",
       (uint32_t)FWP_E_IN_USE, INF, ANY, WithEngine([](Ctx& c, HANDLE h) {
         FWPM_CALLOUT0 o = Callout(Key(220));
         EXPECT_EQ(FwpmCalloutAdd0(h, &o, nullptr, nullptr),
                   (DWORD)ERROR_SUCCESS);
         FWPM_FILTER0 f = Filter(Key(221));
         f.action.type = FWP_ACTION_CALLOUT_TERMINATING;
         f.action.calloutKey = o.calloutKey;
         EXPECT_EQ(FwpmFilterAdd0(h, &f, nullptr, nullptr),
                   (DWORD)ERROR_SUCCESS);
         const uint32_t code =
             c.Call([&] { return FwpmCalloutDeleteByKey0(h, &o.calloutKey); });
         FwpmFilterDeleteByKey0(h, &f.filterKey);
         FwpmCalloutDeleteByKey0(h, &o.calloutKey);
         return code;
       })},
      {"FwpmCalloutGetById0", "id", "unknown",
       (uint32_t)FWP_E_CALLOUT_NOT_FOUND, INF, ANY,
       WithEngine([](Ctx& c, HANDLE h) {
         FWPM_CALLOUT0* o = Poison<FWPM_CALLOUT0*>();
         const uint32_t code =
             c.Call([&] { return FwpmCalloutGetById0(h, 0x7777, &o); });
         EXPECT_EQ(o, nullptr);
         return code;
       })},
      {"FwpmCalloutGetById0", "callout", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY, WithEngine([](Ctx& c, HANDLE h) {
         return c.Call([&] { return FwpmCalloutGetById0(h, 1, nullptr); });
       })},
  };
  Append(rows, EngineHandleRows("FwpmCalloutDeleteById0", [](HANDLE h) {
           return FwpmCalloutDeleteById0(h, 1);
         }));
  Append(rows, EngineHandleRows("FwpmCalloutGetById0", [](HANDLE h) {
           FWPM_CALLOUT0* o = nullptr;
           return FwpmCalloutGetById0(h, 1, &o);
         }));
  return rows;
}

}  // namespace

std::vector<Case> WfpSpecificRows() {
  std::vector<Case> rows = ProviderRows();
  Append(rows, SublayerRows());
  Append(rows, FilterRows());
  Append(rows, CalloutRows());
  return rows;
}

}  // namespace winemu::catalogue::wfp_rows
