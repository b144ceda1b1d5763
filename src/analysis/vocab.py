"""Fixed vocabularies: section keys, decision types and their Danish labels.

Every controlled value that appears in a table column is defined here, once, with its
meaning, so analysts and code agree on what a value says.
"""

from __future__ import annotations

# --- Sections -------------------------------------------------------------------------
# Normalised section keys of an agenda item, mapped from the headings the agenda system
# writes (lower-cased, without markdown). Headings not listed here but written as headings
# (markdown `#`) become a slug of their own text; nothing is dropped.
SECTION_HEADINGS: dict[str, str] = {
    "anledning": "anledning",
    "resumé": "resume",
    "resume": "resume",
    "sagsfremstilling": "sagsfremstilling",
    "beskrivelse af sagen": "sagsfremstilling",
    # ... or "Beskrivelse" alone (a template's case text, over its "Referat" outcome)
    "beskrivelse": "sagsfremstilling",
    # ... or "Sagsbeskrivelse", "Sagens indhold" (other publishing systems' words for it)
    "sagsbeskrivelse": "sagsfremstilling",
    "sagens indhold": "sagsfremstilling",
    "sagens kerne": "resume",
    "indstilling": "indstilling",
    "indstillinger": "indstilling",
    # ... shortened in typed shorthand minutes ("Indst.: At grunden sælges …")
    "indst.": "indstilling",
    # the administration's proposal under its own name ("Forvaltningens forslag")
    "forvaltningens forslag": "indstilling",
    "administrationens forslag": "indstilling",
    "beslutningspunkter": "indstilling",
    "beslutning": "beslutning",
    "beslutninger": "beslutning",
    # ... an agenda system's field for the decision's text ("Beslutningstekst:")
    "beslutningstekst": "beslutning",
    "afgørelse": "beslutning",
    # ... in Swedish, alone on its line in a Danish-Swedish body's minutes ("Beslut" over
    # a Swedish outcome where the Danish "Beslutning / Beslut" heads the others)
    "beslut": "beslutning",
    # ... or "Kendelse:" (a hegnsyn's or another adjudicating board's ruling on the case)
    "kendelse": "beslutning",
    # MED committees and fora minute what they agreed as "Konklusion:".
    "konklusion": "beslutning",
    # ... shortened in typed notes ("Konkl.: Til efterretning.")
    "konkl.": "beslutning",
    # ... and "Besl.: Godkendt." (the decision's word shortened the same way, a school
    # board's or an association's table cell)
    "besl.": "beslutning",
    # ... or "Beslutn.:" (typed shorthand minutes: "Beslutn.: Godk.", after "Indst.:")
    "beslutn.": "beslutning",
    # Internal leadership forums write what they agreed as "Aftalt:".
    "aftalt": "beslutning",
    # ... or as "Aftale:" / "Aftaler:" (the agreement itself, a mail's or a table's notes),
    # under "Baggrund:" (a council's case in brief)
    "aftale": "beslutning",
    "aftaler": "beslutning",
    # ... or as "Opsamling:" (the wrap-up of what the forum concluded on the item)
    "opsamling": "beslutning",
    # ... or joined to what follows up on it ("Konklusion og opfølgning:", a Word
    # template's one label for the outcome and who acts on it)
    "konklusion og opfølgning": "beslutning",
    "beslutning og opfølgning": "beslutning",
    "aftaler og opfølgning": "beslutning",
    # ... or after the discussion that led to it ("Drøftelse og beslutning:", a staff's or
    # task force's one label for what was said and what was decided)
    "drøftelse og beslutning": "beslutning",
    "drøftelse og konklusion": "beslutning",
    # ... or as "Besluttet:" (what was decided, the participle as "Aftalt:" is; a Teams
    # page's and a wiki's label)
    "besluttet": "beslutning",
    # ... or as "Opsummering:" (the summary of the outcome a forum's secretary writes)
    "opsummering": "beslutning",
    # ... or as "Protokol" (a commission's or board's Word protocol: the row of each
    # item's table that holds what was minuted)
    "protokol": "beslutning",
    # ... or as "Vedtagelse:" (what the board resolved, the noun of "vedtaget"; a harbour's
    # or a utility's board minutes, on the outcome's own line: "Vedtagelse: Godkendt.")
    "vedtagelse": "beslutning",
    # ... or as the decision of the one who took it between meetings ("Formandsbeslutning:",
    # "Borgmesterens beslutning:", "Hastebeslutning:": a chairman's or a mayor's decision
    # on the body's behalf, minuted under the item as the body's own would be)
    "formandsbeslutning": "beslutning",
    "formandens beslutning": "beslutning",
    "borgmesterbeslutning": "beslutning",
    "borgmesterens beslutning": "beslutning",
    "hastebeslutning": "beslutning",
    # ... or as the one decision of a joint meeting's bodies ("Fælles beslutning" beside
    # or instead of "Beslutning i <udvalg>" per body: what they decided together)
    "fælles beslutning": "beslutning",
    # ... or as "Udfald:" (the outcome, a template's label over or beside its ticked option)
    "udfald": "beslutning",
    # ... or as "Action-punkter:" (a crisis staff's or task force's list of what is to be
    # done, who does it, the item's agreed outcome)
    "action-punkter": "beslutning",
    "actionpunkter": "beslutning",
    # ... or as the forum's indication ("Udvalgets tilkendegivelse:"): what a workshop or a
    # theme meeting, which decides nothing formally, told the administration
    "tilkendegivelse": "beslutning",
    "udvalgets tilkendegivelse": "beslutning",
    "politisk tilkendegivelse": "beslutning",
    # ... or as "Politisk behandling" (a rebuilt portal's field over what the body did with
    # the case: "Godkendt.", "Anbefales.")
    "politisk behandling": "beslutning",
    "baggrund": "baggrund",
    "sagen i korte træk": "resume",
    "bilag": "bilag",
    "sagsforløb": "sagsforloeb",
    # the history as a table of body, date and decision, this meeting's row last
    "beslutningshistorik": "sagsforloeb",
    "kommunens vision og politikker": "kommunens_vision_og_politikker",
    "økonomi": "oekonomi",
    "økonomi og finansiering": "oekonomi",
    "lovgrundlag": "lovgrundlag",
    "borgerperspektiv": "borgerperspektiv",
    "historik": "historik",
    "høring": "hoering",
    "kommunikation": "kommunikation",
    "bevilling": "bevilling",
    "tidsplan": "tidsplan",
    "retsgrundlag": "lovgrundlag",
    "klima og miljø": "klima_og_miljoe",
    "personalemæssige konsekvenser": "personalemaessige_konsekvenser",
    # Headings of other municipalities' publishing systems (issue 13).
    "sagsresume": "resume",
    "sagsresumé": "resume",
    "beslutningstema": "beslutningstema",
    "sagstema": "sagstema",
    "redegørelse": "redegoerelse",
    "økonomiske konsekvenser": "oekonomiske_konsekvenser",
    "andre konsekvenser": "andre_konsekvenser",
    "høring og sagsgang": "hoering_og_sagsgang",
    "sagsgang og sagstype": "sagsgang",
    "sagsgang": "sagsgang",
    "beslutningskompetence": "kompetence",
    "kompetence": "kompetence",
    "hvem beslutter": "kompetence",
    "indstilling og beslutning": "indstilling",
    "forslag til beslutning": "beslutningsforslag",
    # København's case text after the decisions ("Indstilling og beslutning" first):
    # "Problemstilling", "Løsning", "Videre proces" (sixteenth round)
    "problemstilling": "problemstilling",
    "løsning": "loesning",
    "videre proces": "videre_proces",
}

#: Section key of a "Beslutning" heading in an agenda (dagsorden): the proposed text of a
#: decision, not a decision taken (FirstAgenda proposals carry such headings).
PROPOSED_DECISION_KEY = "beslutningsforslag"

#: Sections every analysis relies on, in the order the agenda system usually writes them.
CORE_SECTIONS: tuple[str, ...] = (
    "anledning",
    "resume",
    "sagsfremstilling",
    "indstilling",
    "beslutning",
    "bilag",
)

SECTION_LABELS_DA: dict[str, str] = {
    "anledning": "Anledning",
    "resume": "Resumé",
    "sagsfremstilling": "Sagsfremstilling",
    "indstilling": "Indstilling",
    "beslutning": "Beslutning",
    "bilag": "Bilag",
}

# --- Decision types -------------------------------------------------------------------
#: The decision vocabulary. Key -> (Danish label, meaning).
DECISION_TYPES: dict[str, tuple[str, str]] = {
    "approved": (
        "Godkendt",
        "The forum approved what was put forward (godkendte, tiltrådt, vedtaget).",
    ),
    "decided": (
        "Besluttet",
        "The forum made a decision that is not a plain approval: chose people, set a "
        "process, cancelled something (besluttede, det blev besluttet), or agreed an "
        "action under an 'Aftalt:' label ('Aftalt: HR udarbejder et oplæg').",
    ),
    "discussed": (
        "Drøftet",
        "The item was discussed without a formal decision (drøftede, blev drøftet).",
    ),
    "noted": (
        "Taget til efterretning",
        "The forum took an orientation or presentation to note (tog … til efterretning).",
    ),
    "recommended": (
        "Anbefalet",
        "A committee recommended the proposal to the body that decides (anbefales, "
        "indstilles godkendt, kunne tiltræde indstillingen).",
    ),
    "referred": (
        "Videresendt",
        "The case was sent on to another body (fremsendes til, oversendes til, "
        "tilbagesendes, forelægges Økonomiudvalget).",
    ),
    "postponed": ("Udsat", "The item was postponed (udsat, udskydes)."),
    "rejected": (
        "Afvist",
        "The proposal was rejected (afvist, ikke godkendt, forkastet) or a refusal upheld "
        "(fastholdt afslaget).",
    ),
    "none": ("Intet", "No decision was recorded ('Intet.' or an empty Beslutning)."),
    "other": ("Andet", "A decision text that matches none of the types above."),
}

#: Order used when one item carries several types: the first present is the primary one.
DECISION_PRIORITY: tuple[str, ...] = (
    "rejected",
    "postponed",
    "approved",
    "recommended",
    # A referral says where the case went next, which tells more than the "decided"
    # that usually accompanies it ("besluttede at oversende sagen til BSU").
    "referred",
    "decided",
    "noted",
    "discussed",
    "other",
    "none",
)

DECISION_LABELS_DA: dict[str, str] = {k: v[0] for k, v in DECISION_TYPES.items()}

#: The section key of the notes on an item's handling written over its decision ("<name>
#: (C) erklærede sig inhabil og forlod mødet.", "Mødet blev suspenderet kl. …"), moved
#: out of the decision by ``layouts.procedure_notes``.
HANDLING_NOTES = "moedeforloeb"

#: Stances a member can take on an item (table ``positions``).
POSITION_TYPES: dict[str, str] = {
    "forbehold": "Took a reservation ('tog forbehold').",
    "imod": "Voted against or could not support ('stemte imod', 'kunne ikke tiltræde').",
    "for": "Voted for or supported ('stemte for', 'kunne tiltræde').",
    "fraværende": "Absent for the item ('var forhindret i at deltage', 'deltog ikke').",
}

# --- Manifest -------------------------------------------------------------------------
#: Status of one raw file after a build.
MANIFEST_STATUS: dict[str, str] = {
    "ok": "Parsed; every check passed.",
    "warning": "Parsed, but something was odd (the message says what).",
    "rejected": "Not parsed into the tables (the message says why); nothing else is lost.",
}

#: "Emne: ", "Subject: SV: VS: ", "Emne: SV: [Sikker mail] ", "Emne<TAB>" (a web mail's
#: envelope as a table): a mail's subject field and
#: the marks before the subject proper (reply and forward prefixes, a mail system's tag in
#: square brackets), as a regular expression's text.
MAIL_SUBJECT = (
    r"(?:emne|subject)(?:\s*:|\t)\s*(?:(?:re|sv|vs|fw|fwd)\s*:\s*|\[[^\[\]\n]{1,30}\]\s*)*"
)

#: "PwC, Vejle, genvalgt.": an auditor or member named, the participle alone (an election's
#: whole outcome), as a regular expression's text (``layouts.outcome`` and
#: ``enrich.decisions`` both read it).
ELECTED_NAMED_ALONE = (
    # ("NN og NN genvalgt.": two re-elected)
    r"(?-i:[A-ZÆØÅ])[\wæøå&-]*(?:(?:,?|\s+og)\s+(?-i:[A-ZÆØÅ])[\wæøå&.-]*){0,5},?\s+(?:gen|ny)valgt"
    # ("NN genvalgt, revisorsuppleant NN genvalgt": the next election after a comma)
    r"\s*(?:\.?$|,\s)"
)
#: "Bestyrelsen foreslog advokat NN, der blev valgt med akklamation.": the one proposed,
#: elected, as a regular expression's text.
ELECTED_AS_PROPOSED = (
    r"[^\n]{3,160},\s+der\s+blev\s+(?:gen|ny)?valgt(?:\s+(?:med\s+akklamation|enstemmigt))?\s*\.?$"
)

MONTHS_DA: dict[str, int] = {
    "januar": 1,
    "februar": 2,
    "marts": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}


#: The marks of an option chosen, one character each: boxes ticked ("☒", "☑", "■"), ticks
#: ("✔", "✓") and crosses ("✘", "✗": a template's "no", still a mark set by hand), and the
#: boxes left empty.
TICKED_BOXES = "☒☑■"
TICKS = "✔✓"
CROSSES = "✘✗"
EMPTY_BOXES = "☐□"
#: A box ticked with a letter or a tick: "[x]", "(X)", "[✓]" (a pattern: no single character).
TICKED_LETTER_BOX = r"\[[xX✓✔]\]|\([xX✓✔]\)"


#: The marks a list's entry opens with ("- ", "• ", "* ", "– ", "· ", "▪ ", "◦ "), one
#: character each: the layouts tell a bullet's line from text by them.
def adjudicating_board(forum: str | None) -> bool:
    """Whether ``forum`` names a body that rules on cases: a nævn ("Huslejenævnet",
    "Beboerklagenævnet", "Bevillingsnævnet", "Ankenævnet for …") or a hegnsyn (also
    spelt "Hegnssynet", with the compound's joining s)."""
    low = (forum or "").lower()
    return "nævn" in low or "hegnsyn" in low or "hegnssyn" in low


BULLET_MARKS = "-•*–·▪◦"

#: A box before an option of an outcome marked rather than written: ticked ("☒", "☑", "■",
#: "[x]", "(x)", "[✓]") or left empty ("☐", "□", "[ ]", "( )"). The layouts read the option
#: lines with it, the decision types the option chosen.
OPTION_BOX = rf"\[\s*[xX{TICKS}]?\s*\]|\(\s*[xX{TICKS}]?\s*\)|[{EMPTY_BOXES}{TICKED_BOXES}]"


def empty_box(box: str) -> bool:
    """ "☐", "□", "[ ]", "( )": a box left empty (an option not chosen)."""
    return box in "☐□" or (box[:1] in "[(" and not box[1:-1].strip())


#: The head of a contents list ("Indholdsfortegnelse", "Indhold:"), the words every reader
#: of contents lists shares (a PDF's reader also takes "Sagsliste" and "Dagsorden" as one,
#: a number-under-title page's layout "Dagsordenspunkter").
CONTENTS_HEADS = r"indholdsfortegnelse|indholdsliste|indholdsoversigt|indhold"

#: A company's legal form closing its name ("Nordvand A/S", "Egnsvarme I/S", "… a.m.b.a."):
#: the owner before a board, or the board's company in a page header.
LEGAL_FORMS = r"A/S|I/S|ApS|P/S|a\.m\.b\.a\."


#: "Vi stemte:", "Vi stemte om halloween:": a youth council's notes opening the count of a
#: show of hands (the layouts find the line by it, the decision types read the count after it).
#: "Formanden orienterede om:", "Sekretæren fortalte om følgende:", "Orientering fra
#: formanden:": a lead line saying who told the forum the bulleted lines under it (the
#: decisions' news round, and the layouts' free-text minute of an item); also the verb
#: alone before the colon ("Skolelederen orienterede:", a board's note taker's short form).
TOLD_LEAD = (
    r"^(?:[^\n:]{1,60}?\s)?(?:orienterede|orienterer|fortalte|informerede|redegjorde)"
    r"(?:\s+(?:kort\s+)?(?:om|for)(?:\s+følgende)?)?\s*:$"
    r"|^orientering\s+(?:fra|ved)\s+[^\n:]{1,60}:$"
    # "Følgende meddelelser blev givet:", "Der blev givet følgende meddelelser:": the
    # passive form of the same lead (an old council's "Meddelelser" item)
    r"|^(?:følgende\s+meddelelser\s+blev\s+givet|der\s+blev\s+givet\s+følgende\s+meddelelser)\s*:$"
)
HANDS_COUNT_LEAD = r"^vi\s+stemte(?:\s+om\s+[^:\n]{1,60})?\s*:\s*"

#: The head row of a task table ("Hvem | Hvad | Hvornår", "Ansvarlig<TAB>Opgave<TAB>Frist"):
#: who does what by when, a staff's agreed actions; cells parted by a bar or a tab.
TASK_TABLE_HEAD = (
    r"(?:hvem|ansvarlig)[ \t]*(?:\||\t)[ \t]*(?:hvad|opgave|handling)[ \t]*(?:\||\t)[ \t]*"
    r"(?:hvornår|frist|deadline)"
)
