// Copyright winemu authors.
//
// WFP engine rows: engine open / close, transactions, session enumeration,
// FwpmFreeMemory0, FwpmGetAppIdFromFileName0.
//
// Codes: spec wfp.md sections 4.1-4.9 and 4.14.6. Handles: ERROR_INVALID_HANDLE
// for NULL, unknown, closed, other-process and wrong-type handles [INF 4.2,
// 4.4]; NULL out-pointers: ERROR_INVALID_PARAMETER (winemu's choice of the two
// 4.1 allows) [INF].
#include <fwpmu.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/wfp_util.h"

namespace winemu::catalogue {

namespace {
using namespace wfp_rows;  // NOLINT: the rows read better unqualified.
constexpr Basis DOC = Basis::kDoc;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

// FwpmEngineOpen0 with one bad argument; *engineHandle must come back NULL.
uint32_t OpenWith(Ctx& c, const wchar_t* server, UINT32 authn,
                  SEC_WINNT_AUTH_IDENTITY_W* id, const FWPM_SESSION0* session) {
  HANDLE engine = Poison<HANDLE>();
  const uint32_t code = c.Call(
      [&] { return FwpmEngineOpen0(server, authn, id, session, &engine); });
  EXPECT_EQ(engine, nullptr) << "*engineHandle on failure [INF 4.1]";
  return code;
}

std::vector<Case> EngineRows() {
  std::vector<Case> rows = {
      {"FwpmEngineOpen0", "engineHandle", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY,
       [](Ctx& c) {
         return c.Call([] {
           return FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr,
                                  nullptr);
         });
       }},
      {"FwpmEngineOpen0", "serverName", "non-NULL", ERROR_INVALID_PARAMETER,
       INF, ANY,
       [](Ctx& c) {
         return OpenWith(c, L"remote", RPC_C_AUTHN_WINNT, nullptr, nullptr);
       }},
      {"FwpmEngineOpen0", "authnService", "0 (not WINNT / DEFAULT)",
       RPC_S_UNKNOWN_AUTHN_SERVICE, INF, ANY,
       [](Ctx& c) { return OpenWith(c, nullptr, 0, nullptr, nullptr); }},
      {"FwpmEngineOpen0", "authnService", "RPC_C_AUTHN_GSS_KERBEROS (16)",
       RPC_S_UNKNOWN_AUTHN_SERVICE, INF, ANY,
       [](Ctx& c) { return OpenWith(c, nullptr, 16, nullptr, nullptr); }},
      {"FwpmEngineOpen0", "authIdentity", "Flags neither ANSI nor UNICODE",
       ERROR_INVALID_PARAMETER, INF, ANY,
       [](Ctx& c) {
         SEC_WINNT_AUTH_IDENTITY_W id = {};
         id.Flags = 0x4;
         return OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, &id, nullptr);
       }},
      {"FwpmEngineOpen0", "authIdentity", "UserLength with a NULL User",
       ERROR_INVALID_PARAMETER, INF, ANY,
       [](Ctx& c) {
         SEC_WINNT_AUTH_IDENTITY_W id = {};
         id.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
         id.UserLength = 4;
         return OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, &id, nullptr);
       }},
      {"FwpmEngineOpen0", "authIdentity", "valid credentials (not modelled)",
       RPC_S_CANNOT_SUPPORT, INF, NAMED,
       [](Ctx& c) {
         SEC_WINNT_AUTH_IDENTITY_W id = {};
         id.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
         return OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, &id, nullptr);
       }},
      {"FwpmEngineOpen0", "session->flags", "unknown bit 0x2",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       [](Ctx& c) {
         FWPM_SESSION0 s = {};
         s.flags = 0x2;
         return OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, nullptr, &s);
       }},
      {"FwpmEngineOpen0", "session->flags", "FWPM_SESSION_FLAG_RESERVED",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY,
       [](Ctx& c) {
         FWPM_SESSION0 s = {};
         s.flags = FWPM_SESSION_FLAG_RESERVED;
         return OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, nullptr, &s);
       }},
      {"FwpmEngineOpen0", "session->sessionKey", "key of an open session",
       (uint32_t)FWP_E_ALREADY_EXISTS, DOC, ANY,
       [](Ctx& c) {
         const GUID key = Key(1);
         HANDLE first = Open(0, &key);
         FWPM_SESSION0 s = {};
         s.sessionKey = key;
         const uint32_t code =
             OpenWith(c, nullptr, RPC_C_AUTHN_WINNT, nullptr, &s);
         FwpmEngineClose0(first);
         return code;
       }},
  };
  Append(rows, EngineHandleRows("FwpmEngineClose0",
                                [](HANDLE h) { return FwpmEngineClose0(h); }));
  Append(rows, EngineHandleRows("FwpmTransactionBegin0", [](HANDLE h) {
           return FwpmTransactionBegin0(h, 0);
         }));
  Append(rows, EngineHandleRows("FwpmTransactionCommit0", [](HANDLE h) {
           return FwpmTransactionCommit0(h);
         }));
  Append(rows, EngineHandleRows("FwpmTransactionAbort0", [](HANDLE h) {
           return FwpmTransactionAbort0(h);
         }));
  return rows;
}

std::vector<Case> TransactionRows() {
  auto begin_flags = [](UINT32 flags) {
    return [flags](Ctx& c) {
      HANDLE engine = Open();
      const uint32_t code =
          c.Call([&] { return FwpmTransactionBegin0(engine, flags); });
      // No transaction was begun: commit has nothing to commit.
      EXPECT_EQ(FwpmTransactionCommit0(engine),
                (DWORD)FWP_E_NO_TXN_IN_PROGRESS);
      FwpmEngineClose0(engine);
      return code;
    };
  };
  auto no_txn = [](DWORD (*end)(HANDLE), bool after_commit) {
    return [end, after_commit](Ctx& c) {
      HANDLE engine = Open();
      if (after_commit) {
        EXPECT_EQ(FwpmTransactionBegin0(engine, 0), (DWORD)ERROR_SUCCESS);
        EXPECT_EQ(FwpmTransactionCommit0(engine), (DWORD)ERROR_SUCCESS);
      }
      const uint32_t code = c.Call([&] { return end(engine); });
      FwpmEngineClose0(engine);
      return code;
    };
  };
  return {
      {"FwpmTransactionBegin0", "flags", "unknown bit 0x2",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY, begin_flags(0x2)},
      {"FwpmTransactionBegin0", "flags", "all bits",
       (uint32_t)FWP_E_INVALID_FLAGS, INF, ANY, begin_flags(0xFFFFFFFFu)},
      {"FwpmTransactionBegin0", "engineHandle",
       "a session already in a transaction", (uint32_t)FWP_E_TXN_IN_PROGRESS,
       DOC, ANY,
       [](Ctx& c) {
         HANDLE engine = Open();
         EXPECT_EQ(FwpmTransactionBegin0(engine, 0), (DWORD)ERROR_SUCCESS);
         const uint32_t code = c.Call(
             [&] { return FwpmTransactionBegin0(engine, FWPM_TXN_READ_ONLY); });
         EXPECT_EQ(FwpmTransactionAbort0(engine), (DWORD)ERROR_SUCCESS);
         FwpmEngineClose0(engine);
         return code;
       }},
      {"FwpmTransactionCommit0", "engineHandle", "no transaction",
       (uint32_t)FWP_E_NO_TXN_IN_PROGRESS, DOC, ANY,
       no_txn(FwpmTransactionCommit0, false)},
      {"FwpmTransactionCommit0", "engineHandle",
       "transaction already committed", (uint32_t)FWP_E_NO_TXN_IN_PROGRESS, INF,
       ANY, no_txn(FwpmTransactionCommit0, true)},
      {"FwpmTransactionAbort0", "engineHandle", "no transaction",
       (uint32_t)FWP_E_NO_TXN_IN_PROGRESS, DOC, ANY,
       no_txn(FwpmTransactionAbort0, false)},
      {"FwpmTransactionAbort0", "engineHandle", "transaction already committed",
       (uint32_t)FWP_E_NO_TXN_IN_PROGRESS, INF, ANY,
       no_txn(FwpmTransactionAbort0, true)},
  };
}

std::vector<Case> SessionEnumRows() {
  std::vector<Case> rows = {
      {"FwpmSessionCreateEnumHandle0", "enumHandle", "NULL",
       ERROR_INVALID_PARAMETER, INF, ANY,
       [](Ctx& c) {
         HANDLE engine = Open();
         const uint32_t code = c.Call([&] {
           return FwpmSessionCreateEnumHandle0(engine, nullptr, nullptr);
         });
         FwpmEngineClose0(engine);
         return code;
       }},
      {"FwpmSessionCreateEnumHandle0", "enumTemplate", "reserved != 0",
       (uint32_t)FWP_E_RESERVED, INF, ANY,
       [](Ctx& c) {
         HANDLE engine = Open();
         FWPM_SESSION_ENUM_TEMPLATE0 t = {};
         t.reserved = 1;
         HANDLE e = Poison<HANDLE>();
         const uint32_t code = c.Call(
             [&] { return FwpmSessionCreateEnumHandle0(engine, &t, &e); });
         EXPECT_EQ(e, Poison<HANDLE>());
         FwpmEngineClose0(engine);
         return code;
       }},
      {"FwpmSessionCreateEnumHandle0", "engineHandle",
       "inside an explicit transaction", (uint32_t)FWP_E_TXN_IN_PROGRESS, DOC,
       ANY,
       [](Ctx& c) {
         HANDLE engine = Open();
         EXPECT_EQ(FwpmTransactionBegin0(engine, 0), (DWORD)ERROR_SUCCESS);
         HANDLE e = Poison<HANDLE>();
         const uint32_t code = c.Call(
             [&] { return FwpmSessionCreateEnumHandle0(engine, nullptr, &e); });
         EXPECT_EQ(e, Poison<HANDLE>());
         FwpmTransactionAbort0(engine);
         FwpmEngineClose0(engine);
         return code;
       }},
  };
  Append(rows, EngineHandleRows("FwpmSessionCreateEnumHandle0", [](HANDLE h) {
           HANDLE e = Poison<HANDLE>();
           const DWORD code = FwpmSessionCreateEnumHandle0(h, nullptr, &e);
           EXPECT_EQ(e, Poison<HANDLE>());
           return code;
         }));
  auto create = [](HANDLE engine) {
    HANDLE e = nullptr;
    FwpmSessionCreateEnumHandle0(engine, nullptr, &e);
    return e;
  };
  auto destroy = [](HANDLE engine, HANDLE e) {
    FwpmSessionDestroyEnumHandle0(engine, e);
  };
  auto page = [](HANDLE engine, HANDLE e) {
    FWPM_SESSION0** entries = Poison<FWPM_SESSION0**>();
    UINT32 n = 0xdeadbeef;
    const DWORD code = FwpmSessionEnum0(engine, e, 10, &entries, &n);
    EXPECT_EQ(entries, Poison<FWPM_SESSION0**>());
    EXPECT_EQ(n, 0xdeadbeefu);
    return code;
  };
  Append(rows, EngineHandleRows("FwpmSessionEnum0", [](HANDLE h) {
           FWPM_SESSION0** entries = nullptr;
           UINT32 n = 0;
           return FwpmSessionEnum0(h, nullptr, 1, &entries, &n);
         }));
  Append(rows, EnumHandleRows("FwpmSessionEnum0", create, destroy, page));
  Append(rows, EngineHandleRows("FwpmSessionDestroyEnumHandle0", [](HANDLE h) {
           return FwpmSessionDestroyEnumHandle0(h, nullptr);
         }));
  Append(rows, EnumHandleRows("FwpmSessionDestroyEnumHandle0", create, destroy,
                              [](HANDLE engine, HANDLE e) {
                                return FwpmSessionDestroyEnumHandle0(engine, e);
                              }));
  auto null_out = [create, destroy](bool null_entries) {
    return [=](Ctx& c) {
      HANDLE engine = Open();
      HANDLE e = create(engine);
      FWPM_SESSION0** entries = Poison<FWPM_SESSION0**>();
      UINT32 n = 0xdeadbeef;
      const uint32_t code = c.Call([&] {
        return FwpmSessionEnum0(engine, e, 5, null_entries ? nullptr : &entries,
                                null_entries ? &n : nullptr);
      });
      EXPECT_EQ(n, 0xdeadbeefu);
      EXPECT_EQ(entries, Poison<FWPM_SESSION0**>());
      destroy(engine, e);
      FwpmEngineClose0(engine);
      return code;
    };
  };
  rows.push_back({"FwpmSessionEnum0", "entries", "NULL",
                  ERROR_INVALID_PARAMETER, INF, ANY, null_out(true)});
  rows.push_back({"FwpmSessionEnum0", "numEntriesReturned", "NULL",
                  ERROR_INVALID_PARAMETER, INF, ANY, null_out(false)});
  // Counts are not bad values: 0 returns nothing, a huge count everything.
  rows.push_back({"FwpmSessionEnum0", "numEntriesRequested", "0", ERROR_SUCCESS,
                  INF, ANY, [create, destroy](Ctx& c) {
                    HANDLE engine = Open();
                    HANDLE e = create(engine);
                    FWPM_SESSION0** entries = Poison<FWPM_SESSION0**>();
                    UINT32 n = 0xdeadbeef;
                    const uint32_t code = c.Call([&] {
                      return FwpmSessionEnum0(engine, e, 0, &entries, &n);
                    });
                    EXPECT_EQ(n, 0u);
                    EXPECT_EQ(entries, nullptr);
                    // The cursor did not move: the next page has this session.
                    EXPECT_EQ(FwpmSessionEnum0(engine, e, 10, &entries, &n),
                              (DWORD)ERROR_SUCCESS);
                    EXPECT_EQ(n, 1u);
                    FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
                    destroy(engine, e);
                    FwpmEngineClose0(engine);
                    return code;
                  }});
  rows.push_back({"FwpmSessionEnum0", "numEntriesRequested", "0xFFFFFFFF",
                  ERROR_SUCCESS, INF, ANY, [create, destroy](Ctx& c) {
                    HANDLE engine = Open();
                    HANDLE e = create(engine);
                    UINT32 n = 0;
                    const uint32_t code = c.Call([&] {
                      FWPM_SESSION0** entries = nullptr;
                      const DWORD r = FwpmSessionEnum0(engine, e, 0xFFFFFFFFu,
                                                       &entries, &n);
                      FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
                      return r;
                    });
                    EXPECT_EQ(n, 1u);
                    destroy(engine, e);
                    FwpmEngineClose0(engine);
                    return code;
                  }});
  return rows;
}

std::vector<Case> MemoryRows() {
  return {
      {"FwpmFreeMemory0", "p", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         return c.Call([] {
           FwpmFreeMemory0(nullptr);
           return 0u;
         });
       }},
      {"FwpmFreeMemory0", "*p", "NULL (a no-op)", 0, INF, ANY,
       [](Ctx& c) {
         void* p = nullptr;
         const uint32_t code = c.Call([&] {
           FwpmFreeMemory0(&p);
           return 0u;
         });
         EXPECT_EQ(c.emu().verifier().count(), 0u);
         return code;
       }},
      {"FwpmFreeMemory0", "*p", "memory no Fwpm* function returned", 0, INF,
       NAMED,
       [](Ctx& c) {
         int local = 0;
         void* p = &local;
         const uint32_t code = c.Call([&] {
           FwpmFreeMemory0(&p);
           return 0u;
         });
         EXPECT_EQ(p, &local) << "*p is left alone";
         return code;
       }},
      {"FwpmFreeMemory0", "*p", "already freed (a copy of the pointer)", 0, INF,
       NAMED,
       [](Ctx& c) {
         HANDLE engine = Open();
         FWPM_PROVIDER0* p = nullptr;
         EXPECT_EQ(FwpmProviderGetByKey0(engine, &FWPM_PROVIDER_IKEEXT, &p),
                   (DWORD)ERROR_SUCCESS);
         void* copy = p;
         FwpmFreeMemory0(reinterpret_cast<void**>(&p));
         EXPECT_EQ(p, nullptr);
         const uint32_t code = c.Call([&] {
           FwpmFreeMemory0(&copy);
           return 0u;
         });
         FwpmEngineClose0(engine);
         return code;
       }},
  };
}

std::vector<Case> AppIdRows() {
  auto appid = [](const wchar_t* name) {
    return [name](Ctx& c) {
      FWP_BYTE_BLOB* blob = Poison<FWP_BYTE_BLOB*>();
      const uint32_t code =
          c.Call([&] { return FwpmGetAppIdFromFileName0(name, &blob); });
      EXPECT_EQ(blob, nullptr) << "*appId on failure [INF 4.14.6]";
      return code;
    };
  };
  return {
      {"FwpmGetAppIdFromFileName0", "fileName", "NULL", ERROR_INVALID_PARAMETER,
       INF, ANY, appid(nullptr)},
      {"FwpmGetAppIdFromFileName0", "fileName", "empty",
       ERROR_INVALID_PARAMETER, INF, ANY, appid(L"")},
      {"FwpmGetAppIdFromFileName0", "fileName", "missing file",
       ERROR_FILE_NOT_FOUND, INF, ANY,
       appid(L"/tmp/winemu-catalogue-none.exe")},
      {"FwpmGetAppIdFromFileName0", "fileName", "missing directory",
       ERROR_PATH_NOT_FOUND, INF, ANY,
       appid(L"/winemu-catalogue-none/dir/app.exe")},
      {"FwpmGetAppIdFromFileName0", "appId", "NULL", ERROR_INVALID_PARAMETER,
       INF, ANY,
       [](Ctx& c) {
         return c.Call(
             [] { return FwpmGetAppIdFromFileName0(L"/bin/sh", nullptr); });
       }},
  };
}

}  // namespace

std::vector<Case> WfpCases() {
  std::vector<Case> rows = EngineRows();
  Append(rows, TransactionRows());
  Append(rows, SessionEnumRows());
  Append(rows, MemoryRows());
  Append(rows, AppIdRows());
  return rows;
}

}  // namespace winemu::catalogue
