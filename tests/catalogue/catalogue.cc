// Copyright winemu authors.
//
// The runner's helpers: the state fingerprint and the row context.
#include "tests/catalogue/catalogue.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "emu/fltmgr/filter_manager.h"
#include "emu/wfd/testing/wfd_control.h"
#include "emu/wfp/engine.h"
#include "gtest/gtest.h"

namespace winemu::catalogue {

namespace {

template <typename T>
std::string Keys(const std::vector<std::shared_ptr<const T>>& objects) {
  std::vector<std::string> keys;
  for (const auto& o : objects) keys.push_back(o->key.ToString());
  std::sort(keys.begin(), keys.end());
  return absl::StrCat(keys.size(), "[", absl::StrJoin(keys, ","), "]");
}

}  // namespace

std::string Fingerprint(Emulator& emu) {
  std::string out = absl::StrCat("handles=", emu.handles().size(),
                                 " memory=", emu.allocations().size());
  wfp::FilterEngine& wfp = emu.GetExtension<wfp::FilterEngine>();
  for (const auto& s : wfp.ListSessions()) {
    absl::StrAppend(&out, " session=", s.id, s.holds_lock ? "(txn)" : "");
  }
  absl::StrAppend(&out, " providers=", Keys(wfp.CommittedProviders()),
                  " sublayers=", Keys(wfp.CommittedSublayers()),
                  " filters=", Keys(wfp.CommittedFilters()));
  wfd::testing::WfdControl wfd(emu);
  absl::StrAppend(&out, " wfd_clients=", wfd.OpenClients(),
                  " wfd_pending=", wfd.PendingOpens(),
                  " wfd_closes=", wfd.QueuedCloses());
  absl::StrAppend(&out, " flt_ports=",
                  emu.GetExtension<fltmgr::FilterManager>().published_ports());
  return out;
}

uint32_t Ctx::Call(const std::function<uint32_t()>& bad_call) {
  before_ = Fingerprint(emu_);
  const uint32_t code = bad_call();
  emu_.queue().RunUntilIdle();
  after_ = Fingerprint(emu_);
  called_ = true;
  return code;
}

Process& Ctx::Other() {
  if (other_ == nullptr) {
    ProcessOptions options;
    options.image_name = "other.exe";
    other_ = &emu_.SpawnProcess(options);
  }
  return *other_;
}

void Ctx::TerminateOther() {
  if (other_ != nullptr) emu_.TerminateProcess(other_->id());
  other_ = nullptr;
}

void Ctx::AsOther(const std::function<void()>& f) {
  ScopedProcess as(Other());
  f();
}

Ctx::~Ctx() { TerminateOther(); }

std::vector<Case> AllCases() {
  std::vector<Case> all;
  for (auto family :
       {WfpCases, WfpObjectCases, FltMgrCases, FltFileCases, NtoskrnlCases,
        FltLibCases, WlanApiCases, Kernel32Cases}) {
    for (Case& c : family()) all.push_back(std::move(c));
  }
  return all;
}

}  // namespace winemu::catalogue
