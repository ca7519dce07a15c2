// Copyright winemu authors.
//
// cross_fuzzer.cc: fuzzes the API families together, as one program that
// uses all of them would, to find handle confusion between them.
//
// Every handle any family returned (WFP engine and enumeration handles,
// Wi-Fi Direct client and session handles, Filter Manager user ports and
// kernel files and ports, kernel32 events, threads and completion ports)
// goes into one pool; each closer of each family is then called with values
// from that pool (valid, stale, closed, of the wrong family, of another
// process), plus garbage, NULL and INVALID_HANDLE_VALUE. The input also
// drives WFP transactions, Wi-Fi Direct opens, port messages, overlapped
// reads through completion ports, events, waits, threads, process spawns and
// exits, queue pumps and clock moves. Checked after each call: every code is
// in the function's documented (or spec-recommended) set; a closer succeeds
// exactly on a live handle of its own type and process, and that handle is
// stale afterwards; a WFP transaction is all-or-nothing; a completion port
// hands out each posted packet once. At the end: at most one Wi-Fi Direct
// callback per open and none after its client was closed or its process
// exited, DisconnectNotify at most once per connection, and no handle or
// allocation left once the driver unloaded and every process exited.
//
// Single-threaded on a virtual clock: no call is made that would wait for
// the clock (waits use a zero timeout, FltSendMessage a zero timeout, reads
// are overlapped, WFP writes only when nobody holds the transaction lock).
#include <fltKernel.h>
#include <fltUser.h>
#include <fwpmu.h>
#include <windows.h>
#include <wlanapi.h>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <set>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/fltmgr/filter_manager.h"
#include "emu/wfd/testing/wfd_control.h"
#include "emu/wfp/testing/wfp_control.h"

namespace {

void Check(bool ok, const char *what) {
  if (!ok) {
    std::fprintf(stderr, "cross_fuzzer invariant broken: %s\n", what);
    std::abort();
  }
}

void CheckCode(int64_t code, std::initializer_list<int64_t> allowed,
               const char *function, bool any_fwp = false) {
  for (int64_t a : allowed) {
    if (static_cast<uint32_t>(code) == static_cast<uint32_t>(a)) return;
  }
  const uint32_t c = static_cast<uint32_t>(code);
  // WFP functions document "any FWP_E_* code" and RPC errors.
  if (any_fwp && ((c & 0xFFFF0000u) == 0x80320000u || (c >= 1700 && c <= 1999)))
    return;
  std::fprintf(stderr,
               "cross_fuzzer: %s returned 0x%x, not a documented code\n",
               function, c);
  std::abort();
}

class Input {
 public:
  Input(const uint8_t *data, size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }

 private:
  const uint8_t *data_;
  size_t size_;
  size_t pos_ = 0;
};

enum Kind {
  kWfpEngine,
  kWfpEnum,
  kWfdClient,
  kWfdSession,
  kUserPort,
  kEvent,
  kThread,
  kIocp,
  kFile,        // FltCreateFile, System process
  kKernelPort,  // PFLT_PORT / PFLT_FILTER, System process
};

struct Value {
  HANDLE h;
  Kind kind;
  winemu::ProcessId owner;
  HANDLE parent = nullptr;  // a WFP enumeration's engine handle
  bool filter_enum = false;
};

// One started Wi-Fi Direct open (the callback's context).
struct Open {
  winemu::ProcessId owner = 0;
  HANDLE client = nullptr;
  int callbacks = 0;
  bool no_more = false;  // its client closed or its process exited
  int in_callback = 0;   // 1: WFDCloseHandle, 2: CloseHandle on the client
};

VOID WINAPI OnOpenComplete(HANDLE, PVOID context, GUID, DWORD error, DWORD) {
  auto *open = static_cast<Open *>(context);
  Check(!open->no_more, "no callback after its client closed or owner exited");
  Check(++open->callbacks == 1, "at most one callback per open");
  CheckCode(error,
            {ERROR_SUCCESS, ERROR_NOT_FOUND, ERROR_CANCELLED,
             ERROR_DEVICE_NOT_AVAILABLE, ERROR_INVALID_PARAMETER,
             ERROR_INVALID_STATE, ERROR_SERVICE_NOT_ACTIVE},
            "open callback dwError");
  if (open->in_callback == 1) {
    CheckCode(WFDCloseHandle(open->client),
              {ERROR_SUCCESS, ERROR_INVALID_HANDLE}, "WFDCloseHandle (cb)");
  } else if (open->in_callback == 2) {
    Check(!CloseHandle(open->client), "CloseHandle never closes a WFD client");
  }
}

// The minifilter: one connection per ConnectNotify.
struct Conn {
  PFLT_PORT kport = NULL;
  int disconnects = 0;
};
struct Driver {
  DRIVER_OBJECT driver = {};
  PFLT_FILTER filter = NULL;
  PFLT_PORT server = NULL;
  std::vector<std::unique_ptr<Conn>> *conns = nullptr;
};
Driver g;

NTSTATUS FLTAPI OnConnect(PFLT_PORT client, PVOID, PVOID, ULONG,
                          PVOID *cookie) {
  auto conn = std::make_unique<Conn>();
  conn->kport = client;
  *cookie = conn.get();
  g.conns->push_back(std::move(conn));
  return STATUS_SUCCESS;
}

VOID FLTAPI OnDisconnect(PVOID cookie) {
  auto *conn = static_cast<Conn *>(cookie);
  Check(++conn->disconnects == 1, "DisconnectNotify at most once");
  FltCloseClientPort(g.filter, &conn->kport);
}

NTSTATUS FLTAPI OnMessage(PVOID, PVOID, ULONG, PVOID out, ULONG out_length,
                          PULONG returned) {
  *returned = (out != NULL && out_length > 0) ? 1 : 0;
  if (*returned) static_cast<char *>(out)[0] = 'r';
  return STATUS_SUCCESS;
}

// An overlapped FilterGetMessage; outlives the emulator (a cancelled or
// abandoned read still writes its OVERLAPPED).
struct Read {
  OVERLAPPED ov = {};
  struct {
    FILTER_MESSAGE_HEADER header;
    char data[16];
  } message = {};
};

DWORD WINAPI ThreadMain(LPVOID param) {
  return static_cast<DWORD>(reinterpret_cast<ULONG_PTR>(param));
}

GUID FilterKey(unsigned n) {
  return GUID{0xc0550000u + n, 0x2, 0x4003, {0x81, 1, 2, 3, 4, 5, 6, 7}};
}

DOT11_MAC_ADDRESS kMacs[2] = {{2, 0, 0, 0, 0, 1}, {2, 0, 0, 0, 0, 2}};

const wchar_t kPortName[] = L"\\CrossPort";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Input in(data, size);
  std::vector<std::unique_ptr<Read>> reads;  // outlive the emulator
  std::vector<std::unique_ptr<Open>> opens;
  std::vector<std::unique_ptr<Conn>> conns;
  g = Driver();
  g.conns = &conns;
  {
    winemu::Emulator emu(
        {.mode = winemu::EmulatorMode::kDeterministic, .trace = false});
    winemu::wfd::testing::WfdControl wfd(emu);
    winemu::wfd::MacAddress mac0, mac1;
    for (int i = 0; i < 6; ++i) mac0[i] = kMacs[0][i], mac1[i] = kMacs[1][i];
    wfd.AddPairedDevice(mac0, absl::Milliseconds(5));
    wfd.AddLegacyDevice(mac1);
    auto bfe = std::make_unique<winemu::wfp::testing::WfpControl>(emu);
    emu.GetExtension<winemu::fltmgr::FilterManager>().volume().SeedFile(
        L"\\a.txt", "data");

    std::vector<winemu::Process *> processes = {&emu.default_process()};
    std::vector<Value> values;
    // Packets posted to each completion port and not yet dequeued.
    std::vector<std::pair<HANDLE, ULONG_PTR>> posted;
    ULONG_PTR next_key = 1;
    unsigned next_filter = 0;

    const FLT_REGISTRATION reg = {sizeof(FLT_REGISTRATION),
                                  FLT_REGISTRATION_VERSION};
    CheckCode(FltRegisterFilter(&g.driver, &reg, &g.filter), {STATUS_SUCCESS},
              "FltRegisterFilter");
    values.push_back({(HANDLE)g.filter, kKernelPort, winemu::kSystemProcessId});
    {
      UNICODE_STRING name;
      RtlInitUnicodeString(&name, kPortName);
      OBJECT_ATTRIBUTES oa;
      InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
      CheckCode(
          FltCreateCommunicationPort(g.filter, &g.server, &oa, NULL, OnConnect,
                                     OnDisconnect, OnMessage, 4),
          {STATUS_SUCCESS}, "FltCreateCommunicationPort");
      values.push_back(
          {(HANDLE)g.server, kKernelPort, winemu::kSystemProcessId});
    }

    auto add = [&](HANDLE h, Kind kind, winemu::ProcessId owner) {
      values.push_back({h, kind, owner});
    };
    // NULL, garbage, INVALID_HANDLE_VALUE, or any value ever returned.
    auto pick = [&](const Value **v) -> HANDLE {
      const uint8_t b = in.Byte();
      *v = nullptr;
      if (b == 0) return nullptr;
      if (b == 1) return (HANDLE)(ULONG_PTR)0x7777;
      if (b == 2 || values.empty()) return INVALID_HANDLE_VALUE;
      *v = &values[b % values.size()];
      return (*v)->h;
    };
    auto live = [&](const Value *v) {
      return v != nullptr &&
             emu.handles()
                 .Lookup(reinterpret_cast<uint64_t>(v->h), v->owner, nullptr)
                 .ok();
    };
    // A closer must succeed exactly on a live handle of its kinds and of the
    // caller (kernel handles: of the System process), and leave it stale.
    auto closed = [&](const Value *v, bool ok,
                      std::initializer_list<Kind> kinds,
                      winemu::ProcessId caller, bool was_live, const char *fn) {
      bool mine = false;
      if (v != nullptr) {
        for (Kind k : kinds) mine |= v->kind == k;
        mine &= v->kind == kFile || v->owner == caller;
      }
      if (ok != (mine && was_live)) {
        std::fprintf(stderr, "%s: %s on a %s handle\n", fn,
                     ok ? "succeeded" : "failed",
                     v == nullptr ? "garbage"
                     : !was_live  ? "stale"
                     : mine       ? "live own"
                                  : "live foreign/wrong-type");
        Check(false, "a closer succeeds exactly on its own live handles");
      }
      if (ok) {
        Check(
            emu.handles()
                    .Lookup(reinterpret_cast<uint64_t>(v->h), v->owner, nullptr)
                    .status == winemu::HandleStatus::kClosed,
            "a closed handle is stale");
      }
    };
    auto process_exited = [&](winemu::ProcessId pid) {
      for (auto &o : opens) {
        if (o->owner == pid) o->no_more = true;
      }
    };

    while (!in.empty()) {
      winemu::Process *p = processes[in.Byte() % processes.size()];
      const uint8_t op = in.Byte() % 26;
      if (!p->alive()) continue;
      winemu::ScopedProcess as(*p);
      const winemu::ProcessId pid = p->id();
      const Value *v = nullptr;
      switch (op) {
        case 0: {  // CloseHandle
          HANDLE h = pick(&v);
          const bool was_live = live(v);
          const BOOL ok = CloseHandle(h);
          if (!ok)
            CheckCode(GetLastError(), {ERROR_INVALID_HANDLE}, "CloseHandle");
          if (h == INVALID_HANDLE_VALUE) {
            Check(ok, "CloseHandle(current process) succeeds");
            break;
          }
          closed(v, ok, {kUserPort, kEvent, kThread, kIocp}, pid, was_live,
                 "CloseHandle");
          break;
        }
        case 1: {  // FwpmEngineClose0
          HANDLE h = pick(&v);
          const bool was_live = live(v);
          const DWORD rc = FwpmEngineClose0(h);
          CheckCode(rc, {ERROR_SUCCESS, ERROR_INVALID_HANDLE},
                    "FwpmEngineClose0", true);
          closed(v, rc == ERROR_SUCCESS, {kWfpEngine}, pid, was_live,
                 "FwpmEngineClose0");
          break;
        }
        case 2: {  // WFDCloseHandle
          HANDLE h = pick(&v);
          const bool was_live = live(v);
          const DWORD rc = WFDCloseHandle(h);
          CheckCode(
              rc,
              {ERROR_SUCCESS, ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
              "WFDCloseHandle");
          closed(v, rc == ERROR_SUCCESS, {kWfdClient}, pid, was_live,
                 "WFDCloseHandle");
          if (rc == ERROR_SUCCESS) {
            for (auto &o : opens) {
              if (o->client == h) o->no_more = true;
            }
          }
          break;
        }
        case 3: {  // WFDCloseSession
          HANDLE h = pick(&v);
          const bool was_live = live(v);
          const DWORD rc = WFDCloseSession(h);
          CheckCode(rc,
                    {ERROR_SUCCESS, ERROR_INVALID_HANDLE,
                     ERROR_INVALID_PARAMETER, ERROR_INVALID_STATE},
                    "WFDCloseSession");
          // An open still pending is ERROR_INVALID_STATE (handle kept).
          if (rc != static_cast<DWORD>(ERROR_INVALID_STATE)) {
            closed(v, rc == ERROR_SUCCESS, {kWfdSession}, pid, was_live,
                   "WFDCloseSession");
          } else {
            Check(v != nullptr && v->kind == kWfdSession && live(v),
                  "ERROR_INVALID_STATE only for a live session");
          }
          break;
        }
        case 4: {  // FltClose, on any value
          HANDLE h = pick(&v);
          const bool was_live = live(v);
          const NTSTATUS st = FltClose(h);
          CheckCode(st, {STATUS_SUCCESS, STATUS_INVALID_HANDLE}, "FltClose");
          closed(v, st == STATUS_SUCCESS, {kFile}, pid, was_live, "FltClose");
          break;
        }
        case 5: {  // Fwpm{Session,Filter}DestroyEnumHandle0
          HANDLE e = pick(&v);
          const Value *ev = v;
          const bool was_live = live(ev);
          const uint8_t b = in.Byte();
          const Value *other = nullptr;
          HANDLE h = (b & 1) && ev != nullptr ? ev->parent : pick(&other);
          const bool filters = (ev != nullptr && ev->kind == kWfpEnum)
                                   ? ev->filter_enum
                                   : (b & 2);
          const DWORD rc = filters ? FwpmFilterDestroyEnumHandle0(h, e)
                                   : FwpmSessionDestroyEnumHandle0(h, e);
          CheckCode(
              rc,
              {ERROR_SUCCESS, ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
              "Fwpm*DestroyEnumHandle0", true);
          if (rc == ERROR_SUCCESS) {
            closed(ev, true, {kWfpEnum}, pid, was_live,
                   "Fwpm*DestroyEnumHandle0");
            Check(h == ev->parent, "an enumeration is destroyed by its engine");
          }
          break;
        }
        case 6: {  // FwpmEngineOpen0
          const uint8_t b = in.Byte();
          FWPM_SESSION0 session = {};
          session.flags = (b & 1) ? FWPM_SESSION_FLAG_DYNAMIC : 0;
          if (b & 2) session.flags |= 0x40000000u;  // undefined flag
          session.txnWaitTimeoutInMSec = (b & 4) ? 0xFFFFFFFFu : 0;
          HANDLE h = nullptr;
          const DWORD rc =
              FwpmEngineOpen0(nullptr, (b & 8) ? 0x4321 : RPC_C_AUTHN_WINNT,
                              nullptr, (b & 16) ? nullptr : &session, &h);
          CheckCode(rc, {ERROR_SUCCESS, ERROR_INVALID_PARAMETER},
                    "FwpmEngineOpen0", true);
          if (rc == ERROR_SUCCESS) add(h, kWfpEngine, pid);
          break;
        }
        case 7: {  // Fwpm{Session,Filter}CreateEnumHandle0
          HANDLE h = pick(&v);
          const bool filters = in.Byte() & 1;
          HANDLE e = nullptr;
          const DWORD rc = filters
                               ? FwpmFilterCreateEnumHandle0(h, nullptr, &e)
                               : FwpmSessionCreateEnumHandle0(h, nullptr, &e);
          CheckCode(
              rc,
              {ERROR_SUCCESS, ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
              "Fwpm*CreateEnumHandle0", true);
          const bool own = v != nullptr && v->kind == kWfpEngine &&
                           v->owner == pid && live(v);
          Check(rc != ERROR_SUCCESS || own,
                "an enumeration is created only on an own engine handle");
          Check(rc != ERROR_INVALID_HANDLE || !own,
                "an own engine handle is not ERROR_INVALID_HANDLE");
          if (rc == ERROR_SUCCESS) {
            values.push_back({e, kWfpEnum, pid, h, filters});
          }
          break;
        }
        case 8: {  // Fwpm{Session,Filter}Enum0, hostile counts
          HANDLE e = pick(&v);
          const uint8_t b = in.Byte();
          const Value *engine = nullptr;
          HANDLE h = (b & 4) && v != nullptr ? v->parent : pick(&engine);
          const UINT32 n = (b & 1) ? 0xFFFFFFFFu : b % 5;
          UINT32 got = 0;
          DWORD rc;
          if (b & 2) {
            FWPM_FILTER0 **entries = nullptr;
            rc = FwpmFilterEnum0(h, e, n, &entries, &got);
            FwpmFreeMemory0(reinterpret_cast<void **>(&entries));
          } else {
            FWPM_SESSION0 **entries = nullptr;
            rc = FwpmSessionEnum0(h, e, n, &entries, &got);
            FwpmFreeMemory0(reinterpret_cast<void **>(&entries));
          }
          CheckCode(rc,
                    {ERROR_SUCCESS, ERROR_INVALID_HANDLE,
                     ERROR_INVALID_PARAMETER, ERROR_NOT_ENOUGH_MEMORY},
                    "Fwpm*Enum0", true);
          if (rc == ERROR_SUCCESS) {
            Check(got <= n, "no more entries than asked for");
            Check(v != nullptr && v->kind == kWfpEnum && v->owner == pid &&
                      h == v->parent,
                  "Enum0 succeeds only on an own enumeration and its engine");
          }
          break;
        }
        case 9: {  // a WFP transaction: all or nothing
          HANDLE h = pick(&v);
          if (v == nullptr || v->kind != kWfpEngine || v->owner != pid ||
              !live(v) || bfe->engine().lock_owner() != 0) {
            break;  // a write could wait for the lock on the virtual clock
          }
          const uint8_t b = in.Byte();
          if (FwpmTransactionBegin0(h, 0) != ERROR_SUCCESS) break;
          std::vector<GUID> added;
          for (int i = 0; i < 1 + (b & 3); ++i) {
            FWPM_FILTER0 filter = {};
            filter.filterKey = FilterKey(next_filter++);
            filter.displayData.name = const_cast<wchar_t *>(L"cross");
            filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
            filter.subLayerKey = FWPM_SUBLAYER_UNIVERSAL;
            filter.weight.type = FWP_EMPTY;
            // Bits 2-3 pick a filter whose action is not one (0: none).
            filter.action.type =
                ((b >> 2) & 3) == i + 1 ? 0x77u : FWP_ACTION_BLOCK;
            UINT64 id = 0;
            const DWORD rc = FwpmFilterAdd0(h, &filter, nullptr, &id);
            CheckCode(rc, {ERROR_SUCCESS, ERROR_INVALID_PARAMETER},
                      "FwpmFilterAdd0", true);
            if (rc == ERROR_SUCCESS) added.push_back(filter.filterKey);
          }
          if (b & 0x10) bfe->FailNextCommitAfter(b >> 6);
          const bool commit = b & 0x20;
          const DWORD rc =
              commit ? FwpmTransactionCommit0(h) : FwpmTransactionAbort0(h);
          CheckCode(rc, {ERROR_SUCCESS}, commit ? "Commit0" : "Abort0", true);
          if (!commit) bfe->FailNextCommitAfter(-1);
          Check(bfe->engine().lock_owner() == 0, "the lock is released");
          const bool applied = commit && rc == ERROR_SUCCESS;
          std::set<std::pair<uint32_t, uint32_t>> present;
          for (const auto &f : bfe->Filters()) {
            present.insert({f->key.data1, f->key.data2});
          }
          for (const GUID &key : added) {
            Check(present.count({key.Data1, key.Data2}) == (applied ? 1u : 0u),
                  "a transaction's changes all apply, or none");
          }
          break;
        }
        case 10: {  // WFDOpenHandle
          const uint8_t b = in.Byte();
          DWORD negotiated = 0;
          HANDLE h = nullptr;
          const DWORD rc =
              WFDOpenHandle((b & 3) ? WFD_API_VERSION_1_0 : b, &negotiated, &h);
          CheckCode(
              rc,
              {ERROR_SUCCESS, ERROR_INVALID_PARAMETER, ERROR_NOT_ENOUGH_MEMORY,
               ERROR_REMOTE_SESSION_LIMIT_EXCEEDED},
              "WFDOpenHandle");
          if (rc == ERROR_SUCCESS) add(h, kWfdClient, pid);
          break;
        }
        case 11: {  // WFDStartOpenSession
          auto open = std::make_unique<Open>();
          open->owner = pid;
          open->client = pick(&v);
          const uint8_t b = in.Byte();
          open->in_callback = (b % 8 == 1) ? 1 : (b % 8 == 2 ? 2 : 0);
          HANDLE session = nullptr;
          const DWORD rc =
              WFDStartOpenSession(open->client, &kMacs[(b >> 3) & 1],
                                  open.get(), OnOpenComplete, &session);
          CheckCode(rc,
                    {ERROR_SUCCESS, ERROR_INVALID_HANDLE,
                     ERROR_INVALID_PARAMETER, ERROR_INVALID_STATE},
                    "WFDStartOpenSession");
          if (rc == ERROR_SUCCESS) {
            Check(v != nullptr && v->kind == kWfdClient && v->owner == pid,
                  "an open starts only on an own client handle");
            add(session, kWfdSession, pid);
            opens.push_back(std::move(open));
          }
          break;
        }
        case 12: {  // WFDCancelOpenSession
          HANDLE h = pick(&v);
          CheckCode(
              WFDCancelOpenSession(h),
              {ERROR_SUCCESS, ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
              "WFDCancelOpenSession");
          break;
        }
        case 13: {  // FilterConnectCommunicationPort
          const uint8_t b = in.Byte();
          HANDLE port = nullptr;
          char context[8] = "ctx";
          const HRESULT hr = FilterConnectCommunicationPort(
              (b & 1) ? L"\\NoSuchPort" : kPortName, (b & 2) ? 0x8000 : 0,
              (b & 4) ? context : NULL, (b & 4) ? 8 : 0, NULL, &port);
          CheckCode(hr,
                    {S_OK, HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND),
                     HRESULT_FROM_WIN32(ERROR_CONNECTION_COUNT_LIMIT),
                     E_ACCESSDENIED, E_INVALIDARG},
                    "FilterConnectCommunicationPort");
          if (hr == S_OK) add(port, kUserPort, pid);
          break;
        }
        case 14: {  // FilterSendMessage, hostile sizes
          HANDLE h = pick(&v);
          const uint8_t b = in.Byte();
          char message[8] = "hello";
          char out[8];
          DWORD returned = 0;
          const HRESULT hr =
              FilterSendMessage(h, (b & 1) ? NULL : message, (b >> 1) % 9,
                                (b & 16) ? NULL : out, (b >> 5) % 9, &returned);
          CheckCode(hr,
                    {S_OK, E_HANDLE, E_INVALIDARG, E_ACCESSDENIED,
                     HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER),
                     HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION)},
                    "FilterSendMessage");
          if (hr == S_OK) {
            Check(v != nullptr && v->kind == kUserPort && v->owner == pid,
                  "a message goes only through an own port");
          }
          break;
        }
        case 15: {  // FilterGetMessage, overlapped (event or completion port)
          HANDLE h = pick(&v);
          const Value *ev = nullptr;
          HANDLE event = (in.Byte() & 1) ? pick(&ev) : NULL;
          auto read = std::make_unique<Read>();
          read->ov.hEvent = event;
          const HRESULT hr = FilterGetMessage(h, &read->message.header,
                                              sizeof(read->message), &read->ov);
          CheckCode(
              hr,
              {S_OK, HRESULT_FROM_WIN32(ERROR_IO_PENDING), E_HANDLE,
               E_INVALIDARG, HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)},
              "FilterGetMessage");
          reads.push_back(std::move(read));
          break;
        }
        case 16: {  // FltSendMessage, zero timeout, to any connection
          if (conns.empty()) break;
          Conn *c = conns[in.Byte() % conns.size()].get();
          char message[8] = "kernel";
          LARGE_INTEGER zero = {};
          const NTSTATUS st = FltSendMessage(
              g.filter, &c->kport, message, sizeof(message), NULL, NULL, &zero);
          CheckCode(st,
                    {STATUS_SUCCESS, STATUS_PORT_DISCONNECTED, STATUS_TIMEOUT,
                     STATUS_INSUFFICIENT_RESOURCES},
                    "FltSendMessage");
          break;
        }
        case 17: {  // FltCreateFile (a kernel handle)
          const uint8_t b = in.Byte();
          UNICODE_STRING name;
          RtlInitUnicodeString(
              &name, (b & 1) ? L"\\??\\C:\\a.txt" : L"\\??\\C:\\missing.txt");
          OBJECT_ATTRIBUTES oa;
          InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
          IO_STATUS_BLOCK iosb = {};
          HANDLE h = NULL;
          const NTSTATUS st =
              FltCreateFile(g.filter, NULL, &h, GENERIC_READ, &oa, &iosb, NULL,
                            FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ,
                            (b & 2) ? FILE_OPEN_IF : FILE_OPEN, 0, NULL, 0, 0);
          CheckCode(st, {STATUS_SUCCESS, STATUS_OBJECT_NAME_NOT_FOUND},
                    "FltCreateFile");
          if (NT_SUCCESS(st)) add(h, kFile, winemu::kSystemProcessId);
          break;
        }
        case 18: {  // CreateEventW / SetEvent / ResetEvent
          const uint8_t b = in.Byte();
          if (b & 1) {
            HANDLE h = CreateEventW(NULL, b & 2, b & 4, NULL);
            Check(h != NULL, "CreateEventW");
            add(h, kEvent, pid);
            break;
          }
          HANDLE h = pick(&v);
          const BOOL ok = (b & 2) ? SetEvent(h) : ResetEvent(h);
          if (!ok)
            CheckCode(GetLastError(), {ERROR_INVALID_HANDLE}, "SetEvent");
          Check(ok == (v != nullptr && v->kind == kEvent && v->owner == pid &&
                       live(v)),
                "SetEvent/ResetEvent succeed exactly on own live events");
          break;
        }
        case 19: {  // waits, zero timeout, hostile counts
          const uint8_t b = in.Byte();
          if (b & 1) {
            HANDLE h = pick(&v);
            const DWORD r = WaitForSingleObject(h, 0);
            Check(r == WAIT_OBJECT_0 || r == WAIT_TIMEOUT || r == WAIT_FAILED,
                  "WaitForSingleObject result");
            if (r == WAIT_FAILED) {
              CheckCode(GetLastError(), {ERROR_INVALID_HANDLE},
                        "WaitForSingleObject");
            } else {
              Check(v != nullptr && (v->kind == kEvent || v->kind == kThread) &&
                        v->owner == pid,
                    "a wait succeeds only on own events and threads");
            }
            break;
          }
          HANDLE hs[MAXIMUM_WAIT_OBJECTS + 1];
          const DWORD n = (b & 2) ? ((b & 4) ? 0 : MAXIMUM_WAIT_OBJECTS + 1)
                                  : 1 + (b >> 3) % 3;
          for (DWORD i = 0; i < n; ++i) hs[i] = pick(&v);
          const DWORD r = WaitForMultipleObjects(n, hs, (b >> 5) & 1, 0);
          Check(r < WAIT_OBJECT_0 + n || r == WAIT_TIMEOUT || r == WAIT_FAILED,
                "WaitForMultipleObjects result");
          if (r == WAIT_FAILED) {
            CheckCode(GetLastError(),
                      {ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
                      "WaitForMultipleObjects");
          }
          if (n == 0 || n > MAXIMUM_WAIT_OBJECTS) {
            Check(r == WAIT_FAILED && GetLastError() == ERROR_INVALID_PARAMETER,
                  "a bad count is ERROR_INVALID_PARAMETER");
          }
          break;
        }
        case 20: {  // CreateThread / GetExitCodeThread
          const uint8_t b = in.Byte();
          if (b & 1) {
            HANDLE h = CreateThread(NULL, 0, ThreadMain, (LPVOID)(ULONG_PTR)b,
                                    (b & 2) ? CREATE_SUSPENDED : 0, NULL);
            if (b & 2) {
              Check(h == NULL && GetLastError() == ERROR_NOT_SUPPORTED,
                    "CREATE_SUSPENDED fails loudly");
            } else {
              Check(h != NULL, "CreateThread");
              add(h, kThread, pid);
            }
            break;
          }
          HANDLE h = pick(&v);
          DWORD code = 0;
          const BOOL ok = GetExitCodeThread(h, &code);
          Check(ok == (v != nullptr && v->kind == kThread && v->owner == pid &&
                       live(v)),
                "GetExitCodeThread succeeds exactly on own live threads");
          break;
        }
        case 21: {  // CreateIoCompletionPort: new, or associate anything
          const uint8_t b = in.Byte();
          const Value *fv = nullptr;
          HANDLE file = (b & 1) ? pick(&fv) : INVALID_HANDLE_VALUE;
          const Value *pv = nullptr;
          HANDLE existing = (b & 2) ? pick(&pv) : NULL;
          HANDLE h = CreateIoCompletionPort(file, existing, b, b >> 4);
          if (h == NULL) {
            CheckCode(GetLastError(),
                      {ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER},
                      "CreateIoCompletionPort");
          } else if (existing == NULL) {
            add(h, kIocp, pid);
          } else {
            Check(h == existing, "association returns the existing port");
          }
          break;
        }
        case 22: {  // Post / GetQueuedCompletionStatus: each packet once
          const uint8_t b = in.Byte();
          HANDLE h = pick(&v);
          const bool mine =
              v != nullptr && v->kind == kIocp && v->owner == pid && live(v);
          if (b & 1) {
            const ULONG_PTR key = 0x10000 + next_key++;
            const BOOL ok = PostQueuedCompletionStatus(h, b, key, NULL);
            Check(ok == mine, "Post succeeds exactly on own live ports");
            if (ok) posted.push_back({h, key});
            break;
          }
          DWORD bytes = 0;
          ULONG_PTR key = 0;
          LPOVERLAPPED ov = nullptr;
          const BOOL ok = GetQueuedCompletionStatus(h, &bytes, &key, &ov, 0);
          if (ov == nullptr) {
            if (!ok) {
              CheckCode(
                  GetLastError(),
                  {ERROR_INVALID_HANDLE, WAIT_TIMEOUT, ERROR_ABANDONED_WAIT_0},
                  "GetQueuedCompletionStatus");
              break;
            }
            Check(mine, "a packet comes only from an own port");
            bool found = false;
            for (size_t i = 0; i < posted.size(); ++i) {
              if (posted[i].first == h && posted[i].second == key) {
                posted.erase(posted.begin() + i);
                found = true;
                break;
              }
            }
            Check(found, "a posted packet is dequeued once, from its port");
          } else {
            bool ours = false;
            for (auto &r : reads) ours |= &r->ov == ov;
            Check(ours, "a completion carries a read's OVERLAPPED");
            Check(static_cast<NTSTATUS>(ov->Internal) != STATUS_PENDING,
                  "a completed read is not pending");
          }
          break;
        }
        case 23: {  // processes
          const uint8_t b = in.Byte();
          if (b & 1) {
            if (processes.size() < 5) {
              winemu::ProcessOptions options;
              options.identity.elevated = b & 2;
              processes.push_back(&emu.SpawnProcess(options));
            }
          } else if (emu.TerminateProcess(pid)) {
            process_exited(pid);
          }
          break;
        }
        case 24: {
          const uint8_t b = in.Byte();
          if (b & 1) {
            emu.queue().RunUntilIdle();
          } else {
            emu.queue().RunNext();
          }
          break;
        }
        case 25: {
          const uint8_t b = in.Byte();
          emu.clock().Advance((b & 1) ? absl::Minutes(b >> 1)
                                      : absl::Milliseconds(b));
          break;
        }
      }
    }
    // Driver unload, then every process exits.
    for (const Value &val : values) {
      if (val.kind == kFile && live(&val)) FltClose(val.h);
    }
    FltCloseCommunicationPort(g.server);
    FltUnregisterFilter(g.filter);
    for (winemu::Process *p : processes) {
      if (emu.TerminateProcess(p->id())) process_exited(p->id());
    }
    emu.queue().RunUntilIdle();
    emu.clock().Advance(absl::Hours(2));
    emu.queue().RunUntilIdle();
    Check(bfe->engine().lock_owner() == 0, "no transaction lock after exit");
    Check(bfe->Sessions().empty(), "no WFP session after exit");
    bfe.reset();
    for (auto &c : conns) Check(c->kport == NULL, "every client port closed");
    Check(emu.handles().size() == 0, "handle counts balance");
    Check(emu.Leaks().empty(), "nothing left after unload and exit");
  }
  g = Driver();
  return 0;
}
