"""Full relink of N synthetic events into facts, timed (issue 14: 100,000 events in under 60 s on 2 cores).

Run: uv run python bench/facts_link.py --events 100000

Events are drawn like a news archive's: 5 mentions per document on average, six types, a few hundred
parties, counts and dates repeated across documents for the same happening (a third of the happenings
are told by two to four documents), so blocking and cross-document linkage both do real work.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.countries import countries, iso3  # noqa: E402
from pipeline.facts import fact_table, link  # noqa: E402
from pipeline.schema import EVENT_TYPES  # noqa: E402


def synthetic(n: int, seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = random.Random(seed)
    names = [c.name for c in countries()] + ["COVAX", "UNICEF", "Pfizer", "Sinovac", "AstraZeneca", "Gavi"]
    happenings = [(rng.choice(EVENT_TYPES), rng.choice(names), rng.choice(names),
                   rng.choice([None, rng.randrange(1, 500) * 10_000]),
                   rng.choice([None, f"2021-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"]))
                  for _ in range(n // 3)]
    events, docs, doc = [], [], 0
    while len(events) < n:
        doc_id = f"d{doc:07d}"
        docs.append({"doc_id": doc_id, "published": f"2021-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"})
        for k in range(rng.randrange(1, 10)):
            etype, provider, recipient, quantity, date = rng.choice(happenings)
            events.append({
                "event_id": f"{doc_id}-{k}", "doc_id": doc_id, "event_type": etype,
                "status": rng.choice(["asserted", "planned", "negated"]),
                "provider": [provider] if rng.random() < 0.7 else [], "recipient": [recipient],
                "vaccine": [], "quantity": quantity if rng.random() < 0.8 else None,
                "quantity_unit": "doses", "event_date": date if rng.random() < 0.7 else None,
                "evidence": "synthetic", "sentence_start": 100 * k, "confidence": 0.8,
                "provider_iso3": iso3([provider]), "recipient_iso3": iso3([recipient]), "fact_id": None})
        doc += 1
    return pd.DataFrame(events[:n]), pd.DataFrame(docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    events, docs = synthetic(args.events)
    start = time.perf_counter()
    events["fact_id"], created = link(events)
    linked = time.perf_counter()
    facts = fact_table(events, docs, created)
    done = time.perf_counter()
    print(f"{len(events)} events in {events['doc_id'].nunique()} documents -> {len(facts)} facts "
          f"({int((facts['n_documents'] > 1).sum())} across documents)")
    print(f"full relink {linked - start:.1f} s, facts table {done - linked:.1f} s, total {done - start:.1f} s")


if __name__ == "__main__":
    main()
