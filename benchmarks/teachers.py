"""Simulated teachers for the load test: sign in, upload an article file, read how its job went.

Uploads go through the same pages a teacher's browser uses (the CSRF token from each form, a multipart
body). A refusal with a message (HTTP 429: too many jobs) is an answer, not an error; an error is a
server error or a connection that failed.
"""

from __future__ import annotations

import html
import io
import re
import time
from dataclasses import dataclass, field

from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from benchmarks.students import Outcome, Student, token

PASSWORD = "load-test-password"
PEOPLE = ["Tom Reed", "Ann Lowe", "Alan Brooks", "Maria Diaz", "Sam Patel", "Li Wei", "Omar Haddad", "Eva Novak"]
PLACES = ["Leeds", "Lisbon", "Accra", "Osaka", "Lima", "Perth", "Oslo", "Quito"]
NESTED_PAGE = "<html><body><ul>" + "<li>" * 150_000 + "deep" + "</li>" * 150_000 + "</ul></body></html>"
JOB_PAGE_LOOKS = 600  # at most this many looks at a job page, half a second apart


def teacher_email(n: int) -> str:
    return f"uploader{n}@school.example"


def article_of_size(size: int, seed: int) -> str:
    """An article of about `size` characters whose sentences all differ (none is dropped as a repeat)."""
    parts, length, n = [f"Council report {seed}\n\n"], 0, 0
    while length < size:
        sentence = (f"{PEOPLE[(n + seed) % 8]} said {n + seed} schools in {PLACES[n * 3 % 8]} "
                    f"would reopen on day {n} of the plan. ")  # fmt: skip
        parts.append(sentence + ("\n\n" if n % 6 == 5 else ""))
        length += len(sentence)
        n += 1
    return "".join(parts)


@dataclass
class Upload:
    name: str
    status: str = "error"  # "queued" (a job page), "refused" (429, with a message) or "error"
    job_path: str = ""
    message: str = ""
    errors: list[str] = field(default_factory=list)


class Teacher(Student):
    """A teacher's browser: the student's cookie jar and retries, with forms in multipart too."""

    def sign_in(self, email: str) -> None:
        _, _, page = self.request("GET", "/teach/login")
        status, _, _ = self.request("POST", "/teach/login", {"email": email, "password": PASSWORD,
                                                             "csrf_token": token(page)})  # fmt: skip
        if status != 303:
            raise RuntimeError(f"signing in as {email} failed with HTTP {status}")

    def upload(self, name: str, data: bytes) -> Upload:
        found = Upload(name)
        _, _, page = self.request("GET", "/teach/articles/new")
        boundary, body = encode_multipart({"csrf_token": token(page), "file": FileStorage(io.BytesIO(data), name)})
        status, location, text = self.request("POST", "/teach/articles/new", body=body,
                                              content_type=f"multipart/form-data; boundary={boundary}")  # fmt: skip
        if status == 303 and "/teach/jobs/" in location:
            found.status, found.job_path = "queued", location
        elif status == 429:
            found.status = "refused"
            found.message = alert(text)
        else:  # for the log of a failed run: what the upload got instead
            found.errors.append(f"HTTP {status} {location or alert(text) or 'with no message'}")
        return found

    def job_outcome(self, job_path: str) -> tuple[str, str]:
        """("done", the article's path) or ("failed", the message), once the job has ended."""
        for _ in range(JOB_PAGE_LOOKS):
            status, location, text = self.request("GET", job_path)
            if status == 303:
                return "done", location
            if 'http-equiv="refresh"' not in text:
                return "failed", alert(text)
            time.sleep(0.5)
        return "waiting", ""



def alert(page: str) -> str:
    found = re.search(r'role="alert">([^<]+)<', page)
    return html.unescape(found.group(1)).strip() if found else ""


def signed_in(base: str, email: str) -> Teacher:
    """A teacher signed in once, whose session then serves every upload (sign-ins are rate limited)."""
    teacher = Teacher(base, Outcome())
    teacher.sign_in(email)
    # One look at the form before the uploads run at once: signing in starts a new session, and uploads that
    # each fetched the form of a session without a CSRF secret yet would each set a new one, so all but the
    # last would send a token that no longer matches (HTTP 400).
    teacher.request("GET", "/teach/articles/new")
    return teacher


def upload_as(teacher: Teacher, name: str, data: bytes) -> Upload:
    """Upload one file; connection failures and server errors are counted, not raised."""
    before = len(teacher.outcome.errors)
    try:
        found = teacher.upload(name, data)
    except (RuntimeError, AttributeError) as exc:
        found = Upload(name, errors=[f"gave up: {exc}"])
    found.errors = teacher.outcome.errors[before:] + found.errors
    return found
