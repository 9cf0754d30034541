"""Running one piece of work in a child process with a hard limit on its time and its memory.

The child is forked, so it starts with whatever its parent has loaded (a job worker keeps the spaCy
model warm); it lowers its own priority, caps its address space and CPU time, does the work and
sends the result back through a pipe. The parent waits until the time limit and then kills it: no
work, however it is written, outlives its limit, and all the memory it took goes back when it ends.
Knows nothing of Flask, the database or spaCy.
"""

from __future__ import annotations

import ctypes
import math
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MB = 1024 * 1024
NICENESS = 10  # the web workers' requests come first
CPU_GRACE = 5  # seconds of CPU past the time limit before the kernel ends a child its parent lost
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Limits:
    seconds: float
    memory_mb: int  # address space the work may add to what the child starts with


@dataclass(frozen=True)
class Outcome:
    """How the work ended: a result, an exception it raised, or the limit it was stopped at."""

    result: Any = None
    raised: BaseException | None = None
    stopped: str | None = None  # "time", "memory" or "crash"
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.raised is None and self.stopped is None


def run_limited(work: Callable[[], Any], limits: Limits) -> Outcome:
    """Run `work()` in a forked child within the limits; its result must pickle."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(work, write_end, limits)
    os.close(write_end)
    try:
        data = _read_until(read_end, time.monotonic() + limits.seconds)
    finally:
        os.close(read_end)
    if data is None:
        _kill(pid)
        return Outcome(stopped="time", detail=f"{limits.seconds:g} s")
    _, status = os.waitpid(pid, 0)
    if not data:
        return Outcome(stopped="crash", detail=_exit_detail(status))
    kind, value = pickle.loads(data)
    if kind == "memory":
        return Outcome(stopped="memory", detail=f"{limits.memory_mb} MB")
    return Outcome(result=value) if kind == "ok" else Outcome(raised=value)


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes until it closes the pipe; None if the deadline comes first."""
    chunks: list[bytes] = []
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, MB)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
    return None


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _exit_detail(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"ended by signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _child(work: Callable[[], Any], write_end: int, limits: Limits) -> None:
    code = 0
    try:
        _limit_self(limits)
        message: tuple[str, Any] = ("ok", work())
    except MemoryError:
        message = ("memory", None)
    except BaseException as exc:  # noqa: BLE001 - any failure goes back to the parent to report
        message = ("raised", exc)
    try:
        data = pickle.dumps(message)
    except MemoryError:
        data = pickle.dumps(("memory", None))
    except Exception as exc:  # noqa: BLE001 - an exception that does not pickle is reported by its text
        data = pickle.dumps(("raised", RuntimeError(f"{type(exc).__name__}: {exc}")))
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(write_end, view) :]
    except OSError:
        code = 1
    finally:
        os._exit(code)


def _limit_self(limits: Limits) -> None:
    """Lower priority, die with the parent, and cap address space and CPU time (the kernel enforces both)."""
    os.nice(NICENESS)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the CPU limit still ends an orphan
        pass
    address_space = _address_space() + limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    cpu = math.ceil(limits.seconds) + CPU_GRACE
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + CPU_GRACE))


def _address_space() -> int:
    """The process's virtual size now, in bytes (what the limit adds to)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0
