// Copyright winemu authors.
//
// windef.h: window handles and the basic geometry types, on top of
// minwindef.h.
#ifndef WINEMU_API_INCLUDE_WINDEF_H_
#define WINEMU_API_INCLUDE_WINDEF_H_

#include <minwindef.h>

#ifdef __cplusplus
extern "C" {
#endif

DECLARE_HANDLE(HWND);

typedef struct tagPOINT {
  LONG x;
  LONG y;
} POINT, *PPOINT, *LPPOINT;

typedef struct tagRECT {
  LONG left;
  LONG top;
  LONG right;
  LONG bottom;
} RECT, *PRECT, *LPRECT;
typedef const RECT *LPCRECT;

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_WINDEF_H_
