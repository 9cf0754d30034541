"""From articles to items: parse every block once, then run the generators over the parses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article
from .attribution.reader import read_discourse
from .facts import Fact, article_sentences, named_values, read_facts
from .fillin import fill_in_items
from .items import ArticleItems
from .people import find_people
from .truefalse import true_false_items
from .whosaid import who_said_items

ARTICLES_PER_BATCH = 64
DOCS_PER_BATCH = 256
MAX_TRUE_FALSE = 10
MAX_FILL_IN = 10
SLOT_WEIGHTS = {"person": 2.0, "number": 1.5, "date": 1.0, "place": 0.75, "organisation": 0.75, "nationality": 0.5}


def rank_facts(facts: Sequence[Fact], title: str) -> list[Fact]:
    """Central facts first: the article's people, figures and places, words of the title, early sentences."""
    title_words = {w.lower().strip(".,:;'\"") for w in title.split()}
    last = max((f.order for f in facts), default=0) or 1

    def score(fact: Fact) -> float:
        kinds = {(s.kind, s.value()) for s in fact.slots}
        weight = sum(SLOT_WEIGHTS.get(kind, 0.25) for kind, _ in kinds)
        overlap = len(fact.lemmas & title_words) / (len(title_words) or 1)
        return weight + 2 * overlap + (1 - fact.order / last)

    return sorted(facts, key=lambda f: (-score(f), f.order))


def analyse(article: Article, docs: Sequence[Doc]) -> ArticleItems:
    """Items for one article from the parses of its blocks, in block order."""
    people = find_people(docs)
    blocks = zip(article.blocks, docs, strict=True)
    paragraphs = [(i, doc) for i, (block, doc) in enumerate(blocks) if block.kind == "paragraph"]
    discourse = read_discourse(paragraphs, people)
    counts = Counter(people.persons[m.key].name for m in people.mentions)
    persons = list(people.persons.values())
    facts = rank_facts(read_facts(paragraphs, people, discourse.pronouns), article.title)
    items = [
        *who_said_items(article.id, discourse.attributions, persons, counts),
        *true_false_items(
            article.id, facts, persons, article_sentences(paragraphs), named_values(paragraphs), limit=MAX_TRUE_FALSE
        ),
        *fill_in_items(article.id, facts, limit=MAX_FILL_IN),
    ]
    return ArticleItems(article.id, article.title, article.byline, discourse.attributions, tuple(items))


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
