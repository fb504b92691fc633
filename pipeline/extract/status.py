"""Status: the rules' reading of whether an event is asserted, negated or planned."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.syntax import (
    BE_FORMS,
    TENSED,
    auxiliaries,
    children,
    dependants,
    ends_a_deal,
    free_participle,
    gerund_of_time,
    gerund_holder,
    governor,
    has_own_subject,
    head_chain,
)
from pipeline.nlp.lexicon import lexicon
from pipeline.normalise import WEEKDAYS


_PLANNED_WORDS = frozenset({"planned", "expected", "upcoming", "future", "proposed", "scheduled", "likely", "possible",
                            "potential", "due"})


# status
def is_planned(tok: Token) -> bool:
    # "6.4m doses to be shipped" (not "was the first to be inoculated", which takes the tense of its copula)
    if tok.dep_ in ("relcl", "acl") and {"to", "be"} <= auxiliaries(tok) and not (
            tok.head.dep_ == "attr" and tok.head.ent_type_ == "ORDINAL"):
        return True
    if funded_purpose(tok):
        return True
    if "to" in auxiliaries(tok) and tok.head.lower_ in BE_FORMS and (tok.dep_ == "xcomp" or any(
            g.lower_ in ("line", "track", "course", "talks", "negotiations", "discussions")
            for p in children(tok.head, ("prep",)) for g in dependants(p))):
        # "Kenya is to receive", "the doses are to be delivered", "is in line to receive", "is in talks with Pfizer to
        # buy": a future
        return True
    if "having" in auxiliaries(tok):
        return False  # "is set to receive 15 million doses, with the first 150,000 having arrived": a past of its own
    chain = [tok] + head_chain(tok, 4)
    if gerund_of_time(tok) and (holder := gerund_holder(tok)) != tok.head.head:
        chain = [tok, tok.head, holder] + head_chain(holder, 2)  # "asked Australia to share more after receiving"
    for i, t in enumerate(chain):
        if t.lower_ in lexicon().reporting_verbs and i > 0:
            break
        kids = list(dependants(t))
        if auxiliaries(t) & lexicon().future_aux:
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "once", "when") for c in kids) and i < 2:
            return True
        if t == tok and t.tag_ == "VBD" and has_own_subject(t):
            break  # "will start next month after Australia delivered 100,000 doses": a past of its own
        # "is going to deliver", not "our rollout is going unhindered"; "has asked for doses and received
        # 500,000": a verb joined by "and" is no object of the plan
        # ("ordered 2 million doses after receiving 600,000": what was done before the word of a plan is no part of it)
        if t != tok and t.lower_ in lexicon().plan_words and (t.lower_ != "going" or children(t, ("xcomp",))) \
                and chain[i - 1].dep_ != "conj" and chain[i - 1].lower_ not in ("after", "since"):
            return True
        # "with the first consignment expected within two weeks": a participle after the noun says it too
        if any(c.dep_ in ("amod", "acomp", "acl") and c.lower_ in _PLANNED_WORDS for c in kids):
            return True
        if i > 1 and t.lower_ == "ahead" and chain[i - 1].lower_ == "of":
            return True  # "arrived on Sunday, ahead of a campaign to vaccinate 640,000 children": still to come
        if t.dep_ == "conj" and (auxiliaries(t) & TENSED or t.tag_ == "VBD" and not shared_passive(t)):
            # "is expecting 150,000 doses and has asked COVAX for more", "will be allowed to import vaccines, and the
            # first 50,000 doses bought by a private firm arrived": a tense of its own
            break
        infinitive = t.dep_ == "relcl" and "to" in auxiliaries(t)
        as_soon_as = t.dep_ == "advmod" and t.lower_ == "soon"  # "will begin as soon as the doses arrive"
        if t.dep_ not in ("xcomp", "aux", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "acomp", "pcomp",
                          "compound", "conj", "attr", "advcl", "acl", "ccomp") and not infinitive and not as_soon_as:
            break  # "he will be the first to get inoculated": the infinitive takes the tense of "will be"
        if t.dep_ == "ccomp" and t.i < t.head.i:
            break  # "Moldova gets Romanian doses, asks EU for more": a clause before the verb is none it plans
    return False


def shared_passive(verb: Token) -> bool:
    """A participle joined by "and" to a passive, with no subject or auxiliary of its own, which the parser tags as a
    past tense ("will be procured by UNICEF and delivered over the next six months"): it shares the passive's
    auxiliaries, and so its tense."""
    return verb.dep_ == "conj" and not auxiliaries(verb) and not has_own_subject(verb) and any(
        c.dep_ == "auxpass" for c in dependants(verb.head))


def dated_participle(verb: Token) -> bool:
    """A participle on the doses with a date of its own ("The doses, bought from India in January, will be
    distributed"): for a purchase, bought when it says, whatever the doses are yet to undergo (a gift "donated by the
    United States in the coming weeks" is the delivery to come)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
        c.ent_type_ == "DATE" and (c.dep_ == "npadvmod" or c.dep_ == "pobj" and c.head.head == verb)
        for c in verb.subtree)


def funded_purpose(tok: Token) -> bool:
    """"applied for financing to buy 2 million doses", "a loan to buy": what money is for is still to come (the
    parser hangs the infinitive on the noun or on the verb before it)."""
    to = next((c for c in dependants(tok) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and tok.dep_ in ("advcl", "acl", "relcl") and \
            to.nbor(-1).lower_ in lexicon().funding_nouns:
        return True
    # "approved a budget of 6.1 billion baht for the purchase of 26 million doses", "a loan for the purchase of": the
    # noun the money is for (not a sum paid: "paid $10 million for the purchase")
    money = {*lexicon().funding_nouns, "budget", "budgets"}
    holder = tok.head.head
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
        holder.lower_ in money or any(o.lower_ in money for o in children(holder, ("dobj",))))


def rules_out(tok: Token) -> bool:
    """"Australia has ruled out sending vaccines": what is ruled out will not happen."""
    return tok.lower_ in ("rule", "rules", "ruled", "ruling") and \
        any(c.dep_ == "prt" and c.lower_ == "out" for c in dependants(tok))


def is_hedged(tok: Token) -> bool:
    """"is likely to give", "may offer": an offer only spoken of as possible."""
    return any(t.lower_ in lexicon().hedge_words or
               any(c.dep_ in ("aux", "acomp", "advmod") and c.lower_ in lexicon().hedge_words for c in dependants(t))
               for t in [tok] + head_chain(tok, 3))


def headline_infinitive(trig: Span) -> bool:
    """"African Union to buy 400 million shots": a headline's bare infinitive announces a plan."""
    root = trig.root
    top = root.dep_ == "ROOT" or (root.head.dep_ == "ROOT" and root.head.pos_ not in ("VERB", "AUX"))
    # "Bolivia to receive Sputnik V after Russia approves request": the parser hangs the infinitive from
    # the subject it opens with, under a root that is no verb
    under_subject = root.dep_ == "acl" and root.head.left_edge.i == trig.sent.start and (
        root.head.dep_ == "ROOT" or (root.head.dep_ == "nsubj" and root.head.head.pos_ not in ("VERB", "AUX")))
    # ("Ghana gets 600,000 doses, first country to receive COVAX vaccines": the first, or the only, one to receive
    # them has received them)
    if not (top or under_subject) or "to" not in auxiliaries(root):
        return False
    to = next((c for c in dependants(root) if c.dep_ == "aux" and c.lower_ == "to"), None)
    noun = root.doc[to.i - 1] if to is not None and to.i > trig.sent.start else None
    return noun is None or not any(a.dep_ == "amod" and (a.ent_type_ == "ORDINAL" or a.lower_ in ("only", "last"))
                                   for a in dependants(noun))


def progressive_future(trig: Span) -> bool:
    """"The vaccine is coming on Wednesday", "we are getting 20 lakh doses": present for future."""
    root = trig.root
    return (trig.id_ in lexicon().progressive_future and root.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s") for c in dependants(root)))


_DAYS = frozenset({*WEEKDAYS, "tomorrow"})


def scheduled_present(trig: Span) -> bool:
    """"Vaccination starts on Wednesday", "The doses arrive next week": a body sentence's present with a day or a
    "next" of its own tells what is scheduled (a headline's present tells what was done: the caller asks only of the
    body); a relative clause's present describes ("the laboratory data that we get in the next two weeks")."""
    root = trig.root
    verb = root.head if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("nsubj", "nsubjpass") else root
    if verb.tag_ not in ("VBZ", "VBP") or auxiliaries(verb) or verb.dep_ in ("relcl", "acl"):
        return False
    return any(t.ent_type_ == "DATE" and (t.lower_ in _DAYS or t.lower_ == "next" and t.head.ent_type_ == "DATE")
               for c in dependants(verb) if c.dep_ in ("prep", "npadvmod", "tmod") for t in c.subtree)


def negating_head(tok: Token) -> bool:
    """A word that stops what it governs ("halted", "pause", "hold"); holding a campaign runs it, it stops nothing
    ("will hold a campaign next week, using 10 million doses")."""
    return tok.lower_ in lexicon().negating_heads and not (tok.lower_ == "hold" and any(
        o.lower_ in lexicon().program_nouns for o in children(tok, ("dobj",))))  # "paused its rollout" stops it


def is_negated(tok: Token, event_type: str) -> bool:
    auxs = auxiliaries(tok)
    if "have" in auxs and auxs & {"should", "would", "could", "might"}:
        return True  # "doses that should have been administered already": it did not happen
    if event_type != "rejection" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and any(
            c.dep_ == "dobj" and c.lower_ in lexicon().restriction_nouns for c in dependants(tok.head.head)):
        return True  # "put temporary controls on vaccine exports"
    if any(g.dep_ == "det" and g.lower_ in ("no", "neither") for s in children(tok, ("nsubj", "nsubjpass"))
           for g in dependants(s)):
        return True  # "no vaccines have arrived in Burundi", "neither country has signed a contract"
    if any(s.lower_ in ("none", "neither") for s in children(tok, ("nsubj", "nsubjpass"))):
        return True  # "none of the 5 million doses have been delivered", "though neither has signed a contract"
    if tok.pos_ == "NOUN" and any(t.dep_ == "compound" and t.tag_ == "NNS" and t.lower_ in lexicon().pause_verbs
                                  for t in tok.subtree if t.i < tok.i):
        return True  # "India halts vaccine exports": a headline's verb of stopping the parser takes for a noun
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in dependants(tok.head)) and \
            any(c.dep_ == "neg" for c in dependants(tok.head)):
        return True  # "will not register or buy the vaccine": the negation covers every verb of the "or"
    if tok.dep_ in ("xcomp", "advcl") and rules_out(tok.head) and not children(tok.head, ("neg",)):
        return True  # "has ruled out sending vaccines" ("did not rule out buying" keeps it open)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and event_type != "rejection":
        return True  # "has decided against buying India's Covaxin", "advised against using it"
    # "Bolivia's request to the United States has not been answered": what was not done is the answer; the
    # request was made ("the delivery was not implemented" is a delivery that did not happen)
    # ("has not yet responded to Peru's request", "has not approved Niger's request": nor is the act on it)
    answered = event_type == "request" and tok.pos_ in ("NOUN", "PROPN") and (
        tok.dep_ in ("nsubj", "nsubjpass") or (gov := governor(tok).lower_) in lexicon().answering_verbs
        or gov in lexicon().approval_words)
    chain = [tok] + ([] if answered else head_chain(tok, 3))
    for i, t in enumerate(chain):
        if t.lower_ in lexicon().reporting_verbs and i > 0:
            break
        # "are not expected until the second quarter", "did not arrive before Friday": later, not never
        # (not "had not received any vaccines until then": up to the moment told, none)
        later = any(c.dep_ == "prep" and c.lower_ in ("until", "till", "before") and not any(
            g.lower_ in ("now", "then", "today") for g in dependants(c)) for c in dependants(t))
        if not later and any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                             or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in dependants(c)))  # "no longer"
                             for c in dependants(t)):
            return True
        if i > 0 and (negating_head(t) or ends_a_deal(t)) and event_type != "rejection":
            return True
        if i == 0 and gerund_of_time(t):
            break  # "has cancelled an order of 8 million doses after receiving only 550,000": not what it cancels
        if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in lexicon().negating_objects
                                                              for g in dependants(c)) for c in dependants(t)):
            return True
        # "Denmark stops using AstraZeneca": the parser may hang a gerund object on the verb as an adverbial
        gerund = t.dep_ == "advcl" and t.tag_ == "VBG" and negating_head(t.head)
        # "Brazil cancels Covaxin deal": the parser may take a headline's object noun for a clause
        taken_for_clause = t.dep_ == "ccomp" and t.pos_ == "NOUN"
        if t.dep_ not in ("xcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "acomp", "pcomp", "compound", "aux",
                          "acl") and not (gerund or taken_for_clause) or (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")):
            # "did not need the doses set aside for it": they were set aside all the same (the parser tags some
            # such participles as past tenses: "refused to accept the doses offered through COVAX")
            break
        if i == 0 and free_participle(t):
            break  # "will not authorise the use of the vaccine, effectively refusing 2.4 million doses": it refuses
    # "the doses are yet to be handed over", "has yet to begin vaccinating", "the only country yet to begin vaccinating"
    for verb in [tok] + ([tok.head] if tok.dep_ == "xcomp" else []):
        to = next((c for c in dependants(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and to.i > 0 and tok.doc[to.i - 1].lower_ == "yet":
            return True
    if any(t.dep_ == "prep" and t.lower_ == "on" and any(g.lower_ in lexicon().negating_objects for g in dependants(t))
           for t in tok.subtree):
        return True  # "put the use of AstraZeneca's shot on hold"
    if any(t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in dependants(t.head))
           for t in [tok] + head_chain(tok, 3)):
        return True  # "had not paid, nor were any vaccines provided"
    objs = children(tok, ("dobj", "nsubjpass"))
    return any(any(c.lower_ in ("no", "not") for c in dependants(o)) for o in objs)

