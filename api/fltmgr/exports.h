// Copyright winemu authors.
//
// exports.h: the export tables of the emulated FltMgr.sys (the kernel-mode
// Filter Manager) and of the few ntoskrnl routines minifilters use with it
// (IRQL, pool, RtlInitUnicodeString, DbgPrint, ObDereferenceObject).
#ifndef WINEMU_API_FLTMGR_EXPORTS_H_
#define WINEMU_API_FLTMGR_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::fltmgr_api {

// fltmgr
extern const ApiInfo kFltRegisterFilter;
extern const ApiInfo kFltStartFiltering;
extern const ApiInfo kFltUnregisterFilter;
extern const ApiInfo kFltBuildDefaultSecurityDescriptor;
extern const ApiInfo kFltFreeSecurityDescriptor;
extern const ApiInfo kFltCreateCommunicationPort;
extern const ApiInfo kFltCloseCommunicationPort;
extern const ApiInfo kFltCloseClientPort;
extern const ApiInfo kFltSendMessage;
extern const ApiInfo kFltCreateFile;
extern const ApiInfo kFltCreateFileEx;
extern const ApiInfo kFltCreateFileEx2;
extern const ApiInfo kFltClose;
extern const ApiInfo kFltReadFile;
extern const ApiInfo kFltWriteFile;
extern const ApiInfo kFltObjectDereference;

// ntoskrnl
extern const ApiInfo kKeGetCurrentIrql;
extern const ApiInfo kKeRaiseIrql;
extern const ApiInfo kKeLowerIrql;
extern const ApiInfo kKeRaiseIrqlToDpcLevel;
extern const ApiInfo kExAllocatePoolWithTag;
extern const ApiInfo kExAllocatePool2;
extern const ApiInfo kExFreePoolWithTag;
extern const ApiInfo kExFreePool;
extern const ApiInfo kObfDereferenceObject;
extern const ApiInfo kObfReferenceObject;
extern const ApiInfo kRtlInitUnicodeString;
extern const ApiInfo kDbgPrint;
extern const ApiInfo kDbgPrintEx;
extern const ApiInfo kPsGetCurrentProcessId;
extern const ApiInfo kPagedCode;
extern const ApiInfo kNtAssert;

}  // namespace winemu::fltmgr_api

#endif  // WINEMU_API_FLTMGR_EXPORTS_H_
