// Copyright winemu authors.
//
// initguid.h: makes the DEFINE_GUID lines that follow define their GUIDs
// instead of declaring them.
//
//   #include <windows.h>
//   #include <initguid.h>
//   #include <fwpmu.h>   // the built-in WFP GUIDs get storage here
//
// As on Windows, this file may be included any number of times; each
// inclusion (re)selects the defining form of DEFINE_GUID.
#ifndef WINEMU_API_INCLUDE_INITGUID_H_
#define WINEMU_API_INCLUDE_INITGUID_H_
#endif  // WINEMU_API_INCLUDE_INITGUID_H_

#ifndef INITGUID
#define INITGUID
#endif

#include <guiddef.h>
