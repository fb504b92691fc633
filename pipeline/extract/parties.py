"""Parties: the rules' reading of provider and recipient from the parse and the sentence context."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Callable, Collection, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.countries import capital_states
from pipeline.extract.licence import giving_complements
from pipeline.extract.records import Context, Event
from pipeline.extract.syntax import (
    GENERIC_BODY,
    appositions_on_names,
    auxiliaries,
    awaited,
    children,
    clauses_asked_of,
    climb,
    dateline,
    dependants,
    ent_of,
    entities,
    governor,
    head_chain,
    is_funding,
    is_passive,
    is_vaccine_token,
    light_verb_objects,
    names_doses,
    objects_within,
    origin,
    parties_in,
    past_dateline,
    pays,
    phrase_tokens,
    prep_objects,
    relative_clauses,
    relative_pronoun,
    set_aside,
    subject,
    subject_of_its_own,
    subtree_ids,
    takers_of,
    tokens,
    trigger_roots,
)
from pipeline.nlp.components import PARTY_LABELS, demonym_plural
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import country_names, region_names


def fill_roles(into: Event, other: Event) -> None:
    """Fill `into`'s empty provider or recipient from `other`, never putting a party on both sides."""
    if not into.provider:
        into.provider = [p for p in other.provider if p not in into.recipient]
    if not into.recipient and not into.unnamed_recipient:
        into.recipient = [p for p in other.recipient if p not in into.provider]



# roles
def resolve(toks: list[Token], ctx: Context, before: int, exclude: Iterable[str] = (),
             makers: bool = False, role: str = "recipient", aside: Collection[int] = ()) -> list[str]:
    """Parties named in `toks`, or the party a pronoun or description there ("the country") stands for.

    A description resolves to a party of its kind ("the country" to a country, "the firm" to an
    organisation): first one named earlier in the sentence, then one of the previous sentence,
    preferring the party that played the same `role` in its events.
    """
    # "several countries in Europe": where an unnamed group is placed does not name it
    # ("one of the last countries in West Africa to start vaccinating": the group may sit inside the phrase)
    # ("the only other country in Africa that has not started vaccinating": or a state described)
    placed = {t.i for tok in toks for g in tok.subtree
              if g.lower_ in lexicon().group_nouns | lexicon().state_kind_nouns
              for p in children(g, ("prep",)) if p.lower_ in ("in", "across", "from") for t in p.subtree}
    placed |= regions_describing(toks) | borders_named(toks)
    # "to Malawi, part of the United Kingdom's pledge": where the doses came from, beside who got them
    placed |= {t.i for tok in toks for a in children(tok, ("appos",)) if a.lower_ == "part" for t in a.subtree}
    # "Iraq's neighbour Iran", "Cameroon, Chad's neighbour": whose neighbour or ally it is
    placed |= {t.i for tok in toks for g in tok.subtree if g.dep_ == "poss" and g.head.lower_ in
               lexicon().relation_nouns for t in g.subtree}
    parties = parties_in((t for tok in toks for t in tok.subtree if t.i not in placed and t.i not in aside),
                         makers=makers)
    if parties:
        return parties
    exclude = set(exclude)
    for tok in toks:
        words = {t.lower_ for t in tok.subtree} if tok.pos_ != "PRON" else {tok.lower_}
        if words & lexicon().descriptions or tok.pos_ == "PRON":
            # ("offered 400 million doses to its members": a group, whoever's it is, names none of its parties)
            if tok.lower_ in lexicon().no_party_pronouns or tok.lower_ in lexicon().group_nouns:
                return []
            # "a private firm had imported 4,000 doses": a description with "a" brings in a party not named (not "the
            # WHO is an organisation that", "COVAX, an initiative to purchase vaccines": what a named party is)
            if tok.dep_ not in ("appos", "attr") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                                          for c in dependants(tok)):
                return []
            fits = kind_filter(words)
            # "Pfizer said it will deliver": a vaccine that acts, as a subject, is its maker
            filed = dateline(tok.doc)
            # ("Apart from the vaccines donated by China, the country has bought": not a name set apart)
            named = [t for t in tok.doc[:min(before, tok.i)] if t.i not in filed and not set_aside(t) and (
                t.ent_type_ in ("GPE", "ORG") or t.ent_type_ == "VACCINE" and t.dep_ == "nsubj")]
            # "donated doses to Paraguay, and Chile lent it 20,000 more": a receiver not the subject is the one
            # given to before, not the first named
            # ("delivered 500,000 doses to Haiti, the first vaccines the Caribbean nation has received": and who
            # receives, described, is the one given to)
            if role == "recipient" and (tok.pos_ == "PRON" and tok.dep_ in ("dative", "pobj") or tok.dep_ == "nsubj"
                                        and tok.head.i in trigger_roots(tok.doc, lambda t: t.id_ in
                                                                        lexicon().receiving_triggers)):
                named.sort(key=lambda t: not _given_to(t))
            # "has not asked for any doses, while Burundi told COVAX it did not need the doses earmarked for it": a
            # pronoun in a clause with a subject of its own stands first for a party of that clause
            clause = next((h for h in head_chain(tok, 8) if subject_of_its_own(h)), None)
            if clause is not None:
                inside = {t.i for t in clause.subtree}
                named.sort(key=lambda t: t.i not in inside)
            earlier = [p for p in parties_in(named, makers=True) if p not in exclude and fits(p)]
            same_role = [p for e in ctx.previous_events for p in (e.recipient if role == "recipient" else e.provider)]
            previous = [p for p in dict.fromkeys(same_role + list(ctx.previous_parties))
                        if p not in exclude and fits(p)]
            focus = [ctx.focus_party] if ctx.focus_party and ctx.focus_party not in exclude and fits(ctx.focus_party) \
                else []
            group = coordinated_group(tok, earlier) if tok.lower_ in lexicon().plural_pronouns else []
            if len(group) > 1:  # "South Sudan and the DR Congo said they would return": both
                return group
            # "asked China for vaccines after India suspended its exports": a possessive is its clause's subject's
            verb = next((h for h in head_chain(tok, 4) if h.pos_ in ("VERB", "AUX")), None)
            # "Lithuania pledged 100,000 doses, and Hungary said it had agreed to provide": a subject pronoun under a
            # verb of saying is who said it, not the sentence's first party
            sayer = next((h for h in head_chain(tok, 4)[1:] if h.pos_ == "VERB" and h.lower_ in
                          lexicon().reporting_verbs), None) if tok.dep_ in ("nsubj", "nsubjpass") else None
            # ("COVAX had delivered only 48,000 doses of the 400,000 it promised": a subject pronoun of a clause on
            # what a verb of giving acts on, itself a verb of giving, is that verb's subject; as for receiving)
            # ("after India halted exports of the AstraZeneca shots it had promised": or a noun of giving the verb acts
            # on, its subject's)
            chain = head_chain(tok.head, 4) if tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" else []
            acted_on = first_verb = next((h for h in chain if h.pos_ == "VERB"), None)
            above = list(itertools.takewhile(lambda h: h.pos_ != "VERB", chain))
            if acted_on is not None and not any(
                    {a.i, tok.head.i} <= trigger_roots(tok.doc, lambda t: t.id_ in side)
                    for side in (lexicon().giver_triggers, lexicon().receiving_triggers)
                    for a in [acted_on, *(n for n in above if n.pos_ == "NOUN")]):
                acted_on = None
            own_verb = verb if tok.dep_ == "poss" else sayer or acted_on
            own = [p for p in parties_in(_subject_words(own_verb, tok.i)) if p not in exclude and fits(p)] \
                if own_verb is not None else []
            # ("called on Britain to release the vaccines it pledged": a clause of giving on what the party asked is to
            # give, that party; not "the doses it had bought")
            given = first_verb is not None and tok.head.i in trigger_roots(
                tok.doc, lambda t: t.id_ in lexicon().giver_triggers)
            if given and not own:
                own = [p for p in parties_in(_asked_to_give(first_verb)) if p not in exclude and fits(p)]
            if own:
                return own[:1]
            # "The country had received 30,000 doses in a donation from Moscow, and a further 40,000 doses it bought
            # were due": a subject pronoun under the clause of a described subject stands for what that describes
            if (described := _described_subject(tok)) is not None:
                return resolve([described], ctx, before, exclude, makers, role,
                               aside={t.i for t in described.subtree} - {t.i for t in _without_relative(described)})
            # ("Japan said it would send 616,000 doses to Laos. It has already provided 200,000": who played the
            # role just before, where the article's own country did not)
            # (a description stands for the article's own country named before, whatever role it played: "Papua New
            # Guinea has given 30,000 doses to the Solomon Islands. The country received 132,000 doses")
            mine = focus if set(focus) & set(previous) and (tok.pos_ != "PRON" or not (
                same_role and not set(focus) & set(same_role))) else []
            # ("India donated 200,000 doses in March, and the country received 135,000 doses through COVAX": the
            # subject of a clause joined by "and" with a subject of its own is no party named only in the other clause)
            joined = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj" else None
            if joined is not None and mine:
                within = set(parties_in((t for t in named if t in joined.subtree), makers=True))
                earlier = [p for p in earlier if p in within]
            for candidates in (earlier, mine, previous, focus):
                if candidates:
                    return candidates[:1]
            return []
    return []


def _asked_to_give(verb: Token) -> list[Token]:
    """Who is asked to give, when `verb` (the one a clause on a noun hangs under) is the verb of giving a request asks
    for: "Britain" in "called on Britain to release the vaccines", "India" in "asked India to send"."""
    asks = trigger_roots(verb.doc, lambda t: t.label_ == "request")
    if verb.head == verb or verb.head.i not in asks or verb not in giving_complements(verb.head):
        return []
    asking = verb.head
    return [t for a in children(asking, ("dobj",)) + prep_objects(asking, ("on", "to")) for t in a.subtree]


def _without_relative(tok: Token) -> list[Token]:
    """The words of `tok`'s phrase without its relative clauses: "The country, which has received doses from Russia,"
    names no party of its own."""
    clause = {t.i for c in children(tok, ("relcl",)) for t in c.subtree}
    return [t for t in tok.subtree if t.i not in clause]


def _described_subject(pronoun: Token) -> Token | None:
    """The subject before a subject pronoun that describes a state without naming one ("the country"), when the
    pronoun is inside that subject's clause and no subject naming a party comes between them."""
    if pronoun.pos_ != "PRON" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subjects = [t for t in pronoun.doc[:pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")]
    for s in reversed(subjects):
        if parties_in(_without_relative(s)):
            return None
        if s.pos_ != "PRON" and s.lower_ in lexicon().country_descriptions and pronoun in s.head.subtree and any(
                d.dep_ == "det" and d.lower_ == "the" for d in dependants(s)):
            return s
    return None


def _subject_words(verb: Token, before: int) -> list[Token]:
    """The words of `verb`'s subject before index `before`; for a relative pronoun, those of the noun its clause is on
    ("the PAHO Revolving Fund, which said it could send": the fund)."""
    subjects = [s for s in children(verb, ("nsubj",)) if s.i < before]
    if verb.dep_ == "relcl" and any(relative_pronoun(s) for s in subjects):
        clause = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in clause]
    return [t for s in subjects for t in _without_relative(s)]


def _given_to(tok: Token) -> bool:
    """A name given something: "to Paraguay", "for Ghana", "promised Cambodia" (the name, or the phrase it heads)."""
    ent = ent_of(tok)
    head = ent.root if ent is not None else tok
    return head.dep_ == "dative" or head.dep_ == "pobj" and head.head.lower_ in ("to", "for")


def coordinated_group(pronoun: Token, earlier: list[str]) -> list[str]:
    """The parties joined by "and" around the first party named before a plural pronoun: a plural
    pronoun stands for all of them, not for the first alone."""
    first = next((t for t in pronoun.doc[:pronoun.i] if t.ent_type_ in ("GPE", "ORG")
                  and parties_in([t]) == earlier[:1]), None) if earlier else None
    if first is None:
        return []
    top = first if first.dep_ not in ("compound", "conj") else first.head
    while top.dep_ == "conj":
        top = top.head
    if not any(c.dep_ == "conj" for c in dependants(top)):
        return []
    return [p for p in parties_in(t for t in top.subtree if t.i < pronoun.i) if p in earlier]


def regions_describing(toks: Iterable[Token]) -> set[int]:
    """The words of a region that only describes a country ("in Africa's most populous country", "the Caribbean
    nation", "the Pacific island nation"): the country is one of the region's states, not the region."""
    described = lexicon().country_descriptions
    out: set[int] = set()
    for g in (g for tok in toks for g in tok.subtree):
        if g.dep_ == "poss" and g.head.lower_ in described and set(parties_in(g.subtree)) <= region_names():
            out |= {t.i for t in g.subtree}
        # (the whole name: "the Caribbean" starts at its article)
        elif g.dep_ in ("compound", "amod") and (g.head.head if g.head.dep_ == "compound" else g.head).lower_ in \
                described and (ent := ent_of(g)) is not None and ent._.canonical in region_names():
            out |= {t.i for t in ent}
    return out


def borders_named(toks: Iterable[Token]) -> set[int]:
    """The words of what a place borders ("in districts bordering Guinea", "the provinces neighbouring China"): the
    place is not what it borders."""
    return {i for tok in toks for g in tok.subtree if g.dep_ == "acl" and g.lower_ in lexicon().bordering_words
            for i in subtree_ids(g)}


def kind_filter(words: set[str]) -> Callable[[str], bool]:
    """Which parties a description can stand for: countries for "the country", others for "the firm"."""
    if words & lexicon().country_descriptions:
        return lambda p: p in country_names()
    if words & lexicon().organisation_descriptions:  # "the company": not a country, nor a region or a capital
        return lambda p: p not in country_names() and p not in region_names() and p.lower() not in capital_states()
    return lambda p: True


def _talked_with(words: list[Token]) -> list[Token]:
    """Who those of `words` that are talks, negotiations or deals are held with ("in talks with Russia")."""
    return [w for t in words if t.lower_ in lexicon().negotiation_words for w in prep_objects(t, ("with",))]


def _taken_by(participle: Token) -> list[str]:
    """The parties that receive, turn down or ask for the doses a participle tells of: the subject of the verb above
    it, when that verb is a trigger of one of those acts (inherited as `subject` reads it: "allowed itself to decline
    a batch of doses offered by COVAX")."""
    verb = next((h for h in head_chain(participle, 4)[1:] if h.pos_ in ("VERB", "AUX")), None)
    takes = trigger_roots(participle.doc, lambda t: t.label_ in ("rejection", "request")
                          or t.id_ in lexicon().receiving_triggers)
    if verb is None or verb.i not in takes:
        return []
    return parties_in(t for s in subject(verb) for t in s.subtree)


def headline_passive(root: Token, ctx: Context) -> tuple[list[str], list[str]] | None:
    """(givers, receivers) of a headline's verb of giving with "was" left out: "Kyrgyzstan offered vaccines by
    Kazakhstan" has the subject given and the party after "by" giving; None for any other verb."""
    if not ctx.is_headline or root.pos_ != "VERB" or root.tag_ not in ("VBN", "VBD") or auxiliaries(root):
        return None
    phrases = [root, *children(root, ("dobj",))]  # ("Ghana given vaccines by India": the parser may hang it there)
    givers = parties_in(t for h in phrases for a in children(h, ("prep",)) if a.lower_ == "by"
                        for o in children(a, ("pobj",)) for t in o.subtree)
    takers = parties_in(t for s in children(root, ("nsubj",)) for t in s.subtree)
    return (givers, takers) if givers and takers and not set(givers) & set(takers) else None


def roles(trig: Span, event_type: str, ctx: Context) -> tuple[list[str], list[str], float, bool]:
    """Provider, recipient, how much of them the sentence states, and whether it names the receivers
    only as a group ("shared with other countries"), which no other sentence then fills."""
    provider, recipient, evidence = raw_roles(trig, event_type, ctx)
    if event_type in ("delivery", "offer") and (given := headline_passive(trig.root, ctx)) is not None:
        provider, recipient = given
    lead = lead_party(trig.doc)
    if not recipient and lead and lead not in provider:  # "Rwanda: 240,000 doses ... arrived through COVAX"
        recipient = [lead]
    if not recipient and event_type != "administration":
        recipient = named_there(trig.root, provider)
    # "share 55 million doses globally": doses shared out go to many, so no other sentence names the receiver
    # "17 African countries will receive doses": receivers named only as a group, as buyers are
    receiving = trig.id_ in lexicon().receiving_triggers and not is_passive(trig.root)
    # ("plans to sell 2 million surplus doses to other countries": as the buyers a seller sells to)
    unnamed = not recipient and ((event_type in ("offer", "delivery") or trig.id_ in lexicon().giver_triggers) and (
        to_group(trig.root) or trig.id_ in lexicon().spreading_triggers or everywhere(trig.root)) or (
        (event_type in ("purchase", "request", "rejection") or receiving) and group_acts(trig.root)))
    # "the Health Ministry", "the government": the article's country, or nobody when it has none
    state = [ctx.focus_party] if ctx.focus_party else []
    provider = list(dict.fromkeys(q for p in provider for q in (state if GENERIC_BODY.search(p) else [p])))
    recipient = list(dict.fromkeys(q for p in recipient for q in (state if GENERIC_BODY.search(p) else [p])))
    # "the doses arrived", "the Indian firm has supplied 70 lakh doses": in, or to, the article's country
    arrives = trig.id_ in lexicon().motion_triggers | lexicon().receiving_triggers or \
        event_type in ("purchase", "request", "rejection")
    # "The vaccines were flown in on a chartered plane", "The first 1.8 million doses were shipped from the stockpile",
    # "were delivered through the Kerem Shalom crossing": doses carried in, or sent from or through somewhere (not through
    # a party: "supplied through the COVAX Facility" tells the scheme), by no one named, came to it as well
    arrives = arrives or event_type == "delivery" and is_passive(trig.root) and not provider and (any(
        c.dep_ == "prt" and c.lower_ == "in" for c in dependants(trig.root)) or trig.id_ == "expect"
        or bool(prep_objects(trig.root, ("from",)) or [o for o in prep_objects(trig.root, ("through", "via"))
                                                        if not parties_in(o.subtree)])
        and any(names_doses(s) and s.pos_ != "PRON" for s in children(trig.root, ("nsubjpass",))))
    # a headline has no sentence before it to name the receiver
    giving = event_type in ("delivery", "offer") and not ctx.is_headline
    supplied = giving and bool(provider)
    if not recipient and not unnamed and supplied:  # "Moldova received doses donated by Romania. Romania has
        # offered to send another 50,000": the same giver's receiver of the sentence before, not the article's country
        recipient = next((e.recipient for e in ctx.previous_events if e.event_type in ("delivery", "offer")
                          and e.recipient and set(e.provider) == set(provider)), [])
    if not recipient and not unnamed and supplied and trig.root.dep_ == "conj":
        # "Sanofi has promised the WHO 100 million doses, and GSK has offered 50 million": the same receiver
        recipient = [p for t in trig.doc.spans.get("triggers", []) if t.root == trig.root.head
                     and t.label_ in ("delivery", "offer") for p in raw_roles(t, t.label_, ctx)[1] if p not in provider]
    if not recipient and not unnamed and trig.root.dep_ == "acl" and giving and (provider or channel(trig.root)):
        # "Burundi turned down 500,000 doses offered by China": doses given to whoever receives, refuses or asks for them
        # ("turned down 130,000 doses of the AstraZeneca vaccine offered through COVAX": given through a channel too)
        recipient = [p for p in _taken_by(trig.root) if p not in provider]
    # ("vaccinated 6 million people with 7.4 million doses provided by the emergency stockpile": given by a giver not
    # named as a party, as by one named)
    given_by = event_type in ("delivery", "offer") and not ctx.is_headline and bool(children(trig.root, ("agent",)))
    if not recipient and not unnamed and ctx.focus_party and ctx.focus_party not in provider \
            and event_type != "administration" and (arrives or supplied or given_by):
        recipient = [ctx.focus_party]
    own_people = not (recipient and provider) and event_type in ("offer", "delivery") and \
        to_own_people(trig.root)
    if own_people:  # "Bahrain will give the public free vaccines": giver and receiver, as in administration
        recipient = recipient or [p for p in provider if p in country_names()]
        provider = provider or [p for p in recipient if p in country_names()]
    if not provider and event_type != "administration":
        provider = [p for p in channel(trig.root) if p not in recipient]
    # "The EU will deliver 651,000 doses to six Western Balkan countries. Serbia will receive 171,000 doses": given by
    # who gave the sentence before to a group (not "Kenya has so far received 2.8 million doses", from every giver)
    if not provider and receiving and event_type in ("delivery", "offer") and not _so_far(trig.root):
        provider = next((e.provider for e in ctx.previous_events if e.event_type in ("delivery", "offer")
                         and e.unnamed_recipient and e.provider and not set(e.provider) & set(recipient)), [])
    if not provider and event_type in ("delivery", "purchase"):
        provider = [p for p in developers(trig.doc) if p not in recipient]
    if event_type != "administration" and not own_people:  # a party does not give to itself
        provider = [p for p in provider if p not in recipient]
    return provider, recipient, evidence, unnamed


def _so_far(verb: Token) -> bool:
    """"has so far received", "has received to date": a running total of what came, from every giver."""
    return any(c.lower_ == "far" and any(a.lower_ == "so" for a in children(c, ("advmod",)))
               or c.lower_ == "to" and any(o.lower_ == "date" for o in children(c, ("pobj",)))
               for c in dependants(verb))


def named_there(root: Token, provider: list[str]) -> list[str]:
    """The country "there" stands for: the last one named before it in the sentence ("Afghanistan's authorities have
    agreed ..., and UNICEF will supply 10 million doses for a campaign there")."""
    there = next((t for t in root.subtree if t.lower_ == "there" and t.dep_ == "advmod"), None)
    if there is None:
        return []
    named = [p for p in parties_in(root.doc[:there.i]) if p in country_names() and p not in provider]
    return named[-1:]


def own_participles(root: Token) -> list[Token]:
    """Participles of the trigger's own, with no subject of their own, that tell where the doses came from
    ("received 100,000 doses on Thursday, donated by the EU"); not who paid ("financed by the World Bank")."""
    return [c for c in children(root, ("advcl",)) if c.tag_ == "VBN" and not children(c, ("nsubj", "nsubjpass"))
            and not pays(c)]


def lead_party(doc: Doc) -> str | None:
    """The country a line opens with before a colon, as lines of a list or a round-up do ("- Rwanda: 240,000
    doses of AstraZeneca arrived through COVAX on March 3"): the line tells of it."""
    i = next((t.i for t in doc if not t.is_punct), len(doc))
    ent = ent_of(doc[i]) if i < len(doc) else None
    if ent is None or ent.start != i or ent.end >= len(doc) or doc[ent.end].text != ":":
        return None
    names = [n for n in parties_in(doc[ent.start:ent.end]) if n in country_names()]
    return names[0] if names else None


def developers(doc: Doc) -> list[str]:
    """Makers the sentence names for its vaccine ("the vaccine developed by China's Sinopharm company")."""
    agents = [a for t in tokens(doc) if t.dep_ == "acl" and t.lower_ in lexicon().making_verbs and is_vaccine_token(t.head)
              for a in dependants(t) if a.dep_ == "agent"]
    return parties_in((t for a in agents for t in a.subtree), makers=True)


def to_group(root: Token) -> bool:
    """"pledged to share with other countries", "earmarked for poorer nations", "a pledge to share with African
    countries": receivers left unnamed."""
    infinitives = [c for c in children(root, ("acl",)) if "to" in auxiliaries(c)] if root.pos_ in ("NOUN", "PROPN") \
        else []
    takers = [t for h in [root, *infinitives, *phase_verb(root)] for t in takers_of(h, ("to", "for", "with"))] + (
        _to_past_maker(root) if root.pos_ == "VERB" else [])
    # ("to nearly 100 countries, including 10 million through COVAX": what is told beside the group names none of it)
    return any(t.lower_ in lexicon().group_nouns and not _names_a_party(t) for t in takers)


def _by_group(root: Token) -> bool:
    """"doses pledged by drugmakers and rich nations", "donated by well-wishers": givers named only as a group of
    others (a plural common noun, naming no party)."""
    agents = [o for a in prep_objects(root, ("by",)) for o in (a, *a.conjuncts)]
    return bool(agents) and all(o.tag_ == "NNS" and not o.ent_type_ and not _names_a_party(o) for o in agents)


def _names_a_party(group: Token) -> bool:
    """Whether the words of a group name a party, leaving aside what is told beside it (`described_by_clause`)."""
    beside = described_by_clause([group])
    return bool(parties_in(t for t in group.subtree if t.i not in beside))


def everywhere(root: Token) -> bool:
    """"a pledge to share 100 million doses worldwide": receivers left unnamed, all over the world (the parser may
    hang the word on the doses)."""
    verbs = [root, *(c for c in children(root, ("acl", "xcomp")) if c.pos_ == "VERB")]
    heads = [*verbs, *(o for v in verbs for o in children(v, ("dobj",)))]
    # ("promised to share with the world", "to send around the world")
    return any(c.dep_ == "advmod" and c.lower_ in lexicon().everywhere_words for h in heads for c in dependants(h)) or \
        any(o.lower_ in ("world", "globe") and not children(o, ("prep",)) for v in verbs
            for o in prep_objects(v, ("to", "with", "around", "across")))


def phase_verb(root: Token) -> list[Token]:
    """The verb a trigger is the phase of: "will begin shipping vaccine to 95 countries" hangs "to" on "begin"."""
    return [root.head] if root.dep_ == "xcomp" and root.head.lower_ in lexicon().phase_verbs else []


def group_acts(root: Token) -> bool:
    """"poorer countries have ordered", "nations that cannot afford to buy": buyers named only as a group."""
    # ("the Member States who have ordered vaccines through AVAT": what the clause on the group says names none of it)
    return any(s.lower_ in lexicon().group_nouns and not parties_in(t for t in s.subtree
                                                                     if t.i not in relative_clauses([s]))
               for s in subject(root))


def to_own_people(root: Token) -> bool:
    """"give the public free vaccines", "provided to all citizens": a state supplying its own people (refugees,
    migrants, tourists are not its own)."""
    takers = takers_of(root, ("to",))
    # the parser often reads "the public free vaccines" as one phrase
    takers += [t for o in children(root, ("dobj",)) for t in dependants(o) if t.i > 0 and t.nbor(-1).lower_ == "the"]
    return any(t.lower_ in lexicon().people_nouns - lexicon().outsider_nouns | {"public"} for t in takers)


def channel(root: Token) -> list[str]:
    """Organisations the doses go through: "supplied through the COVAX Facility", "sent as part of the
    COVAX programme", "shipments that were organised under COVAX"; they supply when no one else is named."""
    objs = prep_objects(root, ("through", "via", "under"))
    objs += [g for a in prep_objects(root, ("as",)) if a.lower_ == "part" for g in prep_objects(a, ("of",))]
    # ("The first shipment of vaccines through the COVAX Facility arrived": the subject's too)
    objs += objects_within(children(root, ("dobj", "nsubjpass", "nsubj")), ("through", "via", "under"))
    objs = [o for o in objs if not is_funding(o)]  # ("under World Bank financing": who pays supplies nothing)
    # an organisation, not a state nor a leader the parser took for a place ("Under Magufuli, Tanzania refused")
    return [p for p in parties_in(t for t in phrase_tokens(objs) if t.ent_type_ == "ORG") if p not in country_names()]


def _named_given(verbs: list[Token], objects: list[Token]) -> list[str]:
    """Who verbs of giving name as given in their own words: their indirect object, else a party the parser hangs on
    the count of one of their `objects` ("has promised Cambodia 1 million doses", "promised to give the WHO 100
    million doses")."""
    return parties_in(t for v in verbs for o in children(v, ("dative",)) for t in o.subtree) or \
        parties_in(c for o in objects for c in dependants(o) if c.dep_ in ("nmod", "compound")
                   and c.ent_type_ in ("GPE", "ORG") and c.i + 1 < len(c.doc) and c.doc[c.i + 1].like_num)


def _to_past_maker(root: Token) -> list[Token]:
    """"will donate 1 million doses of the vaccine made by Bavarian Nordic to Ghana": the parser may hang the
    receiver on the maker that a participle on the doses names, or on the participle ("has set aside 200,000 doses
    of the vaccine produced by Siam Bioscience for neighbouring Laos") or clause ("will donate 105,000 doses of the
    vaccine it produces to Myanmar"); it is the verb's."""
    making = lexicon().making_verbs
    return [g for o in children(root, ("dobj",)) for t in o.subtree
            if t.dep_ == "prep" and (t.lower_ == "to" and t.head.dep_ == "pobj" and t.head.head.dep_ == "agent"
                                     and t.head.head.head.dep_ == "acl"
                                     or t.lower_ in ("to", "for") and t.head.dep_ in ("acl", "relcl")
                                     and t.head.lower_ in making)
            for g in children(t, ("pobj",))]


def _not_where_they_went(place: Token, root: Token) -> bool:
    """A place inside a "from" phrase is where doses came from ("flown in from a stockpile in Denmark"),
    not where they went; one inside an apposition on what the trigger acts on compares it ("has vaccinated about 2
    million people, one of the lowest rates in Europe"), as one after "than" does ("has vaccinated more people per
    head than any country in continental Europe") or "against" does ("had received a dose, against 60 percent in
    Europe"). "In exchange for", "in return for" name no place at all."""
    if place.lower_ in ("exchange", "return") and any(c.lower_ == "for" for c in children(place, ("prep",))):
        return True
    for h in head_chain(place):
        if h == root:
            return False
        if h.dep_ == "prep" and h.lower_ in ("from", "than", "against") or h.dep_ == "appos" and h.head.head == root:
            return True
    return False


def _thanking_for(noun: Token) -> Token | None:
    """The verb of thanking whose "for" holds `noun` ("thanked China for the donation", "for the doses it donated")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if verb.lower_ in lexicon().thanking_verbs else None


def _thanked_for(root: Token) -> Token | None:
    """The verb of thanking, with whom it thanks, whose "for" holds the noun `root`'s relative clause is on ("thanked
    China for the doses it donated")."""
    verb = _thanking_for(root.head) if root.dep_ == "relcl" else None
    return verb if verb is not None and children(verb, ("dobj",)) else None


def _money_lent(root: Token) -> Token | None:
    """The verb giving money an infinitive of buying is the purpose of ("Japan provided a loan of $65 million to buy
    the vaccines", "a grant to purchase doses"): whoever gives the money buys nothing."""
    if root.dep_ not in ("advcl", "acl", "xcomp") or "to" not in auxiliaries(root):
        return None
    head = root.head
    money = [head] if is_funding(head) and head.dep_ == "dobj" else [  # the infinitive on the money itself
        o for o in children(head, ("dobj",)) if is_funding(o)] if head.pos_ == "VERB" else []
    # ("will use a loan from Japan to buy", "took out a loan to buy": who takes the money buys)
    if not money or prep_objects(money[0], ("from",)) or money[0].head.lower_.startswith(_TAKING):
        return None
    return money[0].head


_TAKING = ("us", "take", "took", "borrow", "receiv", "get", "got", "obtain", "secur", "tap", "rais")  # stems


def raw_roles(trig: Span, event_type: str, ctx: Context) -> tuple[list[str], list[str], float]:
    root, tid = trig.root, trig.id_
    # "began its campaign with 24,000 doses delivered through COVAX": a participle the parser gives the doses as its
    # subject
    # ("mostly Sinopharm bought from China": tagged as a past tense with no object, from where they were bought)
    reduced = not auxiliaries(root) and any(names_doses(s) for s in children(root, ("nsubj",))) and (
        root.tag_ == "VBN" or root.tag_ == "VBD" and event_type == "purchase" and not children(root, ("dobj", "dative"))
        and bool(prep_objects(root, ("from",))))
    # "the doses offered to Nepal by COVAX" (not "JAKARTA - Indonesia has offered", hung on the dateline)
    participle = root.dep_ == "acl" and root.tag_ == "VBN" and not children(root, ("nsubj",))
    passive = is_passive(root) or reduced or participle or (
        root.dep_ == "conj" and root.tag_ == "VBN" and is_passive(root.head)
        and not children(root, ("nsubj", "nsubjpass")))  # "were bought by China and shipped to Laos"
    subj = [] if passive else subject(root)
    if event_type == "purchase" and (lent := _money_lent(root)) is not None:
        subj = children(lent, ("dative",)) + prep_objects(lent, ("to",))  # who is lent the money buys
    # "has written to the WHO seeking 500,000 doses": the parser may make whom it was written to the subject of asking
    addressed = children(root, ("nsubj",)) if event_type == "request" and root.dep_ == "pcomp" and \
        root.tag_ == "VBG" and root.head.lower_ == "to" and root.head.head.pos_ == "VERB" else []
    if addressed:
        subj = subject(root.head.head)
    receiving = trigger_roots(root.doc, lambda t: t.id_ in lexicon().receiving_triggers)
    allotted: list[str] = []
    # "Samoa thanked China for the 20,000 doses it donated": who is thanked gave them, who thanks received them
    if (thanking := _thanked_for(root)) is not None and event_type in ("offer", "delivery") and subj and \
            all(s.pos_ == "PRON" for s in subj):
        subj = children(thanking, ("dobj",))
        allotted = resolve(subject(thanking), ctx, root.i)
    if root.pos_ in ("NOUN", "PROPN") and not subj:
        # ("suspended the AstraZeneca rollout": a vaccine named before a word of vaccinating owns nothing, EVENTS.md 6.5)
        owner = children(root, ("poss",)) + [c for c in children(root, ("compound",)) if c.ent_type_ and not (
            c.ent_type_ == "VACCINE" and event_type == "administration")]
        owners = parties_in(t for o in owner for t in o.subtree)
        if not owners and any(o.lower_ in lexicon().country_descriptions for o in owner):
            owners = resolve(owner, ctx, root.i)  # "part of the country's allocation": the country described
        if owners and set(owners) <= country_names() and event_type != "purchase" and (tid in ("allocate", "allot") or (
                root.lower_ in _HELD and not prep_objects(root, ("to", "for")))):
            # "Nepal's allocation" is what Nepal is allotted ("COVAX's" what COVAX allots); "Ghana's first delivery
            # of vaccines arrived" is what Ghana receives ("China's shipment to Cambodia" what China sends); a
            # country's order is what it buys
            allotted, owner = owners, []
        # "is waiting for its COVAX allocation of 43,200 doses": the scheme allots, the party the possessive stands for
        # is allotted
        held_by = [o for o in owner if o.dep_ == "poss" and (o.pos_ == "PRON" or o.lower_ in
                                                             lexicon().country_descriptions)]
        if not allotted and tid in ("allocate", "allot") and held_by and not set(owners) & country_names():
            allotted = [p for p in resolve(held_by, ctx, root.i, exclude=owners) if p in country_names()]
            owner = [o for o in owner if o not in held_by] if allotted else owner
        gov = governor(root)
        announced = root.dep_ == "dobj" and root.head == gov  # "Khamenei announced a ban on ...": his ban
        # "the World Bank has financed the purchase of 2 million doses for Lebanon": who pays for it does not buy
        says = gov.lower_ in lexicon().reporting_verbs and not announced
        # "Cameroon will receive 1 million doses, with the first shipments due next week": who receives sends none
        received = gov.i in receiving and root.dep_ == "pobj"
        # "the World Bank will monitor the rollout": who watches an act does not do it
        # ("China had blocked a deal with BioNTech": nor does who blocks it)
        watched = root.dep_ == "dobj" and root.head == gov and (
            gov.lower_ in lexicon().watching_verbs or gov.lower_ in lexicon().obstructing_verbs)
        subj = owner or (subject(gov) if gov != root and not says and not received and not watched
                         and gov.lower_ not in lexicon().funding_verbs else [])
        # "Nepal thanked China for the donation of 800,000 doses": who is thanked for it gave it ("thanked Russia for
        # its offer": whoever "its" is)
        if all(o.pos_ == "PRON" for o in owner) and _thanking_for(root) == gov:
            subj = children(gov, ("dobj",))
            allotted = allotted or resolve(subject(gov), ctx, root.i)  # and who thanks received it
    agent = prep_objects(root, ("by",))
    agent_clauses = relative_clauses(agent) | appositions_on_names(agent)
    if passive and not agent:  # "were procured and delivered by UNICEF": verbs of one passive share their agent
        # (not with a verb of receiving: "were flown in and received by the health minister")
        agent = next((a for c in root.conjuncts if c.tag_ == "VBN" and c.i not in receiving
                      and (a := prep_objects(c, ("by",)))), [])
    # and the words of a trigger of several: "make 500,000 doses available to Mexico"
    # ("has offered to fund and deliver 1 million doses to Afghanistan": and an infinitive joined to its own)
    joined = [c for x in children(root, ("xcomp",)) for c in x.conjuncts if c.tag_ == "VB"]
    to = [o for t in [root] + [t for t in trig if t != root and t.pos_ in ("ADJ", "VERB")] + phase_verb(root) + joined
          for o in prep_objects(t, ("to", "for", "into", "towards"))]
    if not to and root.pos_ == "VERB":
        to = _to_past_maker(root)
    # ("a further 100,000 from the United States expected on Saturday": a participle on the doses, from where they are)
    on_doses = prep_objects(root.head, ("from",)) if root.dep_ == "acl" and root.tag_ == "VBN" else []
    sources = prep_objects(root, ("from", "with", "through", "via")) + on_doses
    # ("received 11,000 doses from the WHO, with a further 8,500 doses due from the United States": more doses after
    # "with" are their own, from their own giver)
    more = {t.i for o in sources if o.head.lower_ == "with" and names_doses(o) and not o.ent_type_ for t in o.subtree}
    frm = [o for o in sources
           if not is_funding(o) and not is_funding(o.head.head)  # "with funding from X": X pays, gives no doses
           and not set_aside(o)  # "Apart from the vaccines donated by China, the country has bought ... from Russia"
           and o.i not in more]
    loc = [o for o in prep_objects(root, ("in", "at", "across", "within")) if not _not_where_they_went(o, root)]
    with_obj = children(root, ("dobj", "dative"))
    evidence = 0.0
    # "the WHO is an organization that delivered its intention to provide ... to North Korea", "the nation, which has
    # vaccinated half its adults with China's Sinopharm": the trigger's clause is no part of the head it is on
    # ("Mali, which was due to receive 500,000 doses from COVAX": an infinitive's relative clause, too; "India, which
    # gave Sri Lanka 500,000 doses and sold it a further 500,000": and a verb joined to the clause's verb)
    top = climb(root, ("xcomp", "acomp", "conj"))
    own_clause = {t.i for t in top.subtree} if top.dep_ == "relcl" and subj == [top.head] else set()
    if event_type == "administration":
        # "China donated 200,000 doses. The country has vaccinated 25,000 people": a country vaccinates its own
        # people, so a description stands for the country that received, not the one that gave
        # ("The Dominican Republic, which shares the island of Hispaniola with Haiti, has administered": what the clause
        # on the subject says names no one who vaccinates)
        provider = resolve(subj or agent, ctx, root.i, role="recipient", aside=own_clause | relative_clauses(subj))
        described = regions_describing(loc)
        # ("vaccinated 2 million children in a two-week campaign supported by the WHO and UNICEF": who backs the
        # campaign is not where it was)
        backers = {t.i for o in loc if o.lower_ in lexicon().program_nouns
                   for c in children(o, ("acl", "relcl")) for t in c.subtree}
        aside = described | backers | borders_named(loc)
        recipient = parties_in(t for o in loc for t in o.subtree if t.i not in aside)
        if described and not recipient:  # the country the description stands for
            recipient = resolve(loc, ctx, root.i, aside=backers)
        vaccinated = children(root, ("nsubjpass",))  # "5,000 health workers in Liberia were vaccinated": Liberia's
        if not recipient and not any(s.lower_ in lexicon().outsider_nouns for s in vaccinated):  # own people
            recipient = parties_in(t for o in objects_within(vaccinated, ("in",)) for t in o.subtree)
        if tid in lexicon().withholding_triggers and to:  # "denies vaccines to defectors from North Korea":
            return provider, parties_in(to), 1.0 if provider else 0.0  # the people named, not their origin
        provider = [p for p in provider if p not in ("WHO", "UNICEF")] or provider
        if not recipient:  # "500,000 Iraqis have received the vaccine", "2 million Kenyans have been vaccinated"
            recipient = [e._.canonical for e in map(ent_of, subj + vaccinated) if e is not None and e.ent_id_
                         and demonym_plural(e.root)]
        if not provider and recipient:  # "vaccinations in Kenya": Kenya vaccinates, a region does not
            provider = [p for p in recipient if p in country_names()]
        # "people in Ghana have received": Ghana's people; "defectors in China": not China's own
        if not recipient and provider and not any(s.lower_ in lexicon().outsider_nouns for s in subj):
            recipient = provider[:]
        fallback = ctx.focus_party or next((p for p in ctx.previous_parties if p in country_names()), None)
        group = any(s.lower_ in lexicon().group_nouns for s in subj)  # "several countries in Europe have ..."
        if not provider and not recipient and fallback and not group:
            return [fallback], [fallback], 0.3
        return provider, recipient, 1.0 if provider else 0.0
    if tid in lexicon().motion_triggers:
        # "landed in Port-au-Prince, donated by the United States": the parser may hang on the place a participle
        # that tells of the doses
        on_place = [c for o in loc + to for c in children(o, ("acl",)) if c.tag_ == "VBN"]
        recipient = resolve(loc + to, ctx, root.i, aside={t.i for c in on_place for t in c.subtree}) \
            if (loc or to) else []
        if not recipient and subj and with_obj:  # "Uganda lands 864,000 doses": who lands them receives them
            recipient = resolve(subj, ctx, root.i)
        # what moved, also as the subject of a verb governing the trigger ("doses ... are due to arrive")
        # ("PORT-AU-PRINCE, Nov 8 - About 1 million doses arrived": not the dateline's place, which the parser may take
        # for the subject)
        moved = past_dateline(children(root, ("nsubj", "nsubjpass"))) or subject(root)
        if not recipient:  # "Kenya's first batch of vaccines arrived"
            recipient = holders_of(moved)
        if not recipient:  # "the doses they ordered in December have not arrived": who bought or asked receives
            # ("of the 2 million doses Peru was promised, just 300,000 have arrived": the whole a part is of)
            wholes = moved + [o for h in [root, *moved] for p in children(h, ("prep",)) if p.lower_ == "of"
                              for o in children(p, ("pobj",))]
            recipient = resolve(buyers_of(wholes), ctx, root.i)
        # "Following the arrival of 300,000 doses from India, Sri Lanka began its campaign": a state whose clause a
        # phrase of time on the arrival opens received it
        if not recipient and root.pos_ == "NOUN" and root.dep_ == "pobj" and \
                root.head.lower_ in ("following", "after", "since", "upon"):
            recipient = [p for p in resolve(subject(root.head.head), ctx, root.i) if p in country_names()]
        # the city a flight came from gives nothing ("aboard an Emirates flight from Mumbai"); a state or a body does
        cities = {e._.canonical for e in entities(root.doc) if e.label_ == "GPE"} - country_names()
        provider = [p for p in parties_in(t for o in frm for t in o.subtree) if p not in cities]
        if not provider:  # "the first batch of doses from COVAX landed": where what moved came from
            # ("The vaccines, procured with funds from Gavi, arrived": who pays gives no doses; "500,000 doses from
            # Pfizer arrived": a vaccine named as their source is its maker)
            # (nor who bought them: "doses bought by Nepal")
            bought = _buying(root.doc)
            provider = [p for p in parties_in((t for o in objects_within(moved, ("from", "by"), ("prep", "agent"))
                                               if not is_funding(o.head.head) and not pays(o.head.head)
                                               and not (o.head.dep_ == "agent" and o.head.head.i in bought)
                                               for t in o.subtree), makers=True)
                        if p not in recipient]
        if not provider:  # "a shipment, part of a US donation, arrived"
            provider = [p for p in donors_within(moved) if p not in recipient]
        if not provider:  # "landed in Port-au-Prince on Thursday, donated by the United States through COVAX"
            participles = on_place + own_participles(root)
            provider = [p for p in parties_in(t for c in participles if c.lower_ not in _SEQUENCE
                                              for a in children(c, ("agent",))
                                              for g in children(a, ("pobj", "pcomp")) for t in g.subtree)
                        if p not in recipient]
        if not provider:  # "the COVAX doses have not arrived": the organisation they come through
            provider = [p for p in parties_in(c for h in moved for c in dependants(h) if c.dep_ == "compound")
                        if p not in country_names() and p not in recipient]
        if not provider and root.pos_ == "VERB":  # "Of the 3 million doses promised by China, 1 million have arrived":
            # who gave the whole gives the part
            provider = [p for p in _giver_of_the_whole([root, *moved]) if p not in recipient]
        return provider, recipient, 0.5 * bool(recipient) + 0.5 * bool(provider)
    gives = tid in lexicon().giver_triggers and event_type != "rejection"  # not "asked that donations be paused"
    # "A Pakistani military aircraft brought 500,000 doses from Beijing": who carries doses from a party, to nowhere
    # named, fetches them for itself
    if tid in lexicon().carrying_triggers and subj and not to and \
            (fetched_from := parties_in(t for o in frm if o.head.lower_ == "from" for t in o.subtree)):
        recipient = [p for p in resolve(subj, ctx, root.i) if p not in fetched_from]
        return fetched_from, recipient, 0.5 + 0.5 * bool(recipient)
    if gives or (event_type == "offer" and tid not in lexicon().receiving_triggers):  # not "received a commitment"
        # "Sinovac has shipped 75 million doses", "most of them Pfizer, which has delivered 1.1 million doses": a
        # vaccine that gives is its maker
        provider = [] if passive else parties_in((s for s in subj if s.ent_type_ == "VACCINE" and (
            s.dep_ == "nsubj" or root.dep_ == "relcl" and s == root.head)), makers=True)
        if not provider and (agent or subj):
            # ("supplied by the drugmaker Pfizer": a vaccine named as the agent is its maker)
            provider = resolve(agent if passive else subj, ctx, root.i, role="provider", makers=passive,
                               aside=agent_clauses | own_clause)
        if passive and not provider:  # "the first 30,000 doses, a gift from the Indian government, were handed over"
            provider = givers_within(children(root, ("nsubjpass",)))
        if passive and not provider and root.pos_ == "VERB":  # "Of the 2 million doses pledged by Japan, 1 million
            # have already been delivered": who gave the whole gives the part, as for an arrival
            provider = _giver_of_the_whole([root, *children(root, ("nsubjpass",))])
        if reduced and not provider and root.head.i in trigger_roots(root.doc,
                                                                     lambda t: t.label_ in ("offer", "delivery")):
            # "Britain has also offered help, with 200,000 doses donated to Kenya": who offers gives them
            provider = resolve(subject(root.head), ctx, root.i, role="provider")
        if root.pos_ in ("NOUN", "PROPN") and not provider:  # "a pledge by the G7 to provide 1 billion doses"
            provider = parties_in(phrase_tokens(agent))
        if passive:  # "the shipment of vaccines to Mongolia was delivered"
            to = to + [x for subj_tok in children(root, ("nsubjpass",)) for x in prep_objects(subj_tok, ("to", "for"))]
        # "6 million doses for Nigeria, which Bio-Manguinhos will deliver": doses a clause gives go where they are for
        if root.dep_ == "relcl" and not to and any(c.lower_ in ("which", "that") and c.dep_ == "dobj"
                                                   for c in dependants(root)):
            to = prep_objects(root.head, ("to", "for"))
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj" and not to:  # "approved a donation ... to Nepal"
            to = light_verb_objects(root, ("to",))
        # "sharing vaccines with Honduras", "offered to share surplus doses with Laos and Myanmar"
        sharing = trigger_roots(root.doc, lambda t: t.id_ == "share")
        shared_with = [o for s in [root, *children(root, ("xcomp",))] if s.i in sharing
                       for o in prep_objects(s, ("with",))]
        recipient = parties_in(t for o in shared_with for t in o.subtree) or \
            resolve(to, ctx, root.i, exclude=provider, aside=described_by_clause(to))
        if not recipient and with_obj and any(c.dep_ == "prep" and c.lower_ == "with" for c in dependants(root)):
            recipient = parties_in(t for o in with_obj for t in o.subtree)
        if not recipient:
            recipient = _named_given([root], with_obj)
        if not recipient:  # "promised to give the WHO 100 million doses": the verb of giving names who is given
            given = [c for c in giving_complements(root) if c.dep_ == "xcomp"]
            recipient = [p for p in _named_given(given, [o for g in given for o in children(g, ("dobj",))])
                         if p not in provider]
        # "Chad was allocated 300,000 doses", "the 2 million doses Peru was promised": the subject is given them
        if passive and not recipient and (with_obj or root.dep_ == "relcl" and names_doses(root.head)):
            # ("The country had been allocated 2.4 million doses": the country it describes; not a pronoun, as in
            # "flights in which they were transferred 7 million doses")
            given = [s for s in children(root, ("nsubjpass",)) if s.pos_ != "PRON"]
            # ("Kosovo, which is not a member of the United Nations, had been promised": the clause names no one given)
            recipient = [p for p in resolve(given, ctx, root.i, exclude=provider, aside=relative_clauses(given))
                         if p not in provider]
        # ("The country had been allocated 1.2 million doses in the first round of COVAX allocations": who is given
        # before where)
        if not recipient and loc:  # "provided to all citizens within the kingdom"
            recipient = resolve(loc, ctx, root.i, exclude=provider)
        # "Zambia's supply of 228,000 doses was flown in from Mumbai": a country's batch is what it receives
        recipient = recipient or allotted or holders_of(children(root, ("nsubjpass", "dobj")))
        if root.pos_ in ("NOUN", "PROPN") and not passive:  # "Tonga welcomed a donation from New Zealand":
            # the donation's source gives, whoever holds the noun receives
            sources = (t for o in frm if o.head.lower_ == "from" for t in o.subtree)
            donors = [p for p in parties_in(sources, makers=True) if p not in provider]
            if donors and not recipient and provider and set(provider) <= country_names():
                provider, recipient = donors, provider
            # ("The shipment follows a donation of 50,000 doses from China": a holder that is no party gives nothing;
            # "despite an offer from Moscow to supply 1 million doses": nor does the phrase an offer is in; as one for
            # any noun of giving, "about the vaccine supply from Serum", it cost thirty draws F1 -0.0004, strict -0.0007)
            if (root.dep_ == "dobj" or root.dep_ == "pobj" and event_type == "offer") and not provider:
                provider = [p for p in donors if p not in recipient]
            # "Guatemala is in talks with Russia over the delivery of 16 million doses": the party dealt with gives
            talks = [root.head.head] if root.dep_ == "pobj" and root.head.lower_ in ("over", "on", "about", "for") \
                else []
            dealt = [p for p in parties_in(phrase_tokens(_talked_with(talks))) if p not in provider]
            if dealt and not recipient:
                provider, recipient = dealt, provider
        evidence = 0.5 * bool(provider) + 0.5 * bool(recipient)
        return provider, recipient, evidence
    # receiver-acts triggers: receive, get, import, purchase, request, rejection
    # ("Taiwan's offer was turned down by the government": who made the offer is not who the description stands for)
    offered_by = parties_in(t for o in _offer_owners(children(root, ("dobj", "nsubjpass"))) for t in o.subtree)
    # the trigger's own clause on who receives is no part of who receives: "Indonesia, which received 8 million doses
    # from Japan, has donated", and "Fiji to get Pfizer doses from New Zealand", a headline's infinitive the parser
    # hangs on its subject
    takers = agent if passive and agent else (subj if not passive else [])
    takers_aside = agent_clauses | own_clause
    recipient = resolve(takers, ctx, root.i, exclude=offered_by, aside=takers_aside)
    if not recipient and event_type == "request" and (sent := _sent_asking(root)) is not None:
        recipient = resolve(subject(sent), ctx, root.i)  # "Ghana sent a letter ... requesting": the sender asks
    noun = root.pos_ in ("NOUN", "PROPN")
    approved = event_type == "request" and noun and root.head.lower_ in lexicon().approval_words
    # "could not meet a request from Angola for 5 million doses", "a request by Zimbabwe": who the request is from asks
    asked_by = event_type == "request" and noun and root.i + 1 < len(root.doc) and \
        root.doc[root.i + 1].lower_ in ("from", "by")
    askers = parties_in(phrase_tokens(prep_objects(root, ("from", "by")))) if approved or asked_by else []
    if askers:
        # "the ICG has approved a request from Angola for 1.8 million doses": Angola asks, the ICG gives
        if approved:
            return [p for p in parties_in(phrase_tokens(subject(root.head))) if p not in askers], askers, 1.0
        # "it will provide its vaccines upon any requests from the DPRK": who acts on the request is asked
        return resolve(subject(governor(root)), ctx, root.i, exclude=askers, role="provider"), askers, 1.0
    if approved:  # "Gavi approved a first request for 1.4 million doses": who approves is asked, not who asked
        # ("approved Niger's request": whose the request is asks)
        askers = parties_in(t for o in children(root, ("poss",)) for t in o.subtree)
        approver = [p for p in parties_in(phrase_tokens(subject(root.head))) if p not in askers]
        return approver, askers, 0.5 * bool(approver) + 0.5 * bool(askers)
    if not recipient and event_type == "delivery":  # "Ghana's second consignment is expected next week"
        recipient = holders_of(children(root, ("dobj", "nsubjpass")))
    if not recipient and event_type == "purchase":  # "financed the purchase of 2 million doses for Lebanon"
        # ("signed contracts for 37 million doses with the RDIF": doses bought are not whom they are for)
        recipient = parties_in(phrase_tokens(g for h in [root, *prep_objects(root, ("of",))] for p in children(
            h, ("prep",)) if p.lower_ == "for" for g in children(p, ("pobj",)) if not names_doses(g)))
    if not recipient and passive and event_type == "rejection":
        recipient, offered_by = rejected_offer(root, ctx)
        if offered_by and not frm:
            return offered_by, recipient, 0.5 + 0.5 * bool(recipient)
    if root.pos_ in ("NOUN", "PROPN") and not frm:  # "made a deal with J&J": the light verb holds "with"
        frm = light_verb_objects(root, ("with", "from"))
    if event_type == "purchase" and not frm and root.dep_ in ("xcomp", "advcl", "acl"):
        # "is negotiating with Moderna to buy", "in talks with China to buy": the party dealt with sells ("worked
        # with": no); the parser may hang the infinitive on "is" of "is in talks"
        talks = [root.head] + [o for p in children(root.head, ("prep",)) if p.lower_ == "in"
                               for o in children(p, ("pobj",))]
        frm = _talked_with(talks)
    whole = parts_told(children(root, ("dobj", "nsubjpass")))
    frm = [o for o in frm if o.i not in whole]  # who gave a part gave not the whole
    # "urged the EU to share its vaccines with Ukraine", "called on rich countries to release surplus vaccines to
    # Africa": whom the giving asked for is to go to asks, neither gives nor is asked
    asking = event_type == "request" or trig.label_ == "request"
    given_to = [o for g in giving_complements(root) for o in prep_objects(g, ("with", "to", "for"))] if asking else []
    if event_type == "request":
        frm = [o for o in frm if o not in given_to]
        recipient = recipient or parties_in(phrase_tokens(given_to))
    # "from Oxford/AstraZeneca, Sputnik V, Pfizer": a list holding a vaccine no company is named after lists vaccines
    brands = any(e is not None and e.label_ == "VACCINE" and e._.canonical not in lexicon().manufacturers
                 for o in frm for e in map(ent_of, o.subtree))
    provider = parties_in(phrase_tokens(frm), makers=not brands)
    # "asked for 3 million doses from the trust", "due to receive 1.4 million doses through the programme": the scheme
    # named before (not "from the national government", nor "from the company")
    schemes = [o for o in frm if o.lower_ in lexicon().scheme_nouns]
    if not provider and schemes:
        provider = resolve(schemes, ctx, root.i, exclude=recipient, role="provider")
    if event_type == "purchase" and provider and not set(provider) & lexicon().producers:
        # ("Bavarian Nordic said it had signed a deal with Gavi to supply": a pronoun stands for the maker)
        sellers = resolve(subj if not passive else agent, ctx, root.i, makers=True, role="provider")
        if set(sellers) & lexicon().producers:  # "J&J entered into a deal with AVAT": the maker sells
            return [p for p in sellers if p in lexicon().producers], provider, 1.0
    # "asked China for doses", "appealed to the WHO": the asked gives; "asked COVAX not to send": it would have given
    if not provider and asking:
        calls_on = root.lower_.startswith("call")  # "called on China to supply": whoever is called on is asked
        asked = children(root, ("dobj",)) + [o for o in prep_objects(root, ("to", "on") if calls_on else ("to",))
                                             if o not in given_to]
        if root.pos_ in ("NOUN", "PROPN"):  # "submitted a request to the WHO": the light verb holds "to"
            asked += light_verb_objects(root, ("to",))
        if root.dep_ == "advcl" and root.tag_ == "VBG":  # "wrote to COVAX asking for", "approached Australia seeking"
            asked += children(root.head, ("dobj",)) + prep_objects(root.head, ("to",))
        asked += addressed
        # "has requested that Russia speed up delivery": who is to do what is asked is asked
        asked += [s for g in clauses_asked_of(root) for s in children(g, ("nsubj",))]
        if (sent := _sent_asking(root)) is not None:  # "sent a letter to the United States requesting": to whom
            asked += prep_objects(root.head, ("to",)) + prep_objects(sent, ("to",))
        if root.pos_ in ("NOUN", "PROPN") and root.head.lower_ in lexicon().approval_words:
            asked += subject(root.head) + prep_objects(root.head, ("by",))  # "the ICG approved Nigeria's request"
        # "requested that Japan send more doses": who is to give in the clause asked for
        asked += [s for g in giving_complements(root) if g.dep_ == "ccomp" for s in children(g, ("nsubj",))]
        asked += [c for a in asked for c in a.conjuncts]  # "asked China and India for doses": both are asked
        # "asked US President Joe Biden for vaccines": a person acting for a state stands for it (EVENTS.md 2)
        titles = [t for a in asked if a.ent_type_ == "PERSON" for t in a.lefts]
        # "asked Moderna to speed up deliveries": a maker asked is the maker (what is requested is no one asked)
        addressed = [a for a in asked if a.dep_ != "dobj" or tid == "ask"]
        # "applied to the COVAX mechanism", "to COVAX's humanitarian buffer": a name may stand before the noun asked
        named = [c for a in asked for c in dependants(a) if c.dep_ in ("compound", "poss")]
        provider = [p for p in parties_in(asked + titles + named) or parties_in(addressed, makers=True)
                    if p not in recipient]
        if not provider and (schemes := [a for a in asked if a.lower_ in lexicon().scheme_nouns]):
            provider = resolve(schemes, ctx, root.i, role="provider")  # "submitted to the facility": the one named
            # before; and no party asks itself ("Its request was submitted to the facility": "its" is another party)
            if provider and recipient and set(recipient) <= set(provider):
                recipient = resolve(takers, ctx, root.i, exclude=set(offered_by) | set(provider), aside=takers_aside)
    objects = children(root, ("dobj", "nsubjpass"))
    if event_type == "rejection" and not objects:  # "declined to accept vaccines offered by the United States"
        objects = [o for c in children(root, ("xcomp",)) for o in children(c, ("dobj",))]
    parts = parts_told(objects)
    if not provider:  # "a batch ... offered by COVAX", "jabs donated by China"; "received 100,000 doses on
        # Thursday, donated by the EU": a participle of the trigger's own tells where they came from
        # ("received its first shipment on Saturday, financed by the World Bank": who pays gives no doses)
        # ("will receive the first doses, followed by Burkina Faso and Burundi": who comes next gives nothing)
        # ("received 370,000 doses of the malaria vaccine, funded by Gavi": nor does who funds)
        agents = [g for o in objects + own_participles(root) for a in o.subtree if a.dep_ == "agent" and a.i not in parts
                  and a.head.lower_ not in _SEQUENCE and not pays(a.head) for g in children(a, ("pobj", "pcomp"))]
        their_clauses = relative_clauses(agents) | appositions_on_names(agents)
        provider = parties_in(t for g in agents for t in g.subtree if t.i not in their_clauses)
    if not provider:  # buying or receiving "Russia's Sputnik V" is from Russia; "COVAX doses" from COVAX
        # (refusing "China's Sinovac" refuses a vaccine, not a supplier)
        provider = parties_in(t for o in objects for t in o.subtree
                               if t.dep_ == "poss" and t.ent_type_ in ("GPE", "ORG") and event_type != "rejection"
                               and t.head.lower_ not in _HELD
                               # "COVAX doses", not "vaccines for the Oromia outbreak"
                               or t.dep_ == "compound" and t.ent_type_ == "ORG" and (t.head == o or names_doses(t.head)))
    if not provider:  # "rejected the US offer", "the Canadian offer": whoever owns the offer gives
        owners = _offer_owners(objects)  # ("Pfizer's offer": a vaccine's name for its maker)
        provider = parties_in((t for o in owners for t in o.subtree), makers=True) or \
            [e._.canonical for e in map(ent_of, owners) if e is not None and e.label_ == "NORP" and e.ent_id_]
    if not provider and event_type == "rejection" and objects and all(o.pos_ == "PRON" for o in objects) and \
            root.dep_ == "conj" and root.head.i in trigger_roots(root.doc, lambda t: t.label_ in ("offer", "delivery")):
        # "Beijing has offered to send vaccines to the island, but Taipei has refused them": who offered them gives
        provider = [p for p in resolve(subject(root.head), ctx, root.i, role="provider") if p not in recipient]
    if not provider:  # "Hungary receives Russian vaccine", "bans American and British vaccines", "the import of
        of = prep_objects(root, ("of",)) if root.pos_ in ("NOUN", "PROPN") else []  # American vaccines"
        provider = origin(t for o in objects + of for t in o.subtree)
    if not provider and event_type == "delivery":  # "received doses courtesy of the United States", "received
        # 1 million doses purchased from Sinovac": where what was received came from
        of_parts = set(parties_in((t for t in tokens(root.doc) if t.i in parts), makers=True))
        # ("is still waiting for 1.4 million doses it bought from Russia": what a verb of waiting waits for)
        delivered = objects or (awaited(root) if tid == "expect" else [])
        provider = [p for p in givers_within(delivered, makers=True) if p not in recipient and p not in of_parts]
    if not provider and event_type == "delivery":  # "received 800,000 doses ..., as grant assistance from the
        # Government of China": the parser may hang what the doses came as on any verb of the clause
        provider = [p for p in givers_within(given_as(root)) if p not in recipient]
    # a deal noun's own infinitive and what it is for ("finalised an agreement to import 13.5 million doses from
    # Russia", "placed an order for 10 million doses of CanSino")
    own = [root] if root.pos_ in ("NOUN", "PROPN") else []
    if not provider and event_type == "purchase":  # "signed an agreement to buy 15 million doses from China": the
        # seller of the deal's own buying ("secured 1 crore doses, including 32 lakh from India as a gift": no)
        deals = [c for o in objects + own for c in dependants(o) if c.dep_ == "acl"]
        provider = [p for p in parties_in(t for o in objects_within(deals, ("from",)) for t in o.subtree)
                    if p not in recipient]
    if not provider and event_type == "purchase":  # "buy 400 million J&J shots": bought from the maker
        # ("an order for 10 million doses of CanSino"; not "the contract for Covaxin vaccines", which names no seller)
        ordered = [g for n in own for o in prep_objects(n, ("for",)) for t in o.subtree
                   if t.dep_ == "pobj" and t.head.lower_ == "of" for g in t.subtree]  # "of the Sinopharm vaccine"
        # ("donate 20 million doses of the Janssen vaccine that it had ordered": the doses a relative clause is on)
        held = [root.head] if root.dep_ == "relcl" and all(relative_pronoun(o) for o in objects) else []
        provider = parties_in((t for o in objects + held for t in o.subtree if t.ent_type_ == "VACCINE"),
                              makers=True) or parties_in((t for t in ordered if t.ent_type_ == "VACCINE"), makers=True)
    if tid == "sell":
        provider, recipient = recipient, parties_in(t for o in to for t in o.subtree)
    if not provider and tid in lexicon().returning_triggers:  # "returned the doses to COVAX": who gave them
        # ("returned 100,000 doses to Moderna": a vaccine's name for its maker)
        provider = [p for p in parties_in((t for o in to for t in o.subtree), makers=True) if p not in recipient]
    evidence = 0.5 * bool(provider) + 0.5 * bool(recipient)
    return provider, recipient, evidence

# what a country's possessive holds as its own: "Kenya's first batch", "Nepal's allocation" (its donation it gives)
_SEQUENCE = frozenset({"followed", "preceded", "joined", "accompanied"})
_HELD = frozenset({"batch", "batches", "shipment", "shipments", "consignment", "consignments", "delivery",
                   "deliveries", "allocation", "allocations", "allotment", "share", "order", "orders", "supply"})


def _sent_asking(root: Token) -> Token | None:
    """The verb that sent what asks, when a participle of asking is on its object: "sent a letter to the United
    States requesting surplus doses" ("sent"); or on whom it was sent to, where the parser hangs it: "wrote to the WHO
    seeking 2 million doses" ("wrote")."""
    if root.dep_ != "acl" or root.tag_ != "VBG":
        return None
    if root.head.dep_ == "dobj" and root.head.head.pos_ == "VERB":
        return root.head.head
    # (not "will send doses to countries seeking vaccines": the countries seek, and what moves is no letter)
    to = root.head.head
    if root.head.dep_ == "pobj" and root.head.ent_type_ in PARTY_LABELS and to.lower_ == "to" and \
            to.dep_ == "prep" and to.head.pos_ == "VERB" and \
            to.head.i not in trigger_roots(root.doc, lambda t: t.label_ in ("delivery", "offer")):
        return to.head
    return None


def _offer_owners(heads: list[Token]) -> list[Token]:
    """The words that own those of `heads` that are offers: "the US offer", "Taiwan's offer", "the Canadian offer",
    "China's vaccine offer" (the parser may take the vaccine noun for the offer's subject)."""
    return [t for o in heads if o.lower_ in lexicon().offer_nouns for t in dependants(o)
            if t.dep_ in ("compound", "poss", "amod") or t.dep_ == "nsubj" and t.lower_ in lexicon().vaccine_nouns]


def holders_of(heads: list[Token]) -> list[str]:
    """The country whose supply is named with a possessive: "Kenya's first batch of vaccines arrived"."""
    return [p for p in parties_in(t for h in heads for t in h.subtree if t.dep_ == "poss" and t.head.lower_ in _HELD)
            if p in country_names()]


def _buying(doc: Doc) -> set[int]:
    """The token indexes of the roots of the sentence's triggers of buying or asking."""
    return trigger_roots(doc, lambda t: t.label_ in ("purchase", "request"))


def buyers_of(heads: list[Token]) -> list[Token]:
    """The subjects of a clause of buying or asking on the words for the doses, and of one of being offered them:
    "the doses they ordered", "the 2 million doses Peru was promised"."""
    acts = _buying(heads[0].doc) if heads else set()
    offered = trigger_roots(heads[0].doc, lambda t: t.label_ == "offer") if heads else set()
    # ("another 1.5m doses bought by Nepal": the agent of a participle of buying)
    return [s for h in heads for c in dependants(h) if c.dep_ == "relcl" and c.i in acts | offered
            for s in children(c, ("nsubj",) if c.i in acts else ("nsubjpass",))] + \
        [g for h in heads for c in dependants(h) if c.dep_ == "acl" and c.i in acts
         for a in children(c, ("agent",)) for g in children(a, ("pobj",))]


_GIVEN_AS = frozenset({"gift", "gifts", "donation", "donations", "assistance", "aid", "grant"})


def given_as(root: Token) -> list[Token]:
    """What a clause says the doses came as: "as a gift", "as grant assistance" (from whom they came hangs on it)."""
    return [t for t in root.subtree if t.dep_ == "pobj" and t.head.lower_ == "as" and t.lower_ in _GIVEN_AS]


def donors_within(heads: list[Token]) -> list[str]:
    """Who gave the doses, named inside the words for them: "part of a US donation", "a Japanese gift",
    "the Japanese-donated doses", "doses courtesy of the United States"."""
    owners: list[Token] = []
    for t in (t for h in heads for t in h.subtree):
        if t.lower_ in ("donation", "donations", "gift", "gifts"):
            owners += [c for c in dependants(t) if c.dep_ in ("compound", "poss", "amod")]
        elif t.lower_ in ("donated", "gifted") and t.dep_ == "amod":
            owners += [c for c in dependants(t) if c.dep_ == "npadvmod"]
        elif t.lower_ == "courtesy":
            owners += prep_objects(t, ("of",))
    # ("US-donated": a name before a hyphen, which elsewhere describes and does not act, gives here)
    return parties_in(t for o in owners for t in o.subtree) or \
        [e._.canonical for e in map(ent_of, owners)
         if e is not None and e.ent_id_ and e.label_ in ("NORP", "GPE", "ORG")]


def described_by_clause(heads: list[Token]) -> set[int]:
    """The tokens of the clauses that describe `heads`: "to Palestinian refugees living in its camps", "to
    the countries which have asked for them" name no receiver in the clause; nor does a shipment the parser sets
    beside the receiver ("to the Gaza Strip, the first large shipment since Israel allowed vaccines in"), nor a part
    of the doses it hangs there ("to nearly 100 countries, including 10 million through COVAX")."""
    return relative_clauses(heads) | {t.i for h in heads for c in dependants(h)
                                      if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                                      or c.dep_ == "appos" and c.lower_ in lexicon().supply_nouns
                                      or c.lower_ == "including" and any(g.dep_ == "pobj" and g.like_num
                                                                         for g in dependants(c))
                                      for t in c.subtree}


def parts_told(objects: list[Token]) -> set[int]:
    """The token indexes of the parts the doses named are told in, each with its own count: "received 6.1 million
    doses, including 2.2 million from COVAX and 1.1 million donated by the United States", "1 million doses so far:
    600,000 from COVAX and 400,000 from China"."""
    # ("received a total of 512,000 doses, including 360,000 from COVAX": the doses a total is of)
    wholes = objects + [g for o in objects if o.lower_ in lexicon().tally_nouns for g in prep_objects(o, ("of",))]
    return {t.i for o in wholes for c in dependants(o)
            if c.dep_ == "prep" and c.lower_ == "including" or c.dep_ == "appos" and c.like_num for t in c.subtree}


def givers_within(heads: list[Token], makers: bool = False) -> list[str]:
    """Who gave what `heads` name, named inside it: a donor (`donors_within`), else where it came from ("a gift
    from the Indian government", "doses purchased from Sinovac"; not the giver of "a grant from")."""
    source = [o for o in objects_within(heads, ("from",)) if not is_funding(o.head.head)]
    # ("from the Chinese pharmaceutical company Sinovac": the parser may hang the name after a company noun elsewhere)
    found = donors_within(heads) or parties_in((t for o in source for t in o.subtree), makers=makers)
    if found:
        return found
    named = [o.nbor(1) for o in source if o.lower_ in lexicon().company_nouns and o.i + 1 < len(o.doc)
             and o.nbor(1).ent_type_ in ("ORG", "VACCINE") and o.nbor(1).head != o]
    return parties_in(named) or [m for e in map(ent_of, named) if e is not None and e.label_ == "VACCINE"
                                 and (m := lexicon().manufacturers.get(e._.canonical or ""))]


def _giver_of_the_whole(heads: list[Token]) -> list[str]:
    """Who gave, by a participle on it, the whole that a part is "of" under `heads` ("Of the 3 million doses promised
    by China, 1 million have arrived": China)."""
    given = trigger_roots(heads[0].doc, lambda t: t.label_ in ("offer", "delivery"))
    whole = [o for h in heads for p in children(h, ("prep",)) if p.lower_ == "of" for o in children(p, ("pobj",))]
    return parties_in(t for w in whole for c in children(w, ("acl",)) if c.i in given
                      for a in children(c, ("agent",)) for t in a.subtree)


def rejected_offer(root: Token, ctx: Context) -> tuple[list[str], list[str]]:
    """Recipient and provider of a passive rejection with no agent ("the batches were rejected").

    The doses name them when they can ("the doses offered to DPR Korea by COVAX may be relocated", "a shipment of
    doses from the Netherlands was declined"); otherwise they are the recipient of the event just stated, or the
    party named last.
    """
    doses = children(root, ("nsubjpass",))
    to = objects_within(doses, ("to", "for"), ("prep", "dative"))
    by = objects_within(doses, ("by",), ("agent",))
    recipient = parties_in(t for o in to for t in o.subtree)
    provider = parties_in(t for o in by for t in o.subtree) or givers_within(doses)
    if not recipient:
        recipient = next((e.recipient[:1] for e in ctx.previous_events if e.recipient), list(ctx.previous_parties[:1]))
    return recipient, [p for p in provider if p not in recipient]


def from_group(root: Token) -> bool:
    """"received about 2 million doses from various sources", "pledged by drugmakers": givers named only as a group;
    "declined an offer of vaccines from a private donor": one left unnamed; "had refused to accept any vaccines": doses
    of any giver."""
    refused = children(root, ("dobj",)) + [o for c in children(root, ("xcomp",)) for o in children(c, ("dobj",))]
    return _by_group(root) or any((o.lower_ in lexicon().group_nouns | lexicon().source_nouns or _unnamed_giver(o))
                                  and not parties_in(o.subtree) for o in prep_objects(root, ("from", "by"))) or any(
        c.dep_ == "det" and c.lower_ in ("any", "all") for o in refused if not parties_in(o.subtree)
        for c in dependants(o))


def _unnamed_giver(noun: Token) -> bool:
    """"a private donor", "an anonymous benefactor": a giver with "a" (not "the donor", who may be one named before)."""
    return noun.lower_ in lexicon().unnamed_giver_nouns and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                for c in dependants(noun))


def own_parties(ev: Event, other: Event) -> bool:
    """Two events of one type in a sentence are two happenings when each names its own receiving state ("donated
    50,000 doses to the Seychelles and sent a further 50,000 to Egypt"; a city may lie in the other's state: "to
    Laos, and the shipments arrived in Vientiane") or, two verbs of asking, each its own party asked ("applied to
    COVAX for an allocation and wrote to Argentina requesting a loan")."""
    states = country_names()
    if ev.recipient and other.recipient and set(ev.recipient) <= states and set(other.recipient) <= states \
            and not set(ev.recipient) & set(other.recipient):
        return True
    return ev.event_type == "request" and ev.verbal and other.verbal and bool(ev.provider and other.provider) \
        and not set(ev.provider) & set(other.provider)


def inherit_roles(ev: Event, ctx: Context, passive: bool = False, unnamed_givers: bool = False) -> None:
    """A role the sentence leaves open is taken from an event of the sentence just before; not the giver of doses
    that came from givers named only as a group (`unnamed_givers`: "from various sources")."""
    own_givers = ev.provider
    _inherit(ev, ctx, passive)
    if unnamed_givers:
        ev.provider = own_givers


_GIVEN_BEFORE = {"offer": ("offer",), "delivery": ("delivery", "offer", "purchase")}


def _inherit(ev: Event, ctx: Context, passive: bool) -> None:
    if passive and not ev.provider and ev.event_type in ("offer", "delivery"):
        # "Some 14 million doses were earmarked for ...": the giver of the sentence before
        # ("The bloc has committed 250 million doses. Only 18 million have been delivered": who pledged them, or sold
        # them, delivers them)
        ev.provider = next((p.provider for p in ctx.previous_events if p.event_type in _GIVEN_BEFORE[ev.event_type]
                            and p.provider and not set(p.provider) & set(ev.recipient)), [])
    if ev.event_type == "administration" or not ctx.refers_back:
        return
    for prev in ctx.previous_events:
        # ("Argentina clinched an agreement with Russia for Sputnik V. Deliveries of the AstraZeneca vaccine were
        # delayed": another vaccine, another happening)
        if ev.vaccine and prev.vaccine and not set(ev.vaccine) & set(prev.vaccine):
            continue
        if prev.event_type != "administration" and (ev.event_type != "purchase" or prev.event_type == "purchase"):
            # "Zambia has rejected an offer from Russia. The country will instead wait for the doses it has been
            # allocated": who offered what was turned down gives nothing else (though "it would not accept the
            # 500,000 doses allocated to it" tells that offer again)
            # "Peru has agreements with AstraZeneca and Pfizer. It received 300,000 doses of Sinopharm": a maker
            # gives only its own vaccine
            makers = {lexicon().manufacturers.get(v) for v in ev.vaccine}
            givers = [p for p in prev.provider if not ev.vaccine or p in makers
                      or p not in lexicon().manufacturers.values()]
            fill_roles(ev, replace(prev, provider=givers if prev.event_type != "rejection" or
                                   ev.event_type in ("rejection", "offer") else []))


def merge(into: Event, other: Event) -> None:
    if not into.vaccine:
        into.vaccine = other.vaccine
    fill_roles(into, other)
    if into.quantity is None and other.quantity is not None:
        into.quantity, into.quantity_unit, into.quantity_qualifier = (
            other.quantity, other.quantity_unit, other.quantity_qualifier)
    if into.event_date is None and other.event_date is not None:
        into.event_date, into.date_text = other.event_date, other.date_text

