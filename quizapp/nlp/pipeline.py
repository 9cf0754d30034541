"""From articles to items: parse every block once, then run the generators over the parses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article
from .items import ArticleItems
from .people import find_people
from .quotes import attributions as find_attributions
from .whosaid import who_said_items

ARTICLES_PER_BATCH = 64
DOCS_PER_BATCH = 256


def analyse(article: Article, docs: Sequence[Doc]) -> ArticleItems:
    """Items for one article from the parses of its blocks, in block order."""
    people = find_people(docs)
    blocks = zip(article.blocks, docs, strict=True)
    paragraphs = [(i, doc) for i, (block, doc) in enumerate(blocks) if block.kind == "paragraph"]
    found = tuple(find_attributions(paragraphs, people))
    counts = Counter(people.persons[m.key].name for m in people.mentions)
    persons = list(people.persons.values())
    items = who_said_items(article.id, found, persons, counts)
    return ArticleItems(article.id, article.title, article.byline, found, tuple(items))


def generate(articles: Iterable[Article], nlp: Language) -> Iterator[ArticleItems]:
    """Items for each article, in input order; the blocks of many articles go through one nlp.pipe."""
    stream = iter(articles)
    while batch := list(islice(stream, ARTICLES_PER_BATCH)):
        texts = [(block.text, n) for n, article in enumerate(batch) for block in article.blocks]
        parsed: list[list[Doc]] = [[] for _ in batch]
        for doc, n in nlp.pipe(texts, as_tuples=True, batch_size=DOCS_PER_BATCH):
            parsed[n].append(doc)
        for article, docs in zip(batch, parsed, strict=True):
            yield analyse(article, docs)
