"""Minutes quoted in a reply mail: a long quoted run is read without its quote marks."""

from analysis.layouts.quoted_mail import unquote_mail


def test_long_quote_with_quoted_blank_is_unquoted() -> None:
    quoted = "\n".join(
        [
            "> Referat – Styregruppen",
            ">",
            "> 1. Godkendelse af dagsorden",
            ">    Beslutning: Godkendt.",
            ">",
            "> 2. Budget",
            ">    Beslutning: Drøftet.",
            ">",
        ]
    )
    out = unquote_mail("Fra: A\n\n" + quoted).split("\n")
    assert out[2] == "Referat – Styregruppen"
    assert out[4] == "1. Godkendelse af dagsorden"
    assert out[5] == "   Beslutning: Godkendt."
    assert len(out) == 10  # line numbers kept


def test_quote_inside_a_quote_loses_both_levels() -> None:
    run = ["> > 1. Punkt", "> >    Beslutning: Godkendt.", "> >"] * 3
    assert unquote_mail("\n".join(run)).split("\n")[:2] == [
        "1. Punkt",
        "   Beslutning: Godkendt.",
    ]


def test_short_quote_stays() -> None:
    text = "Referat\n> 📍 Rådhuset\n> 🕝 Onsdag kl. 14\n>\n> Kommune · Ledergruppen\n\n1. Punkt"
    assert unquote_mail(text) == text
    # a long run with no quoted blank line is no mail's quote
    long = "\n".join(f"> linje {k}" for k in range(12))
    assert unquote_mail(long) == long
