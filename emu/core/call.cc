// Copyright winemu authors.
#include "emu/core/call.h"

#include "absl/strings/str_cat.h"

namespace winemu {

ApiCall::ApiCall(const ApiInfo& api, const void* return_address, CallMode mode)
    : api_(api),
      emu_(Emulator::Current()),
      process_(mode == CallMode::kKernel ? emu_.system_process()
                                         : emu_.current_process()),
      seq_(emu_.trace().enabled() ? emu_.trace().NextSeq() : 0),
      start_(seq_ != 0 ? emu_.clock().Now() : absl::InfinitePast()),
      injected_(emu_.faults().Check(
          CallSite{&api, return_address, process_.id(), seq_})) {
  if (api.support == Support::kUnsupported) {
    Unmodelled("winemu does not model this entry point");
  }
}

ApiCall::~ApiCall() {
  if (!finished_ && tracing()) {
    emu_.trace().Record({TraceEvent::Kind::kCall, seq_, emu_.clock().Now(),
                         process_.id(), CurrentThreadTraceId(), api_.name,
                         std::move(args_), "(no result)", start_});
  }
}

void ApiCall::Misuse(std::string subject, std::string problem) const {
  emu_.verifier().Report(VerifierReport{
      api_.name, std::move(subject), std::move(problem), process_.id(), seq_});
}

void ApiCall::Unmodelled(std::string what) const {
  Misuse("", absl::StrCat("unmodelled entry point: ", what));
}

void ApiCall::Record(uint32_t code, std::optional<uint32_t> last_error) {
  finished_ = true;
  if (emu_.faults().observed()) {
    emu_.faults().NotifyResult({&api_, process_.id(), seq_, code, last_error,
                                injected_.has_value(), args_});
  }
  if (!tracing()) return;
  std::string result = FormatCode(api_.code_kind, code);
  if (last_error.has_value()) {
    absl::StrAppend(&result, ", last error ",
                    FormatCode(CodeKind::kWin32, *last_error));
  }
  if (injected_.has_value()) absl::StrAppend(&result, " (injected)");
  emu_.trace().Record({TraceEvent::Kind::kCall, seq_, emu_.clock().Now(),
                       process_.id(), CurrentThreadTraceId(), api_.name,
                       std::move(args_), std::move(result), start_});
}

}  // namespace winemu
