"""The year's numbers, charts and sheets (pure). HTML, workbook and deck all render this
one :class:`Overview`, so their figures agree by construction; the charts, takeaways and
key figures come from the registry of questions (``analysis.questions``), so they also
agree with ``minutes charts`` and the notebooks.

Sheets are numeric (shares as 0-1 floats, counts as ints, a value the minutes do not state
as 'ikke oplyst'); ``df.attrs["formats"]`` gives each numeric column its Excel number
format (or a list, one per row). ``figures_table`` is the Danish text of the key figures
for HTML and the deck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from analysis import metrics, questions
from analysis.enrich import decisions
from analysis.errors import UsageError
from analysis.metrics.honesty import (
    MISSING_DA,
    format_decimal_da,
    format_int_da,
    format_pct_da,
    plural_da,
    round_shares,
)
from analysis.watchlist import Watch, watchlist_hits_by_year

#: Decision types that settle something, against those that only discuss or note (defined
#: once, in analysis.metrics, so the key figures and the forum comparison agree).
DECIDING_TYPES = metrics.DECIDING_TYPES
TALKING_TYPES = metrics.TALKING_TYPES

#: Excel number formats of the sheets (``df.attrs["formats"]``).
FMT_COUNT, FMT_SHARE, FMT_DECIMAL = "#,##0", "0 %", "0.0"


class NoMeetingsError(UsageError, ValueError):
    """The requested year (and forum) has no meetings in the tables (exit code 2)."""


@dataclass(frozen=True)
class Chart:
    """One key chart of the year with its one-line Danish takeaway."""

    name: str
    figure: go.Figure
    takeaway: str
    #: What the chart shows, in Danish (the deck's alt text).
    alt: str = ""


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
    #: Honesty notes shown above the figures: the caution when the year rests on few
    #: meetings or items, and meetings referred to in the minutes but missing.
    notes: tuple[str, ...] = ()

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
    return format_pct_da(share)


def decimal_da(value: float, digits: int = 1) -> str:
    """6.0 -> '6,0' (Danish decimal comma, thousands dot)."""
    return format_decimal_da(value, digits)


def key_figures(
    per_meeting: pd.DataFrame,
    decided: pd.DataFrame,
    followed: pd.DataFrame,
    recurring: pd.DataFrame,
) -> dict:
    """The headline numbers of the selected year, from the data of the registry's charts.

    per_meeting: ``01-items-per-meeting`` (every item, standing ones too): meetings,
    items, items_with_duration, minutes_stated / hours_stated (null when no item states a
    time). decided: ``03-decisions-by-theme`` (standing items left out): deciding /
    share_deciding, talking / share_talking (shares rounded together with the rest so
    they sum to 100 %), postponed, decided_items. followed: ``03-recommendation-followed``:
    followed / with_recommendation. recurring: ``04-case-timeline`` threads with an
    appearance in the year: recurring_cases.
    """
    durations = pd.to_numeric(per_meeting["duration_min"], errors="coerce").dropna()
    c = questions.deciding_counts(decided)
    other = c["items"] - c["deciding"] - c["talking"]
    p_deciding, p_talking, _ = round_shares([c["deciding"], c["talking"], other])
    return {
        "meetings": len(per_meeting),
        "items": int(per_meeting["n_items"].sum()),
        "items_with_duration": int(per_meeting["n_items_with_duration"].sum()),
        "minutes_stated": int(durations.sum()) if len(durations) else None,
        "hours_stated": round(float(durations.sum()) / 60, 1) if len(durations) else None,
        "decided_items": c["items"],
        "deciding": c["deciding"],
        "share_deciding": p_deciding / 100,
        "talking": c["talking"],
        "share_talking": p_talking / 100,
        "postponed": c["postponed"],
        **questions.followed_counts(followed),
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


def figure_text(key: str, figures: dict) -> str:
    """One key figure as Danish text: '43 %', '1,8', '6 af 8', 'ikke oplyst'."""
    value = figures[key]
    if value is None:
        return MISSING_DA
    if key.startswith("share_"):
        return format_pct_da(value)
    if key == "hours_stated":
        return format_decimal_da(value)
    if key == "followed":
        return f"{format_int_da(value)} af {format_int_da(figures['with_recommendation'])}"
    return format_int_da(value)


def figures_table(figures: dict) -> pd.DataFrame:
    """Nøgletal, Værdi: the key figures as Danish text (HTML cards, deck)."""
    rows = [
        {"Nøgletal": label, "Værdi": figure_text(key, figures)}
        for key, label in FIGURE_LABELS_DA.items()
    ]
    return pd.DataFrame(rows)


def figures_sheet(figures: dict) -> pd.DataFrame:
    """Nøgletal, Værdi (numeric), Forklaring: the key figures for the workbook.

    Shares are 0-1 with the format '0 %', counts ints, hours one decimal; a figure the
    minutes do not state is 'ikke oplyst'. "Fulgte indstillingen" is followed by the
    number of items where it can be judged, so the pair reads as 'x af y'.
    """
    notes = {
        "items": "Alle punkter, også de faste (godkendelse af dagsorden, eventuelt)",
        "share_deciding": f"Af {plural_da(figures['decided_items'], 'punkt', 'punkter')} "
        "uden de faste punkter",
        "share_talking": f"Af {plural_da(figures['decided_items'], 'punkt', 'punkter')} "
        "uden de faste punkter",
        "hours_stated": "Kun punkter, hvor referatet angiver varigheden",
        "postponed": "Uden de faste punkter",
        "recurring_cases": "Journalnumre på mere end ét møde (også tidligere år)",
    }
    rows, formats = [], []
    for key, label in FIGURE_LABELS_DA.items():
        value = figures[key]
        fmt = FMT_COUNT
        if key.startswith("share_"):
            fmt = FMT_SHARE
        elif key == "hours_stated":
            fmt = FMT_DECIMAL
        shown = MISSING_DA if value is None else value
        rows.append({"Nøgletal": label, "Værdi": shown, "Forklaring": notes.get(key, "")})
        formats.append(None if value is None else fmt)
        if key == "followed":
            rows.append(
                {
                    "Nøgletal": "Punkter, hvor det kan vurderes",
                    "Værdi": figures["with_recommendation"],
                    "Forklaring": "Punkter med indstilling og beslutning, uden de faste",
                }
            )
            formats.append(FMT_COUNT)
    out = pd.DataFrame(
        {
            "Nøgletal": [r["Nøgletal"] for r in rows],
            # object: counts stay ints beside the shares (a float column would make 2 -> 2.0)
            "Værdi": pd.Series([r["Værdi"] for r in rows], dtype="object"),
            "Forklaring": [r["Forklaring"] for r in rows],
        }
    )
    out.attrs["formats"] = {"Værdi": formats}
    return out


def recurring_threads(threads: pd.DataFrame, year: int) -> pd.DataFrame:
    """Case threads (``04-case-timeline`` data, all years) with an appearance in ``year``."""
    if threads.empty:
        return threads
    in_year = set(threads.loc[threads["date"].dt.year == year, "thread"])
    return threads[metrics.is_member(threads["thread"], in_year)].reset_index(drop=True)


def _missing(values: pd.Series) -> pd.Series:
    """Numbers with 'ikke oplyst' where the minutes state nothing (never 0)."""
    return values.astype("object").where(values.notna(), MISSING_DA)


def items_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per item of the year with Danish headers (also the HTML table)."""
    items = sel["items"].sort_values(["date", "number"])
    sections = sel["sections"]
    dec = sections[sections["section"] == "beslutning"].sort_values(["item_id", "position"])
    decision_text = dec.groupby("item_id")["text"].agg(decisions.decision_text)
    forum = sel["meetings"].set_index("meeting_id")["forum"]
    followed = items["followed_recommendation"].astype("boolean")
    out = pd.DataFrame(
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
            "Varighed (min.)": _missing(pd.to_numeric(items["duration_min"], errors="coerce")),
            # object first: mapped by an empty series (no decision in the year) the
            # Arrow-backed ids give an all-missing numeric column
            "Beslutning": items["item_id"].map(decision_text).astype(object).fillna(""),
        }
    ).reset_index(drop=True)
    out.attrs["formats"] = {"Nr.": "0", "Varighed (min.)": FMT_COUNT}
    return out


def meetings_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per meeting; participants and time 'ikke oplyst' where no list or time."""
    m = metrics.meeting_overview(sel)
    meta = sel["meetings"].set_index("meeting_id")
    out = pd.DataFrame(
        {
            "Dato": m["date"].dt.normalize(),
            "Forum": m["forum"],
            "Starttid": m["meeting_id"].map(meta["start_time"]).fillna(""),
            "Sted": m["meeting_id"].map(meta["location"]).fillna(""),
            "Punkter": m["n_items"].astype("int64"),
            "Mødetid (min., angivet)": _missing(m["duration_min"]),
            "Deltagere": _missing(m["n_participants"]),
        }
    )
    counts = ("Punkter", "Mødetid (min., angivet)", "Deltagere")
    out.attrs["formats"] = {c: FMT_COUNT for c in counts}
    return out


def decisions_sheet(sel: dict[str, pd.DataFrame]) -> pd.DataFrame:
    d = sel["decisions"].merge(
        sel["items"][["item_id", "date", "number", "title"]], on="item_id", how="left"
    )
    d = d.sort_values(["date", "number", "position"])
    out = pd.DataFrame(
        {
            "Dato": d["date"].dt.normalize(),
            "Nr.": d["number"].astype("int64"),
            "Titel": d["title"].astype(str),
            "Beslutningstype": d["decision_type"].map(metrics.decision_label),
            "Udtryk": d["evidence"].astype(str),
        }
    ).reset_index(drop=True)
    out.attrs["formats"] = {"Nr.": "0"}
    return out


def themes_sheet(theme_df: pd.DataFrame, year: int, before: bool) -> pd.DataFrame:
    """Items per primary theme this year (``02-theme-share-items`` data: standing items
    left out), shares rounded to sum to 100 %; the year before and the change only when
    that year has meetings (``before``)."""
    now = theme_df[theme_df["year"] == year].set_index("theme")
    out = pd.DataFrame(
        {
            "Tema": now["theme_label"],
            "Punkter": now["n_items"].astype("int64"),
            "Andel af punkter": [p / 100 for p in round_shares(now["n_items"])],
        }
    )
    formats = {"Punkter": FMT_COUNT, "Andel af punkter": FMT_SHARE}
    if before:
        prev = theme_df[theme_df["year"] == year - 1].set_index("theme")["n_items"]
        out["Punkter året før"] = prev.reindex(now.index).fillna(0).astype("int64")
        out["Ændring"] = out["Punkter"] - out["Punkter året før"]
        out = out[(out["Punkter"] > 0) | (out["Punkter året før"] > 0)]
        formats |= {"Punkter året før": FMT_COUNT, "Ændring": "+#,##0;-#,##0;0"}
    else:
        out = out[out["Punkter"] > 0]
    out = out.sort_values(["Punkter", "Tema"], ascending=[False, True]).reset_index(drop=True)
    out.attrs["formats"] = formats
    return out


def cases_sheet(recurring: pd.DataFrame) -> pd.DataFrame:
    cols = ["Sagsnummer", "Titel", "Første gang", "Seneste", "Antal møder", "Beslutninger"]
    if recurring.empty:
        out = pd.DataFrame(columns=cols)
    else:
        g = recurring.groupby("thread", sort=False)
        out = pd.DataFrame(
            {
                "Sagsnummer": list(g.groups),
                "Titel": g["thread_title"].first().to_numpy(),
                "Første gang": g["date"].min().dt.normalize().to_numpy(),
                "Seneste": g["date"].max().dt.normalize().to_numpy(),
                "Antal møder": g["meeting_id"].nunique().to_numpy(),
                "Beslutninger": g["decision_label"].agg(" → ".join).to_numpy(),
            }
        )
    out.attrs["formats"] = {"Antal møder": FMT_COUNT}
    return out


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


def forums_sheet(per_forum: pd.DataFrame, by_forum: pd.DataFrame) -> pd.DataFrame:
    """Key figures per forum of the year, Danish headers: meetings and items from
    ``01-forum-comparison`` (every item), decisions from ``03-decisions-by-forum``
    (standing items left out, as the key figures)."""
    fo = per_forum.groupby("forum_label", sort=False).agg(
        forum=("forum", "first"),
        municipality=("municipality", "first"),
        n_meetings=("n_meetings", "sum"),
        n_items=("n_items", "sum"),
        minutes=("minutes_stated", lambda s: s.dropna().sum() if s.notna().any() else None),
        first_date=("first_date", "min"),
        last_date=("last_date", "max"),
    )
    dec = {label: questions.deciding_counts(g) for label, g in by_forum.groupby("forum_label")}
    none = {"deciding": 0, "talking": 0, "items": 0}
    counted = {label: dec.get(label, none) for label in fo.index}
    shares = {
        label: round_shares(
            [c["deciding"], c["talking"], c["items"] - c["deciding"] - c["talking"]]
        )
        for label, c in counted.items()
    }
    out = pd.DataFrame(
        {
            "Forum": fo["forum"].astype(str).to_numpy(),
            "Kommune": fo["municipality"].astype("object").fillna("").to_numpy(),
            "Møder": fo["n_meetings"].astype("int64").to_numpy(),
            "Punkter": fo["n_items"].astype("int64").to_numpy(),
            "Punkter pr. møde": (fo["n_items"] / fo["n_meetings"].where(fo["n_meetings"] > 0))
            .round(1)
            .to_numpy(),
            "Mødetid (min., angivet)": _missing(fo["minutes"].astype("Float64")).to_numpy(),
            "Afgjort": [counted[lab]["deciding"] for lab in fo.index],
            "Andel afgjort": [shares[lab][0] / 100 for lab in fo.index],
            "Kun drøftet/orienteret": [counted[lab]["talking"] for lab in fo.index],
            "Andel kun drøftet/orienteret": [shares[lab][1] / 100 for lab in fo.index],
            "Første møde": pd.to_datetime(fo["first_date"]).dt.normalize().to_numpy(),
            "Seneste møde": pd.to_datetime(fo["last_date"]).dt.normalize().to_numpy(),
        }
    )
    out.attrs["formats"] = {
        "Møder": FMT_COUNT,
        "Punkter": FMT_COUNT,
        "Punkter pr. møde": FMT_DECIMAL,
        "Mødetid (min., angivet)": FMT_COUNT,
        "Afgjort": FMT_COUNT,
        "Andel afgjort": FMT_SHARE,
        "Kun drøftet/orienteret": FMT_COUNT,
        "Andel kun drøftet/orienteret": FMT_SHARE,
    }
    return out


def coverage_notes(tables: dict, year: int, forum: str | None) -> tuple[str, ...]:
    """The caution for a thin year and the meetings referred to but missing."""
    notes = []
    src = metrics.source(tables, forum, [year])
    if src.caution:
        notes.append(src.caution)
    missing = metrics.missing_meetings(tables, forum, [year])
    if len(missing):
        dates = [f"{d.day}.{d.month}.{d.year}" for d in missing["date"]]
        forums = metrics.join_da(sorted(set(missing["forum"])))
        notes.append(
            f"Referaterne nævner {plural_da(len(missing), 'møde', 'møder')} i {forums} i "
            f"{year}, som ikke er i materialet: {', '.join(dates)}."
        )
    return tuple(notes)


def _year_data(name: str, tables: dict, year: int, forum: str | None, before: bool):
    """(data, source, years) of an overview question in its scope (``questions.OVERVIEW``)."""
    scope = next(s for _, q, s in questions.OVERVIEW if q == name)
    if scope == "threads":
        threads = questions.data(name, tables, forum, None)
        return recurring_threads(threads, year), questions.source(name, tables, forum), None
    years = [year - 1, year] if scope == "year_and_before" and before else [year]
    return (
        questions.data(name, tables, forum, years),
        questions.source(name, tables, forum, years),
        years,
    )


def watchlist_sheet(hits: pd.DataFrame) -> pd.DataFrame:
    """The saved searches' hits of the year (``watchlist.watchlist_hits_by_year``), one row
    per search and item, with Danish headers."""
    out = pd.DataFrame(
        {
            "Søgning": hits["name"].astype(str),
            "Søgeord": hits["query"].astype(str),
            "Dato": pd.to_datetime(hits["date"]).dt.normalize(),
            "Forum": hits["forum"].astype(str),
            "Titel": hits["title"].astype(str),
            "Afsnit": hits["section_label"].astype(str),
            "Uddrag": hits["snippet"].astype(str),
        }
    ).reset_index(drop=True)
    out.attrs["empty"] = "Ingen hits i året"
    return out


def overview(
    tables: dict[str, pd.DataFrame],
    year: int,
    forum: str | None = None,
    watchlist: Sequence[Watch] = (),
) -> Overview:
    """Compute the yearly overview of ``year`` (one forum, or all present).

    Every chart, takeaway and key figure comes from a registry question
    (``questions.OVERVIEW``) with its own standing-items rule. ``watchlist``: the saved
    searches, whose hits of the year get a sheet "Gemte søgninger". Raises
    NoMeetingsError, in Danish, naming the forums and years that do have meetings.
    """
    sel = metrics.select(tables, forum, [year])
    # Only the item sheet and the saved searches read the sections, and only the year's
    # (``sel``, ``watchlist_hits_by_year``): every other step gets the tables without them, so
    # the largest table is not filtered again by each of the forty-odd selections below.
    full, tables = tables, {name: df for name, df in tables.items() if name != "sections"}
    if sel["meetings"].empty:
        where = f" i {forum}" if forum else ""
        raise NoMeetingsError(
            f"Der er ingen møder{where} i {year}; intet er skrevet. "
            + metrics.what_exists(tables["meetings"])
        )
    if forum is not None:  # as the minutes write it ('chefforum' asked: 'Chefforum')
        named = sorted(sel["meetings"]["forum"].astype(str).unique())
        forum = named[0] if len(named) == 1 else forum
    before = (year - 1) in years_present(tables, forum)
    scoped = {
        q: _year_data(q, tables, year, forum, before)
        for _, q, _ in questions.OVERVIEW
        if questions.applies(q, tables, forum, [year])
    }
    figures = key_figures(
        scoped["01-items-per-meeting"][0],
        scoped["03-decisions-by-theme"][0],
        scoped["03-recommendation-followed"][0],
        scoped["04-case-timeline"][0],
    )
    chart_list = []
    for chart_name, q, _ in questions.OVERVIEW:
        if q not in scoped:
            continue
        df, src, years = scoped[q]
        if q == "04-case-timeline" and df.empty:
            continue  # the sheet says there were none
        ctx = questions.Context(
            year=year, before=df if before else None, thin=src.caution is not None
        )
        takeaway = questions.takeaway(q, df, ctx)
        fig = questions.figure(q, tables, forum, years, df=df, src=src)
        alt = f"{questions.question(q).alt} {takeaway}".strip()
        chart_list.append(Chart(chart_name, fig, takeaway, alt))
    sheets = {
        "Nøgletal": figures_sheet(figures),
        "Møder": meetings_sheet(sel),
        "Punkter": items_sheet(sel),
        "Beslutninger": decisions_sheet(sel),
        "Temaer": themes_sheet(scoped["02-theme-share-items"][0], year, before),
        "Sager": cases_sheet(scoped["04-case-timeline"][0]),
        "Udsatte punkter": postponed_sheet(tables, year, forum),
    }
    if watchlist:
        hits = watchlist_hits_by_year(full, watchlist, year, forum)
        sheets["Gemte søgninger"] = watchlist_sheet(hits)
    if "01-forum-comparison" in scoped:  # several forums: right after the key figures
        by_forum = questions.data("03-decisions-by-forum", tables, forum, [year])
        fora = forums_sheet(scoped["01-forum-comparison"][0], by_forum)
        sheets = {"Nøgletal": sheets.pop("Nøgletal"), "Fora": fora, **sheets}
    forums = tuple(sorted(sel["meetings"]["forum"].astype(str).unique()))
    source = metrics.source(tables, forum, [year])
    notes = coverage_notes(tables, year, forum)
    return Overview(year, forum, forums, source.text, figures, chart_list, sheets, notes)
