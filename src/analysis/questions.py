"""The registry of questions: each chart defined once, so a figure is the same everywhere.

A :class:`Question` names its metric (``analysis.metrics``), its chart
(``analysis.charts``), whether the standing items (agenda approval, Eventuelt) count, its
Danish title, its alt text and its takeaway sentence. ``minutes charts``
(``export.chart_set``), the yearly overview (``report.figures``: key figures, charts,
sheets) and the notebooks all go through :func:`data` / :func:`figure`, so the same
selection gives the same numbers in every output.

Adding a question is one entry in ``QUESTIONS``: a metric ``(tables) -> DataFrame`` over
the selected tables, a chart ``(df, source, title=...) -> Figure``, the standing-items
rule, title and alt text (and a takeaway when the overview shows it). ``minutes charts``
then writes ``reports/charts/<name>.png/.svg``; add the name to ``OVERVIEW`` to put it in
the yearly overview.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

import pandas as pd
import plotly.graph_objects as go

from analysis import charts, metrics
from analysis.metrics import Forum, Source, Tables, Years
from analysis.metrics.honesty import (
    format_decimal_da,
    format_int_da,
    format_pct_da,
    leaders,
    plural_da,
    round_shares,
)

#: (data, context) -> the one-line Danish takeaway of a chart.
Takeaway = Callable[[pd.DataFrame, "Context"], str]


@dataclass(frozen=True)
class Context:
    """What a takeaway may need besides the chart's data: the year in focus (the yearly
    overview), and the year before's data when that year has meetings (else None)."""

    year: int | None = None
    before: pd.DataFrame | None = None
    #: The year or the year before rests on few meetings or items: no trend is named.
    thin: bool = False


@dataclass(frozen=True)
class Question:
    """One named chart: metric, chart, standing-items rule, Danish title, alt text and
    takeaway. ``several_forums``: drawn only when the selection holds more than one forum.
    ``chart_args``: extra chart arguments computed from the selected tables."""

    name: str
    title: str
    metric: Callable[[Tables], pd.DataFrame]
    chart: Callable[..., go.Figure]
    standing: bool
    alt: str
    takeaway: Takeaway | None = None
    several_forums: bool = False
    chart_args: Callable[[Tables], dict] = field(default=lambda t: {})


# --- takeaways ------------------------------------------------------------------------


def _pcts(counts: Mapping[str, int]) -> dict[str, int]:
    """Whole percentages of ``counts`` summing to 100 (``honesty.round_shares``)."""
    return dict(zip(counts, round_shares(counts.values()), strict=True))


def deciding_counts(df: pd.DataFrame) -> dict[str, int]:
    """Items deciding / talking / postponed / in all, from decision-type data (any frame
    with decision_type and n_items: by year, theme or forum)."""
    n = df.groupby("decision_type")["n_items"].sum()
    return {
        "deciding": int(n.reindex(metrics.DECIDING_TYPES).fillna(0).sum()),
        "talking": int(n.reindex(metrics.TALKING_TYPES).fillna(0).sum()),
        "postponed": int(n.get("postponed", 0)),
        "items": int(n.sum()),
    }


def _decisions_takeaway(df: pd.DataFrame, ctx: Context) -> str:
    c = deciding_counts(df)
    if not c["items"]:
        return "Ingen punkter med beslutning i udsnittet."
    if c["items"] < metrics.FEW_ITEMS:  # a share of a handful says less than the count
        return (
            f"{c['deciding']} af {plural_da(c['items'], 'punkt', 'punkter')} blev afgjort; "
            f"{c['talking']} blev kun drøftet eller taget til efterretning."
        )
    other = c["items"] - c["deciding"] - c["talking"]
    pct = _pcts({"deciding": c["deciding"], "talking": c["talking"], "other": other})
    return (
        f"{pct['deciding']} % af {plural_da(c['items'], 'punkt', 'punkter')} blev afgjort; "
        f"{pct['talking']} % blev kun drøftet eller taget til efterretning."
    )


def followed_counts(df: pd.DataFrame) -> dict[str, int]:
    """Items whose decision followed / could be judged, from recommendation data."""
    n = df.groupby("outcome")["n_items"].sum()
    followed, not_followed = int(n.get("followed", 0)), int(n.get("not_followed", 0))
    return {"followed": followed, "with_recommendation": followed + not_followed}


def _followed_takeaway(df: pd.DataFrame, ctx: Context) -> str:
    c = followed_counts(df)
    if not c["with_recommendation"]:
        return "Ingen punkter, hvor det kan vurderes, om beslutningen fulgte indstillingen."
    return (
        f"Beslutningen fulgte indstillingen i {c['followed']} af "
        f"{plural_da(c['with_recommendation'], 'punkt', 'punkter')}, hvor det kan vurderes."
    )


def _meetings_takeaway(df: pd.DataFrame, ctx: Context) -> str:
    meetings, items = len(df), int(df["n_items"].sum())
    per = format_decimal_da(items / meetings) if meetings else "0"
    return (
        f"{plural_da(meetings, 'møde', 'møder')} med i alt "
        f"{plural_da(items, 'punkt', 'punkter')} ({per} pr. møde)."
    )


def _themes_takeaway(
    df: pd.DataFrame,
    ctx: Context,
    key: str = "theme",
    label: str = "theme_label",
    skip: frozenset[str] = frozenset({metrics.NO_THEME, "faste_punkter"}),
    none: str = "Ingen temaer fra temalisten i {year}.",
) -> str:
    """The largest theme of the year (ties named as ties), against the year before only
    when that year has data and neither year rests on few meetings or items. ``key`` /
    ``label`` / ``skip`` / ``none``: the same for another classification (policy areas);
    ``skip``: keys that say nothing about attention."""
    year = ctx.year if ctx.year is not None else int(df["year"].max())
    now = df[df["year"] == year]
    named = now[~now[key].isin(skip) & (now["n_items"] > 0)]
    if named.empty:
        return none.format(year=year)
    counts = dict(zip(named[label], named["n_items"].astype(int), strict=True))
    top, n = leaders(counts)
    pct = dict(zip(now[label], round_shares(now["n_items"]), strict=True))
    if len(top) > 1:
        return (
            f"{metrics.join_da(top)} fyldte lige meget i {year}: "
            f"{plural_da(int(n), 'punkt', 'punkter')} "
            f"({format_pct_da(n / now['n_items'].sum())}) hver."
        )
    name = top[0]
    text = f"{name} fyldte mest i {year}: {plural_da(int(n), 'punkt', 'punkter')} ({pct[name]} %)"
    if ctx.before is not None and not ctx.thin:
        prev = ctx.before[(ctx.before["year"] == year - 1) & (ctx.before[label] == name)]
        change = metrics.change_text(int(n), int(prev["n_items"].sum()))
        text += f", {change}"
    return text + "."


def _forums_takeaway(df: pd.DataFrame, ctx: Context) -> str:
    """'3 fora: Chefforum havde flest punkter, 5 på 1 møde, af i alt 12.'"""
    fo = df.groupby("forum_label", sort=False)[["n_items", "n_meetings"]].sum()
    total = int(fo["n_items"].sum())
    top, n = leaders(dict(fo["n_items"].astype(int)))
    head = f"{len(fo)} fora" + (f" i {ctx.year}" if ctx.year else "") + ": "
    if len(top) > 1:
        return (
            f"{head}{metrics.join_da(top)} havde flest punkter, {format_int_da(n)} hver, "
            f"af i alt {format_int_da(total)}."
        )
    meetings = plural_da(int(fo.at[top[0], "n_meetings"]), "møde", "møder")
    return (
        f"{head}{top[0]} havde flest punkter, {format_int_da(n)} på {meetings}, "
        f"af i alt {format_int_da(total)}."
    )


def _cases_takeaway(df: pd.DataFrame, ctx: Context) -> str:
    n = int(df["thread"].nunique()) if len(df) else 0
    return f"{plural_da(n, 'sag', 'sager')} var på dagsordenen ved mere end ét møde."


# --- the registry -----------------------------------------------------------------------


def _span(t: Tables) -> dict:
    meetings = t["meetings"]
    return {"date_range": (meetings["date"].min(), meetings["date"].max())} if len(meetings) else {}


_QUESTIONS: tuple[Question, ...] = (
    Question(
        "01-meetings-per-year",
        "Møder pr. år",
        metrics.meetings_per_year,
        charts.meetings_per_year_chart,
        standing=True,
        alt="Søjler: antal møder med referat pr. år, én farve pr. forum.",
    ),
    Question(
        "01-items-per-meeting",
        "Punkter pr. møde",
        metrics.meeting_overview,
        charts.items_per_meeting_chart,
        standing=True,
        alt="Søjler: antal dagsordenspunkter på hvert møde (alle punkter, også de faste).",
        takeaway=_meetings_takeaway,
    ),
    Question(
        "01-minutes-per-meeting",
        "Mødetid pr. møde",
        metrics.meeting_overview,
        charts.minutes_per_meeting_chart,
        standing=True,
        alt="Søjler: den angivne mødetid pr. møde; møder uden angivet tid er markeret.",
    ),
    Question(
        "01-sections",
        "Afsnit i punkterne",
        metrics.section_presence,
        charts.section_presence_chart,
        standing=True,
        alt="Vandrette søjler: andelen af punkterne, der har hvert afsnit.",
    ),
    Question(
        "01-file-coverage",
        "Referatfiler: status og dækning",
        metrics.file_coverage,
        charts.coverage_chart,
        standing=True,
        alt="Vandrette søjler: hvor stor en del af hver referatfils tekst der er læst ind.",
    ),
    Question(
        "01-forum-comparison",
        "Fora side om side",
        partial(metrics.forum_overview, by_year=True),
        charts.forum_comparison_chart,
        standing=True,
        alt="To paneler: antal møder og antal punkter i hvert forum.",
        takeaway=_forums_takeaway,
        several_forums=True,
    ),
    Question(
        "02-theme-share-items",
        "Temaernes andel af punkterne pr. år",
        metrics.theme_share_by_year,
        charts.theme_share_chart,
        standing=False,
        alt="Stablede søjler: hvert temas andel af årets punkter (faste punkter udeladt).",
        takeaway=_themes_takeaway,
    ),
    Question(
        "02-theme-share-minutes",
        "Temaernes andel af mødetiden pr. år",
        metrics.theme_share_by_year,
        partial(charts.theme_share_chart, measure="minutes"),
        standing=False,
        alt="Stablede søjler: hvert temas andel af den angivne mødetid pr. år.",
    ),
    Question(
        "02-theme-heatmap",
        "Temaer møde for møde",
        metrics.theme_meeting_matrix,
        charts.theme_heatmap,
        standing=False,
        alt="Varmekort: antal punkter med hvert tema på hvert møde.",
    ),
    Question(
        "02-topics",
        "Emner fundet i teksten",
        metrics.topic_overview,
        charts.topics_chart,
        standing=True,
        alt="Vandrette søjler: automatisk fundne emner og deres vægt; dækket af et tema eller ej.",
    ),
    Question(
        "02-theme-share-by-forum",
        "Temaer i hvert forum",
        metrics.theme_share_by_forum,
        charts.theme_share_by_forum_chart,
        standing=False,
        alt="Varmekort: hvert temas andel af forummets punkter, fora side om side.",
        several_forums=True,
    ),
    Question(
        "02-policy-area-share",
        "Politikområdernes andel af punkterne pr. år",
        metrics.policy_area_share_by_year,
        charts.policy_area_share_chart,
        standing=False,
        alt="Varmekort: hvert politikområdes andel af årets punkter, ét felt pr. område og år "
        "(faste punkter udeladt).",
        takeaway=partial(
            _themes_takeaway,
            key="policy_area",
            label="area_label",
            skip=frozenset({metrics.NO_AREA}),
            none="Ingen punkter med politikområde i {year}.",
        ),
    ),
    Question(
        "03-decisions-by-theme",
        "Beslutningstyper pr. tema",
        metrics.decision_types_by_theme,
        charts.decision_types_by_theme_chart,
        standing=False,
        alt="Vandrette stablede søjler: beslutningstypernes andel inden for hvert tema.",
        takeaway=_decisions_takeaway,
    ),
    Question(
        "03-decisions-by-year",
        "Beslutningstyper pr. år",
        metrics.decision_types_by_year,
        charts.decision_types_by_year_chart,
        standing=False,
        alt="Stablede søjler: beslutningstypernes andel af årets punkter.",
        takeaway=_decisions_takeaway,
    ),
    Question(
        "03-decisions-by-policy-area",
        "Beslutningstyper pr. politikområde",
        metrics.decision_types_by_policy_area,
        charts.decision_types_by_policy_area_chart,
        standing=False,
        alt="Vandrette stablede søjler: beslutningstypernes andel inden for hvert politikområde.",
        takeaway=_decisions_takeaway,
    ),
    Question(
        "03-recommendation-followed",
        "Fulgte beslutningen indstillingen?",
        metrics.recommendation_followed_by_year,
        charts.recommendation_followed_chart,
        standing=False,
        alt="Stablede søjler pr. år: andel af punkterne, hvor beslutningen fulgte indstillingen, "
        "afveg fra den eller ikke kan vurderes.",
        takeaway=_followed_takeaway,
    ),
    Question(
        "03-decisions-by-forum",
        "Beslutningstyper i hvert forum",
        metrics.decision_types_by_forum,
        charts.decision_types_by_forum_chart,
        standing=False,
        alt="Vandrette stablede søjler: beslutningstyperne i hvert forum, de afgørende først.",
        takeaway=_decisions_takeaway,
        several_forums=True,
    ),
    Question(
        "04-case-timeline",
        "Sager, der går igen",
        partial(metrics.case_threads, include_standing=False),
        charts.case_timeline_chart,
        standing=False,
        alt="Tidslinje: én række pr. journalnummer, der optræder på flere møder; prikkerne er "
        "møderne, farvet efter beslutningstype.",
        takeaway=_cases_takeaway,
        chart_args=_span,
    ),
    Question(
        "04-kle-subject-timeline",
        "KLE-emner, der går igen",
        partial(metrics.case_threads, by="kle_code", include_standing=False),
        partial(charts.case_timeline_chart, rows=("KLE-emne", "KLE-emner")),
        standing=False,
        alt="Tidslinje: én række pr. KLE-emne, der optræder på flere møder.",
        chart_args=_span,
    ),
    Question(
        "04-kle-main-groups",
        "KLE-hovedgrupper pr. år",
        metrics.kle_main_groups_by_year,
        charts.kle_main_groups_chart,
        standing=False,
        alt="Stablede søjler: antal punkter pr. KLE-hovedgruppe og år.",
    ),
)

#: Every question by name, in the order ``minutes charts`` writes them.
QUESTIONS: dict[str, Question] = {q.name: q for q in _QUESTIONS}

#: The yearly overview's charts: (name in the overview, question, scope). Scope 'year':
#: the year's data; 'year_and_before': the year and the year before (when that has
#: meetings); 'threads': every year, threads with an appearance in the year.
OVERVIEW: tuple[tuple[str, str, str], ...] = (
    ("fora", "01-forum-comparison", "year"),
    ("temaer", "02-theme-share-items", "year_and_before"),
    ("politikomraader", "02-policy-area-share", "year_and_before"),
    ("beslutninger-pr-tema", "03-decisions-by-theme", "year"),
    ("indstillinger", "03-recommendation-followed", "year"),
    ("punkter-pr-moede", "01-items-per-meeting", "year"),
    ("sager-der-gik-igen", "04-case-timeline", "threads"),
)


def question(name: str) -> Question:
    try:
        return QUESTIONS[name]
    except KeyError:
        raise KeyError(f"no question {name!r}; known: {', '.join(QUESTIONS)}") from None


def selection(name: str, tables: Tables, forum: Forum = None, years: Years = None) -> dict:
    """The tables a question counts: the filters and its standing-items rule applied."""
    return metrics.select(tables, forum, years, include_standing=question(name).standing)


def data(name: str, tables: Tables, forum: Forum = None, years: Years = None) -> pd.DataFrame:
    """The question's metric over the selection (its standing-items rule applied)."""
    return question(name).metric(selection(name, tables, forum, years))


def source(name: str, tables: Tables, forum: Forum = None, years: Years = None) -> Source:
    """The source of the question's chart over the selection."""
    return metrics.source(tables, forum, years, include_standing=question(name).standing)


def figure(
    name: str,
    tables: Tables,
    forum: Forum = None,
    years: Years = None,
    *,
    df: pd.DataFrame | None = None,
    src: Source | None = None,
    **chart_args: object,
) -> go.Figure:
    """The question's chart over the selection (``df`` / ``src``: data and source already
    computed, e.g. a subset of the data)."""
    q = question(name)
    sel = selection(name, tables, forum, years)
    df = q.metric(sel) if df is None else df
    src = source(name, tables, forum, years) if src is None else src
    return q.chart(df, src, title=q.title, **{**q.chart_args(sel), **chart_args})


def takeaway(name: str, df: pd.DataFrame, ctx: Context | None = None) -> str:
    """The question's one-line takeaway from its data ('' when it has none)."""
    q = question(name)
    return q.takeaway(df, ctx or Context()) if q.takeaway else ""


def applies(name: str, tables: Tables, forum: Forum = None, years: Years = None) -> bool:
    """False for a forum comparison over a selection with one forum."""
    if not question(name).several_forums:
        return True
    return len(metrics.forums_present(tables, forum, years)) > 1


def chart_set(tables: Tables, forum: Forum = None, years: Years = None) -> dict[str, go.Figure]:
    """Every question's chart over the selection, by name (the forum comparisons only
    when the selection holds more than one forum)."""
    t = metrics.select(tables, forum, years)
    return {name: figure(name, t) for name in QUESTIONS if applies(name, t)}


__all__ = [
    "Question",
    "Context",
    "QUESTIONS",
    "OVERVIEW",
    "question",
    "selection",
    "data",
    "source",
    "figure",
    "takeaway",
    "applies",
    "chart_set",
    "deciding_counts",
    "followed_counts",
]
