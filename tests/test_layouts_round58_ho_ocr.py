"""Fifty-eighth session, held-out sets (ho_ocr): scanned protocols and converted Word files.

Paper minutes scanned and OCR'ed (a PDF's invisible text layer, or the recognised text
alone): the body's name stands only in the running header, after the owner and before the
date stamp ("RØNBY KOMMUNE   Teknisk Udvalg   [12 MAR. 1999]": ``read.pdf._furniture_body``
and ``_furniture_owner`` read it through ``_owner_and_stamp_off`` / ``_OWNER_FIRST``), or
letter-spaced in mixed case as the title ("H a v n e r å d e t", words parted by wider
gaps: ``layouts.framed.unspaced``); the letterhead's two columns read across, the owner, the
body and the date on the left beside the fields on the right
(``layouts.header_columns.unmixed_header_columns``); a title wrapped before its span of
years over the case line ("… for" / "2019-2022" / "Sagsnr.: …": ``headings._evidence``
leaves the span to ``parse._title_continuation``).

Word files after conversion: the facts only in the first page's header, label and value
parted by a tab stop (``read.docx._labels_with_values``: a line a field, within the
header's six lines); a text box of fields read before the letterhead it is anchored in, its
last field "Fraværende" over one member (``header._member_values`` stops at the owner's or
a body's name); a header table's cell "date kl. time", a line break, the place
(``read.docx._dated_break``).
"""

from __future__ import annotations

import pytest

from analysis.layouts.framed import unspaced
from analysis.layouts.header_columns import unmixed_header_columns
from analysis.pipeline import parse_bytes
from analysis.read.docx import _dated_break, _labels_with_values
from analysis.read.pdf import _furniture_body, _furniture_owner, _owner_and_stamp_off


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("HALSNÆS KOMMUNE Havnerådet [03 FEB. 2004]", "Havnerådet"),
        ("Næstved Kommune - Teknisk Udvalg Møde den 12.03.1999", "Teknisk Udvalg"),
        ("Syddjurs Kommune | Ældrerådet | Referat 02-03-2015", "Ældrerådet"),
        ("Lolland Kommune Beskæftigelsesudvalget", "Beskæftigelsesudvalget"),
    ],
)
def test_the_body_between_owner_and_stamp(line: str, body: str) -> None:
    assert _owner_and_stamp_off(line) == body
    assert _furniture_body([line], "R E F E R A T\nMødedato: 3. februar 2004") == body


def test_no_municipality_first_leaves_the_line() -> None:
    line = "Havnens Venner Havnerådet [03 FEB. 2004]"
    assert _owner_and_stamp_off(line) == line


def test_the_owner_first_in_the_running_header() -> None:
    line = "HALSNÆS KOMMUNE Havnerådet [03 FEB. 2004]"
    assert _furniture_owner([line], "Referat", "Havnerådet") == "HALSNÆS KOMMUNE"
    assert _furniture_owner(["Halsnæs Kommune [ 03-02-2004 ]"], "Referat") == "Halsnæs Kommune"


def test_an_owner_beside_another_body_stays_out() -> None:
    line = "HALSNÆS KOMMUNE Havnerådet [03 FEB. 2004]"
    assert _furniture_owner([line], "Referat", None) is None
    assert _furniture_owner(["Halsnæs Kommune - Chefforum"], "Referat") is None


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("H a v n e r å d e t", "Havnerådet"),
        ("K l i m a -   o g   M i l j ø u d v a l g e t", "Klima- og Miljøudvalget"),
        ("B e s l u t n i n g", "Beslutning"),
        ("H A V N E R Å D E T", "HAVNERÅDET"),
    ],
)
def test_a_letter_spaced_title_closed_up(text: str, closed: str) -> None:
    assert unspaced(f"Referat\n\n{text}\n\nMødedato: 3. februar 2004\n") == (
        f"Referat\n\n{closed}\n\nMødedato: 3. februar 2004\n"
    )


@pytest.mark.parametrize("text", ["a b c d", "Sag 3 a b", "Punkt a b c d e"])
def test_prose_and_lower_case_letters_stay(text: str) -> None:
    assert unspaced(text) == text


_COLUMNS = """Halsnæs Kommune                         Tidspunkt: kl. 19.00
Havnerådet                              Sted: Havnekontoret, Hundested
Referat 3. februar 2004                 Afbud: Jens Bager

Sag nr. 4  Godkendelse af dagsorden
"""


def test_unlabelled_letterhead_beside_fields() -> None:
    lines = unmixed_header_columns(_COLUMNS).split("\n")
    assert lines[:6] == [
        "Halsnæs Kommune",
        "Havnerådet",
        "Referat 3. februar 2004",
        "Tidspunkt: kl. 19.00",
        "Sted: Havnekontoret, Hundested",
        "Afbud: Jens Bager",
    ]


def test_one_line_of_letterhead_leaves_the_block() -> None:
    text = _COLUMNS.replace("Havnerådet      ", "                ").replace(
        "Referat 3. februar 2004", "                       "
    )
    assert unmixed_header_columns(text) == text


_SPAN = """Havnerådet
Referat

Mødedato: 3. februar 2004 kl. 19.00

1) Godkendelse af dagsorden
Rådets beslutning:
Godkendt.

2) Vedligeholdelsesplan for moler og kajer
2004-2008
Sagsnr.: HAV-2003-00871
Planen er udarbejdet af havnefogeden.
Rådets beslutning:
Godkendt.
"""


def test_a_span_of_years_over_the_case_line_goes_on_with_the_title() -> None:
    items = parse_bytes(_SPAN.encode(), "halsnaes-havneraadet-2004-02-03.txt").tables["items"]
    second = items.iloc[1]
    assert second["title"] == "Vedligeholdelsesplan for moler og kajer 2004-2008"
    assert second["case_number"] == "HAV-2003-00871"


_BOX = """Mødedato

3. februar 2004

## Mødetidspunkt

Kl. 19:00

## Fraværende

Jens Bager (A)

## Halsnæs Kommune

Havnerådet

Referat

1. Godkendelse af dagsorden

Beslutning den 3. februar 2004:

Godkendt.
"""


def test_absent_members_end_at_the_letterhead() -> None:
    tables = parse_bytes(_BOX.encode(), "halsnaes-havneraadet-2004-02-03.txt").tables
    assert tables["meetings"].iloc[0]["forum"] == "Havnerådet"
    assert list(tables["participants"]["name"]) == ["Jens Bager"]


def test_a_header_field_s_label_and_value_one_line() -> None:
    parts = ["Halsnæs Kommune", "Referat", "Udvalg:", "Havnerådet", "Mødested:", "Havnekontoret"]
    assert _labels_with_values(parts) == [
        "Halsnæs Kommune",
        "Referat",
        "Udvalg: Havnerådet",
        "Mødested: Havnekontoret",
    ]


def test_two_labels_in_a_row_stay_apart() -> None:
    assert _labels_with_values(["Udvalg:", "Mødested:", "Havnekontoret"]) == [
        "Udvalg:",
        "Mødested: Havnekontoret",
    ]


def test_the_place_after_the_dated_hour_s_break() -> None:
    assert _dated_break("03-02-2004 kl. 19:00\nHavnekontoret, Hundested") == (
        "03-02-2004 kl. 19:00, Havnekontoret, Hundested"
    )


@pytest.mark.parametrize(
    "text",
    ["Kl. 19:00\nHavnekontoret", "Jens Bager\nAnne Holm", "03-02-2004\nHavnekontoret"],
)
def test_other_breaks_stay(text: str) -> None:
    assert _dated_break(text) == text
