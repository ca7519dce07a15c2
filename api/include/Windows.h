// Copyright winemu authors.
//
// Windows.h: the capitalized spelling of windows.h, which code written on
// case-insensitive file systems also uses.
#ifndef WINEMU_API_INCLUDE_WINDOWS_CAPITALIZED_H_
#define WINEMU_API_INCLUDE_WINDOWS_CAPITALIZED_H_

#include <windows.h>

#endif  // WINEMU_API_INCLUDE_WINDOWS_CAPITALIZED_H_
