"""The forty-seventh round's rules for city councils' minutes with their politics
(layouts286): question time told as the question received before its answer, an
amendment's wording after its label's colon on the same line, and a document named by its
year or number as the subject of its sending on."""

from __future__ import annotations

import pytest

from analysis.enrich import decisions
from analysis.enrich.decisions import classify_decision


def _types(text: str, forum: str | None = "Byrådet") -> list[str]:
    return [t for t, _ in classify_decision(text, forum)]


# --- question time: the question received, then answered ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der var indkommet et spørgsmål fra Karen Vestergaard, Lundby, om stien ved åen. "
        "Formanden for Teknisk Udvalg besvarede spørgsmålet.",
        "Der er modtaget to spørgsmål fra borgerne. Spørgsmålene blev besvaret af borgmesteren.",
        "Der var indkommet ét spørgsmål om skolebussen. Borgmesteren besvarede spørgsmålet.",
        "Der blev stillet 3 spørgsmål. Besvaret af borgmesteren.",
    ],
)
def test_question_received_then_answered_says_nothing(text: str) -> None:
    assert decisions._says_nothing(text)
    assert _types(text) == ["none"]


def test_question_received_alone_is_no_none() -> None:
    # (who asked, and nothing said about the answer: not read as nothing decided)
    assert not decisions._says_nothing("Der var indkommet et spørgsmål om parkering.")


def test_question_received_then_answer_noted_is_noted() -> None:
    text = "Der var indkommet et spørgsmål om parkering. Byrådet tog besvarelsen til efterretning."
    assert not decisions._says_nothing(text)
    assert _types(text) == ["noted"]


def test_question_in_reads_the_lead_sentence_only() -> None:
    text = "Der var indkommet to spørgsmål fra Ib Holm, Vester Ulslev, om cykelstien. Besvaret."
    m = decisions._QUESTION_IN.match(text)
    assert m is not None and text[m.end() :] == "Besvaret."


# --- an amendment's wording after the label's colon ------------------------------------


def test_amendment_wording_on_the_label_line_is_no_outcome() -> None:
    text = (
        "Ændringsforslag fra Enhedslisten: At takststigningen udsættes et år.\n"
        "For stemte 3: Ø. Imod stemte 24: A, V, C og O.\n"
        "Ændringsforslaget blev forkastet.\n"
        "Indstillingen blev derefter godkendt."
    )
    assert _types(text) == ["approved"]


def test_amendment_label_wording_ends_at_its_sentence() -> None:
    text = "Ændringsforslag fra Ø: At beløbet halveres til 1. juli. Forkastet med 3 mod 25."
    m = decisions._AMENDMENT_LABEL.search(text)
    assert m is not None and m.group("wording") == "At beløbet halveres til 1. juli"


def test_amendment_label_with_a_verdict_after_the_colon_has_no_wording() -> None:
    assert decisions._AMENDMENT_LABEL.search("Ændringsforslag fra Ø: Forkastet.\nGodkendt.") is None


def test_amendment_label_alone_on_its_line_keeps_the_next_line() -> None:
    text = "Ændringsforslag fra V:\nAt sagen udsættes. Sagen sendes tilbage.\nGodkendt."
    m = decisions._AMENDMENT_LABEL.search(text)
    assert m is not None and m.group("wording") == "At sagen udsættes. Sagen sendes tilbage."


def test_amendment_carried_keeps_its_outcome() -> None:
    # (carried, nothing else told: what the council did is the amendment's)
    text = (
        "Ændringsforslag fra V: At sagen udsættes til næste møde. Ændringsforslaget blev vedtaget."
    )
    assert _types(text) == ["postponed"]


# --- a document named by its year or number sent on ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Årsregnskab 2024 blev oversendt til revisionen.",
        "Lokalplan nr. 12 oversendes til Økonomiudvalget.",
        "Budget 2026-2029 blev sendt tilbage til Økonomiudvalget.",
    ],
)
def test_document_with_year_or_number_sent_on_is_referred(text: str) -> None:
    assert decisions._SENT_ON.match(text)
    assert _types(text) == ["referred"]


def test_sent_on_to_the_members_stays_unread() -> None:
    assert decisions._SENT_ON.match("Referat 2024 oversendes til medlemmerne.") is None
