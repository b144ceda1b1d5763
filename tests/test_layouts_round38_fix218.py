"""Round thirty-eight (layouts218: minutes at the extremes of size and decisions for several
items at once: block decisions by the items' numbers, an A part settled together, a closing
line for every item, decisions by reference): small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type, same_as_item
from analysis.layouts import parse_text
from analysis.layouts.block_decisions import block_decisions
from analysis.layouts.number_under_title import numbers_right_of_titles
from analysis.layouts.outcome import lone_outcomes
from analysis.layouts.quoted_decision import unquote_decisions
from analysis.model import Item, Section
from analysis.parse import Line


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def _item(number: int, *sections: tuple[str, str]) -> Item:
    return Item(
        number=number,
        raw_title=f"Punkt nummer {number}",
        title=f"Punkt nummer {number}",
        bodies=None,
        closed=False,
        case_number=None,
        proposer=None,
        duration_min=None,
        sections=tuple(Section(key, key.capitalize(), text) for key, text in sections),
        recommendations=(),
        attachments=(),
        references=(),
    )


def _decision(item: Item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


def _blocks(items: list[Item]) -> list[Item]:
    text = "\n".join(s.text for it in items for s in it.sections)
    return block_decisions(items, [], text, set())


def test_numbered_block_goes_to_the_items_it_names() -> None:
    items = [
        _item(
            1, ("beslutning", "Dagsordenen blev godkendt.\nPunkterne 2-3 blev godkendt en bloc.")
        ),
        _item(2, ("tekst", "Se punkt 1.")),
        _item(3, ("beslutning", "SE OVENFOR")),
        _item(4, ("beslutning", "Udsat.")),
    ]
    out = _blocks(items)
    assert _decision(out[0]) == "Dagsordenen blev godkendt."
    assert _decision(out[1]) == _decision(out[2]) == "Punkterne 2-3 blev godkendt en bloc."
    assert _decision(out[3]) == "Udsat."


def test_a_recommendations_points_in_a_later_item_are_no_block() -> None:
    # "Punkt 1 og 2 godkendt." in item 4 are its recommendation's points: items 1 and 2,
    # without a decision of their own, are left so
    items = [
        _item(1, ("tekst", "Orientering.")),
        _item(2, ("tekst", "Orientering.")),
        _item(3, ("beslutning", "Godkendt.")),
        _item(4, ("beslutning", "Punkt 1 og 2 godkendt. Punkt 3 udsat.")),
    ]
    assert _blocks(items) == items
    # nor does a block read where one of the items it names has its own decision
    named = [
        _item(1, ("beslutning", "Punkterne 2-3 blev godkendt en bloc.")),
        _item(2, ("tekst", "Se punkt 1.")),
        _item(3, ("beslutning", "Udsat.")),
    ]
    assert _blocks(named) == named


def test_a_part_and_the_closing_line() -> None:
    # "Beslutning A-del:" under the A items, none of them decided: the run above it
    items = [
        _item(1, ("tekst", "")),
        _item(2, ("tekst", "Sagsnr. 1")),
        _item(3, ("tekst", "Beslutning A-del:\nAlle punkter på dagsordenens A-del blev godkendt.")),
        _item(4, ("beslutning", "Udsat.")),
    ]
    out = _blocks(items)
    wanted = "Alle punkter på dagsordenens A-del blev godkendt."
    assert [_decision(it) for it in out] == [wanted, wanted, wanted, "Udsat."]
    # "Samtlige punkter blev godkendt." closing the last item's text: every item without
    # an outcome of its own, the last item's own outcome kept
    closing = [
        _item(1, ("tekst", "Intet at bemærke.")),
        _item(2, ("beslutning", "Taget til efterretning.")),
        _item(3, ("beslutning", "Intet.\n\nSamtlige punkter blev godkendt.")),
    ]
    out = _blocks(closing)
    assert [_decision(it) for it in out] == [
        "Samtlige punkter blev godkendt.",
        "Taget til efterretning.",
        "Intet.",
    ]
    # (not in the first item: "alle punkter" there may be the agenda's)
    early = [
        _item(1, ("beslutning", "Samtlige punkter blev godkendt.")),
        _item(2, ("tekst", "Intet at bemærke.")),
    ]
    assert _blocks(early) == early


def test_decision_as_the_committee_before_it() -> None:
    assert _type("Som ØU.") == "approved"
    assert _type("Som Økonomiudvalget.") == "approved"
    assert _type("Som indstillet af Plan- og Boligudvalget.") == "approved"
    assert _type("Som ovenfor.") == "other"


def test_pointer_to_an_earlier_item_takes_its_type() -> None:
    assert same_as_item(["other"], "Se pkt. 7", {7: ["approved"]}) == ["approved"]
    assert same_as_item(["other"], "Se punkt 3.", {7: ["approved"]}) == ["other"]


def test_nothing_decided_sentence_by_sentence() -> None:
    text = "Intet. Næste ordinære møde er 11. september.\n\nReferatet er godkendt af formanden."
    assert _type(text) == "none"
    assert _type("Godkendt. Næste møde er 11. september.\n\nReferent: AB") == "approved"


def test_title_too_long_for_its_numbers_gap() -> None:
    text = (
        "Godkendelse af dagsordenen                          Pkt. 1\n"
        "-----\n\n"
        "Budgetopfølgning pr. 30. september 2008 - Miljø- og Teknikudvalgets område Pkt. 2\n"
        "-----\n\n"
        "Takster for affaldshåndtering 2009                  Pkt. 3\n"
        "-----\n"
    )
    out = numbers_right_of_titles(text).split("\n")
    assert out[3] == "2. Budgetopfølgning pr. 30. september 2008 - Miljø- og Teknikudvalgets område"
    # a number that fills no gap stays as written
    lone = text.replace("Pkt. 3", "Pkt. 4").replace(" Pkt. 2", " Pkt. 9")
    assert "Pkt. 9" in numbers_right_of_titles(lone)


def test_one_line_told_then_decided() -> None:
    told = (
        "Karl-Ove orienterede om, at rampen ved perron 1 igen har været spærret for kørestole "
        "i over to uger. "
        "Rådet besluttede at skrive til DSB."
    )
    item = _item(3, ("tekst", told))
    (out,) = lone_outcomes([item])
    assert _decision(out) == item.sections[0].text
    plain = _item(3, ("tekst", "NN orienterede om elevatoren. Den er i stykker igen."))
    assert lone_outcomes([plain]) == [plain]
    # a short remark before the outcome: split off as before, the outcome alone decided
    short = _item(3, ("tekst", "Mette bød velkommen. Rådet besluttede at skrive til DSB."))
    assert _decision(lone_outcomes([short])[0]) == "Rådet besluttede at skrive til DSB."


def test_quoted_outcomes_one_labelled() -> None:
    rows = [
        "**01 · Meddelelser**",
        "> Taget til efterretning.",
        "**02 · Pulje**",
        "> Beslutning: Udvalget fordelte puljen efter model B.",
        "**03 · Lejeaftale**",
        "> Trukket inden mødet.",
        "**04 · Eventuelt**",
        "> Intet.",
    ]
    lines = [Line(k, text, 0) for k, text in enumerate(rows)]
    out = [ln.clean for ln in unquote_decisions(lines)]
    assert out[1] == "Beslutning: Taget til efterretning."
    assert out[3] == "Beslutning: Udvalget fordelte puljen efter model B."
    # every quote labelled: as written (the labelled note's own reading)
    labelled = [
        ln._replace(clean=f"> Beslutning: {ln.clean[2:]}") if ln.clean[:1] == ">" else ln
        for ln in lines
    ]
    assert unquote_decisions(labelled) == labelled


def test_board_named_after_its_kind_of_meeting_and_place_after_about_the_end() -> None:
    text = (
        "Vesterå Kommune – Musikskolen\n\n"
        "## Referat af bestyrelsesmøde i Musikskolebestyrelsen\n\n"
        "Tirsdag d. 6/6-2023 kl. 19.00 – ca. 21.00 i Musikskolens sal, Skolegade 4\n\n"
        "1) Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
        "2) Eventuelt\n\nBeslutning: Intet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Musikskolebestyrelsen"
    assert meeting.location == "Musikskolens sal, Skolegade 4"
