// Copyright winemu authors.
//
// ports.h: the objects of a communication port.
//
//   ServerPort  FltCreateCommunicationPort's PFLT_PORT: a name in the port
//               namespace, the callbacks, MaxConnections.
//   Link        one connection as both sides see it: the Connection (message
//               queue), the connection cookie, and how it ended.
//   ClientPort  the kernel's name for a Link (PFLT_PORT given to
//               ConnectNotify; closed by FltCloseClientPort).
//   UserPort    the service's name for a Link (the HANDLE from
//               FilterConnectCommunicationPort; closed by CloseHandle).
//
// DisconnectNotify runs exactly once per connection, when the user-mode
// handle is closed (CloseHandle or process exit) or at unload; if the kernel
// ends the connection first with FltCloseClientPort it does not run [INF, the
// spec's recommended "at most once"]. Nothing here holds a lock while calling
// a client callback.
#ifndef WINEMU_EMU_FLTMGR_PORTS_H_
#define WINEMU_EMU_FLTMGR_PORTS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "emu/core/mutex.h"
#include "emu/core/object.h"
#include "emu/fltmgr/connection.h"

namespace winemu::fltmgr {

class FilterManager;
class Filter;

// The minifilter's callbacks, wrapped by the shim (which knows their types).
struct PortCallbacks {
  // Returns the callback's NTSTATUS bit pattern.
  std::function<uint32_t(uint64_t client_port, void* server_cookie,
                         const void* context, uint32_t context_size,
                         void** connection_cookie)>
      connect;
  std::function<void(void* connection_cookie)> disconnect;
  // Empty when the port has no MessageNotify.
  std::function<uint32_t(void* connection_cookie, const void* input,
                         uint32_t input_length, void* output,
                         uint32_t output_length, uint32_t* returned)>
      message;
};

// What the port's security descriptor admits.
struct PortSecurity {
  // From FltBuildDefaultSecurityDescriptor: System and Administrators only
  // (elevated or System simulated processes). False: no descriptor, anyone.
  bool admins_only = false;
};

extern const ObjectType kServerPortType;
extern const ObjectType kClientPortType;
extern const ObjectType kUserPortType;

class ServerPort : public Object {
 public:
  ServerPort(FilterManager* manager, std::shared_ptr<Filter> filter,
             std::wstring name, bool case_insensitive, PortSecurity security,
             void* cookie, PortCallbacks callbacks, int32_t max_connections);

  const std::wstring& name() const { return name_; }
  bool case_insensitive() const { return case_insensitive_; }
  const PortSecurity& security() const { return security_; }
  void* cookie() const { return cookie_; }
  const PortCallbacks& callbacks() const { return callbacks_; }
  const std::shared_ptr<Filter>& filter() const { return filter_; }

  // Reserves a connection; false at MaxConnections.
  bool TakeSlot();
  void ReleaseSlot();
  int connections() const;

 protected:
  void OnClose(CloseReason reason) override;  // leaves the namespace

 private:
  FilterManager* const manager_;
  const std::shared_ptr<Filter> filter_;
  const std::wstring name_;
  const bool case_insensitive_;
  const PortSecurity security_;
  void* const cookie_;
  const PortCallbacks callbacks_;
  const int32_t max_connections_;
  mutable Mutex mu_;
  int connections_ ABSL_GUARDED_BY(mu_) = 0;
};

class Link {
 public:
  Link(std::shared_ptr<ServerPort> server, Clock* clock);

  Connection& connection() { return connection_; }
  ServerPort& server() { return *server_; }
  void set_cookie(void* cookie) { cookie_ = cookie; }
  void* cookie() const { return cookie_; }
  void set_client_port(uint64_t value) { client_port_ = value; }
  uint64_t client_port() const { return client_port_; }

  // Ends the connection once: fails what waits, runs DisconnectNotify when
  // the ending calls for it (user close, unload), then frees the slot.
  void Finish(Connection::Ending how, bool complete_overlapped);

 private:
  const std::shared_ptr<ServerPort> server_;
  Connection connection_;
  void* cookie_ = nullptr;    // set once, before the user gets its handle
  uint64_t client_port_ = 0;  // set once, before ConnectNotify
};

class ClientPort : public Object {
 public:
  explicit ClientPort(std::shared_ptr<Link> link)
      : Object(kClientPortType), link_(std::move(link)) {}
  const std::shared_ptr<Link>& link() const { return link_; }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  const std::shared_ptr<Link> link_;
};

class UserPort : public Object {
 public:
  explicit UserPort(std::shared_ptr<Link> link)
      : Object(kUserPortType), link_(std::move(link)) {}
  const std::shared_ptr<Link>& link() const { return link_; }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  const std::shared_ptr<Link> link_;
};

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_PORTS_H_
