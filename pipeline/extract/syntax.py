"""Parse helpers shared by the extraction stages: entities, heads, subjects, prepositional objects.

Input: tokens and spans of a sentence parsed by `pipeline.nlp`. Output: tokens, or canonical party names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import country_names, party_table

# a body every state has, named without its state ("the Health Ministry"; "Health" of "Health Minister X")
GENERIC_BODY = re.compile(r"^(?:the )?(?:(?:(?:health|foreign|finance|federal|national|central) )?"
                          r"(?:ministry|minister|department|government|authorities|cabinet)"
                          r"(?: of (?:health|public health|foreign affairs))?|health|finance)$", re.I)


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per sentence: spaCy makes new spans on every access of `doc.ents`."""
    cached = doc.user_data.get("ents")
    if cached is None:
        cached = doc.user_data["ents"] = tuple(doc.ents)
    return cached


def ent_of(tok: Token) -> Span | None:
    """The entity a token is part of, if any."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    index = doc.user_data.get("ent_of")
    if index is None:
        index = doc.user_data["ent_of"] = {i: ent for ent in entities(doc) for i in range(ent.start, ent.end)}
    return index.get(tok.i)


def parties_in(tokens: Iterable[Token], makers: bool = False) -> list[str]:
    """Canonical party names of GPE/ORG/NORP entities that start inside `tokens`.

    With `makers`, a vaccine named where a party stands ("a deal with Johnson & Johnson") is its maker.
    """
    out: list[str] = []
    seen_ents: set[int] = set()
    for tok in tokens:
        ent = ent_of(tok)
        if ent is None or ent.start in seen_ents:
            continue
        seen_ents.add(ent.start)
        if ent.label_ == "VACCINE" and makers and ent.root.dep_ in ("pobj", "conj", "dobj", "nsubj", "appos", "compound",
                                                                   "poss", "nmod", "attr"):
            maker = lexicon().manufacturers.get(ent._.canonical or "")
            if maker and maker not in out:
                out.append(maker)
            continue
        if ent.label_ not in ("GPE", "ORG", "NORP") and not (ent.label_ == "LOC" and ent.ent_id_):
            continue  # a region counts only when named as one ("Africa"), not "the region"
        if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("-", "–") or ent.text.endswith("-"):
            continue  # "WHO-recommended", "UN-backed", "US-based" describe, they do not act
        if common_noun(ent):
            continue
        if names_a_thing(ent):
            continue
        name = ent._.canonical
        if ent.start < 12 and ent.start in dateline(ent.doc) and name not in _known_parties():
            continue  # "GENEVA, Jan 20, 2010 -": the city a report was filed in, which no table knows, is no party
        if ent.label_ == "NORP" and not stands_for_state(ent):
            continue  # "the Indian firm", "Chinese-made": a nationality that does not act
        if ent.label_ == "GPE" and ent.root.dep_ in ("compound", "amod", "nmod") and ent.end < len(ent.doc) and \
                ent.doc[ent.end].lower_ in lexicon().company_nouns:
            continue  # "the US drugmaker Pfizer", "a US company": where the company is from, not who acts
        if name and name not in out:
            out.append(name)
    return out


@lru_cache(maxsize=1)
def _known_parties() -> frozenset[str]:
    return frozenset(party_table().values())


def names_a_thing(ent: Span) -> bool:
    """A name that is part of the name of a place or of a germ, not of a party that gives or gets doses:
    "Kenneth Kaunda International Airport", "Toncontin airport" (a known place before the noun stays: "Kigali
    airport" is in Rwanda); "the Sudan strain of Ebola", "the Indian variant"."""
    if ent.label_ == "ORG" and ent[-1].lower_ in lexicon().facility_nouns:
        return True
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if ent.label_ == "ORG" and ent._.canonical in _known_parties() and _one_member(ent.doc[ent.end:ent.end + 2]):
        return True
    return after in lexicon().pathogen_nouns or (
        after in lexicon().facility_nouns and ent._.canonical not in _known_parties())


def _one_member(after: Span) -> bool:
    """"the first European Union country", "an EU member state": one member of a union is described, the union does
    not act ("African Union Member States" are its members together)."""
    words = [t.lower_ for t in after]
    return bool(words) and (words[0] in lexicon().state_kind_nouns or words[0] == "member" and (
        len(words) < 2 or words[1] in lexicon().state_kind_nouns))


def common_noun(ent: Span) -> bool:
    """"Its former colonies": a name the parser gives a word in lower case, which no pattern knows, names no party."""
    return ent.text.islower() and not ent.ent_id_


def stands_for_state(ent: Span) -> bool:
    """A nationality stands for its country when it names the state's people or organs ("Iranian leader")."""
    if not ent.ent_id_:
        return False
    head = ent.root.head if ent.root.dep_ in ("amod", "compound", "nmod") else ent.root
    return head.i == ent.root.i and ent.root.pos_ in ("PROPN", "NOUN") or head.lower_ in lexicon().state_nouns


def _modifies(tok: Token) -> bool:
    """A word before a noun that can name where the noun's vaccines come from: a modifier ("American", "US"), or the
    place in a hyphened compound of making ("Chinese" in "Chinese-made vaccines", "US-made")."""
    return tok.dep_ in ("amod", "compound", "nmod", "conj") or tok.dep_ == "npadvmod" and \
        tok.head.lower_ in lexicon().making_verbs and tok.i + 2 == tok.head.i and tok.nbor(1).text == "-"


def origin(tokens: Iterable[Token]) -> list[str]:
    """Countries a vaccine is said to come from: "Russian vaccine", "Russia's Sputnik V", "American and British vaccines",
    "US and UK vaccines"."""
    out: list[str] = []
    for tok in tokens:
        if not names_doses(tok):
            continue
        for c in dependants(tok):
            # "American and British vaccines", "American Pfizer Covid-19 vaccines": the modifiers before the noun
            mods = [m for m in c.subtree if m.i < tok.i and (m == c or _modifies(m))]
            for m in mods:
                ent = ent_of(m)
                if ent is None or not _modifies(m):
                    continue
                # ("and the Maldives 100,000 doses": a party with its own count, the verb left out, is none)
                country = ent.label_ == "GPE" and ent._.canonical in country_names() and not any(
                    t.like_num for t in tok.doc[m.i + 1:tok.i])
                if (ent.label_ == "NORP" and ent.ent_id_ or country) and ent._.canonical and ent._.canonical not in out:
                    out.append(ent._.canonical)
        # "vaccines made in the United States and Britain": where they were made
        made = [c for c in dependants(tok) if c.dep_ == "acl" and c.lower_ in lexicon().making_verbs]
        places = [p for c in made for o in prep_objects(c, ("in",)) for p in [o, *o.conjuncts]]
        out += [n for n in parties_in(places) if n in country_names() and n not in out]
    return out


def dateline(doc: Doc) -> set[int]:
    """The token indexes of the dateline at the head of an article's first sentence, up to its dash ("DAR ES SALAAM,
    Feb 3 (Reuters) -", "MANILA, Philippines -"): where and when the report was filed, so none of its names is what a
    pronoun or a description stands for."""
    if not doc or not (doc[0].is_upper and doc[0].is_alpha):
        return set()
    # ("WHO, UNICEF and Gavi said", "IDRI, a Seattle-based nonprofit": names in capitals; a dateline's dash stands
    # apart from the words around it)
    dash = next((t.i for t in doc[1:12] if t.text in ("-", "\u2013", "\u2014") and t.whitespace_
                 and doc[t.i - 1].whitespace_), None)
    return set(range(dash + 1)) if dash is not None else set()


def set_aside(tok: Token) -> bool:
    """"Aside from Sinopharm, 813,150 doses of Pfizer arrived": a vaccine named only to be set apart; "Apart from the
    vaccines directly obtained from the African Union, the country has secured 360,000": a happening, and its parties,
    told only to be set apart from the sentence's own; "2.4 million doses of Sinovac instead of AstraZeneca", "rather
    than", "in place of": what is named in the stead of another."""
    chain = head_chain(tok, 4)
    # (the parser makes "instead of", "rather than" a conjunction, or a preposition the adverb hangs on)
    instead = [c for c in dependants(tok.head) if c.dep_ == "cc" and c.i < tok.i] if tok.dep_ == "conj" else []
    return any(h.lower_ in ("besides", "except", "excluding")
               or h.lower_ == "from" and h.head.lower_ in ("aside", "apart") for h in chain) or \
        any(_in_the_stead(h) for h in [*chain, *instead[-1:]])


def _in_the_stead(tok: Token) -> bool:
    """"of" of "instead of" and "in place of", "than" of "rather than"."""
    return tok.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in dependants(tok)) or \
        tok.lower_ == "of" and (tok.head.lower_ == "instead" or
                                tok.head.lower_ == "place" and tok.head.head.lower_ == "in")


def names_a_part(tok: Token) -> bool:
    """A word for a part or a share ("part", "percent", "half", "some of", "most of"): its "of" names the whole a part
    is taken from."""
    return tok.lower_ in lexicon().fraction_nouns or tok.lower_ in ("part", "some", "most")


def lone_quantifier(tok: Token) -> bool:
    """"any" or "none" standing alone ("has yet to receive any"): of the doses named before, no count of its own."""
    return tok.lower_ in ("any", "none") and not list(dependants(tok))


def past_dateline(subjects: list[Token]) -> list[Token]:
    """Subjects, with a dateline's place among them replaced by what hangs on it ("GENEVA, April 11 - A single dose of
    the HPV vaccine offers", "KATHMANDU, March 29 - Nepal received": the parser may take the place for the subject,
    even for a person, and hang the subject on it)."""
    filed = dateline(subjects[0].doc) if subjects else set()
    return [d for s in subjects for d in ([s] if s.i not in filed else children(s, ("appos",)))]


def is_vaccine_token(tok: Token) -> bool:
    if tok.dep_ in ("compound", "amod") and tok.head.lower_ in lexicon().equipment_nouns:
        return False  # "handed over 12 vaccine refrigerators": things for vaccines, not vaccines
    if tok.ent_type_ == "VACCINE":  # "a new malaria drug": a disease naming a medicine names no vaccine
        return not (tok.dep_ in ("compound", "amod") and tok.head.lower_ in lexicon().medicine_nouns)
    return tok.lower_ in lexicon().vaccine_nouns and not counts_a_medicine(tok)


def names_doses(tok: Token) -> bool:
    """A word for vaccines or for a supply of them: "doses", "Sinovac", "the shipment"."""
    return is_vaccine_token(tok) or tok.lower_ in lexicon().supply_nouns


def counted_doses(tok: Token) -> bool:
    """A word for doses with a count of its own: "150,000 doses", "2.4 million doses"."""
    return names_doses(tok) and any(c.dep_ == "nummod" for c in dependants(tok))


def counts_a_medicine(tok: Token) -> bool:
    """"30,000 doses of a drug used to reverse overdoses": doses of a medicine, out of scope (EVENTS.md 1)."""
    medicines = lexicon().medicine_nouns
    return any(c.dep_ == "prep" and c.lower_ == "of" and
               any(g.dep_ == "pobj" and g.lower_ in medicines for g in dependants(c)) for c in dependants(tok))


def pays(verb: Token) -> bool:
    """A verb of paying or funding ("paying", "financed"): who does it gives money, not doses."""
    return verb.lower_ in lexicon().funding_verbs | lexicon().paying_verbs


def is_funding(tok: Token) -> bool:
    """"with funding from the Gates Foundation", "with financial support from Gavi": money, not doses (EVENTS.md 1),
    so whoever it comes from gives no doses."""
    if tok.dep_ == "pcomp" and tok.pos_ == "VERB":  # "with Gavi paying for most of the doses": who pays buys none
        return pays(tok)
    if tok.pos_ != "NOUN" or tok.ent_type_:  # "the Russian Fund for Direct Investment" is a party
        return False
    if any(names_doses(t) for o in prep_objects(tok, ("of",)) for t in o.subtree):
        return False  # "a loan of 500,000 doses from Argentina": doses lent
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return False  # "received 2.7 million doses on loan from the United States": what is on loan is the doses
    return tok.lower_ in lexicon().funding_nouns or (
        tok.lower_ in ("support", "assistance", "aid") and any(c.lower_ == "financial" for c in dependants(tok)))


def ends_a_deal(tok: Token) -> bool:
    """"cancelled", "terminated", "backed out (of)", "reneged (on)", "called off": a verb that ends an agreement or a
    plan."""
    lex = lexicon()
    particles = [c.lower_ for c in dependants(tok)
                 if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away", "through", "off")]
    return tok.lower_ in lex.cancel_verbs or tok.lower_ in lex.withdrawal_phrases or \
        any(f"{tok.lower_} {p}" in lex.withdrawal_phrases for p in particles)


def sentence_text(doc: Doc) -> str:
    """The text of a parsed sentence, joined once: spaCy joins its tokens again on every `Doc.text`, and each
    event's evidence asks for it."""
    made = doc.user_data.get("text")
    if made is None:
        made = doc.user_data["text"] = doc.text
    return made


def head_chain(tok: Token, max_hops: int = 6) -> list[Token]:
    """The heads above a token, nearest first, at most `max_hops` of them."""
    return list(_heads_above(tok)[:max_hops])


def _heads_above(tok: Token) -> tuple[Token, ...]:
    """Every head above a token up to the root, made once per parsed sentence: the readings climb from the same
    tokens tens of times per trigger, and spaCy builds a new Token object on every step."""
    made = tok.doc.user_data.get("heads_above")
    if made is None:
        made = tok.doc.user_data["heads_above"] = {}
    found = made.get(tok.i)
    if found is None:
        toks, heads = tokens(tok.doc), _head_indexes(tok.doc)
        out, cur = [], tok.i
        while heads[cur] != cur:
            cur = heads[cur]
            out.append(toks[cur])
        found = made[tok.i] = tuple(out)
    return found


def governor(tok: Token) -> Token:
    """The verb (or adjective) that governs a trigger: itself, or up through nouns and prepositions (found once per
    token of a parsed sentence: every stage asks)."""
    made = tok.doc.user_data.setdefault("governor", {})
    found = made.get(tok.i)
    if found is None:
        found = tok
        for _ in range(4):
            if found.pos_ in ("VERB", "AUX") or found.head == found:
                break
            found = found.head
        made[tok.i] = found
    return found


def climb(tok: Token, deps: tuple[str, ...]) -> Token:
    """The token `tok` hangs from up a chain of the dependencies `deps` ("began vaccinating" from "vaccinating" up
    ("xcomp",): "began"), or `tok` itself."""
    while tok.dep_ in deps and tok.head != tok:
        tok = tok.head
    return tok


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a trigger tells in: its governor, up a chain of infinitives ("but Myanmar has yet to
    receive": "has")."""
    return climb(governor(tok), ("xcomp",))


def light_verb_objects(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of `preps` on the verb that carries a noun trigger: "made a deal with J&J", "submitted a
    request to the WHO for 1 million doses"."""
    return prep_objects(governor(noun), preps)


_UNNAMED_MAKERS = frozenset({"manufacturers", "makers", "producers", "suppliers", "companies", "firms", "drugmakers"})


def phrase_tokens(heads: Iterable[Token]) -> list[Token]:
    """The tokens of the phrases of `heads`, without what a description or clause beside them says: "the COVAX
    Facility, a mechanism co-led by Gavi" names COVAX; "COVAX, which is run by Gavi", COVAX too; "the Chinese
    company Sinopharm", Sinopharm."""
    heads = list(heads)
    # "from the Chinese company Sinopharm": the name beside a description is what it describes
    aside = appositions_on_names(heads) | {i for h in heads for c in dependants(h) if c.dep_ in ("acl", "relcl")
                                           for i in subtree_ids(c)}
    # "received 59,000 doses from COVAX and 48,000 donated by Israel": a further count joined to the phrase is no part of
    # it
    aside |= {t.i for h in heads for c in dependants(h) if c.dep_ == "conj" and c.pos_ == "NUM" for t in c.subtree}
    # "from manufacturers in France, Brazil and Senegal": where unnamed makers are does not name them
    aside |= {t.i for h in heads if h.lower_ in _UNNAMED_MAKERS for p in dependants(h)
              if p.dep_ == "prep" and p.lower_ in ("in", "across", "from") for t in p.subtree}
    # "from the global stockpile managed by the ICG": a thing no one is named in stands for who runs it
    # (not "under a deal financed by the World Bank": who pays runs nothing)
    unnamed = [c for h in heads if not any(t.ent_type_ for t in h.subtree if t.i not in aside)
               for c in dependants(h) if c.dep_ == "acl" and c.tag_ == "VBN" and not pays(c)]
    agents = [a for c in unnamed for a in dependants(c) if a.dep_ == "agent"]
    # ("managed by the ICG, which approved Guinea's request": not what a clause on the runner says)
    runners = {t.i for a in agents for t in a.subtree} - relative_clauses(g for a in agents for g in dependants(a))
    return [t for h in heads for t in h.subtree if t.i not in aside or t.i in runners]


def awaited(root: Token) -> list[Token]:
    """What a verb of waiting or expecting waits for: its object, or what it waits "for" ("is still waiting for 1.4
    million doses")."""
    return children(root, ("dobj",)) + prep_objects(root, ("for",))


def appositions_on_names(heads: Iterable[Token]) -> set[int]:
    """The tokens of a description in apposition to a named head: "donated by the United States, the first African
    country to get shots since the WHO declared an emergency" (the parser hangs the receiver's description on the
    giver) names the giver only."""
    return {i for h in heads if h.ent_type_ for c in dependants(h) if c.dep_ == "appos" for i in subtree_ids(c)}


def relative_clauses(heads: Iterable[Token]) -> set[int]:
    """The tokens of the relative clauses on `heads`: "donated by China, which arrived in Bujumbura" names the
    giver China, not Bujumbura, whatever the clause says of China."""
    return {i for h in heads for c in dependants(h) if c.dep_ == "relcl" for i in subtree_ids(c)}


def children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in dependants(tok) if c.dep_ in deps]


def dependants(tok: Token) -> tuple[Token, ...]:
    """A token's children in the order of the sentence, made for every token of a parsed sentence at once: the
    readings ask for them hundreds of times per sentence, and spaCy builds new Token objects on every walk."""
    made = tok.doc.user_data.get("children")
    if made is None:
        kids: list[list[Token]] = [[] for _ in tokens(tok.doc)]
        for t, head in zip(tokens(tok.doc), _head_indexes(tok.doc)):
            if head != t.i:
                kids[head].append(t)
        made = tok.doc.user_data["children"] = tuple(tuple(k) for k in kids)
    return made[tok.i]


def tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of a parsed sentence, made once: spaCy builds a new Token object on every `doc[i]` and every
    walk of the Doc, and the readings walk each sentence tens of times."""
    made = doc.user_data.get("tokens")
    if made is None:
        made = doc.user_data["tokens"] = tuple(doc)
    return made


def _head_indexes(doc: Doc) -> tuple[int, ...]:
    """The index of each token's head (a root's is its own)."""
    made = doc.user_data.get("head indexes")
    if made is None:
        made = doc.user_data["head indexes"] = tuple(t.head.i for t in tokens(doc))
    return made


def has_own_subject(tok: Token) -> bool:
    """A clause joined to another that has a subject of its own, so says something of its own: "arrived ...,
    and a further 200,000 doses are expected"."""
    return tok.dep_ in ("ccomp", "conj", "advcl", "parataxis") and bool(children(tok, ("nsubj", "nsubjpass")))


BE_FORMS = ("is", "are", "am", "'s", "'re", "was", "were")
TENSED = frozenset({"has", "have", "had", "did", "does", "do", *BE_FORMS})  # auxiliaries that carry a tense


def ranked_batch(root: Token) -> bool:
    """A trigger whose subject or object is a batch of a series named by its rank ("a second consignment would be
    sent", "its third batch arrived"): a happening of its own, counted by none of the sentence's other counts."""
    return any(o.lower_ in lexicon().supply_nouns and any(c.ent_type_ == "ORDINAL" for c in dependants(o))
               for o in dependants(root) if o.dep_ in ("nsubj", "nsubjpass", "dobj"))


def has_own_tense(tok: Token) -> bool:
    """A verb joined by "and" with a tense of its own ("received 2,000 doses and has asked for more"): it tells a
    happening of its own, with its own count and vaccine."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and bool(auxiliaries(tok) & TENSED)


def infinitive_top(tok: Token) -> Token:
    """The verb a chain of infinitives hangs on, through the nouns that hold them: "started" in "and has started
    negotiations with the Gamaleya Institute to buy Sputnik V"; `tok` itself when it is no infinitive."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "advcl", "acl", "relcl") or "to" not in auxiliaries(cur) or cur.head == cur:
            break
        cur = governor(cur.head)
    return cur


def set_against(verb: Token) -> bool:
    """A clause set against the sentence's by "while" or "whereas"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in dependants(verb))


def subject_of_its_own(root: Token) -> bool:
    """A verb joined by "and" (or set against it by "while") whose own subject names other parties than the verb it
    is joined to: "Russia has shipped 1.3 million doses, and Cuba has sent its Abdala vaccine" tells two
    happenings."""
    # "will provide 100,000 doses to Fiji, while India has offered doses to Samoa": a clause set against the other
    contrast = set_against(root)
    if root.dep_ != "conj" and not contrast or root.pos_ not in ("VERB", "AUX") or not has_own_subject(root):
        return False
    mine = set(parties_in(t for s in children(root, ("nsubj", "nsubjpass")) for t in s.subtree))
    theirs = set(parties_in(t for s in children(root.head, ("nsubj", "nsubjpass")) for t in s.subtree))
    # ("has donated 300,000 doses to Laos, while 132,000 AstraZeneca doses arrived through COVAX": a clause set against
    # the other whose subject is doses of its own count)
    counted = contrast and any(names_doses(s) and any(t.like_num for t in s.subtree)
                               for s in children(root, ("nsubj", "nsubjpass")))
    return bool(mine) and bool(theirs) and not mine & theirs or counted


def trigger_spans(doc: Doc) -> tuple[Span, ...]:
    """The sentence's trigger spans, made once: spaCy builds new spans on every walk of a span group, and the readings
    ask for them tens of times per trigger."""
    made = doc.user_data.get("trigger spans")
    if made is None:
        made = doc.user_data["trigger spans"] = tuple(doc.spans.get("triggers", []))
    return made


def trigger_roots(doc: Doc, keep: Callable[[Span], bool] = lambda t: True) -> set[int]:
    """The token indexes of the roots of the sentence's triggers, of those `keep` accepts."""
    return {t.root.i for t in trigger_spans(doc) if keep(t)}


def subtree_ids(tok: Token) -> frozenset[int]:
    """The token indexes of a token's subtree, made once per parsed sentence (as `{t.i for t in tok.subtree}`, which
    builds a Token object for every word on every call)."""
    made = tok.doc.user_data.setdefault("subtrees", {})
    found = made.get(tok.i)
    if found is None:
        ids: list[int] = []
        stack = [tok]
        while stack:  # not recursive: a long list of conjuncts makes a deep tree
            cur = stack.pop()
            known = made.get(cur.i)
            if known is not None:
                ids.extend(known)
            else:
                ids.append(cur.i)
                stack.extend(dependants(cur))
        found = made[tok.i] = frozenset(ids)
    return found


def own_share(root: Token) -> bool:
    """"with Serbia getting 171,000", "with Brazil slated to receive 10.6 million": a participle after "with" with a
    subject of its own tells a share of its own."""
    return root.dep_ == "pcomp" and root.head.lower_ == "with" and bool(children(root, ("nsubj", "nsubjpass")))


def counted_participle(root: Token) -> bool:
    """"received 1.4 million doses from COVAX and 200,000 bought through the African Union": a participle joined by
    "and" whose subject is a bare number tells a share of its own."""
    return root.dep_ == "conj" and root.tag_ == "VBN" and not auxiliaries(root) and any(
        s.like_num and s.ent_type_ == "CARDINAL" for s in children(root, ("nsubj", "nsubjpass")))


def timed_clause(tok: Token) -> bool:
    """A clause of time or cause with a subject of its own ("days after it shipped 1.24 million"): a happening of
    its own."""
    marks = [c.i for c in dependants(tok) if c.dep_ == "mark" and c.lower_ in lexicon().clause_of_time]
    # ("has agreed to purchase 4.2 million doses, the government said, after deliveries fell behind schedule": the
    # parser may make the clause of time the sentence's root, holding the sentence's own clause before its "after")
    return bool(marks) and (has_own_subject(tok) or tok.dep_ == "ROOT" and bool(children(tok, ("nsubj", "nsubjpass")))
                            and any(c.dep_ == "ccomp" and c.i < marks[0] for c in dependants(tok)))


def timed_happenings(root: Token) -> set[int]:
    """The token indexes of the clauses of time or cause in the sentence that do not hold the trigger: their counts
    and vaccines are their own ("has asked China to supply 1.5 million doses of Sinopharm after India stopped exports
    of the AstraZeneca shots")."""
    return {i for clause in clauses_of(root.doc, "clauses of time", timed_clause, timed_words) if root.i not in clause
            for i in clause}


def timed_words(tok: Token) -> frozenset[int]:
    """The token indexes of a clause of time (`timed_clause`): its subtree, less a clause the parser hangs on it before
    its "after" ("Honduras has agreed to purchase 4.2 million doses, the government said, after deliveries through
    COVAX fell behind schedule": the parser makes the sentence's own clause the object of "fell")."""
    mark = min(c.i for c in dependants(tok) if c.dep_ == "mark" and c.lower_ in lexicon().clause_of_time)
    return subtree_ids(tok) - {i for c in dependants(tok) if c.i < mark and c.dep_ in (
        "ccomp", "parataxis") for i in subtree_ids(c)}


def clauses_of(doc: Doc, name: str, test: Callable[[Token], bool],
               words: Callable[[Token], frozenset[int]] | None = None) -> list[frozenset[int]]:
    """The token indexes of each clause of the sentence whose head `test` accepts (its subtree, or its `words`), made
    once per sentence under `name` (every trigger of the sentence asks)."""
    made = doc.user_data.setdefault("clauses", {})
    if name not in made:
        made[name] = [words(c) if words else subtree_ids(c) for c in tokens(doc) if test(c)]
    return made[name]


def other_parties_clauses(root: Token) -> set[int]:
    """The token indexes of the clauses of the sentence with a subject of their own (`subject_of_its_own`) that do not
    hold `root`: "have received consignments, while Myanmar got 1.5 million doses on Friday" counts and dates the
    getting only."""
    return {i for clause in clauses_of(root.doc, "subjects of their own", subject_of_its_own) if root.i not in clause
            for i in clause}


def gerund_happenings(root: Token) -> set[int]:
    """The token indexes of the gerunds of time in the sentence that are triggers and do not hold `root` ("has
    administered second doses after receiving 500,000 doses"), passive ones too ("had received no vaccines from COVAX
    by the end of March, despite being promised 100,000 doses"): their counts are their own."""
    either_voice = clauses_of(root.doc, "gerunds of time, passive too", lambda g: gerund_of_time(g, passive=True))
    return {i for clause in either_voice if root.i not in clause for i in clause}


def told_apart(root: Token) -> set[int]:
    """The token indexes of the clauses that tell a happening of their own, whose counts and dates are not the trigger
    `root`'s: another party's clause (`other_parties_clauses`), a gerund of time (`gerund_happenings`) and a free
    participle with a trigger of its own (`participle_happenings`)."""
    return other_parties_clauses(root) | gerund_happenings(root) | participle_happenings(root)


def participle_clauses(doc: Doc) -> list[tuple[frozenset[int], str]]:
    """The token indexes of each free participle of the sentence that holds a trigger, with the type of its uppermost
    trigger ("received 500,000 doses, allowing it to give second doses to people who got a first shot": an
    administration), made once per sentence."""
    made = doc.user_data.get("participle clauses")
    if made is None:
        spans = trigger_spans(doc)
        made = doc.user_data["participle clauses"] = [
            (words, min(held, key=lambda t: len(_heads_above(t.root))).label_) for c in tokens(doc) if free_participle(c)
            for words in [subtree_ids(c)] if (held := [t for t in spans if t.root.i in words])]
    return made


def participle_happenings(root: Token) -> set[int]:
    """The token indexes of the free participles with a trigger (`participle_clauses`) that do not hold `root` and tell
    a happening of another type than its trigger's: one of the same type tells more of it ("has resumed exports,
    sending 1 million doses to Nepal")."""
    mine = {t.label_ for t in trigger_spans(root.doc) if t.root.i == root.i}
    return {i for words, label in participle_clauses(root.doc) if root.i not in words and label not in mine
            for i in words}


def relative_pronoun(tok: Token) -> bool:
    """"which", "that", "who": not the WHO, which the tagger takes for one."""
    return tok.lower_ in ("which", "that", "who", "whom") and not tok.ent_type_


def free_participle(t: Token) -> bool:
    """A participle in "-ing" set off by a comma after what it hangs on ("will not authorise the use of the vaccine,
    effectively refusing 2.4 million doses"): a clause of its own, whatever word the parser hangs it on."""
    return t.dep_ in ("acl", "advcl") and t.tag_ == "VBG" and t.left_edge.i > 0 and \
        t.doc[t.left_edge.i - 1].text == ","


def clauses_asked_of(verb: Token) -> list[Token]:
    """The clauses a verb of asking asks a party to act in, in the bare verb after "that" ("has requested that Russia
    speed up delivery of the 2 million doses"): their subject is asked, their object what is asked about."""
    return [g for g in children(verb, ("ccomp",)) if g.tag_ == "VB" and not auxiliaries(g) and children(g, ("nsubj",))]


def gerund_of_time(g: Token, passive: bool = False) -> bool:
    """A trigger's gerund after a word of time: "after receiving", "before sending"; with `passive`, a passive one
    too ("despite being promised")."""
    gerund = g.tag_ == "VBG" or passive and g.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in dependants(g))
    return g.dep_ == "pcomp" and gerund and g.head.lower_ in _GERUND_TIME and g.i in trigger_roots(g.doc)


def gerund_holder(g: Token) -> Token:
    """The verb a gerund after a word of time tells the time of: the verb that word hangs on, or the verb of asking
    whose infinitive it hangs on, for what was done before ("has asked Australia to share more of its stock after
    receiving 24,000 doses through COVAX last month": the asker received them, before asking)."""
    held = g.head.head
    if g.head.lower_ in ("after", "since") and held.dep_ == "xcomp" and "to" in auxiliaries(held) and \
            held.head.lower_ in lexicon().asking_verbs:
        return held.head
    return held


def joined_happenings(root: Token, own_subjects: bool = False) -> set[int]:
    """The token indexes of verbs joined by "and" to the trigger's clause that tell a happening of their own, with
    their own count and vaccine: with a tense of their own ("received 2,000 doses and has asked for more"), or, when
    the trigger is a verb with an object, a trigger with an object of its own ("asked COVAX for vaccines and
    received its first 1 million doses"); with `own_subjects`, any verb with a subject of its own ("were delivered
    on Monday and the campaign will target 1.1 million people": its own count, whatever it says of vaccines)."""
    gov = governor(root)
    triggers = trigger_roots(root.doc)
    # ("applied to Russia for 16 million doses of Sputnik V and asked Mexico to lend it AstraZeneca doses": what is
    # asked for is the object too)
    # ("halted use of the AstraZeneca vaccine and sold its 1 million doses": a noun trigger as the verb's object too)
    has_object = (gov == root or root.dep_ == "dobj" and root.head == gov) and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for" and children(c, ("pobj",)) for c in dependants(gov))
    # ("decided against buying India's Covaxin and is negotiating to purchase 20 million doses": a gerund with an object
    # of its own, and the infinitive of the joined verb)
    has_object = has_object or root.pos_ == "VERB" and bool(children(root, ("dobj",)))
    holders = [gov] + ([root.head.head] if root.dep_ == "pcomp" and root.head.dep_ == "prep"
                       and root.head.head.pos_ == "VERB" else [])
    joined = {i for h in holders for c in dependants(h) if root.i not in subtree_ids(c) and (
        has_own_tense(c) or has_object and c.dep_ == "conj" and c.pos_ == "VERB" and any(
            v.i in triggers and any(g.dep_ == "dobj" for g in dependants(v))
            # ("inked an agreement with Pfizer for 2 million doses, and concluded a contract with Sinovac": a verb
            # whose object is a trigger of its own)
            or any(g.dep_ == "dobj" and g.i in triggers for g in dependants(v))
            for v in [c, *children(c, ("xcomp",))])
        or own_subjects and c.dep_ == "conj" and c.pos_ == "VERB" and has_own_subject(c)) for i in subtree_ids(c)}
    # "will not buy Sputnik V, an official said, and has instead signed a deal to buy 15 million doses": the parser
    # joins the second verb to the verb of saying
    # ("said another 400,000 doses donated by Beijing would arrive later this month, and the country expects
    # 525,600 doses of AstraZeneca": so does a trigger with a subject of its own, for a trigger anywhere in what was said)
    told = next((a for a in [gov, *gov.ancestors] if a.dep_ == "ccomp"), gov)
    if told.dep_ == "ccomp" and told.head.lower_ in lexicon().reporting_verbs:
        # ("will not import vaccines from India, a minister told parliament, and will instead buy 1.1 million doses":
        # or a modal of its own)
        joined |= {i for c in dependants(told.head) if has_own_tense(c) or c.dep_ == "conj" and c.i in triggers
                   and (has_own_subject(c) or auxiliaries(c) & lexicon().future_aux) for i in subtree_ids(c)}
    return joined


def auxiliaries(tok: Token) -> set[str]:
    """The auxiliaries of a verb, lower-cased: "will", "have", "be", the "to" of an infinitive."""
    return {c.lower_ for c in dependants(tok) if c.dep_ in ("aux", "auxpass")}


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in dependants(tok))


_CLAUSES = ("relcl", "ccomp", "advcl", "csubj", "parataxis", "acl", "conj")


# words that make a preposition of several with the "to" after them: "in addition to", "in response to", "due to"
_PREPOSITION_NOUNS = frozenset({"addition", "response", "according", "due", "thanks", "prior", "contrast", "relation",
                                "regard", "reference"})


_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following"})


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions `preps` in the phrase of `tok`, not inside embedded clauses.

    Finds "to Y" wherever the parser attached it: "supplied X as gifts to Y", "vaccines for free to Y". Made once
    per token and prepositions of a parsed sentence (the readings ask for them again and again).
    """
    made = tok.doc.user_data.setdefault("prep_objects", {})
    if (tok.i, preps) not in made:
        made[tok.i, preps] = tuple(_prep_objects(tok, preps))
    return list(made[tok.i, preps])


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        for c in dependants(cur):
            # "via COVAX and from India": a preposition joined by "and" to another is no clause
            joined = c.dep_ == "conj" and c.pos_ == "ADP" and c.head.dep_ in ("prep", "agent")
            if "to" in preps and c.ent_type_ in ("GPE", "ORG") and c.tag_ == "VB" and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in dependants(c)):
                out.append(c)  # "to Cameroon over two years": the parser may take the name for an infinitive
                continue
            # ("received 24,000 doses ..., after months of waiting for supplies from COVAX": a gerund that is a trigger
            # of its own tells its own happening)
            # ("has received 203,000 doses from COVAX, after earlier shipments from Russia and China", "has sought
            # 4.2 million doses from Russia after failing to secure vaccines from the United States": nor does a noun
            # of another happening, or any gerund, after a word of time)
            if not joined and (c.dep_ in _CLAUSES or (c.pos_ == "VERB" and c.dep_ not in ("amod", "pcomp", "xcomp"))
                               or c.dep_ == "pcomp" and c.pos_ == "VERB" and (
                                   c.i in trigger_roots(tok.doc) or cur.lower_ in _TIME_PREPOSITIONS)
                               or c.dep_ == "pobj" and c.pos_ == "NOUN" and cur.lower_ in _TIME_PREPOSITIONS
                               and c.i in trigger_roots(tok.doc)):
                continue
            if (c.dep_ in ("prep", "agent", "dative") or joined) and c.lower_ in preps and \
                    not (c.lower_ == "to" and cur.lower_ in _PREPOSITION_NOUNS):  # "in addition to South Korea"
                # ("offered vaccines in exchange for cutting Taiwan ties": a gerund after "for" is a purpose)
                out.extend(g for g in dependants(c) if g.dep_ == "pobj" or g.dep_ == "pcomp" and not (
                    c.lower_ == "for" and g.pos_ == "VERB"))
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") and "to" in preps:
                out.append(c)
            if c.dep_ not in ("nsubj", "nsubjpass"):
                stack.append(c)
    return out


def takers_of(root: Token, preps: tuple[str, ...]) -> list[Token]:
    """Who a giving verb gives to: its indirect object and the objects of `preps`."""
    return prep_objects(root, preps) + children(root, ("dative",))


def objects_within(heads: list[Token], preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)) -> list[Token]:
    """Objects of the prepositions `preps` anywhere under `heads`, embedded clauses included, unlike
    `prep_objects`: "the doses offered to Nepal by COVAX", "shipments that were organised under COVAX"."""
    return [g for h in heads for t in h.subtree if t.dep_ in deps and t.lower_ in preps
            for g in dependants(t) if g.dep_ == "pobj"]


def with_what_given(tok: Token) -> Token | None:
    """The verb of the clause a participle after "with" tells of, when the participle's subject is what is given,
    not a party ("has offered help, with 50,000 doses pledged to Samoa": the clause's subject pledges them)."""
    if tok.tag_ not in ("VBN", "VBD") or any(c.ent_type_ in ("GPE", "ORG") for c in children(tok, ("nsubj",))):
        return None
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in dependants(tok)):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def _listed_before(verb: Token, subj: list[Token]) -> list[Token]:
    """The first name of a listed subject that the parser hangs on the verb: "Dominica, St Lucia and Guyana have
    written" (Dominica as a modifier of "written")."""
    if not any(s.conjuncts for s in subj):
        return []
    return [c for c in children(verb, ("npadvmod",)) if c.ent_type_ in ("GPE", "ORG") and c.i < subj[0].i
            and c.doc[c.i + 1].text == ","]


_GERUND_TIME = frozenset({"after", "before", "since", "upon", "on", "while", "by", "without", "despite"})


def subject(tok: Token) -> list[Token]:
    """Subject of a verb, inherited from the controlling verb for infinitives and participles.

    "Peru wants to buy", "the AU, which announced an agreement to buy", "Brazil likely to suspend a
    contract to buy": the subject is found up the chain of controlling verbs and nouns.
    """
    cur = with_what_given(tok) or tok
    for _ in range(6):
        subj = children(cur, ("nsubj", "csubj") if cur == tok else ("nsubj", "csubj", "nsubjpass"))
        # "Pakistan has jabbed": the parser may hang the subject on the auxiliary
        subj = subj or [s for a in children(cur, ("aux",)) for s in children(a, ("nsubj",))]
        # ("SEOUL, Sept 1 - North Korea has rejected": the parser may take the dateline's city for a second subject)
        subj = past_dateline(subj) if len(subj) > 1 else subj
        if subj:
            if cur.dep_ == "relcl" and relative_pronoun(subj[0]):
                among = cur.head.head if cur.head.dep_ == "pobj" and cur.head.head.lower_ == "among" else None
                if among is not None and among.head.lower_ in BE_FORMS and children(among.head, ("nsubj",)):
                    # "Kenya and Eswatini are among the countries that have asked": those said to be among them
                    return children(among.head, ("nsubj",))
                return [cur.head]
            return _listed_before(cur, subj) + subj
        # the headline "Moldova gets Romanian doses, asks EU for more": the parser may make the first verb of a list
        # the object of the second, which then shares its subject
        listed = [c for c in children(cur, ("ccomp",)) if c.i < cur.i and children(c, ("nsubj",))] \
            if cur.dep_ == "ROOT" and cur.pos_ == "VERB" and cur.lower_ not in lexicon().reporting_verbs else []
        if listed:
            cur = listed[0]
            continue
        # the headline "Africa CDC appeals for mpox vaccines": the parser may take the name for the verb's compound
        named = [c for c in cur.lefts if c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG")]
        if named and cur.tag_ in ("VBZ", "VBD", "VBP"):
            return named
        if cur.dep_ == "relcl" and cur.head.dep_ == "attr" and "to" in auxiliaries(cur):
            cur = cur.head.head  # "health workers were the first to get the jab": who the copula says it is
            continue
        # "Zimbabwe and Sierra Leone were among the first to receive", "will be among the first": who the copula
        # says is among them
        if cur.dep_ == "relcl" and "to" in auxiliaries(cur) and cur.head.dep_ == "pobj" and \
                cur.head.head.lower_ == "among" and cur.head.head.head.lower_ in (*BE_FORMS, "be", "been"):
            cur = cur.head.head.head
            continue
        if cur.dep_ == "relcl" or (cur.dep_ == "xcomp" and cur.head.dep_ == "ROOT" and cur.head.pos_ in ("PROPN", "NOUN")):
            return [cur.head]  # "doses, which arrived"; the headline "UK to donate 20 million doses"
        if cur.dep_ == "acl" and cur.tag_ == "VB":  # "a contract to buy": the contract's holder buys
            noun = cur.head
            if noun.dep_ in ("dobj", "attr", "pobj") and noun.head != noun:
                cur = noun.head if noun.dep_ != "pobj" else noun.head.head
                continue
            return []
        # ("asked the World Bank for a loan to buy vaccines": what money asked for is to do, the asker does)
        if cur.dep_ == "xcomp" and "to" in auxiliaries(cur) and cur.head.pos_ == "VERB" and \
                cur.head.lower_ not in lexicon().subject_control_verbs and \
                not any(is_funding(o) for o in prep_objects(cur.head, ("for",))) and (
                    told := [o for o in children(cur.head, ("dobj",)) if o.ent_type_ in ("GPE", "ORG")]):
            return told  # "urged Serum Institute to deliver the doses": the party urged delivers
        # "Bangladesh is in talks with the United States about receiving part of the doses": who is in talks about
        # doing it does it
        # ("Guatemala expressed interest in buying Sputnik V": and who shows an interest in doing it)
        if cur == tok and cur.dep_ == "pcomp" and cur.tag_ == "VBG" and (
                cur.head.lower_ in ("about", "on", "over") and cur.head.head.lower_ in lexicon().negotiation_words
                or cur.head.lower_ == "in" and cur.head.head.lower_ in lexicon().wanting_words):
            cur = governor(cur.head.head)
            continue
        # "began vaccinating health workers after receiving 300,000 doses": who did the one did the other
        # (a trigger's own gerund only: who "focused its support on increasing the vaccination rate" vaccinates none)
        if cur == tok and cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in _GERUND_TIME and \
                cur.head.head.pos_ in ("VERB", "AUX") and cur.head.head != cur.head and cur.i in trigger_roots(cur.doc):
            cur = gerund_holder(cur)
            # ("has requested 500,000 doses, after receiving 2 million doses, the KPL news agency reported": the parser
            # may hang the gerund on the verb of saying set after the clause it belongs to)
            if cur.lower_ in lexicon().reporting_verbs and cur.dep_ in ("advcl", "parataxis") and cur.head != cur:
                cur = cur.head
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and cur.head != cur:
            if cur.dep_ == "ccomp" and cur.head.lower_ in lexicon().reporting_verbs:
                break  # "Domingo said should there be another donation": the speaker does not donate
            # "Australia will send 1 million doses, Prime Minister Scott Morrison said, and has asked the EU to release
            # more": the parser joins the second verb to the verb of saying, whose speaker names no party; the verb
            # shares the subject of the clause said
            told = [c for c in children(cur.head, ("ccomp",)) if c.i < cur.i and children(c, ("nsubj",))] \
                if cur.dep_ == "conj" and cur.head.lower_ in lexicon().reporting_verbs else []
            if told and not parties_in(t for s in children(cur.head, ("nsubj",)) for t in s.subtree):
                cur = told[0]
                continue
            cur = cur.head
            continue
        break
    return []

