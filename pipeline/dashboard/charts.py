"""The dashboard's charts as Altair objects: drawn by Streamlit in the app and rendered to PNG by
`render.py` (vl-convert, no browser), so the README's picture is the app's chart."""

from __future__ import annotations

import altair as alt
import pandas as pd

from pipeline.dashboard.world import features


def doses_by_month(df: pd.DataFrame) -> alt.Chart:
    """Stacked bars: doses per month, by event type (facts, asserted)."""
    return alt.Chart(df, title="Doses per month, by event type (each happening once)").mark_bar().encode(
        x=alt.X("month:O", title="month"), y=alt.Y("sum(doses):Q", title="doses"),
        color=alt.Color("event_type:N", title="event type"),
        tooltip=["month", "event_type", alt.Tooltip("doses:Q", format=",.0f"), "facts"],
    ).properties(width=640, height=260)


def world_map(df: pd.DataFrame) -> alt.LayerChart:
    """Countries shaded by doses received (asserted deliveries); countries with none in grey."""
    # one GeoJSON object rather than rows: Streamlit would try (and fail) to turn rows of shapes into a table
    shapes = alt.InlineData(values={"type": "FeatureCollection", "features": list(features())},
                            format=alt.DataFormat(property="features", type="json"))
    base = alt.Chart(shapes).mark_geoshape(fill="#e5e5e5", stroke="white", strokeWidth=0.3)
    received = alt.Chart(shapes).mark_geoshape(stroke="white", strokeWidth=0.3).encode(
        color=alt.Color("doses:Q", title="doses received", scale=alt.Scale(type="log", scheme="blues")),
        tooltip=[alt.Tooltip("properties.name:N", title="country"), alt.Tooltip("doses:Q", format=",.0f"),
                 alt.Tooltip("facts:Q")],
    ).transform_lookup(lookup="id", from_=alt.LookupData(df, "iso3", ["doses", "facts"])).transform_filter(
        "datum.doses > 0")
    return (base + received).project("equalEarth").properties(
        width=720, height=380, title="Doses delivered, by recipient country")


def top_flows(df: pd.DataFrame, n: int = 20) -> alt.Chart:
    """The `n` provider -> recipient pairs with the most happenings."""
    top = df.assign(pair=df["provider_iso3"] + " → " + df["recipient_iso3"]).groupby(
        ["pair", "event_type"], as_index=False)[["facts"]].sum()
    keep = top.groupby("pair")["facts"].sum().nlargest(n).index
    return alt.Chart(top[top["pair"].isin(keep)], title="Provider → recipient: happenings by type").mark_bar().encode(
        y=alt.Y("pair:N", sort="-x", title=None), x=alt.X("sum(facts):Q", title="happenings"),
        color=alt.Color("event_type:N", title="event type"), tooltip=["pair", "event_type", "facts"],
    ).properties(width=560, height=max(120, 18 * len(keep)))
