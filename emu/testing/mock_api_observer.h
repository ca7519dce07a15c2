// Copyright winemu authors.
//
// mock_api_observer.h: a GoogleMock seam over every emulated API call.
//
// While a MockApiObserver lives, each call of the emulator it watches goes
// through Call(name) before the engine runs and Result(name, code) after.
// Call's default action returns nullopt: the call behaves like Windows. A
// value returned instead is the call's result, exactly as an injected fault
// (the engine is not touched). Calls nobody expects are allowed, so a test
// states only what it cares about.
//
//   winemu::testing::TestEmulator emu;
//   winemu::testing::MockApiObserver mock(emu);
//   EXPECT_CALL(mock, Call("FwpmEngineClose0")).Times(1);
//   EXPECT_CALL(mock, Call("FwpmTransactionCommit0"))
//       .WillOnce(Return(static_cast<uint32_t>(FWP_E_SESSION_ABORTED)));
//   RunMyClient();
//
// Expectations run on the calling thread, with no winemu lock held.
#ifndef WINEMU_EMU_TESTING_MOCK_API_OBSERVER_H_
#define WINEMU_EMU_TESTING_MOCK_API_OBSERVER_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "emu/core/emulator.h"
#include "emu/core/observer.h"
#include "gmock/gmock.h"

namespace winemu::testing {

class MockApiObserver : public ApiObserver {
 public:
  // Watches `emu` (by default the current emulator) until destroyed.
  explicit MockApiObserver(Emulator& emu = Emulator::Current());
  ~MockApiObserver() override;
  MockApiObserver(const MockApiObserver&) = delete;
  MockApiObserver& operator=(const MockApiObserver&) = delete;

  // Before the engine runs; a value overrides the call's result.
  MOCK_METHOD(std::optional<uint32_t>, Call, (std::string_view api), ());
  // After the call, with what the caller got (for BOOL entry points, the
  // last error when it failed).
  MOCK_METHOD(void, Result, (std::string_view api, uint32_t code), ());

  std::optional<uint32_t> OnCall(const CallSite& site) override;
  void OnResult(const CallResult& result) override;

 private:
  Emulator& emu_;
};

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_MOCK_API_OBSERVER_H_
