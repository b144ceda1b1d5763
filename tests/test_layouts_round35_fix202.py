"""Round thirty-five (layouts202: minutes whose agenda changed: supplementary agendas,
urgent and added items, withdrawn, moved and renumbered items): small rules."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts.outcome import _elliptic_outcome, _outcome_after_change
from analysis.parse import SENT_OUT, SENT_OUT_HEADS, sent_out
from analysis.pipeline import parse_bytes


def _type(text: str) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text))


def _titles(text: str) -> list[str]:
    tables = parse_bytes(text.encode(), "x.txt").tables
    assert tables is not None
    return list(tables["items"]["raw_title"])


_RULE = "-" * 40


def _pkt(*heads: str) -> str:
    lines = ["Teknisk Udvalg", "Referat", "", "Dato: Tirsdag 9. marts 2021", ""]
    for k, head in enumerate(heads, 1):
        lines += [
            _RULE,
            head,
            _RULE,
            f"Sagsid: 21-00{k}411",
            "Udvalgets beslutning:",
            "Godkendt.",
            "",
        ]
    return "\n".join(lines)


def test_added_item_mark_in_the_numbers_place_is_no_part_of_the_title():
    titles = _titles(
        _pkt(
            "Pkt. 1 (1)   Godkendelse af dagsorden",
            "Pkt. 2 (ny)   Hastesag: Vejbelysning",
            "Pkt. 3 (ny – tillægsdagsorden)   Regnskab for vintertjenesten",
            "Pkt. 4 (tidligere pkt. 2)   Trafikplan",
        )
    )
    assert titles == ["Godkendelse af dagsorden", "Hastesag: Vejbelysning",
                      "Regnskab for vintertjenesten", "Trafikplan"]  # fmt: skip


def test_added_item_mark_after_the_dash_is_printed_as_the_titles():
    titles = _titles(
        _pkt(
            "Pkt. 1 – Godkendelse af dagsorden",
            "Pkt. 2 – Trafikplan",
            "Pkt. 3 – (Supplerende) Salg af grund",
        )
    )
    assert titles[-1] == "(Supplerende) Salg af grund"


def test_supplementary_agenda_sent_out_is_a_stamp():
    for line in (
        "Tillægsdagsorden udsendt fredag den 7. marts 2014 (punkt 7a)",
        "Supplerende dagsorden udsendt den 19.06.2019",
        "Dagsorden udsendt mandag den 3. marts 2014",
    ):
        assert sent_out(line), line
    assert not sent_out("Tillægsdagsorden for Økonomiudvalget den 7. marts 2014")


def test_supplementary_agenda_stamp_gives_neither_date_nor_forum():
    text = "\n".join(
        (
            "Greve Kommune",
            "Økonomiudvalget",
            "",
            "REFERAT",
            "Ordinært møde tirsdag den 11. marts 2014 kl. 16:30",
            "",
            "Tillægsdagsorden udsendt fredag den 7. marts 2014 (punkt 7a)",
            "",
            "1. Godkendelse af dagsorden",
            "Beslutning:",
            "Godkendt.",
            "",
            "2. Meddelelser",
            "Beslutning:",
            "Taget til efterretning.",
        )
    )
    tables = parse_bytes(text.encode(), "x.txt").tables
    assert tables is not None
    meeting = tables["meetings"].to_dict("records")[0]
    assert str(meeting["date"])[:10] == "2014-03-11"
    assert meeting["forum"] == "Økonomiudvalget"


def test_correction_closed_by_the_outcome_is_the_decision_whole():
    assert _outcome_after_change('Under pkt. 4 rettes "A" til "B". Herefter godkendt.')
    assert _outcome_after_change("Datoen rettes til 4. maj. Dermed vedtaget.")
    # the connective before no outcome, or no sentence before it
    assert not _outcome_after_change("Sagen blev udsat. Derefter gik man videre til punkt 5.")
    assert not _outcome_after_change("Herefter godkendt.")


def test_noun_and_its_outcome_without_the_verb():
    assert _elliptic_outcome("Referat godkendt, idet Hans' indlæg under pkt. V udgår.")
    assert _elliptic_outcome("Dagsordenen godkendt med den ændring, at pkt. 6 udgår.")
    # a date tells an earlier meeting's decision
    assert not _elliptic_outcome("Planen godkendt den 12. maj 2020 af byrådet.")
    assert not _elliptic_outcome("Referatet fra sidste møde ligger på intranettet.")


def test_item_moved_to_the_next_meeting_is_postponed():
    assert _type("Udgår – overført til næste møde.") == "postponed"
    assert _type("Punktet udgår – flyttet til næste møde.") == "postponed"
    assert _type("Udgår.") == "none"


def test_sent_to_the_auditors_in_the_participle_is_referred():
    assert _type("Oversendt til revisionen, jf. styrelseslovens § 45.") == "referred"
    assert _type("Sagen oversendt til revisionen.") == "referred"
    assert _type("Oversendt til deltagerne.") != "referred"


def test_consultation_reply_sent_is_no_referral():
    text = (
        "Udvalget drøftede udkastet til høringssvar.\nEndeligt høringssvar fremsendes af formanden."
    )
    assert _type(text) == "discussed"
    assert _type("Sagen fremsendes til Byrådet.") == "referred"


@settings(max_examples=60, deadline=None)
@given(
    st.from_regex(re.compile(SENT_OUT.pattern)).flatmap(
        # (the cases minutes write it in, not every mixed case a re.I pattern reads)
        lambda s: st.sampled_from([s, s.upper(), s[:1].upper() + s[1:]])
    )
)
def test_sent_out_starts_with_a_letter_its_gate_lets_through(text: str) -> None:
    assert text[:3].lower() in SENT_OUT_HEADS
