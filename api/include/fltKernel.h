// Copyright winemu authors.
//
// fltKernel.h: the kernel-mode Filter Manager interface (FltMgr.sys) for
// minifilter drivers: registration, communication ports, FltSendMessage,
// file handles on the emulated volume.
//
//   NTSTATUS DriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING path) {
//     NTSTATUS status = FltRegisterFilter(driver, &kRegistration, &gFilter);
//     if (!NT_SUCCESS(status)) return status;
//     PSECURITY_DESCRIPTOR sd;
//     status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
//     ...
//     InitializeObjectAttributes(&oa, &name,
//                                OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE,
//                                NULL, sd);
//     status = FltCreateCommunicationPort(gFilter, &gServerPort, &oa, NULL,
//                                         Connect, Disconnect, Message, 1);
//     FltFreeSecurityDescriptor(sd);
//     ...
//     return FltStartFiltering(gFilter);
//   }
//
// winemu delivers no file-system I/O to minifilters (no instances attach),
// so the pre/post operation callbacks and the instance callbacks of
// FLT_REGISTRATION are accepted but never called; the structures they take
// carry the documented members a callback commonly reads.
#ifndef WINEMU_API_INCLUDE_FLTKERNEL_H_
#define WINEMU_API_INCLUDE_FLTKERNEL_H_

#include <fltUserStructures.h>
#include <ntifs.h>

#ifndef FLTAPI
#define FLTAPI NTAPI
#endif

#ifdef __cplusplus
extern "C" {
#endif

// ---------------------------------------------------------------------------
// Opaque objects.

typedef struct _FLT_FILTER *PFLT_FILTER;
typedef struct _FLT_VOLUME *PFLT_VOLUME;
typedef struct _FLT_INSTANCE *PFLT_INSTANCE;
typedef struct _FLT_PORT *PFLT_PORT;
typedef PVOID PFLT_CONTEXT;
typedef struct _FLT_NAME_CONTROL *PFLT_NAME_CONTROL;
typedef struct _FILE_NAMES_INFORMATION *PFILE_NAMES_INFORMATION;
typedef struct _KTRANSACTION *PKTRANSACTION;

#define NULL_CONTEXT ((PFLT_CONTEXT)NULL)

// ---------------------------------------------------------------------------
// Access rights of a communication port.

#define FLT_PORT_CONNECT 0x0001
#define FLT_PORT_ALL_ACCESS (FLT_PORT_CONNECT | STANDARD_RIGHTS_ALL)

// ---------------------------------------------------------------------------
// Related objects and callback data.

typedef struct _FLT_RELATED_OBJECTS {
  USHORT CONST Size;
  USHORT CONST TransactionContext;
  PFLT_FILTER CONST Filter;
  PFLT_VOLUME CONST Volume;
  PFLT_INSTANCE CONST Instance;
  PFILE_OBJECT CONST FileObject;
  PKTRANSACTION CONST Transaction;
} FLT_RELATED_OBJECTS, *PFLT_RELATED_OBJECTS;
typedef CONST struct _FLT_RELATED_OBJECTS *PCFLT_RELATED_OBJECTS;

// The members of FLT_PARAMETERS winemu declares: Create, Read and Write.
typedef union _FLT_PARAMETERS {
  struct {
    PVOID SecurityContext;
    ULONG Options;
    USHORT POINTER_ALIGNMENT FileAttributes;
    USHORT ShareAccess;
    ULONG POINTER_ALIGNMENT EaLength;
    PVOID EaBuffer;
    LARGE_INTEGER AllocationSize;
  } Create;
  struct {
    ULONG Length;
    ULONG POINTER_ALIGNMENT Key;
    LARGE_INTEGER ByteOffset;
    PVOID ReadBuffer;
    PVOID MdlAddress;
  } Read;
  struct {
    ULONG Length;
    ULONG POINTER_ALIGNMENT Key;
    LARGE_INTEGER ByteOffset;
    PVOID WriteBuffer;
    PVOID MdlAddress;
  } Write;
} FLT_PARAMETERS, *PFLT_PARAMETERS;

typedef struct _FLT_IO_PARAMETER_BLOCK {
  ULONG IrpFlags;
  UCHAR MajorFunction;
  UCHAR MinorFunction;
  UCHAR OperationFlags;
  UCHAR Reserved;
  PFILE_OBJECT TargetFileObject;
  PFLT_INSTANCE TargetInstance;
  FLT_PARAMETERS Parameters;
} FLT_IO_PARAMETER_BLOCK, *PFLT_IO_PARAMETER_BLOCK;

typedef ULONG FLT_CALLBACK_DATA_FLAGS;

typedef struct _FLT_CALLBACK_DATA {
  FLT_CALLBACK_DATA_FLAGS Flags;
  PETHREAD CONST Thread;
  PFLT_IO_PARAMETER_BLOCK CONST Iopb;
  IO_STATUS_BLOCK IoStatus;
  struct _FLT_TAG_DATA_BUFFER *TagData;
  PVOID QueueContext[2];
  KPROCESSOR_MODE RequestorMode;
} FLT_CALLBACK_DATA, *PFLT_CALLBACK_DATA;

// ---------------------------------------------------------------------------
// Operation and context registration.

typedef enum _FLT_PREOP_CALLBACK_STATUS {
  FLT_PREOP_SUCCESS_WITH_CALLBACK,
  FLT_PREOP_SUCCESS_NO_CALLBACK,
  FLT_PREOP_PENDING,
  FLT_PREOP_DISALLOW_FASTIO,
  FLT_PREOP_COMPLETE,
  FLT_PREOP_SYNCHRONIZE,
  FLT_PREOP_DISALLOW_FSFILTER_IO
} FLT_PREOP_CALLBACK_STATUS,
    *PFLT_PREOP_CALLBACK_STATUS;

typedef enum _FLT_POSTOP_CALLBACK_STATUS {
  FLT_POSTOP_FINISH_PROCESSING,
  FLT_POSTOP_MORE_PROCESSING_REQUIRED,
  FLT_POSTOP_DISALLOW_FSFILTER_IO
} FLT_POSTOP_CALLBACK_STATUS,
    *PFLT_POSTOP_CALLBACK_STATUS;

typedef ULONG FLT_POST_OPERATION_FLAGS;
#define FLTFL_POST_OPERATION_DRAINING 0x00000001

typedef FLT_PREOP_CALLBACK_STATUS(FLTAPI *PFLT_PRE_OPERATION_CALLBACK)(
    _Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _Outptr_result_maybenull_ PVOID *CompletionContext);

typedef FLT_POSTOP_CALLBACK_STATUS(FLTAPI *PFLT_POST_OPERATION_CALLBACK)(
    _Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_opt_ PVOID CompletionContext, _In_ FLT_POST_OPERATION_FLAGS Flags);

typedef ULONG FLT_OPERATION_REGISTRATION_FLAGS;
#define FLTFL_OPERATION_REGISTRATION_SKIP_PAGING_IO 0x00000001
#define FLTFL_OPERATION_REGISTRATION_SKIP_CACHED_IO 0x00000002
#define FLTFL_OPERATION_REGISTRATION_SKIP_NON_DASD_IO 0x00000004
#define FLTFL_OPERATION_REGISTRATION_SKIP_NON_CACHED_NON_PAGING_IO 0x00000008

typedef struct _FLT_OPERATION_REGISTRATION {
  UCHAR MajorFunction;
  FLT_OPERATION_REGISTRATION_FLAGS Flags;
  PFLT_PRE_OPERATION_CALLBACK PreOperation;
  PFLT_POST_OPERATION_CALLBACK PostOperation;
  PVOID Reserved1;
} FLT_OPERATION_REGISTRATION, *PFLT_OPERATION_REGISTRATION;

#define IRP_MJ_OPERATION_END ((UCHAR)0x80)

typedef USHORT FLT_CONTEXT_TYPE;
#define FLT_VOLUME_CONTEXT 0x0001
#define FLT_INSTANCE_CONTEXT 0x0002
#define FLT_FILE_CONTEXT 0x0004
#define FLT_STREAM_CONTEXT 0x0008
#define FLT_STREAMHANDLE_CONTEXT 0x0010
#define FLT_TRANSACTION_CONTEXT 0x0020
#define FLT_SECTION_CONTEXT 0x0040
#define FLT_CONTEXT_END 0xffff

typedef USHORT FLT_CONTEXT_REGISTRATION_FLAGS;
#define FLTFL_CONTEXT_REGISTRATION_NO_EXACT_SIZE_MATCH 0x0001

typedef VOID(FLTAPI *PFLT_CONTEXT_CLEANUP_CALLBACK)(
    _In_ PFLT_CONTEXT Context, _In_ FLT_CONTEXT_TYPE ContextType);
typedef PVOID(FLTAPI *PFLT_CONTEXT_ALLOCATE_CALLBACK)(
    _In_ POOL_TYPE PoolType, _In_ SIZE_T Size,
    _In_ FLT_CONTEXT_TYPE ContextType);
typedef VOID(FLTAPI *PFLT_CONTEXT_FREE_CALLBACK)(
    _In_ PVOID Pool, _In_ FLT_CONTEXT_TYPE ContextType);

typedef struct _FLT_CONTEXT_REGISTRATION {
  FLT_CONTEXT_TYPE ContextType;
  FLT_CONTEXT_REGISTRATION_FLAGS Flags;
  PFLT_CONTEXT_CLEANUP_CALLBACK ContextCleanupCallback;
  SIZE_T Size;
  ULONG PoolTag;
  PFLT_CONTEXT_ALLOCATE_CALLBACK ContextAllocateCallback;
  PFLT_CONTEXT_FREE_CALLBACK ContextFreeCallback;
  PVOID Reserved1;
} FLT_CONTEXT_REGISTRATION, *PFLT_CONTEXT_REGISTRATION;
typedef const FLT_CONTEXT_REGISTRATION *PCFLT_CONTEXT_REGISTRATION;

// ---------------------------------------------------------------------------
// Filter registration.

typedef ULONG FLT_FILTER_UNLOAD_FLAGS;
#define FLTFL_FILTER_UNLOAD_MANDATORY 0x00000001

typedef NTSTATUS(FLTAPI *PFLT_FILTER_UNLOAD_CALLBACK)(
    _In_ FLT_FILTER_UNLOAD_FLAGS Flags);

typedef ULONG FLT_INSTANCE_SETUP_FLAGS;
#define FLTFL_INSTANCE_SETUP_AUTOMATIC_ATTACHMENT 0x00000001
#define FLTFL_INSTANCE_SETUP_MANUAL_ATTACHMENT 0x00000002
#define FLTFL_INSTANCE_SETUP_NEWLY_MOUNTED_VOLUME 0x00000004
#define FLTFL_INSTANCE_SETUP_DETACHED_VOLUME 0x00000008

typedef enum _FLT_FILESYSTEM_TYPE {
  FLT_FSTYPE_UNKNOWN,
  FLT_FSTYPE_RAW,
  FLT_FSTYPE_NTFS,
  FLT_FSTYPE_FAT,
  FLT_FSTYPE_CDFS,
  FLT_FSTYPE_UDFS,
  FLT_FSTYPE_LANMAN,
  FLT_FSTYPE_WEBDAV,
  FLT_FSTYPE_RDPDR,
  FLT_FSTYPE_NFS,
  FLT_FSTYPE_MS_NETWARE,
  FLT_FSTYPE_NETWARE,
  FLT_FSTYPE_BSUDF,
  FLT_FSTYPE_MUP,
  FLT_FSTYPE_RSFX,
  FLT_FSTYPE_ROXIO_UDF1,
  FLT_FSTYPE_ROXIO_UDF2,
  FLT_FSTYPE_ROXIO_UDF3,
  FLT_FSTYPE_TACIT,
  FLT_FSTYPE_FS_REC,
  FLT_FSTYPE_INCD,
  FLT_FSTYPE_INCD_FAT,
  FLT_FSTYPE_EXFAT,
  FLT_FSTYPE_PSFS,
  FLT_FSTYPE_GPFS,
  FLT_FSTYPE_NPFS,
  FLT_FSTYPE_MSFS,
  FLT_FSTYPE_CSVFS,
  FLT_FSTYPE_REFS,
  FLT_FSTYPE_OPENAFS,
  FLT_FSTYPE_CIMFS
} FLT_FILESYSTEM_TYPE,
    *PFLT_FILESYSTEM_TYPE;

typedef NTSTATUS(FLTAPI *PFLT_INSTANCE_SETUP_CALLBACK)(
    _In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ FLT_INSTANCE_SETUP_FLAGS Flags,
    _In_ DEVICE_TYPE VolumeDeviceType,
    _In_ FLT_FILESYSTEM_TYPE VolumeFilesystemType);

typedef ULONG FLT_INSTANCE_QUERY_TEARDOWN_FLAGS;
typedef NTSTATUS(FLTAPI *PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK)(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ FLT_INSTANCE_QUERY_TEARDOWN_FLAGS Flags);

typedef ULONG FLT_INSTANCE_TEARDOWN_FLAGS;
#define FLTFL_INSTANCE_TEARDOWN_MANUAL 0x00000001
#define FLTFL_INSTANCE_TEARDOWN_FILTER_UNLOAD 0x00000002
#define FLTFL_INSTANCE_TEARDOWN_MANDATORY_FILTER_UNLOAD 0x00000004
#define FLTFL_INSTANCE_TEARDOWN_VOLUME_DISMOUNT 0x00000008
#define FLTFL_INSTANCE_TEARDOWN_INTERNAL_ERROR 0x00000010

typedef VOID(FLTAPI *PFLT_INSTANCE_TEARDOWN_CALLBACK)(
    _In_ PCFLT_RELATED_OBJECTS FltObjects,
    _In_ FLT_INSTANCE_TEARDOWN_FLAGS Reason);

typedef ULONG FLT_FILE_NAME_OPTIONS;
typedef ULONG FLT_NORMALIZE_NAME_FLAGS;

typedef NTSTATUS(FLTAPI *PFLT_GENERATE_FILE_NAME)(
    _In_ PFLT_INSTANCE Instance, _In_ PFILE_OBJECT FileObject,
    _In_opt_ PFLT_CALLBACK_DATA CallbackData,
    _In_ FLT_FILE_NAME_OPTIONS NameOptions,
    _Out_ PBOOLEAN CacheFileNameInformation,
    _Inout_ PFLT_NAME_CONTROL FileName);

typedef NTSTATUS(FLTAPI *PFLT_NORMALIZE_NAME_COMPONENT)(
    _In_ PFLT_INSTANCE Instance, _In_ PCUNICODE_STRING ParentDirectory,
    _In_ USHORT VolumeNameLength, _In_ PCUNICODE_STRING Component,
    _Out_writes_bytes_(ExpandComponentNameLength)
        PFILE_NAMES_INFORMATION ExpandComponentName,
    _In_ ULONG ExpandComponentNameLength, _In_ FLT_NORMALIZE_NAME_FLAGS Flags,
    _Inout_ PVOID *NormalizationContext);

typedef NTSTATUS(FLTAPI *PFLT_NORMALIZE_NAME_COMPONENT_EX)(
    _In_ PFLT_INSTANCE Instance, _In_ PFILE_OBJECT FileObject,
    _In_ PCUNICODE_STRING ParentDirectory, _In_ USHORT VolumeNameLength,
    _In_ PCUNICODE_STRING Component,
    _Out_writes_bytes_(ExpandComponentNameLength)
        PFILE_NAMES_INFORMATION ExpandComponentName,
    _In_ ULONG ExpandComponentNameLength, _In_ FLT_NORMALIZE_NAME_FLAGS Flags,
    _Inout_ PVOID *NormalizationContext);

typedef VOID(FLTAPI *PFLT_NORMALIZE_CONTEXT_CLEANUP)(
    _In_opt_ PVOID *NormalizationContext);

typedef NTSTATUS(FLTAPI *PFLT_TRANSACTION_NOTIFICATION_CALLBACK)(
    _In_ PCFLT_RELATED_OBJECTS FltObjects, _In_ PFLT_CONTEXT TransactionContext,
    _In_ ULONG NotificationMask);

typedef NTSTATUS(FLTAPI *PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK)(
    _In_ PFLT_INSTANCE Instance, _In_ PFLT_CONTEXT SectionContext,
    _In_ PFLT_CALLBACK_DATA Data);

typedef ULONG FLT_REGISTRATION_FLAGS;
#define FLTFL_REGISTRATION_DO_NOT_SUPPORT_SERVICE_STOP 0x00000001
#define FLTFL_REGISTRATION_SUPPORT_NPFS_MSFS 0x00000002
#define FLTFL_REGISTRATION_SUPPORT_DAX_VOLUME 0x00000004

#define FLT_REGISTRATION_VERSION_0200 0x0200
#define FLT_REGISTRATION_VERSION_0201 0x0201
#define FLT_REGISTRATION_VERSION_0202 0x0202
#define FLT_REGISTRATION_VERSION_0203 0x0203
#define FLT_REGISTRATION_VERSION FLT_REGISTRATION_VERSION_0203

typedef struct _FLT_REGISTRATION {
  USHORT Size;
  USHORT Version;
  FLT_REGISTRATION_FLAGS Flags;
  CONST FLT_CONTEXT_REGISTRATION *ContextRegistration;
  CONST FLT_OPERATION_REGISTRATION *OperationRegistration;
  PFLT_FILTER_UNLOAD_CALLBACK FilterUnloadCallback;
  PFLT_INSTANCE_SETUP_CALLBACK InstanceSetupCallback;
  PFLT_INSTANCE_QUERY_TEARDOWN_CALLBACK InstanceQueryTeardownCallback;
  PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownStartCallback;
  PFLT_INSTANCE_TEARDOWN_CALLBACK InstanceTeardownCompleteCallback;
  PFLT_GENERATE_FILE_NAME GenerateFileNameCallback;
  PFLT_NORMALIZE_NAME_COMPONENT NormalizeNameComponentCallback;
  PFLT_NORMALIZE_CONTEXT_CLEANUP NormalizeContextCleanupCallback;
  PFLT_TRANSACTION_NOTIFICATION_CALLBACK TransactionNotificationCallback;
  PFLT_NORMALIZE_NAME_COMPONENT_EX NormalizeNameComponentExCallback;
  PFLT_SECTION_CONFLICT_NOTIFICATION_CALLBACK SectionNotificationCallback;
} FLT_REGISTRATION, *PFLT_REGISTRATION;

_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL) NTSTATUS FLTAPI
    FltRegisterFilter(_In_ PDRIVER_OBJECT Driver,
                      _In_ CONST FLT_REGISTRATION *Registration,
                      _Outptr_ PFLT_FILTER *RetFilter);

_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL) NTSTATUS FLTAPI
    FltStartFiltering(_In_ PFLT_FILTER Filter);

_IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltUnregisterFilter(_In_ PFLT_FILTER Filter);

// ---------------------------------------------------------------------------
// Security descriptors for ports.

_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL) NTSTATUS FLTAPI
    FltBuildDefaultSecurityDescriptor(
        _Outptr_ PSECURITY_DESCRIPTOR *SecurityDescriptor,
        _In_ ACCESS_MASK DesiredAccess);

_IRQL_requires_max_(APC_LEVEL) VOID FLTAPI
    FltFreeSecurityDescriptor(_In_ PSECURITY_DESCRIPTOR SecurityDescriptor);

// ---------------------------------------------------------------------------
// Communication ports.

typedef NTSTATUS(FLTAPI *PFLT_CONNECT_NOTIFY)(
    _In_ PFLT_PORT ClientPort, _In_opt_ PVOID ServerPortCookie,
    _In_reads_bytes_opt_(SizeOfContext) PVOID ConnectionContext,
    _In_ ULONG SizeOfContext,
    _Outptr_result_maybenull_ PVOID *ConnectionPortCookie);

typedef VOID(FLTAPI *PFLT_DISCONNECT_NOTIFY)(_In_opt_ PVOID ConnectionCookie);

typedef NTSTATUS(FLTAPI *PFLT_MESSAGE_NOTIFY)(
    _In_opt_ PVOID PortCookie,
    _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
    _In_ ULONG InputBufferLength,
    _Out_writes_bytes_to_opt_(OutputBufferLength, *ReturnOutputBufferLength)
        PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength, _Out_ PULONG ReturnOutputBufferLength);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltCreateCommunicationPort(
        _In_ PFLT_FILTER Filter, _Outptr_ PFLT_PORT *ServerPort,
        _In_ POBJECT_ATTRIBUTES ObjectAttributes,
        _In_opt_ PVOID ServerPortCookie,
        _In_ PFLT_CONNECT_NOTIFY ConnectNotifyCallback,
        _In_ PFLT_DISCONNECT_NOTIFY DisconnectNotifyCallback,
        _In_opt_ PFLT_MESSAGE_NOTIFY MessageNotifyCallback,
        _In_ LONG MaxConnections);

_IRQL_requires_max_(PASSIVE_LEVEL) VOID FLTAPI
    FltCloseCommunicationPort(_In_ PFLT_PORT ServerPort);

_IRQL_requires_max_(PASSIVE_LEVEL) VOID FLTAPI
    FltCloseClientPort(_In_ PFLT_FILTER Filter, _Inout_ PFLT_PORT *ClientPort);

_Must_inspect_result_ _IRQL_requires_max_(APC_LEVEL) NTSTATUS FLTAPI
    FltSendMessage(_In_ PFLT_FILTER Filter, _In_ PFLT_PORT *ClientPort,
                   _In_reads_bytes_(SenderBufferLength) PVOID SenderBuffer,
                   _In_ ULONG SenderBufferLength,
                   _Out_writes_bytes_opt_(*ReplyLength) PVOID ReplyBuffer,
                   _Inout_opt_ PULONG ReplyLength,
                   _In_opt_ PLARGE_INTEGER Timeout);

// ---------------------------------------------------------------------------
// Files on the emulated volume (C: is \Device\HarddiskVolume1).

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltCreateFile(_In_ PFLT_FILTER Filter, _In_opt_ PFLT_INSTANCE Instance,
                  _Out_ PHANDLE FileHandle, _In_ ACCESS_MASK DesiredAccess,
                  _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                  _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                  _In_opt_ PLARGE_INTEGER AllocationSize,
                  _In_ ULONG FileAttributes, _In_ ULONG ShareAccess,
                  _In_ ULONG CreateDisposition, _In_ ULONG CreateOptions,
                  _In_reads_bytes_opt_(EaLength) PVOID EaBuffer,
                  _In_ ULONG EaLength, _In_ ULONG Flags);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltCreateFileEx(_In_ PFLT_FILTER Filter, _In_opt_ PFLT_INSTANCE Instance,
                    _Out_ PHANDLE FileHandle,
                    _Outptr_opt_ PFILE_OBJECT *FileObject,
                    _In_ ACCESS_MASK DesiredAccess,
                    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                    _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                    _In_opt_ PLARGE_INTEGER AllocationSize,
                    _In_ ULONG FileAttributes, _In_ ULONG ShareAccess,
                    _In_ ULONG CreateDisposition, _In_ ULONG CreateOptions,
                    _In_reads_bytes_opt_(EaLength) PVOID EaBuffer,
                    _In_ ULONG EaLength, _In_ ULONG Flags);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltCreateFileEx2(_In_ PFLT_FILTER Filter, _In_opt_ PFLT_INSTANCE Instance,
                     _Out_ PHANDLE FileHandle,
                     _Outptr_opt_ PFILE_OBJECT *FileObject,
                     _In_ ACCESS_MASK DesiredAccess,
                     _In_ POBJECT_ATTRIBUTES ObjectAttributes,
                     _Out_ PIO_STATUS_BLOCK IoStatusBlock,
                     _In_opt_ PLARGE_INTEGER AllocationSize,
                     _In_ ULONG FileAttributes, _In_ ULONG ShareAccess,
                     _In_ ULONG CreateDisposition, _In_ ULONG CreateOptions,
                     _In_reads_bytes_opt_(EaLength) PVOID EaBuffer,
                     _In_ ULONG EaLength, _In_ ULONG Flags,
                     _In_opt_ PIO_DRIVER_CREATE_CONTEXT DriverContext);

_IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltClose(_In_ HANDLE FileHandle);

typedef ULONG FLT_IO_OPERATION_FLAGS;
#define FLTFL_IO_OPERATION_NON_CACHED 0x00000001
#define FLTFL_IO_OPERATION_PAGING 0x00000002
#define FLTFL_IO_OPERATION_DO_NOT_UPDATE_BYTE_OFFSET 0x00000004
#define FLTFL_IO_OPERATION_SYNCHRONOUS_PAGING 0x00000008

typedef VOID(FLTAPI *PFLT_COMPLETED_ASYNC_IO_CALLBACK)(
    _In_ PFLT_CALLBACK_DATA CallbackData, _In_ PFLT_CONTEXT Context);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltReadFile(_In_ PFLT_INSTANCE InitiatingInstance,
                _In_ PFILE_OBJECT FileObject,
                _In_opt_ PLARGE_INTEGER ByteOffset, _In_ ULONG Length,
                _Out_writes_bytes_to_(Length, *BytesRead) PVOID Buffer,
                _In_ FLT_IO_OPERATION_FLAGS Flags, _Out_opt_ PULONG BytesRead,
                _In_opt_ PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                _In_opt_ PVOID CallbackContext);

_Must_inspect_result_ _IRQL_requires_max_(PASSIVE_LEVEL) NTSTATUS FLTAPI
    FltWriteFile(_In_ PFLT_INSTANCE InitiatingInstance,
                 _In_ PFILE_OBJECT FileObject,
                 _In_opt_ PLARGE_INTEGER ByteOffset, _In_ ULONG Length,
                 _In_reads_bytes_(Length) PVOID Buffer,
                 _In_ FLT_IO_OPERATION_FLAGS Flags,
                 _Out_opt_ PULONG BytesWritten,
                 _In_opt_ PFLT_COMPLETED_ASYNC_IO_CALLBACK CallbackRoutine,
                 _In_opt_ PVOID CallbackContext);

// Not modelled by winemu (no rundown references on filters / instances /
// volumes): declared so that code compiles; calling it is a verifier report.
_IRQL_requires_max_(DISPATCH_LEVEL) VOID FLTAPI
    FltObjectDereference(_Inout_ PVOID FltObject);

#define FLT_ASSERT(_e) NT_ASSERT(_e)
#define FLT_ASSERTMSG(_m, _e) NT_ASSERTMSG(_m, _e)

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_FLTKERNEL_H_
