"""The word lists that steer extraction decisions (`patterns/lexicon.json`), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    """Word lists of `patterns/lexicon.json`; each key is documented by its use in `pipeline.extract`."""

    vaccine_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    descriptions: frozenset[str]
    plan_words: frozenset[str]
    future_aux: frozenset[str]
    negating_heads: frozenset[str]
    admin_nominal_heads: frozenset[str]
    people_nouns: frozenset[str]
    outsider_nouns: frozenset[str]
    relation_nouns: frozenset[str]  # "Iraq's neighbour Iran": whose neighbour a party is names no other party
    group_nouns: frozenset[str]
    state_kind_nouns: frozenset[str]  # "the only country in Africa that": a state told by where it lies
    giver_triggers: frozenset[str]
    motion_triggers: frozenset[str]
    wanting_words: frozenset[str]  # "few people want to be vaccinated": people's wish, no happening
    carrying_triggers: frozenset[str]  # "brought doses from Beijing": who carries from a party, to no one, fetches
    manufacturers: dict[str, str]
    program_nouns: frozenset[str]
    negating_objects: frozenset[str]
    restriction_nouns: frozenset[str]
    needs_negation: frozenset[str]
    progressive_future: frozenset[str]
    withholding_triggers: frozenset[str]
    fraction_nouns: frozenset[str]  # "give 9 percent of its 94 million doses": the count is of the whole
    animal_nouns: frozenset[str]  # "vaccinating dogs": animals vaccinated are no vaccine supply to people
    ability_verbs: frozenset[str]  # "nations that cannot afford to buy": what a party could do, not what it did
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
    reporting_verbs: frozenset[str]
    headline_verbs: frozenset[str]  # "Japan pledges vaccine doses to Taiwan": verbs the parser may take for nouns
    deal_verbs: frozenset[str]  # "Brazil signs deal for 100 million doses": a headline's verb before "deal"
    making_verbs: frozenset[str]
    no_party_pronouns: frozenset[str]
    releasing_verbs: frozenset[str]  # "asked India to release the doses": giving, as what is asked for
    scheme_nouns: frozenset[str]  # "the EU's vaccine sharing mechanism": what a word of giving before it is for
    plural_pronouns: frozenset[str]  # "Ghana and Togo said they would": all the parties joined by "and"
    thanking_verbs: frozenset[str]  # "thanked China for the donation": who is thanked gave it
    receiving_triggers: frozenset[str]  # trigger ids of receiving: who acts receives
    other_agreements: frozenset[str]  # "an indemnity agreement", "technology transfer": agreements on no doses
    returning_triggers: frozenset[str]
    answering_verbs: frozenset[str]  # "has not responded to Peru's request": what is not done is the answer
    attitude_nouns: frozenset[str]  # "willingness to receive a vaccine": how people feel, no receiving
    bordering_words: frozenset[str]  # "in districts bordering Guinea": what a place borders is not the place
    medicine_nouns: frozenset[str]
    equipment_nouns: frozenset[str]  # "12 vaccine refrigerators": things a vaccine word before them names no dose of
    illnesses: frozenset[str]
    withdrawal_phrases: frozenset[str]
    funding_nouns: frozenset[str]
    funding_verbs: frozenset[str]
    paying_verbs: frozenset[str]  # "with Gavi paying for most of the doses": who pays beside a deal sells nothing
    production_verbs: frozenset[str]
    obtaining_verbs: frozenset[str]  # "is seeking to obtain 2 million doses" asks for them (not triggers)
    body_nouns: frozenset[str]  # "the African Union's vaccine acquisition task team": a body a word of supply names
    facility_nouns: frozenset[str]
    pathogen_nouns: frozenset[str]  # "the Sudan strain", "the South African variant": a name of a germ
    clause_of_time: frozenset[str]
    tally_nouns: frozenset[str]  # "bringing the total to 61.5 million": a tally, not doses brought
    bringing_verbs: frozenset[str]  # "bringing China's total assistance to 2.7 million doses": what brings a tally up
    phase_verbs: frozenset[str]  # "will begin shipping vaccine to 95 countries": "to" hangs on the phase
    trial_nouns: frozenset[str]  # "vaccinated 450 children in a trial": research, not supply
    listing_nouns: frozenset[str]  # "a list of vaccine deliveries": what the lines below tell, no happening
    everywhere_words: frozenset[str]  # "to share 100 million doses worldwide": receivers left unnamed
    source_nouns: frozenset[str]  # "from various sources": givers named only as a group
    unnamed_giver_nouns: frozenset[str]  # "from a private donor": with "a", a giver left unnamed
    long_name_heads: frozenset[str]  # "The Authority also bought": the last word of a long name, alone, stands for it
    telling_verbs: frozenset[str]
    joining_verbs: frozenset[str]  # "declined to join the COVAX scheme": a scheme turned down, no doses
    negotiation_words: frozenset[str]
    announcing_verbs: frozenset[str]
    subject_control_verbs: frozenset[str]  # "promised Argentina to deliver": the promiser delivers, not its object
    harm_verbs: frozenset[str]  # "an outbreak that has killed 25 people": a tally of harm counts no doses
    watching_verbs: frozenset[str]  # "will monitor the rollout": who watches an act does not do it
    obstructing_verbs: frozenset[str]  # "China had blocked a deal with BioNTech": who blocks an act is no party to it
    company_nouns: frozenset[str]  # "the US drugmaker Pfizer": a country before one tells where the company is from
    supply_schemes: frozenset[str]  # COVAX, Gavi, the World Bank: they buy, fund or share out doses, vaccinate no one
    recommending_verbs: frozenset[str]  # "supported giving booster shots": what is recommended, not done
    readiness_words: frozenset[str]  # "ready to supply", "has decided to provide": a giving to come is offered
    taking_verbs: frozenset[str]  # "refused to take part": with "part", a verb of joining
    helping_verbs: frozenset[str]  # "an offer to help it buy vaccines": what a bare infinitive does is helped to


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon."""
    text = resources.files("pipeline.nlp").joinpath("patterns/lexicon.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return Lexicon(**{k: (v if isinstance(v, dict) else frozenset(v)) for k, v in raw.items()})
