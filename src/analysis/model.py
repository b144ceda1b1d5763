"""The ingestion contract: typed records a parsed minutes document is made of.

The parser produces these; ``tables.py`` turns them into DataFrames. Field meanings are
the column meanings documented in ``schema.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Participant:
    """One person listed under "Mødedeltagere"."""

    name: str
    #: Role as written in parentheses, e.g. "Kommunaldirektør"; None where not given.
    role: str | None
    #: False for people listed under "Fraværende" / "Afbud".
    present: bool = True


@dataclass(frozen=True)
class Section:
    """One headed part of an item (Anledning, Sagsfremstilling, …)."""

    #: Normalised key (``vocab.SECTION_HEADINGS``) or a slug of an unknown heading.
    key: str
    #: The heading as written, markdown removed.
    heading: str
    #: Body text, markdown removed, paragraphs separated by a blank line.
    text: str


@dataclass(frozen=True)
class Attachment:
    """One line of an item's Bilag list."""

    title: str
    #: File extension when the title names one (pdf, docx, pptx …), else None.
    extension: str | None


@dataclass(frozen=True)
class Reference:
    """A mention of a date in an item's text (another meeting, a deadline …)."""

    referenced_date: dt.date
    #: The sentence the date was found in.
    text: str
    #: Section key the sentence stands in.
    section: str
    #: True when the text gave day and month only and the year was taken from the meeting.
    year_inferred: bool
    #: "meeting", "deadline" or "date": what the sentence says the date is.
    kind: str


@dataclass(frozen=True)
class CaseHistoryEntry:
    """One line of an item's "Sagsforløb": the case's earlier treatment in another body."""

    body: str | None
    date: dt.date | None
    item_number: int | None
    decision: str | None
    #: The line as written.
    text: str


@dataclass(frozen=True)
class Item:
    """One agenda item ("Punkt")."""

    number: int
    #: Title as written in the item heading, markdown removed (may carry "CF - ").
    raw_title: str
    #: Clean title: no body prefix such as "CF - ", no duration.
    title: str
    #: Body path prefix of the title ("CF", "MBU/ØU/KB"), None where absent.
    bodies: str | None
    #: A closed item ("Lukket: …"): only its public part is in the minutes.
    closed: bool
    case_number: str | None
    proposer: str | None
    duration_min: int | None
    sections: tuple[Section, ...]
    recommendations: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    references: tuple[Reference, ...]
    case_history: tuple[CaseHistoryEntry, ...] = ()
    #: Title and page of the matching table-of-contents line, where one matched.
    toc_title: str | None = None
    toc_page: int | None = None


@dataclass
class ParsedMeeting:
    """Everything read from one minutes document."""

    forum: str
    date: dt.date
    start_time: str | None
    location: str | None
    participants: list[Participant]
    items: list[Item]
    #: Header line as written, e.g. "REFERAT Chefforum d. 03-01-2024".
    heading: str | None = None
    municipality: str | None = None
    #: Plain-language notes on anything odd; they make the manifest status "warning".
    warnings: list[str] = field(default_factory=list)
    #: Characters of non-blank text in the document, and of those placed in some record.
    chars_total: int = 0
    chars_placed: int = 0
    #: The layout family that recognised the document (``analysis.layouts.LAYOUTS``).
    layout: str = "agenda"
    #: "referat" (minutes, with decisions) or "dagsorden" (an agenda: no decisions yet).
    document_type: str = "referat"
    #: Remarks on the meeting as a whole, from the header ("Bemærkninger: …"), one a line.
    notes: str | None = None

    @property
    def coverage(self) -> float:
        """Share of the document's non-blank text that ended up in a record."""
        return 1.0 if self.chars_total == 0 else self.chars_placed / self.chars_total
