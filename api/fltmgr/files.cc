// Copyright winemu authors.
//
// FltCreateFile / FltCreateFileEx / FltCreateFileEx2, FltClose, FltReadFile,
// FltWriteFile, ObfReferenceObject / ObfDereferenceObject (file objects),
// FltObjectDereference (not modelled).
#include <fltKernel.h>

#include <optional>

#include "absl/strings/str_format.h"
#include "api/fltmgr/errors.h"
#include "api/fltmgr/exports.h"
#include "api/fltmgr/internal.h"
#include "emu/fltmgr/irql.h"
#include "emu/fltmgr/volume.h"

namespace {

using winemu::ApiCall;
using winemu::CallMode;
using winemu::HandleStatus;
using winemu::fltmgr_api::Engine;
using winemu::fltmgr_api::FromUnicodeString;
using winemu::fltmgr_api::FromValue;
using winemu::fltmgr_api::NtStatusFrom;
using winemu::fltmgr_api::Value;
namespace fltmgr = winemu::fltmgr;
namespace api = winemu::fltmgr_api;

constexpr ACCESS_MASK kReadRights = GENERIC_READ | GENERIC_ALL | FILE_READ_DATA;
constexpr ACCESS_MASK kWriteRights =
    GENERIC_WRITE | GENERIC_ALL | FILE_WRITE_DATA | FILE_APPEND_DATA;
constexpr ACCESS_MASK kDeleteRights = GENERIC_ALL | DELETE;

void Report(const ApiCall& call, uint64_t value, HandleStatus status,
            const char* what) {
  if (status == HandleStatus::kNull) return;
  call.Misuse(
      absl::StrFormat("0x%x", value),
      absl::StrFormat("%s is %s", what, winemu::HandleStatusName(status)));
}

// The common body of the three creates. `file_object` may be null.
NTSTATUS Create(ApiCall& call, PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                PHANDLE FileHandle, PFILE_OBJECT* FileObject,
                ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes,
                PIO_STATUS_BLOCK IoStatusBlock, ULONG ShareAccess,
                ULONG CreateDisposition, ULONG CreateOptions, PVOID EaBuffer,
                ULONG EaLength, ULONG Flags,
                PIO_DRIVER_CREATE_CONTEXT DriverContext) {
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (FileHandle == nullptr || ObjectAttributes == nullptr ||
      IoStatusBlock == nullptr || ObjectAttributes->ObjectName == nullptr) {
    call.Misuse("NULL",
                "FileHandle, ObjectAttributes (with a name) and "
                "IoStatusBlock are required");
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if (Engine(call).LookupFilter(call, Value(Filter)) == nullptr) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if (Instance != nullptr) {
    call.Unmodelled("an Instance (winemu attaches no instances)");
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  if (EaBuffer != nullptr || EaLength != 0) {
    call.Unmodelled("extended attributes (EaBuffer)");
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  if (DriverContext != nullptr &&
      (DriverContext->ExtraCreateParameter != nullptr ||
       DriverContext->TxnParameters != nullptr)) {
    call.Unmodelled("a DriverContext with ECPs or a transaction");
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  if (ObjectAttributes->RootDirectory != nullptr) {
    call.Unmodelled("a name relative to RootDirectory");
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  if (CreateOptions &
      (FILE_OPEN_BY_FILE_ID | FILE_DELETE_ON_CLOSE | FILE_RESERVE_OPFILTER |
       FILE_OPEN_REPARSE_POINT | FILE_COMPLETE_IF_OPLOCKED)) {
    call.Unmodelled(absl::StrFormat("CreateOptions 0x%x", CreateOptions));
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  // The parameter checks of ZwCreateFile [DOC].
  const bool directory_file = (CreateOptions & FILE_DIRECTORY_FILE) != 0;
  if (CreateDisposition > FILE_MAXIMUM_DISPOSITION ||
      (CreateOptions & ~FILE_VALID_OPTION_FLAGS) != 0 ||
      (ShareAccess & ~FILE_SHARE_VALID_FLAGS) != 0 ||
      (directory_file && (CreateOptions & FILE_NON_DIRECTORY_FILE)) ||
      (directory_file && CreateDisposition != FILE_CREATE &&
       CreateDisposition != FILE_OPEN && CreateDisposition != FILE_OPEN_IF)) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if ((ObjectAttributes->Attributes & OBJ_KERNEL_HANDLE) == 0 &&
      !call.emu().current_process().is_system()) {
    call.Misuse("ObjectAttributes",
                "OBJ_KERNEL_HANDLE is required outside the System process "
                "(the handle would belong to the current user process)");
  }
  fltmgr::CreateRequest r;
  r.path = FromUnicodeString(*ObjectAttributes->ObjectName);
  if (r.path.empty() || r.path[0] != L'\\') {
    return call.Finish(STATUS_OBJECT_PATH_SYNTAX_BAD);
  }
  r.read = (DesiredAccess & kReadRights) != 0;
  r.write = (DesiredAccess & kWriteRights) != 0;
  r.del = (DesiredAccess & kDeleteRights) != 0;
  r.share_read = (ShareAccess & FILE_SHARE_READ) != 0;
  r.share_write = (ShareAccess & FILE_SHARE_WRITE) != 0;
  r.share_delete = (ShareAccess & FILE_SHARE_DELETE) != 0;
  r.disposition = static_cast<fltmgr::Disposition>(CreateDisposition);
  r.directory_file = directory_file;
  r.non_directory_file = (CreateOptions & FILE_NON_DIRECTORY_FILE) != 0;
  r.ignore_share_access = (Flags & IO_IGNORE_SHARE_ACCESS_CHECK) != 0;

  fltmgr::CreateResult result = Engine(call).volume().Create(r);
  const NTSTATUS status = NtStatusFrom(result.status);
  // The IO_STATUS_BLOCK reports the outcome of a request that reached the
  // file system; Status equals the return value [INF].
  IoStatusBlock->Status = status;
  IoStatusBlock->Information = static_cast<ULONG_PTR>(result.information);
  if (!NT_SUCCESS(status)) return call.Finish(status);

  auto& handles = call.emu().handles();
  const uint64_t handle =
      handles.Insert(winemu::kSystemProcessId,
                     std::make_shared<fltmgr::FileHandle>(result.file),
                     call.api().name, call.seq());
  *FileHandle = FromValue<HANDLE>(handle);
  if (FileObject != nullptr) {
    // The handle's reference and the caller's are distinct: the file object
    // outlives FltClose until ObDereferenceObject.
    *FileObject = FromValue<PFILE_OBJECT>(handles.Insert(
        winemu::kSystemProcessId, result.file, call.api().name, call.seq()));
  }
  return call.Finish(status);
}

std::shared_ptr<fltmgr::FileObject> LookupFileObject(const ApiCall& call,
                                                     PFILE_OBJECT object) {
  auto found = call.emu().handles().Lookup<fltmgr::FileObject>(
      Value(object), winemu::kSystemProcessId, &fltmgr::kFileObjectType);
  if (!found.ok()) {
    Report(call, Value(object), found.status, "the FILE_OBJECT");
    return nullptr;
  }
  return found.object;
}

std::optional<uint64_t> OffsetFrom(const LARGE_INTEGER* offset) {
  if (offset == nullptr) return std::nullopt;
  if (offset->QuadPart == -1) return fltmgr::kEndOfFileOffset;
  return static_cast<uint64_t>(offset->QuadPart);
}

// FltReadFile and FltWriteFile share their checks and their result; `op`
// is the engine transfer (FileObject::Read or FileObject::Write).
template <typename Op>
NTSTATUS SynchronousIo(ApiCall& call, const char* unmodelled,
                       PFILE_OBJECT FileObject, PLARGE_INTEGER ByteOffset,
                       ULONG Length, const void* Buffer,
                       FLT_IO_OPERATION_FLAGS Flags, PULONG Transferred,
                       PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                       Op op) {
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (CallbackRoutine != nullptr) {
    call.Unmodelled(unmodelled);
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  if (Buffer == nullptr && Length != 0) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  auto file = LookupFileObject(call, FileObject);
  if (file == nullptr) return call.Finish(STATUS_INVALID_PARAMETER);
  size_t n = 0;
  const fltmgr::Status s =
      op(*file, OffsetFrom(ByteOffset), Length,
         (Flags & FLTFL_IO_OPERATION_DO_NOT_UPDATE_BYTE_OFFSET) == 0, &n);
  if (Transferred != nullptr) *Transferred = static_cast<ULONG>(n);
  return call.Finish(NtStatusFrom(s));
}

}  // namespace

extern "C" {

NTSTATUS FLTAPI FltCreateFile(PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                              PHANDLE FileHandle, ACCESS_MASK DesiredAccess,
                              POBJECT_ATTRIBUTES ObjectAttributes,
                              PIO_STATUS_BLOCK IoStatusBlock,
                              PLARGE_INTEGER AllocationSize,
                              ULONG FileAttributes, ULONG ShareAccess,
                              ULONG CreateDisposition, ULONG CreateOptions,
                              PVOID EaBuffer, ULONG EaLength, ULONG Flags) {
  WINEMU_API_CALL(call, api::kFltCreateFile, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x, %p, 0x%x, %u, 0x%x", Filter, DesiredAccess,
                    ObjectAttributes, ShareAccess, CreateDisposition,
                    CreateOptions);
  return Create(call, Filter, Instance, FileHandle, nullptr, DesiredAccess,
                ObjectAttributes, IoStatusBlock, ShareAccess, CreateDisposition,
                CreateOptions, EaBuffer, EaLength, Flags, nullptr);
}

NTSTATUS FLTAPI FltCreateFileEx(PFLT_FILTER Filter, PFLT_INSTANCE Instance,
                                PHANDLE FileHandle, PFILE_OBJECT* FileObject,
                                ACCESS_MASK DesiredAccess,
                                POBJECT_ATTRIBUTES ObjectAttributes,
                                PIO_STATUS_BLOCK IoStatusBlock,
                                PLARGE_INTEGER AllocationSize,
                                ULONG FileAttributes, ULONG ShareAccess,
                                ULONG CreateDisposition, ULONG CreateOptions,
                                PVOID EaBuffer, ULONG EaLength, ULONG Flags) {
  WINEMU_API_CALL(call, api::kFltCreateFileEx, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x, %p, 0x%x, %u, 0x%x", Filter, DesiredAccess,
                    ObjectAttributes, ShareAccess, CreateDisposition,
                    CreateOptions);
  return Create(call, Filter, Instance, FileHandle, FileObject, DesiredAccess,
                ObjectAttributes, IoStatusBlock, ShareAccess, CreateDisposition,
                CreateOptions, EaBuffer, EaLength, Flags, nullptr);
}

NTSTATUS FLTAPI FltCreateFileEx2(
    PFLT_FILTER Filter, PFLT_INSTANCE Instance, PHANDLE FileHandle,
    PFILE_OBJECT* FileObject, ACCESS_MASK DesiredAccess,
    POBJECT_ATTRIBUTES ObjectAttributes, PIO_STATUS_BLOCK IoStatusBlock,
    PLARGE_INTEGER AllocationSize, ULONG FileAttributes, ULONG ShareAccess,
    ULONG CreateDisposition, ULONG CreateOptions, PVOID EaBuffer,
    ULONG EaLength, ULONG Flags, PIO_DRIVER_CREATE_CONTEXT DriverContext) {
  WINEMU_API_CALL(call, api::kFltCreateFileEx2, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x, %p, 0x%x, %u, 0x%x", Filter, DesiredAccess,
                    ObjectAttributes, ShareAccess, CreateDisposition,
                    CreateOptions);
  return Create(call, Filter, Instance, FileHandle, FileObject, DesiredAccess,
                ObjectAttributes, IoStatusBlock, ShareAccess, CreateDisposition,
                CreateOptions, EaBuffer, EaLength, Flags, DriverContext);
}

NTSTATUS FLTAPI FltClose(HANDLE FileHandle) {
  WINEMU_API_CALL(call, api::kFltClose, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", FileHandle);
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  // Only FltCreateFile* handles of the System process [DOC]; everything
  // else, and a second close, is STATUS_INVALID_HANDLE [INF].
  auto found = call.emu().handles().Remove(
      Value(FileHandle), winemu::kSystemProcessId, &fltmgr::kFileHandleType);
  if (!found.ok()) {
    Report(call, Value(FileHandle), found.status, "the file handle");
    return call.Finish(STATUS_INVALID_HANDLE);
  }
  found.object->Close(winemu::CloseReason::kExplicit);
  return call.Finish(STATUS_SUCCESS);
}

NTSTATUS FLTAPI FltReadFile(PFLT_INSTANCE InitiatingInstance,
                            PFILE_OBJECT FileObject, PLARGE_INTEGER ByteOffset,
                            ULONG Length, PVOID Buffer,
                            FLT_IO_OPERATION_FLAGS Flags, PULONG BytesRead,
                            PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                            PVOID CallbackContext) {
  WINEMU_API_CALL(call, api::kFltReadFile, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u, 0x%x", InitiatingInstance, FileObject,
                    Length, Flags);
  return SynchronousIo(
      call, "asynchronous FltReadFile (CallbackRoutine)", FileObject,
      ByteOffset, Length, Buffer, Flags, BytesRead, CallbackRoutine,
      [Buffer](fltmgr::FileObject& f, std::optional<uint64_t> at, ULONG len,
               bool update,
               size_t* n) { return f.Read(at, Buffer, len, update, n); });
}

NTSTATUS FLTAPI FltWriteFile(PFLT_INSTANCE InitiatingInstance,
                             PFILE_OBJECT FileObject, PLARGE_INTEGER ByteOffset,
                             ULONG Length, PVOID Buffer,
                             FLT_IO_OPERATION_FLAGS Flags, PULONG BytesWritten,
                             PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                             PVOID CallbackContext) {
  WINEMU_API_CALL(call, api::kFltWriteFile, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u, 0x%x", InitiatingInstance, FileObject,
                    Length, Flags);
  return SynchronousIo(
      call, "asynchronous FltWriteFile (CallbackRoutine)", FileObject,
      ByteOffset, Length, Buffer, Flags, BytesWritten, CallbackRoutine,
      [Buffer](fltmgr::FileObject& f, std::optional<uint64_t> at, ULONG len,
               bool update,
               size_t* n) { return f.Write(at, Buffer, len, update, n); });
}

LONG_PTR FASTCALL ObfReferenceObject(PVOID Object) {
  WINEMU_API_CALL(call, api::kObfReferenceObject, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", Object);
  fltmgr::CheckIrql(call, fltmgr::kDispatchLevel);
  if (Object == nullptr) {
    // A bug check on Windows; a report and nothing else here.
    call.Misuse("NULL", "Object is required");
    call.FinishVoid();
    return 0;
  }
  auto file = LookupFileObject(call, static_cast<PFILE_OBJECT>(Object));
  if (file != nullptr) file->AddReference();
  call.FinishVoid();
  return 0;
}

LONG_PTR FASTCALL ObfDereferenceObject(PVOID Object) {
  WINEMU_API_CALL(call, api::kObfDereferenceObject, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", Object);
  fltmgr::CheckIrql(call, fltmgr::kDispatchLevel);
  if (Object == nullptr) {
    // A bug check on Windows; a report and nothing else here.
    call.Misuse("NULL", "Object is required");
    call.FinishVoid();
    return 0;
  }
  auto file = LookupFileObject(call, static_cast<PFILE_OBJECT>(Object));
  LONG_PTR left = 0;
  if (file != nullptr) {
    left = file->DropReference();
    if (left == 0) {
      auto removed = call.emu().handles().Remove(
          Value(Object), winemu::kSystemProcessId, &fltmgr::kFileObjectType);
      if (removed.ok()) removed.object->Close(winemu::CloseReason::kExplicit);
    }
  }
  call.FinishVoid();
  return left;
}

VOID FLTAPI FltObjectDereference(PVOID FltObject) {
  WINEMU_API_CALL(call, api::kFltObjectDereference, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", FltObject);
  // kUnsupported: the ApiCall already filed the verifier report.
  call.FinishVoid();
}

}  // extern "C"
