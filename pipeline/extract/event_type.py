"""Event type: the type the rules give a trigger (its pattern label, corrected by the parse)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.licence import cancelled_deal, giving_complements
from pipeline.extract.status import headline_infinitive, is_planned
from pipeline.extract.syntax import (
    auxiliaries,
    awaited,
    children,
    dependants,
    gerund_of_time,
    head_chain,
    parties_in,
    past_dateline,
    prep_objects,
    subject,
    takers_of,
    timed_clause,
)
from pipeline.nlp.components import demonym_plural
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import country_names, party_table


def rule_type(trig: Span) -> str:
    root, tid = trig.root, trig.id_
    if cancelled_deal(trig):
        return "purchase"  # cancelling a contract or an import is a negated purchase (EVENTS.md 6.9)
    # "received a supply commitment from Merck", "has secured pledges of 200 million doses": what came is a promise
    if tid in lexicon().receiving_triggers and any(o.lower_ in lexicon().promise_nouns for o in children(root, ("dobj",))):
        return "offer"
    if trig.label_ == "delivery" and root.pos_ == "NOUN" and root.dep_ == "dobj" and (
            root.head.lower_ in lexicon().approval_words or
            root.head.lower_ in lexicon().announcing_verbs and root.lower_ in lexicon().offer_nouns):
        # "China has approved a donation of 500,000 doses to Nepal", "Germany announced a donation": decided, not
        # yet given ("announced the shipment of 117,600 doses to Togo on the 5th of August" tells one made)
        return "offer"
    if trig.label_ == "delivery" and root.dep_ == "dobj" and root.lower_ in lexicon().offer_nouns and \
            root.head.lower_ in ("make", "makes", "making") and is_planned(root.head):
        return "offer"  # "Spain will make a donation of 500,000 doses": as "will donate" (EVENTS.md 6.3)
    if trig.label_ == "delivery" and asked_to_pause(root) is not None:
        return "rejection"  # "will ask that all vaccine donations be paused"
    if trig.label_ == "request" and asks_not_to_give(root):
        return "rejection"  # "asked COVAX not to send any more doses": the asking party turns them down
    if tid == "relocate" and parties_in(t for o in prep_objects(root, ("to",)) for t in o.subtree):
        return "delivery"  # "will be redistributed to Angola, Togo and Ghana": given to them (not "may be relocated")
    if tid == "reserve" and reserved_for_another(root):
        return "offer"  # "doses reserved for it by the COVAX facility": allotted (EVENTS.md 2), not bought
    if tid in lexicon().receiving_triggers and trig.label_ == "delivery":
        subj = past_dateline(subject(root))
        objs = children(root, ("dobj",))
        # "500,000 Iraqis have received the Pfizer vaccine": a people named by its demonym
        # ("other vaccines for those who received the Sinovac shot": people named by "those who")
        people = any(s.lower_ in lexicon().people_nouns or s.lower_ == "those" and any(
            g.lower_ == "who" for c in children(s, ("relcl",)) for g in dependants(c)) for s in subj) or (
            any(demonym_plural(s) for s in subj)
            and not any(o.lower_ in lexicon().supply_nouns for o in objs))
        # "received a single dose", "the first shot": people are vaccinated; a state or an agency that has "not
        # received a single dose from COVAX" has had no delivery
        # ("Philippines receives first Novavax doses": the parser's NORP for a state's name is the state)
        # ("The Pacific nation received its first doses": a description of a state is the state)
        acting = any(s.ent_type_ in ("GPE", "ORG") or party_table().get(s.lower_) in country_names()
                     or s.lower_ in lexicon().country_descriptions for s in subj)
        # "we have not received a single dose from COVAX": a dose that comes from a party is supplied
        acting = acting or bool(parties_in(prep_objects(root, ("from",))))
        # ("received their first dose, the lowest rate since 2008": not a number of what is said beside the dose)
        beside = {t.i for o in objs for a in children(o, ("appos", "relcl", "acl")) for t in a.subtree}
        shot = not acting and any(dose_of_a_series(o) and not any(
            c.like_num and c.lower_ not in _DOSE_ORDINALS and c.i not in beside for c in o.subtree) for o in objs)
        # "he would opt to receive", not "a shipment", nor "received the first 300,000 doses at the airport"
        person = any(s.lower_ in ("he", "she") or s.ent_type_ == "PERSON" for s in subj) and \
            not any(o.lower_ in lexicon().supply_nouns or any(c.like_num and c.lower_ not in _DOSE_ORDINALS
                                                              for c in dependants(o)) for o in objs)
        got_vaccinated = tid == "get" and any(s.lower_ == "vaccinated" for s in trig.doc[trig.end:trig.end + 1])
        if people or shot or person or got_vaccinated:
            return "administration"
    if tid == "expect" and trig.label_ == "delivery" and awaits_own_dose(root):
        return "administration"  # "600,000 people are now waiting for their second shot": to be vaccinated
    # (not "declines doses close to expiry": a "to" of an adjective is no one withheld from)
    if tid in lexicon().withholding_triggers and any(o.head.head.pos_ != "ADJ" for o in prep_objects(root, ("to",))) \
            and not any("to" in auxiliaries(c) for c in children(root, ("xcomp",))):
        # "China refuses immunizations to defectors": withholding, not refusing ("declined to accept doses close to
        # expiry" refuses them)
        return "administration"
    # ("the doses will go to health workers": to people, who are vaccinated with them)
    if tid in ("give", "gave", "offer", "go") and gives_people_doses(root):  # "began offering booster shots to nurses"
        return "administration"
    if tid == "donate" and root.tag_ == "VBZ" and not is_planned(root):
        return "delivery"  # "China donates 500,000 Sinopharm doses to Nepal": a headline's present tells what was done
    if tid == "donate" and gerund_of_time(root) and root.head.lower_ in ("after", "since"):
        return "delivery"  # "has pledged another 1 million doses after donating 800,000 in March": done before it
    if trig.label_ in ("delivery", "offer") and tid in lexicon().giver_triggers and root.dep_ == "xcomp" and \
            root.head.lower_ in lexicon().readiness_words:
        return "offer"  # "said it was ready to supply up to 50 million doses", "has decided to provide": offered
    if tid in ("provide", "give", "share", "provided"):  # "Australia provides doses": giving now is a
        # delivery, "will be provided" (or a headline's "France to give 30m doses") a promise
        return "offer" if is_planned(root) or headline_infinitive(trig) else "delivery"
    return trig.label_


def reserved_for_another(root: Token) -> bool:
    """Doses reserved for a party by another, or by no one named, are set aside for it: "reserved for it by COVAX",
    "COVAX has reserved 300,000 doses for Burundi"; not "has reserved 10 million doses from Pfizer" (bought), nor
    "Chile has reserved doses for Chileans" (its own people)."""
    named = takers_of(root, ("for",))
    takers = parties_in(t for o in named for t in o.subtree) or [o for o in named if o.pos_ == "PRON"]
    if not takers or prep_objects(root, ("from",)):
        return False
    return not set(parties_in(t for s in subject(root) for t in s.subtree)) & set(takers)


_SHOT_WORDS = ("shot", "shots", "jab", "jabs")  # what is given into an arm (doses may be gifts)
_SHOTS = (*_SHOT_WORDS, "dose", "doses", "booster", "boosters")
_DOSE_ORDINALS = ("first", "second", "third", "booster", "both", "single", "one", "two")


def dose_of_a_series(obj: Token) -> bool:
    """"The first shot", "second doses", "a single dose": a dose of a person's series, which people are given."""
    # a booster is a dose of a series by itself: "Bahrain to offer Sinopharm boosters"
    # "was the first to receive a shot", "got his jab": one dose, which one person gets
    one = obj.tag_ == "NN" and any(c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "his", "her")
                                   for c in dependants(obj))
    return obj.lower_ in ("booster", "boosters") or \
        obj.lower_ in _SHOTS and (one or any(c.lower_ in _DOSE_ORDINALS for c in dependants(obj)))


def awaits_own_dose(root: Token) -> bool:
    """People, not a state, who wait for or expect a dose of their series ("their second shot", "a booster"):
    they wait to be vaccinated, not for a delivery."""
    people = any(s.lower_ in lexicon().people_nouns or demonym_plural(s) for s in subject(root))
    return people and any(dose_of_a_series(o) or o.lower_ in _SHOTS and any(
        c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in dependants(o)) for o in awaited(root))


def gives_people_doses(root: Token) -> bool:
    """"Has given at least one dose to 50 million people" vaccinates them (EVENTS.md 1), and "will be given first
    to pregnant women" plans to; "enough vaccines to give a second dose to the 122,712 people" states a need."""
    # "to 50 million people", or people given doses in the passive: "80 million people have been given a dose"
    # ... or as the indirect object ("to give children under five the oral polio vaccine": the parser may take
    # the first of two objects for a direct one)
    objects = children(root, ("dobj",))
    takers = takers_of(root, ("to",)) + children(root, ("nsubjpass", "dative")) + objects[:-1]
    # "to 40 percent of its people": the people a fraction is of
    takers += [o for t in takers if t.lower_ in lexicon().fraction_nouns for o in prep_objects(t, ("of",))]
    if not takers and any(dose_of_a_series(o) for o in objects):
        return True  # "would begin giving second doses in June": a dose of a series is given to people
    if root.dep_ == "acl" and root.tag_ == "VBN" and dose_of_a_series(root.head):
        return True  # "a third dose of the vaccine given six months after the second"
    # doses given by and to no one named go into arms: "1.2 million doses have been given in Uganda", "a third of the
    # shots given in the country" (a participle on shots, not doses, which may be gifts)
    no_one_named = not takers_of(root, ("to", "for")) and not prep_objects(root, ("by",))
    given = children(root, ("nsubjpass",))
    if no_one_named and (any(t.lower_ in _SHOTS for g in given for t in g.subtree) or
                         root.dep_ == "acl" and root.tag_ == "VBN" and root.head.lower_ in _SHOT_WORDS):
        return True
    # "The country has given 1.2 million shots so far": shots (not doses, which may be gifts) given to no one named
    if not takers and any(o.lower_ in _SHOT_WORDS for o in objects) and not takers_of(root, ("to", "for")):
        return True
    # "925,000 Sri Lankans have been given the shot": a people named by its demonym too
    if not any(t.lower_ in lexicon().people_nouns or demonym_plural(t) for t in takers):
        return False
    return not any(t.lower_ in lexicon().capacity_heads for h in head_chain(root, 3)
                   for t in [h, *children(h, ("amod", "advmod"))])


def asks_not_to_give(root: Token) -> bool:
    """A verb of asking whose verb of giving is negated or stopped: "asked COVAX not to send any more doses",
    "asked COVAX to stop sending doses"; or that asks for its own doses to go to others: "asked COVAX to reallocate
    its 400,000 doses to other countries"."""
    stopping = [c for c in children(root, ("xcomp", "ccomp")) if c.lower_ in lexicon().pause_verbs]
    passing_on = [c for c in children(root, ("xcomp", "ccomp")) if c.lower_.startswith(_PASSING_ON) and any(
        g.dep_ == "poss" for o in children(c, ("dobj",)) for g in dependants(o))]
    return any(any(g.dep_ == "neg" for g in dependants(c)) for c in giving_complements(root)) or \
        any(giving_complements(c) for c in stopping) or bool(passing_on)


_PASSING_ON = ("realloca", "redistribut", "redirect", "divert")  # the stems of each form


def asked_to_pause(root: Token) -> Token | None:
    """The verb asking for deliveries to be paused or stopped ("asked that donations be paused"):
    the asking party turns them down."""
    chain = [root] + head_chain(root, 4)
    paused = [i for i, t in enumerate(chain) if t.lower_ in lexicon().pause_verbs]
    # "asked China to supply more after India stopped exports": a stop told in a clause of time is no one's asking
    if not paused or timed_clause(chain[paused[0]]):
        return None
    return next((t for t in chain[paused[0] + 1:] if t.lower_ in lexicon().asking_verbs), None)

