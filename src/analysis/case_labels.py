"""The words that label a case (journal) number, shared by every case pattern.

Minutes write an item's case number behind a label ("Sagsnr.: 25/1234", "J.nr. 82.02.00-
G01-3-24", "Journalnummer: …", "Sag: …") or behind the case system's name ("Acadre: 24/1187").
Some twenty patterns read such lines in their own shapes (a field alone, a field then text,
a label in brackets closing a title, a table's column head); they used to spell the label
words each for itself, and drifted (one knew "Sags nr.", another "Journal nr.", a third
"J nr."). They are composed from the alternatives here, so a spelling is taught once.
"""

from __future__ import annotations

#: A label naming the number: "Sagsnr.", "Sags nr.", "Sag nr.", "Sagnr", "Sagsnummer", "J.nr.",
#: "J. nr.", "J nr.", "Journalnr.", "Journal nr.", "Journalnummer" (case-insensitive; the
#: closing dot optional, so a pattern may demand or allow one after it); also hyphenated,
#: "Sags-nr.", "Journal-nr." (a web portal's field label); and the diary number of a body
#: that keeps its files the Swedish way, "Dnr.", "D.nr.", "Diarienr.", "Diarienummer" (a
#: Danish-Swedish committee's case line, "Dnr. ÖK 2016/041"; no space inside "Dnr").
_ONE_CASE_LABEL = (
    r"(?:sags?\.?[\s-]*nr\.?|sagsnummer|j\s*\.?\s*nr\.?|journal[\s-]*nr\.?|journalnummer"
    r"|d\.?nr\.?|diarie[\s-]*nr\.?|diarienummer)"
)
#: The same, or two of them parted by a slash ("Sagsnr./Dnr: 25/09114": a Danish-Swedish
#: body's case field named in both languages, the Danish "Sagsnr." and the Swedish diary's).
CASE_NUMBER_LABEL = rf"(?:{_ONE_CASE_LABEL}(?:\s*/\s*{_ONE_CASE_LABEL})?)"
#: The same, or the bare word "Sag" ("Sag: 25/1234"); where "sag" may start another word the
#: pattern says what follows it.
CASE_LABEL = rf"(?:{CASE_NUMBER_LABEL}|sag)"
#: "ID 25/118": the bare abbreviation on an item's case line (a PDF dump's "ID" where the
#: agenda system's field reads "Sags-ID"). Upper case only and only before a number in a case
#: number's shape (digits parted by "/", "." or "-"), so "Id" starting a word, "ID-kort" or
#: "ID 2025" read as text. Also "ID-nr.", "Id.nr.", "ID nr." (the identifier's number, as
#: "Sagsnr." is the case's: an ESDH export's field label), in either case, before the same
#: shape of number.
CASE_ID_ABBREVIATION = r"(?:(?i:id)[\s.-]*nr\.?|(?-i:ID))(?=\s*:?\s*\d[\dA-ZÆØÅ]*[/.-]\d)"
#: "Akt-id: 24/4101 · Dok.nr. …", "Akt-id 2204418": the case system's file id as an item's
#: case field, before a number (four labellers of the twenty-third round, each on their own,
#: read it as the item's case where it is the number given); not where a "Sagsnr." follows
#: on the line ("Akt-id: 2025-000211   Sagsnr.: 25/302": the case is the Sagsnr.), nor where
#: the case system's own "Sags-id" does ("Akt-id: 5120447   Sags-id: 25/7731").
AKT_ID_LABEL = r"akt[\s.-]*id(?=\s*:?\s*\d)(?![^\n]*\bsags?(?:\.?\s*(?:nr|nummer)|[\s-]*id)\b)"
#: "Sags-ID", "Sags ID", "SagsID", "Sagsid." (abbreviated as "Sagsnr." is): a case's
#: identifier in an agenda system's field; or the bare "ID" above, or "Akt-id" before a number.
CASE_ID_LABEL = rf"(?:sags?[\s-]*id\.?|{CASE_ID_ABBREVIATION}|{AKT_ID_LABEL})"
#: Case (ESDH) systems whose name alone labels a number ("Acadre: 24/1187", "SBSYS 25/1180").
CASE_SYSTEMS: tuple[str, ...] = (
    "ESDH", "SBSYS", "Acadre", "WorkZone", "GetOrganized", "Captia", "eDoc", "F2",
)  # fmt: skip
#: Their names as one alternation (matched case-insensitively where used).
CASE_SYSTEM = "(?:" + "|".join(CASE_SYSTEMS) + ")"
