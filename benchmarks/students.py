"""Simulated students for the load and fault tests: join the class, open the quiz, submit every answer, read results.

Each student is one thread with its own cookie jar and a fresh connection per request, as phones on a
school network would be. A request that fails (a worker killed mid-request) is retried, as a student
would press reload; the server scores an attempt only once however often it is submitted.
"""

from __future__ import annotations

import http.client
import re
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

RETRIES = 5


@dataclass
class Outcome:
    confirmed: str | None = None  # the attempt id the results page confirmed
    score: str | None = None
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


class Student:
    def __init__(self, base: str, outcome: Outcome) -> None:
        self.host, self.port = urlsplit(base).hostname, urlsplit(base).port
        self.cookies: dict[str, str] = {}
        self.outcome = outcome

    def request(self, method: str, path: str, form: dict[str, str] | None = None, *, body: bytes | None = None,
                content_type: str = "application/x-www-form-urlencoded") -> tuple[int, str, str]:  # fmt: skip
        """The request, retried on a failed connection or a server error; (status, redirect path, page)."""
        body = urlencode(form).encode() if form is not None else body
        for attempt in range(RETRIES):
            start = time.perf_counter()
            conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
                if body is not None:
                    headers["Content-Type"] = content_type
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                text = response.read().decode()
            except (OSError, http.client.HTTPException) as exc:
                self.outcome.errors.append(f"{method} {path}: {exc!r} (try {attempt + 1})")
                time.sleep(0.2 * (attempt + 1))
                continue
            finally:
                conn.close()  # also after a failure: a killed worker leaves the socket half open
            self.outcome.latencies.append(time.perf_counter() - start)
            for cookie in response.msg.get_all("Set-Cookie") or []:
                name, _, value = cookie.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value
            if response.status >= 500:
                self.outcome.errors.append(f"{method} {path}: HTTP {response.status}")
                continue
            location = urlsplit(response.getheader("Location") or "").path
            return response.status, location, text
        last = self.outcome.errors[-1] if self.outcome.errors else "no error recorded"
        raise RuntimeError(f"{method} {path} failed {RETRIES} times; the last: {last}")


def token(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*? value="([^"]+)"', page).group(1)


def answers(page: str) -> dict[str, str]:
    """An answer for every question: the first choice, or a word typed into the box."""
    form = {"csrf_token": token(page)}
    for block in re.split(r'<(?:div|fieldset) class="question">', page)[1:]:
        name = re.search(r'name="(q\d+)"', block).group(1)
        choice = re.search(r'type="radio" name="q\d+" value="([^"]*)"', block)
        form[name] = choice.group(1).replace("&#39;", "'").replace("&#34;", '"') if choice else "Pyongyang"
    return form


def take_quiz(base: str, quiz_path: str, class_code: str, name: str) -> Outcome:
    outcome = Outcome()
    student = Student(base, outcome)
    try:
        _, _, page = student.request("GET", f"/join?code={class_code}")
        joining = {"code": class_code, "name": name, "csrf_token": token(page)}
        status, _, welcome = student.request("POST", "/join", joining)
        if status == 409:  # a join lost on its way back (a killed worker) took the name: add an initial
            status, _, welcome = student.request("POST", "/join", {**joining, "name": name + " B"})
        if status != 200 or 'id="personal-code"' not in welcome:
            raise RuntimeError(f"joining as {name} failed with HTTP {status}")
        _, _, page = student.request("GET", quiz_path)
        _, attempt, _ = student.request("POST", quiz_path + "/start", {"csrf_token": token(page)})
        _, _, form = student.request("GET", attempt)
        student.request("POST", attempt, answers(form))
        status, _, results = student.request("GET", attempt + "/results")
        if status == 200 and (score := re.search(r"(\d+ out of \d+)", results)):
            outcome.confirmed, outcome.score = attempt.rsplit("/", 1)[-1], score.group(1)
    except (RuntimeError, AttributeError) as exc:
        outcome.errors.append(f"gave up: {exc}")
    return outcome


def run_class(
    base: str, quiz_path: str, class_code: str, students: int, *, parallel: int | None = None
) -> list[Outcome]:
    with ThreadPoolExecutor(max_workers=parallel or students) as pool:
        futures = [pool.submit(take_quiz, base, quiz_path, class_code, f"Student {n:03d}") for n in range(students)]
        return [f.result() for f in futures]


def ping(base: str, count: int) -> list[float]:
    outcome = Outcome()
    student = Student(base, outcome)
    for _ in range(count):
        student.request("GET", "/healthz")
    return outcome.latencies


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values[0] if values else 0.0)
