"""Normalisers: pure functions from mention text (plus explicit context) to canonical values."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pipeline.countries import bare_names, capital_states, iso3_of, with_country_patterns

Prefer = Literal["past", "future", "nearest"]

# --- parties -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _entity_rows() -> tuple[dict[str, Any], ...]:
    """The rows of `entities.jsonl` and the generated country patterns, read once for the party table.

    Read here rather than through `pipeline.nlp.entity_patterns`, which would make an import cycle.
    """
    text = resources.files("pipeline.nlp").joinpath("patterns/entities.jsonl").read_text(encoding="utf-8")
    return tuple(with_country_patterns([json.loads(line) for line in text.splitlines() if line.strip()]))


@lru_cache(maxsize=1)
def party_table() -> dict[str, str]:
    """Lower-cased alias -> canonical name, from the entity patterns (organisations and countries)."""
    return {row["pattern"].lower(): row["id"] for row in _entity_rows()
            if row["label"] in ("GPE", "ORG") and isinstance(row["pattern"], str)}


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Canonical names of the regions the entity patterns know ("Africa", "Latin America")."""
    return frozenset(row["id"] for row in _entity_rows() if row["label"] == "LOC")


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Canonical names of the countries (`pipeline.countries`)."""
    return frozenset(iso3_of())


def canonical_party(text: str, table: dict[str, str] | None = None) -> str:
    """Canonical party name: table lookup, else the text without a leading 'the' or trailing "'s"."""
    table = party_table() if table is None else table
    t = re.sub(r"\s+", " ", text.strip().strip(",.;:\"'()"))
    t = re.sub(r"(?:'s|')$", "", t)
    key = t.lower()
    if key in table:
        return table[key]
    key = re.sub(r"^the\s+", "", key)
    if key in table:
        return table[key]
    return re.sub(r"^(?:the|The)\s+", "", t)


def article_names(text: str) -> dict[str, str]:
    """The states a bare short name stands for in one article (`countries.json`, "bare_names"): "Congo" is
    DR Congo in an article that names "the Democratic Republic of Congo" (or "DRC") and never "the Republic
    of the Congo" or "Congo-Brazzaville"."""
    out: dict[str, str] = {}
    for state, rule in bare_names().items():
        other, this = _longer_names(rule["other"], rule["bare"]), _longer_names(state, rule["bare"])
        if other.search(text) and not this.search(text):
            out[state] = rule["other"]
    # "The Palestinian Authority received ... The Authority also bought": a long name's last word, alone, stands for
    # the one long name of the article that ends with it
    for head in set(re.findall(r"\b[A-Z][a-z]+\b", text)) & _head_words().keys():
        named = {canonical for form, canonical in _head_words()[head] if re.search(
            r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, re.I)}
        if len(named) == 1:
            out[head] = named.pop()
    return out


@lru_cache(maxsize=1)
def _head_words() -> dict[str, list[tuple[str, str]]]:
    """The capitalised last word of each long organisation name that is no name alone and is a word for such a body
    (the lexicon's `long_name_heads`: "Authority", "Fund"), with the long names (and canonical names) it ends."""
    from pipeline.nlp.lexicon import lexicon  # here: the nlp package imports this module as it loads

    table, heads = party_table(), lexicon().long_name_heads
    out: dict[str, list[tuple[str, str]]] = {}
    for form, canonical in table.items():
        words = form.split()
        if len(words) > 1 and words[-1] in heads and words[-1] not in table:
            out.setdefault(words[-1].title(), []).append((form, canonical))
    return out


@lru_cache(maxsize=None)
def _longer_names(canonical: str, bare: str) -> re.Pattern[str]:
    """Every name of the party table for `canonical` but its bare short name, as one pattern of whole words."""
    forms = sorted((k for k, v in party_table().items() if v == canonical and k != bare.lower()),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", re.I)


def output_party(name: str) -> str:
    """A party name as the tables show it: a dateline's dash glued to it dropped ("(Reuters) -North Korea"
    gives "-North Korea"), then canonical; a capital stands for its state ("Bamako": Mali). Applied to
    the decided parties only: the deciders see the names as the rules read them, and were measured so."""
    stripped = re.sub(r"^[-\u2013\u2014]+(?=[A-Z])", "", name)
    name = canonical_party(stripped) if stripped != name else name
    return capital_states().get(name.lower(), name)


# --- quantities ----------------------------------------------------------------------------------

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5, "a half": 0.5,
    "dozen": 12, "a dozen": 12,
}
_MULT = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
}
_UNITS = {
    "doses": ("dose", "doses", "vaccines", "vaccine", "shots", "shot", "jabs", "jab", "units", "injections",
              "vaccinations", "inoculations", "vaccine doses"),
    "people": ("people", "persons", "person", "personnel", "individuals", "residents", "citizens", "workers",
               "children", "adults", "soldiers", "troops", "staff", "employees", "students", "teachers",
               "elderly", "seniors", "refugees", "migrants", "nationals", "inhabitants", "members", "girls",
               "boys", "women", "men", "recipients", "healthcare workers", "health workers", "others",
               "infants", "babies", "newborns", "parents", "mothers", "nurses", "doctors", "patients", "villagers",
               "pupils", "pilgrims", "prisoners", "inmates", "teenagers", "adolescents"),
    "vials": ("vials", "vial"),
    "shipments": ("shipments", "shipment", "batches", "batch", "consignments", "consignment", "deliveries",
                  "tranches", "tranche", "lots", "flights"),
}
_UNIT_OF = {w: unit for unit, words in _UNITS.items() for w in words}
_QUALIFIERS = [
    ("about", r"about|around|some|roughly|approximately|approx\.?|an estimated|estimated|circa|~"),
    ("nearly", r"nearly|almost|close to|just under|nearly half|short of"),
    ("more_than", r"more than|over|at least|upwards of|in excess of|above|exceeding|north of|over half"),
    ("up_to", r"up to|as many as|at most|a maximum of|maximum of|no more than"),
]
_QUAL_RE = re.compile(r"(?:^|\s)(" + "|".join(p for _, p in _QUALIFIERS) + r")\s*$", re.I)
# "hand over 100,000 doses": the verb's particle, no "more than"
_PARTICLE_OVER = re.compile(r"\b(?:hand|turn|pass|sign|give|gave|given|giving)(?:s|ed|ing)?\s+over\s*$", re.I)
_NUM = (r"(?:\d{1,3},\d{1,2}(?=-?\s*(?:million|billion|mln|mn|bn)\b)|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.])|\d+(?:\.\d+)?|"
        r"(?:(?:a\s+)?half|(?:a|one|three)[\s-]+quarters?(?:\s+of)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        r"(?:a\s+)?dozen)\b)")  # \b: "756,000 AstraZeneca" is not "756,000 A"
_MULT_RE = r"(?:(?:\s*|-)(?:million|millions|mln|mn|m|billion|bn|b|thousand|k|lakhs?|lac|crores?|hundred)\b)"
# Words allowed between the number and its unit: a name ("AstraZeneca"), capitalised even under re.I, an
# adjective by its ending ("paediatric", "combined"), or a disease ("10,000 rabies vaccines"), never any word
# ("July 13 more than four million doses").
QUANTITY_RE = re.compile(
    rf"(?<![\w$€£.,-])(?P<num>{_NUM}(?:[\s-]+(?:and\s+(?!\d))?(?:a\s+)?{_NUM})*)(?P<mult>(?:\s*(?:a\s+)?{_MULT_RE})*)"
    rf"(?P<alt>,?\s+or\s+[\d.,]+\s*\w+,?)?"
    rf"(?:(?P<gap>(?:\s+(?:more|additional|extra|further|new|of|the|of\s+(?:its|their|our)|"
    rf"covid-19|covid|coronavirus|vaccine|&|"  # "&": "500,000 Johnson & Johnson doses"
    rf"(?-i:[A-Z][\w'&/.-]*|[a-z]+(?:ic|ed|al|ive|ous|ary|ent))|"
    rf"first|second|third|booster|initial|donated|free|military|health|jabs? of|doses? of|"
    rf"front-?line|elderly|vulnerable|priority|eligible|older|young|adult|"  # "4,000 front-line workers"
    rf"measles|polio|rabies|cholera|malaria|typhoid|rotavirus|meningitis|tetanus|influenza|flu|mpox|monkeypox|"
    rf"yellow\s+fever|hepatitis|encephalitis|rubella|diphtheria|dengue|oral)){{0,4}}?)"
    rf"(?P<unit>\s+(?:{'|'.join(sorted(map(re.escape, _UNIT_OF), key=len, reverse=True))})\b))?",
    re.I,
)
# a count's noun, one or two words ("53 countries", "2,000 health workers")
_COUNTED_NOUN = re.compile(r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+([a-z]+)(?:\s+([a-z]+))?", re.I)
_BATCH_OF = re.compile(r"\b(?:batch(?:es)?|shipments?|consignments?|deliver(?:y|ies)|tranches?|lots?)\s+of\s+"
                       r"(?:(?:about|around|some|nearly|almost|over|more than|up to|another|a further)\s+)?$", re.I)
# "2,000 more to Montenegro", "1,000 more.", not "2,000 more points" (what follows "more" would be the unit)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+(?!(?:to|from|in|on|by|for|at|and|or|next|this|later|over|before|after|"
                         r"within)\b)[a-z])", re.I)
# a part of what was named, or of a count: "the first 300,000 of which", "received 800,000 of the 2.5 million doses it
# bought"
_PART_AFTER = re.compile(r"\s+of\s+(?:(?:which|them|these|those)\b|(?:the|its|their|an?)\s+(?:(?:estimated|expected|"
                         r"promised|planned|total|initial|first)\s+)?\d[\d.,]*\b)", re.I)
# "had received 200,000 donated by China", "in addition to 8,000 given by Australia": a bare number that what follows
# tells was given is a count of doses
_GIVEN_WORDS = r"donated|gifted|given|lent|loaned|bought|purchased|supplied|provided|sent|shipped|delivered"
_GIVEN_AFTER = re.compile(rf"\s+(?:{_GIVEN_WORDS})\s+(?:by|from)\b", re.I)
# "on top of 600,000 donated in March", "in addition to the 200,000 delivered last week": a bare number a supply's
# count is added to, told as given, counts doses
_ADDED_GIVEN = re.compile(r"\b(?:on top of|in addition to)\s+(?:the\s+|some\s+|about\s+|around\s+)?$", re.I)
_GIVEN_PARTICIPLE_AFTER = re.compile(
    rf"\s+(?:already\s+)?(?:{_GIVEN_WORDS}|received|pledged|promised|ordered)\b", re.I)
# "on top of the 400,000 it has already given", "part of 102,000 that the African Union donated": a bare number a
# clause of giving or getting is on counts doses (a name after "the" is capitalised, whatever the case of the rest)
_CLAUSE_OF_SUPPLY_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:it|they|we|the\s+(?:country|government|"
    r"(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})))\s+"
    r"(?:(?:has|have|had)\s+)?(?:already\s+|so\s+far\s+)?(?:given|donated|"
    r"sent|received|delivered|shipped|bought|purchased|pledged|promised|provided|supplied)\b", re.I)
# "while Haiti has been assigned 756,000.": a bare number a verb of supply gives or gets, with no noun after it (or
# uses: "has received 512,000 doses and administered 330,000.")
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:assigned|allocated|administered|given|gave|gives|lent|loaned|sold|supplied|provided|shared|received|got|"
    r"gotten|sent|offered|promised|pledged|donated|delivered|shipped|bought|purchased|ordered|expects|expected|awaits|"
    r"receives|receiving|gets|requested|requests|sought|seeks|seeking|(?:asked|asks|asking|applied|appealed)\s+for)\s+"
    r"(?:(?:only|just|about|around|some|nearly|almost|over|more than|at least|up to)\s+)?$",
    re.I)
_BARE_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|on|by|from|to|last|this|next|so|since|through|via|under|and|but|"
                       r"while|as|during|at|for)\b", re.I)
_FURTHER_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)
# "just 300,000 have arrived", "only 200,000 have been delivered", "only 200,000 were delivered": a bare number that
# has come is a count of doses
_ARRIVED_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+(?:already\s+|so\s+far\s+)?(?:arrived|been\s+(?:delivered|"
                            r"shipped|received|administered))|(?:were|was)\s+(?:delivered|shipped|received))\b", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")  # "and 500,000 of Sinopharm", where a vaccine's name follows
# "and the first 40,000 arrived in December", "expects the first 215,000 in April": a ranked part of the doses named
# that moves or ends the phrase ("the first 100 days" does not)
_RANKED_BEFORE = re.compile(r"\bthe\s+(?:first|second|third|remaining|next|last|final)\s+$", re.I)
_MOVES_AFTER = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is|will|would|should|could|must)\s+)?(?:been\s+|be\s+)?"
                          r"(?:arriv(?:ed|es?|ing)|land(?:ed|s)?|go(?:es|ne)?|went|reach(?:ed|es)?|came|come|delivered|"
                          r"shipped|sent|due|expected|scheduled)\b", re.I)
# "3 million doses, of which 245,200 arrived last week": a part of the doses just named that moves or ends the phrase
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:which|them|these|those)\s+(?:(?:only|just|about|some|nearly|over)\s+)?$", re.I)
# "Of the 2 million doses pledged by Japan, 300,000 arrived on Monday": a part of the whole a sentence opens with
# (a whole of doses: not "Of the 54 African countries, 20 are expected to begin")
_WHOLE_OPENS_BEFORE = re.compile(r"(?:^|[.!?]\s+)Of\s+(?:the|its|their|these|those)\s+[^,.;]{0,60}"
                                 r"\b(?:doses|vaccines|shots|jabs|vials)\b[^,.;]{0,60},\s*"
                                 r"(?:(?:only|just|about|some|nearly|over)\s+)?$", re.I)
_SHARE_AFTER = re.compile(r"^\s*(?:%|(?:percent|per\s+cent|pc)\b)", re.I)  # "60 percent of the doses": a share
_RATE_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.I)  # "per 100 people"
# "its 59 million people", "its 1.4 billion" are a population; "sold its 1 million AstraZeneca doses" counts doses
_WHOLE_BEFORE = re.compile(r"\b(?:its|their|our)\s+$", re.I)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|us\$|eur|rs\.?|inr|won|yuan|rmb))\s*$", re.I)  # not "delive-rs", "orde-rs"
_WORTH_BEFORE = re.compile(r"\b(?:worth|valued at)(?:\s+(?:about|around|some|roughly|approximately|nearly|almost|"
                           r"over|more than|up to|at least|an estimated))?\s*$", re.I)  # "a deal worth 1.6 billion"
# ("a 200 million dollar loan": the singular before a noun too)
_MONEY_AFTER = re.compile(r"^\s*(?:dollars?|euros?|pounds?|yuan|won|rupees?|yen|reais|reals?|pesos|rand|naira|shillings|"
                          r"dirhams|riyals|rials|rubles|roubles|liras?|taka|baht|ringgit|rupiah|francs|cedis|kwacha|"
                          r"birr|dinars|kyats?|dong|soles|quetzales|hryvnias?|tenge|leones|pula|kina|"
                          r"per dose|"
                          r"cases|deaths|infections|years?|months?|weeks?|days?|hours?|times|kilometres|km)\b", re.I)


@dataclass(frozen=True)
class Quantity:
    """A normalised count: value, unit (doses/people/vials/shipments) and qualifier."""

    value: float
    unit: str
    qualifier: str
    start: int
    end: int
    text: str


def number_value(num: str, mult: str = "") -> float | None:
    """Value of a number phrase: '2.97' + 'million', 'half' + 'a million', '20' + 'lakh', 'one'."""
    words = re.findall(r"\d(?:[\d,]|[ \u00a0\u202f\u2009](?=\d{3}))*(?:\.\d+)?|[a-z]+", num.lower())
    total = 0.0
    for w in words:
        if w[0].isdigit() and mult and re.fullmatch(r"\d{1,3},\d{1,2}", w):
            total += float(w.replace(",", "."))  # "1,2 million": a decimal comma, as in Spanish or German
        elif w[0].isdigit():
            total += float(re.sub(r"[,\s]", "", w))
        elif w in ("and", "of"):
            continue
        elif w in ("quarter", "quarters"):  # "a quarter of a million", "three quarters of a million"
            total = (total or 1) * 0.25
        elif w == "a":
            if len(words) == 1:
                total += 1
        elif w in _WORDS:
            total += _WORDS[w]
        else:
            return None
    for m in re.findall(r"[a-z]+", mult.lower()):
        if m == "a":
            continue
        total = (total or 1) * _MULT[m]
    return round(total, 6) or None  # 4.1 * 1e6 is 4099999.9999999995 in floating point


def qualifier_before(prefix: str) -> str:
    """Qualifier implied by the words just before a number ('about', 'nearly', 'more than', 'up to')."""
    m = _QUAL_RE.search(prefix[-30:])
    if not m or _PARTICLE_OVER.search(prefix[-30:]):
        return "exact"
    found = m.group(1).lower()
    for name, pattern in _QUALIFIERS:
        if re.fullmatch(pattern, found, re.I):
            return name
    return "exact"


def _others_are_counted(before: str) -> bool:
    """Whether "N others" counts what the last count before it in `before` counts: a unit such as people, or no
    count before at all; not "to 53 countries and ... 27 others"."""
    last = None
    for last in _COUNTED_NOUN.finditer(before):
        pass
    if last is None:
        return True
    first, second = last.group(1).lower(), (last.group(2) or "").lower()
    return first in _UNIT_OF or f"{first} {second}" in _UNIT_OF or first in _MULT


def _bare_doses(text: str, start: int, after: str, vaccine_starts: Collection[int]) -> bool:
    """A number without its noun that counts doses of what was named, by the words around it: "a first batch of
    500,000 from Hungary", "another 50,000", "2,000 more", "300,000 of which", "200,000 donated by China", "has been
    assigned 756,000.", "the first 40,000 arrived", "500,000 of Sinopharm", "just 300,000 have arrived", "800,000 of
    the 2.5 million", "of which 245,200 arrived", "on top of 600,000 donated in March", "Of the 2 million doses pledged
    by Japan, 300,000 arrived"."""
    before = text[max(0, start - 40): start]
    of = _OF_AFTER.match(after)
    return bool(_BATCH_OF.search(before) or _FURTHER_BEFORE.search(before[-20:]) or _MORE_AFTER.match(after)
                or _PART_AFTER.match(after) or _GIVEN_AFTER.match(after) or _ARRIVED_AFTER.match(after)
                or _CLAUSE_OF_SUPPLY_AFTER.match(after)
                or _ADDED_GIVEN.search(before) and _GIVEN_PARTICIPLE_AFTER.match(after)
                or _SUPPLIED_BEFORE.search(before) and _BARE_END.match(after)
                or (_RANKED_BEFORE.search(before[-20:]) or _PARTITIVE_BEFORE.search(before[-30:])
                    or _WHOLE_OPENS_BEFORE.search(text[max(0, start - 160): start]))
                and (_MOVES_AFTER.match(after) or _BARE_END.match(after))
                or of is not None and len(text) - len(after) + of.end() in vaccine_starts)


def find_quantities(text: str, people_words: Mapping[int, int] | None = None,
                    vaccine_starts: Collection[int] = ()) -> list[Quantity]:
    """All counts of doses, people, vials or shipments in `text`; bare millions count as doses.

    `people_words` maps the start of each word that names people but no unit word lists (a demonym's
    plural: "500,000 Iraqis") to its end, and `vaccine_starts` holds where each vaccine's name starts
    ("and 500,000 of Sinopharm" counts doses); the parse finds them, so the caller passes them in.
    """
    out: list[Quantity] = []
    people_words = people_words or {}
    for m in QUANTITY_RE.finditer(text):
        num, mult, unit_txt = m.group("num"), m.group("mult") or "", (m.group("unit") or "").strip().lower()
        if not re.search(r"\d", num) and num.strip().lower() in ("a", "an", "half", "a half") and not mult:
            continue
        if _MONEY_BEFORE.search(text[: m.start()]) or _WORTH_BEFORE.search(text[max(0, m.start() - 40): m.start()]) \
                or _RATE_BEFORE.search(text[max(0, m.start() - 8): m.start()]):
            continue
        after = text[m.end("mult") if mult else m.end("num"):]  # the words after the number
        if _SHARE_AFTER.match(after):
            continue
        if not mult and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
            num = num.replace(".", "")  # "183.000 doses": a thousands point, as in Spanish or German
        if not unit_txt and _MONEY_AFTER.match(after):
            continue
        value = number_value(num, mult)
        if value is None:
            continue
        a_year = re.fullmatch(r"(19|20)\d\d", num.strip())
        people_at = len(text) - len(after.lstrip())
        end = m.end("unit") if unit_txt else m.end("mult")
        if unit_txt == "others" and not _others_are_counted(text[max(0, m.start() - 80): m.start()]):
            continue  # "to 53 countries and 27 others": more of the things counted before, not people
        if unit_txt:
            unit = _UNIT_OF[unit_txt]
        elif people_at in people_words and after[:1].isspace():
            unit, end = "people", people_words[people_at]
        elif (mult and value >= 1e5) or (value >= 100 and not a_year and
                                         _bare_doses(text, m.start(), after, vaccine_starts)):
            unit = "doses"
        else:
            continue
        if not mult and a_year and unit != "doses":
            continue
        if (unit == "people" or not unit_txt) and _WHOLE_BEFORE.search(text[max(0, m.start() - 8): m.start()]):
            continue
        if value < 10 and unit in ("doses", "people"):  # "two shots", "one dose per person": a regimen
            continue
        # "4 million-plus doses": more than the count
        qualifier = "more_than" if re.match(r"-plus\b", after, re.I) else qualifier_before(text[: m.start()])
        out.append(Quantity(value, unit, qualifier, m.start(), end, text[m.start():end]))
    return out


# --- dates ---------------------------------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
# a year's part ("early 2021", "by the end of 2021", "in the third quarter of 2022") is in that year; these are not
_BEYOND_A_YEAR = re.compile(r"\b(coming|next few|past|recent|previous|several|few|many|decades?|years|\d{4}s)\b", re.I)
_UNFIXABLE = re.compile(r"\b(coming|next few|past|recent|previous|several|few|many|decades?|years ago|"
                        r"quarters?|weeks?|season|summer|winter|spring|autumn|fall|half|end of|beginning|"
                        r"first|second|third|fourth|soon|now|currently|so far|later|early|late|mid)\b", re.I)


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + (d.month - 1) + months
    return idx // 12, idx % 12 + 1


def resolve_date(text: str, published: date | None, prefer: Prefer = "past") -> str | None:
    """ISO prefix for a date phrase, resolving relative phrases against `published`; None if unfixed.

    The reference date is an explicit parameter: nothing here reads the clock.
    """
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(r"^(?:as of|since|until|till|by|from|on|in|at|during|before|after|around|about|through)\s+", "", t)
    if numeric := _numeric_date(t):
        return numeric
    t = re.sub(r"\d{1,2}[.:]\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:on\s+)?", "", t).strip()
    if re.search(r"\d{4}s\b", t) or len(set(_YEAR.findall(t))) > 1:
        return None  # "in the 1990s", "in 2020 and 2021": no one year
    year = _YEAR.search(t)
    rel = _relative(t, published)
    if rel is not None or (not year and published is None):
        return rel
    month = next((n for w, n in _MONTHS.items() if re.search(rf"\b{w}\b\.?", t)), None)
    days = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", _YEAR.sub("", t))
    # "on the 11th and 29th of October": two days of one month date the event to the month
    day = int(days[0]) if len(days) == 1 and month else None
    if year and not month:
        return None if _BEYOND_A_YEAR.search(t) else year.group(1)
    if month is None:
        return _weekday(t, published, prefer) if published else None
    if year:
        y = int(year.group(1))
    elif published is not None:
        y = published.year
        probe = date(y, month, min(day or 1, 28))
        if prefer == "past" and probe > published + timedelta(days=31):
            y -= 1
        elif prefer == "future" and probe < published - timedelta(days=31):
            y += 1
        elif prefer == "nearest":  # "had planned to import them in March": a plan's month on either side
            y = min((y - 1, y, y + 1), key=lambda c: abs(probe.replace(year=c) - published))
    else:
        return None
    if day and 1 <= day <= calendar.monthrange(y, month)[1]:
        return f"{y:04d}-{month:02d}-{day:02d}"
    return f"{y:04d}-{month:02d}"


def _numeric_date(t: str) -> str | None:
    """"2021-04-14"; "14.04.2021" or "14/04/2021" where the day cannot be the month (over 12), "04/14/2021" too;
    "04/05/2021" could be either, so only its year is sure."""
    if m := re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", t):
        y, mo, d = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)", t):
        a, b, y = map(int, m.groups())
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            d, mo = b, a
        else:
            return f"{y:04d}"
    else:
        return None
    if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


# (a quarter stays unfixed, as the gold of dev has "in the third quarter of this year")
_PART = r"(?:end|beginning|start|middle|rest|remainder|(?:first|second) half)"


def _relative(t: str, published: date | None) -> str | None:
    if published is None:
        return None
    table = {
        # "by the end of the year", "later in the year": a part of the year of publication
        rf"(?:earlier |later )?this year|(?:the )?{_PART} of (?:the|this) year|(?:earlier|later) in the year|"
        r"(?:the )?year[- ]end":
            f"{published.year:04d}",
        rf"(?:(?:early|late|mid-?) )?last year|a year ago|(?:the )?{_PART} of last year": f"{published.year - 1:04d}",
        rf"(?:(?:early|late|mid-?) )?next year|(?:the )?{_PART} of next year": f"{published.year + 1:04d}",
        r"today|this (?:morning|afternoon|evening)|tonight": published.isoformat(),
        r"yesterday(?: morning| afternoon| evening)?|last night": (published - timedelta(days=1)).isoformat(),
        r"tomorrow(?: morning| afternoon| evening)?": (published + timedelta(days=1)).isoformat(),
        rf"(?:earlier |later |early |late |mid-?)?this month|(?:the )?{_PART} of (?:the|this) month|mid-?month|"
        r"month[- ]end":
            "%04d-%02d" % _shift_month(published, 0),
        rf"(?:(?:early|late|mid-?) )?last month|a month ago|(?:the )?{_PART} of last month":
            "%04d-%02d" % _shift_month(published, -1),
        rf"(?:(?:early|late|mid-?) )?next month|(?:the )?{_PART} of next month": "%04d-%02d" % _shift_month(published, 1),
    }
    for pattern, value in table.items():
        if re.fullmatch(pattern, t):
            return value
    if this_week := re.fullmatch(r"(earlier |later |early |late )?this week", t):
        # "earlier this week": from Monday to the telling; "later this week": from the telling to Sunday; "this
        # week": Monday to Sunday
        monday = published - timedelta(days=published.weekday())
        part = (this_week.group(1) or "").strip()
        first = published if part in ("later", "late") else monday
        last = published if part in ("earlier", "early") else monday + timedelta(days=6)
        return _span_prefix(first, last)
    # the calendar week that many weeks back ("last week", "a week ago", "two weeks ago")
    if weeks_ago := re.fullmatch(r"(?:early |late )?last week|a week ago|(two|three|four|\d) weeks ago", t):
        n = _WORDS.get(weeks_ago.group(1) or "one") or int(weeks_ago.group(1))
        monday = published - timedelta(days=published.weekday() + 7 * n)
        return _span_prefix(monday, monday + timedelta(days=6))
    if re.fullmatch(r"next week", t):
        monday = published + timedelta(days=7 - published.weekday())
        return _span_prefix(monday, monday + timedelta(days=6))
    if weekend := re.fullmatch(r"(last|this|next) weekend|(?:over )?the weekend|(?:this )?past weekend", t):
        # "last weekend": the Saturday and Sunday before the publication's week, "this weekend" its own
        shift = {"last": -7, "this": 0, "next": 7, None: 0}[weekend.group(1)]
        saturday = published - timedelta(days=published.weekday()) + timedelta(days=5 + shift)
        # "over the weekend" or "this past weekend", told on a weekday: the past one
        if weekend.group(1) is None and saturday > published:
            saturday -= timedelta(days=7)
        return _span_prefix(saturday, saturday + timedelta(days=1))
    return None


def _span_prefix(first: date, last: date) -> str | None:
    """A run of days (a week, a weekend) as precisely as a prefix can say it: its month, or its year when it
    spans two months."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


WEEKDAYS = [d.lower() for d in calendar.day_name]


def _weekday(t: str, published: date, prefer: Prefer) -> str | None:
    # "Wednesday night", "last Tuesday morning": the part of the day leaves the day as it is
    days = "|".join(WEEKDAYS)
    # "Tuesday last week", "next week's Monday": that day of the calendar week before or after publication's
    week = re.fullmatch(rf"({days}) (last|next|this) week|(last|next|this) week'?s? ({days})", t)
    if week:
        shift = {"last": -7, "this": 0, "next": 7}[week.group(2) or week.group(3)]
        monday = published - timedelta(days=published.weekday())
        return (monday + timedelta(days=shift + WEEKDAYS.index(week.group(1) or week.group(4)))).isoformat()
    if ordinal := re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", t):
        return _day_of_month(int(ordinal.group(1)), published, prefer)
    m = re.fullmatch(r"(?:(last|next|this) )?(" + days + r")(?: (?:morning|afternoon|evening|night))?", t)
    if not m:
        return _dateparser(t, published, prefer)
    target = WEEKDAYS.index(m.group(2))
    if m.group(1) == "next":
        delta = (target - published.weekday()) % 7 or 7
        return (published + timedelta(days=delta)).isoformat()
    if prefer == "future" and m.group(1) != "last":  # "will arrive on Tuesday", written on a Tuesday: that day
        return (published + timedelta(days=(target - published.weekday()) % 7)).isoformat()
    delta = (published.weekday() - target) % 7
    return (published - timedelta(days=delta)).isoformat()


def _day_of_month(day: int, published: date, prefer: Prefer) -> str | None:
    """"on the 5th": that day of the publication's month, or of the month before (past) or after (future) when the
    day is not on the side the tense asks for (dateparser took "5th" for May)."""
    year, month = published.year, published.month
    if prefer == "past" and day > published.day:
        year, month = _shift_month(published, -1)
    elif prefer == "future" and day < published.day:
        year, month = _shift_month(published, 1)
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= calendar.monthrange(year, month)[1] else None


def _dateparser(t: str, published: date, prefer: Prefer) -> str | None:
    """Last resort for phrases the rules above do not cover; only called on known date spans."""
    if _UNFIXABLE.search(t) or not re.search(r"\d|ago", t):
        return None
    import dateparser  # slow to import: only reached for unusual date phrases

    base = datetime(published.year, published.month, published.day)
    side = "current_period" if prefer == "nearest" else prefer
    found = dateparser.date.DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": side}
    ).get_date_data(t)
    if not found or found.date_obj is None:
        return None
    d = found.date_obj.date()
    return {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(found.period or "day", d.isoformat())


def parse_published(value: str | None) -> date | None:
    """The document's publication date from metadata, or None when absent or unparseable."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# "ANTANANARIVO, 20 February 2019 - UNICEF today delivered", "GENEVA, March 3, 2021 (WHO) -": a wire story's or a
# press release's first body line opens with where and when it was written
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\u2019-]{1,40},\s+"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?)"
    r"\s+(?P<y>(?:19|20)\d\d)\b[^\n]{0,30}?\s[-\u2013\u2014]\s", re.M)


def dateline_date(text: str) -> date | None:
    """The date a dateline at the top of an article gives, for an article whose metadata has no publication date:
    the date its relative dates ("today", "on Monday") count from. None when the top lines hold no dated dateline."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
    if month is None:
        return None
    try:
        return date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None
