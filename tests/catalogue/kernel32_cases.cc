// Copyright winemu authors.
//
// kernel32 rows: handles, last error, identities, events, waits, I/O
// completion ports, overlapped results, cancellation, threads. BOOL and
// HANDLE functions report through GetLastError(): the row's code is the
// last error after the call failed (a row that got success returns 0).
// Codes are the documented Win32 ones [DOC] (an unknown, closed or
// wrong-type handle is ERROR_INVALID_HANDLE), or winemu's choice where
// Windows faults on a NULL out-pointer [INF].
#include <fltKernel.h>
#include <fltUser.h>
#include <fwpmu.h>
#include <windows.h>

#include <string>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/flt_util.h"

namespace winemu::catalogue {
namespace {
using namespace flt_rows;  // NOLINT: the rows read better unqualified.
constexpr Basis DOC = Basis::kDoc;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;

// The last error of a failed BOOL call, 0 if it succeeded.
uint32_t Bool(BOOL ok) { return ok ? 0u : GetLastError(); }
// The last error of a failed HANDLE call (NULL), 0 if it succeeded.
uint32_t Handle(HANDLE h) {
  if (h != nullptr) {
    CloseHandle(h);
    return 0;
  }
  return GetLastError();
}
// The last error of a failed wait, else the wait's result | 0x10000.
uint32_t Wait(DWORD r) {
  return r == WAIT_FAILED ? GetLastError() : r | 0x10000;
}

HANDLE Event() { return CreateEventW(nullptr, TRUE, FALSE, nullptr); }
HANDLE Iocp() {
  return CreateIoCompletionPort(INVALID_HANDLE_VALUE, nullptr, 0, 0);
}
DWORD WINAPI Quit(LPVOID) { return 7; }

// The bad values of a kernel object handle for call `f`.
struct BadHandle {
  const char* bad;
  std::function<HANDLE(Ctx&)> make;  // may set things up
  std::function<void(Ctx&, HANDLE)> cleanup;
};
std::vector<BadHandle> BadHandles(bool wrong_is_event) {
  return {
      {"NULL", [](Ctx&) { return HANDLE{nullptr}; }, {}},
      {"never issued", [](Ctx&) { return Poison<HANDLE>(); }, {}},
      {"closed",
       [](Ctx&) {
         HANDLE h = Event();
         CloseHandle(h);
         return h;
       },
       {}},
      {wrong_is_event ? "wrong type (an event)"
                      : "wrong type (a completion port)",
       [wrong_is_event](Ctx&) { return wrong_is_event ? Event() : Iocp(); },
       [](Ctx&, HANDLE h) { CloseHandle(h); }},
      {"another process's",
       [](Ctx& c) {
         HANDLE h = nullptr;
         c.AsOther([&] { h = Event(); });
         return h;
       },
       [](Ctx& c, HANDLE) { c.TerminateOther(); }},
  };
}

void AddHandleRows(std::vector<Case>& rows, const char* fn, const char* param,
                   bool wrong_is_event, std::function<uint32_t(HANDLE)> f,
                   bool skip_wrong = false, bool skip_null = false) {
  for (const BadHandle& b : BadHandles(wrong_is_event)) {
    if (skip_wrong && std::string(b.bad).rfind("wrong", 0) == 0) continue;
    if (skip_null && std::string(b.bad) == "NULL") continue;
    const bool wrong = std::string(b.bad).rfind("wrong", 0) == 0;
    rows.push_back({fn, param, b.bad, ERROR_INVALID_HANDLE, wrong ? INF : DOC,
                    ANY, [b, f](Ctx& c) {
                      HANDLE h = b.make(c);
                      const uint32_t code = c.Call([&] { return f(h); });
                      if (b.cleanup) b.cleanup(c, h);
                      return code;
                    }});
  }
}

std::vector<Case> Rows() {
  std::vector<Case> rows = {
      {"CloseHandle", "hObject", "a Filter Manager kernel handle (FltClose's)",
       ERROR_INVALID_HANDLE, INF, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         return c.Call([&] { return Bool(CloseHandle(p.server)); });
       }},
      {"CloseHandle", "hObject", "a WFP engine handle (FwpmEngineClose0's)",
       ERROR_INVALID_HANDLE, INF, NAMED,
       [](Ctx& c) {
         FWPM_SESSION0 s = {};
         HANDLE engine = nullptr;
         FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &s, &engine);
         const uint32_t code =
             c.Call([&] { return Bool(CloseHandle(engine)); });
         FwpmEngineClose0(engine);
         return code;
       }},
      {"GetLastError", "(none)", "after SetLastError(0xFFFFFFFF)", 0xFFFFFFFFu,
       DOC, ANY,
       [](Ctx& c) {
         SetLastError(0xFFFFFFFFu);
         const uint32_t code = c.Call([] { return GetLastError(); });
         SetLastError(0);
         return code;
       }},
      {"SetLastError", "dwErrCode", "an HRESULT (kept as is)", 0x80070057u, DOC,
       ANY,
       [](Ctx& c) {
         return c.Call([] {
           SetLastError(0x80070057u);
           return GetLastError();
         });
       }},
      {"GetCurrentProcessId", "(none)",
       "from another process: its id (0 = matched)", 0, DOC, ANY,
       [](Ctx& c) {
         uint32_t code = 1;
         c.AsOther([&] {
           code = c.Call([&] {
             return GetCurrentProcessId() == c.Other().id() ? 0u : 1u;
           });
         });
         return code;
       }},
      {"GetCurrentThreadId", "(none)", "never 0 (0 = as expected)", 0, DOC, ANY,
       [](Ctx& c) {
         return c.Call([] { return GetCurrentThreadId() != 0 ? 0u : 1u; });
       }},
      {"CreateEventW", "lpName", "a name (not modelled)", ERROR_NOT_SUPPORTED,
       INF, NAMED,
       [](Ctx& c) {
         return c.Call(
             [] { return Handle(CreateEventW(nullptr, TRUE, FALSE, L"Ev")); });
       }},
      {"CreateEventA", "lpName", "a name (not modelled)", ERROR_NOT_SUPPORTED,
       INF, NAMED,
       [](Ctx& c) {
         return c.Call(
             [] { return Handle(CreateEventA(nullptr, TRUE, FALSE, "Ev")); });
       }},
      {"WaitForMultipleObjects", "nCount", "0", ERROR_INVALID_PARAMETER, DOC,
       ANY,
       [](Ctx& c) {
         HANDLE e = Event();
         const uint32_t code = c.Call(
             [&] { return Wait(WaitForMultipleObjects(0, &e, FALSE, 0)); });
         CloseHandle(e);
         return code;
       }},
      {"WaitForMultipleObjects", "nCount", "MAXIMUM_WAIT_OBJECTS + 1",
       ERROR_INVALID_PARAMETER, DOC, ANY,
       [](Ctx& c) {
         HANDLE hs[MAXIMUM_WAIT_OBJECTS + 1];
         for (HANDLE& h : hs) h = Event();
         const uint32_t code = c.Call([&] {
           return Wait(
               WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS + 1, hs, FALSE, 0));
         });
         for (HANDLE h : hs) CloseHandle(h);
         return code;
       }},
      {"WaitForMultipleObjects", "lpHandles", "NULL", ERROR_INVALID_PARAMETER,
       INF, ANY,
       [](Ctx& c) {
         return c.Call(
             [] { return Wait(WaitForMultipleObjects(1, nullptr, FALSE, 0)); });
       }},
      {"WaitForMultipleObjects", "lpHandles", "the same event twice, bWaitAll",
       ERROR_INVALID_PARAMETER, DOC, ANY,
       [](Ctx& c) {
         HANDLE e = Event();
         HANDLE hs[2] = {e, e};
         const uint32_t code = c.Call(
             [&] { return Wait(WaitForMultipleObjects(2, hs, TRUE, 0)); });
         CloseHandle(e);
         return code;
       }},
      {"Sleep", "dwMilliseconds", "INFINITE (not modelled)", 0, INF, NAMED,
       [](Ctx& c) {
         return c.Call([] {
           Sleep(INFINITE);
           return 0u;
         });
       }},
      {"CreateIoCompletionPort", "ExistingCompletionPort",
       "non-NULL with INVALID_HANDLE_VALUE", ERROR_INVALID_PARAMETER, DOC, ANY,
       [](Ctx& c) {
         HANDLE port = Iocp();
         const uint32_t code = c.Call([&] {
           HANDLE r = CreateIoCompletionPort(INVALID_HANDLE_VALUE, port, 0, 0);
           return r == nullptr ? GetLastError() : 0u;
         });
         CloseHandle(port);
         return code;
       }},
      {"GetQueuedCompletionStatus", "dwMilliseconds", "0, nothing queued",
       WAIT_TIMEOUT, DOC, ANY,
       [](Ctx& c) {
         HANDLE port = Iocp();
         DWORD n = 0xdeadbeef;
         ULONG_PTR key = 0xdeadbeef;
         LPOVERLAPPED o = Poison<LPOVERLAPPED>();
         const uint32_t code = c.Call([&] {
           return Bool(GetQueuedCompletionStatus(port, &n, &key, &o, 0));
         });
         EXPECT_EQ(o, nullptr) << "*lpOverlapped when nothing dequeued [DOC]";
         EXPECT_EQ(n, 0xdeadbeefu);
         CloseHandle(port);
         return code;
       }},
      {"GetQueuedCompletionStatus", "lpOverlapped", "NULL",
       ERROR_INVALID_PARAMETER, INF, NAMED,
       [](Ctx& c) {
         HANDLE port = Iocp();
         DWORD n;
         ULONG_PTR key;
         const uint32_t code = c.Call([&] {
           return Bool(GetQueuedCompletionStatus(port, &n, &key, nullptr, 0));
         });
         CloseHandle(port);
         return code;
       }},
      {"GetQueuedCompletionStatus", "lpNumberOfBytesTransferred", "NULL",
       ERROR_INVALID_PARAMETER, INF, NAMED,
       [](Ctx& c) {
         HANDLE port = Iocp();
         ULONG_PTR key;
         LPOVERLAPPED o;
         const uint32_t code = c.Call([&] {
           return Bool(GetQueuedCompletionStatus(port, nullptr, &key, &o, 0));
         });
         CloseHandle(port);
         return code;
       }},
      {"GetOverlappedResult", "bWait", "FALSE, I/O still pending",
       ERROR_IO_INCOMPLETE, DOC, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection user;
         OVERLAPPED o = {};
         FILTER_MESSAGE_HEADER m;
         EXPECT_EQ(FilterGetMessage(user.port, &m, sizeof(m), &o),
                   HRESULT_FROM_WIN32(ERROR_IO_PENDING));
         DWORD n = 0xdeadbeef;
         const uint32_t code = c.Call([&] {
           return Bool(GetOverlappedResult(user.port, &o, &n, FALSE));
         });
         EXPECT_EQ(n, 0xdeadbeefu);
         CancelIoEx(user.port, &o);
         c.emu().queue().RunUntilIdle();  // the cancellation completes o
         return code;
       }},
      {"GetOverlappedResult", "lpOverlapped", "NULL", ERROR_INVALID_PARAMETER,
       INF, NAMED,
       [](Ctx& c) {
         HANDLE e = Event();
         DWORD n;
         const uint32_t code = c.Call(
             [&] { return Bool(GetOverlappedResult(e, nullptr, &n, FALSE)); });
         CloseHandle(e);
         return code;
       }},
      {"GetOverlappedResult", "lpNumberOfBytesTransferred", "NULL",
       ERROR_INVALID_PARAMETER, INF, NAMED,
       [](Ctx& c) {
         HANDLE e = Event();
         OVERLAPPED o = {};
         const uint32_t code = c.Call(
             [&] { return Bool(GetOverlappedResult(e, &o, nullptr, FALSE)); });
         CloseHandle(e);
         return code;
       }},
      {"CancelIoEx", "hFile", "a port with nothing pending", ERROR_NOT_FOUND,
       DOC, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection user;
         return c.Call([&] { return Bool(CancelIoEx(user.port, nullptr)); });
       }},
      {"CancelIoEx", "lpOverlapped", "not pending on the handle",
       ERROR_NOT_FOUND, DOC, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection user;
         OVERLAPPED o = {};
         return c.Call([&] { return Bool(CancelIoEx(user.port, &o)); });
       }},
      {"CancelIo", "hFile", "a port with nothing pending", ERROR_NOT_FOUND, INF,
       ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection user;
         return c.Call([&] { return Bool(CancelIo(user.port)); });
       }},
      {"CreateThread", "lpStartAddress", "NULL", ERROR_INVALID_PARAMETER, INF,
       ANY,
       [](Ctx& c) {
         return c.Call([] {
           return Handle(
               CreateThread(nullptr, 0, nullptr, nullptr, 0, nullptr));
         });
       }},
      {"CreateThread", "dwCreationFlags", "CREATE_SUSPENDED (not modelled)",
       ERROR_NOT_SUPPORTED, INF, NAMED,
       [](Ctx& c) {
         return c.Call([] {
           return Handle(CreateThread(nullptr, 0, Quit, nullptr,
                                      CREATE_SUSPENDED, nullptr));
         });
       }},
      {"GetExitCodeThread", "lpExitCode", "NULL", ERROR_INVALID_PARAMETER, INF,
       NAMED,
       [](Ctx& c) {
         HANDLE t = CreateThread(nullptr, 0, Quit, nullptr, 0, nullptr);
         EXPECT_EQ(WaitForSingleObject(t, INFINITE), WAIT_OBJECT_0);
         const uint32_t code =
             c.Call([&] { return Bool(GetExitCodeThread(t, nullptr)); });
         CloseHandle(t);
         return code;
       }},
  };
  AddHandleRows(
      rows, "CloseHandle", "hObject", false,
      [](HANDLE h) { return Bool(CloseHandle(h)); }, true);
  AddHandleRows(rows, "SetEvent", "hEvent", false,
                [](HANDLE h) { return Bool(SetEvent(h)); });
  AddHandleRows(rows, "ResetEvent", "hEvent", false,
                [](HANDLE h) { return Bool(ResetEvent(h)); });
  AddHandleRows(rows, "WaitForSingleObject", "hHandle", false,
                [](HANDLE h) { return Wait(WaitForSingleObject(h, 0)); });
  AddHandleRows(rows, "WaitForSingleObjectEx", "hHandle", false, [](HANDLE h) {
    return Wait(WaitForSingleObjectEx(h, 0, TRUE));
  });
  AddHandleRows(
      rows, "WaitForMultipleObjects", "lpHandles[1]", false, [](HANDLE h) {
        HANDLE e = Event();
        HANDLE hs[2] = {e, h};
        const uint32_t code = Wait(WaitForMultipleObjects(2, hs, FALSE, 0));
        CloseHandle(e);
        return code;
      });
  AddHandleRows(
      rows, "CreateIoCompletionPort", "FileHandle", false,
      [](HANDLE h) {
        HANDLE r = CreateIoCompletionPort(h, nullptr, 0, 0);
        return Handle(r);
      },
      true);
  AddHandleRows(
      rows, "CreateIoCompletionPort", "ExistingCompletionPort", true,
      [](HANDLE h) {
        HANDLE e = Event();
        HANDLE r = CreateIoCompletionPort(e, h, 0, 0);
        const uint32_t code = r == nullptr ? GetLastError() : 0u;
        CloseHandle(e);
        return code;
      },
      false, /*skip_null=*/true);  // NULL: a new port
  AddHandleRows(rows, "GetQueuedCompletionStatus", "CompletionPort", true,
                [](HANDLE h) {
                  DWORD n;
                  ULONG_PTR key;
                  LPOVERLAPPED o;
                  return Bool(GetQueuedCompletionStatus(h, &n, &key, &o, 0));
                });
  AddHandleRows(rows, "PostQueuedCompletionStatus", "CompletionPort", true,
                [](HANDLE h) {
                  return Bool(PostQueuedCompletionStatus(h, 0, 0, nullptr));
                });
  AddHandleRows(
      rows, "CancelIoEx", "hFile", false,
      [](HANDLE h) { return Bool(CancelIoEx(h, nullptr)); }, true);
  AddHandleRows(
      rows, "CancelIo", "hFile", false,
      [](HANDLE h) { return Bool(CancelIo(h)); }, true);
  AddHandleRows(rows, "GetExitCodeThread", "hThread", true, [](HANDLE h) {
    DWORD code = 0xdeadbeef;
    const uint32_t r = Bool(GetExitCodeThread(h, &code));
    EXPECT_EQ(code, 0xdeadbeefu);
    return r;
  });
  return rows;
}

}  // namespace

std::vector<Case> Kernel32Cases() { return Rows(); }

}  // namespace winemu::catalogue
