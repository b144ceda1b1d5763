"""Charts of policy areas: each area's share of the year's items, decision types per area."""

from __future__ import annotations

from functools import partial

import pandas as pd
import plotly.graph_objects as go

from analysis.charts.decisions import decision_types_by_theme_chart
from analysis.charts.layout import _empty, _finish, _sub, column_pct_cells, shorten
from analysis.charts.template import _MARGIN, _TICK_FONT
from analysis.metrics import NO_AREA, format_int_da
from analysis.metrics.periods import grid


def policy_area_share_chart(
    df: pd.DataFrame,
    source: str | None = None,
    max_areas: int = 21,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> go.Figure:
    """Heatmap, policy area × year: each area's share of the year's items.

    In: metrics.policy_area_share_by_year. A heatmap rather than stacked bars: twenty areas
    do not fit in a legend, and a row per area reads across the years. Each column's
    percentages are rounded to sum to 100; the year's n stands under it; areas without
    items in the selection are left out, 'Uden område' last.
    """
    title = title or "Politikområdernes andel af punkterne pr. år"
    data = df[df["year_items"] > 0] if not df.empty else df
    if data.empty:
        return _empty(title, source)
    totals = data.groupby("policy_area", sort=False)["n_items"].sum()
    areas = [a for a in totals.index if totals[a] > 0 and a != NO_AREA][:max_areas]
    areas += [NO_AREA] if totals.get(NO_AREA, 0) > 0 else []
    years = sorted(int(y) for y in data["year"].unique())
    count = grid(data, "policy_area", "year", "n_items", areas, years).fillna(0)
    share = grid(data, "policy_area", "year", "item_share", areas, years).fillna(0) * 100
    n_year = data.drop_duplicates("year").set_index("year")["year_items"]
    names = data.drop_duplicates("policy_area").set_index("policy_area")["area_label"]
    ticks = [
        f"{y}<br><span style='font-size:12px'>n = {format_int_da(n_year[y])}</span>" for y in years
    ]
    text, cells = column_pct_cells(count)
    fig = go.Figure(
        go.Heatmap(
            z=share.to_numpy(),
            x=ticks,
            y=[shorten(names[a], 40) for a in areas],
            text=text,
            texttemplate="%{text}",
            textfont={"size": _TICK_FONT if len(areas) <= 12 else 12},
            customdata=cells,
            xgap=3,
            ygap=2,
            zmin=0,
            colorscale="Blues",
            showscale=False,
            hovertemplate="%{y}<br>%{x}: %{customdata[1]} % (%{customdata[0]} punkter)"
            "<extra></extra>",
            # what each row and column stands for, so a click on a cell names its items
            meta={"rows": {"policy_area": [str(a) for a in areas]}, "columns": {"year": years}},
        )
    )
    fig.update_yaxes(autorange="reversed", showgrid=False, ticks="")
    fig.update_xaxes(showline=False, ticks="", showgrid=False, side="top", tickangle=0)
    fig.update_layout(margin={"t": _MARGIN["t"] + 44})  # year and n above the cells
    sub = "Andel af årets punkter pr. primært politikområde (faste punkter udeladt)"
    return _finish(fig, title, _sub(subtitle, sub), source)


#: Horizontal stacked bars: decision types within each policy area (n in the row label).
#: In: metrics.decision_types_by_policy_area.
decision_types_by_policy_area_chart = partial(
    decision_types_by_theme_chart,
    key="policy_area",
    label="area_label",
    label_width=36,
    subtitle="Primær beslutningstype inden for hvert politikområde (n = antal punkter)",
)
