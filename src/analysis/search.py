"""Find agenda items by a word or phrase, lemmatised: "budgettet" finds "budget".

Titles and section texts are tokenised once with the project's Danish pipeline
(``analysis.nlp.danish_nlp``); a query matches a run of consecutive words whose lemmas
equal the query's lemmas. ``compounds=True`` also lets a query word match inside a
compound ("budget" finds "Budgetproces" and "anlægsbudgettet").
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
from spacy.attrs import IDX, LENGTH, ORTH
from spacy.vocab import Vocab

from analysis.metrics import Forum, Years, decision_label, select
from analysis.nlp import danish_nlp, lemma_hash
from analysis.vocab import SECTION_LABELS_DA

#: Characters of context on each side of a match in the snippet.
CONTEXT_CHARS = 80
#: Index entries kept in memory (one per distinct set of tables searched).
_CACHE_SIZE = 4

RESULT_COLUMNS = [
    "date",
    "title",
    "decision_type",
    "decision_label",
    "section",
    "section_label",
    "snippet",
    "match",
    "n_matches",
    "item_id",
    "forum",
]


@dataclass(frozen=True)
class _Unit:
    """One searchable text: an item's title or one of its sections."""

    item_id: str
    section: str  # 'title' or the section key
    heading: str
    text: str
    keys: tuple[str, ...]  # lemma (words) or lower-cased text (numbers), per token
    lowers: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character offsets of each token


#: orth hash -> (key, lower) of a word or number token, None for other tokens.
_TOKEN_OF: dict[int, tuple[str, str] | None] = {}


def _token_info(orth: int, vocab: Vocab) -> tuple[str, str] | None:
    lex = vocab[orth]  # the lexeme carries the token's is_alpha, like_num and lower
    if not (lex.is_alpha or lex.like_num):
        return None
    low = lex.lower_
    key = vocab.strings[lemma_hash(lex.lower, vocab.strings)] if lex.is_alpha else low
    return key, low


def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Keys (lemma of a word, the lower-cased number), lower forms and character spans.

    Tokenises only and decides each distinct form once (its lemma depends on the form
    alone, see ``analysis.nlp``): the index covers every word of the corpus.
    """
    nlp = danish_nlp()
    vocab = nlp.vocab
    keys, lowers, spans = [], [], []
    for orth, idx, length in nlp.tokenizer(text).to_array([ORTH, IDX, LENGTH]).tolist():
        if orth in _TOKEN_OF:
            info = _TOKEN_OF[orth]
        else:
            info = _TOKEN_OF[orth] = _token_info(orth, vocab)
        if info is None:
            continue
        keys.append(info[0])
        lowers.append(info[1])
        spans.append((idx, idx + length))
    return tuple(keys), tuple(lowers), tuple(spans)


class SearchIndex:
    """Tokenised titles and sections of the items in ``tables`` (items, sections)."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        self.items = tables["items"]
        self.sections = tables["sections"]
        units = []
        # Minutes repeat texts (decisions such as "Godkendt.", attachment lists, standard
        # paragraphs): each distinct text is tokenised once.
        seen: dict[str, tuple] = {}

        def tokens(text: str) -> tuple:
            found = seen.get(text)
            if found is None:
                found = seen[text] = _tokens(text)
            return found

        for item_id, title in zip(self.items["item_id"], self.items["title"], strict=True):
            text = "" if pd.isna(title) else str(title)
            units.append(_Unit(str(item_id), "title", "Titel", text, *tokens(text)))
        secs = self.sections.sort_values(["item_id", "position"])
        for rec in secs.itertuples(index=False):
            text = "" if pd.isna(rec.text) else str(rec.text)
            heading = "" if pd.isna(rec.heading) else str(rec.heading)
            units.append(_Unit(str(rec.item_id), str(rec.section), heading, text, *tokens(text)))
        self.units: list[_Unit] = units
        self._postings: dict[str, list[int]] | None = None

    def _candidates(self, q_key: str, q_lower: str, compounds: bool) -> list[int]:
        """Positions of the units that hold a token the query's first word can match
        (``_token_matches``), from a posting list of every key and lower form built on the
        first query: a query then reads only those units, not the whole corpus."""
        if self._postings is None:
            postings: dict[str, list[int]] = {}
            for pos, unit in enumerate(self.units):
                for form in set(unit.keys) | set(unit.lowers):
                    postings.setdefault(form, []).append(pos)
            self._postings = postings
        forms = {q_key, q_lower}
        if compounds and len(q_key) >= 3:
            forms |= {form for form in self._postings if q_key in form}
        found: set[int] = set()
        for form in forms:
            found.update(self._postings.get(form, ()))
        return sorted(found)

    def matches(self, query: str, compounds: bool = False) -> list[tuple[_Unit, int, int]]:
        """(unit, first token, last token + 1) of every match of ``query``."""
        q_keys, q_lowers, _ = _tokens(query)
        if not q_keys:
            return []
        n = len(q_keys)
        found = []
        for pos in self._candidates(q_keys[0], q_lowers[0], compounds):
            unit = self.units[pos]
            for i in range(len(unit.keys) - n + 1):
                if all(
                    _token_matches(
                        unit.keys[i + j], unit.lowers[i + j], q_keys[j], q_lowers[j], compounds
                    )
                    for j in range(n)
                ):
                    found.append((unit, i, i + n))
        return found


def _token_matches(key: str, lower: str, q_key: str, q_lower: str, compounds: bool) -> bool:
    if key == q_key or lower == q_lower:
        return True
    return compounds and len(q_key) >= 3 and (q_key in key or q_key in lower)


_CACHE: list[tuple[pd.DataFrame, pd.DataFrame, SearchIndex]] = []


def search_index(tables: Mapping[str, pd.DataFrame]) -> SearchIndex:
    """The index of ``tables``, built once and kept for the same frames."""
    items, sections = tables["items"], tables["sections"]
    for cached_items, cached_sections, index in _CACHE:
        if cached_items is items and cached_sections is sections:
            return index
    index = SearchIndex(tables)
    _CACHE.insert(0, (items, sections, index))
    del _CACHE[_CACHE_SIZE:]
    return index


def _snippet(text: str, start: int, end: int, context: int) -> tuple[str, str]:
    """(snippet, match) around text[start:end], cut at word boundaries, '…' where cut."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    snippet = " ".join(text[lo:hi].split())
    prefix, suffix = ("…" if lo > 0 else ""), ("…" if hi < len(text) else "")
    return f"{prefix}{snippet}{suffix}", " ".join(text[start:end].split())


def _section_label(section: str, heading: str) -> str:
    if section == "title":
        return "Titel"
    return SECTION_LABELS_DA.get(section) or heading.strip() or section


def find_items(
    tables: Mapping[str, pd.DataFrame],
    query: str,
    forum: Forum = None,
    years: Years = None,
    compounds: bool = False,
    context: int = CONTEXT_CHARS,
    all_matches: bool = False,
) -> pd.DataFrame:
    """Items whose title or text contains ``query`` (a word or phrase), lemmatised.

    In: items, meetings, sections. Out, one row per item (per match with
    ``all_matches``), by date: date, title, decision_type, decision_label, section (key,
    'title' for the title), section_label (Danish), snippet (the match with ``context``
    characters around it), match (as written), n_matches (in the item), item_id, forum.
    The snippet shown is the title's when the title matches, else the first section's.
    """
    sel = select(tables, forum, years)
    index = search_index(tables)
    keep = set(sel["items"]["item_id"])
    rows = []
    for unit, i, j in index.matches(query, compounds):
        if unit.item_id not in keep:
            continue
        start, end = unit.spans[i][0], unit.spans[j - 1][1]
        snippet, match = _snippet(unit.text, start, end, context)
        rows.append(
            {
                "item_id": unit.item_id,
                "section": unit.section,
                "section_label": _section_label(unit.section, unit.heading),
                "snippet": snippet,
                "match": match,
            }
        )
    found = pd.DataFrame(rows, columns=["item_id", "section", "section_label", "snippet", "match"])
    if found.empty:
        return pd.DataFrame(columns=RESULT_COLUMNS)
    found["n_matches"] = found.groupby("item_id")["item_id"].transform("size").astype("int64")
    if not all_matches:
        found = found.drop_duplicates("item_id", keep="first")
    meetings = sel["meetings"][["meeting_id", "forum"]]
    items = sel["items"][["item_id", "meeting_id", "date", "number", "title", "decision_type"]]
    out = found.merge(items, on="item_id").merge(meetings, on="meeting_id", how="left")
    out["decision_label"] = out["decision_type"].map(decision_label)
    out = out.sort_values(["date", "number"], kind="mergesort").reset_index(drop=True)
    return out[RESULT_COLUMNS]


def to_html(results: pd.DataFrame, max_rows: int = 50) -> str:
    """The results as an HTML table with the match marked, for notebooks (Danish headers)."""
    if results.empty:
        return "<p><em>Ingen punkter fundet.</em></p>"
    head = "".join(
        f"<th style='text-align:left'>{h}</th>"
        for h in ("Dato", "Punkt", "Beslutning", "Fundet i", "Uddrag")
    )
    body = []
    for rec in results.head(max_rows).itertuples(index=False):
        snippet = html.escape(str(rec.snippet))
        match = html.escape(str(rec.match))
        snippet = re.sub(re.escape(match), f"<mark>{match}</mark>", snippet, count=1)
        date = pd.Timestamp(rec.date).strftime("%d.%m.%Y")
        cells = (
            date,
            html.escape(str(rec.title)),
            html.escape(str(rec.decision_label)),
            html.escape(str(rec.section_label)),
            snippet,
        )
        body.append(
            "<tr>" + "".join(f"<td style='text-align:left'>{c}</td>" for c in cells) + "</tr>"
        )
    more = len(results) - max_rows
    tail = f"<p><em>… og {more} punkter mere.</em></p>" if more > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{tail}"


__all__ = ["SearchIndex", "search_index", "find_items", "to_html", "RESULT_COLUMNS"]
