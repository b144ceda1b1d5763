"""The forty-seventh round's rules for the minutes of councils and forums close to the
municipality (layouts289): the decision's label alone without its colon over the outcome
under an item's notes, an action line that states the outcome itself, and a heading that
stops on a word no title ends with, its lower-case rest on an indented line right over
the item's text."""

from __future__ import annotations

import pytest

from analysis.layouts import headings, outcome, parse_text
from analysis.parse import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(k, text, 0) for k, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Beslutning", "Godkendt."), True),
        (("Konklusion", "", "Rådet besluttede at søge om tilskud."), True),
        (("Beslutning", "Ole spurgte til prisen."), False),  # no outcome under it
        (("Beslutning:", "Godkendt."), False),  # (with its colon: another rule reads it)
        (("Sagsfremstilling", "Godkendt."), False),  # no decision's label
        (("Beslutning",), False),
    ],
)
def test_bare_label_over_outcome(texts: tuple[str, ...], expected: bool) -> None:
    assert headings._bare_label_over_outcome(_lines(*texts), 0) is expected


def test_items_with_notes_then_bare_label_are_items() -> None:
    text = (
        "Referat – Seniorrådet 02.02.2022\n\n"
        "1. Nyt fra formanden\n\n"
        "Karen har været til møde med borgmesteren om bænke ved stien langs åen. "
        "Hun har også talt med plejecentret om besøgstiderne i weekenden.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "2. Høring om madservice\n\n"
        "Forvaltningen foreslår at levere maden kølet tre gange om ugen i stedet for "
        "varm hver dag. Rådet var bekymret for de svageste borgere.\n\n"
        "Beslutning\nRådet godkendte høringssvaret.\n\n"
        "3. Sommerudflugt\n\n"
        "Turen går til Skagen i august, og bussen er bestilt til 40 personer i alt, "
        "med afgang fra rådhuset klokken otte.\n\n"
        "Beslutning\nRådet besluttede at tage af sted den 18. august.\n"
    )
    assert [item.number for item in parse_text(text).items] == [1, 2, 3]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Kim fremlagde forslaget.", "Aktion: Sagen sendes videre til udvalget."), 1),
        (
            (
                "Kim fremlagde forslaget.",
                "Aktion: Sagen oversendes til Teknikudvalget.",
                "Opfølgning: Kim skriver til foreningerne.",
            ),
            1,
        ),
        (("Kim fremlagde forslaget.", "Aktion: Kim skriver til foreningerne."), None),
        (("Aktion: Sagen sendes videre til udvalget.",), None),  # (no notes above it)
    ],
)
def test_acting_outcome(texts: tuple[str, ...], expected: int | None) -> None:
    assert outcome._acting_outcome(list(texts)) == expected


def test_acting_outcome_is_the_decision_without_its_label() -> None:
    text = (
        "REFERAT\nMøde i Boligforum onsdag 1. marts 2023, kl. 17:00\n\n"
        "1. Godkendelse af dagsorden: Godkendt.\n\n"
        "2. Referat fra sidste møde: Godkendt.\n\n"
        "3. Cykelparkering ved blok C\n"
        "Jens fortalte om de mange cykler på græsset. Flere ønsker et overdækket stativ.\n"
        "Aktion: Sagen sendes videre til Teknikudvalget med forums bemærkninger.\n\n"
        "4. Eventuelt\nIntet.\n\nNæste møde: 7. juni 2023.\n"
    )
    item = parse_text(text).items[2]
    decision = next(s for s in item.sections if s.key == "beslutning")
    assert decision.text.startswith("Sagen sendes videre til Teknikudvalget")


@pytest.mark.parametrize(
    ("rest", "under", "expected"),
    [
        ("ungdomshold og motionister", "Tina fremlagde fordelingen.", True),
        ("ungdomshold. Tina fremlagde", "Fordelingen blev godkendt.", False),  # a sentence
        ("ungdomshold og motionister", "og det var det.", False),  # the text goes on
    ],
)
def test_lower_rest_over_text(rest: str, under: str, expected: bool) -> None:
    head = "3. Fordeling af haltider i vintersæsonen og ekstra tider for"
    lines = _lines(head, rest, under)
    assert headings._lower_rest_over_text(lines, 0, [1, 2]) is expected


def test_wrapped_title_after_open_word_joined() -> None:
    text = (
        "REFERAT\nMøde i Idrætsrådet mandag 4. september 2017, kl. 19:00\n\n"
        "1. Godkendelse af dagsorden: Godkendt.\n\n"
        "2. Referat fra sidste møde: Godkendt.\n\n"
        "3. Fordeling af haltider i vintersæsonen og ansøgninger om ekstra tider for\n"
        "   ungdomshold og motionister\n"
        "Tina fremlagde fordelingen. Hallen er fuld mandag til torsdag.\n"
        "Konklusion: Godkendt.\n\n"
        "4. Eventuelt: Intet.\n\nNæste møde: 6. november 2017.\n"
    )
    titles = [item.title for item in parse_text(text).items]
    assert titles[2] == (
        "Fordeling af haltider i vintersæsonen og ansøgninger om ekstra tider for "
        "ungdomshold og motionister"
    )
