"""The packaged deciders on sentences of our own, and the choices they feed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.pipeline import make_pipeline

from pipeline.extract import models as packaged_models
from pipeline.extract.decide import classify_features
from pipeline.extract.document import analyse, decide
from pipeline.extract.models import EVENT, NO_EVENT
from pipeline.extract.records import PartyCandidate
from pipeline.extract.roles import choose
from pipeline.sentences import candidate_sentences, split_sentences
from pipeline.train import role_threshold


def _events(nlp: Language, text: str) -> list[tuple]:
    sentences = split_sentences(text)
    docs = {i: nlp(sentences[i].text) for i in candidate_sentences(sentences)}
    models = packaged_models.packaged()
    assert models is not None, "no packaged deciders: run `python -m pipeline train`"
    return [(e.event_type, e.status, e.provider, e.recipient, e.quantity)
            for _, e in decide(analyse(text, sentences, docs, None), models)]


# (id, article, an event it must hold: type, status, provider, recipient, quantity)
CLEAR = [
    ("donation", "Japan donated 1 million doses of the AstraZeneca vaccine to Vietnam.",
     ("delivery", "asserted", ["Japan"], ["Vietnam"], 1_000_000)),
    ("purchase", "Chile bought 10 million doses of the Sinovac vaccine.",
     ("purchase", "asserted", ["Sinovac"], ["Chile"], 10_000_000)),
    ("planned_arrival", "Ghana expects 600,000 doses from COVAX. The doses will arrive in Accra next week.",
     ("delivery", "planned", ["COVAX"], ["Ghana"], None)),
    ("rejection", "Eritrea has rejected 500,000 doses offered by COVAX.",
     ("rejection", "asserted", ["COVAX"], ["Eritrea"], 500_000)),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CLEAR], ids=[c[0] for c in CLEAR])
def test_clear_events_are_decided_with_their_parties(nlp: Language, text: str, expected: tuple) -> None:
    assert expected in _events(nlp, text)


# (id, article, (type, status) of each event, in order): EVENTS.md 6.1, one event per happening and sentence
HAPPENINGS = [
    ("two_words_one_arrival", "Fiji received 50,000 doses on Monday as the first batch arrived in Suva.",
     [("delivery", "asserted")]),
    ("two_tenses", "Egypt received its first shipment of Sinopharm vaccines on Monday and will get more deliveries "
     "next month.", [("delivery", "asserted"), ("delivery", "planned")]),
    ("sent_and_will_be_sent", "The doses were sent to Ghana last week and more will be sent in May.",
     [("delivery", "asserted"), ("delivery", "planned")]),
    ("a_subject_of_its_own", "Russia has shipped 1.3 million doses of Sputnik V to Venezuela so far, and Cuba has "
     "sent its Abdala vaccine.", [("delivery", "asserted"), ("delivery", "asserted")]),
    ("set_against_by_while", "New Zealand will also provide 100,000 Pfizer doses to Fiji in October, while India has "
     "offered Covishield doses to Samoa and Tonga.", [("offer", "asserted"), ("offer", "asserted")]),
    # "handed over" and "handed over 50,000" are triggers of one word, in a clause with a subject of its own
    ("one_word_two_triggers", "China donated 100,000 doses of rabies vaccine to the Philippines on Monday, while South "
     "Korea handed over 50,000 doses to the province of Albay.", [("delivery", "asserted"), ("delivery", "asserted")]),
    # "asked" and "asked for": the second trigger finds a count the first left, the delivery's
    ("one_word_two_counts", "Uganda asked for 1 million doses of the vaccine in February but got only 400,000.",
     [("request", "asserted"), ("delivery", "asserted")]),
    # the infinitive of a verb with a subject of its own is part of its happening ("promised to donate")
    ("infinitive_of_a_verb_apart", "Poland offered to sell 1.2 million doses to Ukraine, and Lithuania promised to "
     "donate 50,000 doses of AstraZeneca.", [("offer", "asserted"), ("offer", "asserted")]),
]


# the rules read two happenings where each names its own destination or its own party asked (`parties.own_parties`)
OWN_PARTIES = [
    ("two_destinations", "The United Arab Emirates has donated 50,000 doses of the Sinopharm vaccine to the "
     "Seychelles and sent a further 50,000 to Egypt.", [("delivery", "asserted"), ("delivery", "asserted")]),
    ("two_destinations_no_counts", "Japan donated vaccines to Taiwan on Friday and shipped more to Vietnam on "
     "Saturday.", [("delivery", "asserted"), ("delivery", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OWN_PARTIES], ids=[c[0] for c in OWN_PARTIES])
def test_the_deciders_split_what_names_parties_of_its_own(nlp: Language, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    # a verb joined by "and" to the other's only: grouping every pair of a type apart where the rules read parties of
    # their own changed no training reading but 10-draw F1 -0.0009 (0 up, 6 down), precision -0.0018
    assert [(e[0], e[1]) for e in _events(nlp, text)] == expected


def test_the_deciders_split_requests_each_asking_its_own_party(nlp: Language) -> None:
    # requests only, which changed no training output: "wrote to Argentina" was one request with the COVAX application
    # (a known gap between the thirty-fourth stop's refit and the thirty-fifth's, which kept the allocation asked for
    # as an offer at 0.50, the event threshold; the decider's refits move such borderline candidates either way)
    events = _events(nlp, "Bolivia has also applied to the COVAX mechanism for an additional allocation and wrote to "
                          "Argentina requesting an emergency loan of doses.")
    assert [(e[0], e[1]) for e in events] == [("request", "asserted"), ("request", "asserted")]


def test_a_datelines_place_gives_nothing(nlp: Language) -> None:
    # A known gap until the twenty-fifth stop's refit (provider threshold 0.3 -> 0.35): the role deciders named the
    # dateline's place ("BEIRUT (Reuters) -") as the giver. No reading changed for it: a whether-in-the-dateline role
    # feature, tried before, changed the role rows of 44 training documents and thirty draws nothing (F1 +0.0000,
    # provider -0.0001), so a later refit may name it again.
    events = _events(nlp, "Lebanon gets Pfizer shots\n\nBEIRUT (Reuters) - Lebanon received its first shipment of "
                          "28,500 Pfizer-BioNTech vaccine doses on Saturday, the start of a deal for 2.1 million doses.")
    assert ("delivery", "asserted", [], ["Lebanon"], 28_500) in events


@pytest.mark.xfail(strict=True, reason="known gap: a happening told as done and one told as not done, by a noun and a "
                   "verb of one type, are one event; keeping them apart (negated against not) gave thirty draws recall "
                   "+0.0026 (26 up), provider +0.0009, but F1 -0.0008 (27 down), precision -0.0043 (30 down), ECE "
                   "+0.0028, facts -0.0049 (30 down)")
def test_what_happened_and_what_did_not_are_two_events(nlp: Language) -> None:
    events = _events(nlp, "Despite the arrival of the third shipment of the Oxford-AstraZeneca vaccine on May 10, the "
                          "doses are yet to be handed over to the Ministry of Health.")
    assert [(e[0], e[1]) for e in events] == [("delivery", "asserted"), ("delivery", "negated")]


# the recipient decider gave France's shipment Ghana too; a role feature for it lowered provider accuracy over thirty
# draws (-0.0049), the constraint after the deciders (`roles.others_parties`) changes no training decision
def test_a_verb_set_against_another_keeps_its_own_receiver(nlp: Language) -> None:
    events = _events(nlp, "Germany has delivered 2 million doses to Ghana, while France shipped 1.5 million doses to "
                          "Senegal.")
    assert [(e[2], e[3]) for e in events] == [(["Germany"], ["Ghana"]), (["France"], ["Senegal"])]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in HAPPENINGS], ids=[c[0] for c in HAPPENINGS])
def test_one_event_per_happening_of_a_sentence(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e[0], e[1]) for e in _events(nlp, text)] == expected


NOT_SUPPLY = [
    ("mandate", "A judge blocked a rule that would have required workers to be vaccinated."),
    ("approval", "Indonesia approved the Novavax vaccine for emergency use."),
    ("grant", "The institute receives a $10 million grant for vaccine research."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_SUPPLY], ids=[c[0] for c in NOT_SUPPLY])
def test_texts_without_supply_hold_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == []


def test_confidence_is_a_probability_of_the_event(nlp: Language) -> None:
    sentences = split_sentences("Japan donated 1 million doses to Vietnam.")
    docs = {0: nlp(sentences[0].text)}
    models = packaged_models.packaged()
    (_, ev), = decide(analyse(sentences[0].text, sentences, docs, None), models)
    assert min(models.event_threshold, models.kept_threshold or 1.0) <= ev.confidence <= 1.0


def test_a_candidate_the_rules_keep_is_an_event_from_its_own_threshold(nlp: Language) -> None:
    # a model that gives every candidate the same probability of being an event, 0.45
    model = make_pipeline(DictVectorizer(), DummyClassifier(strategy="prior")).fit(
        [{"x": 1.0}] * 20, [EVENT] * 9 + [NO_EVENT] * 11)
    text = "Japan donated 1 million doses to Vietnam, the first donation of its kind."
    sentences = split_sentences(text)
    candidates = analyse(text, sentences, {0: nlp(sentences[0].text)}, None).candidates
    kept = [c.reading.kept for c in candidates]
    assert True in kept and False in kept
    features = [{"x": 1.0}] * len(candidates)
    apart = classify_features(model, [candidates], features, 0.5, kept_threshold=0.4)
    assert [label != NO_EVENT for label, _ in apart] == kept
    alike = classify_features(model, [candidates], features, 0.5)
    assert [label for label, _ in alike] == [NO_EVENT] * len(candidates)
    assert packaged_models.packaged().kept_threshold == 0.4


def test_packaged_models_are_small_and_describe_themselves() -> None:
    folder = packaged_models.packaged_dir()
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 20 * 1024 * 1024
    info = packaged_models.packaged().info
    assert set(info["corpora"]) == {"dev", "seeds", "negatives"}
    assert 0 < info["role_thresholds"]["provider"] < 1


# (id, held-out scores, labels, events, may be left empty, threshold chosen)
THRESHOLDS = [
    ("confident_parties", [0.9, 0.1, 0.8, 0.2], [1, 0, 1, 0], ["a", "a", "b", "b"], [False, False], 0.5),
    ("weak_but_right", [0.3, 0.1, 0.25, 0.05], [1, 0, 1, 0], ["a", "a", "b", "b"], [False, False], 0.25),
    ("empty_roles_win", [0.45, 0.4, 0.7], [0, 0, 1], ["a", "b", "c"], [True, True, False], 0.5),
]


@pytest.mark.parametrize(("scores", "labels", "events", "empty", "expected"), [c[1:] for c in THRESHOLDS],
                         ids=[c[0] for c in THRESHOLDS])
def test_role_threshold(scores: list[float], labels: list[int], events: list[str], empty: list[bool],
                        expected: float) -> None:
    ok = [empty[sorted(set(events)).index(e)] for e in events]
    assert role_threshold(scores, labels, events, ok) == expected


def test_choose_names_the_likeliest_party_and_keeps_sides_apart() -> None:
    parties = [PartyCandidate(n, (), False, False) for n in ("Japan", "Vietnam", "COVAX")]
    provider, recipient = choose(parties, [0.9, 0.6, 0.4], [0.2, 0.8, 0.1], "delivery",
                                 {"provider": 0.35, "recipient": 0.45})
    assert provider == ["Japan"] and recipient == ["Vietnam"]
    provider, recipient = choose(parties, [0.3, 0.1, 0.1], [0.2, 0.3, 0.1], "delivery",
                                 {"provider": 0.35, "recipient": 0.45})
    assert provider == [] and recipient == []


def test_a_vaccines_maker_does_not_administer_it() -> None:
    parties = [PartyCandidate(n, (), False, False) for n in ("Johnson & Johnson", "South Africa")]
    thresholds = {"provider": 0.35, "recipient": 0.45}
    assert choose(parties, [0.7, 0.6], [0.1, 0.8], "administration", thresholds) == (["South Africa"],
                                                                                    ["South Africa"])
    assert choose(parties, [0.7, 0.6], [0.1, 0.8], "delivery", thresholds) == (["Johnson & Johnson"],
                                                                              ["South Africa"])


def test_a_supply_scheme_does_not_administer_the_doses_it_shared_out() -> None:
    # "received 512,000 doses through COVAX and has given at least one dose to 330,000 people": Malawi vaccinates
    parties = [PartyCandidate(n, (), False, False) for n in ("COVAX", "Malawi")]
    thresholds = {"provider": 0.35, "recipient": 0.45}
    assert choose(parties, [0.6, 0.7], [0.1, 0.8], "administration", thresholds) == (["Malawi"], ["Malawi"])
    assert choose(parties, [0.6, 0.2], [0.1, 0.8], "delivery", thresholds) == (["COVAX"], ["Malawi"])


def test_a_country_whose_people_are_vaccinated_vaccinates_them_when_no_one_else_is_named() -> None:
    parties = [PartyCandidate(n, (), False, False) for n in ("Peru", "UNHCR")]
    thresholds = {"provider": 0.35, "recipient": 0.45}
    assert choose(parties, [0.2, 0.1], [0.9, 0.1], "administration", thresholds) == (["Peru"], ["Peru"])
    assert choose(parties, [0.1, 0.2], [0.1, 0.9], "administration", thresholds) == ([], ["UNHCR"])
    assert choose(parties, [0.2, 0.1], [0.9, 0.1], "delivery", thresholds) == ([], ["Peru"])
    # people vaccinated in a capital: its state vaccinates them ("in Luanda province")
    parties = [PartyCandidate("Luanda", (), False, True)]
    assert choose(parties, [0.04], [0.73], "administration", thresholds) == (["Angola"], ["Luanda"])


def test_a_party_keeps_the_side_where_it_ranks_first() -> None:
    # "Guatemala and Honduras have asked Mexico to share part of its supply" in an article about Mexico: Mexico
    # is the likeliest giver and only a third receiver, so it gives
    parties = [PartyCandidate(n, (), False, False) for n in ("Mexico", "Guatemala", "Honduras")]
    thresholds = {"provider": 0.3, "recipient": 0.4}
    assert choose(parties, [0.54, 0.06, 0.10], [0.73, 0.88, 0.95], "request", thresholds) == (
        ["Mexico"], ["Honduras", "Guatemala"])
    # first on both sides: the more probable side
    assert choose(parties, [0.6, 0.1, 0.1], [0.7, 0.2, 0.1], "request", thresholds) == ([], ["Mexico"])
