// Copyright winemu authors.
//
// filter_manager.h: the filter manager of one emulator.
//
// FilterManager is an Extension of the Emulator: registered minifilters, the
// namespace of communication server ports, connections and their messages.
// Kernel objects (PFLT_FILTER, PFLT_PORT) are handle values of the System
// process, so a leak report names them and a stale one is detected; the
// user's port handle belongs to the connecting process.
//
//   auto& fm = emu.GetExtension<fltmgr::FilterManager>();
//   uint64_t filter;
//   fm.RegisterFilter(call, &driver, {}, &filter);
//   fm.CreatePort(call, filter, L"\\Port", ..., &port);
//
// Every engine entry takes the shim's ApiCall: it attributes handles to the
// call, and reports misuse (stale handles, a second FltCloseClientPort,
// unregistering with the server port still open) to the verifier.
#ifndef WINEMU_EMU_FLTMGR_FILTER_MANAGER_H_
#define WINEMU_EMU_FLTMGR_FILTER_MANAGER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "emu/core/mutex.h"
#include "emu/core/object.h"
#include "emu/fltmgr/connection.h"
#include "emu/fltmgr/ports.h"
#include "emu/fltmgr/status.h"
#include "emu/fltmgr/volume.h"

namespace winemu::fltmgr {

extern const ObjectType kFilterType;

struct FilterCallbacks {
  // FilterUnloadCallback; returns its NTSTATUS. Empty: none registered.
  std::function<uint32_t(uint32_t flags)> unload;
};

class Filter : public Object {
 public:
  Filter(const void* driver, FilterCallbacks callbacks)
      : Object(kFilterType),
        driver_(driver),
        callbacks_(std::move(callbacks)) {}

  const void* driver() const { return driver_; }
  const FilterCallbacks& callbacks() const { return callbacks_; }

  // False if filtering had already started.
  bool Start() { return !started_.exchange(true); }
  bool started() const { return started_.load(); }
  // True once FltUnregisterFilter began.
  bool unregistering() const { return unregistering_.load(); }
  // False if FltUnregisterFilter had already begun.
  bool begin_unregistering() { return !unregistering_.exchange(true); }

  void AddPort(std::weak_ptr<ServerPort> port);
  void AddLink(std::weak_ptr<Link> link);
  std::vector<std::shared_ptr<ServerPort>> OpenPorts();
  std::vector<std::shared_ptr<Link>> Links();

 private:
  const void* const driver_;
  const FilterCallbacks callbacks_;
  std::atomic<bool> started_{false};
  std::atomic<bool> unregistering_{false};
  Mutex mu_;
  std::vector<std::weak_ptr<ServerPort>> ports_ ABSL_GUARDED_BY(mu_);
  std::vector<std::weak_ptr<Link>> links_ ABSL_GUARDED_BY(mu_);
};

struct PortOptions {
  std::wstring name;
  bool case_insensitive = false;
  PortSecurity security;
  void* cookie = nullptr;
  PortCallbacks callbacks;
  int32_t max_connections = 1;
};

class FilterManager : public Extension {
 public:
  explicit FilterManager(Emulator& emu);
  ~FilterManager() override;

  Emulator& emu() { return emu_; }

  // --- Filters (kernel calls: the System process) ---
  Result RegisterFilter(const ApiCall& call, const void* driver,
                        FilterCallbacks callbacks, uint64_t* filter);
  Result StartFiltering(const ApiCall& call, uint64_t filter);
  // Closes what the filter left open the FltMgr way: a server port still
  // open is reported (on Windows the unload would hang) and closed; every
  // live connection ends with DisconnectNotify.
  void UnregisterFilter(const ApiCall& call, uint64_t filter);
  // Test control: FltMgr unloading the driver (fltmc unload). Calls the
  // FilterUnloadCallback with FLTFL_FILTER_UNLOAD_MANDATORY when `mandatory`;
  // returns its status. No callback: kInvalidParameter (cannot unload).
  Result Unload(uint64_t filter, bool mandatory);
  // The live filter of a handle value, or null (with a verifier report).
  std::shared_ptr<Filter> LookupFilter(const ApiCall& call, uint64_t filter);

  // --- Ports, kernel side ---
  Result CreatePort(const ApiCall& call, uint64_t filter, PortOptions options,
                    uint64_t* port);
  void ClosePort(const ApiCall& call, uint64_t port);
  // Reads and clears *variable under the port-variable lock, then closes.
  void CloseClientPort(const ApiCall& call, uint64_t filter, void** variable);
  // Reads *variable under the same lock at call time (null: disconnected).
  Result SendMessage(const ApiCall& call, uint64_t filter,
                     void* const* variable, const void* data, size_t length,
                     bool wants_reply, uint32_t reply_capacity,
                     std::optional<absl::Time> deadline,
                     std::vector<uint8_t>* reply);

  // --- Ports, user side (the calling process) ---
  Result Connect(const ApiCall& call, const std::wstring& name,
                 const void* context, uint32_t context_size, uint64_t* handle);
  // MessageNotify in the caller's context; kOk or kCallbackStatus.
  Result UserSend(const ApiCall& call, uint64_t handle, const void* input,
                  uint32_t input_length, void* output, uint32_t output_length,
                  uint32_t* returned);
  Status UserRead(const ApiCall& call, uint64_t handle,
                  std::shared_ptr<Reader> reader);
  Status UserReply(const ApiCall& call, uint64_t handle, uint64_t message_id,
                   const void* payload, size_t length);
  // CancelIoEx: cancels overlapped reads on the handle (tag null: all).
  Result CancelReads(const ApiCall& call, uint64_t handle, const void* tag,
                     int* cancelled);

  // The volume C: (\Device\HarddiskVolume1) FltCreateFile* opens files on.
  Volume& volume() { return volume_; }

  // Test control: the live connections of every registered filter. A test
  // ends one as FltMgr does at unload, with
  // link->Finish(Connection::Ending::kUnload, true): waiting senders and
  // readers fail with STATUS_PORT_DISCONNECTED and DisconnectNotify runs, so
  // the minifilter closes its client port itself.
  std::vector<std::shared_ptr<Link>> LiveConnections();

  // Namespace (used by ServerPort::OnClose).
  void Unpublish(const ServerPort* port);
  size_t published_ports() const;

 private:
  std::shared_ptr<ServerPort> FindPort(const std::wstring& name);
  std::shared_ptr<Link> LookupUserLink(const ApiCall& call, uint64_t handle,
                                       Status* status);

  Emulator& emu_;
  Volume volume_;
  std::atomic<uint64_t> next_message_id_{1};
  mutable Mutex mu_;  // the namespace and the registered drivers
  std::vector<std::weak_ptr<ServerPort>> ports_ ABSL_GUARDED_BY(mu_);
  std::vector<std::pair<const void*, std::weak_ptr<Filter>>> filters_
      ABSL_GUARDED_BY(mu_);
  // Synchronises FltCloseClientPort's clearing of the caller's PFLT_PORT
  // variable with FltSendMessage's reading of it.
  Mutex port_variable_mu_;
};

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_FILTER_MANAGER_H_
