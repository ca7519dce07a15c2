// Copyright winemu authors.
//
// basetsd.h: fixed-width and pointer-width integer types.
//
// Windows is LLP64. winemu keeps every Windows width on Linux x86-64 (LP64)
// by building on <stdint.h>, never on C `long`:
//
//   INT32 / UINT32 / LONG32 / DWORD32      32 bits
//   INT64 / UINT64 / LONG64 / DWORD64      64 bits
//   INT_PTR / LONG_PTR / ULONG_PTR / SIZE_T   the width of a pointer
//
// The 64-bit and pointer-width types are the <stdint.h> ones, so that a
// `uint64_t*` or a `size_t*` converts to `UINT64*` or `PSIZE_T` as it does
// with the Microsoft compiler.
#ifndef WINEMU_API_INCLUDE_BASETSD_H_
#define WINEMU_API_INCLUDE_BASETSD_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int8_t INT8, *PINT8;
typedef int16_t INT16, *PINT16;
typedef int32_t INT32, *PINT32;
typedef int64_t INT64, *PINT64;
typedef uint8_t UINT8, *PUINT8;
typedef uint16_t UINT16, *PUINT16;
typedef uint32_t UINT32, *PUINT32;
typedef uint64_t UINT64, *PUINT64;

typedef int32_t LONG32, *PLONG32;
typedef uint32_t ULONG32, *PULONG32;
typedef uint32_t DWORD32, *PDWORD32;
typedef int64_t LONG64, *PLONG64;
typedef uint64_t ULONG64, *PULONG64;
typedef uint64_t DWORD64, *PDWORD64;

typedef intptr_t INT_PTR, *PINT_PTR;
typedef uintptr_t UINT_PTR, *PUINT_PTR;
typedef intptr_t LONG_PTR, *PLONG_PTR;
typedef uintptr_t ULONG_PTR, *PULONG_PTR;
typedef ULONG_PTR DWORD_PTR, *PDWORD_PTR;
typedef ULONG_PTR SIZE_T, *PSIZE_T;
typedef LONG_PTR SSIZE_T, *PSSIZE_T;
typedef ULONG_PTR HANDLE_PTR;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;

// Half a pointer: 32 bits on a 64-bit platform.
typedef int32_t HALF_PTR, *PHALF_PTR;
typedef uint32_t UHALF_PTR, *PUHALF_PTR;

#define MAXUINT8 ((UINT8) ~((UINT8)0))
#define MAXINT8 ((INT8)(MAXUINT8 >> 1))
#define MININT8 ((INT8)~MAXINT8)
#define MAXUINT16 ((UINT16) ~((UINT16)0))
#define MAXINT16 ((INT16)(MAXUINT16 >> 1))
#define MININT16 ((INT16)~MAXINT16)
#define MAXUINT32 ((UINT32) ~((UINT32)0))
#define MAXINT32 ((INT32)(MAXUINT32 >> 1))
#define MININT32 ((INT32)~MAXINT32)
#define MAXUINT64 ((UINT64) ~((UINT64)0))
#define MAXINT64 ((INT64)(MAXUINT64 >> 1))
#define MININT64 ((INT64)~MAXINT64)
#define MAXULONG32 ((ULONG32) ~((ULONG32)0))
#define MAXLONG32 ((LONG32)(MAXULONG32 >> 1))
#define MINLONG32 ((LONG32)~MAXLONG32)
#define MAXULONG64 ((ULONG64) ~((ULONG64)0))
#define MAXLONG64 ((LONG64)(MAXULONG64 >> 1))
#define MINLONG64 ((LONG64)~MAXLONG64)
#define MAXDWORD32 ((DWORD32) ~((DWORD32)0))
#define MAXDWORD64 ((DWORD64) ~((DWORD64)0))
#define MAXUINT_PTR (~((UINT_PTR)0))
#define MAXINT_PTR ((INT_PTR)(MAXUINT_PTR >> 1))
#define MININT_PTR (~MAXINT_PTR)
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MINLONG_PTR (~MAXLONG_PTR)
#define MAXUHALF_PTR ((UHALF_PTR)~0)
#define MAXHALF_PTR ((HALF_PTR)(MAXUHALF_PTR >> 1))
#define MINHALF_PTR (~MAXHALF_PTR)
#define MAXSIZE_T ((SIZE_T) ~((SIZE_T)0))
#define MAXSSIZE_T ((SSIZE_T)(MAXSIZE_T >> 1))
#define MINSSIZE_T ((SSIZE_T)~MAXSSIZE_T)

// Conversions between handles or pointers and 32-bit integers. A 32-bit
// value widens to a pointer with sign extension for the signed forms and
// zero extension for the unsigned ones.
#define HandleToULong(h) ((UINT32)(ULONG_PTR)(h))
#define HandleToUlong(h) HandleToULong(h)
#define HandleToLong(h) ((INT32)(LONG_PTR)(h))
#define ULongToHandle(ul) ((void *)(ULONG_PTR)(UINT32)(ul))
#define UlongToHandle(ul) ULongToHandle(ul)
#define LongToHandle(l) ((void *)(LONG_PTR)(INT32)(l))
#define PtrToUlong(p) ((UINT32)(ULONG_PTR)(p))
#define PtrToLong(p) ((INT32)(LONG_PTR)(p))
#define PtrToUint(p) ((UINT32)(UINT_PTR)(p))
#define PtrToInt(p) ((INT32)(INT_PTR)(p))
#define PtrToUshort(p) ((UINT16)(ULONG_PTR)(p))
#define PtrToShort(p) ((INT16)(LONG_PTR)(p))
#define UlongToPtr(ul) ((void *)(ULONG_PTR)(UINT32)(ul))
#define ULongToPtr(ul) UlongToPtr(ul)
#define UintToPtr(ui) ((void *)(UINT_PTR)(UINT32)(ui))
#define LongToPtr(l) ((void *)(LONG_PTR)(INT32)(l))
#define IntToPtr(i) ((void *)(INT_PTR)(INT32)(i))

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_BASETSD_H_
