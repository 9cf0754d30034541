"""From articles to items: parse every block once, then run the generators over the parses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article
from .attribution.reader import read_discourse
from .comments import readers_comments_start
from .doctext import sentence_text, sentences_of
from .facts import article_sentences, named_values, quote_facts, read_facts
from .fillin import acronyms, fill_in_candidates
from .items import ArticleItems, Attribution, Item
from .people import find_people
from .select import Candidate, compose, item_bonus, sentence_weight
from .speech import speech_candidates
from .truefalse import Alternatives, true_false_candidates
from .whosaid import who_said_candidates

ARTICLES_PER_BATCH = 64
DOCS_PER_BATCH = 256


@dataclass(frozen=True)
class Proposal:
    """Everything the generators propose for one article, before the selection chooses the quiz."""

    attributions: tuple[Attribution, ...]
    candidates: tuple[Candidate, ...]
    word_count: int


def propose(article: Article, docs: Sequence[Doc]) -> Proposal:
    """Read the article's people, who said what and its standalone facts; every generator proposes items.

    Readers' comments printed after the story are left out: their people, sayings and claims are not the
    article's."""
    article, docs = without_readers_comments(article, docs)
    people = find_people(docs)
    blocks = zip(article.blocks, docs, strict=True)
    paragraphs = [(i, doc) for i, (block, doc) in enumerate(blocks) if block.kind == "paragraph"]
    discourse = read_discourse(paragraphs, people)
    counts = Counter(people.persons[m.key].name for m in people.mentions)
    persons = list(people.persons.values())
    facts = read_facts(paragraphs, people, discourse.pronouns) + quote_facts(paragraphs, discourse.quotes, people)
    values = named_values(paragraphs)
    text = " ".join(block.text for block in article.paragraphs)
    mentions = {value: text.count(value) for kind in ("organisation", "place") for value in values.get(kind, ())}
    mentions |= {p.name: counts[p.name] for p in persons}
    speakers = frozenset(a.speaker for a in discourse.attributions if a.speaker_type == "person")
    expansions = acronyms(text)
    sayings = {name: " ".join(a.statement for a in discourse.attributions if a.speaker == name) for name in speakers}
    confirmed = tuple(p for p in persons if p.confirmed)
    alternatives = Alternatives(confirmed, values, speakers, mentions, expansions, sayings)
    sentences = article_sentences(paragraphs)

    def weighed(item: Item, first: int, last: int) -> Candidate:
        weight = sentence_weight(first, item.evidence, article.title, len(sentences)) + item_bonus(item)
        return Candidate(item, frozenset(range(first, last + 1)), weight)

    texts = [sentence_text(s) for _, doc in paragraphs for s in sentences_of(doc)]
    candidates = [
        weighed(item, *attribution.sentences)
        for item, attribution in who_said_candidates(article.id, discourse.attributions, persons, counts, texts)
    ]
    for item, attribution in speech_candidates(article.id, discourse.attributions, persons, texts):
        candidates.append(weighed(item, *attribution.sentences))
    for fact in facts:
        for item in true_false_candidates(article.id, fact, alternatives, sentences):
            candidates.append(weighed(item, *fact.sentences))
        for item in fill_in_candidates(article.id, fact, article.title, expansions):
            candidates.append(weighed(item, *fact.sentences))
    words = sum(len(block.text.split()) for block in article.paragraphs)
    return Proposal(discourse.attributions, tuple(candidates), words)


def without_readers_comments(article: Article, docs: Sequence[Doc]) -> tuple[Article, Sequence[Doc]]:
    paragraphs = [n for n, block in enumerate(article.blocks) if block.kind == "paragraph"]
    start = readers_comments_start([article.blocks[n].text for n in paragraphs])
    if start is None:
        return article, docs
    cut = paragraphs[start]
    return replace(article, blocks=article.blocks[:cut]), docs[:cut]


def analyse(article: Article, docs: Sequence[Doc]) -> ArticleItems:
    """Items for one article from the parses of its blocks: every generator proposes, the selection chooses."""
    proposal = propose(article, docs)
    items = compose(proposal.candidates, word_count=proposal.word_count)
    return ArticleItems(article.id, article.title, article.byline, proposal.attributions, unique_ids(items))


def unique_ids(items: Iterable[Item]) -> tuple[Item, ...]:
    """The first item of each id: two with one id ask the same question of the same words."""
    kept: dict[str, Item] = {}
    for item in items:
        kept.setdefault(item.id, item)
    return tuple(kept.values())


def parse_one(article: Article, nlp: Language) -> list[Doc]:
    """The parses of one article's blocks, for a caller that wants to look inside (tests, tools)."""
    return list(nlp.pipe([block.text for block in article.blocks], batch_size=DOCS_PER_BATCH))


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
