"""Load test: simulated students submitting a 20-item quiz in parallel against gunicorn, while teachers upload.

For each database (SQLite in a temporary folder; PostgreSQL when --postgres URL or
QUIZAPP_TEST_DATABASE_URL is given): N students join the class (each getting a personal code), open
the quiz, submit 20 answers and read their results, all at once; meanwhile a teacher uploads a page of
150,000 nested list items and then teachers send --uploads 1 MB articles at once, read by the job worker
(`quizapp worker`, on an SQLite queue, or Redis with --redis URL); then as many requests to the
minimal /healthz view, at the same concurrency.
Prints throughput and 95th-percentile latency of both, their ratio, errors, how the uploads went and the
largest resident memory of any web worker (from /proc), and checks that every attempt a student saw
confirmed is stored with its 20 responses and that the nested page ended with a message to its teacher.
Usage: python -m benchmarks.load_test [--students 200] [--uploads 20] [--postgres URL] [--redis URL]
                                      [--kill-worker]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from benchmarks.server import QUIZ_ITEMS, UPLOADERS, PeakRss, gunicorn, prepare_database, stored_attempts, worker_pids
from benchmarks.students import Outcome, p95, ping, run_class
from benchmarks.teachers import NESTED_PAGE, Teacher, Upload, article_of_size, signed_in, teacher_email, upload_as

REQUESTS_PER_STUDENT = 7  # join page, join, open, start, attempt page, submit, results
ONE_MB = 1_000_000
WEB_WORKER_LIMIT_MB = 300


@dataclass
class LoadResult:
    students: int
    outcomes: list[Outcome]
    lost: list[str]
    alive_after: bool
    uploads: list[Upload] = field(default_factory=list)
    nested: tuple[str, str] = ("", "")  # how the nested page's job ended, and its message
    peak_rss_mb: float = 0.0
    elapsed: float = 0.0
    base_elapsed: float = 0.0
    base_latencies: list[float] = field(default_factory=list)

    @property
    def confirmed(self) -> set[str]:
        return {o.confirmed for o in self.outcomes if o.confirmed}

    @property
    def errors(self) -> list[str]:
        return [e for o in self.outcomes for e in o.errors] + [e for u in self.uploads for e in u.errors]

    @property
    def ok(self) -> bool:
        nested_ok = not self.uploads or self.nested[0] == "failed" and bool(self.nested[1])
        return (not self.lost and len(self.confirmed) == self.students and self.alive_after and nested_ok
                and self.peak_rss_mb < WEB_WORKER_LIMIT_MB)  # fmt: skip


def minimal_view(base: str, students: int) -> tuple[float, list[float]]:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=students) as pool:
        runs = list(pool.map(lambda _: ping(base, REQUESTS_PER_STUDENT), range(students)))
    return time.perf_counter() - start, [t for run in runs for t in run]


def send_uploads(teachers: list[Teacher], count: int) -> list[Upload]:
    """`count` different 1 MB articles at once, from the teachers in turn."""
    articles = [article_of_size(ONE_MB, seed).encode() for seed in range(count)]
    with ThreadPoolExecutor(max_workers=max(1, count)) as pool:
        futures = [pool.submit(upload_as, teachers[n % len(teachers)], f"council-{n}.txt", data)
                   for n, data in enumerate(articles)]  # fmt: skip
        return [f.result() for f in futures]


def run_load(url: str, students: int, *, uploads: int = 0, job_queue: str | None = None,
             kill_worker: bool = False) -> LoadResult:  # fmt: skip
    """The class takes the quiz on a fresh database; with uploads, the nested page and the 1 MB articles
    go in alongside (job_queue: an SQLite file or a redis:// URL)."""
    quiz_path, class_code = prepare_database(url)
    with tempfile.TemporaryDirectory() as tmp:
        queue = (job_queue or os.path.join(tmp, "jobs.sqlite")) if uploads else None
        with gunicorn(url, job_queue=queue) as (base, master):
            ping(base, 20)  # warm every worker a little
            rss = PeakRss(master)
            rss.start()
            if kill_worker:
                threading.Timer(1.0, lambda: os.kill(worker_pids(master)[0], 9)).start()
            sent: list[Upload] = []
            teachers = [signed_in(base, teacher_email(n)) for n in range(UPLOADERS)] if uploads else []
            with ThreadPoolExecutor(max_workers=1) as background:
                if uploads:
                    sent.append(upload_as(teachers[0], "nested.html", NESTED_PAGE.encode()))
                    more = background.submit(send_uploads, teachers[1:], uploads)
                start = time.perf_counter()
                outcomes = run_class(base, quiz_path, class_code, students)
                elapsed = time.perf_counter() - start
                if uploads:
                    sent += more.result()
            nested = teachers[0].job_outcome(sent[0].job_path) if sent and sent[0].job_path else ("", "")
            base_elapsed, base_latencies = minimal_view(base, students)
            alive_after = bool(ping(base, 3))
            peak = rss.stop()
    stored = stored_attempts(url)
    confirmed = {o.confirmed for o in outcomes if o.confirmed}
    lost = [a for a in confirmed if stored.get(a) != (True, QUIZ_ITEMS)]
    return LoadResult(students, outcomes, lost, alive_after, sent, nested, peak, elapsed, base_elapsed,
                      base_latencies)  # fmt: skip


def report(name: str, result: LoadResult, kill_worker: bool) -> None:
    latencies = [t for o in result.outcomes for t in o.latencies]
    base = result.base_latencies
    killed = ", one worker killed" if kill_worker else ""
    print(f"\n[{name}] {result.students} students, {QUIZ_ITEMS}-item quiz{killed}")
    print(
        f"  quiz flow: {len(latencies)} requests in {result.elapsed:.1f} s = {len(latencies) / result.elapsed:.0f} "
        f"req/s, p95 {p95(latencies) * 1000:.0f} ms, median {statistics.median(latencies) * 1000:.0f} ms"
    )
    print(
        f"  /healthz:  {len(base)} requests in {result.base_elapsed:.1f} s = "
        f"{len(base) / result.base_elapsed:.0f} req/s, p95 {p95(base) * 1000:.0f} ms"
    )
    print(
        f"  ratio p95 quiz flow / minimal view: {p95(latencies) / p95(base):.1f}; throughput minimal / quiz flow: "
        f"{(len(base) / result.base_elapsed) / (len(latencies) / result.elapsed):.1f}"
    )
    print(
        f"  confirmed attempts: {len(result.confirmed)}/{result.students}; stored with all responses: "
        f"{len(result.confirmed) - len(result.lost)}; retried or failed requests: {len(result.errors)}; "
        f"serving after: {result.alive_after}"
    )
    if result.uploads:
        counts = Counter(u.status for u in result.uploads[1:])
        print(f"  1 MB uploads: {len(result.uploads) - 1} at once: {counts['queued']} queued as jobs, "
              f"{counts['refused']} refused with a message, {counts['error']} failed")  # fmt: skip
        refusals = {u.message for u in result.uploads[1:] if u.status == "refused"}
        for message in sorted(refusals):
            print(f"    refused: {message}")
        for upload in result.uploads[1:]:
            if upload.status == "error":  # what went wrong, for the log of a failed run
                print(f"    failed: {upload.name}: {'; '.join(upload.errors) or 'no job page and no refusal'}")
        print(f"  nested page (150,000 list items): job {result.nested[0] or 'not queued'}: {result.nested[1]}")
    print(f"  largest web worker: {result.peak_rss_mb:.0f} MB resident (limit {WEB_WORKER_LIMIT_MB} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--uploads", type=int, default=20, help="1 MB articles sent at once (0: no uploads)")
    parser.add_argument("--postgres", default=os.environ.get("QUIZAPP_TEST_DATABASE_URL"))
    parser.add_argument("--redis", help="a redis:// URL for the job queue (default: an SQLite file)")
    parser.add_argument("--kill-worker", action="store_true", help="kill -9 one worker during the load")
    args = parser.parse_args()
    ok = True
    databases = [("SQLite", None)] + ([("PostgreSQL", args.postgres)] if args.postgres else [])
    for name, url in databases:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_load(url or f"sqlite:///{tmp}/load.sqlite", args.students, uploads=args.uploads,
                              job_queue=args.redis, kill_worker=args.kill_worker)  # fmt: skip
        report(name, result, args.kill_worker)
        ok &= result.ok
    if not args.postgres:
        print("\n[PostgreSQL] skipped: give --postgres URL or set QUIZAPP_TEST_DATABASE_URL")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
