// Copyright winemu authors.
//
// Storage for every built-in WFP GUID that fwpmu.h declares (layers,
// sublayers, condition fields, providers, callouts, provider contexts,
// keying modules). The definitions are weak, as selectany definitions are on
// Windows, so a client that also includes <initguid.h> still links.
// clang-format off
#include <windows.h>
#include <initguid.h>
#include <fwpmu.h>
// clang-format on
