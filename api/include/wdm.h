// Copyright winemu authors.
//
// wdm.h: the kernel-mode essentials a minifilter uses: IRQL, pool
// allocation with tags, IO_STATUS_BLOCK, DRIVER_OBJECT, the IRP_MJ_* codes,
// the create dispositions / options / results, RtlInitUnicodeString,
// DbgPrint, PAGED_CODE and the assertion macros, ObDereferenceObject.
//
//   PVOID p = ExAllocatePool2(POOL_FLAG_PAGED, 64, 'gaTX');
//   if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
//   ...
//   ExFreePoolWithTag(p, 'gaTX');
//
// winemu keeps a simulated IRQL per thread (PASSIVE_LEVEL at first). Every
// kernel routine checks its documented maximum, and PAGED_CODE(),
// NT_ASSERT() / ASSERT() / FLT_ASSERT() are always checked: a violation is a
// verifier report naming the routine (where Windows would bug-check).
// FILE_OBJECT, DEVICE_OBJECT, EPROCESS and IRP are opaque: winemu hands out
// their pointers but does not model their fields.
#ifndef WINEMU_API_INCLUDE_WDM_H_
#define WINEMU_API_INCLUDE_WDM_H_

#include <ntdef.h>
#include <ntstatus.h>

#ifndef UNREFERENCED_PARAMETER
#define UNREFERENCED_PARAMETER(P) ((void)(P))
#endif

#ifndef NTKERNELAPI
#define NTKERNELAPI
#endif
#ifndef FASTCALL
#define FASTCALL
#endif

#ifndef DBG
#define DBG 0
#endif

#ifndef POINTER_ALIGNMENT
#define POINTER_ALIGNMENT
#endif

#ifdef __cplusplus
extern "C" {
#endif

// ---------------------------------------------------------------------------
// IRQL.

typedef UCHAR KIRQL;
typedef KIRQL *PKIRQL;

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define HIGH_LEVEL 15

typedef CCHAR KPROCESSOR_MODE;
typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;

NTKERNELAPI KIRQL NTAPI KeGetCurrentIrql(void);
// Raising to a level below the current one is a verifier report.
NTKERNELAPI VOID NTAPI KeRaiseIrql(_In_ KIRQL NewIrql, _Out_ PKIRQL OldIrql);
// Lowering to a level above the current one is a verifier report.
NTKERNELAPI VOID NTAPI KeLowerIrql(_In_ KIRQL NewIrql);
NTKERNELAPI KIRQL NTAPI KeRaiseIrqlToDpcLevel(void);

// ---------------------------------------------------------------------------
// Pool.

typedef enum _POOL_TYPE {
  NonPagedPool = 0,
  NonPagedPoolExecute = NonPagedPool,
  PagedPool = 1,
  NonPagedPoolMustSucceed = 2,
  DontUseThisType = 3,
  NonPagedPoolCacheAligned = 4,
  PagedPoolCacheAligned = 5,
  NonPagedPoolCacheAlignedMustS = 6,
  MaxPoolType = 7,
  NonPagedPoolSession = 32,
  PagedPoolSession = 33,
  NonPagedPoolNx = 512,
  NonPagedPoolNxCacheAligned = 516,
  NonPagedPoolSessionNx = 544
} POOL_TYPE;

typedef ULONG64 POOL_FLAGS;

#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RESERVED1 0x0000000000000010ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_RESERVED2 0x0000000000000200ULL
#define POOL_FLAG_RESERVED3 0x0000000000000400ULL
#define POOL_FLAG_REQUIRED_END 0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START 0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL 0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END 0x8000000000000000ULL

// Memory from these is tracked by the emulator: a leak report names it, and
// freeing with the wrong tag or twice is a verifier report.
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PVOID NTAPI
    ExAllocatePoolWithTag(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes,
                          _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI PVOID NTAPI
    ExAllocatePool2(_In_ POOL_FLAGS Flags, _In_ SIZE_T NumberOfBytes,
                    _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI
    ExFreePoolWithTag(_In_ PVOID P, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI VOID NTAPI
    ExFreePool(_In_ PVOID P);

// ---------------------------------------------------------------------------
// Opaque kernel objects.

typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;
typedef struct _FILE_OBJECT FILE_OBJECT, *PFILE_OBJECT;
typedef struct _IRP IRP, *PIRP;
typedef struct _KPROCESS *PEPROCESS;
typedef struct _KTHREAD *PETHREAD;
typedef struct _DRIVER_EXTENSION *PDRIVER_EXTENSION;
typedef struct _FAST_IO_DISPATCH *PFAST_IO_DISPATCH;
typedef struct _ECP_LIST *PECP_LIST;
typedef struct _TXN_PARAMETER_BLOCK *PTXN_PARAMETER_BLOCK;
typedef ULONG DEVICE_TYPE;

// ---------------------------------------------------------------------------
// I/O status and driver objects.

typedef struct _IO_STATUS_BLOCK {
  union {
    NTSTATUS Status;
    PVOID Pointer;
  };
  ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef VOID NTAPI IO_APC_ROUTINE(_In_ PVOID ApcContext,
                                  _In_ PIO_STATUS_BLOCK IoStatusBlock,
                                  _In_ ULONG Reserved);
typedef IO_APC_ROUTINE *PIO_APC_ROUTINE;

#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CREATE_NAMED_PIPE 0x01
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_QUERY_INFORMATION 0x05
#define IRP_MJ_SET_INFORMATION 0x06
#define IRP_MJ_QUERY_EA 0x07
#define IRP_MJ_SET_EA 0x08
#define IRP_MJ_FLUSH_BUFFERS 0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION 0x0b
#define IRP_MJ_DIRECTORY_CONTROL 0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL 0x0d
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_SHUTDOWN 0x10
#define IRP_MJ_LOCK_CONTROL 0x11
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_CREATE_MAILSLOT 0x13
#define IRP_MJ_QUERY_SECURITY 0x14
#define IRP_MJ_SET_SECURITY 0x15
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_DEVICE_CHANGE 0x18
#define IRP_MJ_QUERY_QUOTA 0x19
#define IRP_MJ_SET_QUOTA 0x1a
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

struct _DRIVER_OBJECT;

typedef NTSTATUS NTAPI
DRIVER_INITIALIZE(_In_ struct _DRIVER_OBJECT *DriverObject,
                  _In_ PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;
typedef VOID NTAPI DRIVER_STARTIO(_Inout_ struct _DEVICE_OBJECT *DeviceObject,
                                  _Inout_ struct _IRP *Irp);
typedef DRIVER_STARTIO *PDRIVER_STARTIO;
typedef VOID NTAPI DRIVER_UNLOAD(_In_ struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS NTAPI DRIVER_DISPATCH(_In_ struct _DEVICE_OBJECT *DeviceObject,
                                       _Inout_ struct _IRP *Irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;

typedef struct _DRIVER_OBJECT {
  CSHORT Type;
  CSHORT Size;
  PDEVICE_OBJECT DeviceObject;
  ULONG Flags;
  PVOID DriverStart;
  ULONG DriverSize;
  PVOID DriverSection;
  PDRIVER_EXTENSION DriverExtension;
  UNICODE_STRING DriverName;
  PUNICODE_STRING HardwareDatabase;
  PFAST_IO_DISPATCH FastIoDispatch;
  PDRIVER_INITIALIZE DriverInit;
  PDRIVER_STARTIO DriverStartIo;
  PDRIVER_UNLOAD DriverUnload;
  PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

// ---------------------------------------------------------------------------
// File creation (ZwCreateFile / IoCreateFileEx semantics).

#define FILE_SUPERSEDE 0x00000000
#define FILE_OPEN 0x00000001
#define FILE_CREATE 0x00000002
#define FILE_OPEN_IF 0x00000003
#define FILE_OVERWRITE 0x00000004
#define FILE_OVERWRITE_IF 0x00000005
#define FILE_MAXIMUM_DISPOSITION 0x00000005

#define FILE_DIRECTORY_FILE 0x00000001
#define FILE_WRITE_THROUGH 0x00000002
#define FILE_SEQUENTIAL_ONLY 0x00000004
#define FILE_NO_INTERMEDIATE_BUFFERING 0x00000008
#define FILE_SYNCHRONOUS_IO_ALERT 0x00000010
#define FILE_SYNCHRONOUS_IO_NONALERT 0x00000020
#define FILE_NON_DIRECTORY_FILE 0x00000040
#define FILE_CREATE_TREE_CONNECTION 0x00000080
#define FILE_COMPLETE_IF_OPLOCKED 0x00000100
#define FILE_NO_EA_KNOWLEDGE 0x00000200
#define FILE_OPEN_REMOTE_INSTANCE 0x00000400
#define FILE_RANDOM_ACCESS 0x00000800
#define FILE_DELETE_ON_CLOSE 0x00001000
#define FILE_OPEN_BY_FILE_ID 0x00002000
#define FILE_OPEN_FOR_BACKUP_INTENT 0x00004000
#define FILE_NO_COMPRESSION 0x00008000
#define FILE_RESERVE_OPFILTER 0x00100000
#define FILE_OPEN_REPARSE_POINT 0x00200000
#define FILE_OPEN_NO_RECALL 0x00400000
#define FILE_OPEN_FOR_FREE_SPACE_QUERY 0x00800000
#define FILE_VALID_OPTION_FLAGS 0x00ffffff

// IO_STATUS_BLOCK.Information after a create.
#define FILE_SUPERSEDED 0x00000000
#define FILE_OPENED 0x00000001
#define FILE_CREATED 0x00000002
#define FILE_OVERWRITTEN 0x00000003
#define FILE_EXISTS 0x00000004
#define FILE_DOES_NOT_EXIST 0x00000005

// IoCreateFileEx Options (FltCreateFile* Flags).
#define IO_FORCE_ACCESS_CHECK 0x0001
#define IO_NO_PARAMETER_CHECKING 0x0100

typedef struct _IO_DRIVER_CREATE_CONTEXT {
  CSHORT Size;
  PECP_LIST ExtraCreateParameter;
  PVOID DeviceObjectHint;
  PTXN_PARAMETER_BLOCK TxnParameters;
  PVOID SiloContext;
} IO_DRIVER_CREATE_CONTEXT, *PIO_DRIVER_CREATE_CONTEXT;

static inline VOID IoInitializeDriverCreateContext(
    PIO_DRIVER_CREATE_CONTEXT DriverContext) {
  RtlZeroMemory(DriverContext, sizeof(IO_DRIVER_CREATE_CONTEXT));
  DriverContext->Size = (CSHORT)sizeof(IO_DRIVER_CREATE_CONTEXT);
}

// ---------------------------------------------------------------------------
// Objects.

// Releases one reference to an object winemu returned (a FILE_OBJECT from
// FltCreateFileEx / FltCreateFileEx2).
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL
    ObfDereferenceObject(_In_ PVOID Object);
_IRQL_requires_max_(DISPATCH_LEVEL) NTKERNELAPI LONG_PTR FASTCALL
    ObfReferenceObject(_In_ PVOID Object);
#define ObDereferenceObject(a) ObfDereferenceObject(a)
#define ObReferenceObject(Object) ObfReferenceObject(Object)

// ---------------------------------------------------------------------------
// Run-time library and debugging.

_IRQL_requires_max_(DISPATCH_LEVEL) NTSYSAPI VOID NTAPI
    RtlInitUnicodeString(_Out_ PUNICODE_STRING DestinationString,
                         _In_opt_z_ PCWSTR SourceString);

// Prints to the emulator's trace and to stderr; returns STATUS_SUCCESS.
ULONG __cdecl DbgPrint(_In_z_ _Printf_format_string_ PCSTR Format, ...);
ULONG __cdecl DbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level,
                         _In_z_ _Printf_format_string_ PCSTR Format, ...);

#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#define DPFLTR_IHVDRIVER_ID 77

#if DBG
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#else
#define KdPrint(_x_)
#define KdPrintEx(_x_)
#endif

// The emulator's checks behind PAGED_CODE() and the assertion macros. They
// are always on: each failure is a verifier report.
VOID NTAPI WinemuPagedCodeCheck(_In_z_ PCSTR Function);
VOID NTAPI WinemuAssertionFailure(_In_z_ PCSTR Expression, _In_z_ PCSTR File,
                                  _In_ ULONG Line);

#define PAGED_CODE() WinemuPagedCodeCheck(__func__)
#define PAGED_CODE_LOCKED() ((void)0)
#define NT_ASSERT(_exp) \
  ((_exp) ? (void)0 : WinemuAssertionFailure(#_exp, __FILE__, __LINE__))
#define NT_ASSERTMSG(_msg, _exp) NT_ASSERT(_exp)
#define NT_VERIFY(_exp) NT_ASSERT(_exp)
#ifndef ASSERT
#define ASSERT(_exp) NT_ASSERT(_exp)
#endif

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_WDM_H_
