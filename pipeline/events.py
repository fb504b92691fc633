"""Events: triggers, roles, status and fields of EVENTS.md, read off the dependency parse."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.normalise import country_names, number_value, qualifier_before, resolve_date

# a body every state has, named without its state ("the Health Ministry"; "Health" of "Health Minister X")
_GENERIC_BODY = re.compile(r"^(?:the )?(?:(?:(?:health|foreign|finance|federal|national|central) )?"
                           r"(?:ministry|department|government|authorities|cabinet)"
                           r"(?: of (?:health|public health|foreign affairs))?|health|finance)$", re.I)
_DAY_TIME = re.compile(r"(?:last|this|tomorrow|yesterday) (?:night|morning|afternoon|evening)|tonight", re.I)
# pronouns that stand for a person or an unnamed group ("given to those in need"), never for a state or agency
_NO_PARTY_PRONOUNS = frozenset({"i", "you", "he", "she", "who", "which", "that", "what", "those", "others", "everyone",
                                "anyone"})
_MAKING_VERBS = frozenset({"developed", "made", "produced", "manufactured"})
REPORTING = {"said", "says", "say", "told", "tell", "added", "reported", "announced", "stated", "noted", "claimed",
             "confirmed", "according", "tweeted", "wrote", "explained", "declared", "revealed", "indicated"}


@dataclass(frozen=True)
class Lexicon:
    """Word lists that steer role and status decisions (`patterns/lexicon.json`)."""

    vaccine_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    descriptions: frozenset[str]
    plan_words: frozenset[str]
    future_aux: frozenset[str]
    negating_heads: frozenset[str]
    admin_nominal_heads: frozenset[str]
    people_nouns: frozenset[str]
    group_nouns: frozenset[str]
    giver_triggers: frozenset[str]
    motion_triggers: frozenset[str]
    manufacturers: dict[str, str]
    program_nouns: frozenset[str]
    negating_objects: frozenset[str]
    restriction_nouns: frozenset[str]
    needs_negation: frozenset[str]
    progressive_future: frozenset[str]
    withholding_triggers: frozenset[str]
    capacity_heads: frozenset[str]
    object_bound_triggers: frozenset[str]
    state_nouns: frozenset[str]
    offer_nouns: frozenset[str]
    country_descriptions: frozenset[str]
    approval_words: frozenset[str]
    producers: frozenset[str]
    organisation_descriptions: frozenset[str]
    pause_verbs: frozenset[str]
    future_triggers: frozenset[str]
    promise_nouns: frozenset[str]
    asking_verbs: frozenset[str]
    hedge_words: frozenset[str]
    cancel_verbs: frozenset[str]
    deal_triggers: frozenset[str]
    spreading_triggers: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the packaged lexicon."""
    raw = json.loads(resources.files("pipeline.nlp").joinpath("patterns/lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(**{k: (v if isinstance(v, dict) else frozenset(v)) for k, v in raw.items()})


@dataclass
class Event:
    """One extracted event with the fields of EVENTS.md section 2 and the features behind its confidence."""

    event_type: str
    status: str
    provider: list[str]
    recipient: list[str]
    vaccine: list[str]
    quantity: float | None
    quantity_unit: str | None
    quantity_qualifier: str | None
    event_date: str | None
    date_text: str | None
    evidence: str
    trigger: str
    trigger_start: int
    features: dict[str, float] = field(default_factory=dict)
    confidence: float = 0.0
    unnamed_recipient: bool = False  # "to other countries": the sentence names the receivers as a group (EVENTS.md 6.6)


@dataclass(frozen=True)
class Context:
    """What an event needs from outside its sentence."""

    published: date | None = None
    previous_parties: tuple[str, ...] = ()
    previous_events: tuple["Event", ...] = ()
    refers_back: bool = False
    focus_party: str | None = None  # the country the article is mostly about
    previous_vaccine_related: bool = False
    is_headline: bool = False


# --- small parse helpers -------------------------------------------------------------------------


def _ent_of(tok: Token) -> Span | None:
    doc = tok.doc
    if tok.ent_type_:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    return None


def _parties_in(tokens: Iterable[Token], makers: bool = False) -> list[str]:
    """Canonical party names of GPE/ORG/NORP entities that start inside `tokens`.

    With `makers`, a vaccine named where a party stands ("a deal with Johnson & Johnson") is its maker.
    """
    out: list[str] = []
    seen_ents: set[int] = set()
    for tok in tokens:
        ent = _ent_of(tok)
        if ent is None or ent.start in seen_ents:
            continue
        seen_ents.add(ent.start)
        if ent.label_ == "VACCINE" and makers and ent.root.dep_ in ("pobj", "conj", "dobj", "nsubj", "appos", "compound",
                                                                   "poss", "nmod"):
            maker = lexicon().manufacturers.get(ent._.canonical or "")
            if maker and maker not in out:
                out.append(maker)
            continue
        if ent.label_ not in ("GPE", "ORG", "NORP") and not (ent.label_ == "LOC" and ent.ent_id_):
            continue  # a region counts only when named as one ("Africa"), not "the region"
        if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("-", "–") or ent.text.endswith("-"):
            continue  # "WHO-recommended", "UN-backed", "US-based" describe, they do not act
        name = ent._.canonical
        if ent.label_ == "NORP" and not _stands_for_state(ent):
            continue  # "the Indian firm", "Chinese-made": a nationality that does not act
        if name and name not in out:
            out.append(name)
    return out


def _stands_for_state(ent: Span) -> bool:
    """A nationality stands for its country when it names the state's people or organs ("Iranian leader")."""
    if not ent.ent_id_:
        return False
    head = ent.root.head if ent.root.dep_ in ("amod", "compound", "nmod") else ent.root
    return head.i == ent.root.i and ent.root.pos_ in ("PROPN", "NOUN") or head.lower_ in lexicon().state_nouns


def _origin(tokens: Iterable[Token]) -> list[str]:
    """Countries a vaccine is said to come from: "Russian vaccine", "Russia's Sputnik V", "American and British vaccines"."""
    out: list[str] = []
    for tok in tokens:
        if not (_is_vaccine_token(tok) or tok.lower_ in lexicon().supply_nouns):
            continue
        for c in tok.children:
            # "American and British vaccines", "American Pfizer Covid-19 vaccines": the modifiers before the noun
            mods = [m for m in c.subtree if m.i < tok.i and (m == c or m.dep_ in ("conj", "compound", "amod", "nmod"))]
            for m in mods:
                ent = _ent_of(m)
                if ent is None or not ent.ent_id_ or m.dep_ not in ("amod", "compound", "nmod", "conj"):
                    continue
                if ent.label_ == "NORP" and ent._.canonical and ent._.canonical not in out:
                    out.append(ent._.canonical)
    return out


def _is_vaccine_token(tok: Token) -> bool:
    return tok.lower_ in lexicon().vaccine_nouns or tok.ent_type_ == "VACCINE"


def _head_chain(tok: Token, max_hops: int = 6) -> list[Token]:
    out, cur = [], tok
    for _ in range(max_hops):
        if cur.head == cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _governor(tok: Token) -> Token:
    """The verb (or adjective) that governs a trigger: itself, or up through nouns and prepositions."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _auxiliaries(tok: Token) -> set[str]:
    """The auxiliaries of a verb, lower-cased: "will", "have", "be", the "to" of an infinitive."""
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


_CLAUSES = ("relcl", "ccomp", "advcl", "csubj", "parataxis", "acl", "conj")


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions `preps` in the phrase of `tok`, not inside embedded clauses.

    Finds "to Y" wherever the parser attached it: "supplied X as gifts to Y", "vaccines for free to Y".
    """
    out: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ in _CLAUSES or (c.pos_ == "VERB" and c.dep_ not in ("amod", "pcomp", "xcomp")):
                continue
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
                out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") and "to" in preps:
                out.append(c)
            if c.dep_ not in ("nsubj", "nsubjpass"):
                stack.append(c)
    return out


def _takers(root: Token, preps: tuple[str, ...]) -> list[Token]:
    """Who a giving verb gives to: its indirect object and the objects of `preps`."""
    return _prep_objects(root, preps) + _children(root, ("dative",))


def _objects_within(heads: list[Token], preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> list[Token]:
    """Objects of the prepositions `preps` anywhere under `heads`, embedded clauses included, unlike
    `_prep_objects`: "the doses offered to Nepal by COVAX", "shipments that were organised under COVAX"."""
    return [g for h in heads for t in h.subtree if t.dep_ in deps and t.lower_ in preps
            for g in t.children if g.dep_ == "pobj"]


def _subject(tok: Token) -> list[Token]:
    """Subject of a verb, inherited from the controlling verb for infinitives and participles.

    "Peru wants to buy", "the AU, which announced an agreement to buy", "Brazil likely to suspend a
    contract to buy": the subject is found up the chain of controlling verbs and nouns.
    """
    cur = tok
    for _ in range(6):
        subj = _children(cur, ("nsubj", "csubj") if cur == tok else ("nsubj", "csubj", "nsubjpass"))
        if subj:
            if cur.dep_ == "relcl" and subj[0].lower_ in ("which", "that", "who"):
                return [cur.head]
            return subj
        if cur.dep_ == "relcl" or (cur.dep_ == "xcomp" and cur.head.dep_ == "ROOT" and cur.head.pos_ in ("PROPN", "NOUN")):
            return [cur.head]  # "doses, which arrived"; the headline "UK to donate 20 million doses"
        if cur.dep_ == "acl" and cur.tag_ == "VB":  # "a contract to buy": the contract's holder buys
            noun = cur.head
            if noun.dep_ in ("dobj", "attr", "pobj") and noun.head != noun:
                cur = noun.head if noun.dep_ != "pobj" else noun.head.head
                continue
            return []
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and cur.head != cur:
            if cur.dep_ == "ccomp" and cur.head.lower_ in REPORTING:
                break  # "Domingo said should there be another donation": the speaker does not donate
            cur = cur.head
            continue
        break
    return []


def _fill_roles(into: Event, other: Event) -> None:
    """Fill `into`'s empty provider or recipient from `other`, never putting a party on both sides."""
    if not into.provider:
        into.provider = [p for p in other.provider if p not in into.recipient]
    if not into.recipient and not into.unnamed_recipient:
        into.recipient = [p for p in other.recipient if p not in into.provider]


# --- the extractor -------------------------------------------------------------------------------


class EventExtractor:
    """Turns a parsed sentence (`doc.ents`, `doc.spans["triggers"]`, `doc.spans["quantities"]`) into events."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or lexicon()

    # licensing: is this trigger about vaccines?
    def _vaccine_linked(self, trig: Span, sentence_has_vaccine: bool, ctx: Context) -> tuple[bool, float]:
        root = trig.root
        near = list(root.subtree)
        gov = _governor(root)
        if root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("amod", "compound"):
            near += list(root.head.subtree) if root.head != root else []
        if any(_is_vaccine_token(t) for t in near if t.i != root.i or trig.label_ == "administration"):
            return True, 1.0
        objs = _children(root, ("dobj", "nsubjpass", "nsubj", "attr")) + _prep_objects(root, ("of", "for")) + \
            _subject(root) + ([root.head] if root.dep_ == "acl" else [])
        if any(_is_vaccine_token(o) for o in objs):  # "doses are scheduled to arrive", "vaccines, procured by"
            return True, 0.9
        if any(o.lower_ in self.lex.supply_nouns for o in objs) and (sentence_has_vaccine or ctx.previous_vaccine_related):
            return True, 0.6
        if gov != root and any(_is_vaccine_token(t) for t in gov.subtree):
            return True, 0.5
        if root.dep_ in ("relcl", "acl") and any(_is_vaccine_token(t) for t in root.head.subtree if t.i < root.i):
            return True, 0.5  # "a total of 6.4m vaccine doses to be shipped": the parser hangs it on "total"
        return False, 0.0

    def _licensed(self, trig: Span, sentence_has_vaccine: bool, ctx: Context) -> tuple[bool, float]:
        root, tid = trig.root, trig.id_
        if trig.label_ != "purchase" and self._about_approval(root):
            return False, 0.0
        if any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("arm", "arms") for g in c.children)
               for c in root.children):
            return False, 0.0  # "get those doses into arms" speaks of vaccinating, in general
        if any(c.lower_ in self.lex.approval_words for c in _children(root, ("dobj", "nsubjpass"))):
            return False, 0.0  # "a new EUA should be secured": what is secured is an approval
        if trig.label_ == "administration" and any(h.lower_ in self.lex.capacity_heads for h in _head_chain(root, 2)):
            return False, 0.0  # "enough to vaccinate 20,000 people" states a capacity, not an event
        if trig.label_ == "administration" and tid in ("vaccinate", "inoculate", "immunize", "jab", "roll out"):
            if root.dep_ == "compound" and root.head.lower_ in self.lex.program_nouns:
                root = root.head
            if root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("compound", "amod"):
                if root.dep_ in ("compound", "amod") and tid != "roll out":
                    return False, 0.0
                if root.dep_ == "pobj" and root.head.lower_ in ("to", "for", "towards"):
                    return False, 0.0  # "donated doses to the country's vaccination programme": where doses go
                has_owner = any(c.dep_ == "poss" for c in root.children)
                head_ok = any(h.lower_ in self.lex.admin_nominal_heads for h in _head_chain(root, 3))
                if tid == "roll out":
                    return sentence_has_vaccine, 0.7
                return (has_owner or head_ok), 0.6
            return True, 1.0
        if any(e.start <= root.i < e.end and e.label_ not in ("DATE", "CARDINAL", "QUANTITY", "VACCINE")
               for e in trig.doc.ents):
            return False, 0.0  # "African Vaccine Acquisition Trust" names an organisation
        if root.dep_ == "amod" and root.tag_ == "VBN":
            return False, 0.0  # "the sent vaccine doses", "the donated vaccine" refer to an event stated before
        if tid == "use" or tid in self.lex.object_bound_triggers:
            objs = _children(root, ("dobj", "nsubjpass", "dative")) + _prep_objects(root, ("of", "for", "with"))
            if any(c.dep_ == "auxpass" for c in root.children):
                objs += _subject(root)
            bound = any(_is_vaccine_token(t) or t.lower_ in self.lex.supply_nouns for o in objs for t in o.subtree)
            nouns = {t.root.i for t in trig.doc.spans["triggers"] if t.root.pos_ in ("NOUN", "PROPN")}
            if not bound and sentence_has_vaccine and any(o.i in nouns for o in objs):
                bound = True  # "signed a deal ... to deliver doses": the deal carries the vaccines
            return bound, 0.7
        if self._gives_something_else(trig):
            return False, 0.0  # "sent a note to Russia's fund", "has provided additional evidence"
        if tid == "campaign" or (tid == "order" and root.pos_ == "VERB" and _children(root, ("xcomp",))):
            return False, 0.0  # "ordered diplomats to make vaccine acquisition a priority" is a command
        doc = root.doc
        if root.lower_ == "order" and 0 < root.i < len(doc) - 1 and doc[root.i - 1].lower_ == "in" \
                and doc[root.i + 1].lower_ == "to":
            return False, 0.0  # "in order to deliver"
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "pobj" and root.head.lower_ in ("under", "per"):
            return False, 0.0  # "under a deal signed last month, Russia will ship": the deal is the frame
        if tid == "supply" and root.pos_ == "NOUN":  # "vaccine supply to Bangladesh", not "limited supply"
            return any(c.dep_ == "compound" and _is_vaccine_token(c) for c in root.children) and \
                bool(_prep_objects(root, ("to", "by", "from"))), 0.6
        if self._cancelled_deal(trig):  # "chose to suspend the contract": the deal was stated before, its end is new
            return sentence_has_vaccine or ctx.previous_vaccine_related, 0.6
        if root.pos_ in ("NOUN", "PROPN") and self._back_reference(trig):
            return False, 0.0
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("dobj", "nsubjpass") and \
                any(t.root.i == root.head.i for t in trig.doc.spans["triggers"]):
            return False, 0.0  # "rejected the US offer", "received the first shipment": one happening
        return self._vaccine_linked(trig, sentence_has_vaccine, ctx)

    def _gives_something_else(self, trig: Span) -> bool:
        """A verb of giving or sending whose object is plainly not vaccines: "sent a note", "provided evidence"."""
        root = trig.root
        if trig.label_ not in ("delivery", "offer") or root.pos_ != "VERB":
            return False
        objs = _children(root, ("dobj",)) or (_children(root, ("nsubjpass",)) if trig.label_ == "delivery" else [])
        if any(_is_vaccine_token(t) for o in _prep_objects(root, ("with",)) for t in o.subtree):
            return False  # "provide the continent with enough doses"
        return bool(objs) and all(
            o.pos_ == "NOUN" and o.lower_ not in self.lex.supply_nouns | self.lex.offer_nouns | self.lex.promise_nouns
            and not any(_is_vaccine_token(t) for t in o.subtree) for o in objs)

    def _about_approval(self, root: Token) -> bool:
        """"approved the emergency use", "gets a nod to import", "given the jab the all-clear": approvals are not events."""
        if any(h.lower_ in self.lex.approval_words for h in _head_chain(root, 3)):
            return True
        if any(c.lower_ in self.lex.approval_words for h in [root] + _head_chain(root, 2)
               for c in _children(h, ("dobj", "attr", "nsubjpass"))):  # "a new EUA should be secured"
            return True
        return root.lower_ in ("use", "used") and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may") for c in root.children)

    @staticmethod
    def _back_reference(trig: Span) -> bool:
        """"The deal", "these deliveries": a noun that refers back to an event already stated.

        "The arrival of the vaccines" is not one: a delivery noun with its own "of" phrase states the event.
        """
        root = trig.root
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in root.children):
            return False
        if trig.label_ in ("delivery", "administration") and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                 for c in root.children):
            return False
        own = [t for t in root.subtree if t.i != root.i]
        named = any(t.ent_type_ in ("VACCINE", "GPE", "ORG") or t.like_num for t in own)
        return not named

    def _cancelled_deal(self, trig: Span) -> bool:
        """"suspend the contract", "the import of Pfizer vaccines has been canceled", "cancel half of its order"."""
        root = trig.root
        return trig.id_ in self.lex.deal_triggers and root.pos_ in ("NOUN", "PROPN") and \
            any(h.lower_ in self.lex.cancel_verbs for h in _head_chain(root, 3))

    def _event_type(self, trig: Span) -> str:
        root, tid = trig.root, trig.id_
        if self._cancelled_deal(trig):
            return "purchase"  # cancelling a contract or an import is a negated purchase (EVENTS.md 6.9)
        if tid in ("receive", "get") and any(o.lower_ in self.lex.promise_nouns for o in _children(root, ("dobj",))):
            return "offer"  # "received a supply commitment from Merck": what arrived is a promise
        if trig.label_ == "delivery" and self._asked_to_pause(root) is not None:
            return "rejection"  # "will ask that all vaccine donations be paused"
        if tid in ("receive", "get") and trig.label_ == "delivery":
            subj = _subject(root)
            objs = _children(root, ("dobj",))
            people = any(s.lower_ in self.lex.people_nouns for s in subj)
            shot = any(o.lower_ in ("shot", "shots", "jab", "jabs", "dose", "doses", "booster") and
                       any(c.lower_ in ("first", "second", "third", "booster", "both", "single", "one", "two")
                           for c in o.children) and not any(c.like_num and c.lower_ not in ("one", "two")
                                                            for c in o.subtree) for o in objs)
            person = any(s.lower_ in ("he", "she") or s.ent_type_ == "PERSON" for s in subj) and \
                not any(o.lower_ in self.lex.supply_nouns for o in objs)  # "he would opt to receive", not "a shipment"
            got_vaccinated = tid == "get" and any(s.lower_ == "vaccinated" for s in trig.doc[trig.end:trig.end + 1])
            if people or shot or person or got_vaccinated:
                return "administration"
        if tid in self.lex.withholding_triggers and _prep_objects(root, ("to",)):
            return "administration"  # "China refuses immunizations to defectors": withholding, not refusing
        if tid in ("provide", "give", "share", "provided"):  # "Australia provides doses": giving now is a
            return "offer" if self._planned(root) else "delivery"  # delivery, "will be provided" a promise
        return trig.label_

    def _asked_to_pause(self, root: Token) -> Token | None:
        """The verb asking for deliveries to be paused or stopped ("asked that donations be paused"):
        the asking party turns them down."""
        chain = [root] + _head_chain(root, 4)
        paused = [i for i, t in enumerate(chain) if t.lower_ in self.lex.pause_verbs]
        return next((t for t in chain[paused[0] + 1:] if t.lower_ in self.lex.asking_verbs), None) if paused else None

    # status
    def _planned(self, tok: Token) -> bool:
        if tok.dep_ in ("relcl", "acl") and {"to", "be"} <= _auxiliaries(tok):
            return True  # "6.4m doses to be shipped"
        chain = [tok] + _head_chain(tok, 4)
        for i, t in enumerate(chain):
            if t.lower_ in REPORTING and i > 0:
                break
            kids = list(t.children)
            if _auxiliaries(t) & self.lex.future_aux:
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "once", "when") for c in kids) and i < 2:
                return True
            if t != tok and t.lower_ in self.lex.plan_words and (t.lower_ != "going" or _children(t, ("xcomp",))):
                return True  # "is going to deliver", not "our rollout is going unhindered"
            if any(c.dep_ in ("amod", "acomp") and c.lower_ in ("planned", "expected", "upcoming", "future", "proposed",
                                                                 "scheduled", "likely", "possible", "potential")
                   for c in kids):
                return True
            infinitive = t.dep_ == "relcl" and "to" in _auxiliaries(t)
            if t.dep_ not in ("xcomp", "aux", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "acomp", "pcomp",
                              "compound", "conj", "attr", "advcl", "acl", "ccomp") and not infinitive:
                break  # "he will be the first to get inoculated": the infinitive takes the tense of "will be"
        return False

    def _hedged(self, tok: Token) -> bool:
        """"is likely to give", "may offer": an offer only spoken of as possible."""
        return any(t.lower_ in self.lex.hedge_words or
                   any(c.dep_ in ("aux", "acomp", "advmod") and c.lower_ in self.lex.hedge_words for c in t.children)
                   for t in [tok] + _head_chain(tok, 3))

    @staticmethod
    def _headline_infinitive(trig: Span) -> bool:
        """"African Union to buy 400 million shots": a headline's bare infinitive announces a plan."""
        root = trig.root
        top = root.dep_ == "ROOT" or (root.head.dep_ == "ROOT" and root.head.pos_ not in ("VERB", "AUX"))
        return top and "to" in _auxiliaries(root)

    def _progressive_future(self, trig: Span) -> bool:
        """"The vaccine is coming on Wednesday", "we are getting 20 lakh doses": present for future."""
        root = trig.root
        return (trig.id_ in self.lex.progressive_future and root.tag_ == "VBG"
                and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s") for c in root.children))

    def _negated(self, tok: Token, event_type: str) -> bool:
        auxiliaries = _auxiliaries(tok)
        if "have" in auxiliaries and auxiliaries & {"should", "would", "could", "might"}:
            return True  # "doses that should have been administered already": it did not happen
        if event_type != "rejection" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and any(
                c.dep_ == "dobj" and c.lower_ in self.lex.restriction_nouns for c in tok.head.head.children):
            return True  # "put temporary controls on vaccine exports"
        chain = [tok] + _head_chain(tok, 3)
        for i, t in enumerate(chain):
            if t.lower_ in REPORTING and i > 0:
                break
            if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                   or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))  # "no longer accept"
                   for c in t.children):
                return True
            if i > 0 and t.lower_ in self.lex.negating_heads and event_type != "rejection":
                return True
            if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in self.lex.negating_objects
                                                                  for g in c.children) for c in t.children):
                return True
            if t.dep_ not in ("xcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "acomp", "pcomp", "compound", "aux",
                              "acl"):
                break
        if "to" in _auxiliaries(tok) and tok.dep_ == "xcomp" and \
                any(c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.head.children):
            return True  # "the doses are yet to be handed over"
        if any(t.dep_ == "prep" and t.lower_ == "on" and any(g.lower_ in self.lex.negating_objects for g in t.children)
               for t in tok.subtree):
            return True  # "put the use of AstraZeneca's shot on hold"
        if any(t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in t.head.children)
               for t in [tok] + _head_chain(tok, 3)):
            return True  # "had not paid, nor were any vaccines provided"
        objs = _children(tok, ("dobj", "nsubjpass"))
        return any(any(c.lower_ in ("no", "not") for c in o.children) for o in objs)

    # roles
    def _resolve(self, toks: list[Token], ctx: Context, before: int, exclude: Iterable[str] = (),
                 makers: bool = False, role: str = "recipient") -> list[str]:
        """Parties named in `toks`, or the party a pronoun or description there ("the country") stands for.

        A description resolves to a party of its kind ("the country" to a country, "the firm" to an
        organisation): first one named earlier in the sentence, then one of the previous sentence,
        preferring the party that played the same `role` in its events.
        """
        # "several countries in Europe": where an unnamed group is placed does not name it
        placed = {t.i for tok in toks if tok.lower_ in self.lex.group_nouns for p in _children(tok, ("prep",))
                  if p.lower_ in ("in", "across", "from") for t in p.subtree}
        parties = _parties_in((t for tok in toks for t in tok.subtree if t.i not in placed), makers=makers)
        if parties:
            return parties
        exclude = set(exclude)
        for tok in toks:
            words = {t.lower_ for t in tok.subtree} if tok.pos_ != "PRON" else {tok.lower_}
            if words & self.lex.descriptions or tok.pos_ == "PRON":
                if tok.lower_ in _NO_PARTY_PRONOUNS:
                    return []
                fits = self._kind_filter(words)
                earlier = [p for p in _parties_in(t for t in tok.doc[:min(before, tok.i)] if t.ent_type_ in ("GPE", "ORG"))
                           if p not in exclude and fits(p)]
                same_role = [p for e in ctx.previous_events for p in (e.recipient if role == "recipient" else e.provider)]
                previous = [p for p in dict.fromkeys(same_role + list(ctx.previous_parties))
                            if p not in exclude and fits(p)]
                focus = [ctx.focus_party] if ctx.focus_party and ctx.focus_party not in exclude and fits(ctx.focus_party) \
                    else []
                for candidates in (earlier, focus if set(focus) & set(previous) else [], previous, focus):
                    if candidates:
                        return candidates[:1]
                return []
        return []

    def _kind_filter(self, words: set[str]) -> Callable[[str], bool]:
        """Which parties a description can stand for: countries for "the country", others for "the firm"."""
        if words & self.lex.country_descriptions:
            return lambda p: p in country_names()
        if words & self.lex.organisation_descriptions:
            return lambda p: p not in country_names()
        return lambda p: True

    def _roles(self, trig: Span, event_type: str, ctx: Context) -> tuple[list[str], list[str], float, bool]:
        """Provider, recipient, how much of them the sentence states, and whether it names the receivers
        only as a group ("shared with other countries"), which no other sentence then fills."""
        provider, recipient, evidence = self._raw_roles(trig, event_type, ctx)
        # "share 55 million doses globally": doses shared out go to many, so no other sentence names the receiver
        unnamed = not recipient and event_type in ("offer", "delivery") and (
            self._to_group(trig.root) or trig.id_ in self.lex.spreading_triggers)
        # "the Health Ministry", "the government": the article's country, or nobody when it has none
        state = [ctx.focus_party] if ctx.focus_party else []
        provider = list(dict.fromkeys(q for p in provider for q in (state if _GENERIC_BODY.search(p) else [p])))
        recipient = list(dict.fromkeys(q for p in recipient for q in (state if _GENERIC_BODY.search(p) else [p])))
        # "the doses arrived", "the Indian firm has supplied 70 lakh doses": in, or to, the article's country
        arrives = trig.id_ in self.lex.motion_triggers | {"receive", "get"} or event_type in ("purchase", "request",
                                                                                               "rejection")
        # a headline has no sentence before it to name the receiver
        supplied = event_type in ("delivery", "offer") and bool(provider) and not ctx.is_headline
        if not recipient and not unnamed and ctx.focus_party and ctx.focus_party not in provider \
                and event_type != "administration" and (arrives or supplied):
            recipient = [ctx.focus_party]
        own_people = not (recipient and provider) and event_type in ("offer", "delivery") and \
            self._to_own_people(trig.root)
        if own_people:  # "Bahrain will give the public free vaccines": giver and receiver, as in administration
            recipient = recipient or [p for p in provider if p in country_names()]
            provider = provider or [p for p in recipient if p in country_names()]
        if not provider and event_type != "administration":
            provider = [p for p in self._channel(trig.root) if p not in recipient]
        if not provider and event_type in ("delivery", "purchase"):
            provider = [p for p in self._developers(trig.doc) if p not in recipient]
        if event_type != "administration" and not own_people:  # a party does not give to itself
            provider = [p for p in provider if p not in recipient]
        return provider, recipient, evidence, unnamed

    @staticmethod
    def _developers(doc: Doc) -> list[str]:
        """Makers the sentence names for its vaccine ("the vaccine developed by China's Sinopharm company")."""
        agents = [a for t in doc if t.dep_ == "acl" and t.lower_ in _MAKING_VERBS and _is_vaccine_token(t.head)
                  for a in t.children if a.dep_ == "agent"]
        return _parties_in((t for a in agents for t in a.subtree), makers=True)

    def _to_group(self, root: Token) -> bool:
        """"pledged to share with other countries", "earmarked for poorer nations": receivers left unnamed."""
        takers = _takers(root, ("to", "for", "with"))
        return any(t.lower_ in self.lex.group_nouns and not _parties_in(t.subtree) for t in takers)

    def _to_own_people(self, root: Token) -> bool:
        """"give the public free vaccines", "provided to all citizens": a state supplying its own people."""
        takers = _takers(root, ("to",))
        # the parser often reads "the public free vaccines" as one phrase
        takers += [t for o in _children(root, ("dobj",)) for t in o.children if t.i > 0 and t.nbor(-1).lower_ == "the"]
        return any(t.lower_ in self.lex.people_nouns | {"public"} for t in takers)

    @staticmethod
    def _channel(root: Token) -> list[str]:
        """Organisations the doses go through: "supplied through the COVAX Facility", "sent as part of the
        COVAX programme", "shipments that were organised under COVAX"; they supply when no one else is named."""
        objs = _prep_objects(root, ("through", "via", "under"))
        objs += [g for a in _prep_objects(root, ("as",)) if a.lower_ == "part" for g in _prep_objects(a, ("of",))]
        objs += _objects_within(_children(root, ("dobj", "nsubjpass")), ("through", "via", "under"))
        return [p for p in _parties_in(t for o in objs for t in o.subtree) if p not in country_names()]

    def _raw_roles(self, trig: Span, event_type: str, ctx: Context) -> tuple[list[str], list[str], float]:
        root, tid = trig.root, trig.id_
        passive = _passive(root) or (
            root.dep_ == "acl" and root.tag_ == "VBN")  # "the doses offered to Nepal by COVAX"
        subj = [] if passive else _subject(root)
        if root.pos_ in ("NOUN", "PROPN") and not subj:
            owner = _children(root, ("poss",)) + [c for c in root.children if c.dep_ == "compound" and c.ent_type_]
            gov = _governor(root)
            announced = root.dep_ == "dobj" and root.head == gov  # "Khamenei announced a ban on ...": his ban
            subj = owner or (_subject(gov) if gov != root and (gov.lower_ not in REPORTING or announced) else [])
        agent = _prep_objects(root, ("by",))
        to = _prep_objects(root, ("to", "for", "into", "towards"))
        frm = _prep_objects(root, ("from", "with", "through", "via"))
        loc = _prep_objects(root, ("in", "at", "across", "within"))
        with_obj = _children(root, ("dobj", "dative"))
        evidence = 0.0
        if event_type == "administration":
            provider = self._resolve(subj or agent, ctx, root.i, role="provider")
            recipient = [p for p in _parties_in(t for o in loc for t in o.subtree)]
            if tid in self.lex.withholding_triggers and to:  # "denies vaccines to defectors from North Korea":
                return provider, _parties_in(to), 1.0 if provider else 0.0  # the people named, not their origin
            provider = [p for p in provider if p not in ("WHO", "UNICEF")] or provider
            if not provider and recipient:  # "vaccinations in Kenya": Kenya vaccinates, a region does not
                provider = [p for p in recipient if p in country_names()]
            if not recipient and provider and not any(s.lower_ in self.lex.people_nouns for s in subj):
                recipient = provider[:]
            fallback = ctx.focus_party or next((p for p in ctx.previous_parties if p in country_names()), None)
            group = any(s.lower_ in self.lex.group_nouns for s in subj)  # "several countries in Europe have ..."
            if not provider and not recipient and fallback and not group:
                return [fallback], [fallback], 0.3
            return provider, recipient, 1.0 if provider else 0.0
        if tid in self.lex.motion_triggers:
            recipient = self._resolve(loc + to, ctx, root.i) if (loc or to) else []
            provider = _parties_in(t for o in frm for t in o.subtree)
            return provider, recipient, 0.5 * bool(recipient) + 0.5 * bool(provider)
        gives = tid in self.lex.giver_triggers and event_type != "rejection"  # not "asked that donations be paused"
        if gives or (event_type == "offer" and trig.label_ == "offer"):  # not "received a commitment"
            provider = self._resolve(agent if passive else subj, ctx, root.i, role="provider") if (agent or subj) else []
            if passive:  # "the shipment of vaccines to Mongolia was delivered"
                to = to + [x for subj_tok in _children(root, ("nsubjpass",)) for x in _prep_objects(subj_tok, ("to", "for"))]
            shared_with = _prep_objects(root, ("with",)) if tid == "share" else []  # "sharing vaccines with Honduras"
            recipient = _parties_in(t for o in shared_with for t in o.subtree) or \
                self._resolve(to, ctx, root.i, exclude=provider)
            if not recipient and with_obj and any(c.dep_ == "prep" and c.lower_ == "with" for c in root.children):
                recipient = _parties_in(t for o in with_obj for t in o.subtree)
            if not recipient:
                recipient = _parties_in(t for o in _children(root, ("dative",)) for t in o.subtree)
            if not recipient and loc:  # "provided to all citizens within the kingdom"
                recipient = self._resolve(loc, ctx, root.i, exclude=provider)
            if passive and not recipient:
                recipient = []
            evidence = 0.5 * bool(provider) + 0.5 * bool(recipient)
            return provider, recipient, evidence
        # receiver-acts triggers: receive, get, import, purchase, request, rejection
        recipient = self._resolve(agent if passive and agent else (subj if not passive else []), ctx, root.i)
        if not recipient and passive and event_type == "rejection":
            recipient, offered_by = self._rejected_offer(root, ctx)
            if offered_by and not frm:
                return offered_by, recipient, 0.5 + 0.5 * bool(recipient)
        if root.pos_ in ("NOUN", "PROPN") and not frm:  # "made a deal with J&J": the light verb holds "with"
            frm = _prep_objects(_governor(root), ("with", "from"))
        # "from Oxford/AstraZeneca, Sputnik V, Pfizer": a list holding a vaccine no company is named after lists vaccines
        brands = any(e is not None and e.label_ == "VACCINE" and e._.canonical not in self.lex.manufacturers
                     for o in frm for e in map(_ent_of, o.subtree))
        provider = _parties_in((t for o in frm for t in o.subtree), makers=not brands)
        if event_type == "purchase" and provider and not set(provider) & self.lex.producers:
            sellers = _parties_in((t for s in (subj if not passive else agent) for t in s.subtree), makers=True)
            if set(sellers) & self.lex.producers:  # "J&J entered into a deal with AVAT": the maker sells
                return [p for p in sellers if p in self.lex.producers], provider, 1.0
        objects = _children(root, ("dobj", "nsubjpass"))
        if not provider:  # "a batch ... offered by COVAX", "jabs donated by China"
            provider = _parties_in(t for o in objects for a in o.subtree if a.dep_ == "agent"
                                   for t in a.subtree)
        if not provider:  # buying or receiving "Russia's Sputnik V" is from Russia; "COVAX doses" from COVAX
            # (refusing "China's Sinovac" refuses a vaccine, not a supplier)
            provider = _parties_in(t for o in objects for t in o.subtree
                                   if t.dep_ == "poss" and t.ent_type_ in ("GPE", "ORG") and event_type != "rejection"
                                   or t.dep_ == "compound" and t.ent_type_ == "ORG")
        if not provider:  # "rejected the US offer", "the Canadian offer": whoever owns the offer gives
            owners = [t for o in objects if o.lower_ in self.lex.offer_nouns for t in o.children
                      if t.dep_ in ("compound", "poss", "amod")]
            provider = _parties_in(t for o in owners for t in o.subtree) or \
                [e._.canonical for e in map(_ent_of, owners) if e is not None and e.label_ == "NORP" and e.ent_id_]
        if not provider:  # "Hungary receives Russian vaccine", "bans American and British vaccines", "the import of
            of = _prep_objects(root, ("of",)) if root.pos_ in ("NOUN", "PROPN") else []  # American vaccines"
            provider = _origin(t for o in objects + of for t in o.subtree)
        if not provider and event_type == "purchase":  # "buy 400 million J&J shots": bought from the maker
            provider = _parties_in((t for o in objects for t in o.subtree if t.ent_type_ == "VACCINE"), makers=True)
        if tid == "sell":
            provider, recipient = recipient, _parties_in(t for o in to for t in o.subtree)
        evidence = 0.5 * bool(provider) + 0.5 * bool(recipient)
        return provider, recipient, evidence

    @staticmethod
    def _rejected_offer(root: Token, ctx: Context) -> tuple[list[str], list[str]]:
        """Recipient and provider of a passive rejection with no agent ("the batches were rejected").

        The doses name them when they can ("the doses offered to DPR Korea by COVAX may be relocated");
        otherwise they are the recipient of the event just stated, or the party named last.
        """
        doses = _children(root, ("nsubjpass",))
        to = _objects_within(doses, ("to", "for"), ("prep", "dative"))
        by = _objects_within(doses, ("by",), ("agent",))
        recipient = _parties_in(t for o in to for t in o.subtree)
        provider = _parties_in(t for o in by for t in o.subtree)
        if not recipient:
            recipient = next((e.recipient[:1] for e in ctx.previous_events if e.recipient), list(ctx.previous_parties[:1]))
        return recipient, [p for p in provider if p not in recipient]

    # fields
    def _vaccines(self, trig: Span) -> list[str]:
        doc = trig.doc
        gov = _governor(trig.root)
        scope = {t.i for t in gov.subtree}
        inside = [e._.canonical for e in doc.ents if e.label_ == "VACCINE" and e.start in scope
                  and not self._set_aside(e.root)]
        chosen = inside or [e._.canonical for e in doc.ents if e.label_ == "VACCINE"]
        return list(dict.fromkeys(c for c in chosen if c))

    @staticmethod
    def _set_aside(tok: Token) -> bool:
        """"Aside from Sinopharm, 813,150 doses of Pfizer arrived": a vaccine named only to be set apart."""
        return any(h.lower_ in ("besides", "except", "excluding") or
                   h.lower_ == "from" and h.head.lower_ in ("aside", "apart") for h in _head_chain(tok, 3))

    def _quantity(self, trig: Span, taken: set[int]) -> Span | None:
        spans = list(trig.doc.spans.get("quantities", []))
        if not spans:
            return None
        root = trig.root
        scope = {t.i for t in _governor(root).subtree}

        wanted = ("people", "doses") if trig.label_ == "administration" else ("doses", "vials")

        def rank(s: Span) -> tuple[int, int, int, int]:
            return (0 if s.root.i in scope else 1, 0 if s.label_ in wanted else 1, 1 if s.start in taken else 0,
                    abs(s.root.i - root.i))

        return min(spans, key=rank)

    def _date(self, trig: Span, ctx: Context, planned: bool) -> tuple[str | None, str | None]:
        dates = [e for e in trig.doc.ents if (e.label_ == "DATE" or e.label_ == "TIME" and _DAY_TIME.fullmatch(e.text))
                 and not re.search(r"\b(years?|months?|weeks?|days?) (old|long)\b|^\d+ (years|months|weeks|days)$",
                                   e.text.lower())]
        root = trig.root
        # "6.2 million doses have arrived since July 22": a period's start does not date the event
        dates = [e for e in dates if not (e.start > 0 and e.doc[e.start - 1].lower_ == "since")]
        # "Under a deal signed last month, Russia will ship": a date inside another clause dates that clause's verb
        # ("an application to receive vaccines in January" is the trigger's own clause)
        dates = [e for e in dates if not any(c.dep_ in ("acl", "relcl", "advcl") and c.head != root
                                             and root not in c.subtree for c in [e.root] + _head_chain(e.root, 6))]
        if not dates:
            return None, None
        best = min(dates, key=lambda e: abs(e.start - root.i))
        doc = trig.doc
        if best.start > 0 and doc[best.start - 1].ent_type_ == "ORDINAL" and best.label_ == "DATE" \
                and best.root.pos_ == "PROPN":  # "7th November 2022": the model leaves the day out
            best = doc[best.start - 1:best.end]
        return resolve_date(best.text, ctx.published, "future" if planned else "past"), best.text

    def extract(self, sent_doc: Doc, ctx: Context) -> list[Event]:
        """Events of one sentence, parsed on its own (the pipeline's span groups live on the Doc)."""
        triggers = list(sent_doc.spans.get("triggers", []))
        if not triggers:
            return []
        has_vaccine = any(_is_vaccine_token(t) for t in sent_doc)
        candidates = []
        for trig in triggers:
            ok, link = self._licensed(trig, has_vaccine, ctx)
            if not ok:
                continue
            candidates.append((trig, self._event_type(trig), link))
        candidates = self._drop_embedded(candidates)
        events: list[Event] = []
        taken: set[int] = set()
        by_type: dict[str, list[Event]] = {}
        for trig, etype, link in candidates:
            root = trig.root
            asking = self._asked_to_pause(root) if etype == "rejection" and trig.label_ == "delivery" else None
            anchor = asking if asking is not None else root  # the asking holds the status, not the pausing
            planned = self._planned(anchor) or self._progressive_future(trig) or self._headline_infinitive(trig) \
                or trig.id_ in self.lex.future_triggers  # "we expect more vaccines in May"
            negated = self._negated(anchor, etype)
            if trig.id_ in self.lex.needs_negation:  # "would no longer accept" is a rejection
                if not negated:
                    continue
                etype, negated = "rejection", False
            if trig.label_ == "rejection" and etype == "administration":
                negated = True
            if etype == "offer" and planned and not self._hedged(anchor):
                planned = False  # "will donate", "plans to give": the promise is made now (EVENTS.md 6.3)
            status = "negated" if negated else "planned" if planned else "asserted"
            provider, recipient, role_ev, unnamed = self._roles(trig, etype, ctx)
            qspan = self._quantity(trig, taken)
            q = qspan._.quantity if qspan is not None else None
            event_date, date_text = self._date(trig, ctx, planned)
            ev = Event(
                event_type=etype, status=status, provider=provider, recipient=recipient,
                vaccine=self._vaccines(trig), quantity=q.value if q else None, quantity_unit=q.unit if q else None,
                quantity_qualifier=q.qualifier if q else None, event_date=event_date, date_text=date_text,
                evidence=sent_doc.text, trigger=trig.text, trigger_start=trig.start_char, unnamed_recipient=unnamed,
            )
            # "received its first shipment and will get more deliveries", "despite the arrival ..., the doses are yet
            # to be handed over": a verb with its own tense or negation is its own event
            same = [e for e in by_type.get(etype, []) if e.status == status or root.pos_ != "VERB"
                    or (e.features.get("verb") != 1.0 and status != "negated")]
            # one happening unless each has its own count: "donated two million doses, and the three shipments arrived"
            if same and (q is None or any(e.quantity in (None, q.value) or e.quantity_unit != q.unit for e in same)):
                self._merge(same[0], ev)
                continue
            for sibling in by_type.get(etype, [])[:1]:  # "received from China and will get more": the same parties
                _fill_roles(ev, sibling)
            self._inherit_roles(ev, ctx, passive=_passive(root))
            if qspan is not None:
                taken.add(qspan.start)
            ev.features = self._features(trig, etype, link, role_ev, ev, has_vaccine, ctx)
            by_type.setdefault(etype, []).append(ev)
            events.append(ev)
            if qspan is not None and etype in ("delivery", "offer"):
                events.extend(self._split_by_destination(ev, qspan))
        return events

    @staticmethod
    def _split_by_destination(ev: Event, qspan: Span) -> list[Event]:
        """"607,230 doses will go to Manila, 102,920 to Davao": each further count with its own destination
        is its own event (EVENTS.md 6.1); the first event keeps the destinations no other count claims.
        """
        doc = qspan.doc
        dates = {t.i for e in doc.ents if e.label_ == "DATE" for t in e}
        spans = {s.start: s for s in doc.spans.get("quantities", [])}
        extra: list[Event] = []
        i = qspan.end
        while i < len(doc) - 2:
            tok = doc[i]
            if not tok.like_num or tok.i in dates:
                i += 1
                continue
            if i in spans:  # "1 million" already read as a count
                value, j = spans[i]._.quantity.value, spans[i].end
            else:
                j = i + 1
                mult = doc[j].lower_ if doc[j].lower_ in ("million", "billion", "lakh", "crore", "thousand") else ""
                value, j = number_value(tok.text, mult), j + bool(mult)
            if j + 1 >= len(doc) or doc[j].lower_ != "to":
                i += 1
                continue
            target = doc[j + 2] if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else doc[j + 1]
            parties = _parties_in([target])
            if parties and value:
                extra.append(Event(**{**ev.__dict__, "recipient": parties[:1], "quantity": value,
                                      "quantity_qualifier": qualifier_before(doc[:i].text),
                                      "features": dict(ev.features)}))
            i = j + 1
        claimed = {p for e in extra for p in e.recipient}
        if extra and any(p not in claimed for p in ev.recipient):
            ev.recipient = [p for p in ev.recipient if p not in claimed]
        return extra

    @staticmethod
    def _inherit_roles(ev: Event, ctx: Context, passive: bool = False) -> None:
        """A role the sentence leaves open is taken from an event of the sentence just before."""
        if passive and not ev.provider and ev.event_type in ("offer", "delivery"):
            # "Some 14 million doses were earmarked for ...": the giver of the sentence before
            ev.provider = next((p.provider for p in ctx.previous_events if p.event_type == ev.event_type
                                and p.provider and not set(p.provider) & set(ev.recipient)), [])
        if ev.event_type == "administration" or not ctx.refers_back:
            return
        for prev in ctx.previous_events:
            if prev.event_type != "administration" and (ev.event_type != "purchase" or prev.event_type == "purchase"):
                _fill_roles(ev, prev)

    @staticmethod
    def _merge(into: Event, other: Event) -> None:
        if not into.vaccine:
            into.vaccine = other.vaccine
        _fill_roles(into, other)
        if into.quantity is None and other.quantity is not None:
            into.quantity, into.quantity_unit, into.quantity_qualifier = (
                other.quantity, other.quantity_unit, other.quantity_qualifier)
        if into.event_date is None and other.event_date is not None:
            into.event_date, into.date_text = other.event_date, other.date_text
        into.features["n_triggers"] = into.features.get("n_triggers", 1) + 1

    @staticmethod
    def _drop_embedded(cands: list[tuple[Span, str, float]]) -> list[tuple[Span, str, float]]:
        """A deal or pledge with an infinitive is one event, typed by the main predicate.

        "pledged to send", "signed a deal to deliver", "made a deal with J&J to supply": the embedded
        delivery is dropped when a governing word, or the object of a governing verb, is an offer,
        purchase, request or rejection trigger.
        """
        keep = []
        types = {c[0].root.i: c[1] for c in cands}
        governing = ("offer", "purchase", "request", "rejection")
        for trig, etype, link in cands:
            cur, drop = trig.root, False
            for _ in range(3):
                if cur.dep_ not in ("xcomp", "acl", "relcl", "advcl", "prep", "pobj", "pcomp") or cur.head == cur:
                    break
                cur = cur.head
                near = [cur] + [c for c in cur.children if c.dep_ in ("dobj", "attr")]
                near += [g for c in cur.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
                if any(types.get(t.i) not in (None, etype) and types.get(t.i) in governing for t in near):
                    drop = True
                    break
            if not drop:
                keep.append((trig, etype, link))
        return keep

    def _features(self, trig: Span, etype: str, link: float, role_ev: float, ev: Event, has_vaccine: bool,
                  ctx: Context) -> dict[str, float]:
        root = trig.root
        return {
            f"type_{etype}": 1.0,
            "link": link,
            "roles": role_ev,
            "has_vaccine_name": float(bool(ev.vaccine)),
            "has_quantity": float(ev.quantity is not None),
            "verb": float(root.pos_ in ("VERB", "AUX")),
            "noun": float(root.pos_ in ("NOUN", "PROPN")),
            "sentence_vaccine": float(has_vaccine),
            "headline": float(ctx.is_headline),
            "long_sentence": float(len(trig.doc) > 45),
            "status_planned": float(ev.status == "planned"),
            "status_negated": float(ev.status == "negated"),
            "ambiguous_trigger": float(trig.id_ in ("get", "give", "supply", "secure", "order", "return", "share",
                                                   "deal", "contract", "sign", "come", "bring", "land", "provide")),
        }
