"""The Streamlit app: `python -m pipeline dashboard --output output`. Pages read the committed tables
through `queries` (DuckDB, read-only, cached per commit); nothing here writes."""

from __future__ import annotations

import argparse
import html
import os
import sys
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import streamlit as st

from pipeline.dashboard import charts, queries
from pipeline.schema import EVENT_TYPES, STATUSES


def _output() -> Path:
    """The output folder: the `--output` after `--` on the command line, or VACCINE_OUTPUT."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--output", type=Path, default=Path(os.environ.get("VACCINE_OUTPUT", "output")))
    return ap.parse_known_args(sys.argv[1:])[0].output


@st.cache_data(max_entries=256, show_spinner=False)
def _cached(name: str, output: str, snapshot: str, kwargs: tuple[tuple[str, Any], ...]) -> Any:
    """One query's answer for one commit of the tables (`snapshot`): a new commit asks again."""
    fn: Callable[..., Any] = getattr(queries, name)
    return fn(Path(output), **dict(kwargs))


def ask(name: str, output: Path, snapshot: str, **kwargs: Any) -> Any:
    return _cached(name, str(output), snapshot, tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                                                            for k, v in kwargs.items())))


def overview(output: Path, snap: str) -> None:
    n = ask("counts", output, snap)
    cols = st.columns(4)
    cols[0].metric("documents", f"{n['documents']:,}")
    cols[1].metric("events (mentions)", f"{n['events']:,}")
    cols[2].metric("facts (happenings)", f"{n['facts']:,}")
    cols[3].metric("failed files", f"{n['failed']:,}")
    df = ask("doses_by_month", output, snap)
    if len(df):
        st.altair_chart(charts.doses_by_month(df), use_container_width=True)
    else:
        st.info("No counted doses yet.")


def world(output: Path, snap: str) -> None:
    df = ask("doses_received", output, snap)
    st.altair_chart(charts.world_map(df), use_container_width=True)
    st.dataframe(df, hide_index=True, width="stretch")


def flows(output: Path, snap: str) -> None:
    df = ask("flows", output, snap)
    if not len(df):
        st.info("No provider → recipient pairs between countries yet.")
        return
    st.altair_chart(charts.top_flows(df), use_container_width=True)
    st.dataframe(df, hide_index=True, width="stretch")


def events(output: Path, snap: str) -> None:
    opts = ask("options", output, snap)
    c1, c2, c3 = st.columns(3)
    types = c1.multiselect("event type", EVENT_TYPES, key="types")
    statuses = c1.multiselect("status", STATUSES, key="statuses")
    country = c2.selectbox("country or organisation", [""] + opts["countries"], key="country")
    vaccine = c2.selectbox("vaccine", [""] + opts["vaccines"], key="vaccine")
    since = c3.text_input("from (YYYY-MM-DD, YYYY-MM or YYYY)", key="since")
    until = c3.text_input("to", key="until")
    min_conf = st.slider("minimum confidence", 0.0, 1.0, 0.0, 0.05, key="min_confidence")
    text = st.text_input("evidence contains", key="text")
    df = ask("events", output, snap, types=types, statuses=statuses, country=country or None,
             vaccine=vaccine or None, since=since or None, until=until or None, min_confidence=min_conf,
             text=text or None)
    st.caption(f"{len(df)} events shown (at most 500, newest first)")
    st.dataframe(df, hide_index=True, width="stretch",
                 column_config={"url": st.column_config.LinkColumn("source"),
                                "evidence": st.column_config.TextColumn(width="large")})


def document(output: Path, snap: str) -> None:
    docs = ask("documents", output, snap)
    if not len(docs):
        st.info("No documents yet.")
        return
    labels = {r.doc_id: f"{r.title[:90]} ({r.n_events} events)" for r in docs.itertuples()}
    doc_id = st.selectbox("article", list(labels), format_func=labels.get, key="doc")
    row = docs[docs["doc_id"] == doc_id].iloc[0]
    evs = ask("document_events", output, snap, doc_id=doc_id)
    text = queries.source_text(output, doc_id, row["source_path"])
    if text is None:
        st.warning(f"The file {row['source_path']} is no longer there or has changed; its events:")
        st.dataframe(evs, hide_index=True)
        return
    st.markdown(highlight(text, evs), unsafe_allow_html=True)
    st.dataframe(evs, hide_index=True, width="stretch")


def highlight(text: str, evs: pd.DataFrame) -> str:
    """The text as HTML with each event's sentence marked and labelled by its type."""
    spans = sorted({(int(r.sentence_start), int(r.sentence_end)): r.event_type for r in evs.itertuples()}.items())
    out, pos = [], 0
    for (start, end), kind in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark title="{kind}">{html.escape(text[start:end])}</mark><sup>{kind}</sup>')
        pos = end
    out.append(html.escape(text[pos:]))
    return '<div style="white-space: pre-wrap">' + "".join(out) + "</div>"


def runs(output: Path, snap: str) -> None:
    st.dataframe(ask("runs", output, snap), hide_index=True, width="stretch")
    fails = ask("failures", output, snap)
    st.subheader(f"Failed files ({len(fails)})")
    st.dataframe(fails, hide_index=True, width="stretch")


PAGES = {"Overview": overview, "World map": world, "Provider → recipient": flows, "Events": events,
         "Document": document, "Runs": runs}


def main() -> None:
    st.set_page_config(page_title="Vaccine supply events", layout="wide")
    output = _output()
    page = st.sidebar.radio("page", list(PAGES), key="page")
    st.title(page)
    snap = queries.snapshot(output)
    if snap is None:
        st.info(f"No runs yet: {output} has no tables. Run `python -m pipeline run --input raw --output {output}`.")
        return
    st.sidebar.caption(f"tables of {output}, last updated {queries.updated(output):%Y-%m-%d %H:%M:%S} UTC")
    PAGES[page](output, snap)


main()
