"""Round 20, layouts69: internal forums' notes in the shapes that set taught."""

from __future__ import annotations

from analysis.read.html import html_to_text


def _page(paragraphs: str) -> str:
    return f"<html><body><main><h1>Ledergruppen – referat</h1>{paragraphs}</main></body></html>"


def test_bold_title_over_italic_outcome_is_an_item_heading_and_its_decision() -> None:
    text = html_to_text(
        _page(
            "<p><strong>Budgetopfølgning</strong><br><em>Taget til efterretning.</em></p>"
            "<p>Tekst om budgettet.</p>"
            "<p><strong>Ny mødeplan</strong><br><em>Aftale: møder hver anden uge.</em></p>"
        )
    )
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert "## Budgetopfølgning" in lines
    assert "Beslutning: Taget til efterretning." in lines
    # an outcome that writes its own label keeps it
    assert "Aftale: møder hver anden uge." in lines


def test_a_single_bold_title_over_italics_stays_text() -> None:
    text = html_to_text(
        _page("<p><strong>Bemærk</strong><br><em>Mødet flyttes.</em></p><p>Tekst.</p>")
    )
    assert "Beslutning:" not in text
    assert "##  Bemærk" not in text and "## Bemærk" not in text


def _heads(titles: list[str]) -> list:
    from analysis.layouts.headings import Head

    return [Head(k * 3, k + 1, t) for k, t in enumerate(titles)]


def test_session_codes_numbered_in_order_leave_the_titles() -> None:
    from analysis.layouts.unnumbered import _without_codes

    heads = _without_codes(_heads(["S1 · Økonomi", "S2 – Rekruttering", "S3: Opsamling"]))
    assert [h.title for h in heads] == ["Økonomi", "Rekruttering", "Opsamling"]


def test_codes_out_of_order_or_mixed_stay_in_the_title() -> None:
    from analysis.layouts.unnumbered import _without_codes

    mixed = ["A1 · Økonomi", "B2 · Rekruttering"]
    assert [h.title for h in _without_codes(_heads(mixed))] == mixed
    gap = ["S1 · Økonomi", "S3 · Rekruttering"]
    assert [h.title for h in _without_codes(_heads(gap))] == gap


def test_a_whole_kle_number_in_square_brackets_closes_the_title() -> None:
    from analysis.layouts.inline_case import bracketed_case

    assert bracketed_case("Budget 2026      [00.30.10-S00-4-25]") == (
        "Budget 2026",
        "00.30.10-S00-4-25",
    )
    # another number in brackets, or a KLE number in round ones, stays the title's
    assert bracketed_case("Strategi [2025-2028]") is None
    assert bracketed_case("Budget 2026 (00.30.10-S00-4-25)") is None


def test_a_decision_label_run_into_the_sentence_before_opens_its_own_line() -> None:
    from analysis.layouts.run_in_label import split_run_in_labels
    from analysis.parse import Line

    body = [Line(4, "Forslag om nyhedsbrev. Styregruppens beslutning: Besluttet.", 0)]
    assert [ln.clean for ln in split_run_in_labels(body)] == [
        "Forslag om nyhedsbrev.",
        "Styregruppens beslutning: Besluttet.",
    ]
    # no sentence's end before it, or no text after the colon: the line stays whole
    same = [Line(5, "Se beslutning: punkt 3", 0), Line(6, "Slut. Beslutning:", 0)]
    assert split_run_in_labels(same) == same


def test_evt_in_capitals_after_numbered_items_is_the_next_item() -> None:
    from analysis.layouts.headings import Head
    from analysis.layouts.standing_last import with_unnumbered_last
    from analysis.parse import to_lines

    def heads_of(text: str) -> list[str]:
        lines = to_lines(text)
        heads = [Head(0, 1, "Nyt"), Head(3, 2, "Budget")]
        return [h.title for h in with_unnumbered_last(lines, heads, None)]

    head = "1) Nyt\nTaget til efterretning.\n\n2) Budget\nGodkendt.\n\n"
    assert heads_of(head + "EVT.\nIntet\n") == ["Nyt", "Budget", "EVT."]
    # in small letters it may be the last item's own word; with nothing under it, nothing
    assert heads_of(head + "Eventuelt\nIntet\n") == ["Nyt", "Budget"]
    assert heads_of(head + "EVT.\n") == ["Nyt", "Budget"]


def test_a_network_named_with_its_target_group_after_a_dash_is_a_body() -> None:
    from analysis.layouts.header import looks_like_body

    assert looks_like_body("Tværgående netværk for forebyggelse – ældre borgere")
    # a document's kind after the dash is no part of the name
    assert not looks_like_body("Netværk for ledere – referat")


def test_the_italic_outcome_closes_its_item_after_the_notes() -> None:
    text = html_to_text(
        "<html><body><main><article><h1>Chefgruppen – referat</h1>"
        "<p><b>Status</b><br><i>Taget til efterretning.</i></p><p>Noter om status.</p>"
        "<p><b>Plan</b><br><i>Godkendt.</i></p><p>Noter om planen.</p></article>"
        "<div>Sidst ændret af redaktøren</div></main></body></html>"
    )
    lines = [ln for ln in text.splitlines() if ln.strip()]
    order = ["## Status", "Noter om status.", "Beslutning: Taget til efterretning.", "## Plan"]
    assert [ln for ln in lines if ln in order] == order
    # the last item's outcome closes it before what follows the items' container
    assert lines.index("Beslutning: Godkendt.") < lines.index("Sidst ændret af redaktøren")


def test_front_matter_editor_key_is_dropped() -> None:
    from analysis.read.text import front_matter_as_text

    text = front_matter_as_text('---\ntitle: "MED – referat"\nlast_edited_by: abc@x.dk\n---\n')
    assert "abc@x.dk" not in text and "MED – referat" in text
