"""Mends of the parser's known misreadings of clauses, before any rule reads the parse (`ClauseJoins`)."""

# No `from __future__ import annotations`: spaCy resolves factory signatures at run time.
from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.nlp.components import PARTY_LABELS
from pipeline.nlp.lexicon import lexicon

_FINITE = ("VBD", "VBZ", "VBP")
_BEFORE_VERB = ("aux", "auxpass", "neg", "advmod")


def _has_subject(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in [verb, *aux] for c in t.children)


def _word_before(verb: Token) -> Token:
    """The word before a verb's own auxiliaries, negation and adverbs ("and" in "and will instead buy")."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in _BEFORE_VERB and verb.doc[i].head == verb:
        i -= 1
    return verb.doc[i]


def stranded_subject(verb: Token) -> Token | None:
    """The name the parser joins to the first clause's last party when two clauses meet at "and": in "has pledged
    250,000 doses to Samoa and Canada has pledged 100,000 to Vanuatu" it makes Canada a conjunct of Samoa and leaves
    the second "pledged" without a subject. Both names are parties; the second stands right after the "and" and right
    before the finite verb (its auxiliaries and adverbs aside)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB" or _has_subject(verb):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ not in _FINITE and not any(a.tag_ in (*_FINITE, "MD") for a in aux):
        return None
    name = _word_before(verb)
    first = name.head
    before = verb.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    # ("received 600,000 doses on Tuesday and Nigeria got 3.9 million doses": or to the first verb itself)
    if name.dep_ == "conj" and first == verb.head and name.pos_ == "PROPN" and name.ent_type_ in PARTY_LABELS:
        return name if before is not None and before.lower_ == "and" and before.head == first else None
    # a pair of names only: in "Paraguay, Guatemala, and Nicaragua are next" the whole list is the subject
    # ("rejected a shipment of Sputnik V and Nigeria turned down 1 million doses": or a party joined to a word that is
    # none, a vaccine or the doses)
    if name.dep_ != "conj" or first.dep_ == "conj" or first.i >= name.i or first == verb.head or \
            not (name.pos_ == "PROPN" and name.ent_type_ in PARTY_LABELS) or first.pos_ not in ("PROPN", "NOUN") or \
            first not in list(verb.head.subtree):
        return None
    return name if before is not None and before.lower_ == "and" and before.head == first else None


def joined_past_a_report(verb: Token, reporting_verbs: frozenset[str]) -> Token | None:
    """The verb a clause with no subject of its own continues when the parser joins it to a report set in between:
    in "Yemen received 1 million doses last month, the WHO said, and will receive 1.5 million more" the second
    "receive" is Yemen's, not the WHO's; the verb the report is set into."""
    report = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or _has_subject(verb) or report.lower_ not in reporting_verbs or \
            report.dep_ != "parataxis" or not _has_subject(report) or report.i > verb.i:
        return None
    return report.head if report.head.pos_ in ("VERB", "AUX") and report.head.i < report.i else None


_EXPECTED = frozenset({"expected", "due", "scheduled", "slated"})


def count_expected(participle: Token) -> Token | None:
    """The count a participle of expectation is on when the parser hangs it on the count's giver: in "with a further
    100,000 from the United States expected on Saturday" what is expected is the 100,000, not the United States."""
    giver = participle.head
    if participle.dep_ != "acl" or participle.lower_ not in _EXPECTED or giver.dep_ != "pobj" or \
            giver.ent_type_ not in PARTY_LABELS or giver.head.lower_ != "from":
        return None
    counted = giver.head.head
    return counted if counted.like_num or counted.pos_ == "NOUN" and any(
        c.like_num for c in counted.children) else None


def doses_a_clause_is_on(clause: Token) -> Token | None:
    """The counted noun a relative clause on its object is about when the parser hangs it on the party after the
    noun: in "6 million more doses for Nigeria, which Bio-Manguinhos will deliver" what is delivered is the doses, not
    Nigeria. A party is what a clause's subject ("Nigeria, which received") is, not what it gives or receives."""
    party = clause.head
    if clause.dep_ != "relcl" or party.ent_type_ not in PARTY_LABELS or party.dep_ != "pobj" or \
            not any(c.lower_ in ("which", "that") and c.dep_ == "dobj" for c in clause.children):
        return None
    noun = party.head.head
    return noun if noun.pos_ == "NOUN" and noun.i < party.i and any(c.like_num for c in noun.subtree
                                                                  if c.i < party.head.i) else None


def clauses_beside_a_semicolon(verb: Token) -> tuple[Token, Token] | None:
    """The two verbs of clauses set side by side by a semicolon, each with a subject of its own, when the parser makes
    one a complement of the other: in "Kenya received 1 million doses on Monday; Uganda got 500,000 on Tuesday" the
    receiving is read as what "got" reports, in "Sudan expects 4.5 million doses; its first shipment arrived on March 3"
    the arriving as what Sudan expects. (first, second): the first is to be the root, the second beside it."""
    other = verb.head
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or not _has_subject(verb) or not _has_subject(other):
        return None
    doc = verb.doc
    if other.i > verb.i and other.dep_ == "ROOT":
        semicolon = verb.right_edge.i + 1
        return (verb, other) if semicolon < other.i and doc[semicolon].text == ";" and doc[semicolon].head == other \
            else None
    # (the parser may hang the semicolon on the second clause, as its first token)
    edge = verb.left_edge.i
    semicolon = edge if doc[edge].text == ";" else edge - 1
    return (other, verb) if other.i < semicolon and doc[semicolon].text == ";" else None


def deal_taken_for_a_verb(verb: Token, deal_verbs: frozenset[str]) -> Token | None:
    """The headline's verb the parser takes for a noun when "deal" follows it: in "Brazil signs deal for 100 million
    Pfizer doses" it reads "signs" as the subject of a verb "deal". The word taken for the noun ("signs"), one of the
    lexicon's `deal_verbs`."""
    if verb.lower_ not in ("deal", "deals") or verb.pos_ != "VERB" or verb.i == 0:  # every token asks: cheap first
        return None
    light = verb.doc[verb.i - 1]
    if light.head != verb or light.dep_ != "nsubj" or light.lower_ not in deal_verbs:
        return None
    return light if any(c.dep_ in ("nsubj", "compound") and c.ent_type_ in PARTY_LABELS for c in light.children) \
        else None


def verb_taken_for_a_noun(word: Token, headline_verbs: frozenset[str]) -> Token | None:
    """A headline's verb after its subject that the parser reads as a noun compounded with its object ("Japan pledges
    vaccine doses to Taiwan": "pledges" before "vaccine doses") or hangs as a clause on its object ("Zambia rejects
    Sputnik doses"), or reads as the subject of a participle before the object ("Tunisia rejects donated doses"): the
    head noun of the object."""
    if word.lower_ not in headline_verbs or word.i == 0:  # every token asks: cheap first
        return None
    subject = word.doc[word.i - 1]
    if subject.ent_type_ not in PARTY_LABELS or subject.head != word or subject.dep_ not in ("nsubj", "compound"):
        return None
    if word.tag_ == "NNS" and word.dep_ == "compound":
        obj = word.head
        while obj.dep_ == "compound" and obj.head != obj:
            obj = obj.head
    elif word.tag_ == "VBZ" and word.dep_ == "ccomp" and word.head.i > word.i:
        obj = word.head
    elif word.tag_ == "NNS" and word.dep_ == "nsubj" and word.head.i == word.i + 1 and word.head.tag_ == "VBD" \
            and word.head.dep_ == "ROOT":
        # ("Tunisia rejects donated doses near expiry": the verb read as the subject of the participle after it)
        participle = word.head
        return next((o for o in participle.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
    else:
        return None
    return obj if obj.dep_ == "ROOT" and obj.pos_ in ("NOUN", "PROPN") else None


def modal_taken_for_an_infinitive(verb: Token) -> Token | None:
    """The "and" before a verb with a modal of its own that the parser hangs as an infinitive of an earlier verb: in
    "has refused to allow AstraZeneca shots into the country, President Maduro said, and will instead buy more doses"
    it makes "buy" a complement of "refused" (refused to buy), where it is a second clause joined by "and". An
    infinitive takes no "will"."""
    if verb.dep_ != "xcomp" or verb.pos_ != "VERB" or _has_subject(verb):
        return None
    aux = [c for c in verb.children if c.dep_ == "aux"]
    if not any(a.tag_ == "MD" for a in aux) or any(a.lower_ == "to" for a in aux):
        return None
    conj = _word_before(verb)
    return conj if conj.lower_ == "and" and conj.dep_ == "cc" and conj.head in (verb.head, *verb.head.children) \
        else None


class ClauseJoins:
    """Mend eight misparses of clauses: a subject taken for a conjunct of the first clause's last party
    (`stranded_subject`), a clause joined to a report set in between (`joined_past_a_report`), a participle of
    expectation hung on a count's giver (`count_expected`), a relative clause on counted doses hung on the party they
    are for (`doses_a_clause_is_on`), one of two clauses beside a semicolon made a complement of the other
    (`clauses_beside_a_semicolon`), a headline's "signs deal" read as a noun and a verb (`deal_taken_for_a_verb`), a
    headline's verb read as a noun before its object or as a clause on it (`verb_taken_for_a_noun`), a verb with a
    modal of its own after "and" hung as an infinitive (`modal_taken_for_an_infinitive`).

    Writes: the heads of the stranded name (now the subject of its verb) and of the "and" before it (now joining the
    two verbs); the head of a clause joined past a report (now the verb reported); the head of the participle (now
    the count); the head of the relative clause (now the doses); the heads and labels of the two clauses beside a
    semicolon (the first the root, the second beside it, "parataxis"); for "signs deal", the verb's part of speech,
    tag and place (its clause's head) and the deal's (its object, a noun), the party before the verb its subject; for
    a headline's verb taken for a noun, the verb's part of speech, tag and place (the root), its object's head and
    label, the party before it its subject, and a participle it was read as the subject of, now on the object; for a
    modal taken for an infinitive, the verb's label ("conj") and the head of the "and" (the verb it joins)."""

    def __init__(self) -> None:
        self.reporting_verbs = lexicon().reporting_verbs
        self.headline_verbs = lexicon().headline_verbs
        self.deal_verbs = lexicon().deal_verbs

    def __call__(self, doc: Doc) -> Doc:
        for verb in doc:
            name = stranded_subject(verb)
            if name is not None:
                conj = doc[name.left_edge.i - 1]
                name.head, name.dep_ = verb, "nsubj"
                conj.head = verb.head
            counted = count_expected(verb)
            if counted is not None:
                verb.head = counted
            doses = doses_a_clause_is_on(verb)
            if doses is not None:
                verb.head = doses
            beside = clauses_beside_a_semicolon(verb)
            if beside is not None:
                first, second = beside
                if first.dep_ != "ROOT":
                    first.head, first.dep_ = first, "ROOT"
                second.head, second.dep_ = first, "parataxis"
            light = deal_taken_for_a_verb(verb, self.deal_verbs)
            if light is not None:
                light.head, light.dep_ = verb.head if verb.head != verb else light, verb.dep_
                light.pos_, light.tag_ = "VERB", "VBZ"
                verb.head, verb.dep_, verb.pos_, verb.tag_ = light, "dobj", "NOUN", "NN"
                for c in light.children:
                    if c.dep_ == "compound" and c.ent_type_ in PARTY_LABELS:
                        c.dep_ = "nsubj"
            obj = verb_taken_for_a_noun(verb, self.headline_verbs)
            if obj is not None:
                participle = verb.head if verb.dep_ == "nsubj" else None  # "rejects donated doses"
                verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBZ"
                obj.head, obj.dep_ = verb, "dobj"
                doc[verb.i - 1].head, doc[verb.i - 1].dep_ = verb, "nsubj"
                if participle is not None:
                    participle.head, participle.dep_, participle.tag_ = obj, "amod", "VBN"
            conj = modal_taken_for_an_infinitive(verb)
            if conj is not None:
                verb.dep_ = "conj"
                conj.head = verb.head
            reported = joined_past_a_report(verb, self.reporting_verbs)
            if reported is not None:
                for c in [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]:
                    c.head = reported
                verb.head = reported
        return doc


@Language.factory("clause_joins")
def make_clause_joins(nlp: Language, name: str) -> ClauseJoins:
    return ClauseJoins()
