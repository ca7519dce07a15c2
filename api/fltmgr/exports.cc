// Copyright winemu authors.
#include "api/fltmgr/exports.h"

#include <fltKernel.h>

namespace winemu::fltmgr_api {
namespace {
constexpr uint32_t Nt(NTSTATUS s) { return static_cast<uint32_t>(s); }
}  // namespace

// What each may return besides STATUS_SUCCESS (the spec's Appendix A: the
// documented codes and the recommended reading of undocumented cases).
WINEMU_CODE_SET(kRegisterCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES,
                STATUS_INVALID_PARAMETER, STATUS_FLT_NOT_INITIALIZED,
                STATUS_OBJECT_NAME_NOT_FOUND, STATUS_FLT_REGISTRATION_BUSY);
WINEMU_CODE_SET(kStartCodes, kNoClass, STATUS_INVALID_PARAMETER);
// Allocations: a failure is low memory (ExAllocatePool* return NULL).
WINEMU_CODE_SET(kResourceCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES);
WINEMU_CODE_SET(kCreatePortCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES,
                STATUS_FLT_DELETING_OBJECT, STATUS_OBJECT_NAME_COLLISION,
                STATUS_INVALID_PARAMETER, STATUS_OBJECT_NAME_INVALID,
                // Options winemu does not model fail loudly with this.
                STATUS_NOT_SUPPORTED);
WINEMU_CODE_SET(kSendCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES,
                STATUS_PORT_DISCONNECTED, STATUS_THREAD_IS_TERMINATING,
                STATUS_TIMEOUT, STATUS_BUFFER_OVERFLOW);
WINEMU_CODE_SET(kCreateFileCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES,
                STATUS_OBJECT_NAME_NOT_FOUND, STATUS_OBJECT_PATH_NOT_FOUND,
                STATUS_OBJECT_NAME_COLLISION, STATUS_SHARING_VIOLATION,
                STATUS_FILE_IS_A_DIRECTORY, STATUS_ACCESS_DENIED,
                STATUS_OBJECT_NAME_INVALID, STATUS_INVALID_PARAMETER,
                STATUS_FILE_LOCK_CONFLICT, STATUS_OBJECT_PATH_SYNTAX_BAD,
                STATUS_NOT_SUPPORTED);
WINEMU_CODE_SET(kCloseCodes, kNoClass, STATUS_INVALID_HANDLE);
WINEMU_CODE_SET(kTransferCodes, kNoClass, STATUS_INSUFFICIENT_RESOURCES,
                STATUS_INVALID_PARAMETER, STATUS_INVALID_HANDLE,
                STATUS_END_OF_FILE, STATUS_ACCESS_DENIED,
                STATUS_FILE_LOCK_CONFLICT, STATUS_NOT_SUPPORTED);

// --- fltmgr ---------------------------------------------------------------

const ApiInfo kFltRegisterFilter = {
    "FltRegisterFilter",
    "fltmgr",
    Support::kPartial,
    "checks Size/Version (0x0200-0x0203) and one registration per driver; "
    "operation, context and instance callbacks are accepted but never "
    "called (no file-system I/O reaches minifilters)",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kRegisterCodes};
const ApiInfo kFltStartFiltering = {
    "FltStartFiltering",
    "fltmgr",
    Support::kPartial,
    "second call fails with STATUS_INVALID_PARAMETER; no instances attach",
    CodeKind::kNtstatus,
    Nt(STATUS_INVALID_PARAMETER),
    &kStartCodes};
const ApiInfo kFltUnregisterFilter = {
    "FltUnregisterFilter",
    "fltmgr",
    Support::kSupported,
    "closes remaining connections (DisconnectNotify runs); a server port "
    "still open is a verifier report and is closed",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kFltBuildDefaultSecurityDescriptor = {
    "FltBuildDefaultSecurityDescriptor",
    "fltmgr",
    Support::kSupported,
    "an opaque tracked block admitting System and elevated processes",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kResourceCodes};
const ApiInfo kFltFreeSecurityDescriptor = {
    "FltFreeSecurityDescriptor",
    "fltmgr",
    Support::kSupported,
    "freeing anything else is a verifier report",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kFltCreateCommunicationPort = {"FltCreateCommunicationPort",
                                             "fltmgr",
                                             Support::kSupported,
                                             "",
                                             CodeKind::kNtstatus,
                                             Nt(STATUS_INSUFFICIENT_RESOURCES),
                                             &kCreatePortCodes};
const ApiInfo kFltCloseCommunicationPort = {
    "FltCloseCommunicationPort",
    "fltmgr",
    Support::kSupported,
    "existing connections stay; NULL or a second close is a verifier report",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kFltCloseClientPort = {
    "FltCloseClientPort",
    "fltmgr",
    Support::kSupported,
    "clears the caller's variable, synchronised with FltSendMessage",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kFltSendMessage = {
    "FltSendMessage",
    "fltmgr",
    Support::kPartial,
    "STATUS_THREAD_IS_TERMINATING is never returned (threads are not "
    "terminated)",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kSendCodes};
const ApiInfo kFltCreateFile = {
    "FltCreateFile",
    "fltmgr",
    Support::kPartial,
    "the emulated volume only: no instances, EAs, RootDirectory or "
    "oplock / reparse options",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kCreateFileCodes};
const ApiInfo kFltCreateFileEx = {
    "FltCreateFileEx",   "fltmgr",
    Support::kPartial,   "as FltCreateFile",
    CodeKind::kNtstatus, Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kCreateFileCodes};
const ApiInfo kFltCreateFileEx2 = {
    "FltCreateFileEx2",
    "fltmgr",
    Support::kPartial,
    "as FltCreateFile; a DriverContext with ECPs or a transaction is not "
    "modelled",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kCreateFileCodes};
const ApiInfo kFltClose = {"FltClose",          "fltmgr",
                           Support::kSupported, "only FltCreateFile* handles",
                           CodeKind::kNtstatus, Nt(STATUS_INVALID_HANDLE),
                           &kCloseCodes};
const ApiInfo kFltReadFile = {
    "FltReadFile",
    "fltmgr",
    Support::kPartial,
    "synchronous only; InitiatingInstance is not checked (winemu has no "
    "instances); asynchronous callbacks are not modelled",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kTransferCodes};
const ApiInfo kFltWriteFile = {
    "FltWriteFile",      "fltmgr",
    Support::kPartial,   "as FltReadFile",
    CodeKind::kNtstatus, Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kTransferCodes};
const ApiInfo kFltObjectDereference = {"FltObjectDereference",
                                       "fltmgr",
                                       Support::kUnsupported,
                                       "rundown references are not modelled",
                                       CodeKind::kVoid,
                                       0,
                                       &kNoCodes};

// --- ntoskrnl -------------------------------------------------------------

const ApiInfo kKeGetCurrentIrql = {"KeGetCurrentIrql",
                                   "ntoskrnl",
                                   Support::kSupported,
                                   "a simulated IRQL per thread",
                                   CodeKind::kVoid,
                                   0,
                                   &kNoCodes};
const ApiInfo kKeRaiseIrql = {"KeRaiseIrql",
                              "ntoskrnl",
                              Support::kSupported,
                              "raising below the current level is reported",
                              CodeKind::kVoid,
                              0,
                              &kNoCodes};
const ApiInfo kKeLowerIrql = {"KeLowerIrql",
                              "ntoskrnl",
                              Support::kSupported,
                              "lowering above the current level is reported",
                              CodeKind::kVoid,
                              0,
                              &kNoCodes};
const ApiInfo kKeRaiseIrqlToDpcLevel = {"KeRaiseIrqlToDpcLevel",
                                        "ntoskrnl",
                                        Support::kSupported,
                                        "",
                                        CodeKind::kVoid,
                                        0,
                                        &kNoCodes};
const ApiInfo kExAllocatePoolWithTag = {
    "ExAllocatePoolWithTag", "ntoskrnl",
    Support::kSupported,     "tracked; a fault returns NULL",
    CodeKind::kNtstatus,     Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kResourceCodes};
const ApiInfo kExAllocatePool2 = {
    "ExAllocatePool2",
    "ntoskrnl",
    Support::kPartial,
    "tracked and zeroed; POOL_FLAG_RAISE_ON_FAILURE cannot raise (returns "
    "NULL)",
    CodeKind::kNtstatus,
    Nt(STATUS_INSUFFICIENT_RESOURCES),
    &kResourceCodes};
const ApiInfo kExFreePoolWithTag = {
    "ExFreePoolWithTag",
    "ntoskrnl",
    Support::kSupported,
    "a wrong tag, a double free or a foreign pointer is reported",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kExFreePool = {"ExFreePool", "ntoskrnl",      Support::kSupported,
                             "",           CodeKind::kVoid, 0,
                             &kNoCodes};
const ApiInfo kObfDereferenceObject = {
    "ObfDereferenceObject",
    "ntoskrnl",
    Support::kPartial,
    "FILE_OBJECTs from FltCreateFileEx/Ex2 only; others are reported",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kObfReferenceObject = {
    "ObfReferenceObject",
    "ntoskrnl",
    Support::kPartial,
    "FILE_OBJECTs from FltCreateFileEx/Ex2 only; others are reported",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kRtlInitUnicodeString = {"RtlInitUnicodeString",
                                       "ntoskrnl",
                                       Support::kSupported,
                                       "",
                                       CodeKind::kVoid,
                                       0,
                                       &kNoCodes};
const ApiInfo kDbgPrint = {"DbgPrint",
                           "ntoskrnl",
                           Support::kSupported,
                           "to the trace and stderr",
                           CodeKind::kNtstatus,
                           0,
                           &kNoCodes};
const ApiInfo kDbgPrintEx = {"DbgPrintEx",
                             "ntoskrnl",
                             Support::kSupported,
                             "as DbgPrint; every level is printed",
                             CodeKind::kNtstatus,
                             0,
                             &kNoCodes};
const ApiInfo kPsGetCurrentProcessId = {
    "PsGetCurrentProcessId",
    "ntoskrnl",
    Support::kSupported,
    "the calling thread's simulated process",
    CodeKind::kVoid,
    0,
    &kNoCodes};
const ApiInfo kPagedCode = {"PAGED_CODE",
                            "ntoskrnl",
                            Support::kSupported,
                            "always checked: above APC_LEVEL is reported",
                            CodeKind::kVoid,
                            0,
                            &kNoCodes};
const ApiInfo kNtAssert = {"NT_ASSERT",
                           "ntoskrnl",
                           Support::kSupported,
                           "always checked (also ASSERT, FLT_ASSERT)",
                           CodeKind::kVoid,
                           0,
                           &kNoCodes};

namespace {
const ApiInfo *const kFltMgrRows[] = {
    &kFltRegisterFilter,
    &kFltStartFiltering,
    &kFltUnregisterFilter,
    &kFltBuildDefaultSecurityDescriptor,
    &kFltFreeSecurityDescriptor,
    &kFltCreateCommunicationPort,
    &kFltCloseCommunicationPort,
    &kFltCloseClientPort,
    &kFltSendMessage,
    &kFltCreateFile,
    &kFltCreateFileEx,
    &kFltCreateFileEx2,
    &kFltClose,
    &kFltReadFile,
    &kFltWriteFile,
    &kFltObjectDereference,
};
const ApiInfo *const kNtoskrnlRows[] = {
    &kKeGetCurrentIrql,
    &kKeRaiseIrql,
    &kKeLowerIrql,
    &kKeRaiseIrqlToDpcLevel,
    &kExAllocatePoolWithTag,
    &kExAllocatePool2,
    &kExFreePoolWithTag,
    &kExFreePool,
    &kObfDereferenceObject,
    &kObfReferenceObject,
    &kRtlInitUnicodeString,
    &kDbgPrint,
    &kDbgPrintEx,
    &kPsGetCurrentProcessId,
    &kPagedCode,
    &kNtAssert,
};
const ExportTableRegistrar kFltMgrRegistrar("fltmgr", kFltMgrRows,
                                            sizeof(kFltMgrRows) /
                                                sizeof(kFltMgrRows[0]));
const ExportTableRegistrar kNtoskrnlRegistrar("ntoskrnl", kNtoskrnlRows,
                                              sizeof(kNtoskrnlRows) /
                                                  sizeof(kNtoskrnlRows[0]));
}  // namespace

}  // namespace winemu::fltmgr_api
