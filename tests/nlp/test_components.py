from __future__ import annotations

import pytest
from spacy.language import Language

ENTITIES = [
    # (id, sentence, entity text, label, canonical)
    ("sinovac_not_loc", "North Korea rejected doses of China's Sinovac Biotech vaccine.", "Sinovac Biotech", "VACCINE", "Sinovac"),
    # a maker's full name is the vaccine it makes, as "Sinovac Biotech" is
    ("sinopharm_full_name", "Sri Lanka signed a deal with China National Pharmaceutical Group to buy doses.",
     "China National Pharmaceutical Group", "VACCINE", "Sinopharm"),
    ("covishield", "Nepal received Covishield doses.", "Covishield", "VACCINE", "AstraZeneca"),
    ("dprk", "The DPRK declined the offer.", "DPRK", "GPE", "North Korea"),
    ("isolated_kingdom", "The isolated kingdom rejected the shots.", "The isolated kingdom", "GPE", "North Korea"),
    ("unicef_long", "The United Nations Children's Fund shipped vaccines.", "The United Nations Children's Fund", "ORG", "UNICEF"),
    ("covax_facility", "Doses arrived from the COVAX Facility.", "the COVAX Facility", "ORG", "COVAX"),
    ("demonym_government", "The Japanese government donated vaccines.", "Japanese government", "GPE", "Japan"),
    ("measles", "UNICEF delivered measles vaccines to Uganda.", "measles", "VACCINE", "measles"),
    ("rabies", "Fiji received rabies vaccines.", "rabies", "VACCINE", "rabies"),
    ("meningitis_brand", "Niger received MenAfriVac doses.", "MenAfriVac", "VACCINE", "meningitis"),
    ("gsk", "GlaxoSmithKline donated 50 million doses.", "GlaxoSmithKline", "ORG", "GSK"),
    ("demonym", "Serbia received the Russian vaccine.", "Russian", "NORP", "Russia"),
    ("region", "Doses shipped to Africa were delayed.", "Africa", "LOC", "Africa"),
    ("balkans_region", "The EU earmarked doses for the Western Balkans.", "the Western Balkans", "LOC",
     "Western Balkans"),
    ("south_africa_not_region", "Doses shipped to South Africa were delayed.", "South Africa", "GPE", "South Africa"),
    ("rdif", "The RDIF signed the contract.", "RDIF", "ORG", "Russian Direct Investment Fund"),
    # vaccines of other diseases by brand or abbreviation, and organisations of their supply
    ("bopv", "Indonesia donated bOPV doses.", "bOPV", "VACCINE", "polio"),
    ("ebola_brand", "Guinea received rVSV-ZEBOV doses.", "rVSV-ZEBOV", "VACCINE", "Ebola"),
    ("mpox_lc16", "Japan sent LC16 doses.", "LC16", "VACCINE", "mpox"),
    ("dengue", "Brazil bought Qdenga doses.", "Qdenga", "VACCINE", "dengue"),
    # brand names of later vaccines: J&J's, Taiwan's Medigen, Valneva's, a pentavalent
    ("jcovden", "Kenya received 100,000 doses of Jcovden.", "Jcovden", "VACCINE", "Johnson & Johnson"),
    ("medigen", "Taiwan bought 5 million doses of the Medigen vaccine.", "Medigen", "VACCINE", "Medigen"),
    ("vla2001", "Britain ordered 60 million doses of VLA2001.", "VLA2001", "VACCINE", "Valneva"),
    ("pentavac", "Ghana received Pentavac doses.", "Pentavac", "VACCINE", "pentavalent"),
    # the 2009 pandemic's vaccine, named by its virus only where a vaccine word follows ("the H1N1 virus" is none)
    ("h1n1_vaccine", "The WHO shipped H1N1 vaccine to Mongolia.", "H1N1 vaccine", "VACCINE", "influenza"),
    ("icg", "The International Coordinating Group on Vaccine Provision released the doses.",
     "International Coordinating Group on Vaccine Provision", "ORG", "ICG"),
    ("gpei", "The Global Polio Eradication Initiative shipped the vaccines.", "Global Polio Eradication Initiative",
     "ORG", "GPEI"),
    # a dateline the statistical model glues to the name after it is no part of the name
    ("after_a_dateline", "MANILA - The Department of Health received 50,000 vials of anti-rabies vaccine.",
     "The Department of Health", "ORG", "Department of Health"),
]


@pytest.mark.parametrize(("text", "ent_text", "label", "canonical"), [c[1:] for c in ENTITIES], ids=[c[0] for c in ENTITIES])
def test_entities(nlp: Language, text: str, ent_text: str, label: str, canonical: str) -> None:
    doc = nlp(text)
    found = {(e.text, e.label_, e._.canonical) for e in doc.ents}
    assert (ent_text, label, canonical) in found


def test_a_virus_is_no_vaccine(nlp: Language) -> None:
    assert [e.label_ for e in nlp("The H1N1 virus spread in Mongolia.").ents if e.text.startswith("H1N1")] == []


def test_covid_is_not_an_organisation(nlp: Language) -> None:
    doc = nlp("COVID-19 vaccines from COVAX arrived in Ghana.")
    assert all(e.text.lower() != "covid-19" for e in doc.ents)
    assert ("COVAX", "ORG") in {(e.text, e.label_) for e in doc.ents}


def test_news_agency_is_not_a_party(nlp: Language) -> None:
    doc = nlp("Ghana received 600,000 doses, Reuters reported.")
    assert "Reuters" not in {e.text for e in doc.ents}


@pytest.mark.parametrize("text", ["AMMAN (Petra) - Jordan received the first batch of the Pfizer vaccine.",
                                  "HANOI (Xinhua) - Vietnam received 1 million doses.",
                                  "SUVA (RNZ) - Fiji received 12,000 doses."])
def test_a_national_news_agency_in_a_dateline_is_not_a_party(nlp: Language, text: str) -> None:
    agency = text.split("(")[1].split(")")[0]
    assert agency not in {e.text for e in nlp(text).ents}


def test_a_leaders_title_is_no_organisation(nlp: Language) -> None:
    doc = nlp("Iran's Supreme Leader Ayatollah Ali Khamenei banned imports of US vaccines.")
    assert [e.text for e in doc.ents if e.label_ in ("ORG", "GPE")] == ["Iran", "US"]


def test_pieces_of_a_dateline_are_no_parties(nlp: Language) -> None:
    assert [e.text for e in nlp("LA PAZ - Russia has approved Bolivia's request.").ents] == ["Russia", "Bolivia"]
    # a whole dateline city the model takes for an organisation, known to no table of parties
    assert [e.text for e in nlp("JOHANNESBURG, June 30 - Africa has received 50 million doses.").ents
            if e.label_ in ("ORG", "GPE")] == []
    # a known organisation opening a sentence stays
    assert [e.text for e in nlp("WHO, June 3 - The agency shipped vaccines.").ents if e.label_ == "ORG"] == ["WHO"]
    assert "SALT" not in {e.text for e in nlp("SALT LAKE CITY — More parents are seeking exemptions.").ents}


def test_a_dateline_day_and_its_year_are_one_date(nlp: Language) -> None:
    doc = nlp("NAIROBI, March 7, 2024 - Kenya has received 370,000 doses of the malaria vaccine.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["March 7, 2024"]


def test_a_day_is_cut_from_the_span_of_time_after_its_comma(nlp: Language) -> None:
    doc = nlp("Madagascar received 250,000 doses through COVAX on Saturday, months after the government had said it "
              "would not use vaccines.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["Saturday"]


def test_african_union_not_inside_port_au_prince(nlp: Language) -> None:
    doc = nlp("PORT-AU-PRINCE, Dec 14 - Haiti received 1.1 million doses.")
    assert "African Union" not in {e._.canonical for e in doc.ents}


def test_north_alias_not_inside_north_korean(nlp: Language) -> None:
    doc = nlp("Aid reached the North Korean border and the North accepted it.")
    norths = [e for e in doc.ents if e._.canonical == "North Korea"]
    assert [e.text for e in norths] == ["the North"]


TRIGGERS = [
    ("reject", "North Korea rejected the doses.", "rejected", "rejection"),
    ("turn_down", "Haiti turned down the offer of vaccines.", "turned down", "rejection"),
    ("ask_for", "Nepal asked for more vaccines.", "asked for", "request"),
    ("ship", "UNICEF shipped vaccines.", "shipped", "delivery"),
    ("inoculate", "They inoculated soldiers.", "inoculated", "administration"),
    ("procure", "Brazil procured doses.", "procured", "purchase"),
    ("earmark", "COVAX earmarked doses.", "earmarked", "offer"),
]


@pytest.mark.parametrize(("text", "trigger", "label"), [c[1:] for c in TRIGGERS], ids=[c[0] for c in TRIGGERS])
def test_triggers(nlp: Language, text: str, trigger: str, label: str) -> None:
    doc = nlp(text)
    assert (trigger, label) in {(s.text, s.label_) for s in doc.spans["triggers"]}


def test_quantity_spans_carry_values(nlp: Language) -> None:
    doc = nlp("Vietnam received nearly two million doses and vaccinated 280,000 people.")
    got = [(s._.quantity.value, s._.quantity.unit, s._.quantity.qualifier) for s in doc.spans["quantities"]]
    assert got == [(2_000_000, "doses", "nearly"), (280_000, "people", "exact")]


PEOPLE_BY_DEMONYM = [
    # (id, text, count text, value): a people named by its demonym's plural is counted as people (EVENTS.md 2)
    ("bare_million", "About 1.2 million Filipinos have received at least one dose so far.", "1.2 million Filipinos",
     1_200_000),
    ("plain_number", "500,000 Iraqis have received the Pfizer vaccine.", "500,000 Iraqis", 500_000),
]


@pytest.mark.parametrize(("text", "count", "value"), [c[1:] for c in PEOPLE_BY_DEMONYM],
                         ids=[c[0] for c in PEOPLE_BY_DEMONYM])
def test_demonym_counts_people(nlp: Language, text: str, count: str, value: float) -> None:
    doc = nlp(text)
    (span,) = doc.spans["quantities"]
    assert (span.text, span._.quantity.value, span._.quantity.unit) == (count, value, "people")


def test_pipeline_skips_unused_components(nlp: Language) -> None:
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names[-5:] == ["entity_rules", "entity_fixes", "clause_joins", "quantities", "triggers"]
