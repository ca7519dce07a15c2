// Copyright winemu authors.
//
// wfp_fuzzer.cc: fuzzes the Filtering Platform management API as client code
// would drive it.
//
// The input picks calls (open dynamic or static sessions, begin read-only or
// read/write transactions, commit, abort, add providers, sublayers and
// filters with a few conditions, delete them by key or id, enumerate
// sessions and filters with small and huge page sizes, destroy enumerations,
// close), the process each runs as (elevated or not), which handle values
// they get (live, closed, another process's, garbage, NULL), process spawns
// and exits, pumps and virtual clock moves. Checked: every code is in the
// function's documented (or spec-recommended) set, a bad engine handle never
// succeeds, at most one explicit transaction per session, and nothing is
// left open once every process has exited.
//
// The harness is single-threaded, so it never makes a call that would wait
// for the engine-wide transaction lock held by another session (that wait
// only ends when the virtual clock moves).
#include <fwpmu.h>
#include <windows.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "emu/core/api_info.h"
#include "emu/core/emulator.h"
#include "emu/wfp/engine.h"
#include "tests/fuzz/fuzzers.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "wfp_fuzzer invariant broken: %s\n", what);
    std::abort();
  }
}

// Every result must be in the function's code set, kept with its export
// table (api_info.h): documented, observed and recommended codes.
void CheckCode(DWORD code, const char* function) {
  const winemu::ApiInfo* api = winemu::FindApi(function);
  Check(api != nullptr && api->codes != nullptr, "a registered function");
  if (api->codes->Contains(code)) return;
  std::fprintf(stderr, "wfp_fuzzer: %s returned 0x%lx, not a documented code\n",
               function, static_cast<unsigned long>(code));
  std::abort();
}

class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

GUID Key(unsigned n) {
  return GUID{0x5eed0000u + n, 0x1, 0x4002, {0x80, 3, 4, 5, 6, 7, 8, 9}};
}

enum Txn { kNone, kReadOnly, kReadWrite };

struct Session {
  winemu::ProcessId pid;
  HANDLE h;
  Txn txn = kNone;
};

struct Enum {
  winemu::ProcessId pid;
  HANDLE engine;
  HANDLE h;
  bool filters;  // else sessions
};

}  // namespace

static int FuzzOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  winemu::Emulator emu(winemu::fuzz::InputOptions());
  winemu::wfp::FilterEngine& bfe =
      emu.GetExtension<winemu::wfp::FilterEngine>();
  std::vector<winemu::Process*> processes = {&emu.default_process()};
  std::vector<Session> sessions;  // live, per process
  std::vector<Enum> enums;        // every enumeration handle ever returned
  std::vector<HANDLE> values;     // every handle value ever returned
  std::vector<UINT64> filter_ids = {0, 1, 0xFFFFFFFFFFFFFFFFull};

  auto pick_handle = [&]() -> HANDLE {
    const uint8_t b = in.Byte();
    if (b == 0) return nullptr;
    if (b == 1 || values.empty()) return (HANDLE)(ULONG_PTR)(0x1000 + b * 4);
    return values[b % values.size()];
  };
  auto find = [&](winemu::ProcessId pid, HANDLE h) -> Session* {
    for (Session& s : sessions) {
      if (s.pid == pid && s.h == h) return &s;
    }
    return nullptr;
  };
  // After any call on a session: a bad handle never succeeds, and a
  // forcibly aborted transaction is reported once and then gone.
  auto after = [&](Session* s, DWORD rc) {
    if (s == nullptr) {
      Check(rc == ERROR_INVALID_HANDLE || rc == ERROR_INVALID_PARAMETER,
            "a call on a non-session handle fails with 6 (or 87)");
      return;
    }
    if (rc == static_cast<DWORD>(FWP_E_TXN_ABORTED)) s->txn = kNone;
  };
  // Would this call wait for the transaction lock another session holds?
  auto would_block = [&](Session* s) {
    return s != nullptr && s->txn == kNone && bfe.lock_owner() != 0;
  };
  auto forget_process = [&](winemu::ProcessId pid) {
    std::vector<Session> kept;
    for (const Session& s : sessions) {
      if (s.pid != pid) kept.push_back(s);
    }
    sessions.swap(kept);
  };

  while (!in.empty()) {
    winemu::Process* p = processes[in.Byte() % processes.size()];
    if (!p->alive()) continue;
    winemu::ScopedProcess as(*p);
    const winemu::ProcessId pid = p->id();
    switch (in.Byte() % 16) {
      case 0: {  // FwpmEngineOpen0
        const uint8_t b = in.Byte();
        FWPM_SESSION0 session = {};
        session.flags = (b & 1) ? FWPM_SESSION_FLAG_DYNAMIC : 0;
        if (b & 2) session.flags |= 0x80000000u;  // undefined flag
        session.txnWaitTimeoutInMSec = (b & 4) ? 100 : 0;
        session.displayData.name = const_cast<wchar_t*>(L"fuzz");
        HANDLE h = nullptr;
        const UINT32 authn = (b & 8) ? 0x1234 : RPC_C_AUTHN_WINNT;
        const DWORD rc = FwpmEngineOpen0(nullptr, authn, nullptr,
                                         (b & 16) ? nullptr : &session, &h);
        CheckCode(rc, "FwpmEngineOpen0");
        if (rc == ERROR_SUCCESS) {
          Check(find(pid, h) == nullptr, "a new engine handle is new");
          sessions.push_back({pid, h});
          values.push_back(h);
        }
        break;
      }
      case 1: {  // FwpmEngineClose0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        const DWORD rc = FwpmEngineClose0(h);
        CheckCode(rc, "FwpmEngineClose0");
        Check((rc == ERROR_SUCCESS) == (s != nullptr),
              "EngineClose0 succeeds exactly on a live engine handle");
        if (s != nullptr) sessions.erase(sessions.begin() + (s - &sessions[0]));
        break;
      }
      case 2: {  // FwpmTransactionBegin0
        HANDLE h = pick_handle();
        const uint8_t b = in.Byte();
        const UINT32 flags =
            (b & 1) ? FWPM_TXN_READ_ONLY : ((b & 2) ? 0x10u : 0u);
        Session* s = find(pid, h);
        if (flags != FWPM_TXN_READ_ONLY && would_block(s)) break;
        const DWORD rc = FwpmTransactionBegin0(h, flags);
        CheckCode(rc, "FwpmTransactionBegin0");
        after(s, rc);
        if (rc == ERROR_SUCCESS) {
          Check(s->txn == kNone, "at most one explicit transaction");
          s->txn = flags == FWPM_TXN_READ_ONLY ? kReadOnly : kReadWrite;
        } else if (s != nullptr && s->txn != kNone && flags != 0x10u) {
          if (rc != static_cast<DWORD>(FWP_E_TXN_IN_PROGRESS) &&
              rc != static_cast<DWORD>(FWP_E_TXN_ABORTED)) {
            std::fprintf(stderr, "second Begin returned 0x%lx\n",
                         static_cast<unsigned long>(rc));
            Check(false, "a second Begin is FWP_E_TXN_IN_PROGRESS");
          }
        }
        break;
      }
      case 3:
      case 4: {  // FwpmTransactionCommit0 / FwpmTransactionAbort0
        const bool commit = in.Byte() & 1;
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        const DWORD rc =
            commit ? FwpmTransactionCommit0(h) : FwpmTransactionAbort0(h);
        CheckCode(rc,
                  commit ? "FwpmTransactionCommit0" : "FwpmTransactionAbort0");
        after(s, rc);
        if (s != nullptr) {
          if (rc == ERROR_SUCCESS) {
            Check(s->txn != kNone, "Commit/Abort succeed only in a txn");
          }
          if (rc == static_cast<DWORD>(FWP_E_NO_TXN_IN_PROGRESS)) {
            Check(s->txn == kNone, "NO_TXN_IN_PROGRESS only without a txn");
          }
          s->txn = kNone;
        }
        break;
      }
      case 5: {  // FwpmProviderAdd0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        if (would_block(s)) break;
        const uint8_t b = in.Byte();
        FWPM_PROVIDER0 provider = {};
        provider.providerKey = Key(b % 4);
        provider.displayData.name =
            (b & 4) ? nullptr : const_cast<wchar_t*>(L"fuzz provider");
        provider.flags = (b & 8) ? FWPM_PROVIDER_FLAG_PERSISTENT : 0;
        const DWORD rc = FwpmProviderAdd0(h, &provider, nullptr);
        CheckCode(rc, "FwpmProviderAdd0");
        after(s, rc);
        break;
      }
      case 6: {  // FwpmSubLayerAdd0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        if (would_block(s)) break;
        const uint8_t b = in.Byte();
        GUID provider_key = Key(b % 4);
        FWPM_SUBLAYER0 sublayer = {};
        sublayer.subLayerKey = Key(16 + (b >> 2) % 4);
        sublayer.displayData.name =
            (b & 0x40) ? nullptr : const_cast<wchar_t*>(L"fuzz sublayer");
        sublayer.providerKey = (b & 0x80) ? &provider_key : nullptr;
        sublayer.weight = b;
        const DWORD rc = FwpmSubLayerAdd0(h, &sublayer, nullptr);
        CheckCode(rc, "FwpmSubLayerAdd0");
        after(s, rc);
        break;
      }
      case 7: {  // FwpmFilterAdd0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        if (would_block(s)) break;
        const uint8_t b = in.Byte();
        const uint8_t c = in.Byte();
        GUID provider_key = Key(b % 4);
        FWP_V4_ADDR_AND_MASK addr = {0x0A000000u, 0xFF000000u};
        FWPM_FILTER_CONDITION0 conds[3] = {};
        const UINT32 n = c % 4;
        for (UINT32 i = 0; i < n; ++i) {
          FWPM_FILTER_CONDITION0& cond = conds[i];
          cond.matchType = FWP_MATCH_EQUAL;
          switch ((c >> (2 + 2 * i)) % 4) {
            case 0:
              cond.fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
              cond.conditionValue.type = FWP_UINT16;
              cond.conditionValue.uint16 = 443;
              break;
            case 1:
              cond.fieldKey = FWPM_CONDITION_IP_PROTOCOL;
              cond.conditionValue.type = FWP_UINT8;
              cond.conditionValue.uint8 = 6;
              break;
            case 2:
              cond.fieldKey = FWPM_CONDITION_IP_REMOTE_ADDRESS;
              cond.conditionValue.type = FWP_V4_ADDR_MASK;
              cond.conditionValue.v4AddrMask = &addr;
              break;
            case 3:  // wrong value type for the field
              cond.fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
              cond.conditionValue.type = FWP_UINT32;
              cond.conditionValue.uint32 = 443;
              break;
          }
        }
        FWPM_FILTER0 filter = {};
        filter.filterKey = (b & 4) ? GUID{} : Key(32 + (b >> 3) % 4);
        filter.displayData.name = const_cast<wchar_t*>(L"fuzz filter");
        filter.flags = (b & 0x20) ? FWPM_FILTER_FLAG_PERSISTENT : 0;
        filter.providerKey = (b & 0x40) ? &provider_key : nullptr;
        filter.layerKey = (b & 0x80) ? Key(99) : FWPM_LAYER_ALE_AUTH_CONNECT_V4;
        filter.subLayerKey =
            (c & 0x40) ? Key(16 + b % 4) : FWPM_SUBLAYER_UNIVERSAL;
        if (c & 0x80) {
          filter.weight.type = FWP_UINT8;
          filter.weight.uint8 = b % 16;
        } else {
          filter.weight.type = FWP_EMPTY;
        }
        filter.numFilterConditions = n;
        filter.filterCondition = n ? conds : nullptr;
        filter.action.type = (b & 1) ? FWP_ACTION_BLOCK : FWP_ACTION_PERMIT;
        if ((b & 3) == 3) filter.action.type = 0x77;  // not an action type
        UINT64 id = 0;
        const DWORD rc = FwpmFilterAdd0(h, &filter, nullptr, &id);
        CheckCode(rc, "FwpmFilterAdd0");
        after(s, rc);
        if (rc == ERROR_SUCCESS) filter_ids.push_back(id);
        break;
      }
      case 8: {  // Fwpm{Provider,SubLayer,Filter}DeleteByKey0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        if (would_block(s)) break;
        const uint8_t b = in.Byte();
        const GUID key = Key((b % 3) * 16 + (b >> 2) % 4);
        DWORD rc;
        const char* name;
        switch (b % 3) {
          case 0:
            rc = FwpmProviderDeleteByKey0(h, &key);
            name = "FwpmProviderDeleteByKey0";
            break;
          case 1:
            rc = FwpmSubLayerDeleteByKey0(h, &key);
            name = "FwpmSubLayerDeleteByKey0";
            break;
          default:
            rc = FwpmFilterDeleteByKey0(h, &key);
            name = "FwpmFilterDeleteByKey0";
            break;
        }
        CheckCode(rc, name);
        after(s, rc);
        break;
      }
      case 9: {  // FwpmFilterDeleteById0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        if (would_block(s)) break;
        const UINT64 id = filter_ids[in.Byte() % filter_ids.size()];
        const DWORD rc = FwpmFilterDeleteById0(h, id);
        CheckCode(rc, "FwpmFilterDeleteById0");
        after(s, rc);
        break;
      }
      case 10: {  // Fwpm{Session,Filter}CreateEnumHandle0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        const uint8_t b = in.Byte();
        const bool filters = b & 1;
        HANDLE e = nullptr;
        DWORD rc;
        if (filters) {
          FWPM_FILTER_ENUM_TEMPLATE0 t = {};
          t.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
          t.enumType = (b & 4) ? FWP_FILTER_ENUM_OVERLAPPING
                               : FWP_FILTER_ENUM_FULLY_CONTAINED;
          t.actionMask = 0xFFFFFFFFu;
          rc = FwpmFilterCreateEnumHandle0(h, (b & 2) ? &t : nullptr, &e);
          CheckCode(rc, "FwpmFilterCreateEnumHandle0");
        } else {
          FWPM_SESSION_ENUM_TEMPLATE0 t = {};
          t.reserved = (b & 4) ? 1 : 0;
          rc = FwpmSessionCreateEnumHandle0(h, (b & 2) ? &t : nullptr, &e);
          CheckCode(rc, "FwpmSessionCreateEnumHandle0");
        }
        after(s, rc);
        if (rc == ERROR_SUCCESS) {
          enums.push_back({pid, h, e, filters});
          values.push_back(e);
        }
        break;
      }
      case 11: {  // Fwpm{Session,Filter}Enum0
        HANDLE h = pick_handle();
        Session* s = find(pid, h);
        const uint8_t b = in.Byte();
        HANDLE e =
            enums.empty() ? pick_handle() : enums[in.Byte() % enums.size()].h;
        const UINT32 n = (b & 2) ? 0xFFFFFFFFu : (b >> 2) % 4;
        UINT32 got = 0xdeadbeef;
        DWORD rc;
        if (b & 1) {
          FWPM_FILTER0** entries = nullptr;
          rc = FwpmFilterEnum0(h, e, n, &entries, &got);
          CheckCode(rc, "FwpmFilterEnum0");
          if (rc == ERROR_SUCCESS) {
            Check(got <= n, "no more entries than requested");
            for (UINT32 i = 0; i < got; ++i)
              Check(entries[i] != nullptr, "entry");
          }
          FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
          Check(entries == nullptr, "FwpmFreeMemory0 clears the pointer");
        } else {
          FWPM_SESSION0** entries = nullptr;
          rc = FwpmSessionEnum0(h, e, n, &entries, &got);
          CheckCode(rc, "FwpmSessionEnum0");
          if (rc == ERROR_SUCCESS) {
            Check(got <= n, "no more entries than requested");
            for (UINT32 i = 0; i < got; ++i)
              Check(entries[i] != nullptr, "entry");
          }
          FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
          Check(entries == nullptr, "FwpmFreeMemory0 clears the pointer");
        }
        after(s, rc);
        break;
      }
      case 12: {  // Fwpm{Session,Filter}DestroyEnumHandle0
        if (enums.empty()) break;
        const Enum& en = enums[in.Byte() % enums.size()];
        const uint8_t b = in.Byte();
        HANDLE h = (b & 1) ? pick_handle() : en.engine;
        Session* s = find(pid, h);
        const DWORD rc = en.filters ? FwpmFilterDestroyEnumHandle0(h, en.h)
                                    : FwpmSessionDestroyEnumHandle0(h, en.h);
        CheckCode(rc, en.filters ? "FwpmFilterDestroyEnumHandle0"
                                 : "FwpmSessionDestroyEnumHandle0");
        after(s, rc);
        break;
      }
      case 13: {
        const uint8_t b = in.Byte();
        if (b & 1) {
          if (processes.size() < 4) {
            winemu::ProcessOptions options;
            options.identity.elevated = b & 2;
            processes.push_back(&emu.SpawnProcess(options));
          }
        } else if (emu.TerminateProcess(pid)) {
          forget_process(pid);
        }
        break;
      }
      case 14:
        emu.queue().RunUntilIdle();
        break;
      case 15: {
        const uint8_t b = in.Byte();
        // Small steps, or minutes (the one-hour transaction limit).
        emu.clock().Advance((b & 1) ? absl::Minutes(b) : absl::Milliseconds(b));
        break;
      }
    }
  }
  // Every process exits; nothing may be left open.
  for (winemu::Process* p : processes) {
    if (emu.TerminateProcess(p->id())) forget_process(p->id());
  }
  emu.queue().RunUntilIdle();
  Check(bfe.lock_owner() == 0, "no transaction lock after every exit");
  Check(emu.Leaks().empty(), "nothing left open after every process exited");
  return 0;
}

int winemu::fuzz::WfpFuzzOne(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}

#ifndef WINEMU_FUZZ_BODY_ONLY  // `winemu replay` links every body at once
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}
#endif
