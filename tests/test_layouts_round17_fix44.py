"""Rules taught from a set of everyday council and committee minutes (seventeenth round,
layouts44) (pure). The fixtures in ``tests/fixtures/layouts/`` check the families end to
end; these tests pin the rules themselves, and what they must leave alone."""

from __future__ import annotations

from analysis.layouts import parse_text

_HEAD = "Odder Kommune\nByrådet\n\nReferat\n\nTirsdag den 8. april 2025 kl. 19.00\n\n"
_BODY = "1. Budgetopfølgning\n\nBeslutning:\nGodkendt.\n\n2. Eventuelt\n\nBeslutning:\nIntet.\n\n"


def _unplaced(text: str) -> list[str]:
    meeting = parse_text(text)
    return [w for w in meeting.warnings if "could not be placed" in w]


def test_signers_listed_on_the_signature_labels_line_are_placed() -> None:
    tail = "Mødet hævet kl. 20.15.\n\nUnderskrifter: Anna Holm, Bo Krag, Carl Ravn Dahl\n"
    meeting = parse_text(_HEAD + _BODY + tail)
    assert not _unplaced(_HEAD + _BODY + tail), meeting.warnings
    assert meeting.items[-1].sections[-1].text == "Intet."


def test_a_sentence_after_the_signature_label_is_still_reported() -> None:
    tail = "Mødet hævet kl. 20.15.\n\nUnderskrifter: se næste side for borgmesterens.\n"
    assert "Underskrifter" in " ".join(_unplaced(_HEAD + _BODY + tail))


def test_pkt_with_a_middle_dot_and_a_plain_beskrivelse_section() -> None:
    body = (
        "Pkt. 1 · Godkendelse af dagsorden\n\nReferat\nGodkendt.\n\n"
        "Pkt. 2 · Ny legeplads\tSagsnr. 25/118\n\nBeskrivelse\nForslag om placering.\n\n"
        "Referat\nDrøftet.\n"
    )
    meeting = parse_text(_HEAD + body)
    got = [
        (it.number, it.raw_title, next(s.text for s in it.sections if s.key == "beslutning"))
        for it in meeting.items
    ]
    assert got == [(1, "Godkendelse af dagsorden", "Godkendt."), (2, "Ny legeplads", "Drøftet.")]


def test_agenda_with_decisions_is_minutes_and_its_title_placed() -> None:
    text = (
        "Odder Kommune\n\nDagsorden med beslutninger\n\nByrådet\n\nDato: 08-04-2025 kl. 19:00\n\n"
    )
    meeting = parse_text(text + _BODY)
    assert meeting.document_type == "referat"
    assert not _unplaced(text + _BODY), meeting.warnings


_TEMPLATE_HEAD = (
    "ODDER KOMMUNE\nByrådet\n08.04.2025\n\n{title}\n\nMødedato: 08.04.2025, kl. 19:00\n\n"
)


def test_kind_before_the_forums_name_again_is_placed() -> None:
    text = _TEMPLATE_HEAD.format(title="Referat Byrådet")
    meeting = parse_text(text + _BODY)
    assert meeting.forum == "Byrådet"
    assert not _unplaced(text + _BODY), meeting.warnings


def test_kind_before_another_name_is_left_reported() -> None:
    text = _TEMPLATE_HEAD.format(title="Referat Anna Holm")
    assert "Referat Anna Holm" in " ".join(_unplaced(text + _BODY))
