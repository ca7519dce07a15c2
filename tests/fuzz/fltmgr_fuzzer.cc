// Copyright winemu authors.
//
// fltmgr_fuzzer.cc: fuzzes the Filter Manager as a minifilter and its
// user-mode service would drive it.
//
// The input picks kernel calls (register, start filtering, create and close
// the communication port, FltSendMessage, FltCloseClientPort, unload,
// FltCreateFile / FltClose on seeded paths) and user calls
// (FilterConnectCommunicationPort, FilterSendMessage, overlapped
// FilterGetMessage with an event, FilterReplyMessage, CloseHandle), the
// process each user call runs as (elevated or not), handle values (live,
// closed, another process's, garbage, NULL), process spawns and exits,
// pumps and clock moves. Checked: every code is in the function's documented
// (or spec-recommended) set, DisconnectNotify at most once per connection,
// and nothing left open after unload and every process has exited.
//
// The harness is single-threaded and the clock virtual, so no call may wait
// without a bound: FltSendMessage always gets a zero timeout (a non-zero one
// only ends when the clock moves, which nothing does during the call),
// FilterGetMessage is overlapped, except on handles the model knows cannot
// block (not a live port of the process, or a connection the kernel closed).
#include <fltKernel.h>
#include <fltUser.h>
#include <synchapi.h>
#include <windows.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <vector>

#include "emu/core/api_info.h"
#include "emu/core/emulator.h"
#include "emu/fltmgr/filter_manager.h"
#include "tests/fuzz/fuzzers.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fltmgr_fuzzer invariant broken: %s\n", what);
    std::abort();
  }
}

// Every result must be in the function's code set, kept with its export
// table (api_info.h): documented, observed and recommended codes.
void CheckCode(int64_t code, const char* function) {
  const winemu::ApiInfo* api = winemu::FindApi(function);
  Check(api != nullptr && api->codes != nullptr, "a registered function");
  if (api->codes->Contains(static_cast<uint32_t>(code))) return;
  std::fprintf(stderr,
               "fltmgr_fuzzer: %s returned 0x%lx, not a documented code\n",
               function, static_cast<unsigned long>(code));
  std::abort();
}

// Narrower than the code set: what this situation allows.
void CheckCodeIn(int64_t code, std::initializer_list<int64_t> allowed,
                 const char* function) {
  for (int64_t a : allowed) {
    if (static_cast<uint32_t>(code) == static_cast<uint32_t>(a)) return;
  }
  std::fprintf(stderr,
               "fltmgr_fuzzer: %s returned 0x%lx, not a documented code\n",
               function, static_cast<unsigned long>(code & 0xFFFFFFFFu));
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

const wchar_t kPortName[] = L"\\FuzzPort";
const wchar_t kMissingPort[] = L"\\NoSuchPort";

// One connection, as the minifilter sees it (the ConnectNotify cookie).
struct Conn {
  PFLT_FILTER filter = NULL;
  PFLT_PORT kport = NULL;  // closed (and cleared) by FltCloseClientPort
  int disconnects = 0;
  bool kernel_closed = false;  // the driver called FltCloseClientPort
  winemu::ProcessId pid = 0;
  HANDLE user = NULL;
  bool user_open = false;
};

// The minifilter's globals.
struct Driver {
  DRIVER_OBJECT driver = {};
  PFLT_FILTER filter = NULL;
  PFLT_PORT server = NULL;
  NTSTATUS connect_result = STATUS_SUCCESS;
  NTSTATUS message_result = STATUS_SUCCESS;
  std::vector<std::unique_ptr<Conn>>* conns = nullptr;
};
Driver g;

NTSTATUS FLTAPI Unload(FLT_FILTER_UNLOAD_FLAGS) { return STATUS_SUCCESS; }

const FLT_REGISTRATION kRegistration = {sizeof(FLT_REGISTRATION),
                                        FLT_REGISTRATION_VERSION,
                                        0,
                                        NULL,
                                        NULL,
                                        Unload,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL};

NTSTATUS FLTAPI OnConnect(PFLT_PORT client, PVOID, PVOID, ULONG,
                          PVOID* cookie) {
  if (!NT_SUCCESS(g.connect_result)) return g.connect_result;
  auto conn = std::make_unique<Conn>();
  conn->filter = g.filter;
  conn->kport = client;
  *cookie = conn.get();
  g.conns->push_back(std::move(conn));
  return STATUS_SUCCESS;
}

VOID FLTAPI OnDisconnect(PVOID cookie) {
  auto* conn = static_cast<Conn*>(cookie);
  ++conn->disconnects;
  Check(conn->disconnects == 1, "DisconnectNotify at most once");
  if (conn->kport != NULL) {
    FltCloseClientPort(conn->filter, &conn->kport);
    Check(conn->kport == NULL, "FltCloseClientPort clears the variable");
  }
}

NTSTATUS FLTAPI OnMessage(PVOID, PVOID in, ULONG in_length, PVOID out,
                          ULONG out_length, PULONG returned) {
  if (!NT_SUCCESS(g.message_result)) return g.message_result;
  ULONG n = 0;
  if (out != NULL && in != NULL) {
    for (; n < out_length && n < in_length; ++n) {
      static_cast<char*>(out)[n] = static_cast<const char*>(in)[n];
    }
  }
  *returned = n;
  return STATUS_SUCCESS;
}

// An overlapped FilterGetMessage and its buffer; lives until the emulator
// is gone (a cancelled read still writes its OVERLAPPED).
struct Read {
  OVERLAPPED ov = {};
  struct {
    FILTER_MESSAGE_HEADER header;
    char data[64];
  } message = {};
  winemu::ProcessId pid = 0;
  HANDLE event = NULL;
};

}  // namespace

static int FuzzOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  std::vector<std::unique_ptr<Read>> reads;  // outlive the emulator
  std::vector<std::unique_ptr<Conn>> conns;
  g = Driver();
  g.conns = &conns;
  {
    winemu::Emulator emu(winemu::fuzz::InputOptions());
    auto& volume = emu.GetExtension<winemu::fltmgr::FilterManager>().volume();
    volume.SeedFile(L"\\a.txt", "hello");
    volume.SeedFile(L"\\dir\\b.txt", "world");
    const wchar_t* kPaths[] = {
        L"\\??\\C:\\a.txt",   L"\\??\\C:\\dir\\b.txt",   L"\\??\\C:\\dir",
        L"\\??\\C:\\new.txt", L"\\??\\C:\\nodir\\x.txt", L"\\??\\Z:\\x"};
    std::vector<winemu::Process*> processes = {&emu.default_process()};
    std::vector<HANDLE> values = {INVALID_HANDLE_VALUE};  // user handles
    std::vector<HANDLE> files;  // open kernel file handles
    std::vector<ULONGLONG> message_ids = {0, 1};

    auto pick_handle = [&]() -> HANDLE {
      const uint8_t b = in.Byte();
      if (b == 0) return nullptr;
      if (b == 1) return (HANDLE)(ULONG_PTR)(0x1000 + b * 4);
      return values[b % values.size()];
    };
    auto live_conn = [&](winemu::ProcessId pid, HANDLE h) -> Conn* {
      for (auto& c : conns) {
        if (c->user_open && c->pid == pid && c->user == h) return c.get();
      }
      return nullptr;
    };
    auto exited = [&](winemu::ProcessId pid) {
      for (auto& c : conns) {
        if (c->pid == pid) c->user_open = false;
      }
    };
    auto unload = [&] {
      if (g.filter == NULL) return;
      while (!files.empty()) {
        CheckCodeIn(FltClose(files.back()), {STATUS_SUCCESS}, "FltClose");
        files.pop_back();
      }
      if (g.server != NULL) FltCloseCommunicationPort(g.server);
      g.server = NULL;
      FltUnregisterFilter(g.filter);
      g.filter = NULL;
    };

    while (!in.empty()) {
      winemu::Process* p = processes[in.Byte() % processes.size()];
      if (!p->alive()) continue;
      winemu::ScopedProcess as(*p);
      const winemu::ProcessId pid = p->id();
      switch (in.Byte() % 16) {
        case 0: {  // driver load: FltRegisterFilter [+ FltStartFiltering]
          if (g.filter != NULL) break;
          const uint8_t b = in.Byte();
          const NTSTATUS st =
              FltRegisterFilter(&g.driver, &kRegistration, &g.filter);
          CheckCode(st, "FltRegisterFilter");
          if (!NT_SUCCESS(st)) {
            g.filter = NULL;
            break;
          }
          if (b & 1) {
            CheckCodeIn(FltStartFiltering(g.filter), {STATUS_SUCCESS},
                        "FltStartFiltering (first)");
          }
          break;
        }
        case 1:  // FltStartFiltering (again: STATUS_INVALID_PARAMETER)
          if (g.filter == NULL) break;
          CheckCode(FltStartFiltering(g.filter), "FltStartFiltering");
          break;
        case 2: {  // FltCreateCommunicationPort
          if (g.filter == NULL) break;
          const uint8_t b = in.Byte();
          PSECURITY_DESCRIPTOR sd = NULL;
          if (b & 1) {
            CheckCode(
                FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS),
                "FltBuildDefaultSecurityDescriptor");
          }
          UNICODE_STRING name;
          RtlInitUnicodeString(&name, kPortName);
          OBJECT_ATTRIBUTES oa;
          InitializeObjectAttributes(
              &oa, &name,
              ((b & 2) ? 0 : OBJ_KERNEL_HANDLE) | OBJ_CASE_INSENSITIVE, NULL,
              sd);
          PFLT_PORT port = NULL;
          const NTSTATUS st = FltCreateCommunicationPort(
              g.filter, &port, &oa, NULL, OnConnect, OnDisconnect,
              (b & 4) ? NULL : OnMessage, (b & 8) ? 2 : ((b & 16) ? 0 : 1));
          if (sd != NULL) FltFreeSecurityDescriptor(sd);
          CheckCode(st, "FltCreateCommunicationPort");
          if (NT_SUCCESS(st)) {
            Check(g.server == NULL || port != g.server, "a new port");
            if (g.server != NULL) {
              // A second port under the same name cannot exist.
              Check(false, "same-name port created twice");
            }
            g.server = port;
          }
          break;
        }
        case 3:  // FltCloseCommunicationPort
          if (g.server == NULL) break;
          FltCloseCommunicationPort(g.server);
          g.server = NULL;
          break;
        case 4: {  // FltSendMessage, zero timeout
          if (g.filter == NULL) break;
          const uint8_t b = in.Byte();
          PFLT_PORT none = NULL;
          Conn* c = conns.empty() ? nullptr : conns[b % conns.size()].get();
          // A port of an unloaded filter is gone: never touch its pointer.
          PFLT_PORT* port =
              (c == nullptr || c->filter != g.filter) ? &none : &c->kport;
          char message[16] = "scan me";
          char reply[8];
          ULONG reply_length = (b >> 4) % 9;
          LARGE_INTEGER zero = {};
          const bool wants_reply = b & 8;
          const NTSTATUS st = FltSendMessage(
              g.filter, port, message, 1 + (b >> 5), wants_reply ? reply : NULL,
              wants_reply ? &reply_length : NULL, &zero);
          CheckCode(st, "FltSendMessage");
          if (*port == NULL) {
            Check(st == STATUS_PORT_DISCONNECTED,
                  "a NULL port variable is STATUS_PORT_DISCONNECTED");
          }
          break;
        }
        case 5: {  // FltCloseClientPort
          if (conns.empty()) break;
          Conn* c = conns[in.Byte() % conns.size()].get();
          if (c->kport == NULL || c->filter != g.filter) break;
          FltCloseClientPort(c->filter, &c->kport);
          Check(c->kport == NULL, "FltCloseClientPort clears the variable");
          c->kernel_closed = true;
          break;
        }
        case 6:  // driver unload
          unload();
          break;
        case 7: {  // FltCreateFile / FltClose
          if (g.filter == NULL) break;
          const uint8_t b = in.Byte();
          if (b & 1) {
            HANDLE h = files.empty() || (b & 2)
                           ? (HANDLE)(ULONG_PTR)(0x2000 + b * 4)
                           : files[(b >> 2) % files.size()];
            const NTSTATUS st = FltClose(h);
            CheckCode(st, "FltClose");
            bool was_open = false;
            for (size_t i = 0; i < files.size(); ++i) {
              if (files[i] == h) {
                files.erase(files.begin() + i);
                was_open = true;
                break;
              }
            }
            Check((st == STATUS_SUCCESS) == was_open,
                  "FltClose succeeds exactly on an open file handle");
            break;
          }
          UNICODE_STRING name;
          RtlInitUnicodeString(&name, kPaths[(b >> 1) % 6]);
          OBJECT_ATTRIBUTES oa;
          InitializeObjectAttributes(
              &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
          IO_STATUS_BLOCK iosb = {};
          HANDLE h = NULL;
          const ULONG dispositions[] = {FILE_OPEN, FILE_CREATE, FILE_OPEN_IF,
                                        FILE_OVERWRITE_IF};
          const NTSTATUS st = FltCreateFile(
              g.filter, NULL, &h, (b & 0x80) ? GENERIC_WRITE : GENERIC_READ,
              &oa, &iosb, NULL, FILE_ATTRIBUTE_NORMAL,
              (b & 0x40) ? FILE_SHARE_READ : 0, dispositions[(b >> 4) % 4], 0,
              NULL, 0, 0);
          CheckCode(st, "FltCreateFile");
          if (NT_SUCCESS(st)) files.push_back(h);
          break;
        }
        case 8: {  // FilterConnectCommunicationPort
          const uint8_t b = in.Byte();
          g.connect_result = (b & 1) ? STATUS_ACCESS_DENIED : STATUS_SUCCESS;
          char context[4] = "ctx";
          HANDLE port = NULL;
          const size_t before = conns.size();
          const HRESULT hr = FilterConnectCommunicationPort(
              (b & 2) ? kMissingPort : kPortName, 0, (b & 4) ? context : NULL,
              (b & 4) ? 4 : 0, NULL, &port);
          g.connect_result = STATUS_SUCCESS;
          CheckCode(hr, "FilterConnectCommunicationPort");
          if (hr == S_OK) {
            Check(conns.size() == before + 1, "one ConnectNotify per connect");
            Conn* c = conns.back().get();
            c->pid = pid;
            c->user = port;
            c->user_open = true;
            values.push_back(port);
          } else {
            Check(port == INVALID_HANDLE_VALUE,
                  "*hPort is INVALID_HANDLE_VALUE on failure");
            Check(conns.size() == before, "no connection on failure");
          }
          break;
        }
        case 9: {  // FilterSendMessage
          HANDLE h = pick_handle();
          const uint8_t b = in.Byte();
          g.message_result = (b & 1) ? STATUS_ACCESS_DENIED : STATUS_SUCCESS;
          char message[8] = "hello";
          char out[8];
          DWORD returned = 0xdeadbeef;
          const HRESULT hr =
              FilterSendMessage(h, message, (b >> 1) % 8, (b & 16) ? NULL : out,
                                (b >> 5) % 9, &returned);
          g.message_result = STATUS_SUCCESS;
          CheckCode(hr, "FilterSendMessage");
          break;
        }
        case 10: {  // FilterGetMessage, overlapped with an event
          HANDLE h = pick_handle();
          const uint8_t b = in.Byte();
          auto read = std::make_unique<Read>();
          read->pid = pid;
          read->event = CreateEventW(NULL, TRUE, FALSE, NULL);
          Check(read->event != NULL, "CreateEventW");
          values.push_back(read->event);
          read->ov.hEvent = read->event;
          const DWORD length = (b & 1) ? sizeof(FILTER_MESSAGE_HEADER) + 2
                                       : sizeof(read->message);
          const HRESULT hr =
              FilterGetMessage(h, &read->message.header, length, &read->ov);
          CheckCode(hr, "FilterGetMessage");
          if (hr == S_OK) message_ids.push_back(read->message.header.MessageId);
          reads.push_back(std::move(read));
          break;
        }
        case 11: {  // FilterGetMessage, synchronous, only when it cannot wait
          HANDLE h = pick_handle();
          Conn* c = live_conn(pid, h);
          if (c != nullptr && !c->kernel_closed) break;
          Read read;
          const HRESULT hr = FilterGetMessage(h, &read.message.header,
                                              sizeof(read.message), NULL);
          CheckCodeIn(hr, {E_HANDLE, E_INVALIDARG},
                      "FilterGetMessage (synchronous, no message)");
          break;
        }
        case 12: {  // collect completed reads; FilterReplyMessage
          for (auto& r : reads) {
            if (r->pid != pid || r->event == NULL) continue;
            if (WaitForSingleObject(r->event, 0) == WAIT_OBJECT_0 &&
                r->ov.Internal == 0) {
              message_ids.push_back(r->message.header.MessageId);
            }
          }
          HANDLE h = pick_handle();
          const uint8_t b = in.Byte();
          struct {
            FILTER_REPLY_HEADER header;
            char data[8];
          } reply = {};
          reply.header.MessageId = message_ids[b % message_ids.size()];
          const HRESULT hr = FilterReplyMessage(
              h, &reply.header, sizeof(FILTER_REPLY_HEADER) + (b >> 5));
          CheckCode(hr, "FilterReplyMessage");
          break;
        }
        case 13: {  // CloseHandle
          HANDLE h = pick_handle();
          Conn* c = live_conn(pid, h);
          SetLastError(0);
          const BOOL ok = CloseHandle(h);
          if (!ok) {
            CheckCodeIn(GetLastError(), {ERROR_INVALID_HANDLE}, "CloseHandle");
          }
          if (c != nullptr) {
            Check(ok, "CloseHandle of a live port succeeds");
            c->user_open = false;
          }
          break;
        }
        case 14: {
          const uint8_t b = in.Byte();
          if (b & 1) {
            if (processes.size() < 4) {
              winemu::ProcessOptions options;
              options.identity.elevated = b & 2;
              processes.push_back(&emu.SpawnProcess(options));
            }
          } else if (emu.TerminateProcess(pid)) {
            exited(pid);
          }
          break;
        }
        case 15: {
          const uint8_t b = in.Byte();
          if (b & 1) {
            emu.queue().RunUntilIdle();
          } else {
            emu.clock().Advance(absl::Milliseconds(b));
          }
          break;
        }
      }
    }
    // Unload, then every process exits; nothing may be left open.
    unload();
    for (winemu::Process* p : processes) {
      if (emu.TerminateProcess(p->id())) exited(p->id());
    }
    emu.queue().RunUntilIdle();
    for (auto& c : conns) {
      Check(c->disconnects <= 1, "DisconnectNotify at most once");
    }
    Check(emu.Leaks().empty(), "nothing left open after unload and exit");
  }
  g = Driver();
  return 0;
}

int winemu::fuzz::FltmgrFuzzOne(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}

#ifndef WINEMU_FUZZ_BODY_ONLY  // `winemu replay` links every body at once
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}
#endif
