// Copyright winemu authors.
//
// minwindef.h: the basic Windows scalar types, calling-convention macros and
// module handles.
//
//   DWORD flags = 0;     // 32 bits, as on Windows (never C `long`)
//   BOOL ok = TRUE;      // a 32-bit int
//   HMODULE module;      // an opaque handle type
//
// Calling conventions (`WINAPI`, `CALLBACK`, `APIENTRY`, `__stdcall`, ...)
// expand to nothing: on x86-64 Windows has a single calling convention, and
// winemu code is compiled for Linux.
//
// Including this file also includes winnt.h, as on Windows.
#ifndef WINEMU_API_INCLUDE_MINWINDEF_H_
#define WINEMU_API_INCLUDE_MINWINDEF_H_

#include <basetsd.h>
#include <sal.h>
#include <sdkddkver.h>
#include <stddef.h>
#include <stdint.h>

#ifndef NO_STRICT
#ifndef STRICT
#define STRICT 1
#endif
#endif

#ifndef NULL
#ifdef __cplusplus
#define NULL 0
#else
#define NULL ((void *)0)
#endif
#endif

#ifndef FALSE
#define FALSE 0
#endif
#ifndef TRUE
#define TRUE 1
#endif

// Parameter direction markers of older Windows code.
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif

#define MAX_PATH 260

// Calling conventions and storage qualifiers: all empty.
#define __stdcall
#define __cdecl
#define __fastcall
#define WINAPI
#define WINAPIV
#define APIENTRY WINAPI
#define APIPRIVATE
#define CALLBACK
#define PASCAL
#define FAR
#define NEAR
#ifndef CONST
#define CONST const
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef uint32_t ULONG;
typedef ULONG *PULONG;
typedef unsigned short USHORT;
typedef USHORT *PUSHORT;
typedef unsigned char UCHAR;
typedef UCHAR *PUCHAR;
typedef char *PSZ;

typedef uint32_t DWORD;
typedef int BOOL;
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef float FLOAT;
typedef FLOAT *PFLOAT;
typedef BOOL *PBOOL;
typedef BOOL *LPBOOL;
typedef BYTE *PBYTE;
typedef BYTE *LPBYTE;
typedef int *PINT;
typedef int *LPINT;
typedef WORD *PWORD;
typedef WORD *LPWORD;
typedef DWORD *PDWORD;
typedef DWORD *LPDWORD;
typedef void *LPVOID;
typedef const void *LPCVOID;

typedef int INT;
typedef unsigned int UINT;
typedef unsigned int *PUINT;

typedef UINT_PTR WPARAM;
typedef LONG_PTR LPARAM;
typedef LONG_PTR LRESULT;
typedef WORD ATOM;

#define MAKEWORD(a, b)                        \
  ((WORD)(((BYTE)(((DWORD_PTR)(a)) & 0xff)) | \
          ((WORD)((BYTE)(((DWORD_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b)                          \
  ((LONG)(((WORD)(((DWORD_PTR)(a)) & 0xffff)) | \
          ((DWORD)((WORD)(((DWORD_PTR)(b)) & 0xffff))) << 16))
#define LOWORD(l) ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#define HIWORD(l) ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#define LOBYTE(w) ((BYTE)(((DWORD_PTR)(w)) & 0xff))
#define HIBYTE(w) ((BYTE)((((DWORD_PTR)(w)) >> 8) & 0xff))

typedef struct _FILETIME {
  DWORD dwLowDateTime;
  DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

#ifdef __cplusplus
}  // extern "C"
#endif

// winnt.h builds on the types above; the types below build on winnt.h.
#include <winnt.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef LONG *LPLONG;
typedef HANDLE *LPHANDLE;
typedef HANDLE *SPHANDLE;
typedef HANDLE HGLOBAL;
typedef HANDLE HLOCAL;
typedef HANDLE GLOBALHANDLE;
typedef HANDLE LOCALHANDLE;

DECLARE_HANDLE(HINSTANCE);
typedef HINSTANCE HMODULE;
DECLARE_HANDLE(HKEY);
typedef HKEY *PHKEY;

typedef INT_PTR(WINAPI *FARPROC)(void);
typedef INT_PTR(WINAPI *NEARPROC)(void);
typedef INT_PTR(WINAPI *PROC)(void);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_MINWINDEF_H_
