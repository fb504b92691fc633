"""Dashboard page times over synthetic tables: `uv run python bench/dashboard.py --events 100000`.

Builds documents, events and facts of the declared schemas (random countries, vaccines, dates), commits
them like a run does, then renders every page with Streamlit's AppTest: first (cold: DuckDB queries)
and again (warm: cached until the next commit)."""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline import store  # noqa: E402
from pipeline.countries import countries  # noqa: E402
from pipeline.schema import EVENT_TYPES, STATUSES  # noqa: E402

VACCINES = ["AstraZeneca", "Pfizer-BioNTech", "Sinovac", "Sinopharm", "Moderna", "Johnson & Johnson"]


def synthetic(out: Path, n_events: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    states = [(c.name, c.iso3) for c in countries()]
    n_docs = max(1, n_events // 10)
    now = datetime.now(timezone.utc)
    docs = pd.DataFrame([{"doc_id": f"d{i}", "source_path": f"raw/d{i}.txt", "article": f"d{i}.txt", "source": None,
                          "title": f"Article {i}", "published": f"2021-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          "url": f"https://example.org/{i}", "n_chars": 3000, "n_events": 10, "status": "ok",
                          "error": None, "pipeline_version": "bench", "run_id": "r1", "file_hash": f"h{i}"}
                         for i in range(n_docs)])
    events, facts = [], []
    for i in range(n_events):
        (p, piso), (r, riso) = rng.sample(states, 2)
        kind, status = rng.choice(EVENT_TYPES), rng.choice(STATUSES)
        date = f"2021-{rng.randint(1, 12):02d}"
        q = float(rng.randint(1, 500) * 10_000)
        events.append({"event_id": f"e{i}", "doc_id": f"d{i % n_docs}", "event_type": kind, "status": status,
                       "provider": [p], "recipient": [r], "vaccine": [rng.choice(VACCINES)], "quantity": q,
                       "quantity_unit": "doses", "quantity_qualifier": "exact", "event_date": date,
                       "date_text": date, "evidence": f"{p} sent {q:,.0f} doses to {r}.", "trigger": "sent",
                       "confidence": rng.random(), "sentence_start": 0, "sentence_end": 40, "provider_iso3": [piso],
                       "recipient_iso3": [riso], "fact_id": f"F{i // 2}"})
        if i % 2 == 0:
            facts.append({"fact_id": f"F{i // 2}", "event_type": kind, "status": status, "provider": [p],
                          "recipient": [r], "vaccine": [], "provider_iso3": [piso], "recipient_iso3": [riso],
                          "quantity": q, "quantity_min": q, "quantity_max": q, "quantity_unit": "doses",
                          "event_date": date, "first_reported": date + "-01", "last_reported": date + "-02",
                          "n_mentions": 2, "n_documents": 1, "confidence": 0.9, "event_ids": [f"e{i}", f"e{i + 1}"],
                          "created": now})
    runs = pd.DataFrame([{"run_id": "r1", "started": now, "finished": now, "pipeline_version": "bench", "n_new": n_docs,
                          "n_skipped": 0, "n_failed": 0, "n_events": n_events, "task_runner": "thread", "n_removed": 0}])
    with store.Commit(out) as commit:
        commit.write("documents", docs)
        commit.write("events", pd.DataFrame(events))
        commit.write("facts", pd.DataFrame(facts))
        commit.write("mentions", store.empty("mentions"))
        commit.write("runs", runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    from streamlit.testing.v1 import AppTest

    out = Path(tempfile.mkdtemp(prefix="vaccine-dash-"))
    synthetic(out, args.events)
    os.environ["VACCINE_OUTPUT"] = str(out)
    app = str(REPO / "pipeline" / "dashboard" / "app.py")
    print(f"{args.events} events, {args.events // 2} facts, {args.events // 10} documents")
    for page in ["Overview", "World map", "Provider → recipient", "Events", "Document", "Runs"]:
        at = AppTest.from_file(app, default_timeout=120)
        at.session_state["page"] = page
        started = time.monotonic()
        at.run()
        cold = time.monotonic() - started
        started = time.monotonic()
        at.run()
        warm = time.monotonic() - started
        assert not at.exception, at.exception
        print(f"{page:<22} first {cold:5.2f} s   again {warm:5.2f} s")


if __name__ == "__main__":
    main()
