"""Countries: canonical names, ISO 3166-1 alpha-3 codes and the entity patterns that find them.

The country list, short and official names and ISO codes come from `country_converter` (UN members,
plus the states and territories with doses of their own that `countries.json` adds: Taiwan, Kosovo, the Cook
Islands, Puerto Rico, Bermuda, ...); `countries.json` holds by hand only what the library lacks:
the short names EVENTS.md uses where they differ from the library's, aliases (capitals standing for
states, "the DPRK", "the White House"), and the words that make "the Chinese health ministry" a state.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import country_converter as coco


@dataclass(frozen=True)
class Country:
    """One state: its canonical name, ISO3 code, the library's names for it and the aliases kept by hand."""

    name: str
    iso3: str
    names: tuple[str, ...]
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("pipeline").joinpath("countries.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every state the extractor knows, from the library, with the canonical names of `countries.json`."""
    data = _data()
    table = coco.CountryConverter().data
    keep = table["UNmember"].notna() | table["ISO3"].isin(data["extra_states"])
    out = []
    for row in table[keep].itertuples():
        name = data["canonical"].get(row.ISO3, row.name_short)
        names = dict.fromkeys([name, row.name_short, row.name_official])
        out.append(Country(name, row.ISO3, tuple(names), tuple(data["aliases"].get(name, []))))
    return tuple(sorted(out, key=lambda c: c.name))


def bare_names() -> dict[str, dict[str, str]]:
    """State -> its bare short name ("bare") and the state the name may stand for in an article ("other")."""
    return {k: v for k, v in _data()["bare_names"].items() if k != "_comment"}


@lru_cache(maxsize=1)
def iso3_of() -> dict[str, str]:
    """Canonical country name -> ISO3."""
    return {c.name: c.iso3 for c in countries()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital, as written -> its state, for the capitals `countries.json` keeps apart from the aliases."""
    return {c: state for state, caps in _data()["capitals"].items() if state != "_comment" for c in caps}


@lru_cache(maxsize=1)
def capital_states() -> dict[str, str]:
    """Lower-cased capital -> its state."""
    return {c.lower(): state for c, state in capitals().items()}


def iso3(parties: Iterable[str]) -> list[str]:
    """ISO3 codes of the countries among `parties`, in order; organisations and regions have none."""
    table = iso3_of()
    return list(dict.fromkeys(table[p] for p in parties if p in table))


def entity_patterns(demonyms: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Entity-ruler patterns (label GPE, id = canonical name) for every name of every country, with "the"
    where a name takes it, and every state organ named by a demonym or short prefix ("the Chinese health
    ministry", "US officials"), and the capitals written with hyphens, each as one name (id = the capital).
    `demonyms`: canonical name -> its demonyms (the NORP patterns)."""
    data = _data()
    organs = [o for word in data["organs"] for o in dict.fromkeys([word, word.title()])]
    out: list[dict[str, Any]] = []
    for c in countries():
        forms = [f for name in c.names for f in (name, f"the {name}", f"The {name}")]  # "the Philippines"
        forms += [f for alias in c.aliases for f in (alias, *(["The " + alias[4:]] if alias.startswith("the ") else []))]
        out += [{"label": "GPE", "pattern": f, "id": c.name} for f in dict.fromkeys(forms)]
        prefixes = dict.fromkeys([*demonyms.get(c.name, []), *data["organ_prefixes"].get(c.name, [])])
        out += [{"label": "GPE", "pattern": f"{p} {o}", "id": c.name} for p in prefixes for o in organs]
    # a capital written with hyphens is one name, though the tokenizer splits it: "PORT-AU-PRINCE" holds no AU
    out += [{"label": "GPE", "id": cap, "pattern": [
        {"ORTH": "-"} if part == "-" else {"LOWER": part.lower()} for part in re.split(r"(-)", cap)]}
        for cap in capitals() if "-" in cap]
    return out


def with_country_patterns(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entity patterns `rows` (of `entities.jsonl`) plus the generated country patterns, whose state
    organs take the demonyms of the NORP rows."""
    demonyms: dict[str, list[str]] = {}
    for row in rows:
        if row["label"] == "NORP":
            demonyms.setdefault(row["id"], []).append(row["pattern"])
    # the people by their demonym's plural ("500,000 Iraqis have received"); "Chinese", "British" have none
    plurals = [{"label": "NORP", "pattern": d + "s", "id": name} for name, ds in demonyms.items() for d in ds
               if not d.endswith(("ese", "sh", "ch", "s", "x", "z"))]
    known = {(r["label"], r["pattern"]) for r in rows if isinstance(r["pattern"], str)}
    return rows + [r for r in plurals if ("NORP", r["pattern"]) not in known] + entity_patterns(demonyms)
