// Copyright winemu authors.
//
// ntifs.h: the file-system driver kit header; in winemu, ntddk.h plus the
// security descriptor type the Filter Manager routines take.
//
// fltKernel.h includes it; minifilters rarely include it directly.
#ifndef WINEMU_API_INCLUDE_NTIFS_H_
#define WINEMU_API_INCLUDE_NTIFS_H_

#include <ntddk.h>

#endif  // WINEMU_API_INCLUDE_NTIFS_H_
