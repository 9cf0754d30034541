"""Work in a child process under hard limits: killed at its time limit, stopped at its memory limit, its
result or its exception brought back, and nothing left running."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from quizapp.limited import Limits, run_limited
from quizapp.nlp.article import ArticleError


def spin_forever() -> None:
    while True:
        pass


def take_memory() -> list[bytearray]:
    held = []
    for _ in range(1000):  # up to 100 GB: the limit stops it long before
        held.append(bytearray(100 * 1024 * 1024))
    return held


def refuse() -> None:
    raise ArticleError("nested too deep: paste the text instead")


def killed_by_the_system() -> None:  # as the kernel's out-of-memory killer would
    os.kill(os.getpid(), signal.SIGKILL)


def children() -> set[int]:
    """This process's child processes, running or not yet reaped, from /proc."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


def test_the_result_comes_back():
    outcome = run_limited(lambda: {"items": [1, 2, 3]}, Limits(seconds=30, memory_mb=500))
    assert outcome.ok and outcome.result == {"items": [1, 2, 3]}


def test_work_that_never_ends_is_killed_at_its_time_limit():
    before = children()
    outcome = run_limited(spin_forever, Limits(seconds=0.5, memory_mb=500))
    assert (outcome.stopped, outcome.detail) == ("time", "0.5 s")
    assert children() == before  # killed and reaped


def test_work_that_takes_too_much_memory_is_stopped():
    before = children()
    outcome = run_limited(take_memory, Limits(seconds=60, memory_mb=300))
    assert (outcome.stopped, outcome.detail) == ("memory", "300 MB")
    assert children() == before


def test_an_exception_comes_back_with_its_message():
    outcome = run_limited(refuse, Limits(seconds=30, memory_mb=500))
    assert isinstance(outcome.raised, ArticleError) and "paste the text" in str(outcome.raised)


def test_a_crash_is_reported_not_raised():
    outcome = run_limited(killed_by_the_system, Limits(seconds=30, memory_mb=500))
    assert outcome.stopped == "crash" and "SIGKILL" in outcome.detail
