// Copyright winemu authors.
//
// ntdef.h: the basic types of kernel-mode code: NTSTATUS and its tests,
// counted strings (UNICODE_STRING, STRING), OBJECT_ATTRIBUTES and the OBJ_*
// attribute flags.
//
//   UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\MyPort");
//   OBJECT_ATTRIBUTES attributes;
//   InitializeObjectAttributes(&attributes, &name,
//                              OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
//                              NULL, securityDescriptor);
//   if (!NT_SUCCESS(status)) { ... }
//
// The scalar types (ULONG, HANDLE, LARGE_INTEGER, ...) are the ones of
// minwindef.h and winnt.h, which this file includes, so user-mode and
// kernel-mode headers mix in one translation unit. The status values are in
// ntstatus.h. Counted-string lengths are in bytes; WCHAR is wchar_t.
#ifndef WINEMU_API_INCLUDE_NTDEF_H_
#define WINEMU_API_INCLUDE_NTDEF_H_

// Other headers test _NTDEF_ before defining NTSTATUS themselves.
#ifndef _NTDEF_
#define _NTDEF_
#endif

#include <minwindef.h>
#include <winnt.h>

// NTSTATUS is defined here and in ntstatus.h, whichever comes first.
#ifndef WINEMU_API_INCLUDE_NTSTATUS_TYPE_
#define WINEMU_API_INCLUDE_NTSTATUS_TYPE_
#ifdef __cplusplus
extern "C" {
#endif
typedef _Return_type_success_(return >= 0) LONG NTSTATUS;
typedef NTSTATUS *PNTSTATUS;
#ifdef __cplusplus
}  // extern "C"
#endif
#endif  // WINEMU_API_INCLUDE_NTSTATUS_TYPE_

#ifdef __cplusplus
extern "C" {
#endif

// Severity of an NTSTATUS: success (0) and informational (1) are both
// NT_SUCCESS; warnings (2) and errors (3) are not.
#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

typedef short CSHORT;
typedef ULONG CLONG;
typedef const char *PCSZ;
typedef ULONG LOGICAL, *PLOGICAL;
typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

// ---------------------------------------------------------------------------
// Counted strings. Length and MaximumLength count bytes, not characters;
// Buffer need not be NUL-terminated.

#define UNICODE_NULL ((WCHAR)0)
#define ANSI_NULL ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)

typedef struct _UNICODE_STRING {
  USHORT Length;
  USHORT MaximumLength;
  _Field_size_bytes_part_opt_(MaximumLength, Length) PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _STRING {
  USHORT Length;
  USHORT MaximumLength;
  _Field_size_bytes_part_opt_(MaximumLength, Length) PCHAR Buffer;
} STRING, *PSTRING;
typedef STRING ANSI_STRING, *PANSI_STRING;
typedef STRING OEM_STRING, *POEM_STRING;
typedef const STRING *PCOEM_STRING;

#ifdef __cplusplus
}  // extern "C"
#endif

// A counted string initializer for a string literal, without its NUL.
#ifdef __cplusplus
extern "C++" {
namespace winemu_internal {
template <typename T>
constexpr T *MutableStringBuffer(const T *buffer) {
  return const_cast<T *>(buffer);
}
}  // namespace winemu_internal
}
#define RTL_CONSTANT_STRING(s)                    \
  {                                               \
    sizeof(s) - sizeof((s)[0]), sizeof(s),        \
        ::winemu_internal::MutableStringBuffer(s) \
  }
#else
#define RTL_CONSTANT_STRING(s) \
  { sizeof(s) - sizeof((s)[0]), sizeof(s), (s) }
#endif

#ifdef __cplusplus
extern "C" {
#endif

// ---------------------------------------------------------------------------
// Object attributes.

#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define OBJ_IGNORE_IMPERSONATED_DEVICEMAP 0x00000800L
#define OBJ_DONT_REPARSE 0x00001000L

typedef struct _OBJECT_ATTRIBUTES {
  ULONG Length;
  HANDLE RootDirectory;
  PUNICODE_STRING ObjectName;
  ULONG Attributes;
  PVOID SecurityDescriptor;        // a SECURITY_DESCRIPTOR
  PVOID SecurityQualityOfService;  // a SECURITY_QUALITY_OF_SERVICE
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

// Fills every field of *p.
#define InitializeObjectAttributes(p, n, a, r, s)   \
  do {                                              \
    (p)->Length = (ULONG)sizeof(OBJECT_ATTRIBUTES); \
    (p)->RootDirectory = (r);                       \
    (p)->Attributes = (ULONG)(a);                   \
    (p)->ObjectName = (n);                          \
    (p)->SecurityDescriptor = (s);                  \
    (p)->SecurityQualityOfService = NULL;           \
  } while (0)

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_NTDEF_H_
