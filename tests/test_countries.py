"""Countries: names and ISO codes from country_converter, and the few names kept by hand."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from spacy.language import Language

from pipeline.countries import countries, iso3
from pipeline.normalise import country_names

# (id, parties, their ISO3 codes)
CODES = [
    ("states", ["North Korea", "South Korea", "United States"], ["PRK", "KOR", "USA"]),
    ("organisations_have_none", ["COVAX", "Ghana", "Serum Institute of India", "Africa"], ["GHA"]),
    ("names_of_events_md", ["Ivory Coast", "Turkey", "Czech Republic", "DR Congo"], ["CIV", "TUR", "CZE", "COD"]),
    ("each_once", ["Ghana", "Ghana"], ["GHA"]),
    ("territories_with_doses_of_their_own", ["Cook Islands", "Puerto Rico", "Bermuda"], ["COK", "PRI", "BMU"]),
    ("a_state_outside_the_un", ["Vatican", "Kosovo"], ["VAT", "XKX"]),
]


@pytest.mark.parametrize(("parties", "codes"), [c[1:] for c in CODES], ids=[c[0] for c in CODES])
def test_iso3(parties: list[str], codes: list[str]) -> None:
    assert iso3(parties) == codes


# (id, text, entity, canonical country)
NAMES = [
    ("library_short_name", "Czechia received 100,000 doses.", "Czechia", "Czech Republic"),
    ("library_official_name", "The Republic of Korea sent 1 million doses.", "The Republic of Korea", "South Korea"),
    ("capital_by_hand", "Pyongyang rejected the doses.", "Pyongyang", "North Korea"),
    ("alias_by_hand", "The DPRK declined the offer.", "DPRK", "North Korea"),
    # a state's epithet without "of": "the Islamic Republic of Pakistan" stays Pakistan
    ("epithet_by_hand", "The Islamic Republic has ordered 2 million doses of Sputnik V.", "The Islamic Republic", "Iran"),
    ("epithet_with_its_state", "The Islamic Republic of Pakistan received the doses.",
     "The Islamic Republic of Pakistan", "Pakistan"),
    ("abbreviated_official_name", "UNICEF delivered the doses to the Lao PDR.", "Lao PDR", "Laos"),
    # the name the UN, WHO and COVAX use, the library's short name; the older English name is an alias
    ("un_short_name", "COVAX delivered 24,000 doses to Timor-Leste.", "Timor-Leste", "Timor-Leste"),
    ("older_english_name", "Australia sent 10,000 doses to East Timor.", "East Timor", "Timor-Leste"),
    ("abbreviation_by_hand", "Australia sent 500,000 doses to PNG.", "PNG", "Papua New Guinea"),
    ("short_name_by_hand", "Serbia has donated 150,000 doses to Bosnia.", "Bosnia", "Bosnia and Herzegovina"),
    ("organ_of_a_state", "The Ghanaian health ministry received the doses.", "Ghanaian health ministry", "Ghana"),
    ("people_by_demonym", "More than 500,000 Iraqis have received the vaccine.", "Iraqis", "Iraq"),
    ("territory", "New Zealand will share 100,000 doses with the Cook Islands and Niue.", "the Cook Islands",
     "Cook Islands"),
    ("territory_by_its_short_name", "The UK sent 3,000 doses to St. Helena.", "St. Helena", "Saint Helena"),
]


@pytest.mark.parametrize(("text", "entity", "canonical"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_country_names_are_found(nlp: Language, text: str, entity: str, canonical: str) -> None:
    assert (entity, canonical) in {(e.text, e._.canonical) for e in nlp(text).ents}


def test_only_what_the_library_lacks_is_kept_by_hand() -> None:
    rows = [json.loads(line) for line in resources.files("pipeline.nlp").joinpath("patterns/entities.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    assert not [r for r in rows if r["label"] == "GPE"], "country rows come from pipeline/countries.py"
    assert len(countries()) >= 198 and "North Korea" in country_names()
