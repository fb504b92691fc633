"""Batching: a batch of documents through cleaning, the parser and extraction, into table rows."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.clean import CleanText, clean
from pipeline.confidence import ConfidenceModel, load_model
from pipeline.extract.document import read_events
from pipeline.ingest import RawDocument
from pipeline.normalise import parse_published
from pipeline.sentences import Sentence, candidate_sentences, split_sentences

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
class _Prepared:
    raw: RawDocument
    cleaned: CleanText
    sentences: list[Sentence]
    candidates: list[int]


def _prepare(raw: RawDocument) -> _Prepared:
    cleaned = clean(raw.text)
    sentences = split_sentences(cleaned.text)
    return _Prepared(raw, cleaned, sentences, candidate_sentences(sentences))


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
            events, mentions = _extract(prep, docs, model, keep_features)
        except Exception as exc:  # noqa: BLE001
            failed = RawDocument(prep.raw.source_path, prep.raw.doc_id, text=prep.raw.text, status="failed",
                                 error=f"extraction failed: {type(exc).__name__}: {exc}", meta=prep.raw.meta)
            result.documents.append(document_row(failed, version=version))
            continue
        result.events.extend(events)
        result.mentions.extend(mentions)
        result.documents.append(document_row(prep.raw, n_events=len(events), version=version))
    return result


def _extract(prep: _Prepared, docs: dict[int, Doc], model: ConfidenceModel,
             keep_features: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    raw, cleaned = prep.raw, prep.cleaned
    events: list[dict[str, Any]] = []
    seen: dict[tuple[int, int, str], int] = {}
    for i, ev in read_events(cleaned.text, prep.sentences, docs, parse_published(raw.meta.get("published"))):
        sent = prep.sentences[i]
        o_start, o_end = cleaned.span_to_original(sent.start, sent.end)
        # one trigger can carry several events ("2 million to Bangladesh and 1 million to Nepal")
        place = (sent.start, ev.trigger_start, ev.event_type)
        nth = seen[place] = seen.get(place, -1) + 1
        key = (raw.doc_id, *place) + ((nth,) if nth else ())
        row = {
            "event_id": _stable_id(*key),
            "doc_id": raw.doc_id, "event_type": ev.event_type, "status": ev.status,
            "provider": ev.provider, "recipient": ev.recipient, "vaccine": ev.vaccine,
            "quantity": ev.quantity, "quantity_unit": ev.quantity_unit,
            "quantity_qualifier": ev.quantity_qualifier, "event_date": ev.event_date,
            "date_text": ev.date_text, "evidence": ev.evidence, "trigger": ev.trigger,
            "confidence": model.event(ev.features), "sentence_start": o_start, "sentence_end": o_end,
        }
        if keep_features:
            row["features"] = ev.features
        events.append(row)
    mentions = [m for i, doc in docs.items() for m in _mentions(raw.doc_id, doc, prep.sentences[i], cleaned, model)]
    return events, mentions


def _mentions(doc_id: str, doc: Doc, sent: Sentence, cleaned: CleanText,
              model: ConfidenceModel) -> list[dict[str, Any]]:
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
