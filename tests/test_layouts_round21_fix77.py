"""Twenty-first round (layouts77): meetings at different stages: agendas with empty
decision headings, supplementary agendas, decision protocols, items numbered within
numbered groups ("2.1"), several bodies' decisions stacked in one item."""

from __future__ import annotations

from analysis.layouts import parse_text


def _meeting(title_lines: str) -> str:
    return (
        f"{title_lines}\nMødedato: 3. juni 2025, kl. 16.00\n\n"
        "Pkt. 1  Budget\n   Beslutning: Godkendt.\n\n"
        "Pkt. 2  Evt.\n   Beslutning: Intet.\n"
    )


def test_a_body_of_several_words_over_its_kind_of_meeting() -> None:
    meeting = parse_text(_meeting("Teknik- og Miljøudvalget – ordinært møde"))
    assert meeting.forum == "Teknik- og Miljøudvalget"
    meeting = parse_text(_meeting("Udvalget for Klima og Natur – ekstraordinært møde"))
    assert meeting.forum == "Udvalget for Klima og Natur"
    # a sentence with a dash is no such line: the body must end in a body's word
    meeting = parse_text(_meeting("Ringsted Kommune\nHer er et notat – ordinært møde"))
    assert meeting.forum != "Her er et notat"


def test_action_points_closed_are_decided() -> None:
    from analysis.enrich.decisions import classify_decision

    for text in ("Listen gennemgået; punkt 2 og 5 lukkes.", "Opgaven blev lukket."):
        assert "decided" in [t for t, _ in classify_decision(text)]
    # what a proposal closes (a road, a school) is no point of the forum's own list
    assert "decided" not in [t for t, _ in classify_decision("Vejen lukkes i tre uger.")]


def test_the_meeting_of_the_body_named_again_under_the_kind_is_placed() -> None:
    text = (
        "Køge Kommune                                   Seniorrådet\nReferat\n\n"
        "Møde i Seniorrådet\nDato: 14.05.2024\nTid: kl. 10.00\n\n"
        "Ad 1. Godkendelse af dagsorden\n\nReferat:\nGodkendt.\n\n"
        "Ad 2. Eventuelt\n\nReferat:\nIntet.\n"
    )
    meeting = parse_text(text)
    assert meeting.forum == "Seniorrådet"
    assert not [w for w in meeting.warnings if "could not be placed" in w]


def test_a_site_footer_with_the_company_number_without_its_nr_is_furniture() -> None:
    from analysis.layouts.text import is_furniture

    assert is_furniture("Vejle Kommune, Skolegade 1, 7100 Vejle · CVR 29189803 · Om cookies")
    assert is_furniture("Faxe Kommune · Frederiksgade 9 · CVR: 29188831")
    assert not is_furniture("Foreningen har fået tilskud på 25.000 kr. · Godkendt")


def test_a_supplementary_agenda_titled_by_its_kind_alone_is_an_agenda() -> None:
    text = (
        "TILLÆGSDAGSORDEN\n\nBørne- og Ungeudvalget\n\n"
        "Mødet afholdes: tirsdag den 4.03.2025 kl. 16.00\nSted: Mødelokale 2\n\n"
        "Punkt 41    Ny dagplejeordning\nJ.nr.: 25/1120\n\nIndstilling:\n"
        "Forvaltningen indstiller, at ordningen godkendes.\n\n"
        "Beslutning i Børne- og Ungeudvalget den 04-03-2025:\n\n\n"
        "Punkt 42    Takster 2026\nJ.nr.: 25/1187\n\nIndstilling:\n"
        "Forvaltningen indstiller, at taksterne godkendes.\n\n"
        "Beslutning i Børne- og Ungeudvalget den 04-03-2025:\n\n"
    )
    assert parse_text(text).document_type == "dagsorden"
    decided = text.replace("04-03-2025:\n\n\n", "04-03-2025:\nGodkendt.\n\n")
    decided = decided.replace("04-03-2025:\n\n", "04-03-2025:\nGodkendt.\n\n")
    assert parse_text(decided).document_type == "referat"


def test_a_contents_list_of_the_items_numbered_by_word_without_pages() -> None:
    text = (
        "Favrskov Kommune\n\n## Referat\n\n## Økonomiudvalget\n\n"
        "Dato: mandag den 3. marts 2025\nMødested: Mødelokale 1, Rådhuset\n\n"
        "Indhold\nPunkt 1 Godkendelse af dagsorden\nPunkt 2 Salg af byggegrunde i Hinnerup\n\n"
        "## Punkt 1. Godkendelse af dagsorden\n\nSagsnummer: 00.01.00-A00-1-25\n\n"
        "## Sagsfremstilling\n\nDagsordenen forelægges.\n\n"
        "Økonomiudvalgets beslutning den 3. marts 2025\nGodkendt.\n\n"
        "## Punkt 2. Salg af byggegrunde i Hinnerup\n\nSagsnummer: 02.34.02-G01-3-25\n\n"
        "## Sagsfremstilling\n\nTre grunde udbydes.\n\n"
        "Økonomiudvalgets beslutning den 3. marts 2025\nGodkendt.\n"
    )
    meeting = parse_text(text)
    assert [it.toc_title for it in meeting.items] == [
        "Godkendelse af dagsorden",
        "Salg af byggegrunde i Hinnerup",
    ]
    assert not [w for w in meeting.warnings if "could not be placed" in w]
