// Copyright winemu authors.
//
// The rows every WFP engine-handle and enum-handle parameter gets
// (wfp_util.h). Codes: ERROR_INVALID_HANDLE for NULL, unknown, closed,
// other-process and wrong-type handles [INF, spec wfp.md 4.2, 4.4, 4.14.5].
#include "tests/catalogue/wfp_util.h"

#include <fwpmu.h>
#include <windows.h>
#include <wlanapi.h>

#include <cstring>

#include "gtest/gtest.h"

namespace winemu::catalogue {
namespace wfp_rows {

namespace {
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr uint32_t kBadHandle = ERROR_INVALID_HANDLE;

HANDLE SessionEnum(HANDLE engine) {
  HANDLE e = nullptr;
  EXPECT_EQ(FwpmSessionCreateEnumHandle0(engine, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  return e;
}
void DestroySessionEnum(HANDLE engine, HANDLE e) {
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(engine, e), (DWORD)ERROR_SUCCESS);
}
}  // namespace

HANDLE ProviderEnum(HANDLE engine) {
  HANDLE e = nullptr;
  EXPECT_EQ(FwpmProviderCreateEnumHandle0(engine, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  return e;
}
void DestroyProviderEnum(HANDLE engine, HANDLE e) {
  EXPECT_EQ(FwpmProviderDestroyEnumHandle0(engine, e), (DWORD)ERROR_SUCCESS);
}

std::vector<Case> EngineHandleRows(const char* function,
                                   const EngineCall& call) {
  return {
      {function, "engineHandle", "NULL", kBadHandle, INF, ANY,
       [call](Ctx& c) { return c.Call([&] { return call(nullptr); }); }},
      {function, "engineHandle", "never issued", kBadHandle, INF, ANY,
       [call](Ctx& c) {
         return c.Call([&] { return call(Poison<HANDLE>()); });
       }},
      {function, "engineHandle", "closed", kBadHandle, INF, ANY,
       [call](Ctx& c) {
         HANDLE engine = Open();
         EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
         return c.Call([&] { return call(engine); });
       }},
      {function, "engineHandle", "another process's", kBadHandle, INF, ANY,
       [call](Ctx& c) {
         HANDLE theirs = nullptr;
         c.AsOther([&] { theirs = Open(); });
         const uint32_t code = c.Call([&] { return call(theirs); });
         c.TerminateOther();
         return code;
       }},
      {function, "engineHandle", "wrong type (an enum handle)", kBadHandle, INF,
       ANY,
       [call](Ctx& c) {
         HANDLE engine = Open();
         HANDLE e = ProviderEnum(engine);
         const uint32_t code = c.Call([&] { return call(e); });
         DestroyProviderEnum(engine, e);
         FwpmEngineClose0(engine);
         return code;
       }},
      {function, "engineHandle", "wrong family (a WFD client handle)",
       kBadHandle, INF, ANY,
       [call](Ctx& c) {
         DWORD version = 0;
         HANDLE wfd = nullptr;
         EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &wfd),
                   (DWORD)ERROR_SUCCESS);
         const uint32_t code = c.Call([&] { return call(wfd); });
         WFDCloseHandle(wfd);
         return code;
       }},
  };
}

std::vector<Case> EnumHandleRows(const char* function, const EnumCreate& create,
                                 const EnumDestroy& destroy,
                                 const EnumCall& call) {
  // A handle of another kind: sessions for the object enumerators,
  // providers for the session enumerator.
  const bool session_fn = std::strncmp(function, "FwpmSession", 11) == 0;
  EnumCreate wrong =
      session_fn ? EnumCreate(ProviderEnum) : EnumCreate(SessionEnum);
  EnumDestroy wrong_destroy = session_fn ? EnumDestroy(DestroyProviderEnum)
                                         : EnumDestroy(DestroySessionEnum);
  return {
      {function, "enumHandle", "NULL", kBadHandle, INF, ANY,
       [call](Ctx& c) {
         HANDLE engine = Open();
         const uint32_t code = c.Call([&] { return call(engine, nullptr); });
         FwpmEngineClose0(engine);
         return code;
       }},
      {function, "enumHandle", "destroyed", kBadHandle, INF, ANY,
       [=](Ctx& c) {
         HANDLE engine = Open();
         HANDLE e = create(engine);
         destroy(engine, e);
         const uint32_t code = c.Call([&] { return call(engine, e); });
         FwpmEngineClose0(engine);
         return code;
       }},
      {function, "enumHandle", "another session's", kBadHandle, INF, ANY,
       [=](Ctx& c) {
         HANDLE engine = Open();
         HANDLE owner = Open();
         HANDLE e = create(owner);
         const uint32_t code = c.Call([&] { return call(engine, e); });
         destroy(owner, e);
         FwpmEngineClose0(owner);
         FwpmEngineClose0(engine);
         return code;
       }},
      {function, "enumHandle", "of another object type", kBadHandle, INF, ANY,
       [=](Ctx& c) {
         HANDLE engine = Open();
         HANDLE e = wrong(engine);
         const uint32_t code = c.Call([&] { return call(engine, e); });
         wrong_destroy(engine, e);
         FwpmEngineClose0(engine);
         return code;
       }},
      {function, "enumHandle", "the engine handle", kBadHandle, INF, ANY,
       [call](Ctx& c) {
         HANDLE engine = Open();
         const uint32_t code = c.Call([&] { return call(engine, engine); });
         FwpmEngineClose0(engine);
         return code;
       }},
  };
}

}  // namespace wfp_rows
}  // namespace winemu::catalogue
