"""gunicorn settings for quizapp: `gunicorn -c gunicorn.conf.py` (see the README, "Running in production")."""

import multiprocessing
import os

# gunicorn is how quizapp runs in production: the app then refuses a weak secret key, sends Secure cookies
# and HSTS. It listens on loopback behind nginx (deploy/nginx.conf), the one proxy whose X-Forwarded-For
# and X-Forwarded-Proto it believes (QUIZAPP_PROXY_COUNT).
os.environ["QUIZAPP_ENV_NAME"] = "production"
os.environ.setdefault("QUIZAPP_PROXY_COUNT", "1")

wsgi_app = "quizapp:create_app()"
bind = os.environ.get("QUIZAPP_BIND", "127.0.0.1:8000")
# Two workers a core (plus one) suit a server that waits on its database more than it computes.
workers = int(os.environ.get("QUIZAPP_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("QUIZAPP_THREADS", 4))
timeout = 60
graceful_timeout = 30
keepalive = 5
max_requests = 2000  # recycle workers now and then, so a slow leak never builds up
max_requests_jitter = 200
accesslog = os.environ.get("QUIZAPP_ACCESS_LOG", "-")
forwarded_allow_ips = os.environ.get("QUIZAPP_FORWARDED_ALLOW_IPS", "127.0.0.1")
