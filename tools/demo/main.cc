// Copyright winemu authors.
//
// The winemu demo: runs example Windows clients, compiled unchanged, against
// a fresh emulator each, and prints what they did (the call trace) and the
// verdict (leaks and misuse reports). `winemu demo` is the same, with
// options.
#include "tools/demo/demo.h"

int main() { return winemu::demo::Run({}); }
