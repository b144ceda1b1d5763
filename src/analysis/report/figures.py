"""The year's numbers, charts and sheets (pure). HTML, workbook and deck all render this
one :class:`Overview`, so their figures agree by construction."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, metrics
from analysis.enrich import decisions
from analysis.errors import UsageError

#: Decision types that settle something, against those that only discuss or note (defined
#: once, in analysis.metrics, so the key figures and the forum comparison agree).
DECIDING_TYPES = metrics.DECIDING_TYPES
TALKING_TYPES = metrics.TALKING_TYPES


class NoMeetingsError(UsageError, ValueError):
    """The requested year (and forum) has no meetings in the tables (exit code 2)."""


@dataclass(frozen=True)
class Chart:
    """One key chart of the year with its one-line Danish takeaway."""

    name: str
    figure: go.Figure
    takeaway: str


@dataclass(frozen=True)
class Overview:
    """Everything the yearly overview shows, computed once."""

    year: int
    forum: str | None
    forums: tuple[str, ...]
    source: str
    figures: dict[str, float | int | None]
    charts: list[Chart] = field(default_factory=list)
    sheets: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def title(self) -> str:
        who = self.forum or metrics.join_da(self.forums)
        return f"Årsoversigt {self.year}: {who}"


def years_present(tables: dict[str, pd.DataFrame], forum: str | None = None) -> list[int]:
    """Calendar years with at least one meeting (of ``forum``), ascending."""
    meetings = metrics.select(tables, forum)["meetings"]
    return sorted(int(y) for y in meetings["year"].unique())


def pct(share: float) -> str:
    """0.425 -> '43 %' (Danish style, no decimals)."""
    return f"{round(100 * share):d} %"


def decimal_da(value: float, digits: int = 1) -> str:
    """6.0 -> '6,0' (Danish decimal comma)."""
    return f"{value:.{digits}f}".replace(".", ",")


def key_figures(sel: dict[str, pd.DataFrame], recurring: pd.DataFrame) -> dict:
    """The headline numbers of the selected year.

    meetings, items, items_with_duration, minutes_stated, hours_stated (null when no item
    states a time), deciding / share_deciding (items whose primary decision settles
    something: approved, decided, rejected, recommended, referred), talking /
    share_talking (only discussed or noted), postponed, followed / with_recommendation,
    recurring_cases (non-standing journal numbers met at more than one meeting, counting
    earlier years).
    """
    items = sel["items"]
    n = len(items)
    durations = pd.to_numeric(items["duration_min"], errors="coerce").dropna()
    primary = items["decision_type"].astype("object").fillna("none")
    followed = items["followed_recommendation"].astype("boolean")
    deciding = int(primary.isin(DECIDING_TYPES).sum())
    talking = int(primary.isin(TALKING_TYPES).sum())
    return {
        "meetings": len(sel["meetings"]),
        "items": n,
        "items_with_duration": len(durations),
        "minutes_stated": int(durations.sum()),
        "hours_stated": round(float(durations.sum()) / 60, 1) if len(durations) else None,
        "deciding": deciding,
        "share_deciding": round(deciding / n, 3) if n else 0.0,
        "talking": talking,
        "share_talking": round(talking / n, 3) if n else 0.0,
        "postponed": int((primary == "postponed").sum()),
        "followed": int(followed.fillna(False).sum()),
        "with_recommendation": int(followed.notna().sum()),
        "recurring_cases": int(recurring["thread"].nunique()) if len(recurring) else 0,
    }


FIGURE_LABELS_DA: dict[str, str] = {
    "meetings": "Møder",
    "items": "Punkter",
    "hours_stated": "Timer mødetid (hvor angivet)",
    "share_deciding": "Andel afgjort",
    "share_talking": "Andel kun drøftet/orienteret",
    "postponed": "Udsatte punkter",
    "followed": "Fulgte indstillingen",
    "recurring_cases": "Sager der gik igen",
}


def figures_table(figures: dict) -> pd.DataFrame:
    """Nøgletal, Værdi: the key figures as shown in every format."""
    rows = []
    for key, label in FIGURE_LABELS_DA.items():
        value = figures[key]
        if key.startswith("share_"):
            shown = pct(value)
        elif key == "hours_stated":
            shown = "–" if value is None else decimal_da(value)
        elif key == "followed":
            shown = f"{value} af {figures['with_recommendation']}"
        else:
            shown = str(value)
        rows.append({"Nøgletal": label, "Værdi": shown})
    return pd.DataFrame(rows)


def recurring_threads(tables: dict, year: int, forum: str | None) -> pd.DataFrame:
    """Case threads (metrics.case_threads, all years) with an appearance in ``year``."""
    threads = metrics.case_threads(tables, forum, None)
    if threads.empty:
        return threads
    in_year = set(threads.loc[threads["date"].dt.year == year, "thread"])
    return threads[metrics.is_member(threads["thread"], in_year)].reset_index(drop=True)


def items_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per item of the year with Danish headers (also the HTML table)."""
    items = sel["items"].sort_values(["date", "number"])
    sections = sel["sections"]
    dec = sections[sections["section"] == "beslutning"].sort_values(["item_id", "position"])
    decision_text = dec.groupby("item_id")["text"].agg(decisions.decision_text)
    forum = sel["meetings"].set_index("meeting_id")["forum"]
    followed = items["followed_recommendation"].astype("boolean")
    return pd.DataFrame(
        {
            "Dato": items["date"].dt.normalize(),
            "Forum": items["meeting_id"].map(forum),
            "Nr.": items["number"].astype("int64"),
            "Titel": items["title"].astype(str),
            "Tema": items["theme"].map(metrics.theme_label),
            "Beslutningstype": items["decision_type"].map(metrics.decision_label),
            "Fulgte indstillingen": followed.map({True: "Ja", False: "Nej"}).fillna(""),
            "Sagsnummer": items["case_number"].astype("object").fillna(""),
            "KLE-emne": items["kle_title"].astype("object").fillna(""),
            "Varighed (min.)": items["duration_min"],
            "Beslutning": items["item_id"].map(decision_text).fillna(""),
        }
    ).reset_index(drop=True)


def meetings_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    m = metrics.meeting_overview(sel)
    meta = sel["meetings"].set_index("meeting_id")
    return pd.DataFrame(
        {
            "Dato": m["date"].dt.normalize(),
            "Forum": m["forum"],
            "Starttid": m["meeting_id"].map(meta["start_time"]).fillna(""),
            "Sted": m["meeting_id"].map(meta["location"]).fillna(""),
            "Punkter": m["n_items"],
            "Mødetid (min., angivet)": m["duration_min"],
            "Deltagere": m["n_participants"],
        }
    )


def decisions_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    d = sel["decisions"].merge(
        sel["items"][["item_id", "date", "number", "title"]], on="item_id", how="left"
    )
    d = d.sort_values(["date", "number", "position"])
    return pd.DataFrame(
        {
            "Dato": d["date"].dt.normalize(),
            "Nr.": d["number"].astype("int64"),
            "Titel": d["title"].astype(str),
            "Beslutningstype": d["decision_type"].map(metrics.decision_label),
            "Udtryk": d["evidence"].astype(str),
        }
    ).reset_index(drop=True)


def themes_sheet(tables: dict, year: int, forum: str | None) -> pd.DataFrame:
    """Items per primary theme this year and the year before."""
    share = metrics.theme_share_by_year(tables, forum, [year - 1, year])
    now = share[share["year"] == year].set_index("theme")
    before = share[share["year"] == year - 1].set_index("theme")
    out = pd.DataFrame(
        {
            "Tema": now["theme_label"],
            "Punkter": now["n_items"],
            "Andel af punkter": now["item_share"].round(3),
            "Punkter året før": before["n_items"].reindex(now.index).fillna(0).astype("int64"),
        }
    )
    out["Ændring"] = out["Punkter"] - out["Punkter året før"]
    out = out[(out["Punkter"] > 0) | (out["Punkter året før"] > 0)]
    return out.sort_values(["Punkter", "Tema"], ascending=[False, True]).reset_index(drop=True)


def cases_sheet(recurring: pd.DataFrame) -> pd.DataFrame:
    if recurring.empty:
        return pd.DataFrame(
            columns=["Sagsnummer", "Titel", "Første gang", "Seneste", "Antal møder", "Beslutninger"]
        )
    g = recurring.groupby("thread", sort=False)
    return pd.DataFrame(
        {
            "Sagsnummer": list(g.groups),
            "Titel": g["thread_title"].first().to_numpy(),
            "Første gang": g["date"].min().dt.normalize().to_numpy(),
            "Seneste": g["date"].max().dt.normalize().to_numpy(),
            "Antal møder": g["meeting_id"].nunique().to_numpy(),
            "Beslutninger": g["decision_label"].agg(" → ".join).to_numpy(),
        }
    )


def postponed_sheet(tables: dict, year: int, forum: str | None) -> pd.DataFrame:
    p = metrics.postponed_items(tables, forum, [year])
    return pd.DataFrame(
        {
            "Dato": p["date"].dt.normalize(),
            "Titel": p["title"],
            "Sagsnummer": p["case_number"].astype("object").fillna(""),
            "Kom igen": p["next_date"].dt.strftime("%d-%m-%Y").fillna("Nej"),
        }
    )


def forums_sheet(tables: dict, year: int) -> pd.DataFrame:
    """Key figures per forum of the year (metrics.forum_overview), Danish headers."""
    fo = metrics.forum_overview(tables, None, [year])
    return pd.DataFrame(
        {
            "Forum": fo["forum"].astype(str),
            "Kommune": fo["municipality"].astype("object").fillna(""),
            "Møder": fo["n_meetings"],
            "Punkter": fo["n_items"],
            "Punkter pr. møde": fo["items_per_meeting"].round(1),
            "Mødetid (min., angivet)": fo["minutes_stated"],
            "Afgjort": fo["n_deciding"],
            "Andel afgjort": fo["share_deciding"].round(3),
            "Kun drøftet/orienteret": fo["n_talking"],
            "Andel kun drøftet/orienteret": fo["share_talking"].round(3),
            "Første møde": fo["first_date"].dt.normalize(),
            "Seneste møde": fo["last_date"].dt.normalize(),
        }
    )


def _forum_takeaway(fo: pd.DataFrame, year: int) -> str:
    """'3 fora i 2024: Chefforum havde flest punkter, 5 på 1 møde, af i alt 12.'"""
    top = int(fo["n_items"].max())
    leaders = fo[fo["n_items"] == top]
    total = int(fo["n_items"].sum())
    head = f"{len(fo)} fora i {year}: "
    if len(leaders) > 1:
        who = metrics.join_da(leaders["forum_label"])
        return f"{head}{who} havde flest punkter, {top} hver, af i alt {total}."
    lead = leaders.iloc[0]
    n_meetings = int(lead["n_meetings"])
    meetings = f"{n_meetings} {'møde' if n_meetings == 1 else 'møder'}"
    return (
        f"{head}{lead['forum_label']} havde flest punkter, {top} på {meetings}, af i alt {total}."
    )


def _theme_takeaway(themes: pd.DataFrame, year: int) -> str:
    # The standing items (agenda approval, Eventuelt) say nothing about attention.
    skip = {metrics.NO_THEME_LABEL_DA, metrics.theme_label("faste_punkter")}
    named = themes[~themes["Tema"].isin(skip)]
    if named.empty or named["Punkter"].iloc[0] == 0:
        return f"Ingen temaer fra temalisten i {year}."
    top = named.iloc[0]
    change = int(top["Ændring"])
    trend = (
        "samme antal som"
        if change == 0
        else (f"{abs(change)} {'flere' if change > 0 else 'færre'} end")
    )
    return (
        f"{top['Tema']} fyldte mest i {year}: {top['Punkter']} punkter "
        f"({pct(top['Andel af punkter'])}), {trend} året før."
    )


def overview(tables: dict[str, pd.DataFrame], year: int, forum: str | None = None) -> Overview:
    """Compute the yearly overview of ``year`` (one forum, or all present).

    Raises NoMeetingsError, in Danish, naming the years that do have meetings.
    """
    sel = metrics.select(tables, forum, [year])
    if sel["meetings"].empty:
        present = ", ".join(str(y) for y in years_present(tables, forum)) or "ingen"
        where = f" i {forum}" if forum else ""
        raise NoMeetingsError(f"Der er ingen møder{where} i {year}. År med møder: {present}.")
    source = metrics.source_line(tables, forum, [year])
    recurring = recurring_threads(tables, year, forum)
    figures = key_figures(sel, recurring)
    themes = themes_sheet(tables, year, forum)

    theme_df = metrics.theme_share_by_year(tables, forum, [year - 1, year])
    dec_theme = metrics.decision_types_by_theme(tables, forum, [year])
    followed = metrics.recommendation_followed_by_year(tables, forum, [year])
    per_meeting = metrics.meeting_overview(tables, forum, [year])
    f = figures
    chart_list = [
        Chart(
            "temaer",
            charts.theme_share_chart(
                theme_df, metrics.source_line(tables, forum, [year - 1, year])
            ),
            _theme_takeaway(themes, year),
        ),
        Chart(
            "beslutninger-pr-tema",
            charts.decision_types_by_theme_chart(dec_theme, source),
            f"{pct(f['share_deciding'])} af punkterne blev afgjort; "
            f"{pct(f['share_talking'])} blev kun drøftet eller taget til efterretning.",
        ),
        Chart(
            "indstillinger",
            charts.recommendation_followed_chart(followed, source),
            f"Beslutningen fulgte indstillingen i {f['followed']} af "
            f"{f['with_recommendation']} punkter, hvor det kan vurderes.",
        ),
        Chart(
            "punkter-pr-moede",
            charts.items_per_meeting_chart(per_meeting, source),
            f"{f['meetings']} møder med i alt {f['items']} punkter "
            f"({decimal_da(f['items'] / max(f['meetings'], 1))} pr. møde).",
        ),
    ]
    several = forum is None and len(metrics.forums_present(tables, None, [year])) > 1
    if several:
        per_forum = metrics.forum_overview(tables, None, [year])
        chart_list.insert(
            0,
            Chart(
                "fora",
                charts.forum_comparison_chart(per_forum, source),
                _forum_takeaway(per_forum, year),
            ),
        )
    if len(recurring):
        chart_list.append(
            Chart(
                "sager-der-gik-igen",
                charts.case_timeline_chart(recurring, metrics.source_line(tables, forum)),
                f"{f['recurring_cases']} {'sag' if f['recurring_cases'] == 1 else 'sager'} "
                "var på dagsordenen ved mere end ét møde.",
            )
        )
    sheets = {
        "Nøgletal": figures_table(figures),
        "Møder": meetings_sheet(sel),
        "Punkter": items_sheet(sel),
        "Beslutninger": decisions_sheet(sel),
        "Temaer": themes,
        "Sager": cases_sheet(recurring),
        "Udsatte punkter": postponed_sheet(tables, year, forum),
    }
    if several:  # right after the key figures
        sheets = {"Nøgletal": sheets.pop("Nøgletal"), "Fora": forums_sheet(tables, year), **sheets}
    forums = tuple(sorted(sel["meetings"]["forum"].astype(str).unique()))
    return Overview(year, forum, forums, source, figures, chart_list, sheets)
