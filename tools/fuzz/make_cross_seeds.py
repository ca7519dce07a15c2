#!/usr/bin/env python3
"""Writes the hand-made seeds of cross_fuzzer into testdata/fuzz/cross.

Each step of the input is: process byte, op byte, then the op's bytes (see
tests/fuzz/cross_fuzzer.cc). A handle is picked by a byte: 0 NULL, 1
garbage, 2 INVALID_HANDLE_VALUE, else values[b % len(values)]; the Seed
class tracks the pool as the fuzzer would if every create succeeds.
"""
import os
import random
import sys

(CLOSE_HANDLE, ENGINE_CLOSE, WFD_CLOSE_HANDLE, WFD_CLOSE_SESSION, FLT_CLOSE,
 ENUM_DESTROY, ENGINE_OPEN, ENUM_CREATE, ENUM_NEXT, WFP_TXN, WFD_OPEN,
 WFD_START, WFD_CANCEL, CONNECT, SEND, GET_MESSAGE, FLT_SEND, FLT_CREATE,
 EVENT, WAIT, THREAD, IOCP, QUEUED, PROCESS, PUMP, CLOCK) = range(26)


class Seed:
    def __init__(self):
        self.out = bytearray()
        self.values = ["filter", "server"]
        self.procs = 1

    def pick(self, index):
        """The byte that picks values[index]."""
        n = len(self.values)
        b = index % n
        while b < 3:
            b += n
        return b

    def step(self, op, *args, proc=0, new=None):
        self.out += bytes([proc, op]) + bytes(args)
        if new:
            self.values.append(new)
        return len(self.values) - 1


def closers_seed():
    s = Seed()
    eng = s.step(ENGINE_OPEN, 0, new="engine")
    s.step(ENUM_CREATE, s.pick(eng), 1, new="enum")
    c = s.step(WFD_OPEN, 1, new="client")
    s.step(WFD_START, s.pick(c), 0, new="session")
    s.step(CONNECT, 0, new="port")
    s.step(EVENT, 1, new="event")
    s.step(THREAD, 1, new="thread")
    s.step(IOCP, 0, new="iocp")
    s.step(FLT_CREATE, 1, new="file")
    s.step(PUMP, 1)
    n = len(s.values)
    for closer in (ENGINE_CLOSE, WFD_CLOSE_HANDLE, WFD_CLOSE_SESSION,
                   FLT_CLOSE, CLOSE_HANDLE):
        for i in range(n):
            s.step(closer, s.pick(i))
    for b in (0, 1, 2):
        s.step(CLOSE_HANDLE, b)
        s.step(FLT_CLOSE, b)
    return s.out


def wfp_seed():
    s = Seed()
    eng = s.step(ENGINE_OPEN, 0, new="engine")
    dyn = s.step(ENGINE_OPEN, 1, new="dynamic")
    s.step(WFP_TXN, s.pick(eng), 0x21)   # commit 2 filters
    s.step(WFP_TXN, s.pick(eng), 0x02)   # abort 3
    s.step(WFP_TXN, s.pick(eng), 0x33)   # commit, fails after 0 changes
    s.step(WFP_TXN, s.pick(eng), 0x73)   # commit, fails after 1 change
    s.step(WFP_TXN, s.pick(dyn), 0x27)   # a bad action in the batch
    e = s.step(ENUM_CREATE, s.pick(eng), 1, new="filter enum")
    s.step(ENUM_NEXT, s.pick(e), 0x06)
    s.step(ENUM_NEXT, s.pick(e), 0x03)
    s.step(ENUM_NEXT, s.pick(e), 0x02)   # with a wrong engine
    e2 = s.step(ENUM_CREATE, s.pick(dyn), 0, new="session enum")
    s.step(ENUM_NEXT, s.pick(e2), 0x05)
    s.step(ENUM_DESTROY, s.pick(e), 1)
    s.step(ENUM_DESTROY, s.pick(e2), 0, s.pick(eng))
    s.step(ENGINE_CLOSE, s.pick(dyn))
    s.step(ENGINE_OPEN, 0x1e)           # hostile flags, no session
    s.step(CLOCK, 0x79)                 # an hour passes
    return s.out


def wfd_seed():
    s = Seed()
    c = s.step(WFD_OPEN, 1, new="client")
    s.step(WFD_OPEN, 0, 7)              # a bad version
    s1 = s.step(WFD_START, s.pick(c), 0, new="s1")
    s2 = s.step(WFD_START, s.pick(c), 8, new="s2")   # legacy device
    s.step(WFD_CANCEL, s.pick(s2))
    s.step(WFD_CLOSE_SESSION, s.pick(s1))            # still opening
    s.step(CLOCK, 10)
    s.step(PUMP, 0)
    s.step(PUMP, 1)
    s.step(WFD_CLOSE_SESSION, s.pick(s1))
    c2 = s.step(WFD_OPEN, 1, new="client2")
    s.step(WFD_START, s.pick(c2), 1, new="closes in callback")
    s.step(WFD_START, s.pick(c2), 2, new="CloseHandle in callback")
    s.step(CLOCK, 10)
    s.step(PUMP, 1)
    c3 = s.step(WFD_OPEN, 1, new="client3")
    s.step(WFD_START, s.pick(c3), 0, new="s3")
    s.step(WFD_CLOSE_HANDLE, s.pick(c3))             # waits for the open
    s.step(CLOSE_HANDLE, s.pick(c))                   # wrong family
    s.step(ENGINE_CLOSE, s.pick(c))
    return s.out


def ports_seed():
    s = Seed()
    port = s.step(CONNECT, 4, new="port")
    s.step(CONNECT, 1)                                # no such port
    iocp = s.step(IOCP, 1, s.pick(port), new="iocp")  # new port, associate
    s.step(GET_MESSAGE, s.pick(port), 0)              # to the IOCP
    s.step(FLT_SEND, 0)
    s.step(QUEUED, 0, s.pick(iocp))
    s.step(QUEUED, 1, s.pick(iocp))                   # post
    s.step(QUEUED, 0, s.pick(iocp))
    s.step(QUEUED, 0, s.pick(iocp))                   # empty
    ev = s.step(EVENT, 1, new="event")
    s.step(GET_MESSAGE, s.pick(port), 1, s.pick(ev))
    s.step(SEND, s.pick(port), 0x2c)
    s.step(SEND, s.pick(port), 0x01)
    s.step(SEND, s.pick(iocp), 0x2c)                  # wrong type
    s.step(IOCP, 3, s.pick(port), s.pick(iocp))       # second association
    s.step(CLOSE_HANDLE, s.pick(iocp))
    s.step(FLT_SEND, 0)
    s.step(GET_MESSAGE, s.pick(port), 0)
    s.step(CLOSE_HANDLE, s.pick(port))                # cancels the read
    s.step(QUEUED, 0, s.pick(iocp))
    return s.out


def kernel32_seed():
    s = Seed()
    e1 = s.step(EVENT, 7, new="manual set")
    e2 = s.step(EVENT, 1, new="auto")
    t = s.step(THREAD, 1, new="thread")
    s.step(THREAD, 3)                                  # CREATE_SUSPENDED
    s.step(THREAD, 0, s.pick(t))
    s.step(WAIT, 1, s.pick(e1))
    s.step(WAIT, 1, s.pick(e2))
    s.step(EVENT, 2, s.pick(e2))
    s.step(WAIT, 0x20, s.pick(e1), s.pick(e2))          # wait all
    s.step(WAIT, 0x08, s.pick(e1), s.pick(e1))
    s.step(WAIT, 0x06)                                 # zero count
    s.step(WAIT, 0x02, *([s.pick(e1)] * 65))           # 65 handles
    s.step(WAIT, 1, s.pick(t))
    s.step(EVENT, 0, s.pick(e1))
    s.step(EVENT, 2, 1)                                # garbage
    s.step(WAIT, 1, 0)
    s.step(CLOSE_HANDLE, s.pick(t))
    s.step(CLOSE_HANDLE, s.pick(t))                    # stale
    return s.out


def processes_seed():
    s = Seed()
    s.step(PROCESS, 1)                                 # pid 2: not elevated
    s.step(PROCESS, 3)                                 # pid 3: elevated
    eng = s.step(ENGINE_OPEN, 0, proc=1, new="engine of 2")
    s.step(WFP_TXN, s.pick(eng), 0x21, proc=1)         # denied or done
    ev = s.step(EVENT, 1, proc=2, new="event of 3")
    port = s.step(CONNECT, 0, proc=1, new="port of 2")
    c = s.step(WFD_OPEN, 1, proc=2, new="client of 3")
    s.step(WFD_START, s.pick(c), 0, proc=2, new="session of 3")
    s.step(CLOSE_HANDLE, s.pick(ev))                   # another process's
    s.step(ENGINE_CLOSE, s.pick(eng))
    s.step(WFD_CLOSE_HANDLE, s.pick(c))
    s.step(CLOSE_HANDLE, s.pick(port), proc=2)
    s.step(SEND, s.pick(port), 0x2c, proc=2)
    s.step(PROCESS, 0, proc=2)                         # 3 exits, opening
    s.step(PUMP, 1)
    s.step(FLT_SEND, 0)
    s.step(PROCESS, 0, proc=1)
    s.step(CLOSE_HANDLE, s.pick(ev))                   # stale by exit
    return s.out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "testdata/fuzz/cross"
    seeds = {
        "seed_closers": closers_seed(),
        "seed_wfp_txn": wfp_seed(),
        "seed_wfd": wfd_seed(),
        "seed_ports_iocp": ports_seed(),
        "seed_kernel32": kernel32_seed(),
        "seed_processes": processes_seed(),
    }
    rng = random.Random(2026)
    for i in range(3):
        seeds["seed_random_%d" % i] = bytes(
            rng.randrange(256) for _ in range(400))
    for name, data in seeds.items():
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
