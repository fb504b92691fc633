"""Fields: vaccine, quantity and date of an event, read off its sentence with the normalisers."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.extract.records import Context, Event
from pipeline.extract.syntax import (
    auxiliaries,
    children,
    clause_verb,
    clauses_of,
    climb,
    counted_doses,
    dateline,
    dependants,
    entities,
    free_participle,
    gerund_of_time,
    governor,
    has_own_subject,
    has_own_tense,
    head_chain,
    infinitive_top,
    is_passive,
    is_vaccine_token,
    joined_happenings,
    lone_quantifier,
    names_a_part,
    names_doses,
    objects_within,
    other_parties_clauses,
    participle_clauses,
    participle_happenings,
    parties_in,
    prep_objects,
    ranked_batch,
    relative_clauses,
    relative_pronoun,
    set_against,
    set_aside,
    subject_of_its_own,
    subtree_ids,
    timed_clause,
    timed_happenings,
    timed_words,
    tokens,
    told_apart,
    trigger_roots,
    trigger_spans,
)
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import Quantity, country_names, number_value, qualifier_before, resolve_date

MULTIPLIER_WORDS = ("million", "billion", "lakh", "crore", "thousand")  # a count's word after its number
_DAY_TIME = re.compile(r"(?:last|this|tomorrow|yesterday|" + "|".join(calendar.day_name) +
                       r") (?:night|morning|afternoon|evening)|tonight", re.I)


# fields
def vaccines(trig: Span) -> list[str]:
    doc = trig.doc
    scope = own_clause(trig.root)
    # "expects 3.2 million doses from COVAX and is negotiating with Russia for Sputnik V": a verb joined by "and"
    # with a tense of its own tells another happening, and its vaccine is that one's
    others = joined_happenings(trig.root) | other_happenings_on_parties(trig)
    # "China has pledged a further 500,000 doses, while Pakistan has bought 1 million doses of CanSino": a clause with a
    # subject of its own set against the trigger's names its own vaccine
    others |= other_parties_clauses(trig.root)
    # ("received 500,000 doses of the Moderna vaccine, allowing it to give second doses to people who got a first shot
    # of AstraZeneca": nor a free participle with a trigger of its own)
    others |= participle_happenings(trig.root)
    # ("in addition to doses Russia has promised to send": nor, for a relative clause with a named subject of its own,
    # anything outside the words for the doses it is on)
    # (not "4 million more that Myanmar has bought", more of the same)
    if (held := _named_clause_on(trig.root)) is not None and held.lower_ not in _MORE_WORDS:
        others |= set(range(len(doc))) - subtree_ids(held)
    # ("signed a contract with Pfizer for 100 million doses, and a contract with Janssen for 38 million doses": nor a
    # noun of another happening the parser joins to the trigger's verb, its verb left out)
    others |= {t.i for c in children(trig.root, ("conj",)) if c.pos_ == "NOUN" and c.i in trigger_roots(doc)
               for t in c.subtree}
    # ("has signed a deal with China's Sinovac for 1.9 million doses and expects 8 million doses through COVAX", the
    # headline "Zimbabwe refuses AstraZeneca, gets more Chinese shots": nor the words of the verb of another happening
    # a verb with an object of its own is joined to, the object of each not a pronoun, nor more of the same ("received
    # its first shipment of vaccines developed by Sinopharm and will get more deliveries soon")
    head, objects = trig.root.head, children(trig.root, ("dobj",))
    more = any(c.lower_ in _MORE_WORDS for o in objects for c in dependants(o)) and \
        not any(t.ent_type_ for o in objects for t in o.subtree)
    if trig.root.dep_ == "conj" and trig.root.pos_ == "VERB" and head.pos_ == "VERB" and head.i in trigger_roots(doc) \
            and all(o.pos_ in ("NOUN", "PROPN") for o in objects + children(head, ("dobj",))) \
            and objects and children(head, ("dobj",)) and not more:
        others |= {t.i for t in head.subtree} - {t.i for t in trig.root.subtree}
    # "received 192,000 doses of AstraZeneca through COVAX and says it will buy more from Russia": nor the clause a
    # verb of saying the trigger is told under is joined to, in another tense (not "and plans to begin vaccinating")
    joined_to = climb(governor(trig.root), ("ccomp", "xcomp"))
    if joined_to.dep_ == "conj" and joined_to.lower_ in lexicon().reporting_verbs and \
            _finite_tenses(joined_to, joined_to.head):
        others |= {t.i for t in joined_to.head.subtree} - {t.i for t in joined_to.subtree}
    # "asked China to supply Sinopharm after India stopped exports of AstraZeneca": a clause of time tells its own
    # happening, though where the trigger's clause names no vaccine, one named there is most often the same
    timed = timed_happenings(trig.root)
    # ("receives first vaccines after turning down AstraZeneca": but not one a clause or gerund of time refuses)
    refusals = trigger_roots(doc, lambda t: t.label_ == "rejection")
    if trig.label_ != "rejection":
        others |= {i for name, test, words in (("clauses of time", timed_clause, timed_words),
                                               ("gerunds of time", gerund_of_time, None))
                   for clause in clauses_of(doc, name, test, words) if trig.root.i not in clause and refusals & clause
                   for i in clause}
    inside = [e._.canonical for e in entities(doc) if e.label_ == "VACCINE" and e.start in scope - others - timed
              and not set_aside(e.root)]
    root = trig.root
    # "approved a request from Nigeria for 4.9 million doses of yellow fever vaccine, and a request from Mozambique for
    # 900,000 doses of oral cholera vaccine": a noun that names a vaccine in its own phrase asks for that one
    phrase = {t.i for t in root.subtree} if root.pos_ in ("NOUN", "PROPN") else set()
    inside = [e._.canonical for e in entities(doc) if e.label_ == "VACCINE" and e.start in phrase
              and e._.canonical in inside] or inside
    top = climb(root, ("xcomp",))  # ("doses of Sinovac, which are expected to arrive": or the clause its infinitive is in)
    if not inside and top.dep_ in ("acl", "relcl") and top.head != top:
        # "declined 756,000 AstraZeneca doses offered through COVAX": the doses a clause is on name its vaccine
        held = {t.i for t in top.head.subtree} - {t.i for t in top.subtree}
        inside = [e._.canonical for e in entities(doc) if e.label_ == "VACCINE" and e.start in held]
    # "and 250,000 doses of a Chinese vaccine have been promised by Beijing", "and another vaccine": a vaccine the
    # trigger's clause does not name, but not one named elsewhere either
    if not inside and not _unnamed_vaccines(doc).isdisjoint(scope):
        return []
    chosen = inside or [e._.canonical for e in entities(doc) if e.label_ == "VACCINE" and e.start not in others
                        and not set_aside(e.root)]
    # "Nepal has been offered 1.5 million Moderna doses by the United States, and China has promised a further 800,000
    # doses": nor a maker's vaccine of the clause another party's own clause, counting doses of its own, is joined to
    # (not "and Poland donated 500,000", more of the same; nor "of rabies vaccine", what every clause speaks of)
    # ("but Myanmar has yet to receive any of the 2 million doses": the clause an infinitive is part of)
    # ("has bought 300,000 doses of the Sinopharm vaccine, while the president rejected an offer of vaccines from the
    # EU": nor in a clause with a subject of its own set against the sentence's)
    if not inside and (subject_of_its_own(clause_verb(root)) and any(counted_doses(t) for t in tokens(doc) if t.i in scope)
                       or any(set_against(h) and has_own_subject(h) for h in [root, *head_chain(root, 6)])):
        chosen = [c for c in chosen if c not in lexicon().manufacturers]
    return list(dict.fromkeys(c for c in chosen if c))


def _named_clause_on(root: Token) -> Token | None:
    """The words for the doses a relative clause a trigger tells in (up its infinitives) is on, when its subject is a
    name or a noun of its own, not a relative pronoun ("doses Russia has promised to send"; "100,000 doses of the
    AstraZeneca vaccine that Lithuania donated": the doses the vaccine's are of)."""
    clause = climb(root, ("xcomp",))
    if clause.dep_ != "relcl" or clause.head == clause or not any(
            s.pos_ in ("PROPN", "NOUN") and not relative_pronoun(s) for s in children(clause, ("nsubj", "nsubjpass"))):
        return None
    doses = clause.head
    while doses.dep_ == "pobj" and doses.head.lower_ == "of" and doses.head.head.pos_ in ("NOUN", "NUM"):
        doses = doses.head.head
    return doses


def _finite_tenses(verb: Token, other: Token) -> bool:
    """Two verbs in different finite tenses, a present and a past ("received ... and says")."""
    present, past = ("VBZ", "VBP"), ("VBD",)
    return verb.tag_ in present and other.tag_ in past or verb.tag_ in past and other.tag_ in present


def _unnamed_vaccines(doc: Doc) -> set[int]:
    """The token indexes of "a vaccine", "another vaccine" in the sentence (found once per sentence: every trigger
    asks)."""
    found = doc.user_data.get("unnamed vaccines")
    if found is None:
        found = doc.user_data["unnamed vaccines"] = {
            t.i for t in tokens(doc) if t.lower_ in ("vaccine", "vaccines") and t.ent_type_ != "VACCINE"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in dependants(t))}
    return found


def own_clause(root: Token) -> set[int]:
    """The token indexes of a trigger's clause, without the clauses joined to it that have their own subject
    (and count, and vaccine): "will get 500,000 doses of Sinopharm, while talks on a supply of Covishield
    continue"."""
    gov = governor(root)
    return set(subtree_ids(gov)) - {i for c in dependants(gov) if has_own_subject(c) for i in subtree_ids(c)}


def in_other_clause(tok: Token, root: Token) -> bool:
    """Whether `tok` is inside a clause that does not hold the trigger `root`: a relative or participle clause, an
    adverbial clause, or a verb joined by "and" ("Under a deal signed last month, Russia will ship"), or a copula so
    joined with a subject of its own ("will send 1 million doses, and another 400,000 are due on Friday")."""
    # ("has asked the United States for more vaccines after Washington donated 2.5 million doses last week": a clause of
    # time with a subject of its own, wherever it hangs)
    return any((c.dep_ in ("acl", "relcl", "advcl") and (c.head != root or timed_clause(c)) or c.dep_ == "conj" and (
        c.pos_ == "VERB" or c.pos_ == "AUX" and has_own_subject(c))) and root not in c.subtree
               for c in [tok] + head_chain(tok, 6))


def fraction_of(count: Token, root: Token) -> bool:
    """"would give 9 percent of its order of 94 million doses", "arrived on Sunday, part of a contract for 38 million
    doses": a count inside the "of" of a fraction or a part is the whole a part is taken from, not what the trigger
    counts."""
    for h in head_chain(count, 6):
        if h == root:
            return False
        # (not "part of the 80 million doses pledged by the US", where the trigger is the whole's own)
        whole = names_a_part(h.head)
        # ("were part of 102,000 that the African Union donated": a clause the parser hangs on the part is on the whole)
        on_whole = root.dep_ == "relcl" and root.head == h.head
        if h.dep_ == "prep" and h.lower_ == "of" and whole and root not in h.subtree and not on_whole:
            return True
    return False


def population_of(count: Token) -> bool:
    """"in the country of 9 million", "a nation of 1.4 billion people", "with a population of 212 million": how many
    live in a country, not how many doses or people an event counts."""
    place = count.head.head if count.dep_ == "pobj" and count.head.lower_ == "of" else None
    return place is not None and (place.lower_ in lexicon().country_descriptions or place.ent_type_ == "GPE"
                                  or place.lower_ == "population")


def harm_tally(count: Token, root: Token) -> bool:
    """"an outbreak that has killed 25 people", "2 million people infected": how many an illness struck, not how many
    doses or people an event counts (the trigger's own clause aside: "vaccinated 58,000 people")."""
    before = count.doc[count.left_edge.i - 1] if count.left_edge.i > 0 else None
    # (the word before it, too: "an epidemic that has killed 39 people spreads" parses the people as the spreading)
    return any(h.lower_ in lexicon().harm_verbs and root not in h.subtree for h in [count, *head_chain(count, 4)]) or \
        any(c.dep_ == "acl" and c.lower_ in lexicon().harm_verbs for c in dependants(count)) or \
        before is not None and before.lower_ in lexicon().harm_verbs and before != root


def part_of_which(count: Token, root: Token) -> bool:
    """"a deal to buy 15 million doses, of which 4 million have arrived": the count of a part, in a clause of its
    own, is not the count of a trigger outside that clause."""
    for h in [count, *head_chain(count, 5)]:
        if h == root:
            return False
        if h.dep_ == "relcl" and root not in h.subtree and any(
                t.lower_ in ("which", "whom") and t.head.lower_ == "of" for t in h.subtree):
            return True
    return False


def _part_of_them(root: Token) -> bool:
    """"would share some of them with its neighbours", "has yet to receive any": a part of doses named before, of no
    count the sentence gives."""
    return any(not o.like_num and any(p.pos_ == "PRON" for p in prep_objects(o, ("of",)))
               or lone_quantifier(o) for o in children(root, ("dobj",)))


def quantity_span(trig: Span, taken: set[int], event_type: str) -> Span | None:
    """The span of the trigger's count: in its own clause first, then of the unit its event counts (people for an
    administration, whatever word it was read from: "has given first doses to 40 million people"), not taken by
    another trigger, nearest."""
    # "deliver them in two batches", "in three deliveries": how the doses came, not a count of them
    spans = [s for s in trig.doc.spans.get("quantities", []) if not (
        s.label_ == "shipments" and s.root.dep_ == "pobj" and s.root.head.lower_ == "in")]
    root = trig.root
    # "received 2,000 doses last week and has asked for more": it counts its own; so does an infinitive of such a verb
    # ("received 14,400 doses through COVAX and has started negotiations with the Gamaleya Institute to buy Sputnik V")
    if has_own_tense(top := infinitive_top(root)):
        spans = [s for s in spans if s.root in top.subtree]
    # "received 500,000 doses on Monday and will begin inoculating health workers": a verb joined by "and" in the
    # future, and what it begins, count their own; so does another party's clause ("China has donated 1.1 million
    # doses, and Russia has agreed to supply Sputnik V")
    # ("got 1 million Sinovac doses, whereas Laos is still waiting for its COVAX allocation": a noun's, the verb's
    # that governs it)
    clause = clause_verb(root)
    if clause.dep_ == "conj" and clause.pos_ == "VERB" and auxiliaries(clause) & {"will", "would", "shall"} or \
            clause.pos_ == "VERB" and subject_of_its_own(clause):
        spans = [s for s in spans if s.root in clause.subtree]
    # "and Nigeria and Chad have also submitted requests": a bare noun, the object of a verb joined by "and" with a
    # subject of its own, counts in that verb's words (not the stockpile's "fewer than 2 million" before it)
    if root.pos_ == "NOUN" and root.dep_ == "dobj" and not list(dependants(root)) and clause.dep_ == "conj" \
            and has_own_subject(clause):
        spans = [s for s in spans if s.root in clause.subtree]
    # "accepted 1.02 million doses and began vaccinating health workers": a verb joined to another's trigger of another
    # kind, with an object of its own, counts in its own words, not what the first verb took
    # ("provided 120,000 doses and agreed to help Fiji vaccinate its entire adult population": the joined verb a
    # chain of clauses it completes hangs on)
    joined = clause if clause.dep_ == "conj" else climb(root, ("xcomp", "ccomp"))
    if joined.dep_ == "conj" and joined.pos_ == "VERB" and children(joined, ("dobj", "xcomp")) \
            and joined.head.i in trigger_roots(root.doc, lambda t: t.label_ != trig.label_):
        spans = [s for s in spans if s.root in joined.subtree]
    # "donated 4,000 doses of Pfizer ..., and promised to send Sputnik V to Montenegro": a joined verb whose object is a
    # vaccine named without a count is another supply, not counted by the first verb's doses
    if joined.dep_ == "conj" and _names_uncounted_vaccine(joined):
        spans = [s for s in spans if s.root.i in subtree_ids(joined)]
    # "asked COVAX for vaccines and received its first 1 million doses": not the request's (a noun the verb holds too)
    if root.pos_ == "VERB" or root.dep_ == "dobj":
        others = joined_happenings(root, own_subjects=True)
        spans = [s for s in spans if s.root.i not in others]
    # "Zimbabwe gets Chinese vaccine, to buy 1.8 million more doses": a clause of buying more counts its own doses (not
    # "signed a deal with the African Union to deliver 50 million doses", the deal's)
    if event_type == "delivery":
        buying = trigger_roots(root.doc, lambda t: t.label_ == "purchase")
        purposes = {t.i for c in children(root, ("advcl",)) if c.i in buying for t in c.subtree}
        spans = [s for s in spans if s.root.i not in purposes]
    # its count, if any, is in its own words: a ranked batch; "and expects more in May", no count but "more"; a
    # gerund of time ("after using up most of the 1.02 million it received")
    more = [o for o in children(root, ("dobj",)) + prep_objects(root, ("for",))
            if o.lower_ == "more" and not any(c.like_num for c in dependants(o))]
    if ranked_batch(root) or more or _part_of_them(root) or gerund_of_time(root):
        spans = [s for s in spans if s.root in root.subtree]
    # "has administered second doses after receiving 500,000 doses": a gerund of time counts its own doses, as another
    # party's clause does
    apart = told_apart(root)
    spans = [s for s in spans if s.root.i not in apart]
    # "Kenya received 1 million doses on Monday; Uganda got 500,000": clauses set side by side count their own doses
    # ("Guinea received 11,000 doses on Tuesday, and vaccination began the same day, the ministry said": so do clauses
    # told side by side under one verb of saying)
    for name, test in (("clauses beside", lambda c: c.dep_ == "parataxis" and has_own_subject(c)),
                       ("clauses told together", _told_together)):
        beside = clauses_of(root.doc, name, test)
        own = next((clause for clause in beside if root.i in clause), None)
        spans = [s for s in spans if (s.root.i in own if own is not None else
                                      not any(s.root.i in clause for clause in beside))]
    # "asked China for 1.5 million more doses after India stopped exports": a clause of time counts in its own words
    timed = next((words for c in [root, *root.ancestors] if timed_clause(c) and root.i in (words := timed_words(c))),
                 None)
    if timed is not None:
        spans = [s for s in spans if s.root.i in timed]
    # "has appealed to the United States, China and Russia for vaccines after India stopped deliveries of the 30
    # million doses it had bought": what a request asks for is not counted by a clause of time beside it
    # ("will not accept any more AstraZeneca doses ..., after 840,000 doses donated by Canada had to be destroyed": nor
    # what a refusal refuses)
    elif event_type in ("request", "rejection"):
        spans = [s for s in spans if s.root.i not in timed_happenings(root)]
    # ("received 500,000 doses, allowing it to give second doses to people": and a free participle with a trigger under
    # it, of another type than any trigger outside it; not a participle that is the trigger, to which the parser may
    # hang its further doses outside it: "resumed exports, sending 1 million doses to Nepal, and 500,000 to Iran")
    participle = next((words for words, _ in participle_clauses(root.doc) if root.i in words), None)
    if participle is not None and not free_participle(root) and not any(
            t.label_ == trig.label_ for t in trigger_spans(root.doc) if t.root.i not in participle):
        spans = [s for s in spans if s.root.i in participle]
    # ("in addition to doses Russia has promised to send": a relative clause with a named subject of its own counts the
    # doses it is on, or none)
    held = _named_clause_on(root)
    if held is not None:
        spans = [s for s in spans if s.root.i in subtree_ids(held)]
    # "gifted 150,000 doses to Mongolia, which began vaccinating on Tuesday", "requested 600,000 doses to complete
    # second doses for people who received their first shot": the vaccinating a clause on a party, or on people,
    # tells counts in its own words (doses that arrive may be hung on their source: "the offer of 100,000 doses from
    # China, which are expected to arrive")
    clause = climb(root, ("xcomp", "conj"))
    if event_type == "administration" and clause.dep_ == "relcl" and (
            clause.head.ent_type_ in ("GPE", "ORG") or clause.head.lower_ in lexicon().people_nouns):
        spans = [s for s in spans if s.root in clause.subtree or s.root == clause.head]  # ("the 122,712 people who")
    # "hoped to secure 200 million doses for about 95 countries that cannot buy the vaccine": what a clause on a group
    # says of all its members counts in its own words
    elif clause.dep_ == "relcl" and clause.head.lower_ in lexicon().group_nouns:
        spans = [s for s in spans if s.root in clause.subtree]
    # "The vaccines, which will be given first to health workers, are the first of 3.4 million doses allocated to
    # Sudan": a clause on the sentence's subject counts in the subject's words
    top = climb(root, ("xcomp",))
    if top.dep_ == "relcl" and top.head.dep_ in ("nsubj", "nsubjpass"):
        spans = [s for s in spans if s.root in top.head.subtree]
    if not spans:
        return None
    scope = own_clause(root)
    wanted = ("people", "doses") if event_type == "administration" else ("doses", "vials")

    # "200,000 doses of the Sinopharm vaccine donated by China": a participle on the doses counts them, taken or not
    described: set[int] = set()
    # ("donated 500,000 doses of Sinopharm, which arrived on Feb 1, and has promised another 700,000": the doses a
    # relative clause is on, too)
    # (not "5.2 million doses of Sputnik V, of which only 40,000 have arrived": the part has its own count)
    partitive = root.dep_ == "relcl" and any(t.lower_ in ("which", "whom") and t.head.lower_ == "of"
                                             for t in root.subtree)
    # ("with 24,000 doses of AstraZeneca received through COVAX": a participle the parser gives the doses as subject,
    # tagged as a past tense under "with")
    participle = not auxiliaries(root) and (root.tag_ == "VBN" or any(c.dep_ == "mark" and c.lower_ == "with"
                                                                      for c in dependants(root)))
    described |= {s.i for s in children(root, ("nsubj",)) if participle and names_doses(s)}
    # ("purchased 1.5 million doses of Sinovac, which are expected to arrive": the infinitive of such a clause, on the
    # vaccine the doses are of)
    if (top.dep_ == "acl" and top.tag_ == "VBN" or top.dep_ == "relcl") and not partitive:
        nouns = [top.head]
        while nouns[-1].dep_ == "pobj" and nouns[-1].head.lower_ == "of" and nouns[-1].head.head != nouns[-1].head:
            nouns.append(nouns[-1].head.head)
        if names_doses(top.head) or top != root and any(names_doses(n) for n in nouns):
            described |= {n.i for n in nouns}

    def rank(s: Span) -> tuple[int, int, int, int, int]:
        return (0 if s.root.i in described else 1, 0 if s.root.i in scope else 1, 0 if s.label_ in wanted else 1,
                1 if s.start in taken else 0, abs(s.root.i - root.i))

    elsewhere = other_happenings_on_parties(trig)
    spans = [s for s in spans if s.root.i not in elsewhere and not fraction_of(s.root, root)
             and not added_to(s.root, root) and not part_of_which(s.root, root) and not population_of(s.root)
             and not harm_tally(s.root, root) and not running_total(s.root, root) and not acting_people(s, trig)]
    return min(spans, key=rank) if spans else None


def _told_together(clause: Token) -> bool:
    """A clause with a subject of its own said by a verb of saying that says another such clause too."""
    return clause.dep_ == "ccomp" and has_own_subject(clause) and \
        sum(c.dep_ == "ccomp" and has_own_subject(c) for c in dependants(clause.head)) > 1


def _names_uncounted_vaccine(verb: Token) -> bool:
    """The object of a verb, or of the infinitive it governs, is a vaccine's name with no count in it ("promised to
    send Sputnik V")."""
    verbs = [verb, *children(verb, ("xcomp",))]
    return any(o.ent_type_ == "VACCINE" and not any(t.like_num for t in o.subtree)
               for v in verbs for o in children(v, ("dobj",)))


def acting_people(count: Span, trig: Span) -> bool:
    """"About 2,000 nurses will administer the vaccine", "260,000 health workers went door to door to administer the
    drops": people counted as the subject of the trigger's verb, or of the verb it tells the purpose of, give the
    doses or the shots; they are not what is given or who is vaccinated (not "1 million people have received a
    dose")."""
    root = trig.root
    # the lexicon's givers vaccinate too ("administer", "vaccinate"); not "are waiting for their shot"
    acting = trig.id_ == "use" or trig.id_ in lexicon().giver_triggers
    if not acting or trig.label_ not in ("administration", "delivery") or count.label_ != "people" \
            or count.root.dep_ != "nsubj" or is_passive(root):
        return False
    verb = count.root.head
    return verb == root or root.dep_ == "advcl" and root.head == verb


def added_to(count: Token, root: Token) -> bool:
    """"has pledged to donate 500,000 more doses, on top of the 400,000 it has already given", "in addition to 8,000
    given by Australia": a count the trigger's doses are added to is no count of the trigger's, unless the trigger is
    in that phrase."""
    phrase = next((h for h in head_chain(count, 3) if h.dep_ == "pobj" and (h.lower_, h.head.lower_) in (
        ("top", "on"), ("addition", "in"))), None)
    return phrase is not None and root not in phrase.head.subtree


def running_total(count: Token, root: Token) -> bool:
    """"has provided to Laos, bringing China's total assistance to 2.7 million doses": the total a happening brings a
    tally to, in a clause that does not hold the trigger, is no count of the trigger's."""
    return any(h.lower_ in lexicon().bringing_verbs and root not in h.subtree and any(
        o.lower_ in lexicon().tally_nouns or any(c.lower_ in lexicon().tally_nouns for c in dependants(o))
        for o in children(h, ("dobj",))) for h in head_chain(count, 3))


def other_happenings_on_parties(trig: Span) -> set[int]:
    """Token indexes whose counts and vaccines belong to another happening than the trigger's: what a relative
    clause says of a party ("provided by UNICEF, which also trained 20,000 health workers"; "returned to the RDIF,
    which will replace them with Sputnik Light"); for a trigger inside such a clause on the subject, all but that
    clause ("the AU, which agreed to buy 270 million doses"; "Seychelles, which has vaccinated more than 60% of its
    adults, also received 100,000 doses"). A clause on another party may tell of the doses, whatever noun the
    parser hangs it on ("doses of Sinovac from China, which are expected to arrive")."""
    doc = trig.doc
    # ("The island nation, which gave 50,000 doses to its residents, has asked India": a description stands for one)
    named = doc.user_data.get("party_words")
    if named is None:  # made once per sentence: every trigger asks
        named = doc.user_data["party_words"] = [
            t for t in tokens(doc) if t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.pos_ == "NOUN"
            and t.lower_ in lexicon().country_descriptions]
    parties = [t for t in named if t not in trig]
    of_parties = relative_clauses(parties)
    if trig.root.i not in of_parties:
        return of_parties
    own = next(c for p in parties for c in dependants(p) if c.dep_ == "relcl" and trig.root in c.subtree)
    # ("from the United States, which agreed to lend its neighbour surplus vaccines": a clause with an object of its
    # own tells of that, not of the doses the parser hangs it beside)
    objects = [o for v in [own, *children(own, ("xcomp",))] for o in children(v, ("dobj", "dative"))]
    return set(range(len(doc))) - {t.i for t in own.subtree} if own.head.dep_ in ("nsubj", "nsubjpass") or objects \
        else set()


def _date_entities(doc: Doc) -> list[Span]:
    """The sentence's dates (and times of day), without ages and durations; read once per sentence."""
    cached = doc.user_data.get("dates")
    if cached is None:
        cached = doc.user_data["dates"] = [
            e for e in entities(doc) if (e.label_ == "DATE" or e.label_ == "TIME" and _DAY_TIME.fullmatch(e.text))
            and not re.search(r"\b(years?|months?|weeks?|days?) (old|long)\b|^\d+ (years|months|weeks|days)$",
                              e.text.lower())
            # "people over 80": a bare number of one or two digits is an age, not a day or a year
            and not re.fullmatch(r"\d{1,2}", e.text)]
    return cached


def _infinitive_clause(verb: Token) -> bool:
    """A clause of "to" and a verb hung on another word ("to buy", "to be delivered")."""
    return verb.dep_ in ("advcl", "acl", "xcomp") and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in dependants(verb))


def find_date(trig: Span, ctx: Context, planned: bool, promised: bool = False) -> tuple[str | None, str | None]:
    """The event's date (ISO prefix, resolved against the publication date) and the words it came from; `promised`:
    an offer told in the future ("will donate 1.24 million doses on Friday"), asserted, but dated to come."""
    root = trig.root
    dates = _dates_of(root)
    # "BRUSSELS, Sept 15, 2021 - The EU will donate ... by the middle of next year": the dateline's day is when the
    # report was filed, a day of telling too (EVENTS.md 6.7), for what was done when nothing else dates it
    filed = dateline(trig.doc)
    dates = [e for e in dates if e.start not in filed] or ([] if planned else dates)
    if not dates:
        return None, None
    # a verb's own date first: "received 1 million doses on Monday and administered them on Tuesday"; a verb
    # joined by "and" with a tense of its own has no other ("expects 2.4 million doses by May and has ordered")
    own = [e for e in dates if root.pos_ == "VERB" and root in head_chain(e.root, 3)]
    if not own and root.dep_ == "conj" and root.pos_ == "VERB":
        if auxiliaries(root):
            return None, None
        # ("in March, and the country received 135,000 doses through COVAX": nor has one with a subject of its own,
        # but for a date told before both, "On Monday, Ghana received 600,000 doses and Nigeria got 3.9 million")
        if has_own_subject(root):
            dates = [e for e in dates if e.start < root.head.i]
            if not dates:
                return None, None
    # ("and has started negotiations to buy Sputnik V": nor has an infinitive of such a verb, outside its words)
    if has_own_tense(top := infinitive_top(root)) and top != root:
        dates = [e for e in dates if e.root in top.subtree]
        if not dates:
            return None, None
    # ("took delivery of 2.2 million doses on Saturday, the first batch of the 9 million doses the country is set to
    # get": nor has the infinitive of a relative clause, outside its words)
    if not own and (clause := climb(root, ("xcomp",))) != root and clause.dep_ == "relcl" and names_doses(clause.head):
        dates = [e for e in dates if e.root.i in subtree_ids(clause)]
        if not dates:
            return None, None
    best = min(own or dates, key=lambda e: abs(e.start - root.i))
    doc = trig.doc
    if best.start > 0 and doc[best.start - 1].ent_type_ == "ORDINAL" and best.label_ == "DATE" \
            and best.root.pos_ == "PROPN":  # "7th November 2022": the model leaves the day out
        best = doc[best.start - 1:best.end]
    # "The ministry had planned to import them in March", "were due to arrive in May": a plan told in the past
    # may have been for a month already gone (so may "was supposed to receive", "were expected to arrive")
    told_before = planned and any(t.tag_ == "VBD" or auxiliaries(t) & {"had", "was", "were"} for t in _own_verbs(root)
                                  if t.lower_ not in lexicon().reporting_verbs)
    # "had offered to supply the doses in August": the day of what was to be done, not of the offer, may be to come
    # ("signed a contract to buy 300,000 doses, to be delivered by June": an infinitive clause of its own too)
    of_infinitive = any(t.dep_ == "xcomp" and t.tag_ == "VB" or _infinitive_clause(t)
                        for t in [best.root, *head_chain(best.root, 4)] if t.i != root.i and root in head_chain(t, 4))
    ahead = planned or promised and best.start not in filed  # (not the day of the dateline, "TOKYO, July 6 -")
    prefer = "nearest" if told_before or (of_infinitive and not planned) else "future" if ahead else "past"
    return resolve_date(best.text, ctx.published, prefer), best.text


def _dates_of(root: Token, own_words: bool = False) -> list[Span]:
    """The dates of the sentence that may date the trigger `root`'s event (`own_words`: for a count of its own,
    whose words may hold a clause that dates it, "and 100,000 doses donated by India in April")."""
    # "6.2 million doses have arrived since July 22": a period's start does not date the event
    dates = [e for e in _date_entities(root.doc) if not (e.start > 0 and e.doc[e.start - 1].lower_ == "since")]
    # "Under a deal signed last month, Russia will ship": a date inside another clause dates that clause's verb
    # ("an application to receive vaccines in January" is the trigger's own clause)
    # ("has delivered 20,000 doses, and will send another 30,000 later this month": a verb joined by "and" too)
    # ("have received consignments, while Myanmar got 1.5 million doses on Friday": another party's clause)
    # ("has pledged another 1 million doses after donating 800,000 doses in March": a gerund of time, as for counts)
    others = told_apart(root)
    dates = [e for e in dates if (own_words or not in_other_clause(e.root, root)) and e.root.i not in others]
    # ("delivered 1 million doses to Yemen in May, while Qatar shipped 300,000 doses": nor, for such a clause, a date
    # told after the verb it is set against; one before both, "On Monday, ...", dates both)
    # ("pledged 100,000 doses last month, and Hungary said it had agreed to provide": up through what is said too;
    # "while El Salvador said it was in talks over a donation": from a noun's verb)
    clause = climb(clause_verb(root), ("xcomp", "ccomp"))
    if subject_of_its_own(clause):
        dates = [e for e in dates if not clause.head.i < e.start < clause.left_edge.i]
    # "has delivered 20,000 doses, the minister said on Thursday": the day of the telling, which EVENTS.md 6.7
    # accepts, but not the day of the delivery, so another mention's day would seem to contradict it
    return [e for e in dates if not _reporting_date(e, root)]


def date_counts(ev: Event, extra: list[Event], qspan: Span, root: Token, published: date | None) -> None:
    """A further count split off with a date in its own words, between it and the next count, takes that date
    ("received 50,000 doses from India in March and 14,400 from COVAX in April": the 14,400 came in April)."""
    doc = qspan.doc
    filed = dateline(doc)
    dates = [e for e in _dates_of(root, own_words=True) if e.start not in filed]
    if not dates or not extra:
        return
    spans, in_dates = _counts_by_start(doc), _date_tokens(doc)
    counts = [(i, _count_at(doc, i, spans)[0]) for i in range(qspan.end, len(doc) - 1)
              if doc[i].like_num and i not in in_dates and (i - 1 not in spans or not doc[i - 1].like_num)]
    marks: list[int | None] = []
    for e in extra:
        marks.append(next((i for i, value in counts if value == e.quantity and i not in marks), None))
    ends = sorted({qspan.start, *(i for i, _ in counts)})
    for e, at in zip(extra, marks):
        if at is None:
            continue
        end = next((m for m in ends if m > at), len(doc))
        mine = [d for d in dates if at < d.start < end]
        if len(mine) == 1 and mine[0].text != e.date_text:
            e.event_date = resolve_date(mine[0].text, published, "future" if e.status == "planned" else "past")
            e.date_text = mine[0].text


def _own_verbs(root: Token) -> list[Token]:
    """The trigger and the verbs above it up to a verb joined by "and", whose tense is its own ("received its first
    doses on Saturday and will begin vaccinating on Sunday": the receiving is past, the vaccinating to come)."""
    chain = [root]
    for t in head_chain(root, 3):
        if chain[-1].dep_ == "conj":
            break
        chain.append(t)
    return chain


def _reporting_date(date: Span, root: Token) -> bool:
    """A date that belongs to a verb of saying other than the trigger ("said on Thursday")."""
    for h in head_chain(date.root, 3):
        if h == root:
            return False
        if h.lower_ in lexicon().reporting_verbs:
            return True
        if h.pos_ in ("VERB", "AUX"):
            return False
    return False


_FURTHER_WORDS = frozenset({"further", "another", "additional"})
# "and will get more deliveries", "and an additional 11 million doses": more of the same
_MORE_WORDS = _FURTHER_WORDS | {"more"}


def split_by_destination(ev: Event, qspan: Span) -> list[Event]:
    """"607,230 doses will go to Manila, 102,920 to Davao": each further count with its own destination
    is its own event (EVENTS.md 6.1); the first event keeps the destinations no other count claims.
    """
    doc = qspan.doc
    dates = _date_tokens(doc)
    spans = _counts_by_start(doc)
    extra: list[Event] = []
    giver_words: set[int] = set()  # the words of further counts' givers
    listed_sources = any(t.lower_ == "from" for t in doc[qspan.end:qspan.end + 2])
    i = qspan.end
    while i < len(doc) - 2:
        tok = doc[i]
        if not tok.like_num or tok.i in dates:
            i += 1
            continue
        value, j = _count_at(doc, i, spans)
        if i in spans and spans[i].label_ == "people" and ev.quantity_unit != "people":
            i = j  # "sent 3,000 doses of measles vaccine and a team of 30 nurses to Samoa": people sent, no doses
            continue
        # a count with doses of its own and a giver is left to split_by_conjunct, which reads its vaccine too
        bare = doc[j - 1].like_num or doc[j - 1].lower_ in MULTIPLIER_WORDS
        if j + 1 < len(doc) and doc[j].lower_ == "each":  # "and 500,000 doses each to Uganda and Rwanda"
            j += 1
        # a part of a purchase "including" doses from a party may be its gift ("secured 10 million doses, including
        # 1 million from the Indian government as a gift"), no purchase of its own
        included = any(t.lower_ == "including" for t in head_chain(tok, 4))
        # ("1.6 million doses to Pacific nations, including 100,000 for Samoa": "for" names who a part is for)
        # ("delivered 100,000 doses to Timor-Leste, part of a pledge of 1 million doses to the Pacific": the whole a
        # part is of)
        # ("2.1 million were donated by Japan and 1.3 million by Australia": a bare count with its own agent)
        # "received 4 million doses in March, and a further 2 million in June": a further count with a day of its own
        # is its own happening, between the same parties
        dated = j + 1 < len(doc) and doc[j].lower_ in ("in", "on") and doc[j + 1].i in dates and \
            doc[i - 1].lower_ in _FURTHER_WORDS and not _told_by_another_verb(tok, qspan.root)
        if dated and value:
            extra.append(Event(**{**ev.__dict__, "quantity": value,
                                  "quantity_qualifier": qualifier_before(doc[:i].text)}))
            i = j + 1
            continue
        # ("signed deals for 14 million doses with AstraZeneca and 38 million with Sinopharm": who a deal is with sells;
        # "1 million doses from India, 800,000 from China and 348,000 through COVAX": in a list of counts by where they
        # came from, a channel gives; not in "shipped 66 million doses, including 10 million through COVAX")
        sources = ("from", "by") + (("through", "via") if listed_sources else ()) + \
            (("with",) if ev.event_type == "purchase" else ())
        if j + 1 >= len(doc) or not (doc[j].lower_ in ("to", "for") or doc[j].lower_ in sources and bare) or \
                _told_by_another_verb(tok, qspan.root) or included and ev.event_type == "purchase" or \
                fraction_of(tok, qspan.root.head):
            i += 1
            continue
        target = doc[j + 2] if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else doc[j + 1]
        # "200,000 doses from the European Union and 50,000 from Japan": a count with its own giver, likewise; a
        # vaccine named as the giver is its maker ("and 1 million from Sinovac")
        role = "provider" if doc[j].lower_ in sources else "recipient"
        parties = parties_in([target, *target.conjuncts], makers=role == "provider")
        if parties and value:
            phrase = [t for o in doc[j].children if o.dep_ == "pobj" for t in o.subtree] or [target]
            named = vaccines_named(doc, phrase)
            giver_words |= {t.i for t in phrase}
            own_vaccine = {"vaccine": named} if named else {}
            extra.append(Event(**{**ev.__dict__, role: parties, "quantity": value,
                                  "quantity_qualifier": qualifier_before(doc[:i].text), **own_vaccine}))
            # ("including 50,000 from India and 14,400 through the African Union": a list of counts by where they
            # came from, once a count of it has its giver)
            listed_sources = listed_sources or doc[j].lower_ == "from"
        i = j + 1
    # the vaccine a further count names with its giver is none of the other counts' ("125 million doses from Sinovac,
    # 50 million from Novavax"), nor is its maker a giver of the first ("and 580,000 from China's Sinopharm")
    claimed = {v for e in extra if e.vaccine != ev.vaccine for v in e.vaccine}
    makers = {m for v in claimed if (m := lexicon().manufacturers.get(v))}
    ev.recipient = unclaimed(ev.recipient, {p for e in extra if e.recipient != ev.recipient for p in e.recipient})
    ev.provider = unclaimed(ev.provider, {p for e in extra if e.provider != ev.provider for p in e.provider} | makers)
    first_own = {v for v in ev.vaccine if lexicon().manufacturers.get(v) in ev.provider}
    for e in extra:
        if e.vaccine == ev.vaccine:
            e.vaccine = [v for v in e.vaccine if v not in claimed | first_own]
    ev.vaccine = unclaimed(ev.vaccine, claimed)
    if giver_words:  # ("500,000 doses from China and 144,000 from Pfizer": nor one the first took from those words alone)
        elsewhere = set(vaccines_named(doc, (t for t in tokens(doc) if t.i not in giver_words)))
        ev.vaccine = [v for v in ev.vaccine if v in elsewhere]
    return extra


def _told_by_another_verb(count: Token, first: Token) -> bool:
    """A count in a clause of its own verb ("pledged 1 million doses after it sent 500,000 doses to Vietnam"),
    which is that verb's to read, not the first count's verb nor one that governs it."""
    # "including" is a preposition the parser may take for a verb ("received 6.1 million doses, including 2.2 million
    # from COVAX")
    # (nor is a verb of saying: "will donate 200,000 doses to Myanmar and 100,000 to Laos, the minister said", where
    # the parser may hang the second count on "said")
    # ("is due next week, followed by 100,000 from India": a further count in the same sequence)
    verb = next((t for t in head_chain(count) if t.pos_ in ("VERB", "AUX") and t.lower_ not in ("including", "followed")
                 and t.lower_ not in lexicon().reporting_verbs), None)
    own = next((t for t in head_chain(first) if t.pos_ in ("VERB", "AUX")), None)
    # ("Indonesia, which received 8 million doses from Japan, has donated 200,000 doses to Papua New Guinea": a verb
    # above a clause on a noun is another's)
    if verb is None or own is None:
        return False
    chain = head_chain(own, 6)
    above = chain[:next((k for k, t in enumerate([own, *chain]) if t.dep_ in ("relcl", "acl")), len(chain))]
    # ("France has offered 500,000 doses to Tunisia, Germany has promised 1 million to Namibia": the parser may make
    # the first clause, with a subject of its own, the object of the second's verb of giving, whose count it is)
    said_first = own.dep_ == "ccomp" and own.head == verb and has_own_subject(own) and \
        verb.i in trigger_roots(verb.doc)
    return verb != own and (verb not in above or said_first)


def split_by_count(ev: Event, qspan: Span) -> list[Event]:
    """"vaccinated 10.9 million people with at least one dose and 4.0 million with two doses": a further
    count joined by "and" with no verb of its own is its own administration, of the same unit unless it
    names one (each its own quantity, EVENTS.md 6.1). A count with its own verb ("and 280,000 have
    received two") is read by its own trigger; a count after "to" or "of" is not joined by "and".
    """
    doc = qspan.doc
    not_counts = {t.i for e in entities(doc) if e.label_ in ("DATE", "PERCENT", "MONEY") for t in e}
    spans = _counts_by_start(doc)
    extra: list[Event] = []
    for a in range(qspan.end, len(doc) - 1):
        if doc[a].lower_ != "and":
            continue
        # "and about 158,000", "and over 280,000": only a qualifier may stand between "and" and the count
        i = next((t.i for t in doc[a + 1:a + 4] if t.like_num), None)
        if i is None or i in not_counts or (i > a + 1 and qualifier_before(doc[a + 1:i].text) == "exact"):
            continue
        value, j = _count_at(doc, i, spans)
        clause = doc[j:next((t.i for t in doc[j:] if t.is_punct), len(doc))]
        if not value or value == ev.quantity or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in clause) \
                or (len(clause) and clause[0].lower_ in ("%", "percent", "per")):
            continue
        own = spans.get(i)
        named = own is not None and not (own[-1].like_num or own[-1].lower_ in MULTIPLIER_WORDS)
        extra.append(Event(**{**ev.__dict__, "quantity": value, "quantity_unit": own.label_ if named else
                              ev.quantity_unit, "quantity_qualifier": qualifier_before(doc[a + 1:i].text)}))
    return extra


def split_by_conjunct(ev: Event, qspan: Span) -> list[Event]:
    """"received 300,000 doses of AstraZeneca donated by France and 100,000 doses of Pfizer from COVAX": a further
    word for doses joined by "and" with a count of its own is its own event (EVENTS.md 6.1), with the vaccine and
    the giver its own words name; the first event keeps the vaccines no other count names."""
    doc = qspan.doc
    spans = list(doc.spans.get("quantities", []))
    extra: list[Event] = []
    counted: list[Token] = []
    # "from Japan and 188,000 Pfizer doses from the United States": the parser may join the further doses to the
    # first ones' giver
    joined = [*qspan.root.conjuncts, *(t for t in doc[qspan.end:] if t.dep_ == "conj" and t.head.dep_ == "pobj"
                                       and t.head.i > qspan.root.i and t.head.head.head == qspan.root.head)]
    # "received 500,000 doses from Algeria and a further 250,000 doses from Italy": or to the verb itself
    # ("and 2 million of Sputnik V": a count that names its doses by their vaccine; "from Russia and 500,000 Sinopharm
    # doses from China": a second object after "and", unless a party stands before it, a subject with its verb left
    # out, as in "and the Maldives 100,000 doses")
    # ("received a commitment of 8 million doses in 2023 and an additional 11 million doses in 2024": the doses of the
    # verb's object)
    anchor = qspan.root.head.head if qspan.root.dep_ == "pobj" and qspan.root.head.lower_ == "of" else qspan.root
    # ("resumed exports, sending 1 million doses to Nepal, and 500,000 doses to Iran": or to the verb a participle
    # of the trigger hangs on)
    verbs = (anchor.head, anchor.head.head) if anchor.head.dep_ == "advcl" and anchor.head.tag_ == "VBG" else \
        (anchor.head,)
    # ("agreed to buy 10 million more doses from Russia and 22.4 million doses of the AstraZeneca vaccine": or to the
    # verb the infinitive completes)
    verbs += (climb(anchor.head, ("xcomp",)),) if anchor.head.dep_ == "xcomp" else ()
    # ("117,000 doses of Pfizer arrived on March 10, and 192,000 doses of Sinovac on March 11": or the verb's subject,
    # the verb left out after "and")
    subject_of = anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ == "VERB"

    def further(t: Token) -> bool:
        if t in joined:
            return False
        if t.dep_ == "conj" and t.pos_ in ("NOUN", "NUM"):
            return (anchor.dep_ == "dobj" or subject_of) and t.head in verbs
        return t.dep_ == "dobj" and anchor.dep_ == "dobj" and t.head == anchor.head and _second_object(doc, qspan, t)

    joined += [t for t in doc[qspan.end:] if further(t)]
    # ("received 3.5 million doses, including 854,000 AstraZeneca doses through COVAX and 1.3 million Sinopharm doses
    # from China": parts of the count with doses of their own, each its own event, as the whole is)
    joined += [o for p in children(qspan.root, ("prep",)) if p.lower_ == "including"
               for o in children(p, ("pobj",)) if o not in joined and (names_doses(o) or any(
                   is_vaccine_token(t) for g in prep_objects(o, ("of",)) for t in g.subtree))]
    # "from the United States, 1 million AstraZeneca doses from Japan and 500,000 Sinopharm doses from China": the
    # parser joins the last doses of a list to the ones before them
    joined += [c for t in list(joined) for c in t.conjuncts if c.i > t.i and c not in joined]
    # "and 61 million of AstraZeneca" names its doses by their vaccine; "and 20 lakh in February" is a part of them
    for noun in (n for n in joined if names_doses(n) or any(
            is_vaccine_token(t) for o in prep_objects(n, ("of",)) for t in o.subtree)):
        own = next((s for s in spans if s.root == noun and s.label_ == ev.quantity_unit), None)
        if own is None or own.start < qspan.end or own._.quantity.value == ev.quantity:
            continue
        words = _own_phrases(noun, joined)
        later = {t.i for n in joined if n.i > noun.i for t in n.subtree}  # the next doses' words are their own
        named = vaccines_named(doc, (t for w in words for t in w.subtree if t.i not in later))
        givers = parties_in(t for o in objects_within(words, ("from", "by"), ("prep", "agent")) for t in o.subtree
                            if t.i not in later)
        # "and 14,400 doses through COVAX": the organisation they came through, as `parties.channel` reads it
        givers = givers or [p for p in parties_in(t for o in objects_within(words, ("through", "via", "under"))
                                                  for t in o.subtree) if p not in country_names()]
        # "and 100,000 doses of China's Sinovac": whose vaccine they are, as "Russia's Sputnik V" received is from Russia
        givers = givers or parties_in(t for w in words for t in w.subtree if t.dep_ == "poss" and t.i not in later
                                      and t.ent_type_ in ("GPE", "ORG"))
        # "and an additional 11 million doses": more of the same vaccine, unless from a giver of their own ("and a
        # further 250,000 doses from Italy")
        if not named and not givers and any(t.lower_ in _MORE_WORDS
                                            for t in dependants(noun)):
            named = list(ev.vaccine)
        makers = [m for v in named if (m := lexicon().manufacturers.get(v)) in ev.provider]  # "ordered ... of Pfizer"
        # "secured 12 million doses through COVAX and 20 million Pfizer doses": doses of a maker's own vaccine are
        # bought from it, not through the first doses' channel
        if ev.event_type == "purchase" and not makers and not givers:
            makers = [m for v in named if (m := lexicon().manufacturers.get(v)) in lexicon().producers]
        # "donated 5,000 doses of Pfizer to North Macedonia and 4,000 doses of Sputnik V to Montenegro": given to whom
        # their own words name
        takers = parties_in(t for o in objects_within(words, ("to",), ("prep", "dative")) for t in o.subtree
                            if t.i not in later) if ev.event_type in ("delivery", "offer") else []
        # "received 50,000 doses of Sinopharm from China and 49,000 doses of Pfizer": a giver told between the first
        # doses and further doses of a vaccine of their own is the first doses'
        between = parties_in(t for g in doc[qspan.end:noun.i] if g.dep_ == "pobj" and g.head.lower_ == "from"
                             and g.head.head in verbs for t in g.subtree)
        theirs = [] if named and set(named) != set(ev.vaccine) and between and set(ev.provider) <= set(between) \
            else ev.provider
        # ("secured 4 million doses of Sinopharm and 1 million of Sputnik V": the maker of the first doses' vaccine
        # makes none of another vaccine)
        if named:
            theirs = [p for p in theirs if p not in {lexicon().manufacturers.get(v) for v in ev.vaccine
                                                     if v not in named}]
        q = own._.quantity
        counted.extend(words)
        extra.append(Event(**{**ev.__dict__, "quantity": q.value, "quantity_unit": q.unit,
                              "quantity_qualifier": q.qualifier, "vaccine": named,
                              "provider": givers or makers or theirs, "recipient": takers or ev.recipient}))
    claimed = {v for e in extra if e.vaccine != ev.vaccine for v in e.vaccine}
    # "14,400 doses through COVAX and 2,000 doses of Sputnik V from Russia": a vaccine only the further doses' own
    # words name is none of the first doses'
    further = {t.i for n in counted for t in n.subtree}
    first_named = any(e.label_ == "VACCINE" and e.root.i not in further and e.root != qspan.root.head
                      for e in entities(doc))
    own_words = {v for e in extra for v in e.vaccine}
    ev.vaccine = [v for v in ev.vaccine if v not in own_words] if counted and not first_named else \
        unclaimed(ev.vaccine, claimed)
    # a maker named in the further doses' own words ("188,000 Pfizer doses") gives none of the first ones
    told = {p for n in counted for p in parties_in(n.subtree, makers=True)}
    further_givers = {p for e in extra if e.provider != ev.provider for p in e.provider}
    ev.provider = [p for p in unclaimed(ev.provider, further_givers) if p not in told]
    ev.recipient = unclaimed(ev.recipient, {p for e in extra if e.recipient != ev.recipient for p in e.recipient})
    return extra


def _own_phrases(noun: Token, joined: list[Token]) -> list[Token]:
    """A further word for doses and the phrases that are its own: those the parser hangs on the verb after it, up to
    the next further doses ("bought 10 million doses from Sinovac in January and 4 million doses from AstraZeneca
    in March": "from AstraZeneca" is the verb's child, told of the 4 million)."""
    # ("secured 50 million doses of the Novavax vaccine and 54 million doses from AstraZeneca", "50 million doses from
    # Novavax and 54 million doses from AstraZeneca": or on the verb of the words it is joined to)
    verb = next((h for h in head_chain(noun, 4) if h.pos_ in ("VERB", "AUX")), noun.head) if noun.dep_ == "conj" \
        else noun.head
    if noun.dep_ not in ("conj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return [noun]
    end = min((n.i for n in joined if n.i > noun.i), default=len(noun.doc))
    return [noun, *(p for p in dependants(verb) if p.dep_ in ("prep", "agent") and noun.i < p.i < end)]


def _second_object(doc: Doc, qspan: Span, obj: Token) -> bool:
    """A further object of the verb after "and" or a comma with no party between ("and 500,000 Sinopharm doses from
    China", ", 1 million AstraZeneca doses from Japan")."""
    separators = [t.i for t in doc[qspan.end:obj.i] if t.lower_ in ("and", ",")]
    return bool(separators) and not any(t.ent_type_ in ("GPE", "ORG") for t in doc[separators[-1] + 1:obj.i])


def vaccines_named(doc: Doc, tokens: Iterable[Token]) -> list[str]:
    """The canonical names of the vaccines named among `tokens` (by their root), in order, once each: what a further
    count's own words name."""
    within = {t.i for t in tokens}
    return list(dict.fromkeys(e._.canonical for e in entities(doc) if e.label_ == "VACCINE" and e._.canonical
                              and e.root.i in within))


def unclaimed(values: list[str], claimed: set[str]) -> list[str]:
    """`values` without those a further count claims as its own, unless none would be left (the first event keeps
    what no other count names)."""
    return [v for v in values if v not in claimed] or values


def split_by_gapped_subject(ev: Event, qspan: Span) -> list[Event]:
    """"Bhutan will receive 150,000 doses and the Maldives 100,000", "Japan gave 1 million doses and Australia
    500,000", "Mexico will receive 1.2 million doses, Brazil 2.6 million and Argentina 1.9 million": a party and a
    count joined by "and" or a comma with the verb left out are the same act by that party, in the role the
    sentence's subject plays (EVENTS.md 6.1)."""
    doc = qspan.doc
    names = [e for e in entities(doc) if e.label_ in ("GPE", "ORG") and e._.canonical]
    # (the name nearest before the count: "Mexico's allocation is 6.5 million doses, Colombia will get 2.6 million and
    # Peru 1.2 million")
    first = next((e for e in reversed(names) if e.end <= qspan.start), None)
    if first is None or first._.canonical not in ev.recipient + ev.provider:
        return []
    role = "recipient" if first._.canonical in ev.recipient else "provider"
    spans = _counts_by_start(doc)
    extra: list[Event] = []
    gapped: list[str] = []  # ("sent 1 million doses, the United Arab Emirates 500,000": the parser's indirect object)
    for a in (t.i for t in doc[qspan.end:] if t.lower_ in ("and", ",")):
        # ("allocated 14.4 million doses, with Nigeria set to receive 3.92 million and Ethiopia 2.18 million": a verb
        # after the count starts a clause of its own, whose act the party with the verb left out shares)
        if any(t.pos_ == "VERB" for t in doc[qspan.end:a]):
            break
        party = next((e for e in names if e.start == a + 1 or e.start == a + 2 and doc[a + 1].lower_ == "the"), None)
        if party is None:
            continue
        # ("has asked the United States for 2 million doses and Japan for 1.6 million": a count after "for" too)
        at = party.end + 1 if party.end + 1 < len(doc) and doc[party.end].lower_ == "for" else party.end
        if at >= len(doc) or not doc[at].like_num:
            continue
        # "gave 1 million doses to Vietnam and Australia 500,000": a party the event already names is no new one
        # ("has asked China for 5 million doses and Russia for 2 million": but for the one the parser makes a second
        # object of the verb)
        if party._.canonical in ev.recipient + ev.provider:
            if party.root.dep_ not in ("dative", "dobj") or role != "provider":
                continue
            gapped.append(party._.canonical)
        value, j = _count_at(doc, at, spans)
        clause = doc[j:next((t.i for t in doc[j:] if t.is_punct), len(doc))]
        if not value or value == ev.quantity or any(t.pos_ in ("VERB", "AUX") for t in clause):
            continue
        # ("250,000 doses of AstraZeneca and the United States 500,000 doses of Moderna": the vaccine of its own words)
        own = vaccines_named(doc, doc[at:clause.end])
        extra.append(Event(**{**ev.__dict__, role: [party._.canonical], "quantity": value,
                              "quantity_qualifier": qualifier_before(doc[at - 1:at].text),
                              **({"vaccine": own} if own else {})}))
    for e in [ev, *extra]:
        e.recipient = [p for p in e.recipient if p not in gapped]
    ev.provider = [p for p in ev.provider if p not in gapped]
    ev.vaccine = unclaimed(ev.vaccine, {v for e in extra if e.vaccine != ev.vaccine for v in e.vaccine})
    return extra


def split_by_bracketed_count(ev: Event, qspan: Span) -> list[Event]:
    """"Nigeria (4 million doses), Ghana (600,000) and Angola (624,000) have received": each of the event's parties
    with its own count in brackets after its name is its own event (EVENTS.md 6.1); the first event keeps the
    parties no other count claims."""
    doc = qspan.doc
    role = "recipient" if len(ev.recipient) > 1 else "provider" if len(ev.provider) > 1 else None
    if role is None:
        return []
    spans = _counts_by_start(doc)
    counted: dict[str, float] = {}
    for ent in entities(doc):
        name = ent._.canonical
        if name not in getattr(ev, role) or name in counted or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" \
                or not doc[ent.end + 1].like_num:
            continue
        value, j = _count_at(doc, ent.end + 1, spans)
        if value and j < len(doc) and doc[j].text == ")":
            counted[name] = value
    if len(counted) < 2:
        return []
    extra = [Event(**{**ev.__dict__, role: [name], "quantity": value, "quantity_qualifier": "exact"})
             for name, value in counted.items() if value != ev.quantity]
    setattr(ev, role, unclaimed(getattr(ev, role), {e for x in extra for e in getattr(x, role)}))
    return extra


def split_by_party_then_count(ev: Event, qspan: Span) -> list[Event]:
    """"has agreements with Pfizer for 20 million doses and with AstraZeneca for 14 million": a further party named
    before its own count, in the order the first count was told in, is its own event (EVENTS.md 6.1)."""
    doc = qspan.doc
    if qspan.start < 3 or doc[qspan.start - 1].lower_ != "for" or \
            not any(t.lower_ in ("with", "from") for t in doc[max(qspan.start - 6, 0):qspan.start - 1]):
        return []
    spans = _counts_by_start(doc)
    extra: list[Event] = []
    for k in range(qspan.end, len(doc) - 3):
        if doc[k].lower_ not in ("with", "from") or doc[k - 1].lower_ not in ("and", ","):
            continue
        at = next((f for f in range(k + 2, min(k + 7, len(doc) - 1)) if doc[f].lower_ == "for"
                   and doc[f + 1].like_num), None)
        if at is None:
            continue
        parties, value = parties_in(doc[k + 1:at], makers=True), _count_at(doc, at + 1, spans)[0]
        if parties and value:
            named = vaccines_named(doc, doc[k + 1:at])
            extra.append(Event(**{**ev.__dict__, "provider": parties, "quantity": value, "vaccine": named,
                                  "quantity_qualifier": qualifier_before(doc[:at + 1].text)}))
    ev.provider = unclaimed(ev.provider, {p for e in extra for p in e.provider})
    ev.vaccine = unclaimed(ev.vaccine, {v for e in extra for v in e.vaccine})
    return extra


def _with_new_counts(extra: list[Event], more: list[Event]) -> list[Event]:
    """`extra` and the events of `more` whose count none of `extra` has (one count, one event)."""
    counted = {e.quantity for e in extra}
    return extra + [e for e in more if e.quantity not in counted]


def split_respectively(ev: Event, qspan: Span) -> list[Event]:
    """"Nepal and Bhutan received 1 million and 200,000 doses respectively": the parties of one role and as many
    counts, paired in order by "respectively", are each its own event (EVENTS.md 6.1); the first event keeps the
    first party and count."""
    doc = qspan.doc
    mark = next((t.i for t in doc[qspan.start:] if t.lower_ == "respectively"), None)
    if mark is None:
        return []
    dates = _date_tokens(doc)
    spans = _counts_by_start(doc)
    counts: list[tuple[float, int]] = []
    i = qspan.start
    while i < mark:
        if doc[i].like_num and i not in dates:
            value, j = _count_at(doc, i, spans)
            if value:
                counts.append((value, i))
            i = max(j, i + 1)
        else:
            i += 1
    role = next((r for r in ("recipient", "provider") if len(getattr(ev, r)) == len(counts) > 1), None)
    if role is None or counts[0][0] != ev.quantity:
        return []
    first_named: dict[str, int] = {}
    for e in entities(doc):
        if e._.canonical in getattr(ev, role):
            first_named.setdefault(e._.canonical, e.start)
    if len(first_named) != len(counts):
        return []
    ordered = sorted(first_named, key=lambda n: first_named[n])
    setattr(ev, role, ordered[:1])
    # "240,000 doses of AstraZeneca and 100,000 doses of Moderna from Lithuania and the United States respectively":
    # each count's own words name its vaccine (up to the next count, or to the parties when they come after)
    ends = [at for _, at in counts[1:]] + [min([mark, *(n for n in first_named.values() if n > counts[-1][1])])]
    named = [vaccines_named(doc, doc[at:end]) for (_, at), end in zip(counts, ends)]
    own = all(named) and len({tuple(v) for v in named}) == len(named)
    if own:
        ev.vaccine = named[0]
    return [Event(**{**ev.__dict__, role: [name], "quantity": value,
                     "quantity_qualifier": qualifier_before(doc[:at].text), **({"vaccine": v} if own else {})})
            for name, (value, at), v in zip(ordered[1:], counts[1:], named[1:])]


def split_by_destination_or_conjunct(ev: Event, qspan: Span) -> list[Event]:
    """Each further count with its own destination, or joined by "and" with its own doses or its own party with the
    verb left out, or in brackets after its own party, or after its own party as the first count is, or paired with
    its party by "respectively" (EVENTS.md 6.1)."""
    paired = split_respectively(ev, qspan) or split_each(ev, qspan)  # the sentence itself says which count is whose
    if paired:
        return paired
    extra = _with_new_counts(split_by_destination(ev, qspan), split_by_conjunct(ev, qspan))
    extra = _with_new_counts(extra, split_by_gapped_subject(ev, qspan))
    extra = _with_new_counts(extra, split_by_bracketed_count(ev, qspan))
    return _with_new_counts(extra, split_by_party_then_count(ev, qspan))


def split_each(ev: Event, qspan: Span) -> list[Event]:
    """"will donate 20,000 doses each to Ecuador and Paraguay", "will send 150,000 doses to each of Guatemala,
    Honduras and El Salvador": the count is every receiver's own, one event each (EVENTS.md 6.1)."""
    doc = qspan.doc
    each = next((t for t in doc[qspan.end:qspan.end + 8] if t.lower_ == "each" and t.i + 1 < len(doc)), None)
    if each is None or len(ev.recipient) < 2 or ev.event_type not in ("delivery", "offer") or not (
            each.nbor(1).lower_ == "to" or doc[each.i - 1].lower_ == "to" and each.nbor(1).lower_ == "of"):
        return []
    first, *rest = ev.recipient
    ev.recipient = [first]
    return [Event(**{**ev.__dict__, "recipient": [p]}) for p in rest]


def bare_count_taken(root: Token) -> Quantity | None:
    """A bare number a verb takes as its object, or a participle as its subject, no count the sentence's counts hold
    ("with Serbia getting 171,000", "and 200,000 bought through the African Union"): doses, as many as it says."""
    held = {i for s in root.doc.spans.get("quantities", []) for i in range(s.start, s.end)}
    for o in children(root, ("dobj", "nsubj", "nsubjpass")):
        if o.like_num and o.ent_type_ == "CARDINAL" and o.i not in held and not list(dependants(o)) and \
                (value := number_value(o.text)) is not None:
            return Quantity(value, "doses", "exact", o.idx, o.idx + len(o.text), o.text)
    return None


def _date_tokens(doc: Doc) -> set[int]:
    """The indexes of the tokens of the sentence's dates: a day or a year is no count."""
    return {t.i for e in entities(doc) if e.label_ == "DATE" for t in e}


def _counts_by_start(doc: Doc) -> dict[int, Span]:
    """The sentence's counts (`quantities` spans) by the token they start at, as `_count_at` reads them."""
    return {s.start: s for s in doc.spans.get("quantities", [])}


def _count_at(doc: Doc, i: int, spans: dict[int, Span]) -> tuple[float | None, int]:
    """The value of the count that starts at token `i` ("1 million", "500,000") and where it ends."""
    if i in spans:  # "1 million" already read as a count
        return spans[i]._.quantity.value, spans[i].end
    j = i + 1
    mult = doc[j].lower_ if j < len(doc) and doc[j].lower_ in MULTIPLIER_WORDS else ""
    return number_value(doc[i].text, mult), j + bool(mult)


def split_by_count_or_gapped_subject(ev: Event, qspan: Span) -> list[Event]:
    """Each further count of the same people, or of another state with the verb left out ("Guyana has vaccinated
    150,000 people and Suriname 80,000": Suriname vaccinates its own, EVENTS.md 6.5)."""
    gapped = split_by_gapped_subject(ev, qspan)
    if ev.provider == ev.recipient:  # the split named the state in one role: it is both
        for e in gapped:
            e.provider = e.recipient = e.recipient if e.recipient != ev.recipient else e.provider
    return _with_new_counts(split_by_count(ev, qspan), gapped)


# the further events one trigger's count can carry, by the event's type: each count with its own destination
# (deliveries and offers) or each further count of the same people (administration); the rules split with it,
# and a split stands after the decision only when the decided type splits the same way
SPLITS: dict[str, Callable[[Event, Span], list[Event]]] = {
    "delivery": split_by_destination_or_conjunct, "offer": split_by_destination_or_conjunct,
    "purchase": split_by_destination_or_conjunct, "request": split_by_destination_or_conjunct,
    "rejection": split_by_destination_or_conjunct, "administration": split_by_count_or_gapped_subject,
}
