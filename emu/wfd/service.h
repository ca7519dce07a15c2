// Copyright winemu authors.
//
// service.h: the simulated Wi-Fi Direct service (the WFD half of WLAN
// AutoConfig), attached to an emulator as an Extension.
//
// It hands out client handles (WFDOpenHandle) and session handles
// (WFDStartOpenSession, WFDOpenLegacySession), runs every open's completion
// and every session's disconnect as a work item on the emulator's WorkQueue,
// and keeps the simulated devices and the service state a test controls.
//
//   wfd::WfdService& wfd = emu.GetExtension<wfd::WfdService>();
//   wfd.AddDevice(mac, wfd::DeviceOptions{});
//   uint64_t client, session;
//   wfd.OpenClient(call, &client);
//   wfd.StartOpen(call, client, mac, std::move(callback), &session);
//   emu.queue().RunUntilIdle();   // deterministic mode: the callback runs
//
// The api/wlanapi shims check pointers and convert types; everything about
// handles, state and asynchrony is here. Behaviour Windows leaves undocumented
// follows the spec's recommended choices, marked [INF] where it is decided.
//
// Locking: one mutex (mu_) guards the service state and the state fields of
// every Client and Session. It is never held while a client callback runs,
// while an object is closed, or while the work queue is waited on.
#ifndef WINEMU_EMU_WFD_SERVICE_H_
#define WINEMU_EMU_WFD_SERVICE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/functional/function_ref.h"
#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "emu/core/mutex.h"
#include "emu/wfd/objects.h"
#include "emu/wfd/types.h"

namespace winemu::wfd {

class WfdService : public Extension {
 public:
  // [INF] Windows' limit is implementation-defined; tests can change it.
  static constexpr int kDefaultHandleLimit = 128;

  explicit WfdService(Emulator& emu);
  ~WfdService() override;

  // ---- Entry points (called by the shims after their pointer checks) ----

  Status OpenClient(ApiCall& call, uint64_t* client_handle);
  // Waits for the client's pending opens (their callbacks run), then closes
  // its sessions. From inside one of this client's own callbacks it does not
  // wait (it would wait for itself): see CloseClientLocked in service.cc.
  Status CloseClient(ApiCall& call, uint64_t client_handle);
  // On kOk the session handle is valid at once and `callback` runs exactly
  // once, later, from the work queue (never inside this call).
  // `publish_handle` receives the session handle before the completion is
  // queued, so the caller's out-parameter is written before any callback.
  Status StartOpen(ApiCall& call, uint64_t client_handle,
                   const MacAddress& device, OpenCallback callback,
                   absl::FunctionRef<void(uint64_t)> publish_handle);
  Status CancelOpen(ApiCall& call, uint64_t session_handle);
  // Synchronous. On kConnectionFailed, `failure` carries the device's codes.
  Status OpenLegacy(ApiCall& call, uint64_t client_handle,
                    const MacAddress& device, uint64_t* session_handle,
                    Guid* interface_guid, OpenResult* failure);
  Status CloseSession(ApiCall& call, uint64_t session_handle);
  Status UpdateVisibility(ApiCall& call, const MacAddress& device);

  // ---- Control (for emu/wfd/testing and tools) ----

  // Adds or replaces a device.
  void AddDevice(const MacAddress& mac, DeviceOptions options);
  // Changes a device in place; false if unknown.
  bool UpdateDevice(const MacAddress& mac,
                    const std::function<void(DeviceOptions&)>& change);
  bool RemoveDevice(const MacAddress& mac);
  std::optional<DeviceOptions> GetDevice(const MacAddress& mac) const;
  // The device node's DEVPKEY_WiFiDirect_IsVisible, as the last
  // WFDUpdateDeviceVisibility found it (unset: never updated).
  std::optional<bool> VisibleProperty(const MacAddress& mac) const;

  void SetAutoConfigRunning(bool running);
  void SetDisabledByPolicy(bool disabled);
  void SetHandleLimit(int limit);

  // Every session ever handed out, by handle (closed ones included).
  std::optional<SessionInfo> GetSession(uint64_t session_handle) const;
  std::vector<SessionInfo> Sessions() const;
  // Sessions to `mac` that are connected: open, or closing with the queued
  // disconnect not run yet.
  int ConnectedSessions(const MacAddress& mac) const;
  int OpenClients() const;
  int PendingOpens() const;  // sessions in kOpening
  int QueuedCloses() const;  // sessions in kClosing

  // Returns once no completion callback of the process is running (none
  // starts after its exit).
  void OnProcessExit(Process& process) override;

 private:
  friend class Client;
  friend class Session;

  struct Device {
    DeviceOptions options;
    std::optional<bool> visible_property;
  };

  // The close paths (Object::OnClose of each type).
  void OnClientClose(Client& client, CloseReason reason);
  void OnSessionClose(Session& session, CloseReason reason);

  // Runs an open's completion; called exactly once per started open, by the
  // queued task or by whoever removed that task from the queue.
  void RunCompletion(Session& session);
  // Completes the client's pending opens that can be completed on this
  // thread and waits for the others.
  void WaitForPendingOpens(Client& client);
  // Closes the client's remaining sessions and forgets the client.
  void FinishClientClose(Client& client);
  void Disconnect(Session& session);
  // Decides how an open to `device` ends now.
  OpenResult EvaluateOpenLocked(const MacAddress& device)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  Status LookupClient(ApiCall& call, uint64_t handle,
                      std::shared_ptr<Client>* client);
  Status LookupSession(ApiCall& call, uint64_t handle,
                       std::shared_ptr<Session>* session);
  Status ServiceStateLocked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  Guid NextInterfaceGuidLocked(const MacAddress& mac, const Device* device)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void SetStateLocked(Session& session, SessionState state)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Drops a closed session from its client's list (the list owns it).
  void ForgetSessionLocked(Session& session) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void TraceNote(ProcessId process, std::string what, std::string detail);

  Emulator& emu_;

  mutable Mutex mu_;
  CondVar pending_cv_;  // a client's pending_opens_ dropped to 0
  bool autoconfig_running_ ABSL_GUARDED_BY(mu_) = true;
  bool disabled_by_policy_ ABSL_GUARDED_BY(mu_) = false;
  int handle_limit_ ABSL_GUARDED_BY(mu_) = kDefaultHandleLimit;
  int open_clients_ ABSL_GUARDED_BY(mu_) = 0;
  uint32_t next_interface_ ABSL_GUARDED_BY(mu_) = 1;
  absl::flat_hash_map<MacAddress, Device> devices_ ABSL_GUARDED_BY(mu_);
  // Clients not finished closing (owning; see Client::sessions_).
  std::vector<std::shared_ptr<Client>> clients_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<uint64_t, SessionInfo> infos_ ABSL_GUARDED_BY(mu_);
  // Completion callbacks running now, by owning process (see OnProcessExit).
  absl::flat_hash_map<ProcessId, int> running_callbacks_ ABSL_GUARDED_BY(mu_);
  CondVar callbacks_cv_;  // an entry of running_callbacks_ went away
};

}  // namespace winemu::wfd

#endif  // WINEMU_EMU_WFD_SERVICE_H_
