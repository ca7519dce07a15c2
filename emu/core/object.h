// Copyright winemu authors.
//
// object.h: the base of every object a handle can name.
//
// A family defines one static ObjectType per kind of handle (a WFP engine
// session, an enumeration, a communication port, ...) and derives its objects
// from Object. The handle table (handle_table.h) checks types by ObjectType
// identity, so wrong-type handles are detected without RTTI.
//
// Close() is the single close path: an explicit close (FwpmEngineClose0,
// CloseHandle, ...) and the exit of the owning process both end up there,
// exactly once per object.
#ifndef WINEMU_EMU_CORE_OBJECT_H_
#define WINEMU_EMU_CORE_OBJECT_H_

#include <atomic>

namespace winemu {

struct ObjectType {
  const char* name;  // e.g. "WFP engine session"
  // The entry point that closes it ("FwpmEngineClose0"); named in reports.
  const char* closer;
  // True for kernel objects that CloseHandle() may close (events, ports).
  bool closable_by_close_handle;
};

enum class CloseReason {
  kExplicit,     // the owner closed its handle
  kProcessExit,  // the owning process terminated
  kTeardown,     // the emulator is being destroyed
};

class Object {
 public:
  explicit Object(const ObjectType& type) : type_(&type) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  const ObjectType& type() const { return *type_; }

  // Runs OnClose() the first time only; later calls do nothing. Called with
  // no emulator lock held (OnClose may call back into client code).
  void Close(CloseReason reason) {
    if (!closed_.exchange(true, std::memory_order_acq_rel)) OnClose(reason);
  }
  bool closed() const { return closed_.load(std::memory_order_acquire); }

 protected:
  // The family's close behaviour (abort a transaction, disconnect a port...).
  virtual void OnClose(CloseReason reason) {}

 private:
  const ObjectType* const type_;
  std::atomic<bool> closed_{false};
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_OBJECT_H_
