"""Every submitted form and query value without NUL and other control characters, before any view sees it.

PostgreSQL refuses a NUL in text while SQLite stores it; a name or an answer typed with one (pasted
from a PDF, sent by a script) would be a server error on one database and stored on the other. Tab
and line ends stay.
"""

from __future__ import annotations

from flask import Flask, Request
from werkzeug.datastructures import MultiDict
from werkzeug.utils import cached_property

from ..nlp.article import without_controls


def cleaned(values: MultiDict[str, str], storage: type) -> MultiDict[str, str]:
    return storage([(key, without_controls(value)) for key, value in values.items(multi=True)])


class CleanRequest(Request):
    @cached_property
    def args(self) -> MultiDict[str, str]:  # type: ignore[override]
        return cleaned(super().args, self.parameter_storage_class)

    def _load_form_data(self) -> None:
        loaded = "form" in self.__dict__
        super()._load_form_data()
        if not loaded:
            self.__dict__["form"] = cleaned(self.form, self.parameter_storage_class)


def init_app(app: Flask) -> None:
    app.request_class = CleanRequest
