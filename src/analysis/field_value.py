"""The shape of a labelled field line, shared by the layouts that tell a field from a title.

"Til stede: …", "Referent: Bente Lassen", "Tid: 9.00", "Ansvarlig: AB": a short label, a
colon, then its value on the line. Plain-text layouts whose items are opened by a title
line alone (ruled paragraphs, unnumbered titles, titled paragraphs) test their candidate
titles against it: such a line is a field, no title. A leaf module (it imports nothing of
the project), so layouts that may not import each other (``unnumbered`` imports ``text``,
which imports ``ruled``) share one pattern.
"""

from __future__ import annotations

import re

#: "Til stede: …", "Fraværende: Ingen", "Referent: Bente Lassen": a field, no title.
FIELD_VALUE = re.compile(r"^[\wæøåÆØÅ .-]{2,30}:\s+\S")
