// Copyright winemu authors.
//
// fltUserStructures.h: the structures shared by FltLib (user mode) and
// FltMgr (kernel mode): the headers of port messages and replies, and the
// user-mode handle types.
//
//   typedef struct {
//     FILTER_MESSAGE_HEADER MessageHeader;   // first, always
//     MY_NOTIFICATION Notification;
//   } MY_MESSAGE;
//
// Both headers hold a ULONGLONG after a 32-bit field: 16 bytes with 4 bytes
// of padding, as on Windows x86 and x64.
#ifndef WINEMU_API_INCLUDE_FLTUSERSTRUCTURES_H_
#define WINEMU_API_INCLUDE_FLTUSERSTRUCTURES_H_

#include <minwindef.h>
#include <winnt.h>

#ifndef FLTAPI
#define FLTAPI NTAPI
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef _NTDEF_
typedef LONG NTSTATUS, *PNTSTATUS;
#endif

typedef HANDLE HFILTER;
typedef HANDLE HFILTER_INSTANCE;
typedef HANDLE HFILTER_VOLUME;

#define FILTER_NAME_MAX_CHARS 255
#define FILTER_NAME_MAX_BYTES (FILTER_NAME_MAX_CHARS * sizeof(WCHAR))
#define VOLUME_NAME_MAX_CHARS 1024
#define VOLUME_NAME_MAX_BYTES (VOLUME_NAME_MAX_CHARS * sizeof(WCHAR))
#define INSTANCE_NAME_MAX_CHARS 255
#define INSTANCE_NAME_MAX_BYTES (INSTANCE_NAME_MAX_CHARS * sizeof(WCHAR))

typedef struct _FILTER_MESSAGE_HEADER {
  // Out from FilterGetMessage: the expected reply length, including the
  // FILTER_REPLY_HEADER; 0 when no reply is expected.
  ULONG ReplyLength;
  // Out: echo it in FILTER_REPLY_HEADER.MessageId.
  ULONGLONG MessageId;
} FILTER_MESSAGE_HEADER, *PFILTER_MESSAGE_HEADER;

typedef struct _FILTER_REPLY_HEADER {
  NTSTATUS Status;
  ULONGLONG MessageId;
} FILTER_REPLY_HEADER, *PFILTER_REPLY_HEADER;

#ifdef __cplusplus
}  // extern "C"

static_assert(sizeof(FILTER_MESSAGE_HEADER) == 16,
              "FILTER_MESSAGE_HEADER is 16 bytes on Windows");
static_assert(sizeof(FILTER_REPLY_HEADER) == 16,
              "FILTER_REPLY_HEADER is 16 bytes on Windows");
#endif

#endif  // WINEMU_API_INCLUDE_FLTUSERSTRUCTURES_H_
