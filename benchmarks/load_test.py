"""Load test: simulated students submitting a 20-item quiz in parallel against gunicorn.

For each database (SQLite in a temporary folder; PostgreSQL when --postgres URL or
QUIZAPP_TEST_DATABASE_URL is given): N students join the class (each getting a personal code), open
the quiz, submit 20 answers and read their results, all at once; then as many requests to the
minimal /healthz view, at the same concurrency.
Prints throughput and 95th-percentile latency of both, their ratio, errors, and checks that every
attempt a student saw confirmed is stored with its 20 responses.
Usage: python benchmarks/load_test.py [--students 200] [--postgres URL] [--kill-worker]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from benchmarks.server import QUIZ_ITEMS, gunicorn, prepare_database, stored_attempts, worker_pids
from benchmarks.students import p95, ping, run_class

REQUESTS_PER_STUDENT = 7  # join page, join, open, start, attempt page, submit, results


def minimal_view(base: str, students: int) -> tuple[float, list[float]]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=students) as pool:
        runs = list(pool.map(lambda _: ping(base, REQUESTS_PER_STUDENT), range(students)))
    return time.perf_counter() - start, [t for run in runs for t in run]


def one_database(name: str, url: str, students: int, kill_worker: bool) -> bool:
    quiz_path, class_code = prepare_database(url)
    with gunicorn(url) as (base, master):
        ping(base, 20)  # warm every worker a little
        if kill_worker:
            threading.Timer(1.0, lambda: os.kill(worker_pids(master)[0], 9)).start()
        start = time.perf_counter()
        outcomes = run_class(base, quiz_path, class_code, students)
        elapsed = time.perf_counter() - start
        base_elapsed, base_latencies = minimal_view(base, students)
        alive_after = ping(base, 3)
    latencies = [t for o in outcomes for t in o.latencies]
    confirmed = {o.confirmed for o in outcomes if o.confirmed}
    errors = [e for o in outcomes for e in o.errors]
    stored = stored_attempts(url)
    lost = [a for a in confirmed if stored.get(a) != (True, QUIZ_ITEMS)]
    print(f"\n[{name}] {students} students, {QUIZ_ITEMS}-item quiz{' , one worker killed' if kill_worker else ''}")
    print(
        f"  quiz flow: {len(latencies)} requests in {elapsed:.1f} s = {len(latencies) / elapsed:.0f} req/s, "
        f"p95 {p95(latencies) * 1000:.0f} ms, median {statistics.median(latencies) * 1000:.0f} ms"
    )
    print(
        f"  /healthz:  {len(base_latencies)} requests in {base_elapsed:.1f} s = "
        f"{len(base_latencies) / base_elapsed:.0f} req/s, p95 {p95(base_latencies) * 1000:.0f} ms"
    )
    print(
        f"  ratio p95 quiz flow / minimal view: {p95(latencies) / p95(base_latencies):.1f}; "
        f"throughput minimal / quiz flow: {(len(base_latencies) / base_elapsed) / (len(latencies) / elapsed):.1f}"
    )
    print(
        f"  confirmed attempts: {len(confirmed)}/{students}; stored with all responses: "
        f"{len(confirmed) - len(lost)}; retried or failed requests: {len(errors)}; serving after: {bool(alive_after)}"
    )
    return not lost and len(confirmed) == students and bool(alive_after)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("QUIZAPP_TEST_DATABASE_URL"))
    parser.add_argument("--kill-worker", action="store_true", help="kill -9 one worker during the load")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        ok &= one_database("SQLite", f"sqlite:///{tmp}/load.sqlite", args.students, args.kill_worker)
    if args.postgres:
        ok &= one_database("PostgreSQL", args.postgres, args.students, args.kill_worker)
    else:
        print("\n[PostgreSQL] skipped: give --postgres URL or set QUIZAPP_TEST_DATABASE_URL")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
