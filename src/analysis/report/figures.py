"""The year's data and key figures (pure). HTML, workbook and deck all read from here,
so their numbers agree by construction."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.vocab import DECISION_LABELS_DA

#: Decision types that settle something, against those that only discuss or note.
DECIDING_TYPES = ("approved", "decided", "rejected")
TALKING_TYPES = ("discussed", "noted")


class NoMeetingsError(ValueError):
    """The requested year (and forum) has no meetings in the tables."""


@dataclass(frozen=True)
class YearData:
    """The tables restricted to one year (and optionally forums), with the year before."""

    year: int
    forums: tuple[str, ...]
    meetings: pd.DataFrame
    items: pd.DataFrame
    decisions: pd.DataFrame
    item_themes: pd.DataFrame
    sections: pd.DataFrame
    cases: pd.DataFrame
    previous_items: pd.DataFrame
    previous_item_themes: pd.DataFrame


def years_present(meetings: pd.DataFrame) -> list[int]:
    """Calendar years with at least one meeting, ascending."""
    return sorted(int(y) for y in meetings["date"].dt.year.unique())


def year_data(tables: dict[str, pd.DataFrame], year: int, forum: str | None = None) -> YearData:
    """Select the year's rows of every table the overview uses.

    Raises NoMeetingsError with the years that do have meetings when the year is empty.
    """
    meetings = tables["meetings"]
    if forum:
        meetings = meetings[meetings["forum"] == forum]
    in_year = meetings[meetings["date"].dt.year == year]
    if in_year.empty:
        present = ", ".join(str(y) for y in years_present(meetings)) or "ingen"
        where = f" for {forum}" if forum else ""
        raise NoMeetingsError(f"Der er ingen møder i {year}{where}. År med møder: {present}.")
    ids = set(in_year["meeting_id"])
    prev_ids = set(meetings.loc[meetings["date"].dt.year == year - 1, "meeting_id"])
    items = tables["items"][tables["items"]["meeting_id"].isin(ids)]
    prev_items = tables["items"][tables["items"]["meeting_id"].isin(prev_ids)]
    item_ids = set(items["item_id"])
    cases = tables["cases"]
    return YearData(
        year=year,
        forums=tuple(sorted(in_year["forum"].unique())),
        meetings=in_year.sort_values("date").reset_index(drop=True),
        items=items.sort_values(["date", "number"]).reset_index(drop=True),
        decisions=tables["decisions"][tables["decisions"]["item_id"].isin(item_ids)],
        item_themes=tables["item_themes"][tables["item_themes"]["item_id"].isin(item_ids)],
        sections=tables["sections"][tables["sections"]["item_id"].isin(item_ids)],
        cases=cases[cases["case_number"].isin(set(items["case_number"].dropna()))],
        previous_items=prev_items,
        previous_item_themes=tables["item_themes"][
            tables["item_themes"]["item_id"].isin(set(prev_items["item_id"]))
        ],
    )


def key_figures(data: YearData) -> dict[str, float | int | None]:
    """The headline numbers of the year.

    meetings, items, minutes_stated (sum of stated item durations), items_with_duration,
    hours_stated, share_deciding (items whose primary decision settles something),
    share_talking (only discussed or noted), postponed, recurring_cases (non-standing
    journal numbers seen at more than one meeting up to and including the year).
    """
    items = data.items
    n = len(items)
    durations = items["duration_min"].dropna()
    primary = items["decision_type"].fillna("none")
    recurring = data.cases[(~data.cases["standing"]) & (data.cases["n_meetings"] > 1)]
    return {
        "meetings": len(data.meetings),
        "items": n,
        "items_with_duration": int(len(durations)),
        "minutes_stated": int(durations.sum()) if len(durations) else 0,
        "hours_stated": round(float(durations.sum()) / 60, 1) if len(durations) else None,
        "share_deciding": round(float(primary.isin(DECIDING_TYPES).mean()), 3) if n else 0.0,
        "share_talking": round(float(primary.isin(TALKING_TYPES).mean()), 3) if n else 0.0,
        "postponed": int((primary == "postponed").sum()),
        "recurring_cases": len(recurring),
    }


def theme_counts(data: YearData, labels: dict[str, str]) -> pd.DataFrame:
    """Tema, Punkter, Andel, Punkter året før, Ændring: items per theme, this year and last."""
    now = data.item_themes.groupby("theme")["item_id"].nunique()
    before = data.previous_item_themes.groupby("theme")["item_id"].nunique()
    keys = sorted(set(now.index) | set(before.index))
    out = pd.DataFrame(
        {
            "theme": keys,
            "Tema": [labels.get(k, k) for k in keys],
            "Punkter": [int(now.get(k, 0)) for k in keys],
            "Punkter året før": [int(before.get(k, 0)) for k in keys],
        }
    )
    n = max(len(data.items), 1)
    out["Andel"] = (out["Punkter"] / n).round(3)
    out["Ændring"] = out["Punkter"] - out["Punkter året før"]
    out = out.sort_values(["Punkter", "Tema"], ascending=[False, True], kind="mergesort")
    return out.reset_index(drop=True)


def decision_counts(data: YearData) -> pd.DataFrame:
    """Beslutningstype, Punkter, Andel: items per primary decision type."""
    primary = data.items["decision_type"].fillna("none")
    counts = primary.value_counts()
    out = pd.DataFrame(
        {
            "decision_type": counts.index,
            "Beslutningstype": [DECISION_LABELS_DA.get(k, k) for k in counts.index],
            "Punkter": counts.to_numpy(dtype=int),
        }
    )
    out["Andel"] = (out["Punkter"] / max(len(primary), 1)).round(3)
    return out.sort_values(
        ["Punkter", "Beslutningstype"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)


def decision_text(sections: pd.DataFrame) -> pd.Series:
    """item_id -> the Beslutning text (sections joined when an item has several)."""
    dec = sections[sections["section"] == "beslutning"].sort_values(["item_id", "position"])
    return dec.groupby("item_id")["text"].agg("\n\n".join)


def items_overview(data: YearData, theme_labels: dict[str, str]) -> pd.DataFrame:
    """One row per item of the year with Danish headers, as shown in every format."""
    items = data.items
    decided = decision_text(data.sections)
    return pd.DataFrame(
        {
            "Dato": items["date"].dt.normalize(),
            "Forum": items["meeting_id"].map(data.meetings.set_index("meeting_id")["forum"]),
            "Nr.": items["number"].astype(int),
            "Titel": items["title"],
            "Tema": items["theme"].map(lambda k: theme_labels.get(k, k) if pd.notna(k) else ""),
            "Beslutningstype": items["decision_type"].map(
                lambda k: DECISION_LABELS_DA.get(k, k) if pd.notna(k) else ""
            ),
            "Fulgte indstillingen": items["followed_recommendation"].map(
                lambda v: "" if pd.isna(v) else ("Ja" if v else "Nej")
            ),
            "Sagsnummer": items["case_number"].fillna(""),
            "Indstiller": items["proposer"].fillna(""),
            "Varighed (min.)": items["duration_min"],
            "Beslutning": items["item_id"].map(decided).fillna(""),
        }
    )


def postponed_items(data: YearData, all_items: pd.DataFrame) -> pd.DataFrame:
    """Items postponed in the year and whether their journal number came back later.

    Out: Dato, Titel, Sagsnummer, Kom igen (the next date, or '').
    """
    post = data.items[data.items["decision_type"] == "postponed"]
    rows = []
    for _, it in post.iterrows():
        later = (
            all_items[
                (all_items["case_number"] == it["case_number"]) & (all_items["date"] > it["date"])
            ]
            if pd.notna(it["case_number"])
            else all_items.iloc[0:0]
        )
        rows.append(
            {
                "Dato": it["date"],
                "Titel": it["title"],
                "Sagsnummer": it["case_number"] if pd.notna(it["case_number"]) else "",
                "Kom igen": later["date"].min().date().isoformat() if len(later) else "",
            }
        )
    return pd.DataFrame(rows, columns=["Dato", "Titel", "Sagsnummer", "Kom igen"])
