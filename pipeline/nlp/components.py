"""Custom spaCy components of the pipeline; each factory takes typed keyword-only options."""

# No `from __future__ import annotations`: spaCy resolves factory signatures at run time.
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.countries import capital_states
from pipeline.normalise import canonical_party, find_quantities, party_table


def demonym_plural(tok: Token) -> bool:
    """A people named by its demonym's plural: "Iraqis", "Filipinos" (the entity rules label them NORP)."""
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNPS"


if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default=None)
if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)

PARTY_LABELS = ("GPE", "ORG", "NORP", "LOC")


class EntityFixes:
    """Fix the statistical model's known confusions and name every entity canonically.

    Writes: `doc.ents` (drops disease names tagged as ORG/GPE/PERSON, e.g. "COVID-19"; drops aliases
    used outside their sense, e.g. "the North" before "Korean"; joins a day cut from its year, "March 7, 2024"; cuts
    a day from the span of time after its comma, "Saturday, months after")
    and `Span._.canonical` on each GPE/ORG/NORP/VACCINE entity (the rule id where a rule matched, else the
    normalised text).
    """

    def __init__(self, *, not_entities: list[str], blocked_followers: dict[str, list[str]]) -> None:
        self.not_entities = {t.lower() for t in not_entities}
        self.blocked = {k.lower(): tuple(v) for k, v in blocked_followers.items()}

    def _keep(self, ent: Span) -> bool:
        text = ent.text.lower()
        if ent.label_ != "VACCINE" and (text in self.not_entities or text.split("-")[0] in self.not_entities):
            return False
        followers = self.blocked.get(text)
        if followers and ent.end < len(ent.doc) and ent.doc[ent.end].text.startswith(followers):
            return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        ents = [_without_dateline(e) for e in doc.ents if self._keep(e) and not _dateline_piece(e)]
        doc.ents = _joined_years([_cut_at_a_span_of_time(e) for e in ents])
        for ent in doc.ents:
            if ent.label_ == "VACCINE" or (ent.ent_id_ and ent.label_ in PARTY_LABELS):
                ent._.canonical = ent.ent_id_ or ent.text
            elif ent.label_ in PARTY_LABELS and ent.label_ != "LOC":
                ent._.canonical = canonical_party(ent.text)
        return doc


_DASHES = ("-", "\u2013", "\u2014")


def _in_capitals(tok: Token) -> bool:
    """A token a dateline may hold: a word in capitals, a number or a mark ("MANILA -", "LA PAZ, March 3")."""
    return tok.is_upper or not tok.is_alpha


def _capital_word(tok: Token) -> bool:
    """A word in capitals ("PAZ"), not a number or a mark."""
    return tok.is_upper and tok.is_alpha


def _dateline_piece(ent: Span) -> bool:
    """"LA PAZ - Russia has approved": the model may cut the place an article is filed from, in capitals at the
    head of its first sentence, into pieces ("LA", "PAZ") that name no party; a whole place stays ("NEW DELHI -")."""
    doc = ent.doc
    if ent.ent_id_ or not all(map(_in_capitals, doc[:ent.end])):
        return False
    after = next((t for t in doc[ent.end - 1:] if not _capital_word(t)), None)  # the model may take the dash
    dateline = after is not None and after.text in (*_DASHES, ",", "(")
    neighbours = list(doc[max(ent.start - 1, 0): ent.start]) + list(doc[ent.end: ent.end + 1])
    # ("JOHANNESBURG, June 30 - Africa has received": a city the model takes for an organisation, known to no table)
    unknown_city = ent.start == 0 and ent.label_ == "ORG" and ent.text.lower() not in party_table() and \
        ent.text.lower() not in capital_states()
    return dateline and (any(map(_capital_word, neighbours)) or unknown_city)


def _without_dateline(ent: Span) -> Span:
    """"MANILA - The Department of Health": the statistical model glues a dateline to the name after it."""
    for tok in ent[1:-1]:
        if tok.text in _DASHES and tok.whitespace_ and tok.i > 0 and tok.doc[tok.i - 1].whitespace_ \
                and all(map(_in_capitals, ent.doc[ent.start:tok.i])):
            return Span(ent.doc, tok.i + 1, ent.end, label=ent.label_)
    return ent


_SPANS_OF_TIME = frozenset({"days", "weeks", "months", "years"})


def _cut_at_a_span_of_time(ent: Span) -> Span:
    """"on Saturday, months after the government had said": the model may run a day into the span of time after its
    comma, which belongs to the clause that follows ("Saturday, months"); the day alone is the date."""
    if ent.label_ != "DATE":  # every entity of every parsed sentence asks: cheap first
        return ent
    doc = ent.doc
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start or ent.end >= len(doc) or \
            doc[ent.end].lower_ not in ("after", "before", "later", "earlier", "ago") or \
            not any(t.lower_ in _SPANS_OF_TIME for t in doc[comma + 1:ent.end]):
        return ent
    return Span(doc, ent.start, comma, label="DATE")


def _joined_years(ents: list[Span]) -> list[Span]:
    """"NAIROBI, March 7, 2024 -": the model may cut a day from its year ("March 7", "2024"), which then dates an event
    by its year alone; a day and the year after its comma are one date."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ == "DATE" and ent.start == last.end + 1 and \
                ent.doc[last.end].text == "," and len(ent) == 1 and ent[0].like_num and len(ent.text) == 4:
            out[-1] = Span(ent.doc, last.start, ent.end, label="DATE")
        else:
            out.append(ent)
    return out


@Language.factory("vaccine_entity_fixes", default_config={"not_entities": [], "blocked_followers": {}})
def make_entity_fixes(nlp: Language, name: str, *, not_entities: list[str],
                      blocked_followers: dict[str, list[str]]) -> EntityFixes:
    return EntityFixes(not_entities=not_entities, blocked_followers=blocked_followers)


class QuantityAnnotator:
    """Find counts of doses, people, vials and shipments.

    Writes: `doc.spans[spans_key]` with label = unit and `Span._.quantity` (a `normalise.Quantity`
    holding value, unit and qualifier).
    """

    def __init__(self, *, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        # "500,000 Iraqis": a people named by its demonym's plural is counted as people
        people = {t.idx: t.idx + len(t.text) for t in doc if demonym_plural(t)}
        # "925,000 Sri Lankans": the count stands before the whole name
        people.update((e.start_char, e.end_char) for e in doc.ents if e.label_ == "NORP" and demonym_plural(e[-1]))
        vaccines = {e.start_char for e in doc.ents if e.label_ == "VACCINE"}
        for q in find_quantities(doc.text, people, vaccines):
            span = doc.char_span(q.start, q.end, label=q.unit, alignment_mode="expand")
            if span is not None:
                span._.quantity = q
                spans.append(span)
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc


@Language.factory("vaccine_quantities", default_config={"spans_key": "quantities"})
def make_quantities(nlp: Language, name: str, *, spans_key: str) -> QuantityAnnotator:
    return QuantityAnnotator(spans_key=spans_key)
