// Copyright winemu authors.
//
// WFP object rows: providers, sublayers, filters and callouts (Add, Delete,
// Get, CreateEnumHandle, Enum, DestroyEnumHandle). Codes: spec wfp.md 4.10 -
// 4.14 and Appendix A.
#include <fwpmu.h>
#include <windows.h>

#include <functional>
#include <string>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/wfp_util.h"

namespace winemu::catalogue {
namespace {
using namespace wfp_rows;  // NOLINT: the rows read better unqualified.
constexpr Basis DOC = Basis::kDoc;
constexpr Basis OBS = Basis::kObs;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

// One object kind, through its entry points.
struct Kind {
  std::string name;  // "Provider", "SubLayer", "Filter", "Callout"
  uint32_t not_found;
  std::function<DWORD(HANDLE, const GUID&)> add;  // a valid object
  std::function<DWORD(HANDLE, const GUID*)> del;
  std::function<DWORD(HANDLE, const GUID*, void**)> get;
  std::function<DWORD(HANDLE, HANDLE*)> create_enum;
  std::function<DWORD(HANDLE, HANDLE, UINT32, void***, UINT32*)> next;
  std::function<DWORD(HANDLE, HANDLE)> destroy_enum;
  std::string Fn(const char* suffix) const { return "Fwpm" + name + suffix; }
};

// Row function names must outlive the rows.
const char* Name(const std::string& s) {
  static auto* names = new std::vector<std::unique_ptr<std::string>>();
  names->push_back(std::make_unique<std::string>(s));
  return names->back()->c_str();
}

Kind Providers() {
  return {
      "Provider",
      (uint32_t)FWP_E_PROVIDER_NOT_FOUND,
      [](HANDLE h, const GUID& k) {
        FWPM_PROVIDER0 p = Provider(k);
        return FwpmProviderAdd0(h, &p, nullptr);
      },
      [](HANDLE h, const GUID* k) { return FwpmProviderDeleteByKey0(h, k); },
      [](HANDLE h, const GUID* k, void** out) {
        return FwpmProviderGetByKey0(h, k,
                                     reinterpret_cast<FWPM_PROVIDER0**>(out));
      },
      [](HANDLE h, HANDLE* e) {
        return FwpmProviderCreateEnumHandle0(h, nullptr, e);
      },
      [](HANDLE h, HANDLE e, UINT32 n, void*** out, UINT32* got) {
        return FwpmProviderEnum0(h, e, n,
                                 reinterpret_cast<FWPM_PROVIDER0***>(out), got);
      },
      [](HANDLE h, HANDLE e) { return FwpmProviderDestroyEnumHandle0(h, e); }};
}

Kind Sublayers() {
  return {
      "SubLayer",
      (uint32_t)FWP_E_SUBLAYER_NOT_FOUND,
      [](HANDLE h, const GUID& k) {
        FWPM_SUBLAYER0 s = Sublayer(k);
        return FwpmSubLayerAdd0(h, &s, nullptr);
      },
      [](HANDLE h, const GUID* k) { return FwpmSubLayerDeleteByKey0(h, k); },
      [](HANDLE h, const GUID* k, void** out) {
        return FwpmSubLayerGetByKey0(h, k,
                                     reinterpret_cast<FWPM_SUBLAYER0**>(out));
      },
      [](HANDLE h, HANDLE* e) {
        return FwpmSubLayerCreateEnumHandle0(h, nullptr, e);
      },
      [](HANDLE h, HANDLE e, UINT32 n, void*** out, UINT32* got) {
        return FwpmSubLayerEnum0(h, e, n,
                                 reinterpret_cast<FWPM_SUBLAYER0***>(out), got);
      },
      [](HANDLE h, HANDLE e) { return FwpmSubLayerDestroyEnumHandle0(h, e); }};
}

Kind Filters() {
  return {
      "Filter",
      (uint32_t)FWP_E_FILTER_NOT_FOUND,
      [](HANDLE h, const GUID& k) {
        FWPM_FILTER0 f = Filter(k);
        return FwpmFilterAdd0(h, &f, nullptr, nullptr);
      },
      [](HANDLE h, const GUID* k) { return FwpmFilterDeleteByKey0(h, k); },
      [](HANDLE h, const GUID* k, void** out) {
        return FwpmFilterGetByKey0(h, k, reinterpret_cast<FWPM_FILTER0**>(out));
      },
      [](HANDLE h, HANDLE* e) {
        return FwpmFilterCreateEnumHandle0(h, nullptr, e);
      },
      [](HANDLE h, HANDLE e, UINT32 n, void*** out, UINT32* got) {
        return FwpmFilterEnum0(h, e, n, reinterpret_cast<FWPM_FILTER0***>(out),
                               got);
      },
      [](HANDLE h, HANDLE e) { return FwpmFilterDestroyEnumHandle0(h, e); }};
}

Kind Callouts() {
  return {
      "Callout",
      (uint32_t)FWP_E_CALLOUT_NOT_FOUND,
      [](HANDLE h, const GUID& k) {
        FWPM_CALLOUT0 c = Callout(k);
        return FwpmCalloutAdd0(h, &c, nullptr, nullptr);
      },
      [](HANDLE h, const GUID* k) { return FwpmCalloutDeleteByKey0(h, k); },
      [](HANDLE h, const GUID* k, void** out) {
        return FwpmCalloutGetByKey0(h, k,
                                    reinterpret_cast<FWPM_CALLOUT0**>(out));
      },
      [](HANDLE h, HANDLE* e) {
        return FwpmCalloutCreateEnumHandle0(h, nullptr, e);
      },
      [](HANDLE h, HANDLE e, UINT32 n, void*** out, UINT32* got) {
        return FwpmCalloutEnum0(h, e, n,
                                reinterpret_cast<FWPM_CALLOUT0***>(out), got);
      },
      [](HANDLE h, HANDLE e) { return FwpmCalloutDestroyEnumHandle0(h, e); }};
}

// Rows every kind shares.
std::vector<Case> KindRows(const Kind& k) {
  const char* add = Name(k.Fn("Add0"));
  const char* del = Name(k.Fn("DeleteByKey0"));
  const char* get = Name(k.Fn("GetByKey0"));
  const char* create = Name(k.Fn("CreateEnumHandle0"));
  const char* next = Name(k.Fn("Enum0"));
  const char* destroy = Name(k.Fn("DestroyEnumHandle0"));
  const GUID key = Key(100);
  std::vector<Case> rows;
  Append(rows,
         EngineHandleRows(add, [k, key](HANDLE h) { return k.add(h, key); }));
  Append(rows,
         EngineHandleRows(del, [k, key](HANDLE h) { return k.del(h, &key); }));
  Append(rows, EngineHandleRows(get, [k, key](HANDLE h) {
           void* out = Poison<void*>();
           const DWORD code = k.get(h, &key, &out);
           return code;
         }));
  Append(rows, EngineHandleRows(create, [k](HANDLE h) {
           HANDLE e = Poison<HANDLE>();
           const DWORD code = k.create_enum(h, &e);
           EXPECT_EQ(e, Poison<HANDLE>());
           return code;
         }));
  Append(rows, EngineHandleRows(next, [k](HANDLE h) {
           void** out = nullptr;
           UINT32 n = 0;
           return k.next(h, nullptr, 1, &out, &n);
         }));
  Append(rows, EngineHandleRows(destroy, [k](HANDLE h) {
           return k.destroy_enum(h, nullptr);
         }));
  auto make_enum = [k](HANDLE h) {
    HANDLE e = nullptr;
    EXPECT_EQ(k.create_enum(h, &e), (DWORD)ERROR_SUCCESS);
    return e;
  };
  auto drop_enum = [k](HANDLE h, HANDLE e) { k.destroy_enum(h, e); };
  Append(rows,
         EnumHandleRows(next, make_enum, drop_enum, [k](HANDLE h, HANDLE e) {
           void** out = Poison<void**>();
           UINT32 n = 0xdeadbeef;
           const DWORD code = k.next(h, e, 5, &out, &n);
           EXPECT_EQ(out, Poison<void**>());
           EXPECT_EQ(n, 0xdeadbeefu);
           return code;
         }));
  Append(rows,
         EnumHandleRows(destroy, make_enum, drop_enum, [k](HANDLE h, HANDLE e) {
           return k.destroy_enum(h, e);
         }));
  // With a working session.
  auto with_engine = [](std::function<uint32_t(Ctx&, HANDLE)> body) {
    return [body](Ctx& c) {
      HANDLE h = Open();
      const uint32_t code = body(c, h);
      FwpmEngineClose0(h);
      return code;
    };
  };
  rows.push_back({del, "key", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
                  with_engine([k](Ctx& c, HANDLE h) {
                    return c.Call([&] { return k.del(h, nullptr); });
                  })});
  rows.push_back({del, "key", "unknown", k.not_found, INF, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    return c.Call([&] { return k.del(h, &key); });
                  })});
  rows.push_back({del, "key", "already deleted", k.not_found, INF, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    EXPECT_EQ(k.add(h, key), (DWORD)ERROR_SUCCESS);
                    EXPECT_EQ(k.del(h, &key), (DWORD)ERROR_SUCCESS);
                    return c.Call([&] { return k.del(h, &key); });
                  })});
  rows.push_back({del, "engineHandle", "read-only transaction",
                  (uint32_t)FWP_E_INCOMPATIBLE_TXN, DOC, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    EXPECT_EQ(k.add(h, key), (DWORD)ERROR_SUCCESS);
                    FwpmTransactionBegin0(h, FWPM_TXN_READ_ONLY);
                    const uint32_t code =
                        c.Call([&] { return k.del(h, &key); });
                    FwpmTransactionAbort0(h);
                    EXPECT_EQ(k.del(h, &key), (DWORD)ERROR_SUCCESS);
                    return code;
                  })});
  rows.push_back({del, "key", "a static object, from a dynamic session",
                  (uint32_t)FWP_E_DYNAMIC_SESSION_IN_PROGRESS, DOC, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    EXPECT_EQ(k.add(h, key), (DWORD)ERROR_SUCCESS);
                    HANDLE dyn = Open(FWPM_SESSION_FLAG_DYNAMIC);
                    const uint32_t code =
                        c.Call([&] { return k.del(dyn, &key); });
                    FwpmEngineClose0(dyn);
                    EXPECT_EQ(k.del(h, &key), (DWORD)ERROR_SUCCESS);
                    return code;
                  })});
  rows.push_back({del, "key", "another dynamic session's object",
                  (uint32_t)FWP_E_WRONG_SESSION, DOC, ANY, [k, key](Ctx& c) {
                    HANDLE a = Open(FWPM_SESSION_FLAG_DYNAMIC);
                    HANDLE b = Open(FWPM_SESSION_FLAG_DYNAMIC);
                    EXPECT_EQ(k.add(a, key), (DWORD)ERROR_SUCCESS);
                    const uint32_t code =
                        c.Call([&] { return k.del(b, &key); });
                    FwpmEngineClose0(b);
                    FwpmEngineClose0(a);
                    return code;
                  }});
  rows.push_back({add, "engineHandle", "read-only transaction",
                  (uint32_t)FWP_E_INCOMPATIBLE_TXN, DOC, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    FwpmTransactionBegin0(h, FWPM_TXN_READ_ONLY);
                    const uint32_t code = c.Call([&] { return k.add(h, key); });
                    FwpmTransactionAbort0(h);
                    return code;
                  })});
  rows.push_back({add, "key", "key of a live object",
                  (uint32_t)FWP_E_ALREADY_EXISTS, INF, ANY,
                  with_engine([k, key](Ctx& c, HANDLE h) {
                    EXPECT_EQ(k.add(h, key), (DWORD)ERROR_SUCCESS);
                    const uint32_t code = c.Call([&] { return k.add(h, key); });
                    EXPECT_EQ(k.del(h, &key), (DWORD)ERROR_SUCCESS);
                    return code;
                  })});
  auto get_bad = [k](const GUID* which, bool null_out) {
    return [k, which, null_out](Ctx& c) {
      HANDLE h = Open();
      void* out = Poison<void*>();
      const uint32_t code =
          c.Call([&] { return k.get(h, which, null_out ? nullptr : &out); });
      if (!null_out) {
        EXPECT_EQ(out, nullptr) << "*out on failure [INF 4.14.2]";
      }
      FwpmEngineClose0(h);
      return code;
    };
  };
  static const GUID kUnknown = Key(101);
  rows.push_back({get, "key", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
                  get_bad(nullptr, false)});
  rows.push_back({get, "out", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
                  get_bad(&kUnknown, true)});
  rows.push_back({get, "key", "unknown", k.not_found, INF, ANY,
                  get_bad(&kUnknown, false)});
  rows.push_back({create, "enumHandle", "NULL", ERROR_INVALID_PARAMETER, INF,
                  ANY, with_engine([k](Ctx& c, HANDLE h) {
                    return c.Call([&] { return k.create_enum(h, nullptr); });
                  })});
  auto enum_null = [k, make_enum, drop_enum](bool null_entries) {
    return [=](Ctx& c) {
      HANDLE h = Open();
      HANDLE e = make_enum(h);
      void** out = Poison<void**>();
      UINT32 n = 0xdeadbeef;
      const uint32_t code = c.Call([&] {
        return k.next(h, e, 3, null_entries ? nullptr : &out,
                      null_entries ? &n : nullptr);
      });
      EXPECT_EQ(out, Poison<void**>());
      EXPECT_EQ(n, 0xdeadbeefu);
      drop_enum(h, e);
      FwpmEngineClose0(h);
      return code;
    };
  };
  // Counts are not bad values: 0 returns nothing and leaves the cursor, a
  // huge count returns everything [INF 4.14.5].
  rows.push_back({next, "numEntriesRequested", "0", ERROR_SUCCESS, INF, ANY,
                  [k, make_enum, drop_enum](Ctx& c) {
                    HANDLE h = Open();
                    HANDLE e = make_enum(h);
                    void** out = Poison<void**>();
                    UINT32 n = 0xdeadbeef;
                    const uint32_t code =
                        c.Call([&] { return k.next(h, e, 0, &out, &n); });
                    EXPECT_EQ(n, 0u);
                    EXPECT_EQ(out, nullptr);
                    drop_enum(h, e);
                    FwpmEngineClose0(h);
                    return code;
                  }});
  rows.push_back({next, "numEntriesRequested", "0xFFFFFFFF", ERROR_SUCCESS, INF,
                  ANY, [k, make_enum, drop_enum](Ctx& c) {
                    HANDLE h = Open();
                    HANDLE e = make_enum(h);
                    const uint32_t code = c.Call([&] {
                      void** out = nullptr;
                      UINT32 n = 0;
                      const DWORD r = k.next(h, e, 0xFFFFFFFFu, &out, &n);
                      FwpmFreeMemory0(reinterpret_cast<void**>(&out));
                      return r;
                    });
                    drop_enum(h, e);
                    FwpmEngineClose0(h);
                    return code;
                  }});
  rows.push_back({next, "entries", "NULL", ERROR_INVALID_PARAMETER, INF, ANY,
                  enum_null(true)});
  rows.push_back({next, "numEntriesReturned", "NULL", ERROR_INVALID_PARAMETER,
                  INF, ANY, enum_null(false)});
  return rows;
}

}  // namespace

std::vector<Case> WfpObjectCases() {
  std::vector<Case> rows;
  for (const Kind& k : {Providers(), Sublayers(), Filters(), Callouts()}) {
    Append(rows, KindRows(k));
  }
  Append(rows, WfpSpecificRows());
  return rows;
}

}  // namespace winemu::catalogue
