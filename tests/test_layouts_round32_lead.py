"""Thirty-second round, the lead's own change: a body's name in a title with "&"."""

from analysis.parse import parse_minutes

_MINUTES = """{forum}

Referat af møde den 2. februar 2023 kl. 14.00

1. Godkendelse af dagsorden
Beslutning: Godkendt.

2. Eventuelt
Beslutning: Intet.
"""


def test_a_joint_services_name_with_an_ampersand_is_the_forum() -> None:
    # ("Brand & Redning": the ampersand for "og" in a joint fire service's name)
    forum = "Beredskabskommissionen for Nord- og Østfyns Brand & Redning"
    assert parse_minutes(_MINUTES.format(forum=forum)).forum == forum


def test_the_same_name_with_og_is_read_as_before() -> None:
    forum = "Beredskabskommissionen for Nord- og Østfyns Brand og Redning"
    assert parse_minutes(_MINUTES.format(forum=forum)).forum == forum
