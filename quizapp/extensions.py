"""Extensions, created unbound and attached to the app in create_app()."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "teacher.login"
login_manager.login_message = "Please sign in as a teacher to see that page."
# The store is the app's RATELIMIT_STORAGE_URI (settings.limiter_storage_uri): shared by every worker.
limiter = Limiter(get_remote_address, default_limits=[])
migrate = Migrate()
