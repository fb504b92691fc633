"""The article's focus country and the batch processing around the extractor."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from pipeline.extract.context import focus_country, names_country
from pipeline.extract.records import Context
from pipeline.extract.rules import extract
from pipeline.ingest import RawDocument
from pipeline.normalise import country_names
from pipeline.process import process_documents
from pipeline.sentences import split_sentences

def _article_events(nlp: Language, text: str) -> list[dict[str, Any]]:
    """The event rows of one article, `text`, as `process_documents` writes them."""
    return process_documents([RawDocument("a.txt", "a1", text=text, article="a.txt")], nlp).events


# (id, article text, expected focus country)
FOCUS = [
    ("lead_recipient", "Ghana received 600,000 doses from COVAX. Ghana also received 50,000 doses from Togo. "
                       "Togo and Togo officials welcomed it.", "Ghana"),
    ("supplier_named_most_is_not_focus", "Russia shipped 300,000 doses to Argentina. Russia said more would follow. "
                                         "Russia is producing the vaccine.", "Argentina"),
    ("named_most_when_no_events", "Kenya began its campaign. Kenya has 50 centres.", "Kenya"),
    ("tie_is_no_focus", "Chile bought 1 million doses. Peru bought 1 million doses.", None),
    # a country named in the possessive ("Samoa's government") is named all the same
    ("possessive_counts", "UNICEF delivered measles vaccine to Samoa. Tonga ordered more vaccine. "
                          "Samoa's government made vaccination compulsory.", "Samoa"),
    # "Congo" in an article on the Democratic Republic of Congo is that state, twice a recipient
    ("bare_name_of_the_article_state", "Mpox vaccines arrive in Congo. The Democratic Republic of Congo received "
                                       "100,000 doses. Nigeria received 10,000 doses.", "DR Congo"),
    # no country leads the events or the names: the headline's only country, not a lone recipient named last
    ("headline_country", "Ebola vaccine reaches Guinea as outbreak spreads\nThe WHO said it had delivered 3,000 "
                         "doses to Nzerekore. Liberia has asked the WHO for doses.", "Guinea"),
    # "it" under the clause of "the country" stands for the country, not for the giver named in a phrase between
    ("a_pronoun_under_a_described_subject", "Namibia has suspended the use of Russia's Sputnik V vaccine. The country "
                                            "had received 30,000 doses of Sputnik V in a donation from Moscow in "
                                            "April, and a further 40,000 doses it bought were due in May.", "Namibia"),
    # where the report was filed counts as a mention: not the maker's country named twice
    ("dateline_capital", "Russia's vaccine arrives in Bolivia\nLA PAZ - A plane carrying 20,000 doses of Russia's "
                         "Sputnik V vaccine landed on Thursday.", "Bolivia"),
    ("headline_country_that_gives", "Russia sends vaccine abroad\nThe doses left Moscow. Liberia has asked the WHO "
                                    "for doses.", "Liberia"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOCUS], ids=[c[0] for c in FOCUS])
def test_focus_country(nlp: Language, text: str, expected: str | None) -> None:
    events = [ev for sent in split_sentences(text) for ev in extract(nlp(sent.text), Context())]
    assert focus_country(text, events) == expected


# (id, sentence, whether it names a country): only such a sentence is read for the focus country
NAMES_COUNTRY = [
    ("country", "Ghana received 600,000 doses from COVAX.", True),
    ("capital", "The doses arrived in Lusaka on Monday.", True),
    ("state_body_only", "The Health Ministry received 2 million doses from the manufacturer.", False),
    ("organisations_only", "COVAX delivered 500,000 doses of the Sinovac vaccine on Tuesday.", False),
    ("no_party", "The doses were delivered to the central warehouse.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in NAMES_COUNTRY], ids=[c[0] for c in NAMES_COUNTRY])
def test_only_sentences_naming_a_country_give_events_a_country(nlp: Language, sentence: str, expected: bool) -> None:
    doc = nlp(sentence)
    parties = {p for ev in extract(doc, Context()) for p in (*ev.provider, *ev.recipient)}
    assert names_country(doc) == expected
    assert expected or not parties & country_names()


def test_unnamed_recipient_of_a_foreign_supplier_is_the_focus_country(nlp: Language) -> None:
    text = ("Bangladesh received 2 million doses from India. Bangladesh wants more. "
            "The Serum Institute of India has supplied 700,000 doses so far.")
    raw = RawDocument("a.txt", "a", text=text)
    events = process_documents([raw], nlp).events
    supplied = [e for e in events if e["trigger"] == "supplied"]
    assert [e["recipient"] for e in supplied] == [["Bangladesh"]]


def test_token_pattern_triggers_reach_the_parser(nlp: Language) -> None:
    raw = RawDocument("b.txt", "b", text="Fiji says 'no' to the Sinovac vaccine.")
    result = process_documents([raw], nlp)
    assert [d["status"] for d in result.documents] == ["ok"]
    assert [e["event_type"] for e in result.events] == ["rejection"]


@pytest.mark.xfail(strict=True, reason="known gap: the parser misreads headlines in title case (\"US To Send 500,000 "
                   "Doses To Guatemala\" names no giver); parsing them with their common words in lower case read 7 "
                   "of 20 such probe headlines better, but changed training readings of five articles and thirty draws "
                   "gave F1 +0.0001 (15 up, 15 down), provider -0.0073 (1 up, 29 down), strict -0.0066, recipient "
                   "-0.0043")
def test_a_headline_in_title_case_names_its_giver(nlp: Language) -> None:
    raw = RawDocument("t.txt", "t", text="US To Send 500,000 Doses To Guatemala\n\nMore details will follow.")
    (event,) = process_documents([raw], nlp).events
    assert (event["event_type"], event["provider"], event["recipient"]) == ("delivery", ["United States"], ["Guatemala"])


def test_a_datelines_dash_does_not_reach_party_names(nlp: Language) -> None:
    text = ("(Reuters) -North Korea has rejected about 3 million doses of the Sinovac vaccine offered through "
            "COVAX, UNICEF said on Tuesday.")
    events = _article_events(nlp, text)
    rejection = [e for e in events if e["event_type"] == "rejection"]
    assert [e["recipient"] for e in rejection] == [["North Korea"]]
    assert [e["recipient_iso3"] for e in rejection] == [["PRK"]]


def test_each_further_count_of_an_administration_is_an_event_of_the_run(nlp: Language) -> None:
    text = ("Peru is vaccinating quickly with doses from Pfizer and Sinopharm.\n\n"
            "Peru has thus far vaccinated 10.9 million people with at least one dose and 4.0 million with two "
            "doses of the Pfizer vaccine.")
    events = _article_events(nlp, text)
    counts = sorted((e["quantity"], e["quantity_unit"], tuple(e["recipient"])) for e in events
                    if e["event_type"] == "administration" and e["quantity"])
    assert counts == [(4_000_000, "people", ("Peru",)), (10_900_000, "people", ("Peru",))]


def test_a_state_with_its_verb_left_out_vaccinates_its_own_in_the_run(nlp: Language) -> None:
    text = "Caribbean vaccination\n\nGuyana has vaccinated 150,000 people and Suriname 80,000."
    events = _article_events(nlp, text)
    assert sorted((e["quantity"], tuple(e["provider"]), tuple(e["recipient"])) for e in events) == [
        (80_000, ("Suriname",), ("Suriname",)), (150_000, ("Guyana",), ("Guyana",))]


def test_each_further_count_keeps_its_own_destination_in_the_run(nlp: Language) -> None:
    # EVENTS.md 6.1: the role deciders may name every destination of the sentence; each count keeps its own
    text = ("India gifts vaccines to neighbours\n\n"
            "NEW DELHI, January 2021 - India will send 2 million doses of the Covishield vaccine to Bangladesh and "
            "1 million to Nepal as gifts, the foreign ministry said on Tuesday.\n"
            "Shipments of 150,000 doses to Bhutan and 100,000 to the Maldives left on Wednesday.")
    events = _article_events(nlp, text)
    shipments = sorted((e["quantity"], tuple(e["recipient"])) for e in events if e["trigger"] == "Shipments")
    assert shipments == [(100_000, ("Maldives",)), (150_000, ("Bhutan",))]


def test_a_further_word_for_doses_keeps_its_own_giver_in_the_run(nlp: Language) -> None:
    # the role deciders decide the first event's giver; the further one keeps the giver its own words name
    text = "Kenya received 300,000 doses of AstraZeneca donated by France and 100,000 doses of Pfizer from COVAX."
    events = _article_events(nlp, text)
    givers = sorted((e["quantity"], tuple(e["provider"])) for e in events)
    assert givers == [(100_000, ("COVAX",)), (300_000, ("France",))]


def test_a_party_of_another_event_of_the_sentence_is_not_a_further_party_in_the_run(nlp: Language) -> None:
    # the role deciders named Bolivia beside Ecuador and beside Paraguay; the rules give it to the other event
    text = ("Vaccines for South America\n\n"
            "Ecuador received 16,000 Pfizer doses on Wednesday; Bolivia received 500,000 Sinopharm doses the same day.\n"
            "China donated 500,000 doses to Paraguay and sold 2 million to Bolivia.")
    events = _article_events(nlp, text)
    receivers = sorted((e["trigger"], e["quantity"], tuple(e["recipient"])) for e in events)
    assert receivers == [("donated", 500_000, ("Paraguay",)), ("received", 16_000, ("Ecuador",)),
                         ("received", 500_000, ("Bolivia",)), ("sold", 2_000_000, ("Bolivia",))]


def test_a_party_told_as_one_more_of_its_kind_is_not_joined_by_the_one_before(nlp: Language) -> None:
    # the role deciders named Tanzania, the receiver of the sentence before, beside Burundi "also" refusing
    text = ("Tanzania turns down COVAX offer, says it will decide on its own\n\n"
            "DAR ES SALAAM - Tanzania has declined an offer of 1.2 million doses of the AstraZeneca vaccine through "
            "the COVAX facility, a government spokesman said on Friday.\n\n"
            "Burundi, which also rejected COVAX shipments earlier this year, said it would rather spend money on "
            "prevention and treatment.")
    events = _article_events(nlp, text)
    receivers = [tuple(e["recipient"]) for e in events if e["evidence"].startswith("Burundi")]
    assert receivers == [("Burundi",)]


def test_a_body_named_only_as_who_says_it_names_no_further_party_in_the_run(nlp: Language) -> None:
    # "the health ministry said" stands for France, the article's country, which sells; it buys nothing here
    text = ("France sells surplus swine flu vaccine\n\n"
            "PARIS - France has cancelled orders for 50 million of the 94 million doses of H1N1 vaccine it bought "
            "last year, and is trying to sell some of the rest abroad.\n\n"
            "Qatar has agreed to buy 300,000 doses and Egypt is in talks for 2 million, the health ministry said.")
    events = _article_events(nlp, text)
    buyers = [tuple(e["recipient"]) for e in events if e["evidence"].startswith("Qatar")]
    assert buyers == [("Qatar",)]


def test_a_side_the_sentence_names_takes_no_further_party_from_outside_it(nlp: Language) -> None:
    # the role deciders named Samoa, the headline's and the sentence before's, beside Tonga and Fiji
    text = ("Measles vaccines for Samoa\n\n"
            "New Zealand is sending 110,000 doses of measles vaccine to Samoa.\n\n"
            "UNICEF said it had shipped a further 40,000 doses to Tonga and Fiji.")
    events = _article_events(nlp, text)
    receivers = [tuple(e["recipient"]) for e in events if e["evidence"].startswith("UNICEF")]
    assert receivers == [("Tonga", "Fiji")]


def test_receivers_all_over_the_world_are_not_the_article_s_country(nlp: Language) -> None:
    # the role deciders named the Philippines, the article's country, as receiver of doses shared worldwide
    text = ("Philippines in talks for more vaccines\n\n"
            "Galvez said Manila had also sought 4 million doses of Moderna from the United States, which has promised "
            "to share 80 million doses worldwide.")
    events = _article_events(nlp, text)
    receivers = sorted((e["event_type"], tuple(e["recipient"])) for e in events)
    assert receivers == [("offer", ()), ("request", ("Philippines",))]


def test_a_bare_congo_is_the_congo_its_article_names(nlp: Language) -> None:
    text = ("The Democratic Republic of Congo received its first 99,000 doses of mpox vaccine from the European "
            "Union on Thursday.\n\nCongo had asked its partners for about 3.5 million doses.")
    events = _article_events(nlp, text)
    recipients = {(e["event_type"], tuple(e["recipient"]), tuple(e["recipient_iso3"])) for e in events}
    assert recipients == {("delivery", ("DR Congo",), ("COD",)), ("request", ("DR Congo",), ("COD",))}


def test_a_datelines_date_dates_an_article_whose_metadata_has_none(nlp: Language) -> None:
    text = ("UNICEF delivers measles vaccines\n\nANTANANARIVO, 20 February 2019 - UNICEF today delivered 600,000 "
            "doses of measles vaccine to Madagascar.")
    bare = process_documents([RawDocument("m.txt", "m1", text=text, article="m.txt")], nlp)
    assert {e["event_date"] for e in bare.events if e["quantity"]} == {"2019-02-20"}
    dated = process_documents([RawDocument("m.txt", "m1", text=text, article="m.txt",
                                           meta={"published": "2019-03-01"})], nlp)
    assert {e["event_date"] for e in dated.events if e["quantity"]} == {"2019-03-01"}


def test_a_datelines_capital_is_the_articles_country(nlp: Language) -> None:
    # counted as one mention among the text's names (as a last resort for the focus, an earlier form changed one
    # training article: 10 draws recipient -0.0135, strict -0.0143; this one changes none)
    text = ("Rabies vaccines arrive\n\nMANILA - The Department of Health said it has received 100,000 vials of "
            "anti-rabies vaccine from India.")
    events = _article_events(nlp, text)
    assert {tuple(e["recipient"]) for e in events if e["quantity"]} == {("Philippines",)}


def test_a_vaccines_name_that_acts_in_the_sentence_before_is_its_maker_after(nlp: Language) -> None:
    # "Pfizer raised its forecast": "the company" and "it" of the sentences after stand for the maker
    text = ("Pfizer raises vaccine forecast\n\nPfizer raised its forecast for 2021 sales of its COVID-19 vaccine, "
            "saying it had signed contracts for 2.1 billion doses.\n\nThe company expects to deliver most of those "
            "doses by the end of the year.")
    events = _article_events(nlp, text)
    assert [list(e["provider"]) for e in events if e["event_type"] == "delivery"] == [["Pfizer"]]


def test_a_pronoun_after_the_government_described_is_the_articles_country(nlp: Language) -> None:
    # "It" took China, the first party of the sentence before, whose subject was the government described
    text = ("Bangladesh halts vaccinations as supplies dry up\n\n"
            "Dhaka has received only 7 million of the 30 million doses it paid for, officials said.\n\n"
            "The government has now turned to China and Russia.\n\n"
            "It is in talks to buy 15 million doses of the Sinopharm vaccine.")
    events = _article_events(nlp, text)
    assert [list(e["recipient"]) for e in events if e["event_type"] == "purchase"] == [["Bangladesh"]]


def test_doses_pledged_by_a_group_left_unnamed_take_no_giver_from_the_sentence_before(nlp: Language) -> None:
    # the rules took the WHO, the giver of the sentence before, for the drugmakers and rich nations
    text = ("Mongolia first to receive donated H1N1 vaccine\n\n"
            "Mongolia on Tuesday became the first developing country to receive swine flu vaccine donated through the "
            "World Health Organization.\n\n"
            "The WHO has said it hopes to distribute about 200 million doses pledged by drugmakers and rich nations "
            "to 95 poorer countries.")
    events = _article_events(nlp, text)
    assert [list(e["provider"]) for e in events if e["event_type"] == "offer"] == [[]]


def test_two_verbs_of_asking_each_its_own_party_asked_are_two_requests(nlp: Language) -> None:
    # the rules read two requests, China asked for 4 million doses and the United States to share; the deciders
    # made them one happening, asked of the United States
    text = ("Nepal seeks vaccine help from neighbours\n\n"
            "Kathmandu has also requested 4 million doses from China and asked the United States to share part of its "
            "surplus.")
    events = _article_events(nlp, text)
    asked = sorted(tuple(e["provider"]) for e in events if e["event_type"] == "request" and e["provider"])
    assert asked == [("China",), ("United States",)]


def test_a_union_describing_one_member_is_no_party_in_the_run(nlp: Language) -> None:
    # "the first European Union country", "first EU country" are Hungary described; the union neither sells nor buys
    events = _article_events(nlp, "Hungary buys Chinese vaccine, first EU country to do so\n\nBUDAPEST - Hungary "
                                  "has signed a deal to buy 5 million doses of the Sinopharm vaccine, making it the "
                                  "first European Union country to buy a Chinese shot.")
    assert events and all("EU" not in e["provider"] + e["recipient"] for e in events)
