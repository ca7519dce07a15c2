// Copyright winemu authors.
//
// The client as a plain program: no test code, the default emulator.
#include <fwpmu.h>
#include <stdio.h>
#include <windows.h>

#include "firewall.h"

int main() {
  HANDLE engine = NULL;
  UINT64 id = 0;
  DWORD rc = BlockOutboundSmb(&engine, &id);
  printf("BlockOutboundSmb -> 0x%08lX (filter %llu)\n", (unsigned long)rc,
         (unsigned long long)id);
  if (rc != ERROR_SUCCESS || id == 0) return 1;
  rc = FwpmEngineClose0(engine);
  printf("FwpmEngineClose0 -> 0x%08lX\n", (unsigned long)rc);
  return rc == ERROR_SUCCESS ? 0 : 1;
}
