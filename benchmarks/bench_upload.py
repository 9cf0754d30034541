"""Upload to items: how long a teacher waits, from posting an article to the page with its items.

A teacher uploads through the app (Flask's test client, on a fresh SQLite database) while a real
`quizapp worker` consumes the embedded SQLite queue; the time runs from the POST until the job's page
sends the teacher on to the items (the page is looked at every 0.1 s, as a refresh would). The
baseline, measured in the same run and process: a bare spaCy parse (`nlp.pipe`) of the same article's
blocks. Printed: both times and their ratio, for the seed article (best of --rounds) and for an article
of 1 MB (once). Usage: python -m benchmarks.bench_upload [--rounds 3] [--skip-large]
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from benchmarks.teachers import PASSWORD, article_of_size

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "putin-kim-aurus.txt"
LOOKS = 36_000  # at most an hour of looks at a job page, 0.1 s apart
SETTINGS = {"QUIZAPP_JOB_TIME_LIMIT": "3600", "QUIZAPP_JOB_MEMORY_MB": "8192"}  # time it, do not cut it short


@contextmanager
def app_with_worker(tmp: Path) -> Iterator[object]:
    from quizapp import create_app
    from quizapp.store import init_db
    from quizapp.teachers import create_teacher

    url, queue = f"sqlite:///{tmp / 'bench.sqlite'}", str(tmp / "jobs.sqlite")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "JOB_QUEUE_FILE": queue, "TESTING": True,
                      "WTF_CSRF_ENABLED": False, "SECRET_KEY": "bench"})  # fmt: skip
    with app.app_context():
        init_db()
        create_teacher("bench@school.example", "Bench", PASSWORD)
    env = dict(os.environ, DATABASE_URL=url, QUIZAPP_JOB_QUEUE_FILE=queue, QUIZAPP_ENV_NAME="development",
               QUIZAPP_SECRET_KEY="bench-secret-key-of-some-length", **SETTINGS)  # fmt: skip
    worker = subprocess.Popen([str(Path(sys.executable).parent / "quizapp"), "worker", "--workers", "1"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        yield app
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)


def upload_to_items(client, name: str, data: bytes) -> float:
    """Seconds from posting the file until its job page sends the teacher to the items."""
    boundary, body = encode_multipart({"file": FileStorage(io.BytesIO(data), name)})
    start = time.perf_counter()
    posted = client.post("/teach/articles/new", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    job_page = posted.headers["Location"]
    for _ in range(LOOKS):
        page = client.get(job_page)
        if page.status_code == 303:
            return time.perf_counter() - start
        if 'http-equiv="refresh"' not in page.get_data(as_text=True):
            raise RuntimeError(f"the job for {name} failed: {page.get_data(as_text=True)[-600:]}")
        time.sleep(0.1)
    raise RuntimeError(f"the job for {name} did not end")


def bare_parse(nlp, name: str, data: bytes) -> float:
    from quizapp.uploads import read_file

    texts = [block.text for block in read_file(name, data).blocks]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - start


def measure(client, nlp, name: str, data: bytes, rounds: int) -> tuple[float, float]:
    """The best of `rounds` of each, interleaved so that machine noise hits both alike."""
    upload, parse = float("inf"), float("inf")
    for n in range(rounds):
        parse = min(parse, bare_parse(nlp, name, data))
        upload = min(upload, upload_to_items(client, f"{n}-{name}", data))
    return upload, parse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-large", action="store_true", help="only the seed article")
    args = parser.parse_args()
    from quizapp.nlp.model import load_model, model_name

    nlp = load_model(model_name())
    articles = [("seed", SEED.name, SEED.read_bytes(), args.rounds)]
    if not args.skip_large:
        articles.append(("1 MB article", "large.txt", article_of_size(1_000_000, 0).encode(), 1))
    with tempfile.TemporaryDirectory() as tmp, app_with_worker(Path(tmp)) as app:
        client = app.test_client()
        client.post("/teach/login", data={"email": "bench@school.example", "password": PASSWORD})
        upload_to_items(client, "warm-up.txt", SEED.read_bytes())  # the worker's model is loaded and warm
        for label, name, data, rounds in articles:
            upload, parse = measure(client, nlp, name, data, rounds)
            print(f"{label} ({len(data):,} bytes): upload to items {upload:.2f} s, bare nlp.pipe {parse:.2f} s, "
                  f"ratio {upload / parse:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
