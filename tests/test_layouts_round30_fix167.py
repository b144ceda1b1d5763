"""Thirtieth round (layouts167): minutes written as running prose, the outcome a sentence
inside the item's paragraph."""

from __future__ import annotations

import pytest

from analysis.layouts import outcome
from analysis.model import Item, Section


@pytest.mark.parametrize(
    "sentence",
    [
        "Grønt Råd anbefaler planen over for Miljøudvalget med de nævnte bemærkninger.",
        "Seniorrådet kan anbefale forslaget, men ønsker en evaluering.",
        "Lokalplanen blev endeligt vedtaget med de ændringer, udvalget har anbefalet.",
        "Regnskabet for 2015 og overslagsårene blev herefter vedtaget med 15 stemmer mod 4.",
        "Sagen blev udsat til udvalgets møde i maj.",
        "Forslaget blev drøftet, og rådet ønsker en beskrivelse af økonomien.",
        "Ansøgningen blev ikke imødekommet, da bygningen ligger i det åbne land.",
        "Henvendelsen oversendes til Teknisk Udvalg med rådets støtte.",
        "Ved skriftlig afstemning blev Ida Holm valgt med 5 stemmer mod 2.",
        "Som første punkt godkendte bestyrelsen referatet uden bemærkninger.",
        "Endelig vedtog kommunalbestyrelsen den nye takst.",
        "Der var ingen bemærkninger.",
    ],
)
def test_prose_sentences_stating_the_outcome(sentence: str) -> None:
    assert outcome._prose_sentence_outcome(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det blev oplyst, at styrelsens udtalelse endnu ikke forelå.",
        "Der blev spurgt til udgiften ved den dyreste model.",
        "Lise Hald gennemgik udkastet.",
        "Herefter behandlede kommunalbestyrelsen forlængelsen af aftalen.",
    ],
)
def test_prose_sentences_of_background(sentence: str) -> None:
    assert not outcome._prose_sentence_outcome(sentence)


def _item(text: str) -> Item:
    return Item(
        1, "T", "T", None, False, None, None, None, (Section("tekst", "", text),), (), (), ()
    )


def test_outcome_sentence_opening_mid_line_over_a_wrap() -> None:
    text = "Borgere har klaget over skiltningen ved hallen. Sagen\noversendes til Teknisk Udvalg."
    (item,) = outcome.headless_decisions([_item(text)])
    assert item.sections[-1].key == "beslutning"
    assert item.sections[-1].text == "Sagen\noversendes til Teknisk Udvalg."
    assert item.sections[0].text == "Borgere har klaget over skiltningen ved hallen."


def test_outcome_after_a_number_ending_the_sentence_before() -> None:
    text = "Der var forslag om møder den 3. maj kl. 16.30. Mødeplanen blev godkendt."
    (item,) = outcome.headless_decisions([_item(text)])
    assert item.sections[-1].text == "Mødeplanen blev godkendt."


def test_outcome_on_the_line_itself_is_not_moved_to_the_next_sentence() -> None:
    text = (
        "Forslag fra Kristendemokraterne om at halvere tilskuddet\n"
        "til 0,2 mio. kr. forkastedes med 12 stemmer mod 4.\n"
        "Tilskuddet i øvrigt vedtoges enstemmigt."
    )
    (item,) = outcome.headless_decisions([_item(text)])
    assert item.sections[-1].text.startswith("Forslag fra Kristendemokraterne")
