from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schema import SchemaError, empty, to_arrow


def _event(**overrides: object) -> dict:
    row = {
        "event_id": "e1", "doc_id": "d1", "event_type": "delivery", "status": "asserted", "provider": ["Japan"],
        "recipient": ["Vietnam"], "vaccine": ["AstraZeneca"], "quantity": 1e6, "quantity_unit": "doses",
        "quantity_qualifier": "exact", "event_date": "2021-07", "date_text": "in July", "evidence": "...",
        "trigger": "donated", "confidence": 0.8, "sentence_start": 0, "sentence_end": 10,
        "provider_iso3": ["JPN"], "recipient_iso3": ["VNM"], "fact_id": "F1",
    }
    row.update(overrides)
    return row


def test_valid_events_convert() -> None:
    table = to_arrow("events", pd.DataFrame([_event()]))
    assert table.num_rows == 1 and table.schema.field("provider").type.value_type == "string"


BAD = [
    ("type", {"event_type": "gift"}, "event_type"),
    ("status", {"status": "maybe"}, "status"),
    ("unit", {"quantity_unit": "boxes"}, "quantity_unit"),
    ("confidence", {"confidence": 1.5}, "confidence"),
    ("null_id", {"event_id": None}, "event_id"),
]


@pytest.mark.parametrize(("overrides", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_invalid_events_rejected(overrides: dict, message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        to_arrow("events", pd.DataFrame([_event(**overrides)]))


def test_duplicate_keys_and_missing_columns_rejected() -> None:
    with pytest.raises(SchemaError, match="not unique"):
        to_arrow("events", pd.DataFrame([_event(), _event()]))
    with pytest.raises(SchemaError, match="missing columns"):
        to_arrow("events", pd.DataFrame([_event()]).drop(columns=["trigger"]))


@pytest.mark.parametrize("name", ["documents", "mentions", "events", "runs"])
def test_empty_tables_validate(name: str) -> None:
    assert to_arrow(name, empty(name)).num_rows == 0
