"""Process a batch of documents: clean, pick candidate sentences, parse them, extract events and mentions."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.clean import CleanText, clean
from pipeline.confidence import ConfidenceModel, load_model
from pipeline.events import Context, Event, EventExtractor, _parties_in, lexicon
from pipeline.ingest import RawDocument
from pipeline.nlp import load_patterns
from pipeline.normalise import country_names, party_table, parse_published
from pipeline.sentences import Sentence, split_sentences

MAX_SENTENCE_CHARS = 1500
MENTION_LABELS = ("GPE", "ORG", "NORP", "VACCINE", "DATE")
# "the shipment", "these doses", "them": the sentence continues a happening of the previous one
_BACK_REFERENCE = re.compile(r"\b(?:the|this|these|those|that|its|their)\s+(?:\w+\s+){0,2}?(?:shipments?|batch(?:es)?|"
                             r"consignments?|doses|vaccines?|jabs|deliver(?:y|ies)|donations?|cargo)\b|"
                             r"\b(?:them|they|it)\b", re.I)


@dataclass
class BatchResult:
    """Rows for the three tables, produced by one batch."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def combine(cls, parts: list["BatchResult"]) -> "BatchResult":
        """One result holding the rows of all `parts`."""
        out = cls()
        for part in parts:
            out.documents.extend(part.documents)
            out.mentions.extend(part.mentions)
            out.events.extend(part.events)
        return out


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    """Every surface form of every trigger, for a cheap first pass before the parser."""
    forms = {form for row in load_patterns("triggers.jsonl") for form in _first_words(row["pattern"])}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b", re.I)


def _first_words(pattern: str | list[dict[str, Any]]) -> list[str]:
    """Lower-case first words of a phrase pattern, or of a token pattern's first `LOWER` attribute."""
    if isinstance(pattern, str):
        return [pattern.split()[0].lower()]
    lower = pattern[0].get("LOWER", "")
    return [w.lower() for w in (lower.get("IN", []) if isinstance(lower, dict) else [lower]) if w]


_CAPITALISED = re.compile(r"[A-Z][\w.'&-]*(?:\s+(?:of|the|and|for)?\s*[A-Z][\w.'&-]*)*")


def _capitalised_parties(text: str) -> list[str]:
    """Canonical parties named in `text`, in order: longest table match inside each capitalised run."""
    table = party_table()
    out: list[str] = []
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 7), i, -1):
                name = table.get(" ".join(words[i:j]).lower().rstrip(".,;:"))
                if name:
                    out.append(name)
                    i = j
                    break
            else:
                i += 1
    return out


@lru_cache(maxsize=1)
def _reference_regex() -> re.Pattern[str]:
    """Words that can refer back to doses named in the previous sentence ("the shipment", "them")."""
    words = sorted(lexicon().supply_nouns, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


@lru_cache(maxsize=1)
def _vaccine_regex() -> re.Pattern[str]:
    words = set(lexicon().vaccine_nouns) | {row["pattern"].lower() for row in load_patterns("entities.jsonl")
                                            if row["label"] == "VACCINE" and isinstance(row["pattern"], str)}
    stems = r"vaccin\w*|inocul\w*|immuni[sz]\w*|jabs?\b|jabbed"  # every form of the intrinsic triggers
    return re.compile(r"\b(?:" + stems + "|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")", re.I)


def is_candidate(text: str) -> bool:
    """Cheap test: could this sentence hold an event? (a trigger word near vaccine vocabulary)"""
    return len(text) <= MAX_SENTENCE_CHARS and bool(_trigger_regex().search(text))


def _regex_parties(text: str) -> list[str]:
    """Distinct parties named in a sentence the model did not read."""
    return list(dict.fromkeys(_capitalised_parties(text)))


def focus_country(text: str, events: Iterable[Event] = ()) -> str | None:
    """The country an article is about, or None when no country clearly leads.

    First the country its events name as recipient at least twice, more than any other; then the
    country the text names most often, unless its events show it giving more than receiving (an
    article about Russia's vaccine going to Argentina names Russia most); then a lone recipient.
    """
    countries = country_names()
    received: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for ev in events:
        received.update(p for p in ev.recipient if p in countries)
        if ev.event_type != "administration":  # vaccinating its own people is not giving
            given.update(p for p in ev.provider if p in countries)
    if lead := _lead(received, 2):
        return lead
    named = _lead(Counter(n for n in _capitalised_parties(text) if n in countries), 2)
    if named and given[named] <= received[named]:
        return named
    return _lead(received, 1)


def _lead(counts: Counter[str], at_least: int) -> str | None:
    """The most counted name if it is counted `at_least` times and no other ties it."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _stable_id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


@dataclass
class _Prepared:
    raw: RawDocument
    cleaned: CleanText
    sentences: list[Sentence]
    candidates: list[int]


def _prepare(raw: RawDocument) -> _Prepared:
    cleaned = clean(raw.text)
    sentences = split_sentences(cleaned.text)
    vac, refs = _vaccine_regex(), _reference_regex()
    related = [bool(vac.search(s.text)) for s in sentences]
    cands = [i for i, s in enumerate(sentences) if is_candidate(s.text) and
             (related[i] or (i > 0 and related[i - 1] and bool(refs.search(s.text))))]
    return _Prepared(raw, cleaned, sentences, cands)


def document_row(raw: RawDocument, n_events: int = 0, version: str = "") -> dict[str, Any]:
    """The `documents` row of one input file."""
    return {
        "doc_id": raw.doc_id, "source_path": raw.source_path, "title": raw.meta.get("title"),
        "published": raw.meta.get("published"), "url": raw.meta.get("url"), "n_chars": len(raw.text),
        "n_events": n_events, "status": raw.status, "error": raw.error, "pipeline_version": version,
    }


def process_documents(raws: list[RawDocument], nlp: Language, *, version: str = "",
                      model: ConfidenceModel | None = None, keep_features: bool = False) -> BatchResult:
    """Run cleaning, NLP and event extraction over a batch; failed documents only get their row."""
    model = model or load_model()
    extractor = EventExtractor()
    result = BatchResult()
    prepared: list[_Prepared] = []
    for raw in raws:
        if not raw.ok:
            result.documents.append(document_row(raw, version=version))
            continue
        try:
            prepared.append(_prepare(raw))
        except Exception as exc:  # noqa: BLE001  (one bad document must not sink the batch)
            failed = RawDocument(raw.source_path, raw.doc_id, text=raw.text, status="failed",
                                 error=f"cleaning failed: {type(exc).__name__}: {exc}", meta=raw.meta)
            result.documents.append(document_row(failed, version=version))
    texts = [p.sentences[i].text for p in prepared for i in p.candidates]
    parsed = iter(nlp.pipe(texts, batch_size=128))
    for prep in prepared:
        docs = {i: next(parsed) for i in prep.candidates}
        try:
            events, mentions = _extract(prep, docs, extractor, model, keep_features)
        except Exception as exc:  # noqa: BLE001
            failed = RawDocument(prep.raw.source_path, prep.raw.doc_id, text=prep.raw.text, status="failed",
                                 error=f"extraction failed: {type(exc).__name__}: {exc}", meta=prep.raw.meta)
            result.documents.append(document_row(failed, version=version))
            continue
        result.events.extend(events)
        result.mentions.extend(mentions)
        result.documents.append(document_row(prep.raw, n_events=len(events), version=version))
    return result


def _extract(prep: _Prepared, docs: dict[int, Doc], extractor: EventExtractor, model: ConfidenceModel,
             keep_features: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    raw, cleaned = prep.raw, prep.cleaned
    published = parse_published(raw.meta.get("published"))
    vac = _vaccine_regex()
    events: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    sentence_events: dict[int, list[Event]] = {}
    # a first reading with no context says which country the article is about
    focus = focus_country(cleaned.text, (ev for doc in docs.values() for ev in extractor.extract(doc, Context())))
    for i, doc in docs.items():
        sent = prep.sentences[i]
        prev = prep.sentences[i - 1] if i > 0 else None
        if prev is None:
            prev_parties: list[str] = []
        elif i - 1 in docs:
            prev_parties = _parties_in(docs[i - 1])
        else:
            prev_parties = _regex_parties(prev.text)
        ctx = Context(
            published=published, previous_parties=tuple(prev_parties),
            previous_events=tuple(sentence_events.get(i - 1, ())),
            refers_back=bool(_BACK_REFERENCE.search(sent.text)),
            focus_party=focus,
            previous_vaccine_related=bool(prev and vac.search(prev.text)),
            is_headline=(i == 0 and not sent.text.rstrip().endswith((".", '"', "?", "!"))),
        )
        o_start, o_end = cleaned.span_to_original(sent.start, sent.end)
        sentence_events[i] = extractor.extract(doc, ctx)
        seen: dict[tuple[int, str], int] = {}
        for ev in sentence_events[i]:
            conf = model.event(ev.features)
            # one trigger can carry several events ("2 million to Bangladesh and 1 million to Nepal")
            nth = seen[(ev.trigger_start, ev.event_type)] = seen.get((ev.trigger_start, ev.event_type), -1) + 1
            key = (raw.doc_id, sent.start, ev.trigger_start, ev.event_type) + ((nth,) if nth else ())
            row = {
                "event_id": _stable_id(*key),
                "doc_id": raw.doc_id, "event_type": ev.event_type, "status": ev.status,
                "provider": ev.provider, "recipient": ev.recipient, "vaccine": ev.vaccine,
                "quantity": ev.quantity, "quantity_unit": ev.quantity_unit,
                "quantity_qualifier": ev.quantity_qualifier, "event_date": ev.event_date,
                "date_text": ev.date_text, "evidence": ev.evidence, "trigger": ev.trigger, "confidence": conf,
                "sentence_start": o_start, "sentence_end": o_end,
            }
            if keep_features:
                row["features"] = ev.features
            events.append(row)
        mentions.extend(_mentions(raw.doc_id, doc, sent, cleaned, model))
    return events, mentions


def _mentions(doc_id: str, doc: Doc, sent: Sentence, cleaned: CleanText, model: ConfidenceModel) -> list[dict[str, Any]]:
    rows = []
    for ent in doc.ents:
        if ent.label_ not in MENTION_LABELS:
            continue
        start, end = cleaned.span_to_original(sent.start + ent.start_char, sent.start + ent.end_char)
        rows.append({
            "doc_id": doc_id, "start": start, "end": end, "label": ent.label_, "text": ent.text,
            "normalised": ent._.canonical if ent.label_ != "DATE" else None,
            "confidence": model.mention_confidence(ent.label_, by_rule=bool(ent.ent_id_)),
        })
    for span in doc.spans.get("quantities", []):
        q = span._.quantity
        start, end = cleaned.span_to_original(sent.start + span.start_char, sent.start + span.end_char)
        rows.append({
            "doc_id": doc_id, "start": start, "end": end, "label": "QUANTITY", "text": span.text,
            "normalised": json.dumps({"value": q.value, "unit": q.unit, "qualifier": q.qualifier}),
            "confidence": model.mention_confidence("QUANTITY", by_rule=True, has_unit=q.text.split()[-1].isalpha()),
        })
    for i, row in enumerate(rows):
        row["mention_id"] = _stable_id(doc_id, row["start"], row["end"], row["label"])
    return rows
