// Copyright winemu authors.
#include "emu/testing/mock_api_observer.h"

namespace winemu::testing {

using ::testing::_;
using ::testing::AnyNumber;

MockApiObserver::MockApiObserver(Emulator& emu) : emu_(emu) {
  // Catch-alls, searched last: a test's own expectations take precedence,
  // and calls it says nothing about behave like Windows without a warning.
  EXPECT_CALL(*this, Call(_)).Times(AnyNumber());
  EXPECT_CALL(*this, Result(_, _)).Times(AnyNumber());
  emu_.faults().AddObserver(this);
}

MockApiObserver::~MockApiObserver() { emu_.faults().RemoveObserver(this); }

std::optional<uint32_t> MockApiObserver::OnCall(const CallSite& site) {
  return Call(site.api->name);
}

void MockApiObserver::OnResult(const CallResult& result) {
  const bool failed_bool = result.last_error.has_value() && result.code == 0;
  Result(result.api->name, failed_bool ? *result.last_error : result.code);
}

}  // namespace winemu::testing
