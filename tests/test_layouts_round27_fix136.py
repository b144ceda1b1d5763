"""Twenty-seventh round (layouts136: short summaries of meetings published for citizens and
staff): a news post's headline naming the body ("Det besluttede Teknisk Udvalg", "Resumé:
…", "Beslutninger fra Direktionens møde …", "Byrådet kort fortalt"), its lead sentence
saying who met, when and where, a link to the whole case as page furniture, the
plain-language outcomes of such posts, and a body saying it has no remarks."""

from __future__ import annotations

import pytest

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.lead_sentence import Lead, meeting_lead, news_title_forum
from analysis.layouts.number_under_title import numbers_under_titles
from analysis.layouts.outcome import outcome_line
from analysis.layouts.text import is_furniture


def _primary(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rådet har ingen bemærkninger.", "none"),
        ("Ældrerådet havde ingen bemærkninger til høringen.", "none"),
        ("Udvalget har ingen bemærkninger, men anbefaler forslaget.", "recommended"),
    ],
)
def test_body_without_remarks(text: str, kind: str) -> None:
    assert _primary(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Taksterne blev vedtaget med stemmerne fra A, V og F.",
        "Forslaget blev forkastet med 12 stemmer mod 9.",
        "Et forslag fra SF om gratis frokost i indskolingen blev forkastet.",
        "Kommunalbestyrelsen forkastede forslaget til ny lokalplan.",
        "Byrådet tog den årlige rapport fra vandselskabet til efterretning.",
        "Politikerne udsatte sagen om den nye busterminal.",
        "Udvalget fik en orientering om status på ventelisterne.",
        "Sagen blev sendt videre til byrådet uden indstilling.",
        "Regnskabet anbefales godkendt af byrådet.",
    ],
)
def test_plain_language_outcomes(text: str) -> None:
    assert outcome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Planen blev vedtaget i 2019, og nu skal den revideres",
        "Politikerne skal tage stilling i juni.",
    ],
)
def test_background_is_no_outcome(text: str) -> None:
    assert not outcome_line(text)


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        ("Det besluttede Teknisk Udvalg", "Teknisk Udvalg"),
        ("Det besluttede Social- og Ældreudvalget", "Social- og Ældreudvalget"),
        ("Resumé: Plan- og Boligudvalget 4. juni 2024", "Plan- og Boligudvalget"),
        ("Resumé af Plan- og Boligudvalgets møde", "Plan- og Boligudvalget"),
        ("Beslutninger fra Koncernledelsens møde 2. maj 2023", "Koncernledelsen"),
        ("Kommunalbestyrelsen kort fortalt", "Kommunalbestyrelsen"),
        ("Det besluttede vi på mødet", None),
        ("Kort fortalt: ny legeplads", None),
    ],
)
def test_news_title_forum(text: str, forum: str | None) -> None:
    assert news_title_forum(text) == forum


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Tønder Byråd holdt torsdag aften møde i Byrådssalen på Tønder Rådhus. "
            "Mødet startede kl. 19.00.",
            Lead("Byrådet", "19:00", "Byrådssalen på Tønder Rådhus"),
        ),
        (
            "Teknisk Udvalg i Hedensted Kommune holdt mandag møde på Rådhuset kl. 8.00. "
            "Her er de vigtigste beslutninger.",
            Lead("Teknisk Udvalg", "08:00", "Rådhuset"),
        ),
        (
            "Torsdag den 3. oktober 2024 var der byrådsmøde i Nyborg. Mødet begyndte kl. 16.30 "
            "i byrådssalen, Torvet 1. Her er et udpluk.",
            Lead("Byrådet", "16:30", "byrådssalen, Torvet 1"),
        ),
        ("Vi har holdt et godt møde i går.", None),
    ],
)
def test_meeting_lead(text: str, lead: Lead | None) -> None:
    assert meeting_lead(text) == lead


def test_link_to_the_whole_case_is_furniture() -> None:
    assert is_furniture("→ Læs hele sagen på dagsordenen")
    assert is_furniture("Læs hele sagen her")
    assert not is_furniture("Læs hele sagen om skolestrukturen, før du stemmer.")


def test_number_under_headline_needs_two() -> None:
    one = "Intro\n\nNy hal\nPunkt 5 | Sagsnr. 24/2210\nBevilget.\n"
    assert numbers_under_titles(one) == one
    two = one + "\nNy sti\nPunkt 6\nUdsat.\n"
    assert numbers_under_titles(two).split("\n")[2:4] == ["5. Ny hal", "Sagsnr. 24/2210"]
