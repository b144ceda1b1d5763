"""Round thirty-five (layouts203: small municipalities and islands writing free prose):
small rules."""

from __future__ import annotations

from analysis.enrich.decisions import classify_decision, primary_decision_type
from analysis.layouts import headings, outcome
from analysis.layouts.outcome import outcome_line
from analysis.parse import parse_minutes


def _type(text: str, forum: str | None = None) -> str:
    return primary_decision_type(t for t, _ in classify_decision(text, forum))


def _decision(item) -> str | None:
    return next((s.text for s in item.sections if s.key == "beslutning"), None)


_HEADER = (
    "Beboerrådet\n\nReferat af møde tirsdag den 8. april 2025 kl. 19.00 i Forsamlingshuset\n\n"
)


def test_other_words_for_ad_before_the_point():
    for word in ("Til punkt", "Vedr. punkt", "Vedrørende pkt."):
        text = _HEADER + "".join(
            f"{word} {n} – {title}\n{outcome}\n\n"
            for n, title, outcome in (
                (1, "Godkendelse af dagsorden", "Godkendt."),
                (2, "Legepladsen", "Rådet drøftede sagen."),
                (3, "Eventuelt", "Intet."),
            )
        )
        parsed = parse_minutes(text)
        assert [(i.number, i.title) for i in parsed.items] == [
            (1, "Godkendelse af dagsorden"),
            (2, "Legepladsen"),
            (3, "Eventuelt"),
        ], word


def test_til_punkt_in_a_sentence_is_no_heading():
    text = _HEADER + (
        "Ad 1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "Ad 2. Legepladsen\nTil punkt 2 bemærkede Ove, at hegnet mangler.\nDrøftet.\n\n"
        "Ad 3. Eventuelt\nIntet.\n"
    )
    assert [i.number for i in parse_minutes(text).items] == [1, 2, 3]
    assert headings._ANSWER_WORD.match("Til punkt 2 bemærkede Ove, at hegnet mangler.") is None
    assert headings._ANSWER_WORD.match("TIL PUNKT 2 LEGEPLADSEN") is not None


def test_points_answered_in_another_order():
    text = _HEADER + (
        "Vedr. punkt 1 - Godkendelse af dagsorden\nGodkendt, punkt 3 og 2 byttet om.\n\n"
        "Vedr. punkt 3 - Sommerfest\nRådet besluttede at holde festen i juli.\n\n"
        "Vedr. punkt 2 - Legepladsen\nRådet drøftede sagen.\n\n"
        "Vedr. punkt 4 - Eventuelt\nIntet.\n"
    )
    assert [i.number for i in parse_minutes(text).items] == [1, 3, 2, 4]


def test_agreement_told_as_a_state_or_without_subject_is_an_outcome():
    assert outcome_line("Udvalget var enige om at godkende den nye mødeplan.")
    assert outcome_line("Ungerådet var enige om at anbefale den nye busrute.")
    assert outcome_line("Der var tilslutning til planen.")
    assert not outcome_line("Rådet var uenige om sagen.")
    # a consensus alone may be the discussion's judgement over the decision; after an
    # outcome on its line it is the outcome's
    assert not outcome_line("Der var enighed om at model 1 er for dyr.")
    assert outcome._agreed_after_outcome("Sagen blev drøftet. Der var enighed om at gå videre.")
    assert not outcome._agreed_after_outcome("Tine gennemgik sagen. Der var enighed om det.")
    assert not outcome._agreed_after_outcome("Sagen blev drøftet. Der var ikke enighed om den.")


def test_a_date_set_at_the_meeting_is_an_outcome():
    assert outcome_line("Dato fastsat til lørdag 7. september.")
    assert outcome_line("Mødedatoen blev fastlagt til 3. maj.")
    assert not outcome_line("Datoen er fastsat til 1. maj af kommunen.")


def test_first_sentence_outcome_with_agreement_after_it():
    text = _HEADER + (
        "Til punkt 1 – Godkendelse af dagsorden\nGodkendt.\n\n"
        "Til punkt 2 – Stier\n"
        "Sagen blev drøftet. Der var enighed om at stien skal prioriteres, men\n"
        "rådet ønsker et overslag.\nRådet drøftede sagen uden at beslutte noget.\n\n"
        "Til punkt 3 – Eventuelt\nIntet.\n"
    )
    item = parse_minutes(text).items[1]
    assert (_decision(item) or "").startswith("Sagen blev drøftet. Der var enighed om")


def test_for_information_with_a_remark_after_a_dash_is_noted():
    assert _type("Til orientering – ingen bemærkninger.") == "noted"
    assert _type("Til orientering - ingen kommentarer.") == "noted"


def test_agreed_groundwork_before_the_final_decision_is_postponed():
    assert (
        _type("Vi aftalte at Per indhenter tilbud og at der tages endelig stilling i juni.")
        == "postponed"
    )
    assert (
        _type(
            "Det blev aftalt, at havnefogeden beder om et tilbud til næste møde, "
            "før oprensningen vedtages endeligt."
        )
        == "postponed"
    )
    # an agreement without the final decision left for later, and a decision that sends a
    # plan to hearing before its adoption, are no postponement
    assert _type("Det blev aftalt, at der udarbejdes et oplæg.") == "decided"
    assert (
        _type("Udvalget besluttede at sende planen i høring, før den vedtages endeligt.")
        == "decided"
    )


def test_minutes_word_under_the_agenda_listed_first():
    text = (
        "Havneudvalget\n\nMøde onsdag den 3. september 2025 kl. 17.00 på Havnekontoret\n\n"
        "DAGSORDEN\n1. Godkendelse af dagsorden\n2. Takster\n3. Eventuelt\n\n"
        "REFERAT\n\nAd 1.\nDagsordenen blev godkendt.\n\n"
        "Ad 2.\nForvaltningen har lagt op til uændrede takster.\n"
        "Udvalget godkendte taksterne.\n\nAd 3.\nIntet.\n"
    )
    parsed = parse_minutes(text)
    assert parsed.document_type == "referat"
    assert [_decision(i) for i in parsed.items] == [
        "Dagsordenen blev godkendt.",
        "Udvalget godkendte taksterne.",
        "Intet.",
    ]
    # the same under "DAGSORDEN" alone, nothing decided: an agenda
    agenda = text.split("REFERAT")[0] + "Ad 1.\nForslag til dagsorden.\n"
    assert parse_minutes(agenda).document_type == "dagsorden"


def test_remark_after_the_forum_and_owner_with_forum_in_brackets():
    body = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    dated = "Referat af møde den 12. maj 2024 kl. 19.30 i Forsamlingshuset"
    text = f"Lokalrådet for Hjortø (dialogforum med kommunen)\n\n{dated}{body}"
    assert parse_minutes(text).forum == "Lokalrådet for Hjortø"
    text = f"Bestyrelsen for Dagtilbud Vestby (Mariehønen)\n\n{dated}{body}"
    assert parse_minutes(text).forum == "Bestyrelsen for Dagtilbud Vestby (Mariehønen)"
    # (a qualifier of the body's area in small letters is its name's)
    text = f"Visitationsudvalget (børn/unge)\n\n{dated}{body}"
    assert parse_minutes(text).forum == "Visitationsudvalget (børn/unge)"
    text = f"SKOVBY FRISKOLE – BESTYRELSESMØDE\n{dated}\n\n(Vejle Kommune - Skolebestyrelsen){body}"
    parsed = parse_minutes(text)
    assert (parsed.forum, parsed.municipality) == ("Skolebestyrelsen", "Vejle Kommune")


def test_closing_formula_and_a_dash_under_eventuelt():
    text = _HEADER + (
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Sommerfest\nRådet besluttede at holde festen i juli.\n\n"
        "3. Eventuelt\n-\n\n"
        "Således passeret, Birkholm 8/4-2025.\n\nAnna Lund          Lise Krog\n"
    )
    warnings = " ".join(parse_minutes(text).warnings)
    assert "cut short" not in warnings
    assert "could not be placed" not in warnings
    parsed = parse_minutes(text)
    assert parsed.items[-1].sections[0].text == "-"
