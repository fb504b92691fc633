"""Batching: a batch of documents through cleaning, the parser and extraction, into table rows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.clean import CleanText, clean
from pipeline.confidence import mention_confidence
from pipeline.countries import iso3
from pipeline.extract.document import Analysis, analyse, decide, decide_all
from pipeline.extract.models import Models
from pipeline.extract.models import packaged as packaged_models
from pipeline.extract.records import Event
from pipeline.ingest import RawDocument
from pipeline.normalise import article_names, dateline_date, output_party, parse_published
from pipeline.sentences import Sentence, candidate_sentences, speaks_of_vaccines, split_sentences

MENTION_LABELS = ("GPE", "ORG", "NORP", "VACCINE", "DATE")


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


def _stable_id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


@dataclass
class Parsed:
    """One article cleaned and split, with its candidate sentences parsed (sentence index -> Doc)."""

    raw: RawDocument
    cleaned: CleanText
    sentences: list[Sentence]
    docs: dict[int, Doc]

    def analyse(self) -> Analysis:
        """The rules' reading of the article: its context and candidate triggers, before any decision."""
        # with no publication date in the metadata, a dateline's date is the one relative dates count from
        published = parse_published(self.raw.meta.get("published")) or dateline_date(self.cleaned.text)
        return analyse(self.cleaned.text, self.sentences, self.docs, published)


def document_row(raw: RawDocument, n_events: int = 0, version: str = "") -> dict[str, Any]:
    """The `documents` row of one input file."""
    return {
        "doc_id": raw.doc_id, "source_path": raw.source_path, "article": raw.article or raw.source_path,
        "source": raw.meta.get("source"), "title": raw.meta.get("title"),
        "published": raw.meta.get("published"), "url": raw.meta.get("url"), "n_chars": len(raw.text),
        "n_events": n_events, "status": raw.status, "error": raw.error, "pipeline_version": version,
        "file_hash": raw.file_hash,
    }


def _failed(raw: RawDocument, stage: str, exc: Exception) -> RawDocument:
    return RawDocument(raw.source_path, raw.doc_id, text=raw.text, status="failed",
                       error=f"{stage} failed: {type(exc).__name__}: {exc}", meta=raw.meta, article=raw.article,
                       file_hash=raw.file_hash)


def parse_documents(raws: list[RawDocument], nlp: Language) -> tuple[list[Parsed], list[RawDocument]]:
    """Clean, split and parse a batch: the parsed articles, and the documents that failed (with reasons)."""
    failed = [raw for raw in raws if not raw.ok]
    ready: list[tuple[RawDocument, CleanText, list[Sentence], list[int]]] = []
    for raw in raws:
        if not raw.ok:
            continue
        try:
            cleaned = clean(raw.text, headline=speaks_of_vaccines)
            sentences = split_sentences(cleaned.text)
            ready.append((raw, cleaned, sentences, candidate_sentences(sentences)))
        except Exception as exc:  # noqa: BLE001  (one bad document must not sink the batch)
            failed.append(_failed(raw, "cleaning", exc))
    texts = [sentences[i].text for _, _, sentences, cands in ready for i in cands]
    parsed = iter(nlp.pipe(texts, batch_size=128))
    return [Parsed(raw, cleaned, sentences, {i: next(parsed) for i in cands})
            for raw, cleaned, sentences, cands in ready], failed


def process_documents(raws: list[RawDocument], nlp: Language, *, version: str = "",
                      models: Models | None = None, rules_only: bool = False) -> BatchResult:
    """Run cleaning, NLP and event extraction over a batch; failed documents only get their row.

    The events are decided by `models` (default: the packaged ones), or by the rules alone with
    `rules_only` or when no models are packaged.
    """
    models = None if rules_only else (models or packaged_models())
    result = BatchResult()
    parsed, failed = parse_documents(raws, nlp)
    analysed: list[tuple[Parsed, Analysis]] = []
    for doc in parsed:
        try:
            analysed.append((doc, doc.analyse()))
        except Exception as exc:  # noqa: BLE001  (one bad document must not sink the batch)
            failed.append(_failed(doc.raw, "extraction", exc))
    try:
        decided = decide_all([a for _, a in analysed], models)
    except Exception:  # noqa: BLE001  one document's trouble must not sink the others: decide them one by one
        decided = [_decide_one(a, models) for _, a in analysed]
    for (doc, _), events in zip(analysed, decided):
        try:
            if events is None:
                raise RuntimeError("the deciders failed on this document")
            rows = event_rows(doc, events)
            mentions = [m for i, d in doc.docs.items()
                        for m in _mentions(doc.raw.doc_id, d, doc.sentences[i], doc.cleaned)]
        except Exception as exc:  # noqa: BLE001
            failed.append(_failed(doc.raw, "extraction", exc))
            continue
        result.events.extend(rows)
        result.mentions.extend(mentions)
        result.documents.append(document_row(doc.raw, n_events=len(rows), version=version))
    result.documents.extend(document_row(raw, version=version) for raw in failed)
    return result


def _decide_one(analysis: Analysis, models: Models | None) -> list[tuple[int, Event]] | None:
    try:
        return decide(analysis, models)
    except Exception:  # noqa: BLE001
        return None


def event_rows(doc: Parsed, events: list[tuple[int, Event]]) -> list[dict[str, Any]]:
    """The `events` rows of an article's events (sentence index, event)."""
    raw, cleaned = doc.raw, doc.cleaned
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[int, int, str], int] = {}
    names = article_names(cleaned.text) if events else {}

    def named(parties: list[str]) -> list[str]:
        return list(dict.fromkeys(names.get(p, p) for p in map(output_party, parties)))

    for i, ev in events:
        sent = doc.sentences[i]
        o_start, o_end = cleaned.span_to_original(sent.start, sent.end)
        # one trigger can carry several events ("2 million to Bangladesh and 1 million to Nepal")
        place = (sent.start, ev.trigger_start, ev.event_type)
        nth = seen[place] = seen.get(place, -1) + 1
        provider, recipient = named(ev.provider), named(ev.recipient)
        key = (raw.doc_id, *place) + ((nth,) if nth else ())
        rows.append({
            "event_id": _stable_id(*key),
            "doc_id": raw.doc_id, "event_type": ev.event_type, "status": ev.status,
            "provider": provider, "recipient": recipient, "vaccine": ev.vaccine,
            "quantity": ev.quantity, "quantity_unit": ev.quantity_unit,
            "quantity_qualifier": ev.quantity_qualifier, "event_date": ev.event_date,
            "date_text": ev.date_text, "evidence": ev.evidence, "trigger": ev.trigger,
            "confidence": ev.confidence,
            "sentence_start": o_start, "sentence_end": o_end,
            "provider_iso3": iso3(provider), "recipient_iso3": iso3(recipient), "fact_id": None,
        })
    return rows


def _mentions(doc_id: str, doc: Doc, sent: Sentence, cleaned: CleanText) -> list[dict[str, Any]]:
    rows = []
    for ent in doc.ents:
        if ent.label_ not in MENTION_LABELS:
            continue
        start, end = cleaned.span_to_original(sent.start + ent.start_char, sent.start + ent.end_char)
        rows.append({
            "doc_id": doc_id, "start": start, "end": end, "label": ent.label_, "text": ent.text,
            "normalised": ent._.canonical if ent.label_ != "DATE" else None,
            "confidence": mention_confidence(ent.label_, by_rule=bool(ent.ent_id_)),
        })
    for span in doc.spans.get("quantities", []):
        q = span._.quantity
        start, end = cleaned.span_to_original(sent.start + span.start_char, sent.start + span.end_char)
        rows.append({
            "doc_id": doc_id, "start": start, "end": end, "label": "QUANTITY", "text": span.text,
            "normalised": json.dumps({"value": q.value, "unit": q.unit, "qualifier": q.qualifier}),
            "confidence": mention_confidence("QUANTITY", by_rule=True, has_unit=q.text.split()[-1].isalpha()),
        })
    for i, row in enumerate(rows):
        row["mention_id"] = _stable_id(doc_id, row["start"], row["end"], row["label"])
    return rows
