// Copyright winemu authors.
//
// fltwinerror.h: the lower-case spelling of fltWinError.h, which code written
// on case-insensitive file systems also uses.
#ifndef WINEMU_API_INCLUDE_FLTWINERROR_LOWERCASE_H_
#define WINEMU_API_INCLUDE_FLTWINERROR_LOWERCASE_H_

#include <fltWinError.h>

#endif  // WINEMU_API_INCLUDE_FLTWINERROR_LOWERCASE_H_
