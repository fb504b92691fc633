"""Rules: the hand-written reading of a parsed sentence, trigger by trigger (what the rules say of it)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.event_type import asked_to_pause, rule_type
from pipeline.extract.fields import SPLITS, bare_count_taken, date_counts, find_date, quantity_span, vaccines
from pipeline.extract.licence import licensed
from pipeline.extract.parties import fill_roles, from_group, inherit_roles, merge, own_parties, roles
from pipeline.extract.records import Context, Event, Reading
from pipeline.extract.status import (
    dated_participle,
    headline_infinitive,
    is_hedged,
    is_negated,
    is_planned,
    progressive_future,
    scheduled_present,
)
from pipeline.extract.syntax import (
    auxiliaries,
    children,
    climb,
    counted_doses,
    counted_participle,
    dependants,
    gerund_of_time,
    head_chain,
    is_passive,
    is_vaccine_token,
    own_share,
    parties_in,
    sentence_text,
    subject_of_its_own,
    timed_clause,
    tokens,
    trigger_roots,
)
from pipeline.nlp.lexicon import lexicon

GOVERNING = ("offer", "purchase", "request", "rejection")


def extract(sent_doc: Doc, ctx: Context) -> list[Event]:
    """The events the rules alone find in one sentence."""
    return [ev for r in read(sent_doc, ctx, kept_only=True) if r.kept for ev in (r.event, *r.extra)]


def read(sent_doc: Doc, ctx: Context, kept_only: bool = False) -> list[Reading]:
    """A reading of every trigger of one sentence, parsed on its own (the span groups live on the Doc).

    The rules keep a trigger when it is licensed, not embedded in a governing trigger, and not a second
    word for a happening the sentence already states; the others are read all the same, unless
    `kept_only` (then only the kept ones, for a reader that wants the rules' events alone).
    """
    triggers = outermost(list(sent_doc.spans.get("triggers", [])))
    if not triggers:
        return []
    has_vaccine = sent_doc.user_data.get("has_vaccine")
    if has_vaccine is None:
        has_vaccine = sent_doc.user_data["has_vaccine"] = any(is_vaccine_token(t) for t in tokens(sent_doc))
    licences = [licensed(trig, has_vaccine, ctx) for trig in triggers]
    types = [rule_type(trig) for trig in triggers]
    # ("finally accepted vaccines in October, receiving 500,000 doses": an acceptance that tells no refusal governs
    # nothing; a permission still does: "have been allowed to import vaccines" imports none)
    # ("rejecting calls by lawmakers to buy the shot": a refusal of a call still governs what the call asks for)
    calls = {t.root.i for t, ty in zip(triggers, types) if ty == "rejection" and any(
        o.lower_ in lexicon().asking_verbs for o in children(t.root, ("dobj",)))}
    governing = {t.root.i: ty for t, ty, lic in zip(triggers, types, licences) if (lic.ok or t.root.i in calls) and (
        not t.root.lower_.startswith("accept") or is_negated(t.root, ty) or _stopped(t.root))}
    readings: list[Reading] = []
    taken: set[int] = set()
    by_type: dict[str, list[Event]] = {}
    kept_at: dict[int, Event] = {}  # the token of each kept trigger -> its event
    for trig, etype, lic in zip(triggers, types, licences):
        embedded = embedded_in(trig, etype, governing)
        if kept_only and (not lic.ok or embedded):
            continue
        ev, qspan, merges_into = _read_trigger(trig, etype, ctx, taken, by_type)
        reading = Reading(trig, ev, lic.ok, lic.link, embedded, kept=False, licence=lic.reason)
        readings.append(reading)
        if not lic.ok or embedded or ev is None:
            continue
        if merges_into is not None:
            merge(merges_into, ev)
            continue
        reading.kept = True
        # "received from China and will get more": same parties; not "the total doses Ghana has received", a clause
        # with a subject of its own on the doses
        own_subject = trig.root.dep_ == "relcl" and any(
            s.pos_ in ("PROPN", "NOUN") for s in children(trig.root, ("nsubj",)))
        # "Liberia has been allocated 96,000 doses, which arrived on April 5": the doses went where they were headed
        # (before a sibling lends its parties: "1 million doses from COVAX are due, while Japan has pledged 3 million,
        # of which 245,200 arrived" came from Japan)
        # ("pledged 300,000 doses of Sinopharm, which are expected to arrive this month", "which are due to arrive": or
        # the clause's infinitive, for doses given; a purchase's seller a vaccine's name gives is not told to send them,
        # as in dev a24's "purchased an additional 600 000 doses of the Sinopharm vaccine that are expected to arrive")
        clause = climb(trig.root, ("xcomp", "acomp")) if trig.root.dep_ == "xcomp" else trig.root
        if clause.dep_ == "relcl" and ev.event_type in ("delivery", "offer") and not own_subject:
            told = _told_above(clause, kept_at, 4)
            # "purchased 15 million doses from Sinopharm, of which 4 million have arrived"
            told_types = ("delivery", "offer", "purchase") if clause == trig.root else ("delivery", "offer")
            if told is not None and told.event_type in told_types:
                fill_roles(ev, told)
        for sibling in [] if own_subject else by_type.get(ev.event_type, [])[:1]:
            # ("will not buy Russia's Sputnik V ... and has signed a deal to buy the Sinopharm vaccine": another
            # vaccine, another seller)
            if not (ev.vaccine and sibling.vaccine and not set(ev.vaccine) & set(sibling.vaccine)):
                fill_roles(ev, sibling)
        # "agreed to sell 60 million doses to Bangladesh, and the first 2 million will arrive this month": doses that
        # arrive, with a party not named, are those of the deal or the pledge just told
        # (and then from no giver of the sentence before: "bought 175,000 doses for donation, and the first 50,000 doses
        # were flown to Kinshasa")
        # (or told by the same subject: "ordered 30 million doses from Sanofi and said it expects the first shipments")
        joined = trig.root.head if trig.root.dep_ == "ccomp" and trig.root.head.lower_ in \
            lexicon().reporting_verbs else trig.root
        of_deal_told = False
        if ev.event_type == "delivery" and not (ev.provider and ev.recipient) and joined.dep_ == "conj":
            told = next((kept_at[h.i] for h in [joined.head, *children(joined.head, ("xcomp",))]
                         if h.i in kept_at), None)
            of_deal_told = told is not None and told.event_type in ("purchase", "offer")
            if of_deal_told:
                # a maker read from a vaccine's name ("2 million Covishield doses") is no giver the sentence names
                named = set(parties_in(trig.doc))
                fill_roles(ev, Event(**{**told.__dict__, "provider": [p for p in told.provider if p in named]}))
        # "received 20,000 doses from Russia, the first batch of 5.2 million doses it has bought": bought from who sent
        if ev.event_type == "purchase" and trig.root.dep_ == "relcl" and not ev.provider:
            told = _told_above(trig.root, kept_at, 5)
            if told is not None and told.event_type == "delivery":
                ev.provider = [p for p in told.provider if p not in ev.recipient]
        # "has shipped 1 million doses to Vietnam, part of a contract for 5 million doses": a deal that a delivery is
        # part of is between its giver and its receiver (the shipping verb's subject sold, it did not buy)
        sent = _delivery_part_of(trig.root, kept_at) if ev.event_type == "purchase" else None
        if sent is not None:
            ev.recipient = sent.recipient or [p for p in ev.recipient if p not in sent.provider]
            ev.provider = [p for p in ev.provider or sent.provider if p not in ev.recipient]
        refused = _refused_offer(trig.root, reading.licence, kept_at) if ev.event_type == "rejection" else None
        if refused is not None and not ev.provider:  # who made the offer turned down
            ev.provider = [p for p in refused.provider if p not in ev.recipient]
        inherit_roles(ev, ctx, passive=is_passive(trig.root) and not of_deal_told, unnamed_givers=from_group(trig.root))
        kept_at[trig.root.i] = ev
        if qspan is not None:
            taken.add(qspan.start)
        by_type.setdefault(ev.event_type, []).append(ev)
        split = SPLITS.get(ev.event_type)
        if qspan is not None and split is not None:
            reading.extra = split(ev, qspan)
            date_counts(ev, reading.extra, qspan, trig.root, ctx.published)
            # ("received 2.2 million doses through COVAX and 300,000 Sinopharm doses donated by China": a later trigger
            # with a count split off here tells that count's happening)
            by_type[ev.event_type].extend(reading.extra)
            # a count split off is taken too: "and 100,000 doses of Pfizer from COVAX" is no count of "donated"
            split_off = {(x.quantity, x.quantity_unit) for x in reading.extra}
            taken |= {s.start for s in sent_doc.spans.get("quantities", [])
                      if (s._.quantity.value, s._.quantity.unit) in split_off}
    return [r for r in readings if r.event is not None]


def _refused_offer(root: Token, licence: str, kept_at: dict[int, Event]) -> Event | None:
    """The offer a refusal turns down: the one above a relative clause ("China had offered vaccines to Taiwan, an offer
    Taipei rejected"; "had offered to send 500,000 doses through COVAX, which Nicaragua's government rejected", the
    clause hung on any word of the offer's), or the one a refusal with no object of its own is joined to ("China had
    offered Taiwan its vaccines, but Taipei refused", the licence's offer_refused)."""
    if root.dep_ == "relcl":
        told = _told_above(root, kept_at, 4)
        return told if told is not None and told.event_type == "offer" else None
    return kept_at.get(root.head.i) if licence == "offer_refused" else None


def _delivery_part_of(root: Token, kept_at: dict[int, Event]) -> Event | None:
    """The delivery whose doses are "part of" the deal noun `root`, set beside its verb: "has shipped 1 million doses
    to Vietnam, part of a contract for 5 million doses"."""
    part = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    # (the parser may set the part beside the receiver, "delivered 500,000 doses to Chile, part of a deal", or take it
    # for a second object after a comma, "received 500,000 doses from China, part of a deal")
    beside = part is not None and part.lower_ == "part" and (part.dep_ in ("npadvmod", "appos", "advmod") or (
        part.dep_ == "dobj" and part.doc[part.i - 1].text == ","))
    if not beside:
        return None
    told = next((kept_at[h.i] for h in head_chain(part, 3) if h.i in kept_at), None)
    return told if told is not None and told.event_type == "delivery" and (told.provider or told.recipient) else None


def _told_above(root: Token, kept_at: dict[int, Event], hops: int) -> Event | None:
    """The event kept for a word above a relative clause's trigger, past its own head (the clause's noun), within
    `hops` heads: the happening the clause tells more of."""
    return next((kept_at[h.i] for h in head_chain(root, hops)[1:] if h.i in kept_at), None)


def outermost(triggers: list[Span]) -> list[Span]:
    """The triggers that are not part of a longer trigger of another type: the "sent" of "sent back" and
    the "gave" of "gave up" are words of one rejection, not a delivery and an offer of their own (one
    event per trigger, EVENTS.md 1). A shorter trigger of the same type ("use" in "use of") stays: the
    two are read as one happening all the same."""
    return [t for t in triggers if not any(o.start <= t.start and t.end <= o.end and len(o) > len(t)
                                           and o.label_ != t.label_ for o in triggers)]


def _stopped(root: Token) -> bool:
    """"Has stopped accepting donated doses": to stop accepting is to refuse."""
    return root.dep_ == "xcomp" and root.head.lower_ in lexicon().pause_verbs


def _read_trigger(trig: Span, etype: str, ctx: Context, taken: set[int],
                  by_type: dict[str, list[Event]]) -> tuple[Event | None, Span | None, Event | None]:
    """The event a trigger states, its count's span, and the event of the sentence it repeats, if any."""
    root = trig.root
    asking = asked_to_pause(root) if etype == "rejection" and trig.label_ == "delivery" else None
    anchor = asking if asking is not None else root  # the asking holds the status, not the pausing
    planned = is_planned(anchor) and not (etype == "purchase" and dated_participle(root)) \
        or progressive_future(trig) or headline_infinitive(trig) or not ctx.is_headline and scheduled_present(trig) \
        or trig.id_ in lexicon().future_triggers  # "we expect more vaccines in May"
    negated = is_negated(anchor, etype)
    if trig.id_ in lexicon().needs_negation:  # "would no longer accept" is a rejection
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in dependants(root)):
            return None, None, None  # "has not yet decided whether to accept them": a question still open
        if negated or _stopped(root):
            # "has never accepted vaccines": an acceptance that never happened, not a refusal (EVENTS.md 2)
            never_had = bool(auxiliaries(anchor) & {"has", "have", "had"})
            etype, negated = ("delivery", True) if never_had else ("rejection", False)
        elif root.lower_.startswith("accept") and root.dep_ != "xcomp" and any(
                map(counted_doses, children(root, ("dobj",)))):
            # "had accepted 150,000 doses of Sinopharm from China": doses taken in (not "refused to accept"; nor
            # "had allowed 2,000 doses into Gaza", let through by who does not receive them)
            etype = "delivery"
        else:
            return None, None, None
    if trig.label_ == "rejection" and etype == "administration":
        negated = True
    told_to_come = etype == "offer" and planned and not is_hedged(anchor)
    if told_to_come:
        planned = False  # "will donate", "plans to give": the promise is made now (EVENTS.md 6.3)
    # ("will donate 1.24 million doses on Friday": but a day of the giving is still to come)
    promised = told_to_come and bool(auxiliaries(root) & lexicon().future_aux)
    status = "negated" if negated else "planned" if planned else "asserted"
    provider, recipient, _, unnamed = roles(trig, etype, ctx)
    qspan = quantity_span(trig, taken, etype)
    q = qspan._.quantity if qspan is not None else None
    if (own_share(root) or counted_participle(root)) and (share := bare_count_taken(root)) is not None:
        q, qspan = share, None  # "with Serbia getting 171,000": its own count, though no unit names it
    event_date, date_text = find_date(trig, ctx, planned, promised)
    ev = Event(
        event_type=etype, status=status, provider=provider, recipient=recipient,
        vaccine=vaccines(trig), quantity=q.value if q else None, quantity_unit=q.unit if q else None,
        quantity_qualifier=q.qualifier if q else None, event_date=event_date, date_text=date_text,
        evidence=sentence_text(trig.doc), trigger=trig.text, trigger_start=trig.start_char, unnamed_recipient=unnamed,
        verbal=root.pos_ in ("VERB", "AUX"),
    )
    # "handed over" and "handed over 50,000", "asked" and "asked for": two triggers of one word are one happening,
    # whatever count the second finds left
    word = [e for e in by_type.get(etype, []) if e.trigger_start == trig.start_char]
    if word:
        return ev, qspan, word[0]
    # "received its first shipment and will get more deliveries", "despite the arrival ..., the doses are yet
    # to be handed over": a verb with its own tense or negation is its own event (not an infinitive whose count another
    # trigger of its type took: "signed an agreement with the Russian fund to purchase 5.2 million doses" is one
    # purchase, EVENTS.md 6.2)
    count_taken = qspan is not None and qspan.start in taken and "to" in auxiliaries(root)
    same = [e for e in by_type.get(etype, []) if e.status == status or root.pos_ != "VERB"
            or (not e.verbal and status != "negated") or count_taken and q is not None and e.quantity == q.value
            and e.quantity_unit == q.unit and status != "negated"]
    # ("had halted exports in April, after delivering 66 million doses": a gerund of time tells a happening of its own)
    # ("will deliver 651,000 doses to Serbia, Albania and North Macedonia, with Serbia getting 171,000": a share of its
    # own)
    same = [e for e in same if not own_parties(e, ev)] if not (subject_of_its_own(root) or gerund_of_time(root)
                                                               or own_share(root)) else []
    # "rejected vaccines from the US and turned down doses made in Britain": a verb joined by "and" with an object and
    # a giver of its own tells its own happening
    if root.pos_ == "VERB" and root.dep_ == "conj" and children(root, ("dobj",)) and children(root.head, ("dobj",)):
        same = [e for e in same if not (e.trigger_start == root.head.idx and e.provider and ev.provider
                                        and not set(e.provider) & set(ev.provider))]
    # one happening unless each has its own count: "donated two million doses, and the three shipments arrived"
    if same and (q is None or any(e.quantity in (None, q.value) or e.quantity_unit != q.unit for e in same)):
        return ev, qspan, next((e for e in same if q is not None and e.quantity == q.value), same[0])
    return ev, qspan, None


def embedded_in(trig: Span, etype: str, governing: dict[int, str]) -> bool:
    """A deal or pledge with an infinitive is one event, typed by the main predicate.

    "pledged to send", "signed a deal to deliver", "made a deal with J&J to supply": the embedded
    delivery is part of the governing event when a governing word, or the object of a governing verb,
    is an offer, purchase, request or rejection trigger (`governing`: token index -> its type).
    """
    cur = trig.root
    if timed_clause(cur) or gerund_of_time(cur):
        # "will donate 1 million doses, days after it shipped 1.24 million", "has signed an agreement to buy 5.2
        # million doses, after receiving the first 20,000": a happening of its own
        return False
    # "contracted 20 million doses through COVAX, which has so far delivered 1.2 million", "funded the purchase of
    # 19 million doses, which UNICEF delivered": a clause telling in the past what its own subject did is its own
    # (the WHO is a name, though the tagger takes it for a pronoun)
    if any(c.dep_ == "nsubj" and (c.lower_ in ("which", "who") and not c.ent_type_ or
                                  cur.dep_ == "relcl" and (c.pos_ == "PROPN" or c.ent_type_))
           for c in dependants(cur)) \
            and (cur.tag_ == "VBD" or auxiliaries(cur) & {"has", "have", "had"}):
        return False
    if etype == "rejection" and cur.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                                                            for c in dependants(cur)):
        return False  # "an offer Taipei rejected", "an offer the government rejected": turning it down is no part of it
    if cur.dep_ == "relcl" and any(t.lower_ in ("which", "whom") and t.head.lower_ == "of" for t in cur.subtree):
        return False  # "purchased 15 million doses, of which 4 million have arrived": what befell a part of them
    # "has requested that Japan send more doses": what is asked for, as "asked Japan to send" (not "Moldova gets
    # Romanian doses, asks EU for more", a clause before the verb)
    if cur.dep_ == "ccomp" and etype in ("delivery", "offer") and governing.get(cur.head.i) == "request" and \
            cur.i > cur.head.i:
        return True
    # "will not allow the AstraZeneca vaccine to be used": what a refusal refuses, as "refused to use" (not "will allow
    # more people to receive vaccination", which refuses nothing)
    if cur.dep_ == "ccomp" and "to" in auxiliaries(cur) and governing.get(cur.head.i) == "rejection" and \
            etype != "rejection" and is_negated(cur.head, "rejection"):
        return True
    if etype == "delivery" and cur.pos_ == "NOUN" and cur.dep_ == "pobj" and cur.head.lower_ == "for":
        # "ordered 20 million doses for delivery in the fourth quarter": the deal's terms, as "to be delivered"
        above = cur.head.head.head if cur.head.head.dep_ == "dobj" else cur.head.head
        if governing.get(above.i) in GOVERNING:
            return True
    held = governing.get(cur.head.head.i) if cur.dep_ in ("acl", "relcl") and cur.head.dep_ == "dobj" else None
    if "to" in auxiliaries(cur) and held in GOVERNING and held != etype:
        return True  # "has pledged 50,000 doses to be delivered in June": what is pledged
    # ("has offered to fund and deliver 1 million doses": an infinitive joined by "and" to another shares its place)
    if cur.dep_ == "conj" and cur.tag_ == "VB" and cur.head.dep_ == "xcomp" and "to" in auxiliaries(cur.head):
        cur = cur.head
    for _ in range(3):
        # ("an offer from Taiwan to help it buy vaccines": the bare infinitive of helping is helped to)
        helped = cur.dep_ == "ccomp" and cur.head.lower_ in lexicon().helping_verbs and cur.tag_ == "VB" \
            and not auxiliaries(cur)
        if cur.dep_ not in ("xcomp", "acl", "relcl", "advcl", "prep", "pobj", "pcomp") and not helped \
                or cur.head == cur:
            return False
        if own_share(cur):
            return False  # "allocated 35.3 million doses, with Brazil slated to receive 10.6 million": a share of its own
        if cur != trig.root and timed_clause(cur):
            return False  # "have refused vaccines, while Eritrea has not started vaccinating": a clause of its own
        cur = cur.head
        near = [cur] + [c for c in dependants(cur) if c.dep_ in ("dobj", "attr")]
        if cur.dep_ in ("dobj", "attr") and cur.i in trigger_roots(cur.doc, lambda t: t.id_ in ("deal", "contract")):
            near.append(cur.head)  # "signed agreements to supply": the verb whose object the deal is
        near += [g for c in dependants(cur) if c.dep_ == "prep" for g in dependants(c) if g.dep_ == "pobj"]
        if any(governing.get(t.i) not in (None, etype) and governing.get(t.i) in GOVERNING for t in near):
            return True
        if etype == "delivery" and trig.root.head == cur and trig.root.dep_ == "acl" and \
                cur.lower_ in lexicon().promise_nouns:
            return True  # "not to accept Russia's offer to supply its vaccine": what is offered, not a delivery
    return False
