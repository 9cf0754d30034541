"""Serving cost: the quiz page and a submission against a minimal view, on one gunicorn server.

Loads the seed article into a fresh SQLite database, starts gunicorn on loopback, and times
GET /healthz (a view that returns "ok"), GET of a quiz in progress, and POST of a full submission,
interleaved in the same run. Prints medians and the ratios to the minimal view.
Usage: python benchmarks/bench_serving.py [--requests 300]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-kim-aurus.txt"


class Browser:
    """One client with a cookie jar, on a fresh connection per request (as many phones would be)."""

    def __init__(self, port: int) -> None:
        self.port, self.cookies = port, {}

    def request(self, method: str, path: str, body: str = "") -> tuple[int, str, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode()
        for cookie in response.msg.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value
        conn.close()
        return response.status, response.getheader("Location") or "", text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp}/bench.sqlite", QUIZAPP_SECRET_KEY="bench-" * 8,
                   QUIZAPP_RATELIMIT_STORAGE_URI=f"quizapp-sqlite://{tmp}/limits.sqlite")
        subprocess.run([bin_dir / "quizapp", "add-article", SEED], env=env, check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            [bin_dir / "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "quizapp:create_app()"],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            run(port, args.requests)
        finally:
            server.terminate()
            server.wait()


def run(port: int, count: int) -> None:
    student = Browser(port)
    for _ in range(100):
        try:
            student.request("GET", "/healthz")
            break
        except OSError:
            time.sleep(0.1)
    _, _, home = student.request("GET", "/")
    quiz_path = re.search(r'href="(/quiz/[^"]+)"', home).group(1)

    def new_attempt() -> str:
        """A fresh attempt (the previous one was submitted); the first visit passes the personal code page."""
        _, _, page = student.request("GET", quiz_path)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        _, location, welcome = student.request("POST", quiz_path + "/start", f"name=Bench&csrf_token={token}")
        location = location or re.search(r'href="(/attempt/[^"]+)"', welcome).group(1)
        return location.removeprefix(f"http://127.0.0.1:{port}")

    attempt = new_attempt()
    _, _, form = student.request("GET", attempt)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    minimal, page, submit = [], [], []
    for _ in range(count):
        minimal.append(timed(lambda: student.request("GET", "/healthz")))
        page.append(timed(lambda: student.request("GET", attempt)))
    body = f"csrf_token={token}&" + "&".join(f"q{n}=Pyongyang" for n in range(1, 24))
    for _ in range(max(20, count // 10)):
        fresh = new_attempt()
        minimal.append(timed(lambda: student.request("GET", "/healthz")))
        submit.append(timed(lambda path=fresh: student.request("POST", path, body)))
    base = statistics.median(minimal)
    print(
        f"requests: {count}; medians in ms: minimal view {base * 1000:.2f}, "
        f"quiz page {statistics.median(page) * 1000:.2f}, submission {statistics.median(submit) * 1000:.2f}"
    )
    print(f"ratio quiz page / minimal view: {statistics.median(page) / base:.2f} (target <= 3)")
    print(f"ratio submission / minimal view: {statistics.median(submit) / base:.2f}")


if __name__ == "__main__":
    main()
