"""The seed's deck is real: Anki's own library imports it, renders every card, and updates in place."""

from __future__ import annotations

import copy
import re
import sqlite3
import zipfile
from pathlib import Path

import anki.collection as anki_collection
import pytest

from quizapp.export.anki import (
    CLOZE_MODEL_ID,
    TRUE_FALSE_MODEL_ID,
    WHO_SAID_MODEL_ID,
    deck_name,
    write_apkg,
)

OUR_MODELS = {WHO_SAID_MODEL_ID, TRUE_FALSE_MODEL_ID, CLOZE_MODEL_ID}
STYLE = re.compile(r"<style>.*?</style>", re.S)


def without_style(html: str) -> str:
    return STYLE.sub("", html)


@pytest.fixture(scope="module")
def seed_article(seed_items):
    return seed_items.to_json()


def fresh_collection(tmp_path: Path):
    return anki_collection.Collection(str(tmp_path / "collection.anki2"))


def import_apkg(col, path: Path, *, update: bool = True):
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

    options = anki_collection.ImportAnkiPackageOptions(
        merge_notetypes=True,
        update_notes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
        if update
        else Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER,
        update_notetypes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        with_scheduling=False,
        with_deck_configs=False,
    )
    request = anki_collection.ImportAnkiPackageRequest(package_path=str(path), options=options)
    return col.import_anki_package(request).log


def test_seed_deck_imports_with_every_card_rendered(seed_article, tmp_path: Path):
    apkg = tmp_path / "seed.apkg"
    assert write_apkg([seed_article], apkg, timestamp=1_700_000_000) == len(seed_article["items"])
    col = fresh_collection(tmp_path)
    try:
        log = import_apkg(col, apkg)
        assert len(log.new) == len(seed_article["items"])
        assert col.note_count() == len(seed_article["items"])
        assert col.card_count() == len(seed_article["items"])  # one card per note, cloze included
        names = {d.name for d in col.decks.all_names_and_ids()}
        assert deck_name(seed_article["title"], seed_article["id"]) in names
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            question, answer = without_style(card.question()), without_style(card.answer())
            assert "{{" not in question + answer
            assert "cloze deletion" not in question.lower() and "no cloze" not in question.lower()
            assert card.note().mid in OUR_MODELS
            assert col.decks.name(card.did) == deck_name(seed_article["title"], seed_article["id"])
            if card.note().mid == CLOZE_MODEL_ID:
                assert "[...]" in question and card.note()["Text"].split("c1::")[1].split("}}")[0] in answer
    finally:
        col.close()


def test_reimport_adds_nothing_and_updates_changed_notes(seed_article, tmp_path: Path):
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    write_apkg([seed_article], first, timestamp=1_700_000_000)
    edited = copy.deepcopy(seed_article)
    changed = edited["items"][0]
    changed["explanation"] = "Edited by the teacher."
    write_apkg([edited], second, timestamp=1_700_000_100)
    col = fresh_collection(tmp_path)
    try:
        import_apkg(col, first)
        models_before = {m.id for m in col.models.all_names_and_ids()}
        log = import_apkg(col, second)
        assert len(log.new) == 0
        assert col.note_count() == len(seed_article["items"])
        assert len(log.updated) >= 1
        assert {m.id for m in col.models.all_names_and_ids()} == models_before  # no forked note types
        [nid] = col.find_notes('"Explanation:Edited by the teacher."')
        assert col.get_note(nid)["Explanation"] == "Edited by the teacher."
    finally:
        col.close()


def test_fields_are_escaped(seed_article, tmp_path: Path):
    hostile = copy.deepcopy(seed_article)
    hostile["title"] = "<script>alert(1)</script> & news"
    hostile["items"][0]["explanation"] = '<img src=x onerror="alert(2)">'
    apkg = tmp_path / "hostile.apkg"
    write_apkg([hostile], apkg, timestamp=1_700_000_000)
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", tmp_path)
    rows = sqlite3.connect(tmp_path / "collection.anki2").execute("select flds, tags from notes").fetchall()
    fields = " ".join(flds for flds, _ in rows)
    assert "<script>" not in fields and "<img" not in fields
    assert "&lt;script&gt;" in fields and "&lt;img src=x" in fields
    assert all(" " not in tag for _, tags in rows for tag in tags.split())


def package_contents(apkg: Path, folder: Path) -> tuple[list[str], bytes]:
    """The collection inside a package, as SQL, and its media list: what Anki reads, without the zip's
    entry times (the clock when the file was written, which two writes a second apart do not share)."""
    folder.mkdir()
    with zipfile.ZipFile(apkg) as package:
        package.extract("collection.anki2", folder)
        media = package.read("media")
    connection = sqlite3.connect(folder / "collection.anki2")
    try:
        return list(connection.iterdump()), media
    finally:
        connection.close()


def test_same_article_gives_the_same_deck_and_note_ids(seed_article, tmp_path: Path):
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    write_apkg([seed_article], a, timestamp=1_700_000_000)
    write_apkg([seed_article], b, timestamp=1_700_000_000)
    first, second = package_contents(a, tmp_path / "a"), package_contents(b, tmp_path / "b")
    assert first == second  # every table: decks, note types, notes (ids, guids, fields) and cards
    assert sum(line.startswith('INSERT INTO "notes"') for line in first[0]) == len(seed_article["items"])
