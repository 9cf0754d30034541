"""Serving behind nginx: slow clients wait in nginx, never in a gunicorn thread.

nginx runs as a child process on loopback with a configuration written to a temporary folder that includes
the shipped deploy/nginx/quizapp-proxy.conf (timeouts, buffering, per-client limits), in front of gunicorn
started from gunicorn.conf.py. The issue's attack: sockets that send one header line every few seconds.
"""

from __future__ import annotations

import getpass
import http.client
import json
import os
import select
import shutil
import socket
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from benchmarks.server import free_port, gunicorn, prepare_database
from benchmarks.students import Outcome, Student, answers, token

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy" / "nginx"
OUTPUT = ROOT / "test-output"
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
SLOW_SOCKETS = 25
LINE_EVERY = 2.0  # seconds between two header lines of a slow socket
STUDENT_REQUESTS = 60  # each within the simulated student's 30 s client timeout (benchmarks/students.py)
STUDENT_PAUSE = 0.25  # seconds between two of them: the run outlasts nginx's 10 s header timeout

needs_nginx = pytest.mark.skipif(
    NGINX is None and not os.environ.get("QUIZAPP_REQUIRE_SERVICES"),
    reason="nginx is not installed (apt-get install nginx; .ci/run does)",
)


def nginx_conf(folder: Path, port: int, upstream: str) -> str:
    """A whole nginx.conf for a test: loopback, every path in `folder`, the shipped snippets included."""
    temp = {name: folder / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir(exist_ok=True)
    return f"""
user {getpass.getuser()};
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {DEPLOY / "quizapp-http.conf"};
    upstream quizapp {{ server {upstream}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
        include {DEPLOY / "quizapp-proxy.conf"};
    }}
}}
"""


@contextmanager
def nginx(folder: Path, upstream: str) -> Iterator[int]:
    """nginx in the foreground as a child process; yields its port."""
    if NGINX is None:
        pytest.fail("QUIZAPP_REQUIRE_SERVICES is set but nginx is not installed")
    port = free_port()
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder, port, upstream))
    process = subprocess.Popen([NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf),
                                "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        for _ in range(100):
            if process.poll() is not None:
                raise RuntimeError(f"nginx exited: {process.stderr.read().decode()[-2000:]}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)
        process.stderr.close()


def closed_by_peer(sock: socket.socket) -> bool:
    """Whether the server closed the socket (or answered and will): something, or the end, is there to read."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


class SlowSockets:
    """Sockets that each send a request line, then one header line every LINE_EVERY seconds and never finish;
    one closed by nginx (its header timeout) is opened again, so `count` are held at all times."""

    def __init__(self, port: int, count: int) -> None:
        self.port, self.count = port, count
        self.sockets: list[socket.socket] = []
        self.reopened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _open(self) -> socket.socket:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        return sock

    def _run(self) -> None:
        self.sockets = [self._open() for _ in range(self.count)]
        line = 0
        while not self._stop.wait(LINE_EVERY):
            line += 1
            for n, sock in enumerate(self.sockets):
                try:
                    if closed_by_peer(sock):
                        raise ConnectionResetError
                    sock.sendall(f"X-Slow-{line}: {'x' * 20}\r\n".encode())
                except OSError:  # the server gave up on it: hold another one
                    sock.close()
                    self.sockets[n] = self._open()
                    self.reopened += 1

    def __enter__(self) -> SlowSockets:
        self._thread.start()
        for _ in range(100):
            if len(self.sockets) == self.count:
                break
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        for sock in self.sockets:
            sock.close()


def student_session(base: str, quiz_path: str, class_code: str) -> tuple[Outcome, list[int]]:
    """One student: join, open the quiz, start, answer, submit, see the results, then keep moving between
    the quiz, the attempt's results and My quizzes, STUDENT_REQUESTS requests in all."""
    outcome, statuses = Outcome(), []
    student = Student(base, outcome)

    def go(method: str, path: str, form: dict[str, str] | None = None) -> tuple[str, str]:
        status, location, page = student.request(method, path, form)
        statuses.append(status)
        return location, page

    _, page = go("GET", f"/join?code={class_code}")
    go("POST", "/join", {"code": class_code, "name": "Slow-day student", "csrf_token": token(page)})
    _, page = go("GET", quiz_path)
    attempt, _ = go("POST", quiz_path + "/start", {"csrf_token": token(page)})
    _, form = go("GET", attempt)
    go("POST", attempt, answers(form))
    _, results = go("GET", attempt + "/results")
    if "out of" in results:
        outcome.confirmed = attempt.rsplit("/", 1)[-1]
    pages = [quiz_path, attempt + "/results", "/my", "/"]
    while len(statuses) < STUDENT_REQUESTS:
        time.sleep(STUDENT_PAUSE)
        go("GET", pages[len(statuses) % len(pages)])
    return outcome, statuses


def answered_within(base: str, seconds: float) -> bool:
    """Whether /healthz answers within `seconds`."""
    conn = http.client.HTTPConnection(*urlsplit(base).netloc.split(":"), timeout=seconds)
    try:
        conn.request("GET", "/healthz")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


@needs_nginx
@pytest.mark.slow
def test_slow_sockets_through_nginx_leave_students_served(tmp_path):
    url = f"sqlite:///{tmp_path / 'proxy.sqlite'}"
    quiz_path, class_code = prepare_database(url)
    with gunicorn(url, workers=1) as (upstream, _master):
        # The control, the finding: straight at gunicorn, the slow sockets hold every thread and a
        # student's request waits. One worker: with more, the kernel may hand every slow socket to one of them.
        with SlowSockets(int(upstream.rsplit(":", 1)[1]), SLOW_SOCKETS):
            time.sleep(LINE_EVERY + 0.5)
            assert not answered_within(upstream, 3)
        assert answered_within(upstream, 10)  # their sockets closed, gunicorn serves again
        with nginx(tmp_path, upstream.removeprefix("http://")) as port:
            base = f"http://127.0.0.1:{port}"
            with SlowSockets(port, SLOW_SOCKETS) as slow:
                time.sleep(LINE_EVERY + 0.5)  # the slow sockets are in the middle of their headers
                outcome, statuses = student_session(base, quiz_path, class_code)
                held = sum(1 for s in slow.sockets if s.fileno() != -1)
    median_ms = 1000 * statistics.median(outcome.latencies)
    report = {"slow_sockets": SLOW_SOCKETS, "student_requests": len(statuses), "errors": outcome.errors,
              "median_ms": round(median_ms, 1), "max_ms": round(1000 * max(outcome.latencies), 1),
              "slow_sockets_reopened_after_nginx_timeout": slow.reopened}  # fmt: skip
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "slow-clients.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\n{SLOW_SOCKETS} slow sockets through nginx: {len(statuses)} student requests, median {median_ms:.1f} ms, "
          f"max {report['max_ms']} ms, {slow.reopened} slow sockets dropped by nginx and opened again")  # fmt: skip
    assert held == SLOW_SOCKETS
    assert outcome.errors == []
    assert len(statuses) == STUDENT_REQUESTS and all(status < 400 for status in statuses), statuses
    assert outcome.confirmed  # the results page showed the score
    assert slow.reopened >= SLOW_SOCKETS  # nginx cut every slow header off (client_header_timeout) at least once


@needs_nginx
@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the stand-in certificate")
def test_the_shipped_site_configuration_is_valid_nginx(tmp_path):
    """deploy/nginx as the README installs it, with a throwaway certificate in place of the school's."""
    if NGINX is None:
        pytest.fail("QUIZAPP_REQUIRE_SERVICES is set but nginx is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=quiz.school.example", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    (tmp_path / "snippets").mkdir()
    shutil.copy(DEPLOY / "quizapp-proxy.conf", tmp_path / "snippets" / "quizapp-proxy.conf")
    site = (DEPLOY / "quizapp-site.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/quiz.school.example/fullchain.pem", str(cert))
    site = site.replace("/etc/letsencrypt/live/quiz.school.example/privkey.pem", str(key))
    (tmp_path / "site.conf").write_text(site)
    conf = tmp_path / "nginx.conf"
    includes = "".join(f"    include {path};\n" for path in (DEPLOY / "quizapp-http.conf", tmp_path / "site.conf"))
    conf.write_text(f"pid {tmp_path / 'nginx.pid'};\nevents {{}}\nhttp {{\n{includes}}}\n")
    checked = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(conf)],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "/etc/letsencrypt" in (DEPLOY / "quizapp-site.conf").read_text()  # the placeholders the README names
