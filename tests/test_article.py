from pathlib import Path

import pytest

from quizapp.nlp.article import ArticleError, from_html, from_markdown, from_text, read_jsonl, read_path

from .conftest import SEED


def test_seed_title_byline_headings_and_paragraphs():
    article = read_path(SEED)
    assert article.id == "putin-kim-aurus"
    assert article.title == "Vladimir Putin visited the North Korean capital, Pyongyang, after many years."
    assert article.byline == "Sead Dedovic"
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == [
        "Putin gifted a limousine to Kim Jong-un: They rode together and formed a partnership",
        "Yuri Ushakov reacts",
    ]
    assert len(article.paragraphs) == 12
    assert article.paragraphs[0].text.startswith("North Korea and Russia are enjoying good relations")


def test_text_without_byline():
    article = from_text("a", "Title here\n\nFirst paragraph ends here.\n\nSecond one too.")
    assert (article.title, article.byline) == ("Title here", None)
    assert [b.text for b in article.paragraphs] == ["First paragraph ends here.", "Second one too."]


def test_html_keeps_paragraphs_and_drops_scripts():
    html = """<html><head><title>Budget row</title><style>p {color: red}</style>
    <script>alert("steal")</script></head><body><h1>Budget row</h1>
    <p>by Jane Smith</p><h2>What happened</h2><p>The minister said the <b>budget</b> was fair.</p>
    <script>document.write("more")</script><p>Another paragraph follows here.</p></body></html>"""
    article = from_html("x", html)
    assert article.title == "Budget row"
    assert article.byline == "Jane Smith"
    assert [b.kind for b in article.blocks] == ["heading", "paragraph", "paragraph"]
    assert article.blocks[1].text == "The minister said the budget was fair."
    assert not any("alert" in b.text or "document.write" in b.text or "color" in b.text for b in article.blocks)


def test_markdown_headings_and_emphasis():
    article = from_markdown("m", "# The title\n\nby Sam Lee\n\n## Reaction\n\nShe said it was *very* good.\n")
    assert (article.title, article.byline) == ("The title", "Sam Lee")
    blocks = [(b.kind, b.text) for b in article.blocks]
    assert blocks == [("heading", "Reaction"), ("paragraph", "She said it was very good.")]


def test_jsonl_records(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": 7, "title": "T", "text": "One.\\n\\nTwo."}\n\n', encoding="utf-8")
    [article] = list(read_jsonl(path))
    assert (article.id, article.title, [b.text for b in article.blocks]) == ("7", "T", ["One.", "Two."])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("café au lait".encode("latin-1"), "not UTF-8"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"\x01\x02\x03\x04\x05" * 100, "not a text file"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_path(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ArticleError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_bad_jsonl_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ArticleError, match=r"bad.jsonl:2"):
        list(read_jsonl(path))


PAGE = """<html><head><title>{title}</title>{meta}</head><body><nav><p>Home</p></nav>{h1}
<p>By Jane Smith, Political reporter</p><p>The minister said the budget was fair.</p></body></html>"""


@pytest.mark.parametrize(
    ("title", "meta", "h1", "headline"),
    [
        ("Budget row deepens - The Daily News", "", "<h1>Budget row deepens</h1>", "Budget row deepens"),
        ("Budget row deepens | The Daily News",
         '<meta property="og:title" content="Budget row deepens | The Daily News">'
         '<meta property="og:site_name" content="The Daily News">', "", "Budget row deepens"),
        ("Budget row deepens - BBC News", "", "", "Budget row deepens"),
        ("Kim - Putin summit ends in a defence pact", "", "", "Kim - Putin summit ends in a defence pact"),
        ("The Daily News", '<meta property="og:title" content="Budget row deepens">', "", "Budget row deepens"),
    ],
)  # fmt: skip
def test_html_headline_without_the_site_name(title, meta, h1, headline):
    article = from_html("x", PAGE.format(title=title, meta=meta, h1=h1))
    assert article.title == headline
    assert headline not in [b.text for b in article.blocks]


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        ('<meta name="author" content="Jane Smith">', "Jane Smith"),
        ('<meta property="article:author" content="https://news.example/jane">'
         '<meta name="byl" content="By Jane Smith">', "Jane Smith"),
        ('<meta property="article:author" content="https://news.example/jane">', None),
        ("", None),
    ],
)  # fmt: skip
def test_html_byline_from_author_metadata(meta, byline):
    article = from_html("x", PAGE.format(title="Budget row", meta=meta, h1="<h1>Budget row</h1>"))
    assert article.byline == byline
    texts = [b.text for b in article.blocks]
    assert texts[-1] == "The minister said the budget was fair."
    assert ("By Jane Smith, Political reporter" in texts) is (byline is None)  # the byline line is not a paragraph


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("<ul>" + "<li>x" * 150_000 + "</ul>", "holds more than 100,000 tags"),
        ("<ul><li>" * 150_000 + "deep", "nests its tags more than 512 deep"),
        ("<blockquote>" * 70_000 + "quote", "nests its tags more than 512 deep"),
    ],
)
def test_html_past_the_readers_caps_is_refused_with_what_to_do(page, message):
    with pytest.raises(ArticleError, match=message):
        from_html("x", page)


def test_html_reads_each_tag_once_however_deep():
    from quizapp.nlp.html_page import PageReader

    reader = PageReader()
    reader.feed("<div>" * 500 + "<p>Deep paragraph here.</p>" + "</div>" * 500)
    assert reader.page.lines == ["Deep paragraph here."] and reader.tags == 501


def test_html_paragraphs_and_items_left_open_end_where_a_browser_ends_them():
    article = from_html("x", "<h1>Title</h1><p>One.<p>Two.<ul><li>Three.<li>Four <b>bold</b>er.</ul>"
                             "<li>Intro.<p>Inner.</p>Tail.</li>")  # fmt: skip
    assert [b.text for b in article.blocks] == ["One.", "Two.", "Three.", "Four bolder.", "Intro.", "Inner.", "Tail."]


def test_a_repeated_paragraph_is_kept_once():
    article = from_text("x", "Title\n\nThe mayor spoke.\n\nThe council voted.\n\nThe mayor spoke.")
    assert [b.text for b in article.paragraphs] == ["The mayor spoke.", "The council voted."]


def test_a_paragraph_longer_than_spacy_can_parse_is_split_at_sentence_ends(nlp):
    from quizapp.nlp.article import MAX_BLOCK_CHARS

    paragraph = " ".join(f"Sentence number {n} says the bridge reopens." for n in range(40_000))
    assert len(paragraph) > nlp.max_length
    blocks = from_text("x", "Title\n\n" + paragraph).paragraphs
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(b.text.endswith("reopens.") for b in blocks)
    assert " ".join(b.text for b in blocks) == paragraph


def test_control_characters_and_nul_are_dropped_and_long_titles_cut(tmp_path: Path):
    path = tmp_path / ("n" * 200 + ".txt")
    path.write_bytes(("Budget\x00 row " + "Budget row " * 60 + "\n\nThe mayor\x07 said\x00 yes.\n").encode())
    article = read_path(path)
    assert len(article.id) <= 100 and len(article.title) <= 300 and article.title.endswith("\u2026")
    assert "\x00" not in article.title and article.blocks[-1].text == "The mayor said yes."
    assert article.blocks[0].text.startswith("Budget row Budget row")  # too long for a title: a paragraph
