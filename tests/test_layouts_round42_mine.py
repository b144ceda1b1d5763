"""Forty-second session: "I.", "V." and "X." as letters of a lettered run of items, and
a coordination group as a body.

``headings._LETTERED`` leaves I, V and X to the Roman numerals, so minutes lettering ten
points A to J lost items I and J (``I.`` read as Roman 1, a run of one; ``J.`` then a
gap after H). ``headings._letters_not_numerals`` reads such a numeral as the letter it
is where it goes on a run of letters, unless a Roman ``II.`` follows it.

"Koordinationsgruppen" is a body's word (``parse.BODY_WORDS``), also named by the area it
coordinates ("Koordinationsgruppen for sundhedsfremme – referat").
"""

from __future__ import annotations

from analysis.layouts import parse_text

_HEAD = """Referat

Brugerrådet ved Engtoften
Tirsdag den 5. marts 2024 kl. 14.00 i caféen

"""


def _titles(body: str) -> list[str]:
    return [it.raw_title for it in parse_text(_HEAD + body).items]


def _lettered(letters: str) -> str:
    return "".join(
        f"{c}. Emne nummer {k} på listen\nKonklusion: Godkendt.\n\n"
        for k, c in enumerate(letters, 1)
    )


def test_items_lettered_a_to_j_keep_i_and_j() -> None:
    titles = _titles(_lettered("ABCDEFGHIJ"))
    assert len(titles) == 10
    assert titles[8:] == ["Emne nummer 9 på listen", "Emne nummer 10 på listen"]


def test_v_after_a_lettered_u_is_the_letter_v() -> None:
    from analysis.layouts.headings import Head, _letters_not_numerals

    heads = [Head(pos=0, number=21, title="U"), Head(pos=1, number=5, title="V")]
    assert _letters_not_numerals(heads, [[1], [0]]) == [[], [0, 1]]
    assert heads[1].number == 22


def test_a_roman_run_after_a_lettered_h_stays_roman() -> None:
    # "I." opens a Roman run when "II." follows: the numerals number these points
    from analysis.layouts.headings import Head, _letters_not_numerals

    heads = [Head(pos=k, number=n, title="T") for k, n in enumerate([8, 1, 2, 3])]
    assert _letters_not_numerals(heads, [[1, 2, 3], [0]]) == [[1, 2, 3], [0]]
    assert heads[1].number == 1


def test_i_after_another_letter_than_h_is_not_a_letter() -> None:
    from analysis.layouts.headings import Head, _letters_not_numerals

    heads = [Head(pos=0, number=2, title="B"), Head(pos=1, number=1, title="I")]
    assert _letters_not_numerals(heads, [[1], [0]]) == [[1], [0]]
    assert heads[1].number == 1


_DAY = "Onsdag den 12. marts 2025 kl. 9.00\n\n"


def test_a_coordination_group_named_by_its_area_is_the_forum() -> None:
    body = _lettered("ABC")
    for head in (
        "# Koordinationsgruppen for sundhedsfremme – referat\n\n" + _DAY,
        "Referat\n\nKoordinationsgruppen for sundhedsfremme\n" + _DAY,
    ):
        assert parse_text(head + body).forum == "Koordinationsgruppen for sundhedsfremme"
    assert parse_text(
        "# Koordinationsgruppen – referat\n\nOnsdag den 12. marts 2025\n\n" + body
    ).forum == ("Koordinationsgruppen")


def test_an_item_about_a_coordination_group_is_no_forum() -> None:
    body = (
        "A. Koordinationsgruppen for sundhedsfremme – status\n"
        "Konklusion: Taget til efterretning.\n\n"
        "B. Nye åbningstider i caféen\nKonklusion: Godkendt.\n\n"
        "C. Eventuelt\nKonklusion: Intet.\n\n"
    )
    meeting = parse_text(_HEAD + body)
    assert meeting.forum == "Brugerrådet ved Engtoften"
    assert meeting.items[0].raw_title == "Koordinationsgruppen for sundhedsfremme – status"


def _place(kind: str) -> tuple[str | None, list[str]]:
    meeting = parse_text(
        f"FAVRSKOV KOMMUNE\nLanddistriktsrådet\n\n{kind}\n"
        "Onsdag den 10. september 2025 kl. 19.00-21.30\nHinnerup Bibliotek, mødelokale Lyngen\n\n"
        + _lettered("ABC")
    )
    return meeting.location, meeting.warnings


def test_a_kind_line_with_the_meetings_number_opens_the_title_block() -> None:
    # the dated line and the place under it (no number, no label) are the title block's
    for kind in ("Referat - møde nr. 4/2025", "Referat af møde nr. 4", "Dagsorden til møde nr. 12"):
        location, warnings = _place(kind)
        assert location == "Hinnerup Bibliotek, mødelokale Lyngen"
        assert not any("could not be placed" in w for w in warnings)


def test_a_kind_line_with_other_words_after_the_number_is_not_read_so() -> None:
    location, warnings = _place("Referat - møde nr. 4 om landsbypuljen")
    assert location is None
    assert any("could not be placed" in w for w in warnings)
