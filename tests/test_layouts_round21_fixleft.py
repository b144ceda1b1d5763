"""Twenty-first round, last round's leftovers: the bare "ID" before an item's case number
(layouts67), a standing last item closed by the note taker's sign-off (layouts58), plain
"T 61 Title" headings after a committee's letter (layouts70), a web accordion of bare
<section>s opened by <button>s (layouts72), a substitute called in named in the absence
field (layouts62), and the forum as a heading spells out a short name (layouts69)."""

from __future__ import annotations

from pathlib import Path

from analysis.layouts import parse_text

_RAW = Path(__file__).parent / "fixtures" / "layouts" / "raw"


def _parsed(name: str):  # noqa: ANN202 (the parser's meeting)
    path = _RAW / name
    if path.suffix == ".html":
        from analysis.read import read_document

        return parse_text(read_document(path).text)
    return parse_text(path.read_text(encoding="utf-8"))


def test_the_bare_id_before_a_case_number_labels_the_case() -> None:
    meeting = _parsed("beslutning_i-id-sagsnummer.txt")
    assert [it.case_number for it in meeting.items] == [
        None, "25/4418", "25/5120", "2025-008113", None,
    ]  # fmt: skip


def test_a_sign_off_under_a_standing_last_item_is_no_cut_short_file() -> None:
    """ "Evt." / "Intet." then "Referent: …" and a print line: the item's own text ends a
    sentence, so nothing hints at a cut-off file."""
    meeting = _parsed("generic-evt-referent-til-sidst.txt")
    assert meeting.items[-1].title == "Evt."
    assert not any("cut short" in w for w in meeting.warnings)


def test_a_standing_last_item_stopping_mid_sentence_still_warns() -> None:
    text = (_RAW / "generic-evt-referent-til-sidst.txt").read_text(encoding="utf-8")
    cut = text.replace("Intet.", "Der blev spurgt til, om").split("Referent:")[0]
    meeting = parse_text(cut)
    assert any("cut short" in w for w in meeting.warnings)


def test_plain_committee_letter_numbers_in_a_run_are_items() -> None:
    """ "T 61 Title" … "T 64 Eventuelt" in plain text (one space, no heading mark): a run
    of the same letter, numbered one past the other; a stray "B 12 Bilag …" paragraph
    between them breaks no run and is no item."""
    meeting = _parsed("running-udvalgsbogstav-tekst.txt")
    assert [it.number for it in meeting.items] == [61, 62, 63, 64]
    assert meeting.items[-1].title == "Eventuelt"


def test_plain_letter_numbers_need_a_run_and_a_paragraph_of_their_own() -> None:
    from analysis.layouts.headings import candidates
    from analysis.layouts.text import prepare

    lone = "Referat\n\nB 14 Ledighedsstatistik\n\nTekst.\n\nC 15 Beskæftigelsesplan\n"
    assert candidates(prepare(lone), set()) == []
    prose = "Vejen:\nA 4 Hovedvejen lukkes.\nA 5 Omkørslen åbner.\n"
    assert candidates(prepare(prose), set()) == []
    run = "Referat\n\nB 14 Ledighedsstatistik\n\nTekst.\n\nB 15 Beskæftigelsesplan\n"
    assert [h.number for h in candidates(prepare(run), set())] == [14, 15]


def test_a_section_opened_by_a_button_heads_its_item_without_class_names() -> None:
    """<section><button>Punkt 1 Title</button><div>…</div></section>, no class or ARIA
    mark: the button is the item's heading; a lone button in a footer stays a control."""
    meeting = _parsed("generic-sektion-knap-uden-klasser.html")
    assert [it.title for it in meeting.items][:2] == [
        "Godkendelse af dagsorden",
        "Klimahandleplan – status 2025",
    ]


_ABSENT_WITH_SUBSTITUTE = "Susanne Eilersen (C), stedfortræder Jesper Bjerre indkaldt."


def _participants(meeting) -> dict[str, tuple[bool, str | None]]:  # noqa: ANN001
    return {p.name: (p.present, p.role) for p in meeting.participants}


def test_a_substitute_called_in_in_a_web_pages_absence_field_attends() -> None:
    from analysis.read import read_bytes

    page = (
        "<html><body><main><h1>Byrådet</h1><p>Referat</p>"
        "<p>Mødedato: 24. marts 2025</p>"
        f"<p><strong>Fraværende:</strong> {_ABSENT_WITH_SUBSTITUTE}</p>"
        "<h3>1. Godkendelse af dagsorden</h3><h4>Beslutning</h4><p>Godkendt.</p>"
        "<h3>2. Eventuelt</h3><h4>Beslutning</h4><p>Intet.</p>"
        "</main></body></html>"
    )
    meeting = parse_text(read_bytes(page.encode(), ".html").text)
    people = _participants(meeting)
    assert people["Susanne Eilersen"][0] is False
    assert people["Jesper Bjerre"] == (True, "Suppleant")
    assert not any("could not be placed" in w for w in meeting.warnings)


def test_a_substitute_called_in_in_a_text_absence_field_attends() -> None:
    text = (
        "Byrådet\nReferat\n\nMødedato: 24. marts 2025\n"
        f"Fraværende: {_ABSENT_WITH_SUBSTITUTE}\n\n"
        "1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
        "2. Eventuelt\nBeslutning:\nIntet.\n"
    )
    people = _participants(parse_text(text))
    assert people["Susanne Eilersen"][0] is False
    assert people["Jesper Bjerre"] == (True, "Suppleant")


def test_a_role_standing_in_for_someone_is_no_substitute_called_in() -> None:
    from analysis.layouts.substitutes import called_in

    assert called_in("Ole Dam (A), stedfortræder for borgmesteren") is None
    m = called_in("Ole Dam (A), suppleant Birte Lund (C) mødte.")
    assert m is not None and m.group("names") == "Birte Lund (C)"


def test_a_heading_spelling_out_the_short_forum_name_is_the_forum() -> None:
    meeting = _parsed("generic-forside-kort-navn-fuldt-h1.md")
    assert meeting.forum == "HovedMED – Teknik og Miljø"


def _fuller(forum: str, heading: str) -> str | None:
    from analysis.layouts.fuller_forum import fuller_heading_forum
    from analysis.parse import to_lines

    return fuller_heading_forum(forum, to_lines(f"Emne: Referat\n\n{heading}\n"), set())


def test_only_a_heading_that_spells_out_the_name_replaces_it() -> None:
    assert _fuller("LokalMED Jobcenter", "## LokalMED – Jobcenter og Ydelse") == (
        "LokalMED – Jobcenter og Ydelse"
    )
    assert _fuller("AMU Skoleområdet", "# Arbejdsmiljøudvalget for Skoleområdet (AMU-Skole)")
    assert _fuller("Centerchefmøde Voksen & Sundhed", "CENTERCHEFMØDE – VOKSEN & SUNDHED") == (
        "Centerchefmøde – Voksen & Sundhed"
    )
    # a kind, a place or a note after a separator; words before the name; one-word names
    assert (
        _fuller("Chefgruppen Børn og Unge", "# Chefgruppen Børn og Unge – beslutningsnotat") is None
    )
    assert _fuller("Hedensted Byråd", "# Hedensted Byråd - Byrådssalen, Rådhuset") is None
    assert _fuller("Styregruppen for Park", "# Handlingslog – Styregruppen for Park") is None
    assert _fuller("Direktionen", "# Direktionen og centercheferne") is None
    assert _fuller("HovedMED Teknik", "# Referat fra HovedMED Teknik og Miljø") is None
