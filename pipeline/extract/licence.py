"""Licence: the rules' opinion of whether a trigger speaks of supplying vaccines (approvals, frames,
back references and other senses of the word are not), and how closely it is tied to vaccine words.
"""

from __future__ import annotations

from typing import Collection, NamedTuple

from spacy.tokens import Span, Token

from pipeline.extract.fields import MULTIPLIER_WORDS
from pipeline.extract.records import Context
from pipeline.extract.status import is_negated
from pipeline.extract.syntax import (
    auxiliaries,
    children,
    clauses_asked_of,
    climb,
    counted_doses,
    dependants,
    ends_a_deal,
    entities,
    free_participle,
    gerund_of_time,
    governor,
    has_own_subject,
    head_chain,
    is_funding,
    is_vaccine_token,
    light_verb_objects,
    lone_quantifier,
    names_a_part,
    names_doses,
    past_dateline,
    parties_in,
    pays,
    prep_objects,
    relative_clauses,
    relative_pronoun,
    set_aside,
    subject,
    subtree_ids,
    trigger_roots,
)
from pipeline.nlp.components import demonym_plural
from pipeline.nlp.lexicon import lexicon


class Licence(NamedTuple):
    """The rules' licence of a trigger: granted or not, how closely it is tied to vaccine words, and the
    test that decided (a feature of the event decider)."""

    ok: bool
    link: float
    reason: str


def vaccine_linked(trig: Span, sentence_has_vaccine: bool, ctx: Context) -> Licence:
    """How a trigger is tied to vaccine words: in its phrase, as its object, through its governor."""
    root = trig.root
    # ("will provide technical support, and 2.9 million doses are expected from the stockpile": not in a clause joined
    # to it with a subject of its own)
    joined = {i for c in dependants(root) if c.dep_ == "conj" and has_own_subject(c) for i in subtree_ids(c)}
    near = [t for t in root.subtree if t.i not in joined]
    gov = governor(root)
    if root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("amod", "compound"):
        near += list(root.head.subtree) if root.head != root else []
    if any(is_vaccine_token(t) for t in near if t.i != root.i or trig.label_ == "administration"):
        return Licence(True, 1.0, "vaccine_nearby")
    objs = children(root, ("dobj", "nsubjpass", "nsubj", "attr")) + prep_objects(root, ("of", "for")) + \
        subject(root) + ([root.head] if root.dep_ == "acl" else [])
    if trig.label_ == "rejection":  # "has refused to accept them": what the refusal would not take
        objs += [o for x in children(root, ("xcomp",)) for o in children(x, ("dobj",))]
    if any(is_vaccine_token(o) for o in objs):  # "doses are scheduled to arrive", "vaccines, procured by"
        return Licence(True, 0.9, "vaccine_object")
    vaccine_text = sentence_has_vaccine or ctx.previous_vaccine_related
    if vaccine_text and any(o.lower_ in lexicon().supply_nouns and not _stands_for_other(o) for o in objs):
        return Licence(True, 0.6, "supply_object")
    # what is given, or what moves ("and the first 2 million will arrive this month"), or the count a participle
    # is on ("including 2.2 million from COVAX and 1.1 million donated by the United States")
    moves = trig.id_ in lexicon().motion_triggers
    # ("and another 400,000 arrived last week": the parser may hang the arriving on the count)
    # ("and the first 100,000 were expected to arrive next week", "another 400,000 are due to arrive": the subject of
    # the words the infinitive completes)
    counted = children(root, ("dobj", "nsubjpass")) + (children(root, ("nsubj",)) + (
        subject(root) if root.dep_ == "xcomp" else []) if moves else []) + (
        [root.head] if root.dep_ == "acl" and (root.tag_ == "VBN" or moves) else []) + (
        # "applied for a further 3 million", "placed an order for 15 million more"
        prep_objects(root, ("for",)) if trig.label_ == "request" or trig.label_ == "purchase" and root.pos_ == "NOUN"
        else []) + (
        # "submitted an application to Gavi for a further 16 million": the light verb holds "for"
        light_verb_objects(root, ("for",)) if trig.label_ == "request" and root.dep_ == "dobj" else []) + (
        # "the doses were part of 102,000 the country received": the count a clause without an object is on
        _held_by_clause(root)) + _count_as_adverb(root) + (
        # "has promised to send another 4 million": what the infinitive of giving it governs gives
        _given_objects(root) if trig.label_ != "delivery" else [])
    if vaccine_text and any(_bare_count(o) for o in counted):
        # "plans to deliver 1 billion more": more of the doses just named; "only 1 million have been supplied"
        return Licence(True, 0.6, "count_object")
    if vaccine_text and root.lower_ in _BATCHES and any(
            o.like_num and o.ent_type_ not in ("DATE", "ORDINAL") for o in prep_objects(root, ("of",))):
        return Licence(True, 0.6, "count_object")  # "a second batch of 400,000 would follow": of the doses named
    # "an offer Taipei rejected": the noun a relative clause without an object of its own hangs on is what it rejects
    refused = objs + ([root.head] if root.dep_ == "relcl" and not children(root, ("dobj",)) else [])
    if vaccine_text and trig.label_ == "rejection" and any(o.lower_ in lexicon().offer_nouns for o in refused):
        return Licence(True, 0.6, "offer_object")  # "Myanmar rejected the offer" of the doses just stated (EVENTS.md 1)
    # "China had offered Taiwan its vaccines, but Taipei refused": a refusal with no object of its own, joined to an
    # offer, refuses what was offered
    if vaccine_text and trig.label_ == "rejection" and root.dep_ == "conj" and \
            not children(root, ("dobj", "nsubjpass", "xcomp", "prep")) and \
            root.head.i in trigger_roots(trig.doc, lambda t: t.label_ == "offer"):
        return Licence(True, 0.6, "offer_refused")
    if gov != root and any(is_vaccine_token(t) for t in gov.subtree):
        return Licence(True, 0.5, "vaccine_under_governor")
    # "after Moscow offered to supply the country": an offer to give a party, in a text on vaccines, gives them
    if vaccine_text and trig.label_ == "offer" and any(
            o.ent_type_ in ("GPE", "ORG") or o.lower_ in lexicon().country_descriptions
            for g in giving_complements(root) for o in children(g, ("dobj", "dative"))):
        return Licence(True, 0.5, "offer_to_a_party")
    clause = climb(root, ("xcomp", "acomp"))  # "of which were due to arrive"
    if clause.dep_ in ("relcl", "acl"):
        # "a total of 6.4m vaccine doses to be shipped": the parser hangs it on "total"; "38 million Sinopharm
        # doses, the first 300,000 of which were due to arrive"; "the offer of 100,000 doses from China, which
        # are expected to arrive": on the last noun of the phrase that names the doses
        phrase = clause.head
        for _ in range(3):
            if any(is_vaccine_token(t) for t in phrase.subtree if t.i < clause.i):
                return Licence(True, 0.5, "vaccine_before_clause")
            if phrase.dep_ not in ("pobj", "prep") or phrase.head == phrase:
                break
            phrase = phrase.head
    return Licence(False, 0.0, "no_vaccine_link")


def _stands_for_other(pronoun: Token) -> bool:
    """"them" whose antecedent, the last plural noun before it in the sentence, is no word for vaccines ("nurses had
    been promised allowances but had never received them"): it stands for that, not for doses (not a subject: "had
    a shelf life of only 18 days when they arrived" tells of the doses)."""
    if pronoun.lower_ != "them":
        return False
    before = next((t for t in reversed(pronoun.doc[:pronoun.i]) if t.tag_ in ("NNS", "NNPS")), None)
    return before is not None and not names_doses(before) and before.lower_ not in lexicon().people_nouns


def _held_by_clause(root: Token) -> list[Token]:
    """What a relative clause without an object of its own is on: its noun, or the whole a part of it names (the
    parser may hang the clause on "part" in "part of 102,000 the country received"); a relative pronoun the parser
    makes the object is none of its own ("part of 102,000 that the African Union donated")."""
    if root.dep_ != "relcl" or [o for o in children(root, ("dobj",)) if not relative_pronoun(o)]:
        return []
    noun = root.head
    whole = prep_objects(noun, ("of",)) if names_a_part(noun) else []
    return [noun, *whole]


def generic_statement(root: Token, headline: bool = False) -> bool:
    """A verb in the simple present whose subject is a bare plural of states ("Countries that receive vaccines close
    to expiry struggle to use them", "Poor nations buy fewer doses") or what many, most, each or every one does ("Many
    doses arrive with only weeks before they expire", "Each participating country receives enough doses to cover 20
    percent of its population") says what happens in general, not that it did; so does a gerund as a clause's subject.
    A headline's present tells a happening ("African countries receive 2 million doses"), though not its advice ("Rich
    countries must share vaccines")."""
    # "researchers said that giving a dose of Pfizer's vaccine to people who had received AstraZeneca's was safe": a
    # gerund as the subject of a clause tells of a practice, with all it holds, unless it counts the doses it moves
    if any(g.dep_ == "csubj" and g.tag_ == "VBG" and not any(counted_doses(t) for t in g.subtree)
           for g in [root, *root.ancestors]):
        return True
    verb = root
    # ("before offering boosters": a gerund of time under such a verb tells no more than it does)
    while (verb.dep_ == "xcomp" or gerund_of_time(verb)) and verb.head != verb:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    # ("countries should first aim to give two doses to all health workers": what states in general should do)
    advised = bool(auxiliaries(verb) & {"should", "must"})
    if not advised and (headline or verb.tag_ not in ("VBP", "VBZ") or auxiliaries(verb)):
        return False
    # `subject` gives a relative clause's antecedent for its pronoun ("Countries that receive")
    return any(s.lower_ in lexicon().group_nouns and not any(c.dep_ in ("det", "nummod", "poss") for c in dependants(s))
               or any(c.lower_ in ("many", "most", "each", "every") for c in children(s, ("amod", "det")))
               for s in subject(verb))


def vaccine_property(root: Token, supply: bool = False) -> bool:
    """What a vaccine can, must or should be given to says what the product is for ("its LC16 vaccine, which can be
    given to children", "The shot should be given to people over 60"), not that doses moved: the subject is the
    vaccine itself or one dose of it, a singular, not a count of doses. For a verb of `supply`, so does how it is
    given in the simple present ("The vaccine is given free of charge at health facilities"; not "is being given")."""
    aux = auxiliaries(root)
    habitual = supply and root.tag_ == "VBN" and bool(aux & {"is", "are"}) and "being" not in aux and \
        not children(root, ("agent",))
    if not aux & _PROPERTY_MODALS and not habitual:
        return False
    said_of = children(root, ("nsubjpass",)) or subject(root)
    if root.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in said_of):
        said_of = [root.head]
    return any(is_vaccine_token(s) and s.tag_ in ("NN", "NNP") for s in said_of)


_PROPERTY_MODALS = frozenset({"can", "must", "should"})


def _count_as_adverb(root: Token) -> list[Token]:
    """"will receive 1.5 million more in January", "will get 2 million more": the parser may take the count of a verb
    for an adverb."""
    return [c for c in children(root, ("advmod",)) if c.lower_ == "more"]


def _bare_count(obj: Token) -> bool:
    """An object that is a count of what was just named, without its noun: "1 billion more", "another 2 million"."""
    if obj.ent_type_ == "MONEY":  # "gave Kenya $5 million": a sum, not a count
        return False
    if obj.lower_ == "more":  # "1 billion more"; "has asked for more" with nothing after it, "is expecting more
        # from China": more of them ("more than" compares); the headline "asks EU for more" ends on it
        after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        return any(c.like_num or c.lower_ in MULTIPLIER_WORDS for c in dependants(obj)) or (
            not list(dependants(obj)) and (
                obj.dep_ == "pobj" and (after is None or after.is_punct)
                or obj.dep_ == "dobj" and after is not None and after.pos_ == "ADP" and after.lower_ != "than"))
    if lone_quantifier(obj):  # "has yet to receive any": of the doses named
        return True
    if obj.like_num and obj.ent_type_ != "ORDINAL" and any(c.lower_ in _FURTHER for c in dependants(obj)):
        return True  # "promised 2,000 more", "applied for another 50,000"
    if obj.like_num and any(c.dep_ == "acl" and c.tag_ == "VBN" and children(c, ("agent",)) for c in dependants(obj)):
        return True  # "had received 200,000 donated by China"
    # "received only 1 million" ("million" is itself like_num, so it must not stop at the test above)
    if obj.lower_ in MULTIPLIER_WORDS and any(c.like_num for c in dependants(obj)):
        return True
    # "after Russia delivered only 550,000": a count standing alone; "and the first 40,000 arrived": a ranked part
    # ("had received fewer than 900,000": a count with its qualifier; "the 400,000 it has already given": with the
    # clause on it)
    return obj.like_num and obj.ent_type_ == "CARDINAL" and all(
        c.dep_ in ("advmod", "quantmod", "relcl") or (c.dep_, c.lower_) == ("det", "the") or _compared(c)
        or c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in _RANKS) for c in dependants(obj))


def _compared(tok: Token) -> bool:
    """"fewer" in "fewer than 900,000": the parser may hang a comparison on the count as an adjective."""
    return tok.dep_ == "amod" and tok.lower_ in ("fewer", "less", "more") and tok.i + 1 < len(tok.doc) and \
        tok.doc[tok.i + 1].lower_ == "than"


_FURTHER = frozenset({"more", "another", "further", "additional", "extra"})
_RANKS = frozenset({"remaining", "next", "last", "final"})


def _any_that_may_come(root: Token, objects: list[Token]) -> bool:
    """"said they would welcome any vaccines offered", "would accept any doses donated to it": doses of no happening,
    any that may come, under a verb of what would be (not "nor were any vaccines provided", "would not accept any
    vaccines": told as not done)."""
    held = objects + ([root.head] if root.dep_ == "acl" else [])
    verb = root.head.head if root.dep_ == "acl" else root
    return any(c.dep_ == "det" and c.lower_ == "any" for h in held for c in dependants(h)) and \
        bool(auxiliaries(verb) & {"would", "could", "might"}) and not any(c.dep_ == "neg" for c in dependants(verb))


def licensed(trig: Span, sentence_has_vaccine: bool, ctx: Context) -> Licence:
    """Whether a trigger speaks of vaccine supply: the first test that settles it, in order."""
    root, tid = trig.root, trig.id_
    if set_aside(root):
        return Licence(False, 0.0, "set_aside")
    if trig.label_ != "purchase" and about_approval(root) and not _asks_for_doses(trig) and not _counted_object(root):
        return Licence(False, 0.0, "approval")
    if caught_illness(trig):
        return Licence(False, 0.0, "caught_illness")  # "500 people have contracted measles"
    if root.tag_ == "VBG" and root.dep_ in ("xcomp", "dobj") and root.head.lower_ in lexicon().recommending_verbs:
        return Licence(False, 0.0, "recommended")  # "the findings supported giving booster shots to older people"
    if root.dep_ in ("pcomp", "ccomp") and any(c.dep_ == "nsubj" and c.lower_ == "who" and relative_pronoun(c)
                                                for c in dependants(root)):
        return Licence(False, 0.0, "indirect_question")  # "a dispute about who would distribute the doses": asked
    if tid in lexicon().receiving_triggers and root.dep_ == "acl" and "to" in auxiliaries(root) and \
            root.head.lower_ in lexicon().attitude_nouns and not children(root.head, ("poss",)):
        return Licence(False, 0.0, "attitude")  # "Willingness to receive a COVID-19 vaccine rose to 78 percent"
    if (tid in lexicon().receiving_triggers or trig.label_ == "administration") and _wanted_by_people(root):
        return Licence(False, 0.0, "attitude")  # "few people want to be vaccinated", "little interest in getting them"
    if tid == "deal" and root.pos_ == "VERB":
        return Licence(False, 0.0, "other_sense")  # "to deal with the outbreak": the noun is the purchase
    if any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("arm", "arms") for g in dependants(c))
           for c in dependants(root)):
        return Licence(False, 0.0, "into_arms")  # "get those doses into arms" speaks of vaccinating, in general
    objects = children(root, ("dobj", "nsubjpass"))
    if _any_that_may_come(root, objects):
        return Licence(False, 0.0, "any_that_may_come")
    # "pending the signing of an indemnity agreement", "a technology transfer agreement": an agreement on no doses
    agreed = [root, *objects, *(prep_objects(root, ("of",)) if root.pos_ == "NOUN" else [])]
    if trig.label_ in ("purchase", "delivery") and any(c.lower_ in lexicon().other_agreements
                                                       for h in agreed for c in children(h, ("compound", "amod"))):
        return Licence(False, 0.0, "other_agreement")
    if any(c.lower_ in lexicon().approval_words for c in objects):
        return Licence(False, 0.0, "approval_object")  # "a new EUA should be secured": what is secured is an approval
    # ("needed at least 1.6 million doses to give second shots to people": giving to people is vaccinating them)
    vaccinates = trig.label_ == "administration" or any(o.lower_ in lexicon().people_nouns
                                                        for o in prep_objects(root, ("to",)))
    if vaccinates and any(h.lower_ in lexicon().capacity_heads for h in head_chain(root, 2)):
        return Licence(False, 0.0, "capacity")  # "enough to vaccinate 20,000 people" states a capacity, not an event
    # "would begin vaccinating dogs on the island", "have vaccinated 60 percent of the island's dogs", "a dog
    # vaccination campaign"
    vaccinated = [_of_whom(t) for t in objects]
    if trig.label_ == "administration" and (vaccinated and all(t.lower_ in lexicon().animal_nouns for t in vaccinated)
                                            or root.dep_ == "compound" and any(c.lower_ in lexicon().animal_nouns
                                                                               for c in dependants(root))):
        return Licence(False, 0.0, "animals")
    # "gave a new malaria vaccine to 450 children in a trial": research ("shipped doses for a trial" still supplies)
    if vaccinates and any(o.lower_ in lexicon().trial_nouns for h in (root, governor(root))
                          for o in prep_objects(h, ("in", "during"))):
        return Licence(False, 0.0, "trial")
    if root.dep_ == "xcomp" and root.head.lower_ in lexicon().ability_verbs:
        return Licence(False, 0.0, "capacity")  # "cannot afford to buy their own supplies" tells of no doses
    if trig.label_ == "administration" and tid in ("vaccinate", "inoculate", "immunize", "jab", "roll out"):
        if root.dep_ == "compound" and root.head.lower_ in lexicon().program_nouns:
            root = root.head
        if root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("compound", "amod"):
            if root.dep_ in ("compound", "amod") and tid != "roll out":
                return Licence(False, 0.0, "admin_modifier")
            if root.dep_ == "pobj" and root.head.lower_ in ("to", "for", "towards"):
                # "donated doses to the country's vaccination programme": where doses go
                return Licence(False, 0.0, "admin_destination")
            has_owner = any(c.dep_ == "poss" for c in dependants(root))
            head_ok = any(h.lower_ in lexicon().admin_nominal_heads for h in head_chain(root, 3))
            if any(c.dep_ == "amod" and c.tag_ == "JJS" for c in dependants(root)):
                return Licence(False, 0.0, "comparison")  # "one of Europe's fastest rollouts" ranks, tells of no doses
            if tid == "roll out":
                return Licence(sentence_has_vaccine, 0.7, "admin_rollout")
            return Licence((has_owner or head_ok), 0.6, "admin_nominal")
        return Licence(True, 1.0, "admin_verb")
    if any(e.start <= root.i < e.end and e.label_ not in ("DATE", "CARDINAL", "QUANTITY", "VACCINE")
           for e in entities(trig.doc)):
        return Licence(False, 0.0, "organisation_name")  # "African Vaccine Acquisition Trust" names an organisation
    if root.dep_ == "compound" and root.head.lower_ in lexicon().scheme_nouns | lexicon().body_nouns:
        # "under the African Union's vaccine acquisition programme", "through its vaccine acquisition task team"
        return Licence(False, 0.0, "scheme_name")
    if (tid in ("sign", "deal", "contract") or trig.label_ == "offer") and _deal_to_make(root):
        # "signed an agreement to build a plant that could produce", "promised to produce 5 million more doses"
        return Licence(False, 0.0, "production_deal")
    if trig.label_ == "rejection" and {t.i for t in objects} & trigger_roots(trig.doc, lambda t: t.label_ == "request"):
        return Licence(False, 0.0, "request_refused")  # "the request was turned down": no doses refused (EVENTS.md 1)
    if trig.label_ == "rejection" and _done_by_people(root):
        return Licence(False, 0.0, "people_refuse")  # "half of adults say they will refuse a vaccine": hesitancy
    if trig.label_ == "rejection" and any(c.i in trigger_roots(trig.doc, lambda t: t.id_ in lexicon().giver_triggers
                                                                and t.label_ in ("delivery", "offer"))
                                          for c in children(root, ("xcomp",))):
        return Licence(False, 0.0, "refused_to_give")  # "refused to share its vaccines": a giving not done, no refusal
    if trig.label_ == "rejection" and any(c.lower_ in lexicon().telling_verbs for c in children(root, ("xcomp",))):
        return Licence(False, 0.0, "refused_to_tell")  # "declined to say how many doses it had ordered"
    if trig.label_ == "rejection" and any(map(_joins, children(root, ("xcomp",)))):
        return Licence(False, 0.0, "refused_to_join")  # "declined to join the COVAX scheme": no doses (EVENTS.md 1)
    if generic_statement(root, headline=ctx.is_headline):
        return Licence(False, 0.0, "generic")  # "Countries that receive vaccines close to expiry struggle to use them"
    if vaccine_property(root, supply=trig.label_ in ("delivery", "offer")):
        return Licence(False, 0.0, "vaccine_property")  # "its LC16 vaccine, which can be given to children"
    if names_what_it_is_for(root):
        return Licence(False, 0.0, "hyphen_modifier")
    if any(o.lower_ in lexicon().people_nouns for o in prep_objects(root, ("per",))):
        return Licence(False, 0.0, "dosing")  # "cut the number of doses given per person from two to one": a regimen
    if root.dep_ == "amod" and root.tag_ == "VBN":
        # "the sent vaccine doses", "the donated vaccine" refer to an event stated before
        return Licence(False, 0.0, "participle_modifier")
    # "the deal brings the number of doses Colombia has secured to 61.5 million" (not "delivered a total of")
    if any(o.dep_ == "dobj" and o.lower_ in lexicon().tally_nouns and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in dependants(o)) for o in objects):
        return Licence(False, 0.0, "tally")
    # "bringing its total donations to 10 million doses": a total of givings brought to a count is a tally too
    if root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.lower_ in lexicon().bringing_verbs and \
            prep_objects(root.head, ("to",)) and any(c.dep_ == "amod" and c.lower_ in lexicon().tally_nouns
                                                     for c in dependants(root)):
        return Licence(False, 0.0, "tally")
    # "the arrival of 1.1 million doses brings Uganda's supply to 4 million doses": a holder's supply brought to a
    # count is a tally too ("would bring the country's vaccine stock to almost 40 million doses": the holder may hang
    # on a word before the noun)
    if tid == "bring" and prep_objects(root, ("to",)) and any(
            o.dep_ == "dobj" and o.lower_ in _STOCKS and any(t.dep_ == "poss" for t in o.subtree if t.i < o.i)
            for o in objects):
        return Licence(False, 0.0, "tally")
    if asks_something_else(trig):
        return Licence(False, 0.0, "something_else")  # "despite pleas from the WHO to keep them"
    if tid == "use" or tid in lexicon().object_bound_triggers:
        if trig.label_ in ("delivery", "offer") and _gives_money(children(root, ("dobj",))):
            return Licence(False, 0.0, "something_else")
        # "asked Russia to return the money it paid for the doses", "return part of the money", "requested the return
        # of the money"
        asked = [o for c in children(root, ("xcomp", "ccomp")) for o in children(c, ("dobj",))] or \
            [g for o in children(root, ("dobj",)) if o.pos_ == "NOUN" for g in prep_objects(o, ("of",))]
        returned = children(root, ("dobj",)) or (prep_objects(root, ("of",)) if root.pos_ == "NOUN" else [])
        if trig.label_ == "request" and _is_money(asked) or trig.label_ == "rejection" and _is_money(returned):
            return Licence(False, 0.0, "something_else")
        # "attr": the parser's reading of a headline's object counted as "1m" ("Kenya gets 1m AstraZeneca doses")
        if tid in _HEAD_BOUND:  # not what the object holds: "welcomed the news of the vaccine"
            objs = children(root, ("dobj", "nsubjpass", "attr")) + [
                g for p in children(root, ("prep",)) if p.lower_ == "for" for g in children(p, ("pobj",))]
        else:
            objs = children(root, ("dobj", "nsubjpass", "dative", "attr")) + prep_objects(root, ("of", "for", "with")) + \
                _count_as_adverb(root)
        if tid == "use" and children(root, ("xcomp",)):  # "the fund, which Bolivia uses to buy vaccines": what is
            objs = children(root, ("dobj", "nsubjpass"))  # used is the means, what it buys is not used
        if tid == "deny":  # "denies COVID vaccines to migrants": the parser takes "COVID" for a verb
            objs += children(root, ("xcomp",))
        # "expects a further 122 million doses of Sinovac, to be finished locally": the parser may make what is
        # expected the subject of a clause on it (not "expects 20 million shots to arrive", itself a trigger)
        objs += [s for c in children(root, ("ccomp",)) if "to" in auxiliaries(c) and c.i not in trigger_roots(c.doc)
                 for s in children(c, ("nsubj", "nsubjpass"))]
        if any(c.dep_ == "auxpass" for c in dependants(root)) or tid in lexicon().motion_triggers:
            objs += subject(root)  # what is given in the passive, what moves ("more vaccines are coming")
        # "300,000 doses of Moderna, expected Friday", "with a further 400,000 expected next week": the doses are
        # what the participle says is expected
        if root.dep_ == "acl" and root.tag_ == "VBN" and (names_doses(root.head) or _bare_count(root.head)):
            objs.append(root.head)
        # "the 800,000 doses it has already given", "part of 2.7 million the United States lent": the doses a clause
        # on them gives are its object
        # ("the 9 million doses the country is set to get": or on the verb whose infinitive it is)
        clause = climb(root, ("xcomp",)) if "to" in auxiliaries(root) else root
        if clause.dep_ == "relcl" and (names_doses(clause.head) or _bare_count(clause.head)) and \
                not children(root, ("dobj", "nsubjpass")) and not children(clause, ("dobj",)):
            objs.append(clause.head)
        if trig.label_ == "request":  # "asked Australia to send more vaccines": what is asked for is given
            objs += [o for g in giving_complements(root) for o in children(g, ("dobj",))]
            # "is seeking to obtain 2 million doses": what a request seeks to get
            objs += [o for g in children(root, ("xcomp",)) if g.lower_ in lexicon().obtaining_verbs
                     for o in children(g, ("dobj",))]
            # "has asked Japan and Australia to help it secure vaccines": what the asked are to help it get
            objs += [o for g in children(root, ("xcomp",)) if g.lower_ in lexicon().helping_verbs
                     for h in children(g, ("ccomp", "xcomp")) for o in children(h, ("dobj",))]
            # "has requested that Russia speed up delivery of the 2 million doses": what the asked party is to do
            objs += [o for g in clauses_asked_of(root) for o in children(g, ("dobj",))]
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj":  # "made a request to the WHO for doses":
            objs += prep_objects(root.head, ("for",))  # the light verb holds "for"
        # what is bought must be doses, not the act of vaccinating ("booked appointments for vaccination")
        acts = _VACCINATING if trig.label_ == "purchase" else frozenset()
        # a clause of time or reason inside the object tells of other doses ("give the regulatory approvals needed
        # before doses can be sent")
        aside = {t.i for o in objs for c in o.subtree if c.dep_ in ("advcl", "ccomp") and c != o for t in c.subtree}
        bound = any(names_doses(t) and t.lower_ not in acts and t.i not in aside for o in objs
                    for t in (o.subtree if tid not in _HEAD_BOUND else [o]))
        nouns = trigger_roots(trig.doc, lambda t: t.root.pos_ in ("NOUN", "PROPN"))
        # "signed a deal ... to deliver doses": the deal carries the vaccines ("welcomed the pledges" welcomes news)
        if not bound and sentence_has_vaccine and tid not in _HEAD_BOUND and \
                any(o.i in nouns and o.lower_ not in acts for o in objs):
            bound = True
        if not bound and tid == "welcome":  # "welcomed the arrival of 100,000 doses": what arrived is received
            arrivals = trigger_roots(trig.doc, lambda t: t.label_ == "delivery" and t.root.pos_ == "NOUN")
            bound = any(o.i in arrivals and any(names_doses(g) for g in prep_objects(o, ("of",))) for o in objs)
        if not bound and (sentence_has_vaccine or ctx.previous_vaccine_related) and any(map(_bare_count, objs)):
            bound = True  # "applied to the ICG for another 50,000": more of the doses just named
        if not bound and trig.label_ == "request" and (sentence_has_vaccine or ctx.previous_vaccine_related) and \
                any(o.lower_ in ("help", "assistance") and not prep_objects(o, ("with",)) for o in objs):
            bound = True  # "Nepal has asked China, Russia and the United States for help", in a text on vaccines
        # "Nigeria and Chad have also submitted requests": requests made, for the doses the text is about (not "the
        # request", one told before)
        if not bound and not objs and trig.label_ == "request" and root.pos_ == "NOUN" and root.dep_ == "dobj" \
                and not children(root, ("det", "poss")) and (sentence_has_vaccine or ctx.previous_vaccine_related):
            bound = True
        return Licence(bound, 0.7, "object_bound")
    if gives_something_else(trig):
        # "sent a note to Russia's fund", "has provided additional evidence"
        return Licence(False, 0.0, "something_else")
    if tid in ("offer", "give") and root.pos_ == "VERB" and any(
            s.lower_ in lexicon().vaccine_nouns and s.ent_type_ != "VACCINE"
            for s in past_dateline(children(root, ("nsubj",)))):
        return Licence(False, 0.0, "vaccine_property")  # "a single dose of the HPV vaccine offers as much protection"
    if tid == "campaign" or (tid == "order" and root.pos_ == "VERB" and children(root, ("xcomp",))
                             and not _orders_doses(root)):  # "ordered 500,000 doses ..., to be delivered" is a purchase
        return Licence(False, 0.0, "command")  # "ordered diplomats to make vaccine acquisition a priority" is a command
    doc = root.doc
    if root.lower_ == "order" and 0 < root.i < len(doc) - 1 and doc[root.i - 1].lower_ == "in" \
            and doc[root.i + 1].lower_ == "to":
        return Licence(False, 0.0, "in_order_to")  # "in order to deliver"
    if root.pos_ in ("NOUN", "PROPN") and _framing(root):
        return Licence(False, 0.0, "frame")  # "under a deal signed last month, Russia will ship": the deal is the frame
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lower_ in lexicon().listing_nouns:
        return Licence(False, 0.0, "frame")  # "here is a list of vaccine deliveries": what the lines below tell
    if root.pos_ in ("NOUN", "PROPN") and _cause(root):
        return Licence(False, 0.0, "cause")  # "fewer than planned, because of export bans": a reason, not a happening
    if tid == "supply" and root.pos_ == "NOUN":  # "vaccine supply to Bangladesh", not "limited supply"
        vaccine_supply = any(c.dep_ == "compound" and is_vaccine_token(c) for c in dependants(root)) or any(
            is_vaccine_token(t) for o in prep_objects(root, ("of",)) for t in o.subtree)  # "supplies of the vaccine"
        return Licence(vaccine_supply and bool(prep_objects(root, ("to", "by", "from"))), 0.6, "noun_supply")
    if cancelled_deal(trig):  # "chose to suspend the contract": the deal was stated before, its end is new
        return Licence(sentence_has_vaccine or ctx.previous_vaccine_related, 0.6, "cancelled_deal")
    if root.pos_ in ("NOUN", "PROPN") and unrealised(trig):
        # "but the delivery was not implemented": what did not happen is an event of its own (EVENTS.md 1)
        return Licence(sentence_has_vaccine or ctx.previous_vaccine_related, 0.6, "unrealised")
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "pobj" and root.head.lower_ == "as":
        return Licence(False, 0.0, "manner")  # "600 million of them as donations": how doses are given, not a gift
    if root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ == "for" and (
            root.head.head.ent_type_ == "MONEY" or is_funding(root.head.head)):
        # "pledged $10 million for vaccine purchases", "a $500 million loan for vaccine purchases": money (EVENTS.md 1)
        return Licence(False, 0.0, "money_for")
    pledged = children(root, ("xcomp",)) if trig.label_ == "offer" and root.pos_ == "VERB" else []
    # ("has offered to fund and deliver 1 million doses": an infinitive joined to the paying one may give doses)
    if pledged and all(pays(x) and not any(not pays(c) for c in x.conjuncts) for x in pledged):
        return Licence(False, 0.0, "money_for")  # "had offered to pay for the COVAX doses": money (EVENTS.md 1)
    if trig.label_ == "rejection" and root.pos_ == "VERB" and _gives_money(children(root, ("dobj",))):
        return Licence(False, 0.0, "money_for")  # "has reallocated $34 million of an existing loan": money
    # "has committed to buy 50 million doses": its infinitive buys (an offer to sell offers)
    if pledged and trigger_roots(trig.doc, lambda t: t.label_ == "purchase" and t.id_ != "sell") & {
            x.i for x in pledged}:
        return Licence(False, 0.0, "pledge_to_buy")
    if root.pos_ in ("NOUN", "PROPN") and back_reference(trig):
        return Licence(False, 0.0, "back_reference")
    # "rejected the US offer", "received the first shipment": one happening; not an acceptance, which tells none
    # ("has accepted Japan's offer of 1.24 million doses": the offer is the happening)
    # ("welcomed the offer of 1 million doses from China": what is welcomed but not received is the happening)
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("dobj", "nsubjpass") and root.head.i in trigger_roots(
            trig.doc, lambda t: (t.id_ not in lexicon().needs_negation or t.root.dep_ == "xcomp"
                                 or is_negated(t.root, "delivery"))
            and not (t.id_ == "welcome" and trig.label_ != "delivery")):
        return Licence(False, 0.0, "object_of_trigger")
    if trig.id_ == "batch" and root.pos_ == "VERB" and root.dep_ in ("ccomp", "xcomp") \
            and root.head.i in trigger_roots(trig.doc):
        # "Indonesia rejects AstraZeneca batch": a batch the parser took for a verb is what the verb above acts on
        return Licence(False, 0.0, "object_of_trigger")
    if root.dep_ == "appos" and root.lower_ in lexicon().supply_nouns and root.head.dep_ in ("dobj", "nsubjpass") \
            and root.head.head.i in trigger_roots(trig.doc) and any(c.ent_type_ == "ORDINAL" for c in dependants(root)):
        # "received 1.02 million doses, the first batch of 3.56 million": the doses received, told again
        return Licence(False, 0.0, "object_of_trigger")
    linked = vaccine_linked(trig, sentence_has_vaccine, ctx)
    if linked.ok and refuses_something_else(trig):
        return Licence(False, 0.0, "something_else")  # "rejected a call by lawmakers to delay the vaccine rollout"
    if not linked.ok and root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj" and \
            root.head.lower_ in lexicon().pause_verbs:
        # "has run out of AstraZeneca doses after India suspended exports": supply stopped, in a text on vaccines
        return Licence(sentence_has_vaccine or ctx.previous_vaccine_related, 0.6, "stopped")
    return linked

_STOCKS = frozenset({"supply", "supplies", "stock", "stocks", "stockpile", "stockpiles", "inventory"})
_BATCHES = frozenset({"batch", "batches", "consignment", "consignments", "shipment", "shipments", "tranche",
                      "tranches"})
# what is expected, reserved, booked, welcomed or applied must itself be doses ("a further 8,000 doses are expected
# from COVAX", "has reserved 22 million doses", "Uganda welcomed 864,000 doses", "has applied 30 million doses", as
# news translated from Spanish or Portuguese says; not "reserved judgement on the vaccine case", "welcomed the news of
# the vaccine", "is applying pressure on vaccine supply")
_HEAD_BOUND = ("expect", "reserve", "book", "welcome", "apply dose")
_VACCINATING = frozenset({"vaccination", "vaccinations", "inoculation", "inoculations", "immunization",
                          "immunizations", "immunisation", "vaccinated", "inoculated", "jabbed"})


def _orders_doses(root: Token) -> bool:
    """What an "order" verb orders is doses or a supply (a purchase), not people (a command); "the doses it
    ordered" too, whatever the parser hangs on the verb."""
    return any(names_doses(t) for o in children(root, ("dobj",)) for t in o.subtree) or (
        root.dep_ == "relcl" and names_doses(root.head))


def names_what_it_is_for(root: Token) -> bool:
    """A word of giving that modifies a noun after it names what the noun is for: "the COVAX vaccine-sharing scheme",
    and without the hyphen before a scheme noun, "the EU's vaccine sharing mechanism"."""
    if root.dep_ not in ("amod", "compound") or root.i == 0 or root.head.pos_ not in ("NOUN", "PROPN") \
            or root.head.i < root.i:
        return False
    before = root.doc[root.i - 1]
    return before.text == "-" or (before.dep_ == "compound" and before.head == root.head and not before.ent_type_
                                  and before.lower_ in lexicon().vaccine_nouns
                                  and root.head.lower_ in lexicon().scheme_nouns)


def _framing(noun: Token) -> bool:
    """A noun under "under" or "per", itself or through "of": "under a deal", "under the first round of allocations"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("under", "per")


def _cause(noun: Token) -> bool:
    """A noun (or the noun it modifies) given as a reason: "because of export bans", "due to supply delays",
    "amid delays in deliveries"."""
    head = noun.head if noun.dep_ in ("compound", "amod") else noun
    while head.dep_ == "conj":
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in ("amid", "amidst") or prep.lower_ in ("because", "due", "owing") or
                                 prep.lower_ == "of" and prep.head.lower_ in ("because", "result") or
                                 prep.lower_ == "to" and prep.head.lower_ in ("due", "owing", "thanks"))


def giving_complements(root: Token) -> list[Token]:
    """The infinitives of giving under a verb: "send" in "asked Australia to send more vaccines", "release" in
    "requested India to release the remaining doses" (a verb of giving only there: as a trigger, "release" read
    statements and data released)."""
    giving = trigger_roots(root.doc, lambda t: t.label_ in ("delivery", "offer"))
    # ("made a request to China to send more doses": a noun's infinitive)
    deps = ("xcomp", "ccomp", "acl") if root.pos_ in ("NOUN", "PROPN") else ("xcomp", "ccomp")
    return [c for c in children(root, deps) if c.i in giving or c.lower_ in lexicon().releasing_verbs]


def _given_objects(root: Token) -> list[Token]:
    """What the infinitives of giving under a verb give: "another 4 million" in "has promised to send another 4
    million"."""
    return [o for g in giving_complements(root) for o in children(g, ("dobj",))]


def _joins(verb: Token) -> bool:
    """A verb of joining: "join", "participate", "take part"."""
    return verb.lower_ in lexicon().joining_verbs or verb.lower_ in lexicon().taking_verbs and any(
        o.lower_ == "part" for o in children(verb, ("dobj",)))


def asks_something_else(trig: Span) -> bool:
    """A request noun whose infinitive asks for something done with the doses, not for doses: "pleas from the WHO to
    keep them" (not "a plea to India to send doses", "a request to speed up shipments", "a request to obtain")."""
    root = trig.root
    if trig.label_ != "request" or root.pos_ != "NOUN":
        return False
    asked = [c for c in children(root, ("acl", "relcl")) if c.pos_ == "VERB" and "to" in auxiliaries(c)]
    if not asked:
        return False
    acts = trigger_roots(trig.doc)
    return all(
        c.i not in acts and c.lower_ not in lexicon().obtaining_verbs | lexicon().releasing_verbs
        and (objs := children(c, ("dobj",))) and all(o.i not in acts and (o.pos_ == "PRON" or names_doses(o))
                                                     for o in objs) for c in asked)


def gives_something_else(trig: Span) -> bool:
    """A verb of giving or sending whose object is plainly not vaccines: "sent a note", "provided evidence"."""
    root = trig.root
    if trig.label_ not in ("delivery", "offer") or root.pos_ != "VERB":
        return False
    objs = children(root, ("dobj",)) or (children(root, ("nsubjpass",)) if trig.label_ == "delivery" else [])
    if not objs and trig.label_ == "offer":  # "has offered to transfer the technology to produce Abdala" (not "offered
        # to supply the country": who is supplied)
        objs = [o for o in _given_objects(root) if not o.ent_type_ and o.lower_ not in lexicon().descriptions]
    if not objs and trig.label_ == "delivery" and trig.id_ in lexicon().motion_triggers:
        # "a shipment of new medical equipment arrived": what moves is the shipment's goods
        return any(_other_goods(s) for s in children(root, ("nsubj",)))
    if any(map(_other_goods, objs)):
        return True  # "delivered a consignment of syringes"
    if _gives_money(objs) or objs and all(map(is_funding, objs)):  # "has provided funding for the campaign"
        return True
    if any(is_vaccine_token(t) for o in prep_objects(root, ("with",)) for t in o.subtree):
        return False  # "provide the continent with enough doses"
    if root.dep_ == "relcl" and (names_doses(root.head) or root.head.lower_ in lexicon().supply_nouns):
        return False  # "the first batch of 200,000 doses it has promised its neighbour": the batch is given
    return _plainly_not_doses(objs)


def refuses_something_else(trig: Span) -> bool:
    """A verb of refusing whose object is plainly not doses nor an offer of them: "rejected a call by lawmakers to
    delay the vaccine rollout", "denied claims that ..." (not "declined the COVAX allocation", itself a trigger); one
    with no object whose subject is a count of things, which falls."""
    root = trig.root
    if trig.label_ != "rejection" or root.pos_ != "VERB":
        return False
    # "Mpox cases decline in Europe": what falls, with no object, refuses nothing (not "some countries declined")
    if not children(root, ("dobj", "xcomp", "ccomp")) and any(
            s.tag_ == "NNS" and not s.ent_type_ and s.lower_ not in lexicon().group_nouns | lexicon().people_nouns
            and not parties_in(s.subtree) for s in children(root, ("nsubj",))):
        return True
    return _plainly_not_doses(children(root, ("dobj",)), trigger_roots(root.doc))


def _plainly_not_doses(objs: list[Token], triggers: Collection[int] = ()) -> bool:
    """Objects, all common nouns, none a word for a supply, an offer or a promise (nor, among `triggers`, a trigger
    itself), whose own words, not a clause on them, name no vaccine ("cold chain equipment worth 10 million dollars to
    help deliver vaccines" is equipment)."""
    kinds = lexicon().supply_nouns | lexicon().offer_nouns | lexicon().promise_nouns
    clauses = {t.i for o in objs for c in o.subtree if c.dep_ in ("acl", "relcl") and c != o for t in c.subtree}
    return bool(objs) and all(
        o.pos_ == "NOUN" and o.lower_ not in kinds and o.i not in triggers
        and not any(is_vaccine_token(t) for t in o.subtree if t.i not in clauses) for o in objs)


def _other_goods(noun: Token) -> bool:
    """A shipment, batch or consignment of something plainly not vaccines ("a shipment of medical equipment"; not
    "a shipment of 200,000", "a batch of Sinovac")."""
    goods = prep_objects(noun, ("of",)) if noun.lower_ in lexicon().supply_nouns else []
    return bool(goods) and all(g.pos_ == "NOUN" and g.lower_ not in lexicon().supply_nouns | _MEASURES
                               and not any(is_vaccine_token(t) for t in g.subtree) for g in goods)


# "the second donation of that size": how big, not what was given
_MEASURES = frozenset({"size", "kind", "sort", "type", "value", "amount", "number", "scale", "volume"})


def _deal_to_make(root: Token) -> bool:
    """A deal whose purpose is to make vaccines, not to sell them: "signed a deal with Sinopharm to produce its
    vaccine locally", "an agreement to build a plant" (a deal "to produce and supply" doses still sells them)."""
    # ("struck a deal with Russia to produce Sputnik V locally": the parser may hang the purpose on the deal's verb)
    holders = [root] + children(root, ("dobj",)) + ([root.head] if root.dep_ == "dobj" else [])
    purposes = [c for h in holders for c in dependants(h)
                if c.dep_ in ("advcl", "xcomp", "acl") and "to" in auxiliaries(c)]
    triggers = trigger_roots(root.doc)
    # "to make the additional donation": a light verb whose object is itself a trigger makes nothing
    return bool(purposes) and all(p.lower_ in lexicon().production_verbs and not any(
        c.i in triggers for c in [*p.conjuncts, *children(p, ("dobj",))]) for p in purposes)


_PEOPLE_QUANTIFIERS = frozenset({"many", "some", "most", "few", "others", "thousands", "millions", "hundreds"})


def _wanted_by_people(root: Token) -> bool:
    """What people, not a state or a body, want or show interest in: "because few people want to be vaccinated",
    "health workers have shown little interest in getting them": an attitude, no happening."""
    if root.dep_ == "xcomp" and root.head.lower_ in lexicon().wanting_words:
        return _done_by_people(root.head)
    interest = root.head.head if root.dep_ == "pcomp" and root.head.lower_ == "in" else root
    return interest.lower_ in lexicon().wanting_words and interest.dep_ == "dobj" and \
        _done_by_people(interest.head)


def _done_by_people(root: Token) -> bool:
    """People, not a state or a body, do what the verb says (refuse, want): "many nurses refused the vaccine", "some
    30% of Americans would refuse", "adults say they will refuse" (a pronoun stands for the subject of the verb of
    saying)."""
    subj = subject(root)
    if [s.lower_ for s in subj] == ["they"] and root.dep_ == "ccomp":
        subj = subject(root.head)
    # ("the country, which has vaccinated only 7 percent of its population, turned down a shipment": what the clause
    # on the subject says is no part of who refuses)
    told = relative_clauses(subj)
    words = [t for s in subj for t in s.subtree if t.i not in told]
    # "with many refusing to take the jab": a quantifier that stands alone stands for people
    alone = any(s.lower_ in _PEOPLE_QUANTIFIERS and not list(dependants(s)) for s in subj)
    return (alone or any(t.lower_ in lexicon().people_nouns or demonym_plural(t) for t in words)) and \
        not any(t.ent_type_ in ("GPE", "ORG") for t in words if t.dep_ != "pobj" or t.head.lower_ != "in")


def _gives_money(objs: list[Token]) -> bool:
    """"pledged 2 million pounds to help buy vaccines", "lent Kenya $130 million for vaccines": money is out of
    scope (EVENTS.md 1), whatever it is for."""
    # "shipped hundreds of millions of doses": the statistical model may take a count of doses for a sum
    return bool(objs) and all(o.ent_type_ == "MONEY" and not any(names_doses(t) for p in prep_objects(o, ("of",))
                                                                 for t in p.subtree) for o in objs)


def _share_of(tok: Token, shares: tuple[str, ...], counts: bool = False) -> Token:
    """What a share (or, with `counts`, a count) names: "part of the money", "60 percent of the island's dogs";
    else `tok` itself."""
    if tok.lower_ in shares or counts and tok.like_num:
        return next(iter(prep_objects(tok, ("of",))), tok)
    return tok


def _of_whom(tok: Token) -> Token:
    """Who a share or a count names: "60 percent of the island's dogs", "half of the adults"; else `tok` itself."""
    return _share_of(tok, ("percent", "%", "share", "part", "half", "most", "all", "many"), counts=True)


def _is_money(objs: list[Token]) -> bool:
    """"part of the money it paid for 16 million doses", "money", "$5 million": money is out of scope (EVENTS.md 1),
    whatever it paid for."""
    objs = [_share_of(o, ("part", "some", "all", "most", "rest")) for o in objs]
    return bool(objs) and all(o.lower_ in lexicon().funding_nouns or o.ent_type_ == "MONEY" for o in objs)


def caught_illness(trig: Span) -> bool:
    """"More than 500 people have contracted measles": "contract" with an illness as its object is catching it,
    not buying ("contracted 5 million doses of measles vaccine" names the doses)."""
    root = trig.root
    if trig.id_ != "contract" or root.pos_ != "VERB":
        return False
    objs = children(root, ("dobj",))
    return bool(objs) and all(o.lower_ in lexicon().illnesses and not any(
        t.lower_ in lexicon().vaccine_nouns for t in o.subtree) for o in objs)


def about_approval(root: Token) -> bool:
    """"approved the emergency use", "gets a nod to import", "given the jab the all-clear": approvals are not events.

    A clause with a subject of its own says something of its own: "has approved support for 18 countries, and
    18 million doses have been allocated" allocates doses, whatever the parser hangs the clause on.
    """
    heads = _heads_within_clause(root, 3)
    if any(h.lower_ in lexicon().approval_words for h in heads):
        return True
    if any(c.lower_ in lexicon().approval_words for h in [root] + heads[:2]
           for c in children(h, ("dobj", "attr", "nsubjpass"))):  # "a new EUA should be secured"
        return True
    # ("have since given the AstraZeneca jab the all-clear", "gave the green light": what the tokenizer splits, and the
    # parser hangs as an adverb or on a word it takes for a verb joined to it, read as the words run together)
    if root.pos_ == "VERB" and any("".join(t.lower_ for t in root.doc[c.left_edge.i:c.i + 1]).endswith(
            tuple(lexicon().approval_words)) for h in [root, *children(root, ("conj",))]
            for c in children(h, ("dobj", "advmod", "npadvmod"))):
        return True
    return root.lower_ in ("use", "used") and any(c.lower_ in ("can", "could", "may") for c in children(root, ("aux",)))


def _asks_for_doses(trig: Span) -> bool:
    """A request or a donation named by its noun, of doses: approving "Nigeria's request for 1.2 million doses"
    grants a request, approving "a donation of 500,000 doses" makes one, where approving "a request for
    emergency use" is an approval."""
    root = trig.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if trig.label_ == "request":
        held = prep_objects(root, ("for",))
    elif root.lower_ in lexicon().offer_nouns:
        held = prep_objects(root, ("of",))
    else:
        return False
    # "requests for a total of 2.5 million doses"
    held += [o for h in held if h.lower_ in lexicon().tally_nouns for o in prep_objects(h, ("of",))]
    return any(map(names_doses, held))


def _counted_object(root: Token) -> bool:
    """A participle hung on an approval whose own object is counted doses: "will not authorise the use of the
    vaccine, effectively refusing 2.4 million doses" refuses doses, whatever the parser hangs it on."""
    return free_participle(root) and any(map(counted_doses, children(root, ("dobj",))))


def _heads_within_clause(tok: Token, max_hops: int) -> list[Token]:
    """The heads of a token up to `max_hops`, not beyond a clause that has its own subject, nor beyond a verb
    joined by "and" ("has approved the emergency use of Sputnik V and agreed to import 1 million doses": two acts)."""
    out: list[Token] = []
    for h in head_chain(tok, max_hops):
        if has_own_subject(tok) or tok.dep_ == "conj" and tok.pos_ == "VERB":
            break
        out.append(h)
        tok = h
    return out


def back_reference(trig: Span) -> bool:
    """"The deal", "these deliveries": a noun that refers back to an event already stated.

    "The arrival of the vaccines" is not one: a delivery noun with its own "of" phrase states the event.
    """
    root = trig.root
    # ("will donate 880,460 doses to Kenya, the embassy said, the first of its pledged donations": the one stated, as
    # the first of a set told beside it, not as what a verb does)
    of_ordinal = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.ent_type_ == "ORDINAL" and \
        root.head.head.dep_ not in ("nsubj", "nsubjpass")
    if of_ordinal and any(c.dep_ in ("poss", "det") for c in dependants(root)):
        return True
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in dependants(root)):
        return False
    if trig.label_ in ("delivery", "administration") and any(c.dep_ == "prep" and c.lower_ == "of"
                                                             for c in dependants(root)):
        return False
    own = [t for t in root.subtree if t.i != root.i]
    named = any(t.ent_type_ in ("VACCINE", "GPE", "ORG") or t.like_num for t in own)
    return not named


def unrealised(trig: Span) -> bool:
    """"The delivery was not implemented", "if the deliveries are not fulfilled": a supply noun, the subject
    of a negated verb ("donations are not important" says what they are, not that they did not happen)."""
    root = trig.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB" and \
        any(c.dep_ == "neg" for c in dependants(root.head))


def cancelled_deal(trig: Span) -> bool:
    """"suspend the contract", "the import of Pfizer vaccines has been canceled", "cancel half of its order"."""
    root = trig.root
    return trig.id_ in lexicon().deal_triggers and root.pos_ in ("NOUN", "PROPN") and \
        any(ends_a_deal(h) for h in head_chain(root, 3))
