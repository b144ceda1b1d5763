"""Header facts in any of the families' forms (pure): fields, labels above their values,
title lines, member lists, and the forum or date the body names when the header does not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from analysis import dates
from analysis.case_labels import CASE_NUMBER_LABEL
from analysis.layouts.barred_title import INFORMAL_BODY, body_place, owner_body_kind
from analysis.layouts.dot_fields import close_dot_leaders, has_dot_fields
from analysis.layouts.headings import _TOC_HEAD, _next_nonblank, toc_entry
from analysis.layouts.items_elsewhere import notes_items_elsewhere
from analysis.layouts.lead_sentence import meeting_lead, news_title_forum
from analysis.layouts.meeting_kind import body_of_gathering, body_of_meeting
from analysis.layouts.member_table import take_member_tables
from analysis.layouts.meta_lead import read_lead_fields
from analysis.layouts.owners import is_company, region_over_department, rescue_service
from analysis.layouts.pictograms import ICON_FIELDS
from analysis.layouts.portal_menu import section_heading
from analysis.layouts.signature_note import (
    attachments_elsewhere,
    signatures_elsewhere,
    signers_named,
)
from analysis.layouts.small_place import lower_place_after_hour, place_line_under
from analysis.layouts.substitutes import called_in
from analysis.layouts.text import _BULLET, _GREETING, letter_closing
from analysis.layouts.time_slots import timetable_slots
from analysis.layouts.title_forum import body_of_title_forum
from analysis.layouts.unnumbered import NOTES_HEAD
from analysis.layouts.yearless import posted_meeting, protocol_year_date, yearless_date
from analysis.model import Participant
from analysis.municipalities import (
    REGION_PATTERN,
    municipality_from_folder,
    municipality_in,
    region_named,
)
from analysis.ocr_labels import danish_field_label
from analysis.parse import (
    BODY_WORDS,
    SCOPE_NOTE,
    SENT_OUT,
    Header,
    Line,
    abbreviates_forum,
    decision_heading,
    heading_key,
    parse_participants,
    sent_out,
    venue_change_off,
    with_room_under,
)
from analysis.vocab import LEGAL_FORMS, MAIL_SUBJECT

# --- header facts -----------------------------------------------------------------------

_FIELD = re.compile(
    r"^(?P<key>udvalg|forum|mødeforum|organ|dato|mødedato|tid|tidspunkt|mødetidspunkt|mødetid|"
    # "Tidsrum: 13:00–15:30": the meeting's span of hours
    r"tidsrum|"
    # ("Mødestart: kl. 18:30. Mødested: …": the start's own label, a second field after it)
    # ("Starttidspunkt for møde" / "09:00": an agenda system's front page, label over value)
    r"(?:start|slut)tidspunkt\s+for\s+mødet?|"
    r"starttidspunkt|sluttidspunkt|mødestart|start|starttid|slut|sluttid|mødeafslutning|mødeslut|"
    # ("Mødet slut<TAB>11:05", "Mødet hævet: Kl. 21:50": an export's cover row for the end)
    r"mødet\s+(?:slut|hævet)(?=\s*[:\t])|"
    # ("Start/slut 18:30 - 21:15": an agenda system's PDF header, the span under one label;
    # "Sted/tid: <place> / tirsdag 7/11-2017, kl. 15.00": place and time in one field)
    r"start/slut|sted/tid|tid/sted|tid og sted|sted og tid|"
    r"meeting date|"
    # "Svarfrist: 20. januar 2021 kl. 12.00": a written procedure's deadline for the
    # members' answers, the day its decisions are made
    r"svarfrist|besvarelsesfrist|"
    # ("Beslutningsdato: Onsdag den 18. juni 2025" under the deadline: the day a written
    # procedure's decisions were made, the meeting's over the deadline's)
    r"beslutningsdato|afgørelsesdato|"
    r"location|lokation|bemærkninger|bemærkning|suppleanter|suppleant|"
    # "Bemærk: Mødet blev afbrudt kl. 19.00. …": a remark on the meeting, as "Bemærkninger:"
    r"bemærk(?=\s*:)|"
    # "NB: Punkt 5 blev udsat …", "Bemærkninger til dagsordenen:": a remark on the agenda's
    # changes above the items, as "Bemærk:"
    r"nb(?=\s*:)|bemærkninger\s+til\s+dagsordenen(?=\s*:)|"
    # "Status: DAGSORDEN – ikke behandlet", "Status: Referatet er under udarbejdelse."
    r"status(?=\s*:)|"
    # an intranet page's plain questions: "Hvornår: 21.01.25, 9.00-11.30", "Hvor: …"
    r"hvornår|hvor|ikke til stede|"
    # "Ikke mødt: Ulla Friis", "Ikke fremmødt: …": who did not come (absent, as "Afbud")
    r"ikke\s+(?:frem)?mødt(?=\s*:)|"
    # "Dato: …<TAB>Kl.: 10.00 – 12.00<TAB>Sted: …": the clock's word as the time's label
    r"kl\.(?=\s*:)|klokken(?=\s*:)|klokkeslæt(?=\s*:)|"
    # "Mødetype: Referat" (a portal's meeting page: the document's kind), "Mødetype:
    # Ordinært møde"
    r"mødetype|dokument(?:type)?(?=\s*:)|"
    # "Dagsorden<TAB>Ordinært møde": a portal's table row naming the document's kind as its
    # label and the kind of meeting as its value
    r"(?:dagsorden|referat)(?=[ \t]*[:\t][ \t]*(?:ordinært|ekstraordinært)\s+møde\s*$)|"
    # ("Møde i: Kommunalbestyrelsen": the body that meets, a field of an old export)
    r"sted|mødested|mødelokale|mødeafholdelse|lokale|adresse|møde i(?=\s*:)|møde|"
    # "Medlemmer i øvrigt: …", "Øvrige medlemmer: …": the members other than those named
    # in the fields above (the chair, the absent)
    r"medlemmer i øvrigt|øvrige medlemmer|"
    # "Øvrige: Teknisk direktør …": the others present beside the members (the staff)
    r"øvrige(?=\s*:)|"
    r"deltagere|mødedeltagere|til stede|tilstede|indkaldelse|indkaldte|medlemmer|desuden deltog|"
    # "Fremmødte: …", "Indbudte: …" (who came, who was invited), "Afbud/fravær: …"
    r"fremmødte|indbudte|inviterede(?=\s*:)|afbud/fravær|fravær/afbud|"
    # "Deltog: …" / "Meldt fra: …": who came and who sent word they could not
    # ("Deltog i telefonmødet: …", "Deltog i videomødet: …": who took part, by the way met)
    r"deltog(?=\s*:)|deltog\s+i\s+[\wæøå-]*mødet(?=\s*:)|meldt\s+(?:fra|afbud)(?=\s*:)|"
    # "Gæst: Morten Fabricius, Rambøll (pkt. 2-3)" (a guest for some items), "Ref.: Name"
    # (the note taker, abbreviated)
    # ("Gæst under pkt. 4: …", "Gæster til punkt 2-3: …": a guest for the items named)
    r"gæst(?:er)?\s+(?:under|til|ved)\s+(?:pkt|punkt)\.?\s*\d{1,3}(?:\s*(?:-|–|,|og)\s*\d{1,3})*"
    r"(?=\s*:)|"
    r"gæst|gæster|ref\.(?=\s*:)|"
    r"fra administrationen|fra forvaltningen|fra adm\.(?=\s*:)|"
    # "Fra ledelsen: …" (a school board's), "Fra direktionen: …" (a company board's): the
    # staff who attend beside the members
    r"fra\s+(?:ledelsen|direktionen|sekretariatet)(?=\s*:)|"
    # "Fra Tønder Kommune: …" (the municipality's staff at a council or board of its own
    # citizens); "Mødt: …" (who came; "Mødt<TAB>…", a header table's row)
    # ("Fra kommunen: NN (ungekonsulent)": the same staff, the municipality unnamed)
    r"fra\s+[\wæøå-]+(?:\s+[\wæøå-]+)?\s+kommune(?=\s*:)|fra\s+kommunen(?=\s*:)|"
    r"mødt(?=\s*:|\t)|"
    r"fraværende|fravaerende|fravær(?=\s*:)|afbud\s+fra|afbud|stedfortrædere|stedfortræder|referent|sekretær|protokolfører|ordstyrer|"
    # "Notetager: PSA" (who typed the notes), "Mødeleder: Kommunaldirektør" (who chaired)
    r"notetager|mødeleder(?=\s*:|\t)|facilitator(?=\s*:)|notatansvarlig(?=\s*:)|"
    # "Noter: MHK" / "Noter: Sofie": a Teams or OneNote page's note taker, by name alone
    r"noter(?=\s*:\s*(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,3}\s*$)|"
    # "Inhabil: Ingen" (members disqualified on an item: present at the meeting)
    r"inhabile|inhabil|"
    # a MED committee's chair and deputy as fields of their own
    r"næstformand|formand(?=\s*:)|"
    # a MED committee's two sides
    r"ledelsessiden|medarbejdersiden|ledelsesrepræsentanter|medarbejderrepræsentanter|"
    # "Start kl.: 08:15" / "Slut kl.: 11:00": the clock's word after the key
    r"kommune)(?:(?:(?<=start)|(?<=slut))\s+kl\.?(?=\s*:))?(?=[\s:]|$)\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def is_field_label(label: str) -> bool:
    """Whether ``label`` is a header field's whole label ("Mødelokale", "Deltagere")."""
    m = _FIELD.match(f"{label}: x")
    return m is not None and len(m.group("key")) == len(label)


_MEMBER_KEYS = {
    "deltagere": True,
    "mødedeltagere": True,
    "til stede": True,
    "tilstede": True,
    "desuden deltog": True,
    "fra administrationen": True,
    "fra forvaltningen": True,
    "fra adm.": True,
    "fra ledelsen": True,
    "fra direktionen": True,
    "fra sekretariatet": True,
    "indkaldelse": True,
    "indkaldte": True,
    "medlemmer": True,
    "medlemmer i øvrigt": True,
    "øvrige medlemmer": True,
    "øvrige": True,
    "stedfortræder": True,
    "stedfortrædere": True,
    "suppleant": True,
    "suppleanter": True,
    "ledelsessiden": True,
    "medarbejdersiden": True,
    "ledelsesrepræsentanter": True,
    "medarbejderrepræsentanter": True,
    "inhabil": True,
    "inhabile": True,
    "fraværende": False,
    "fravaerende": False,  # typed in ASCII ("ae" for "æ")
    "fremmødte": True,
    "mødt": True,
    "indbudte": True,
    "inviterede": True,  # who was invited ("Inviterede: Områdeledere for …")
    "deltog": True,
    "meldt fra": False,
    "meldt afbud": False,  # "Meldt afbud: …": who sent word they could not come
    "gæst": True,
    "gæster": True,
    "afbud/fravær": False,
    "fravær/afbud": False,
    "afbud": False,
    "afbud fra": False,  # "Afbud fra" over the list of who sent word
    "fravær": False,
    "ikke til stede": False,
    "ikke mødt": False,
    "ikke fremmødt": False,
    "referent": True,
    "formand": True,
    "næstformand": True,
    "sekretær": True,
    "protokolfører": True,
    "ordstyrer": True,
    "notetager": True,
    "mødeleder": True,
    "facilitator": True,  # who leads a theme day's programme
    "notatansvarlig": True,  # who answers for the notes
    "noter": True,  # who took the notes ("Noter: MHK")
}
#: Member keys that name the person's task at the meeting: the key is the role.
_TASK_KEYS = frozenset(
    {
        "referent",
        "sekretær",
        "protokolfører",
        "formand",
        "næstformand",
        "ordstyrer",
        "notetager",
        "mødeleder",
        "facilitator",
        "notatansvarlig",
        "noter",
    }
)
#: ("Dagsorden med referat": the agenda with the minutes written into it, minutes;
#: "Beslutningsreferat", "Kort referat", "Referat i stikordsform", "Stikordsreferat",
#: "Mødereferat": minutes cut short to the decisions or to the note taker's points, minutes)
_DOC_WORD = (
    # ("Konklusionsreferat": the conclusions alone, as a council's or board's minutes)
    r"(?:(?:kort\s+|beslutnings|konklusions|stikords|møde)?referat(?:\s+i\s+stikordsform)?"
    r"|dagsorden\s+(?:med|og)\s+referat"
    # ("Dagsorden/referat Børne- og Ungeudvalget 04-05-2010": an older system's one page
    # for both, the title of its minutes)
    r"|dagsorden\s*/\s*referat"
    # ("Dagsorden med beslutninger": the agenda with each item's decision written in: minutes)
    r"|dagsorden\s+med\s+beslutning(?:er)?"
    # ("Mødenotat": an advisory council's or working group's notes, minutes all the same;
    # "Beslutningslog": a steering group's log of its decisions, one row each: minutes)
    # ("Beslutningsnotat": a chiefs' group's note of its decisions: minutes)
    # ("Handlingslog og referat": an action log with the meeting's notes: minutes)
    # ("Handlingslog/referat": the two words parted by a slash)
    r"|(?:beslutnings|handlings)log(?:\s+og\s+referat|\s*/\s*referat)?"
    # ("Supplerende dagsorden", "Tillægsdagsorden": items added to an agenda sent out
    # before, an agenda all the same; "Foreløbig dagsorden": sent out early, the items
    # may change)
    r"|(?:supplerende|ekstraordinær|foreløbig)\s+dagsorden|tillægsdagsorden"
    # ("Dagsorden med tillægsdagsorden": the agenda and the items added to it, one agenda)
    r"|dagsorden\s+(?:med|og)\s+(?:tillægsdagsorden|supplerende\s+dagsorden)"
    # ("Regionsrådet — kortprotokol": the decisions alone, a short protocol)
    r"|dagsorden|beslutningsprotokol|beslutningsnotat|kort\s*protokol|protokol|mødenotat|notat)"
)
#: The kinds of a document of decisions and actions alone: "Beslutninger",
#: "Handlingsreferat", "Handlingsliste", "Beslutnings- og handlingsliste".
_DECISIONS_KIND = r"beslutninger|handlingsreferat|(?:beslutnings-\s+og\s+)?handlingsliste"
#: "Økonomiudvalget – Referat – 1. oktober 2018", "Kommunalbestyrelsen – Referat",
#: "Erhvervs- og Turismeudvalget · Kort referat" (a middle dot between the parts);
#: "Ledelsesforum - noter" (typed notes: minutes); a decision-only document's kind
#: ("Planudvalget – Beslutninger", "Ledelsesforum Dagtilbud · handlingsreferat",
#: "Styregruppen – Beslutnings- og handlingsliste"), such a kind capitalised also after a
#: mere space, where a letterhead's two columns ran together ("IT-STYREGRUPPEN
#: Handlingsliste": the gap is closed in the text); bars between the parts too
#: ("Økonomiudvalget | Referat | 12. marts 2019", an agenda system's export's title line)
#: "15. december 2020", "2022-11-08": a date closing a title, written out or in ISO form.
_WORDED_DATE = r"\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d"
_TITLE_DASHED = re.compile(
    # ("2022-09-21 Chefgruppen – referat": a wiki's meeting notes page, titled by the date
    # in ISO form first, as Confluence's template names them; the date is in a field below)
    r"^(?:(?:19|20)\d\d-\d\d-\d\d\s+(?=(?-i:[A-ZÆØÅ])))?"
    rf"(?P<forum>.+?)(?:\s+[–—·|-]\s+|\s+(?=(?-i:[A-ZÆØÅ]))(?=(?:{_DECISIONS_KIND})$))"
    # ("KOMMUNALBESTYRELSEN - ÅBEN PROTOKOL", "Byrådet – offentligt referat": the open or
    # public part of the record, the closed items kept apart)
    r"(?:(?:åben|åbent|åbne|offentlig|offentligt|offentlige)\s+)?"
    rf"(?P<kind>{_DOC_WORD}|(?:møde)?noter|{_DECISIONS_KIND})"
    # "VEJLE ÆLDRERÅD · referat fra mødet": the kind, of the meeting ("Ældrerådet · Referat
    # af møde", "Bestyrelsen – Referat af bestyrelsesmøde": its kind of meeting in one word)
    r"(?:\s+(?:fra|af)\s+[a-zæøå]*møde(?:t)?)?"
    # ("Chefforum – referat 12.03.2025": the date right after the kind; "Klimanetværket
    # Sydfyn – referat, møde 4.9.18": after a comma and the meeting's word, the year short)
    # ("Direktionen – referat 2022-11-08", "… – Referat af møde 15. december 2020": the
    # date in ISO form or in words, the meeting's word before it)
    r"(?:(?:\s+[–—·|-]\s+|\s+(?=(?:(?:den|d\.)\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"
    rf"|\s+(?:(?:af|fra)\s+møde(?:t)?\s+)?(?=(?:(?:den|d\.)\s*)?(?:{_WORDED_DATE})$)"
    r"|,\s+(?:møde(?:t)?\s+)?(?=(?:(?:den|d\.)\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b))"
    r"(?P<rest>.+))?$",
    re.I,
)
#: "Ældrerådet, referat 08.09.2014": a PDF's page header, the body, a comma, the kind and
#: the date (the body must look like one); or the kind closing the line ("Kultur- og
#: Fritidsudvalget, referat": a web page's heading, the date on the line under it).
_TITLE_COMMA = re.compile(
    rf"^(?P<forum>[A-ZÆØÅ][^,]{{2,60}}),\s+(?P<kind>{_DOC_WORD})(?:\s+(?P<rest>\d.*))?$", re.I
)
#: "Referat - Byrådet - 12. juni 2024", "Dagsorden – Handicaprådet" (the date in a field);
#: "Aktionsliste – Ledelsesforum for …" (a forum's action list as its minutes)
_TITLE_KIND_FIRST = re.compile(
    # ("Referat: Kommunalbestyrelsen": a web page's heading, a colon after the kind;
    # "Mødenoter: <body>", "Noter – <body>": a notes page's or chat post's title)
    # ("Referat, <body> i <X> Kommune, tirsdag 19/3-2024": commas between the parts, the
    # date after the last; "Referat -- Byrådet": pandoc's plain text, the en dash as two
    # hyphens)
    rf"^(?P<kind>{_DOC_WORD}|aktionsliste|handlingsliste|(?:møde)?noter)(?:\s+(?:[–—·-]|--)|:|,)\s+"
    r"(?P<forum>[A-ZÆØÅ].+?)(?:(?:\s+(?:[–—·-]|--)\s+|,\s+(?=(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?"
    r"(?:den\s+|d\.\s*)?\d)"
    # ("Beslutningslog – Koncernledelsen 31.10.2023": the date in figures closing the line
    # after a mere space)
    r"|\s+(?=(?:den\s+|d\.\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$))(?P<rest>\S.*))?$",
    re.I,
)
#: "Referat fra Økonomiudvalgets møde den 3. maj 2024" (the forum in the genitive)
_TITLE_GENITIVE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra|for|til)\s+(?P<forum>[A-ZÆØÅ].+?)s\s+"
    r"(?:ordinære\s+|ekstraordinære\s+)?møde(?:\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?"
    r"(?:(?:den|d\.)\s+)?(?P<rest>\d.*))?$",
    re.I,
)
#: "KOMMUNALBESTYRELSENS FORHANDLINGSPROTOKOL", "Byrådets referat": an old protocol's
#: title, the forum (one word) in the genitive before the document's word.
_TITLE_OWNER = re.compile(
    rf"^(?P<forum>[A-ZÆØÅ][\w-]+?)s\s+(?P<kind>{_DOC_WORD}|forhandlingsprotokol)(?P<rest>)$", re.I
)
#: The months written out, a title's "april 2025".
_MONTH_NAMES = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
#: "Referat af møde i Kommunalbestyrelsen", "Dagsorden for Byrådet den 3. maj 2020"
_TITLE_OF = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra|for|til)\s+(?:(?:det\s+)?"
    r"(?:ordinære\s+|ekstraordinære\s+|ordinært\s+|ekstraordinært\s+)?"
    # ("Referat af moede i …": a typewriter's or an old system's ASCII "oe" for "ø")
    rf"m(?:ø|oe)de(?:t)?\s+i\s+)?(?P<forum>[A-ZÆØÅ].+?)"
    # ("… i Lokal-MED, Jobcenter Vordingborg, den 03.03.2025": a comma before the date;
    # "… i Børne- og Skoleudvalget afholdt tirsdag den 4/11 2008 …": held on the date)
    r"(?:(?:,?\s+(?:(?:af)?holdt\s+)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den|d\.)\s+"
    # ("Referat af LokalMED Vest – april 2025", "… – 8. april 2025": the date, or the
    # month alone, after a dash; the day in the text below)
    r"|\s+[–—-]\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:(?:den|d\.)\s+)?)"
    rf"(?P<rest>\d.*|(?:{_MONTH_NAMES})\s+\d{{4}}))?$",
    re.I,
)
#: "Aalborg Byråd – Borgernes spørgetid", "Børne- og Familieudvalget – Informationsmøde om
#: …", "Klima- og Miljøudvalget | Borgermøde: Energiø …": the body, a dash or a bar, then
#: the kind of meeting it holds (a citizens' meeting, question time, a theme or dialogue
#: meeting, a hearing, a workshop, a theme day), what it is about or the year after it; no
#: document's kind, no date.
_TITLE_BODY_GATHERING = re.compile(
    r"^(?P<forum>(?-i:[A-ZÆØÅ])[^|–—:]{2,60}?)\s+[–—|-]\s+(?P<kind>)(?P<rest>)"
    # ("Chefforum Sundhed – ugentligt møde": how often the body meets, before the word)
    r"(?:[\wæøå]+s\s+|(?:(?:ekstra)?ordinært|ugentligt|månedligt|fast)\s+)?"
    r"[\wæøå-]*(?:møde|spørgetid|workshop|aften|seminar|dialog|høring"
    # ("… – Temadag", "… – Visionsdag": a day of its own; not any day, "… – tirsdag")
    r"|(?:tema|visions|strategi|internat)dag)\b"
    # ("Teknik- og Miljøudvalget – Strategiseminar 2025": the year the gathering is held)
    r"(?:\s+(?:19|20)\d{2})?"
    # ("Byrådet – budgetseminar og 2. behandling af budgettet": a second business of the
    # gathering after "og")
    r"(?:\s*[:–—-]\s+\S.*|\s+(?:om|med|vedr\.|for|i|på|og)\s.*)?$",
    re.I,
)
#: "Referat af byrådsmødet den 25. februar 2013": the council named in the meeting's word;
#: "Referat fra kommunalbestyrelsens møde torsdag den …": the council in the genitive,
#: written small as in running text ("Protokol over kommunalbestyrelsens ordinære møde …": an
#: old protocol's opening sentence).
_TITLE_COUNCIL_MEETING = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra|for|til|over)\s+(?:det\s+)?(?:ordinære\s+|ekstraordinære\s+)?"
    r"(?P<council>byråds|kommunalbestyrelses|(?:byrådets|kommunalbestyrelsens)\s+"
    r"(?:ordinære\s+|ekstraordinære\s+)?)"
    r"møde(?:t)?(?:\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?"
    r"(?:(?:den|d\.)\s+)?(?P<rest>\d.*))?$",
    re.I,
)
_COUNCILS = {
    "byråds": "Byrådet",
    "kommunalbestyrelses": "Kommunalbestyrelsen",
    "byrådets": "Byrådet",
    "kommunalbestyrelsens": "Kommunalbestyrelsen",
}
#: "konstituerende", "ordinært", "ekstraordinært": the kind of a meeting before "møde".
_MEETING_KIND = r"(?:konstituerende|(?:ekstra)?ordinært)"
#: "Dagsorden – konstituerende møde", "Referat - ekstraordinært møde": the document's kind
#: and the kind of meeting after a dash, the body on a line of its own.
_KIND_OF_MEETING_LINE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+[–—-]\s+{_MEETING_KIND}\s+møde$|"
    # "Referat (Konstituerende møde)", "REFERAT AF KONSTITUERENDE MØDE", "Referat fra det
    # konstituerende møde": the same in brackets or after "af"/"fra"
    rf"^(?P<kind2>{_DOC_WORD})\s+(?:(?P<bracket>\()|(?:af|fra)\s+(?:det\s+)?)"
    r"(?:konstituerende|(?:ekstra)?ordinære?t?)\s+møde(?(bracket)\)|)$",
    re.I,
)
#: "EKSTRAORDINÆRT BYRÅDSMØDE", "Tønder Kommune<gap>Konstituerende byrådsmøde": the
#: council's meeting named by its kind alone on a line, the owner before it or not.
_COUNCIL_MEETING_LINE = re.compile(
    r"^(?:[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?\s+(?-i:Kommune|KOMMUNE)\s+(?:[–—-]\s+)?)?"
    rf"(?:{_MEETING_KIND}\s+)?(?P<council>byråds|kommunalbestyrelses)møde$",
    re.I,
)
#: "Kommunalbestyrelsens forhandlingsprotokol", "BYRÅDETS FORHANDLINGSPROTOKOL": the
#: council named by its protocol (its genitive; the forum is the word without its "s").
_COUNCIL_PROTOCOL = re.compile(
    r"(?:^|\s)(?P<council>byrådets|kommunalbestyrelsens|sognerådets|sogneraadets|amtsrådets)"
    r"\s+forhandlingsprotokol\b",
    re.IGNORECASE,
)
#: "Kommunalbestyrelsesmøde tirsdag d. 23.05.95 kl. 19.30", "Byrådsmøde den 4. maj 1998": the
#: council's meeting word opening a line, its date after it.
_DATED_COUNCIL_MEETING = re.compile(
    r"^(?P<council>byråds|kommunalbestyrelses)møde\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?"
    r"(?:den\s+|d\.\s*)?\d",
    re.I,
)
#: "Kommunalbestyrelsens møde", "Byrådets ordinære møde nr. 2/2024": the council's meeting
#: in the genitive alone on a line (the page's title, the council named by it).
_COUNCIL_GENITIVE_MEETING = re.compile(
    r"^(?P<council>byrådets|kommunalbestyrelsens)\s+"
    r"(?:(?:ekstra)?ordinære\s+|konstituerende\s+)?møde(?:\s+nr\.\s*\d{1,3}(?:/\d{2,4})?)?$",
    re.I,
)
#: "af 3. samling", "fra 2. borgermøde": the meeting's running number and its word where a
#: title line's body would stand ("Referat af 3. samling – lørdag den 11. marts 2023"), the
#: body named on a line of its own (a citizens' assembly's or a panel's sessions).
_ORDINAL_MEETING = re.compile(r"^(?:af|fra)\s+(?:det\s+)?\d{1,3}\.\s+[a-zæøå]")
#: "over mødet", "af det ordinære møde": a preposition and the meeting's word where a title
#: line's body would stand ("Protokol over mødet tirsdag den 4. maj 2010 kl. 19.00"), the
#: body named on a line of its own above; "over kommunalbestyrelsens ordinære møde": the
#: council in the genitive, read by ``_TITLE_COUNCIL_MEETING``.
_OF_THE_MEETING = re.compile(
    r"^(?:over|af|fra|for|ved)\s+(?:det\s+|(?:byrådets|kommunalbestyrelsens)\s+)?"
    r"(?:(?:ekstra)?ordinære\s+)?møde[t]?(?:\s|$)",
    re.I,
)
#: "REFERAT Chefforum d. 03-02-2022" (the agenda system's title line)
_TITLE_FORUM_DATE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?P<forum>[A-ZÆØÅ].+?)\s+(?:d\.|den)\s*(?P<rest>\d.*)$", re.I
)
#: "Referat HovedMED 3. oktober 2019": the kind, the body and the date without "den"
#: (the body must look like one).
_TITLE_FORUM_BARE_DATE = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?P<forum>[A-ZÆØÅ].+?)\s+"
    r"(?P<rest>\d{1,2}\.\s*[a-zæøå]{3,9}\.?\s+\d{4}\b.*"
    # ("Dagsorden/referat Social- og Sundhedsudvalget 11-03-2009": the date in figures)
    r"|\d{1,2}[-./]\d{1,2}[-./]\d{4})$",
    re.I,
)
#: "Chefforum – uge 10" (a note taker's page title): the body and the week; the date is in
#: a field below.
_TITLE_WEEK = re.compile(
    r"^(?P<forum>[A-ZÆØÅ].+?)\s+[–—-]\s+(?P<kind>)uge\s+\d{1,2}(?:\s*,?\s*\d{4})?(?P<rest>)$",
    re.I,
)
#: "Ledergruppen Social og Sundhed – torsdag den 21. november 2024 kl. 13.00": the body
#: and the date after a dash (the body must look like one).
_TITLE_DASHED_DATE = re.compile(
    r"^(?P<forum>[A-ZÆØÅ].+?)\s+[–—-]\s+(?P<kind>)"
    # ("Nyt fra Direktionen – møde den 25. februar 2025": the meeting's word before it)
    r"(?:møde(?:t)?\s+)?"
    r"(?P<rest>(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:(?:den|d\.)\s+)?\d.*)$",
    re.I,
)
#: A dated line that says what the document is: "Referat fra mødet den 4. april 2023 …".
_KIND_WORD = re.compile(rf"^({_DOC_WORD})\b", re.I)
#: "Dagsorden 8. oktober 2025 kl. 16.00", "Referat" alone
_TITLE_KIND = re.compile(
    rf"^(?P<kind>{_DOC_WORD})"
    # "Dagsorden til ordinært møde", "Referat - ordinært møde" (the forum on the line
    # above, the date in a field)
    # ("Referat - møde nr. 2/2024", "Referat af møde nr. 7": the meeting's running number)
    r"(?:(?:\s+(?:til|for|fra|af)|\s*[–—-])\s+(?:(?:det\s+)?(?:ekstra)?ordinære?t?\s+)?møde(?:t)?"
    r"(?:\s+nr\.?\s*\d{1,3}(?:/\d{2}(?:\d{2})?)?)?"
    # ("Dagsorden til menighedsrådsmøde": an agenda for a kind of meeting in a compound)
    r"|\s+til\s+[a-zæøå]{3,30}møde"
    # "Dagsorden med referat – Ledermøde for skoleledere og dagtilbudsledere": the kind of
    # meeting and whom it is for (the forum named elsewhere, in the page header)
    r"|\s*[–—-]\s+(?-i:[A-ZÆØÅ])[a-zæøå]{2,30}møde\s+for\s+[a-zæøå][\wæøå ,-]{2,80}"
    # ("Dagsorden – Skoleledermøde": the leaders' meeting, its kind the forum, read by
    # meeting_kind from the same line)
    r"|\s*[–—-]\s+[a-zæøå]{0,30}(?:leder|chef|ledelses|direktør)møde"
    # ("Referat - Åben", "Referat<TAB>Åben": the open minutes, an agenda system's print of
    # the public part under the body's line; its closed items are marked one by one)
    r"|\s*[–—-]?\s+åbent?"
    r"|\s+(?P<rest>\d.*))?$",
    re.I,
)
#: "Sønderborg Kommune Beslutningsprotokol": the owner, then the kind of document alone
#: ("Ringsted Kommune<TAB>Dagsorden", a page header's columns read "… Kommune - Dagsorden";
#: a region the owner as a municipality is: "Region Sjælland<TAB>Referat").
_OWNER_KIND = re.compile(
    rf"^(?:[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)|(?i:{REGION_PATTERN}))"
    rf"\s+(?:[–—-]\s+)?(?P<kind>(?i:{_DOC_WORD}))$"
)
#: "Referat af styregruppemøde nr. 9": the kind, the kind of meeting written small and its
#: running number (the body named on a line above).
_NUMBERED_MEETING = re.compile(
    rf"^(?P<kind>{_DOC_WORD})\s+(?:af|fra)\s+(?:det\s+)?[a-zæøå][a-zæøå-]{{2,30}}møde(?:t)?"
    r"\s+nr\.?\s*\d{1,3}$",
    re.I,
)
#: "Referat Børne- og Familieudvalget": the kind, then the forum's name (no dash).
_KIND_THEN_FORUM = re.compile(rf"^(?P<kind>{_DOC_WORD})\s+(?P<forum>[A-ZÆØÅ].{{2,80}})$", re.I)
#: "… udvalget for Landdistrikter", "… udvalget om Fremtidens Folkeskole": a committee
#: named after its task; "Styregruppen for sammenhængende borgerforløb"; "HovedMED".
_BODY_NOUN = re.compile(
    # ("Kontaktudvalget vedrørende det tyske mindretal", "Kontaktudvalget mellem Tønder
    # Kommune og det tyske mindretal": what or whom the committee is for)
    rf"(?:{BODY_WORDS}|udvalg(?:et)? (?:for|om|vedrørende|mellem) .+|(?-i:MED)|(?-i:[LAHO]MU)|"
    # ("Ledergruppen i Børne- og Kulturforvaltningen": the group of one department; so is
    # "Centerledelsen i Sundhed og Pleje", a compound's leadership of one department)
    r"(?:(?:styre|leder|chef|arbejds|koordinations)gruppen|\w+ledelsen)"
    r" (?:for .+|i (?-i:[A-ZÆØÅ]).*)|"
    # "Koordinationsforum for Børn og Unge", "Ledelsesforum for Teknik": any forum of an area
    r"(?:^|\s)\w*forum\s+for\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}|"
    # "Sundhedsråd Lillebælt", "Vækstforum Syddanmark", "Det Regionale Arbejdsmarkedsråd
    # Sjælland": a council or forum of a region or an area, its word indefinite before the
    # area's name (one or two capitalised words closing the line)
    r"(?:^|(?<=\si\s))(?:Det\s+(?-i:[A-ZÆØÅ])[a-zæøå]+e\s+)?(?-i:[A-ZÆØÅ])[\wæøå-]*(?:råd|forum)"
    r"\s+(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?$|"
    # "Tværgående koordinationsforum for børn og unge": the name opening the line, its area
    # written small (a few words, no sentence after them)
    # ("Tværgående netværk for digitalisering og data": a network of an area likewise)
    # ("Tværgående netværk for mental sundhed – børn og unge": its target group after a
    # dash, in small letters, no document's kind)
    r"^(?:[\wæøå-]+\s+)?(?:\w+forum|netværk(?:et)?)\s+for\s+[\wæøå-]+(?:\s+(?:og|&|[\wæøå-]+)){0,5}"
    r"(?:\s[–—-]\s+(?!(?:referat|dagsorden|mødereferat|notat|møde)\b)[a-zæøå][\wæøå-]*"
    r"(?:\s+[a-zæøå][\wæøå-]*){0,3})?|"
    # "Ledergruppen Børn og Unge", "OmrådeMED Sundhed og Ældre": the body of one area
    # ("Chefforum – Socialforvaltningen": the area after a dash)
    # ("Ledergruppe Social og Sundhed": the group's word indefinite, opening the line;
    # "Ledelsesforum Dagtilbud": a leaders' forum of one area)
    r"(?:^(?=\w+gruppe\s)|(?=\w+(?:gruppen|forum)\s))"
    r"(?:leder|chef|ledelses)(?:gruppen?|forum)(?:\s+[–—-])?\s+"
    r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}|"
    # "Projektgruppe – Ny Rønde Skole", "STYREGRUPPE OMSORGSSYSTEM": a group named by its
    # task after the group's word (indefinite, first on the line: no sentence)
    # ("Styregruppe for Skoleudbygning Næstved Syd": the task after "for")
    r"(?:^|[–—-]\s)(?:styre|projekt|arbejds|følge)gruppe(?:\s+[–—-]|\s+for)?\s+"
    r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|for|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}|"
    # "Task Force Kystbeskyttelse", "Taskforce – Energi og Forsyning": a task force named
    # by its matter after the word (first on the line: a title, no sentence)
    r"^task\s?force(?:n)?(?:\s+[–—-]|\s+for)?\s+"
    r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|for|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}$|"
    # "Styregruppe – Ny skole i Frederiksberg Syd": after the dash, the task in sentence
    # case (the group's word opening the line: a title, no sentence)
    # ("Projektgruppe – Digital Post / fagsystem": two parts of the task parted by a slash)
    # ("Projektstyregruppe – Ny daginstitution i Espergærde": a project's steering group)
    r"^(?:(?:projekt)?styre|projekt|arbejds|følge)gruppe\s+[–—-]\s+(?-i:[A-ZÆØÅ])[\w-]*"
    r"(?:\s+(?:/\s+)?[\w&-]+){1,6}|"
    # "Styregruppe for digitalisering og velfærdsteknologi": after "for", the task in
    # sentence case likewise (a few words, no sentence's full stop)
    r"^(?:styre|projekt|arbejds|følge)gruppe\s+for\s+[\wæøå][\wæøå-]*(?:\s+[\w&-]+){0,5}|"
    # ("LokalMED, Ældre og Sundhed": a comma before the area)
    r"(?-i:MED),?\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}|"
    # ("LMU (lokal-MED) Hasseris Skole": the workplace's MED committee, what it is in
    # brackets, then the workplace named in capitalised words)
    r"(?-i:[LAHO]MU)(?:\s+\([^()]{1,30}\))?\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*){0,3}|"
    # "Udvalget Teknik", "Udvalget Social, Sundhed og Omsorg": a standing committee named
    # by its area after the definite noun, no preposition (the whole line: no sentence)
    r"^(?-i:U)dvalget\s+(?-i:[A-ZÆØÅ])[\w-]*(?:,?\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}$|"
    # "Lokaludvalg Stensballe", "Områdeudvalget Nord": a district's local committee named
    # by its district after the word (the whole line: one or two capitalised words)
    r"^(?:lokal|område)udvalg(?:et)?\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)?$|"
    # "KKR Sjælland", "KKR Nordjylland": the municipalities' contact council of a region
    r"(?:^|\s)(?-i:KKR)\s+(?-i:[A-ZÆØÅ])[\w-]*|"
    # "Landsbyrådet for Dannemare-Hillested", "Bestyrelsen for Dagtilbud Vestby": a body
    # named by the place or institution it is for (capitalised words, no sentence);
    # "Bygdebestyrelsen i Saattut", "Skolebestyrelsen i Aasiaat": a village's or a
    # school's own board, named by the place it is in (a council "i <town>" names its
    # municipality, the owner: "Ældrerådet i Sorø" is read apart)
    # ("Skolebestyrelsen ved Tingskolen", "Dagtilbudsbestyrelsen Område Nord": the school
    # or the district after "ved", or its capitalised name right after the board's word)
    r"(?:^|\s)[\wæøå]*bestyrelsen\s+(?:i|ved|på)\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)?|"
    r"^[\wæøå]+bestyrelsen\s+(?!(?:referat|dagsorden|møde|mødereferat|protokol)\b)"
    r"(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?-i:[A-ZÆØÅ])[\w-]*)?|"
    # ("Bestyrelsen for I/S Sydkystens Vandværk": the partnership's legal form before its
    # name, where the company's name is written so)
    rf"(?:{BODY_WORDS})\s+for\s+(?-i:(?:I/S\s+)?[A-ZÆØÅ])[\w-]*"
    r"(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4}|"
    # "Direktion og centerchefer", "Direktionen og afdelingscheferne": a leadership forum
    # joined by the leaders of the level under it (the body first on the line, the
    # leaders' plural after "og")
    rf"^(?:{BODY_WORDS})\s+(?:og|&|\+)\s+[\wæøå-]*?(?:chef(?:er|erne)|ledere|lederne|"
    r"direktør(?:er|erne))|"
    # "Forvaltningsledelsen", "Områdeledelsen": a leadership named by its level, definite
    # ("Centerledelsen Sundhed og Ældre": the area it leads after it, capitalised, as
    # "Ledergruppen Børn og Unge" names its area)
    r"(?:^|\s)(?-i:[A-ZÆØÅ])[\wæøå]{2,20}ledelsen"
    r"(?:\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4})?|"
    # "NETVÆRK FOR DIGITALISERING OG DATA": a network named by its task, first on the line
    r"^netværk(?:et)?\s+for\s+[\wæøå][\wæøå-]*(?:\s+[\wæøå&-]+){0,5}|"
    # The less formal bodies of a project or a task (a partnership, a citizens' panel or
    # assembly, a network, a follow-up or working group, a task committee), the name
    # opening the line (or after the owner and a bar or a dash): "Følgegruppen for Ny
    # Svømmehal", "Borgerpanelet om Grøn Mobilitet", "Arbejdsgruppen vedr. nyt lønsystem"
    # (its task after "for", "om", "vedr.", in any case, a few words, no full stop) ...
    rf"(?:^|\s[|·–—-]\s+){INFORMAL_BODY}\s+(?:for|om|vedr\.|vedrørende)\s+[\wæøå][\wæøå-]*"
    r"(?:\s+[\wæøå&-]+){0,5}|"
    # ... or named by the place or the task in capitals after it ("Sundhedspartnerskab
    # Lolland", "Opgaveudvalget Fremtidens Skole", "Vækstpartnerskab Sydvest – Grøn
    # Energi": the theme after a dash, capitalised)
    rf"(?:^|\s[|·–—-]\s+){INFORMAL_BODY}\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){{0,3}}"
    r"(?:\s+[–—-]\s+(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,3})?)$",
    re.IGNORECASE,
)
#: ", Rosenhaven Plejecenter" after the body of one workplace ("LMU, Tåsinge Skole",
#: "MED-udvalget, Rosenhaven Plejecenter"): the place the body belongs to, part of its name.
_WORKPLACE_TAIL = re.compile(
    # ("Arbejdsmiljøudvalget (AMU) – Materielgården": the place after a dash)
    # ("Ledergruppen, Sundhed, Ældre og Handicap": an area named by coordinated words)
    r"(?:,|\s[–—-])\s+(?!(?:referat|dagsorden|beslutningsprotokol|mødested|sted|dato)\b)"
    r"(?-i:[A-ZÆØÅ])[\w-]*(?:,?\s+(?:og|i|på|for|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,5}$"
    # ("Afdelingsbestyrelsen, afd. 7 Engparken": a housing association's department, its
    # number and perhaps its name, after the department's board)
    r"|,?\s+(?:afd\.|afdeling)\s*\d{1,4}[a-z]?(?:,?\s+(?-i:[A-ZÆØÅ])[\w-]*){0,3}$",
    re.IGNORECASE,
)
#: "Kl. 08.30–11.00": a time span alone (a meta line's first part).
_TIME_SPAN = re.compile(r"^kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$", re.I)
#: "Svendborg Kommune" alone: a meta line's part naming the owner.
#: The document's kind anywhere in a line ("ØKONOMIUDVALGET - REFERAT": a title).
_ANY_DOC_WORD = re.compile(rf"\b{_DOC_WORD}\b|\bdagsorden\b|\bprotokol\b", re.I)


def names_document_kind(text: str) -> bool:
    """Whether a text names a document's kind anywhere ("Referat", "dagsorden", "protokol")."""
    return bool(_ANY_DOC_WORD.search(text))


#: "Tønder Kommune", "TØNDER KOMMUNE" alone on a line: the owner over its department.
_OWNER_ALONE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)$")
_MUNICIPALITY_ALONE = re.compile(r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune$")
#: ", Middelfart Kommune" after a forum's name in a title line; " i Lolland Kommune" after
#: it on a line of its own ("Ældrerådet i Lolland Kommune": the body of that municipality).
_MUNICIPALITY_TAIL = re.compile(
    # ("Hoved-MED Odense Kommune": the owner after the body's name, no comma;
    # "Arbejdsmiljøudvalget (AMU) – Struer Kommune": after a dash)
    # ("Fredningsnævnet for Nordjylland – sager i Hjørring Kommune": a regional board's
    # cases of one municipality, the municipality after "sager i")
    # (not after "for": "Beboerklagenævnet for Odense Kommune" is the board's whole name)
    r"(?<!\bfor)(?:,\s*|\s+[iI]\s+|\s+[–—-]\s+(?:sager\s+i\s+)?|\s+)[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+"
    r"(?:(?:Regions)?[Kk]ommune|KOMMUNE)$"
)
#: ", 03-06-2025 15:00", ", 10.04.2024": the meeting's date in digits (and its hour) after a
#: body's name in a page header.
_DATE_TAIL = re.compile(
    r",\s*\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?$"
)
_PARTY = re.compile(
    r"^(?:(?P<chair>formand|næstformand|borgmester)\s+"
    # "politiinspektør Lone Hjort", "beredskabschef Mads Bjerre": a title in lower case
    # before the name
    r"|(?P<title>(?-i:[a-zæøå][a-zæøå-]{3,30}))\s+(?=(?-i:[A-ZÆØÅ])))?"
    r"(?P<name>[^()]+?)\s*(?:\((?P<role>[^()]*)\))?"
    # "Lars Holm (V) (pkt. 3-6)": the items a member was away for (or there for)
    r"(?:\s*\((?P<items>(?:pkt|punkt|punkterne)\.?\s*\d[^()]{0,30})\))?"
    # "Mads Holm (V) - formand": the task after the party and a dash
    r"(?:(?<=\))\s+[-–]\s+(?P<task>(?-i:[a-zæøå])[a-zæøå. -]{1,40}?))?\s*$",
    re.I,
)


#: "11.12.2008", "18-12-2008": a date in figures and nothing else on the line.
_BARE_NUMERIC_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$")


def _in_date_list(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a date in figures alone with another such line right above or
    under it: a list of meetings' dates (a page's archive links), not a header's date."""
    if not _BARE_NUMERIC_DATE.match(lines[k].clean.strip()):
        return False
    return any(
        0 <= j < len(lines) and _BARE_NUMERIC_DATE.match(lines[j].clean.strip())
        for j in (k - 1, k + 1)
    )


def _prev_filled(lines: list[Line], k: int) -> int | None:
    """Position of the last non-blank line before ``k``, None at the top."""
    return next((j for j in range(k - 1, -1, -1) if not lines[j].blank), None)


#: The counties (amter) of 1970–2006, whose councils (amtsråd) kept minutes as the
#: municipalities' councils do: the name's first word, folded, and the name as written.
_COUNTIES = {
    name.split()[0].casefold(): name
    for name in (
        "Københavns Amt",
        "Frederiksborg Amt",
        "Roskilde Amt",
        "Vestsjællands Amt",
        "Storstrøms Amt",
        "Bornholms Amt",
        "Fyns Amt",
        "Sønderjyllands Amt",
        "Ribe Amt",
        "Vejle Amt",
        "Ringkjøbing Amt",
        "Århus Amt",
        "Viborg Amt",
        "Nordjyllands Amt",
    )
}


def _county(text: str) -> str | None:
    """The county a line names alone ("RINGKJØBING AMT", "Fyns Amt", or as the secretariats
    of the time typed the authority, "VEJLE AMTSKOMMUNE"), else None."""
    words = text.split()
    if len(words) != 2 or words[1].casefold() not in ("amt", "amtskommune"):
        return None
    return _COUNTIES.get(words[0].casefold())


def county_council(text: str) -> tuple[str, str] | None:
    """(county, council) of a line naming a county's council alone or over its page
    number ("KØBENHAVNS AMTSRÅD", "Fyns Amtsraad  Side 12"), else None."""
    words = text.split()
    if len(words) < 2 or words[1].casefold() not in ("amtsråd", "amtsraad"):
        return None
    if len(words) > 2 and not (len(words) == 4 and words[2].casefold() == "side"):
        return None
    county = _COUNTIES.get(words[0].casefold())
    return (county, f"{words[0].capitalize()} Amtsråd") if county else None


#: "Vestsjællands Amt – Amtsrådet": a county, a dash, then its body.
_COUNTY_DASHED = re.compile(r"^(?P<county>[A-ZÆØÅ][\w-]+\s+Amt)\s+[–—-]\s+(?P<body>[A-ZÆØÅ].+)$")


#: A council's name: "Amtsrådet", "Hovedstadens Udviklingsråd", "Kommunalbestyrelsen".
_COUNCIL_END = re.compile(
    r"(?:råd(?:et)?|raad(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?)$",
    re.IGNORECASE,
)
#: A committee's name alone on its line: "Trafikudvalget", "Teknik- og Miljøudvalget".
_COMMITTEE_ALONE = re.compile(r"^[A-ZÆØÅ][\w-]*(?:\s+(?:og|[\w-]+))*udvalg(?:et)?$")


def council_over_committee(forum: str, text: str) -> bool:
    """Whether ``text``, the line right under the council's name ``forum`` on top, names
    one of its committees alone ("Hovedstadens Udviklingsråd" / "Trafikudvalget",
    "Roskilde Amtsråd" / "Økonomiudvalget"): the council is the letterhead, the committee
    the body that met (a cheap test first: the line ends in "udvalg"/"udvalget")."""
    if not text.endswith(("udvalg", "udvalget")) or len(text) > 60:
        return False
    return _COUNCIL_END.search(forum) is not None and _COMMITTEE_ALONE.match(text) is not None


def _body_menu(lines: list[Line], k: int) -> list[int]:
    """Positions of the lines right under the label at ``k`` when three or more of them,
    with no blank line between, each name a body (a site's menu of its committees under
    "Udvalg"); else none. A field's value is one body, never a column of them."""
    run: list[int] = []
    j = k + 1
    while j < len(lines) and not lines[j].blank and looks_like_body(lines[j].clean):
        run.append(j)
        j += 1
    return run if len(run) >= 3 else []


#: " for Campus", " om Ny Bydel": a body's task named after "for" or "om" in capitalised
#: words, closing the name before a town's (the town is then the task's name's last word).
_NAMED_TASK_END = re.compile(r"\s(?:for|om)(?:\s+[A-ZÆØÅ][\w-]*)+$")


def _owner_name_off(forum: str) -> tuple[str, str | None]:
    """The body without the municipality's bare name after it, and that municipality:
    "Ældrerådet Halsnæs" is Ældrerådet of Halsnæs Kommune, as "Ældrerådet Halsnæs
    Kommune" is; (forum, None) where no such name closes it."""
    body, _, last = forum.rpartition(" ")
    if not (body and last[:1].isupper()) or body.lower().endswith((" og", " i", " for", " på")):
        return forum, None
    if _NAMED_TASK_END.search(body):
        return forum, None  # "Styregruppen for Campus Horsens": the town in the task's name
    owner = municipality_from_folder(last)
    if owner and looks_like_body(body):
        return body, owner
    return forum, None


#: "Hjørring Ungeråd", "Svendborg Kommunes Ældreråd": the owner's name (in the genitive
#: with "Kommunes"), then a council or committee named in the indefinite form; also a
#: city's council by its own words ("Københavns Borgerrepræsentation", "Aarhus Kommunes
#: Magistrat", whose definite form takes "-en").
_OWNER_FIRST = re.compile(
    r"^(?P<owner>[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?(?:\s+Kommunes)?)\s+"
    r"(?P<body>[A-ZÆØÅ][a-zæøå-]{2,40}(?:råd|udvalg|nævn)|Borgerrepræsentation|Magistrat)$"
)


def owner_first_off(forum: str) -> tuple[str, str | None]:
    """The body named with its owner first, in its own definite form, and the owner:
    "Hjørring Ungeråd" is Ungerådet of Hjørring Kommune, "Svendborg Kommunes Ældreråd"
    Ældrerådet of Svendborg Kommune (as "Ældrerådet Halsnæs" is, see
    :func:`_owner_name_off`). A town's council keeps its name ("Herning Byråd", the
    name the council goes by), and so does a parish's council ("Ringsted Menighedsråd", the
    municipality still read from it); (forum, None) where no municipality opens the name."""
    m = _OWNER_FIRST.match(forum) if forum[-1:] in "dgnt" else None
    if m is None or m.group("body").endswith(("Byråd", "byråd")):
        return forum, None
    owner = municipality_from_folder(m.group("owner"))
    if owner is None:
        return forum, None
    if m.group("body").lower().endswith(_CHURCH_BODIES):
        # "Ringsted Menighedsråd", "Kolding Provstiudvalg": a parish's or a deanery's body of the
        # Church, named by its parish or deanery (no body of the municipality's), which
        # lies in the municipality of that name
        return forum, owner
    body = m.group("body")
    return body + ("en" if body in _CITY_COUNCILS else "et"), owner


#: A city council's names whose definite form ends in "-en" ("Borgerrepræsentationen").
_CITY_COUNCILS = ("Borgerrepræsentation", "Magistrat")
#: The Church's local bodies, named by their parish or deanery ("Ringsted Menighedsråd").
_CHURCH_BODIES = ("menighedsråd", "provstiudvalg")


#: " efter serviceloven § 74", " jf. lov om social service § 74", " i henhold til
#: sundhedslovens § 119, stk. 2": the statute a body is set up by, after its name.
_STATUTE_TAIL = re.compile(
    r"\s+(?:efter|jf\.?|i\s+henhold\s+til)\s+(?:[a-zæøå]+lov(?:en|ens)?|lov\s+om\s+[\wæøå ]{3,40}?)"
    r"\s*§{1,2}\s*\d+\s*[a-z]?(?:,\s*stk\.\s*\d+)?$"
)


def _owner_before_body(text: str) -> str | None:
    """The body a page header names after its owner ("Region Midtjylland Regionsrådet",
    "Vejle Kommune Byrådet": the owner's column, then the body's), else None."""
    text = text.strip(" ,–-·|")
    body = _FORUM_PREFIX.sub("", text, count=1)
    return body if body != text and looks_like_body(body) else None


def letterhead_body(text: str) -> str | None:
    """The body a letterhead's line names beside its owner ("STENLØSE KOMMUNE
    TEKNISK UDVALG", the two columns' gap closed), else None: a line read as a page's
    running header repeats it on every page, the first page's copy too."""
    if "OMMUNE" not in text and "ommune" not in text:
        return None
    body = _FORUM_PREFIX.sub("", text, count=1)
    if body != text and (kind := _KIND_BEFORE_BODY.match(body)):
        # ("Hedeby Kommune<TAB>Referat Teknisk Udvalg": the letterhead's second column
        # names the document's kind over the body, "Referat<br>Teknisk Udvalg")
        body = body[kind.end() :]
    return body if body != text and looks_like_body(body) else None


#: "Referat ", "Dagsorden ": the document's kind right before the body's name (a capital).
_KIND_BEFORE_BODY = re.compile(rf"^(?:{_DOC_WORD})\s+(?=[A-ZÆØÅ])", re.I)


def looks_like_body(text: str) -> bool:
    """True for a name such as "Børne- og Skoleudvalget", "Herning Byråd", "Chefforum"."""
    text = _MUNICIPALITY_TAIL.sub("", text.strip())
    if not text:
        return False  # (an empty cell: "Åben<TAB><TAB>Dagsorden", a row's gap of two tabs)
    # "Landdistriktsudvalget (§ 17, stk. 4-udvalg)": the body, then what kind it is
    noun = _BODY_NOTE.sub("", text) if text.endswith(")") else text
    # "§ 17, stk. 4-udvalg for Landdistrikter": a committee named after its statute
    upper = text[0].isupper() or text.startswith("§ ")
    if "§" in noun:
        # "Børn og Unge-udvalget efter serviceloven § 74": the body, then the statute it
        # is set up by (the whole line stays the body's name)
        noun = _STATUTE_TAIL.sub("", noun)
    # "Arbejdsmiljøudvalget (AMU), Center for Teknik & Miljø": the kind before the place
    bare = _WORKPLACE_TAIL.sub("", noun)
    body = _BODY_NOUN.search(noun) or _BODY_NOUN.search(_BODY_NOTE.sub("", bare))
    if body and text[-7:] == " udvalg" and _MENU_SECTION.search(text):
        return False  # "Byråd og udvalg", "Stående udvalg": a site's section, bodies in general
    return 2 < len(text) <= 90 and bool(body) and upper


#: "… og udvalg", "Stående udvalg", "Politiske udvalg": the committees in general, in the
#: plural's bare form after "og" or a plural adjective (a site menu's section), no body.
_MENU_SECTION = re.compile(r"(?:\bog|\b[a-zæøå]+e)\s+udvalg$", re.IGNORECASE)


#: "Recap: ", "Meeting notes – ", "Recap | ", "Meeting summary for ", "Mødeopsummering: ":
#: an AI note-taker's (Teams Copilot, Zoom AI Companion, Loop) kind of page before the
#: body's name, in English or Danish; the page's kind, no part of the name.
_AI_PAGE = (
    r"(?:(?:intelligent\s+)?recap|meeting\s+(?:notes|summary|recap|minutes)|mødeopsummering)"
    r"(?:\s+for\s+|\s*[:|–—-]\s+)"
)
_AI_PAGE_AT = re.compile(_AI_PAGE, re.I)
#: " (04/25/2024)", " (19/11)": the meeting's date in brackets after the body's name in an AI
#: recap's title.
_BRACKETED_DATE = re.compile(r"\s+\(\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)$")
#: "Sorø Kommune", "Bornholms Regionskommune": the municipality owning the body, named
#: before it (a name of one or two capitalised words); in capitals, "FAXE KOMMUNE".
_OWNER_NAME = r"[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|Regionskommune)"
#: A company's name closed by its legal form ("Nordvand Spildevand A/S", "Egnsvarme I/S").
_COMPANY_NAME = rf"[A-ZÆØÅ][\w&-]+(?:\s[A-ZÆØÅ][\w&-]+){{0,3}}\s+(?:{LEGAL_FORMS})"
_OWNER_CAPS = r"[A-ZÆØÅ]{2,}(?:\s[A-ZÆØÅ]{2,})?\s+(?:REGIONS)?KOMMUNE"
#: A board or group named by its owner, its word in small letters ("bestyrelsen for …").
_OWNED_LOWER = r"(?:bestyrelsen|styregruppen|repræsentantskabet|arbejdsgruppen|følgegruppen)"
#: "Referat - ", "Rødovre Kommune - " before the body's name on a line of its own; "Mine
#: noter – " (a member's own notes headed with the body); "Sorø Kommune | " (a Word
#: template's first line, the owner and the body parted by a bar or a middle dot).
_FORUM_PREFIX = re.compile(
    # ("Fredensborg Kommune – Referat – Økonomiudvalget": the owner before the document's kind;
    # "Greve Kommune Referat - Kulturudvalget": a PDF's running header, the owner's column
    # and the title's run together, no dash after the owner)
    rf"^(?:(?:{_OWNER_NAME}\s+(?:[–—-]\s+)?)?(?:{_DOC_WORD}|(?:mine|egne)\s+noter|{_OWNER_NAME})"
    rf"\s+[–—-]\s+|{_OWNER_NAME}\s+[|·]\s+|{_OWNER_NAME},\s+|"
    # ("Nordvand Spildevand A/S – Bestyrelsen": a company's name, its legal form closing
    # it, as the owner before its board)
    rf"(?-i:{_COMPANY_NAME})\s+[–—-]\s+(?=(?-i:[A-ZÆØÅ]))|"
    # "Region Sønderjylland-Schleswig · Kulturudvalget": a region (a cross-border one too)
    # as the owner before the body, parted the same way
    r"(?-i:Region\s+[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?)\s+[|·]\s+|"
    # ("Region Midtjylland      Regionsrådet": a page header's two columns, the gap closed;
    # the council's or a committee's one-word name beside the region's)
    r"(?-i:Region\s+[A-ZÆØÅ][\w-]+)\s+(?=(?-i:[A-ZÆØÅ])[\wæøå-]*(?:rådet|udvalget)$)|"
    # "Svendborg Kommune      Koncernledelsen": a page header's two columns, the gap closed
    rf"(?-i:{_OWNER_NAME})\s+(?=(?-i:[A-ZÆØÅ])[\wæøå-]+$)|"
    # ("Varde Kommune      Børne- og Undervisningsudvalget": a body's name of several words,
    # ending in a body's word)
    rf"(?-i:{_OWNER_NAME})\s+"
    rf"(?=(?-i:[A-ZÆØÅ])[\wæøå,& -]{{2,60}}(?:{BODY_WORDS})$)|"
    # ("Horsens Kommune      Styregruppen for Campus Horsens": a body named by its task
    # after "for" or "om", the body's word first)
    rf"(?-i:{_OWNER_NAME})\s+(?=(?-i:(?=[A-ZÆØÅ]))[\wæøå-]*?(?:{BODY_WORDS}|{INFORMAL_BODY})"
    r"\s+(?:for|om)\s+\S)|"
    # "Holstebro Kommune<TAB>OmrådeMED Ældre og Pleje – 06.02.2024": a PDF's page header,
    # the owner in a column of its own before the body
    rf"(?-i:{_OWNER_NAME})\t+(?=(?-i:[A-ZÆØÅ]))|"
    # "THISTED KOMMUNE      Styregruppen for …": a letterhead's owner in capitals, the
    # body's name (in small letters) in the column beside it, the gap closed
    rf"(?-i:{_OWNER_CAPS})\s+(?=(?-i:[A-ZÆØÅ][a-zæøå]))|"
    # "FAXE KOMMUNE      KOMMUNALBESTYRELSEN": both columns in capitals, the body's name
    # ending in a body's word ("ØK0NOMIUDVALGET": a scan's O read by OCR as a zero)
    rf"(?-i:{_OWNER_CAPS})\s+"
    rf"(?=(?-i:[A-ZÆØÅ][A-ZÆØÅ0,& -]{{0,60}}?)(?:{BODY_WORDS})$)|"
    # "Referat: Koncernledelsen 21. januar 2025": an intranet post's title
    rf"(?:{_DOC_WORD}):\s+|"
    # "Referat af direktionsmøde – Direktionen": the kind of meeting named before the body
    rf"(?:{_DOC_WORD})\s+(?:af|fra)\s+(?-i:[a-zæøå-]{{2,40}}møde)\s+[–—-]\s+|"
    # "Til Grønt Råd": a mail's salutation of the body it is sent to, the body's name after
    # it (a capital's word: "Til stede" is none)
    r"(?-i:Til)\s+(?=(?-i:[A-ZÆØÅ]))|"
    # "Recap: IT-styregruppe", "Meeting notes – Styregruppen for …" (see _AI_PAGE)
    rf"{_AI_PAGE}|"
    # "Ekstraordinært møde i Fanø Byråd", "Møde i Handicaprådet": the meeting of the body
    # ("Åbent møde for Kulturudvalget": an old portal's heading, the meeting open to the
    # public or closed, of the body after "for" or "i")
    # ("Forberedende møde i Sundhedsråd Vestjylland": the kind of meeting before it)
    r"(?:(?:(?:ekstra)?ordinært|konstituerende|forberedende|afsluttende)\s+)?"
    r"møde\s+i\s+(?=(?-i:[A-ZÆØÅ]))|"
    # ("Referat af møde i bestyrelsen for Ærø Turistforening": a board named by its owner,
    # its word in small letters after "møde i"; the name written with a capital)
    # ("Referat fra møde i forældrebestyrelsen": the board's word alone closing the line)
    rf"(?:(?:{_DOC_WORD})\s+(?:af|fra)\s+)?møde\s+i\s+(?=(?-i:[a-zæøå]*{_OWNED_LOWER})"
    r"(?:\s+(?:for|ved|i|på)\s+(?-i:[A-ZÆØÅ])|$))|"
    r"(?:åbent|lukket)\s+møde\s+(?:for|i)\s+(?=(?-i:[A-ZÆØÅ]))|"
    # "Referat af bestyrelsesmøde i Ungdomsskolebestyrelsen": the document's kind and the
    # kind of meeting before the body
    rf"(?:{_DOC_WORD})\s+(?:af|fra)\s+(?-i:[a-zæøå-]{{2,40}}møde)\s+i\s+(?=(?-i:[A-ZÆØÅ]))|"
    # "Næstformand, Ældrerådet": a mail's signature on top of a reply or a forward, the
    # sender's role before the body's name (the role no part of it)
    # ("Sekretariatet, Amager Øst Lokaludvalg": the body's secretariat signing)
    r"(?:næst)?formand,\s+|(?:sekretær|sekretariatet|referent|kasserer|forperson),\s+|"
    # "Nyt fra Direktionen – møde den 25. februar 2025": an intranet page's news title
    # ("Nyt fra direktionen": the body's name in lower case in a news headline)
    rf"nyt\s+fra\s+(?=(?-i:[A-ZÆØÅ])|[\wæøå-]*(?:{BODY_WORDS})$)"
    # "Referat Børne- og Kulturudvalget": a Word heading, the kind right before the body
    rf"|(?:{_DOC_WORD})\s+(?=(?-i:[A-ZÆØÅ§])))(?=[A-ZÆØÅ§])",
    re.I,
)
#: "Fællesmøde mellem ", "Dialogmøde mellem ", "Fællesmøde for ": a joint meeting's title
#: before the bodies it brings together (a capital after it).
_JOINT_MEETING = re.compile(
    r"^(?:fælles|dialog)møde(?:t)?\s+(?:mellem\s+|for\s+)?(?=[A-ZÆØÅ])", re.I
)
#: "Dialogmøde med Idrætsrådet", "Fællesmøde med skolebestyrelserne": a meeting a body
#: holds with a guest, named in the title under the host's own line (the host's minutes).
_MEETING_WITH_GUEST = re.compile(r"^[\wæøå-]*møde(?:t)?\s+med\s", re.I)
#: "Teknik- og Miljøudvalget, Lejre Kommune og Klima- og Miljøudvalget, Roskilde Kommune":
#: each body with its municipality after a comma, the two joined by "og".
_TWO_OWNERS = re.compile(
    rf"^[A-ZÆØÅ][\wæøå -]{{2,60}}?(?:{BODY_WORDS}),\s+[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+Kommune"
    rf"\s+og\s+[A-ZÆØÅ][\wæøå -]{{2,60}}?(?:{BODY_WORDS}),\s+[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?"
    r"\s+Kommune$"
)
#: "Møde i ", "Ordinært møde i ": the meeting's word before the body on a dated line.
_MEETING_OF = re.compile(
    # ("Temamøde og ordinært møde i …": a theme meeting held with the ordinary one, which
    # is the body's own; the theme part's guests are no forum)
    # ("Bestyrelsesmøde i Beboerrådet", "Ordinært udvalgsmøde i …": the meeting's word a
    # compound naming the kind of body, joined by its "s")
    r"^(?:[a-zæøå]{2,20}møde\s+og\s+)?(?:(?:ekstra)?ordinært\s+)?(?:[a-zæøå]{2,20}s)?"
    r"møde(?:t)?\s+(?:i|for)\s+"
    r"(?=[A-ZÆØÅ§])",
    re.I,
)
_BODY_NOTE = re.compile(r"\s+\([^()]{1,40}\)$")
#: " (KKR Syddanmark)", " (Aarhus Kommune)", " (Region Midtjylland)": the organisation a
#: body is of, in brackets after the body's name.
_ORGANISATION_IN_BRACKETS = re.compile(
    r"\s+\((?:KKR\s+[A-ZÆØÅ][\w-]+|Region\s+[A-ZÆØÅ][\w-]+|"
    r"[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|Regionskommune))\)$"
)


def _lower_meeting_of_body(m: re.Match[str]) -> bool:
    """Whether a title's forum part is "møde i <body>" in small letters after the
    document's kind ("Referat – møde i Sundhedsstyregruppen (KKR Syddanmark)")."""
    rest = m.group("forum").strip()
    named = _MEETING_OF.sub("", rest, count=1)
    return named != rest and looks_like_body(named)


#: " (dialogforum med kommunen)": a bracket opening in small letters after a body's name, a
#: remark on it of three words or more ("(voksne/handicap)", the area it serves, is its name's).
_BODY_REMARK = re.compile(r"\s+\((?=[a-zæøå])[^()\s]+\s[^()\s]+\s[^()]{1,50}\)$")
#: "Emne: Referat chefgruppemøde 12.02.2025": the subject of the mail carrying the minutes.
_MINUTES_SUBJECT = re.compile(rf"^{MAIL_SUBJECT}{_DOC_WORD}\b(?P<rest>.*)$", re.I)
#: "Hermed referat fra gårsdagens møde (onsdag 12/2 kl. 13-14.30, lille mødelokale …)": a
#: covering mail's sentence with the meeting's time, then its place, in brackets.
_COVER_MEETING = re.compile(
    r"^(?:hermed|her\s+(?:er|kommer))\s+(?:følger\s+)?referat(?:et)?\b[^()]{0,80}"
    # ("… (30.08.2022 kl. 9-11 i Byrådssalen). Sig til, hvis …": a request after it)
    r"\((?P<inner>[^()]*?\bkl\.?\s*\d{1,2}[^()]*)\)\.?(?:\s+(?-i:[A-ZÆØÅ])[^()]{0,200})?$",
    re.I,
)
#: "30.08.2022 kl. 9-11 i Byrådssalen": the place after the time in the brackets, no comma.
_COVER_INNER_PLACE = re.compile(
    r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+(?:i|på)\s+"
    r"(?P<place>(?-i:[A-ZÆØÅ]).{2,80})$",
    re.I,
)
#: "Hermed referat fra direktionsmødet tirsdag den 4. marts 2025 kl. 09.00-11.30 i
#: Direktionens mødelokale, Rådhuset.": a covering mail's sentence naming the kind of
#: meeting (the forum), its date and time, then its place after "i" / "på".
_COVER_SENTENCE = re.compile(
    r"^(?:hermed|her\s+(?:er|kommer))\s+(?:følger\s+)?(?P<rest>referat(?:et)?\s+(?:fra|af)\s+"
    r"[^()]{5,200}?)\.?$",
    re.I,
)
#: "Hermed referat fra dagens møde i Koncernledelsen. Bemærkninger …": a covering mail's
#: sentence naming the body met, undated (the day is the mail's, never read as the
#: meeting's); the body's name ends in a body's word.
_MET_BODY = (
    # ("møde i Børne- og Ungeudvalget": a body of coordinated compounds)
    r"(?P<body>(?=(?-i:[A-ZÆØÅ]))(?:[\wæøå]+-(?:,\s+[\wæøå]+-)*\s+(?:og|&)\s+)?"
    rf"[\wæøå-]*?(?:{BODY_WORDS}|(?-i:MED))"
    # ("møde i Ledergruppen Børn og Unge": the area after the body's word)
    r"(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4}?)(?=[.,]|\s+(?:i\s+dag|i\s+går)\b|$)"
)
_COVER_BODY = re.compile(
    r"^(?:hermed|her\s+(?:er|kommer))\s+(?:følger\s+)?referat(?:et)?\s+(?:fra|af)\s+"
    rf"(?:(?:dagens|gårsdagens|\w+dagens)\s+)?møde(?:t)?\s+i\s+{_MET_BODY}",
    re.I,
)
#: "Godkendelse af dagsorden til dagens møde i Teknik- og Miljøudvalget.": the first
#: item's sentence naming the body of the meeting these minutes are of.
_TODAYS_BODY = re.compile(rf"\b(?:til|på|for)\s+dagens\s+møde\s+i\s+{_MET_BODY}", re.I)
#: "Her kan du læse, hvad direktionen drøftede … på mødet torsdag den 6. marts 2025.", "Læs
#: hvad koncernledelsen besluttede på mødet den …": a news page's teaser naming the meeting.
_TEASER = re.compile(
    r"^(?:her\s+kan\s+du\s+læse|læs(?:\s+her)?),?\s+(?:hvad|om)\b.{0,120}?\bmødet?\b", re.I
)
#: "Direktionen mødtes kl. 8.00 i Byrådssalens forlokale. …", "Koncernledelsen holdt møde
#: tirsdag kl. 9.00 på Rådhuset.": the body met at a clock time in a place (a capitalised
#: place, to the sentence's end). ("Social-, Sundheds- og Ældreudvalget holdt møde torsdag
#: den 6. marts 2025 kl. 16.30 i …": a body of coordinated compounds, a comma after the first)
_MET_AT = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\wæøå-]*,?(?:\s+[\wæøå-]+,?){0,3}?\s+(?:mødtes|holdt\s+møde)\b.{0,60}?"
    r"\b" + dates.clock_time() + r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+(?:i|på)\s+"
    r"(?P<place>(?-i:[A-ZÆØÅ])[^.]{2,80}?)\.(?:\s|$)",
    re.I,
)
_COVER_PLACE = re.compile(
    # ("kl. 13-15": whole hours)
    r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+(?:i|på)\s+"
    # (a room in lower case before its building: "i mødelokale Skoven, Byens Hus")
    r"(?P<place>[A-ZÆØÅ].{2,100}?|[a-zæøå][^,]{2,40},\s*[A-ZÆØÅ].{1,80}?)\.?$"
)


#: "… Rådhuset, Tørring, § 74 Plejecenter Kildebakken": a contents entry closing a line,
#: a front page's right-hand column read across (the entry's number and title).
_ENTRY_ACROSS = re.compile(r"\s(?:§\s*)?(?P<num>\d{1,3})\.?\s+[A-ZÆØÅ][^§]*$")
#: A contents entry alone on its line ("§ 71 Godkendelse af dagsorden").
_ENTRY_ALONE = re.compile(r"^(?:§\s*)?(?P<num>\d{1,3})\.?\s+[A-ZÆØÅ]")


def _contents_read_across(lines: list[Line]) -> list[Line]:
    """The header's lines without a contents list read across them: a PDF's front page in
    two columns (the meeting's fields on the left, "§ 71 Title", "§ 72 Title" … on the
    right) copied as text runs each entry onto a field's line. Entries closing three or
    more lines, their numbers rising by one line by line, are cut off (the list is read
    again from the items' headings)."""
    if not any("§" in ln.clean or ":" in ln.clean for ln in lines[:40]):
        return lines  # (no front page of fields: the common case, one cheap test)
    found: dict[int, tuple[int, int]] = {}  # line position -> (number, cut)
    for pos, line in enumerate(lines[:60]):
        if line.blank:
            continue
        m = _ENTRY_ALONE.match(line.clean) or _ENTRY_ACROSS.search(line.clean)
        if m:
            found[pos] = (int(m.group("num")), m.start() if m.start() else -1)
    cut: dict[int, int] = {}
    run: list[int] = []
    for pos in sorted(found):
        if run and found[pos][0] == found[run[-1]][0] + 1:
            run.append(pos)
        else:
            run = [pos]
        across = [p for p in run if found[p][1] > 0]
        if len(run) >= 3 and len(across) >= 2:
            cut.update({p: found[p][1] for p in across})
    if not cut:
        return lines
    return [
        Line(ln.index, ln.clean[: cut[p]].rstrip(), ln.heading_level) if p in cut else ln
        for p, ln in enumerate(lines)
    ]


#: How many lines a markdown quote holding the meeting's date and place runs at most.
_QUOTED_FACTS_MAX = 4


def _quoted_facts(lines: list[Line]) -> list[Line]:
    """The header's lines with a short markdown quote holding the meeting's date written
    without its quote marks ("> Torsdag 5. december 2013, kl. 17.00" / "> <place>": date,
    time and place set off as a quote under the title), so they are read as the fact lines
    they are; a longer quote, or one without a date on its first line, stays a remark."""
    if not any(ln.clean[:1] == ">" for ln in lines[:30]):
        return lines  # (no quote in the header: the common case, one cheap test)
    out = list(lines)
    pos = 0
    while pos < min(len(out), 30):
        if out[pos].clean[:2] != "> ":
            pos += 1
            continue
        end = pos
        while end < len(out) and out[end].clean[:1] == ">":
            end += 1
        first = out[pos].clean[2:].strip()
        found = dates.find_date(first) if len(first) <= 80 else None
        if end - pos <= _QUOTED_FACTS_MAX and found is not None and found.start <= 25:
            for q in range(pos, end):
                ln = out[q]
                out[q] = Line(ln.index, ln.clean.lstrip(">").strip(), ln.heading_level)
        pos = end
    return out


def _place_goes_on(lines: list[Line], k: int, skip: set[int]) -> tuple[int, str] | None:
    """The rest of a place field left open by a comma on line ``k`` ("Sted: Kulturøen," /
    "mødelokale Lillebælt"): the next line where it is short and no field, date or list;
    in a PDF's two columns read across, its left column alone."""
    nxt = _next_nonblank(lines, k, skip, 1)
    if not nxt:
        return None
    text = lines[nxt[0]].clean.strip()
    if (
        not text
        or len(text) > 60
        or _field_match(text)
        or text[:1] in "-•*§"
        # ("Sted: …, Godsbanevej 2," / "7000 Fredericia": the postcode and town go on)
        or (text[:1].isdigit() and not _POSTCODE_TOWN_ALONE.match(text))
        or dates.find_date(text) is not None
    ):
        return None
    return nxt[0], text


#: "7000 Fredericia", "8000 Aarhus C": a postcode and its town alone on a line.
_POSTCODE_TOWN_ALONE = re.compile(r"^[1-9]\d{3}\s+[A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*)?$")


def _wrapped_on(lines: list[Line], k: int, skip: set[int]) -> Line | None:
    """The line right under line ``k`` where it goes on with the sentence ``k`` leaves
    open (no full stop at the end, the next line in lower case and ending one), else None."""
    if lines[k].clean.rstrip()[-1:] in ".!?:" or k + 1 >= len(lines):
        return None
    nxt = lines[k + 1]
    text = nxt.clean.strip()
    if nxt.blank or nxt.index in skip or not text[:1].islower() or text[-1:] != ".":
        return None
    return nxt if len(text) <= 120 else None


#: "Dok.nr. 2025-004411 Sagsnr. 24-019877": the filing numbers of the document itself.
_FILING_LINE = re.compile(
    # ("Sag: 00.01.00-A00-3-25": the meeting's own case, the label with a colon)
    r"^(?:(?:(?:dok|sag|sags|j)\.?\s*nr\.?|sag(?=\s*:))\s*:?\s*\d[\w./-]{3,30}\s*){1,3}$",
    re.I,
)
#: "Odsherred Kommune, Børn, Unge og Læring": the owner and the department under a title.
_OWNER_LINE = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE),\s+"
    r"[A-ZÆØÅ][\wæøå-]*(?:,?\s+(?:og|&|[A-ZÆØÅ][\wæøå-]*)){0,6}$"
)
#: "ODSHERRED KOMMUNE – Styregruppe ny skolestruktur – 15.04.2025": a PDF's page header.
_OWNER_TITLE = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)\s+[–—-]\s+[^–—]{3,80}"
    r"\s+[–—-]\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$"
)
#: "GRIBSKOV KOMMUNE – Projekt Ny Skole i Helsinge": the owner, a dash and what the
#: document is of (a project, a department), a Word page header's line; also with the
#: document's class after a second dash ("Fredericia Kommune – Direktionssekretariatet –
#: Internt").
_OWNER_DASHED = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)\s+[–—-]\s+[A-ZÆØÅ][^–—]{2,80}"
    r"(?:\s[–—-]\s+(?i:internt?|fortroligt|til intern brug|ikke offentligt?))?$"
)
#: "Referat", "Dagsorden" alone in a cell: the kind word closing a tab-parted title row.
_KIND_CELL = re.compile(rf"^{_DOC_WORD}$", re.I)
#: "Referat – bestyrelsesmøde", "BESLUTNINGSPROTOKOL": a title row's right column.
_KIND_OPENING = re.compile(
    r"^(?:referat|dagsorden|beslutningsprotokol|protokol)\b(?![:.])", re.IGNORECASE
)
#: "Referat - åbent møde Kl. 16:00 - 18:10": the document's kind (no date in it) and the
#: meeting's hours after it, two columns of a page header whose gap was lost.
_KIND_THEN_HOURS = re.compile(
    r"^(?P<kind>(?:referat|dagsorden|beslutningsprotokol)\b[^\d\t:]*?)\s+"
    r"(?P<hours>kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)$",
    re.IGNORECASE,
)
#: "møde", "ordinært møde": the meeting's word where a title line would name the body.
_MEETING_WORD = re.compile(r"^(?:(?:ekstra)?ordinært\s+)?møde[t]?$", re.I)


def _kind(word: str) -> str | None:
    if not word:
        return None  # a title naming no kind of document ("Chefforum – uge 10")
    word = word.lower()
    minutes = "referat" in word or "beslutning" in word  # "Dagsorden med beslutninger"
    # ("Supplerende dagsorden", "Tillægsdagsorden": an agenda)
    return "dagsorden" if "dagsorden" in word and not minutes else "referat"


def _people_line(value: str, present: bool) -> list[Participant]:
    # ("Lone Hjort (Midt- og Vestjyllands Politi)": no "og" inside the brackets parts people)
    value = re.sub(r"\s+og\s+(?=[A-ZÆØÅ])(?![^()]*\))", ", ", value.strip().rstrip("."))
    people = parse_participants(value)
    out: list[Participant] = []
    for p in people:
        if p.role is None and p.name.lower() in _CHAIRS and out:
            # "Jens Hansen (V), formand": the chair is the role of the name before
            last = out[-1]
            role = f"{p.name.capitalize()}, {last.role}" if last.role else p.name.capitalize()
            out[-1] = Participant(last.name, role, present)
            continue
        out.append(_person(p.name + (f" ({p.role})" if p.role else ""), present))
    return out


_CHAIRS = frozenset({"formand", "næstformand", "borgmester", "viceborgmester"})


def _person(text: str, present: bool) -> Participant:
    text = _BULLET.sub("", text).strip()
    m = _PARTY.match(text)
    if not m:
        return Participant(text, None, present)
    role = (m.group("role") or "").strip() or None
    chair = m.group("chair") or m.group("title") or m.group("task")
    if m.group("items"):
        role = ", ".join(filter(None, (role, m.group("items").strip())))
    if chair and role:
        role = f"{chair.capitalize()}, {role}"
    elif chair:
        role = chair.capitalize()
    return Participant(m.group("name").strip(), role, present)


def _date_and_time(text: str) -> tuple[dt.date | None, str | None]:
    found = dates.find_date(text)
    if found is None:
        return dates.field_date(text), dates.parse_time(text)
    # "Hvornår: 2.–3. oktober 2024": a seminar over two days, dated by its first
    return dates.first_day(text, found), found.time or dates.parse_time(text[found.end :])


#: "Udskrevet den 02.05.2016", "Printet: 02-05-2016 kl. 10.12": the print stamp at a
#: page header's end (or alone on its line).
_PRINT_STAMP = re.compile(
    # ("Printet fra Prepare den 06.03.2025 kl. 08:12", "Eksporteret fra Netpublikator
    # 05-03-2025 10:14": the system it was printed or exported from named before the date)
    r"(?:^|\s)(?:(?:udskrevet|printet)(?:\s+fra\s+\S+)?|(?:eksporteret|genereret)\s+fra\s+\S+)"
    r"(?:\s*:\s*|\s+)(?:den\s+)?\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}"
    r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?$",
    re.I,
)


#: "18.04.2024 14:22  Handicaprådet - Referat - <Name> Kommune": a browser's print header
#: atop the first page, the date and time it was printed, then the page's title (its parts
#: parted by dashes or bars, naming the document's kind or its owner; the kind may come
#: first: "10.12.2024 21:47  Referat - Skolebestyrelsen, <School>").
_BROWSER_STAMP = re.compile(
    r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[.:]\d{2}\s+"
    r"(?P<title>[A-ZÆØÅ][^\n]*\s[-–|]\s[^\n]*\b(?:[Rr]eferat|[Dd]agsorden|Kommune)\b[^\n]*"
    r"|(?:[Rr]eferat|[Dd]agsorden)\s[-–|]\s[A-ZÆØÅ][^\n]*)$"
)


def _without_dot_leaders(lines: list[Line]) -> list[Line]:
    """The header's lines with dot leaders between a label and its colon closed up
    ("Tid .........: 13.15-14.30" reads "Tid: 13.15-14.30")."""
    if not any(has_dot_fields(ln.clean) for ln in lines):
        return lines
    return close_dot_leaders(lines)


#: "Tid og sted: kl. 9.00-13.00, Rådhuset" (or "Tid og sted<TAB>…", a Word table's row): one
#: field for the time and the place after it.
_TIME_AND_PLACE = re.compile(r"^tid\s+og\s+sted(?:\s*:|[ \t]*\t)\s*(?P<value>\S.*)$", re.I)


#: "Torsdag d. 20/2-2025 kl. 13.00-15.00, Rådhuset …": a "Tid og sted:" value opening with
#: the date, the clock time and then the place after a comma.
_DATED_CLOCK_PLACE = re.compile(
    r"\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?"
    # ("… kl. 19.00 i Gudhjem Forsamlingshus, Brøddegade 20.": the place after "i")
    r"(?:\s*,\s*|\s+i\s+)(?P<place>[A-ZÆØÅ].{1,100}?)\.?$",
    re.I,
)


def _time_and_place_fields(lines: list[Line]) -> list[Line]:
    """A "Tid og sted:" field whose value is the time and then the place, as the two
    fields "Tid:" and "Sted:" (the same line index); the value may open with the date
    ("Tid og sted: Torsdag d. 20/2-2025 kl. 13.00-15.00, Rådhuset Ikast": a "Tid:" field
    holds a date too)."""
    out = []
    for ln in lines:
        both = _TIME_AND_PLACE.match(ln.clean) if ln.clean[:3].lower() == "tid" else None
        clock = _CLOCK_LINE.match(both.group("value")) if both else None
        if both and clock is None:
            dated = _DATED_CLOCK_PLACE.search(both.group("value"))
            head = both.group("value")[: dated.start()] if dated else ""
            # ("Tid og sted: kl. 15.30 i Rådhusets mødesal 3": the hour first, no date)
            clock = dated if dated and (not head or dates.find_date(head) is not None) else None
        if both is None or clock is None or not clock.group("place"):
            out.append(ln)
            continue
        place = clock.group("place")
        out.append(ln._replace(clean=f"Tid: {both.group('value')[: clock.start('place')]}"))
        out.append(Line(ln.index, f"Sted: {place}", 0))
    return out


#: "Sumi / Sted: …", "Nalunaaquttap akunnera / Kl.: 09.00", "Kommunalbestyrelsi /
#: Kommunalbestyrelsen": a label or a body's name in a second language (Greenlandic,
#: English, German) before its Danish one, parted by a spaced slash.
_SECOND_LANGUAGE = re.compile(r"^(?P<other>[^\W\d_][^/:\t\d]{0,38}?)\s+/\s+(?P<danish>[A-ZÆØÅ].*)$")


def _second_language_labels(lines: list[Line]) -> list[Line]:
    """A header line whose Danish field or body's name follows the same in another
    language ("Ulloq / Dato: 25.10.2018", "Aningaasaqarnermut Ataatsimiititaliaq /
    Økonomiudvalget") as the Danish part alone, where the first part is none itself (so
    "Byrådet / Økonomiudvalget" and "Dato / tid: …" stay as they are)."""
    out = []
    for ln in lines:
        m = _SECOND_LANGUAGE.match(ln.clean) if " / " in ln.clean else None
        if m is not None:
            other, danish = m.group("other"), m.group("danish")
            field = _field_match(danish)
            after_key = danish[field.end("key") : field.end("key") + 2] if field else ""
            if field is not None and after_key.lstrip(" ")[:1] in (":", "\t"):
                ok = not _field_match(other) and not looks_like_body(other)
            else:
                # ("… / Kommunalbestyrelsens møde": the council's meeting as the title)
                named = looks_like_body(danish) or _COUNCIL_GENITIVE_MEETING.match(danish)
                ok = bool(named) and not looks_like_body(other) and not _field_match(other)
            ln = ln._replace(clean=danish) if ok else _danish_first_label(ln)
        elif " / " in ln.clean:
            ln = _danish_first_label(ln)
        out.append(ln)
    return out


#: "Sted / Venue: …", "Mødested / Ort: …", "Regionalrådet / Regionalrat": the Danish label
#: or body's name first, then the same in a second language (German, English, Swedish).
_DANISH_FIRST = re.compile(
    r"^(?P<danish>[A-ZÆØÅ][^/:\t\d]{0,38}?)\s+/\s+(?P<other>[^\W\d_][^/:\t\d]{0,38}?)"
    r"(?P<rest>\s*[:\t].*)?$"
)


def _danish_first_label(ln: Line) -> Line:
    """A header line whose Danish field label or body's name comes first and its
    translation after a spaced slash ("Sted / Venue: International House", "Mødested /
    Ort: Rådhuset", "Regionalrådet / Regionalrat") as the Danish part alone, where the
    second part is no Danish field or body itself ("Byrådet / Økonomiudvalget" and "Dato /
    tid: …" stay as they are)."""
    m = _DANISH_FIRST.match(ln.clean)
    if m is None:
        return ln
    danish, other, rest = m.group("danish"), m.group("other"), m.group("rest")
    if _field_match(other) or looks_like_body(other):
        return ln
    if rest:
        field = _field_match(danish + ":")
        if field is None or field.group("key") != danish:
            return ln
        return ln._replace(clean=danish + rest)
    # ("Projektgruppe – Ny hjemmeside / selvbetjening": a name going on in small letters)
    named = looks_like_body(danish) and other[:1].isupper()
    return ln._replace(clean=danish) if named else ln


#: The icon, perhaps with a variation selector, then the fact.
_ICON_FIELD = re.compile(r"^(?P<icon>\S)\ufe0f?\s+(?P<value>\S.*)$")


#: The separator between a row's pictographed facts: a middle dot, a bar or a bullet.
_ICON_ROW_SEP = re.compile(r"\s+[·|•]\s+")


def _icon_row(text: str) -> list[str]:
    """A line of several facts each behind its pictograph, parted by middle dots or bars
    ("🗓️ 12/6-2025 · 🕙 10.00 · 📍 Frivilligcentret, Storgade 8"), as the labelled fields
    they stand for ("Dato: 12/6-2025", "Tid: 10.00", "Sted: …"); else [] (one fact, or a
    part that no fact's pictograph opens)."""
    parts = _ICON_ROW_SEP.split(text)
    if len(parts) < 2:
        return []
    fields = []
    for part in parts:
        m = _ICON_FIELD.match(part)
        key = ICON_FIELDS.get(m.group("icon")) if m else None
        if m is None or key is None:
            return []
        fields.append(f"{key}: {m.group('value')}")
    return fields


#: A start alone, perhaps behind "kl." ("10.00", "kl. 9.30"): a fact row's time.
_FACT_CLOCK = re.compile(r"^(?:kl\.?\s*)?(?:[01]?\d|2[0-3])[.:][0-5]\d$", re.I)


#: What parts a bare fact row's cells: a middle dot, or a table row's tabs.
_FACT_ROW_SEP = re.compile(r" · |\t+")


def _bare_fact_row(text: str) -> list[str]:
    """A row of three facts parted by middle dots whose pictographs were lost (a notes
    page printed in a font without emoji): the date alone, the start alone and the place
    ("12/6-2025 · 10.00 · Frivilligcentret, Storgade 8") as the labelled fields they stand
    for ("Dato: …", "Tid: …", "Sted: …"); else [] (a span of hours is read with the
    meta line's parts). Also the three cells of a borderless table row without labels
    ("Den 7. maj 2025<TAB>Kl. 16:30<TAB>Mødelokale 2, Vestby Rådhus")."""
    parts = [p.strip() for p in _FACT_ROW_SEP.split(text)]
    if len(parts) != 3 or _FACT_CLOCK.match(parts[1]) is None:
        return []
    found = dates.find_date(parts[0])
    if found is None or found.start != 0 or found.end < len(parts[0].rstrip(" .")):
        return []
    if not _room(parts[2]):
        return []
    return [f"Dato: {parts[0]}", f"Tid: {parts[1]}", f"Sted: {parts[2]}"]


def _icon_fields(lines: list[Line]) -> list[Line]:
    """Lines opened by a fact's pictograph as the labelled fields they stand for ("📍 X"
    reads "Sted: X"), another pictograph before a labelled field dropped ("👥 Deltog: …");
    an icon is never a letter, so the test is one comparison a line."""
    out = []
    for ln in lines:
        if ln.clean[:1] >= "\u2300" and (parts := _icon_row(ln.clean)):
            # "🗓️ 12/6-2025 · 🕙 10.00 · 📍 Frivilligcentret": each fact its own field
            out.extend(ln._replace(clean=part) for part in parts)
            continue
        if (" · " in ln.clean or "\t" in ln.clean) and (parts := _bare_fact_row(ln.clean)):
            # "12/6-2025 · 10.00 · Frivilligcentret": the same row, its pictographs lost
            # (or a borderless table row's three cells)
            out.extend(ln._replace(clean=part) for part in parts)
            continue
        m = _ICON_FIELD.match(ln.clean) if ln.clean[:1] >= "\u2300" else None
        key = ICON_FIELDS.get(m.group("icon")) if m else None
        if m and key:
            ln = ln._replace(clean=f"{key}: {m.group('value')}")
        elif m and m.group("icon") >= "\U0001f300" and _FIELD.match(m.group("value")):
            ln = ln._replace(clean=m.group("value"))
        out.append(ln)
    return out


def _listed_facts(lines: list[Line]) -> list[Line]:
    """Lines of a meeting page's facts written as a list without labels ("- 11. marts
    2025" / "- 15:30 - 17:45" / "- Mødelokale 2, Rådhuset": each line's pictograph
    an image left out) without their bullets, as the lines of a header with no labels
    are read: a run of two to four bullet lines, the first a date alone, another the
    hours alone."""
    out = lines
    k = 0
    while k < len(lines):
        if lines[k].clean[:2] not in _FACT_BULLETS:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end].clean[:2] in _FACT_BULLETS:
            end += 1
        bare = [ln.clean[2:].strip() for ln in lines[k:end]]
        if (
            2 <= len(bare) <= 4
            and (found := dates.find_date(bare[0])) is not None
            and found.start == 0
            and found.end >= len(bare[0].rstrip(" ."))
            and any(_HOURS_ALONE.match(b) or _CLOCK_LINE.match(b) for b in bare[1:])
        ):
            out = out[:k] + [ln._replace(clean=b) for ln, b in zip(lines[k:end], bare, strict=True)]
            out += lines[end:]
        k = end
    return out


#: A list line's bullet and its space ("- ", "• ", "* ").
_FACT_BULLETS = frozenset({"- ", "• ", "* "})


#: "Møde i Integrationsrådet", "Bestyrelsesmøde i Lemvig Musikskole": a meeting of a body.
_MEETING_IN = re.compile(r"^[\wæøå-]*møde\s+i\s+(?P<body>(?-i:[A-ZÆØÅ]).*)$", re.I)


#: "Møde i Microsoft Teams", "Videomøde på Zoom", "Online møde via Teams": a meeting held in
#: a meeting app, named alone after the meeting's word (the app the meeting's place).
_MEETING_ON_APP = re.compile(
    r"^(?:(?:online|virtuelt|digitalt)\s+)?[\wæøå-]{0,12}møde\s+(?:i|på|via|over)\s+"
    r"(?P<app>(?:Microsoft\s+)?Teams|Zoom|Skype(?:\s+for\s+Business)?|Google\s+Meet|"
    r"(?:Cisco\s+)?Webex)\s*\.?$",
    re.I,
)


#: "REFERAT – ungerådsmøde", "Referat af handicaprådsmødet", "Udvalgsmøde – referat": the
#: document's kind and the meeting named by the body's word and "møde" in one compound.
_KIND_OF_MEETING = re.compile(
    r"^(?:(?:referat|dagsorden|beslutningsreferat|beslutningsprotokol|protokol)"
    r"(?:\s*[–—-]\s*|\s+(?:af|fra)\s+(?:(?:ekstra)?ordinært\s+)?))?"
    r"(?P<stem>[\wæøå-]{3,}?)s?møde(?:t)?"
    r"(?:\s*[–—-]\s*(?:referat|dagsorden|beslutningsreferat))?$",
    re.I,
)


def _meeting_of_forum(text: str, forum: str) -> bool:
    """``text`` names a meeting of the body whose name is ``forum`` or closes it; or is
    the document's kind with the meeting written as one compound of the body's word
    ("REFERAT – ungerådsmøde" under "Ungerådet")."""
    if "møde" not in text[:40].lower():
        return False
    m = _MEETING_IN.match(text)
    if m is None:
        kind = _KIND_OF_MEETING.match(text)
        if kind is None or not forum:
            return False
        # ("Ungerådet" -> "ungeråd", "Bestyrelsen" -> "bestyrelse": the definite ending off)
        last = re.sub(r"(?:et|en|n)$", "", forum.split()[-1].lower())
        return last.endswith(kind["stem"].lower())
    body, name = m["body"].lower(), forum.lower()
    return name == body or name.endswith(" " + body)


#: "… kl. 16.00 fredag den ": the meeting's hour written before its day (a staff's status
#: meeting's line), right before the date.
_CLOCK_BEFORE_DATE = re.compile(
    r"\bkl\.?\s*(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\s*,?\s*"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?$",
    re.IGNORECASE,
)


#: "  s. 22", "  Side 88", "  Prot. side 318", "  Protokol side 1207": a running head's
#: page number closing one of the document's first lines.
_PAGE_MARK_TAIL = re.compile(r"\s+(?:(?:prot(?:okol)?\.?\s+)?side|s\.)\s*\d{1,4}\.?$", re.I)


def read_header(lines: list[Line], skip: set[int], placed: set[int]) -> Header:
    """Header facts from the lines before the first item (or the contents list).

    Reads ``Key: value`` fields, labels above their values (``UDVALG`` / ``Børne- og
    Skoleudvalget``), title lines (``<forum> – Referat – <date>``, ``Referat af møde i
    <forum>``, ``REFERAT <forum> d. <date>``, ``Dagsorden <date> kl. …``), a lone
    ``Referat`` followed by forum, date and place lines, member lists (inline, bullets or
    one name a line) and a municipality named as an institution.
    """
    lines = _second_language_labels(_quoted_facts(_contents_read_across(lines)))
    # "Medlem<TAB>Parti<TAB>Status" over a row a member: read as the members, before the
    # tab-separated rows are taken for fields side by side
    lines, table_people = take_member_tables(lines, skip, placed)
    lines = _split_columns(
        _time_and_place_fields(_without_dot_leaders(_icon_fields(_listed_facts(lines))))
    )
    head = Header()
    head.participants = table_people
    decided = False  # a written procedure's "Beslutningsdato:" read
    date_rank = 9  # lower is surer: 0 a date field, 1 a title line, 2 a lone date line
    k = 0
    after_kind = False  # just after a lone "Referat": forum, date, place may follow
    kind_word = ""  # that lone word: "PROTOKOL" / "for ordinært møde i …" is one title
    forum_from_line = False  # the forum was a line of its own, a title line names it better
    titled = False  # just after a title line without a date: the date line, then the place
    seen = 0  # the header's lines read so far (a lone kind word first is the page's title)
    kind_top = False  # that lone kind word was the first line
    stamped = None  # a meta line's stamp date ("Godkendt 14.03.2025"), the last resort
    stamp_day = None  # the date a stamp's line gave the header, if any
    letter_dated = None  # a letterhead's "Dato:" (the day the letter was written)
    sentence_rest = -1  # the line a "Mødet blev holdt …" sentence went on to, read with it
    while k < len(lines):
        line = lines[k]
        if k == sentence_rest:
            k += 1
            continue
        if date_rank < 8 and k + 1 < len(lines) and letter_closing(line.clean):
            # "Dato: 3. juni 2019" / "Vedr. din anmodning om aktindsigt …" / "Med venlig
            # hilsen": a letter sent with the minutes (an authority's cover letter, a mail)
            # is dated when it was sent; the minutes under it date the meeting, so any date
            # they give is surer than the letter's
            date_rank = 8
        if line.blank or line.index in skip:
            if date_rank > 4 and line.clean[:2].lower() in ("em", "su"):
                subject = _MINUTES_SUBJECT.match(line.clean)
                found = dates.find_date(subject.group("rest")) if subject else None
                if found is not None:
                    # "Emne: Referat chefgruppemøde 12.02.2025": the mail's subject dates the
                    # minutes where the minutes themselves do not (the sending date never)
                    head.date, date_rank = found.date, 4
            if not line.blank and (
                (seen <= 1 and _SUPPLEMENT_ALONE.match(line.clean))
                or (seen <= 2 and line.clean[:1] in "ÅåOo" and _OPEN_AGENDA_ALONE.match(line.clean))
            ):
                # "TILLÆGSDAGSORDEN" / "Supplerende dagsorden" as the page's first line, or
                # right under a one-line title ("<Kommune> – Byrådet") (a group heading
                # where it stands between items); "Åben dagsorden" under the owner's and
                # the body's lines (an agenda system's front page; the same words above
                # the items mark the open part): the document's title, an agenda unless
                # its items were decided
                head.lone_agenda = True
                head.heading = head.heading or line.clean.strip()
            k += 1
            continue
        text = _bulleted_field(line.clean)
        if text[:5].lower() == "mødet" and (rest := _held_sentence_rest(lines, k, skip)):
            # "Mødet blev holdt onsdag den 4. marts 2026 kl. 19.00 i Borgerhuset," /
            # "Skolegade 4. Rådet …": the sentence saying when and where wrapped onto the
            # next line; read as one line (the place whole)
            text = f"{text} {rest}"
            placed.add(lines[k + 1].index)
            sentence_rest = k + 1
        stamp = None
        if any(w in text for w in ("krevet", "rintet", "KREVET", "RINTET", "porteret", "enereret")):
            stamp = _PRINT_STAMP.search(text)
        if stamp is not None:
            # "SKOVLUND KOMMUNE   Udskrevet den 02.05.2016": when the page was printed, no
            # date of the meeting; the rest of the line (the page header) is read as it stands
            text = text[: stamp.start()].strip()
            placed.add(line.index)
            if not text:
                k += 1
                continue
        if not seen and text[:1].isdigit() and (browser := _BROWSER_STAMP.match(text)):
            # "18.04.2024 14:22  Handicaprådet - Referat - <Name> Kommune": a browser's print
            # header, when the page was printed and its title; the title is read as it stands
            text = browser.group("title")
        if seen < 3 and (page_mark := _PAGE_MARK_TAIL.search(text)) and page_mark.start():
            # "Økonomiudvalget   s. 22", "Kommunalbestyrelsen   Prot. side 318": a typed
            # protocol's running head, the page of the year's book beside the body's name;
            # the rest of the line is read as it stands
            text = text[: page_mark.start()]
        if seen < 3 and text[-1:] == "." and " " in text and looks_like_body(text[:-1]):
            # "Hvidebæk Kommunalbestyrelse.": a typed letterhead's body closed by a full stop
            text = text[:-1]
        seen += 1
        if _TOC_HEAD.match(text):
            break
        if text[:1].isdigit() and len(text) <= 10 and _in_date_list(lines, k):
            # "Møder 2008" / "11.12.2008" / "18.12.2008": a side column's links to the
            # year's meetings, no date of this meeting's (its own is read from its header)
            placed.add(line.index)
            k += 1
            continue
        if text[:2] == "> " and len(text) > 20:
            # "> Punkterne er åbne. Materialet er sendt …": a remark set off as a quote
            head.notes.append(text[2:].strip())
            late = _START_LINE.match(text[2:].strip()) if "ødet " in text[2:9] else None
            if late and late.group("past"):
                # "> Mødet startede kl. 16.20 på grund af …": the start as it was, later
                # than the one planned in the date's field
                head.start_time = dates.hhmm(late.group("h"), late.group("m"))
            placed.add(line.index)
            k += 1
            continue
        if (text[:3].lower() in ("dok", "sag", "j.n") or "OMMUNE" in text.upper()) and (
            _FILING_LINE.match(text)
            or _OWNER_LINE.match(text)
            or _OWNER_TITLE.match(text)
            # "GRIBSKOV KOMMUNE – Projekt Ny Skole i Helsinge": a Word page header on top
            or (seen == 1 and _OWNER_DASHED.match(text))
        ):
            # the document's own filing numbers ("Dok.nr. 2025-004411 Sagsnr. 24-019877"),
            # the owner and the department ("Odsherred Kommune, Børn, Unge og Læring") and a
            # PDF's page header ("ODSHERRED KOMMUNE – <body> – 15.04.2025"): read, no facts
            # the title does not give (the lines go on to the other readings below)
            placed.add(line.index)
        # "RIBE AMT", "RIBE AMTSKOMMUNE": a county's header by either of its names
        county = _county(text) if text[-3:].lower() in ("amt", "une") else None
        if county is None and text[:6].lower() == "region":
            # "REGION SYDDANMARK": a region's, the same way; "Region Nordjylland · Sundhed":
            # the region over its department, a letterhead
            county = region_named(text) or region_over_department(text)
        if county is None and head.municipality is None and seen <= 4:
            county = rescue_service(text)  # "Beredskab Østjylland": a joint rescue service's
            if (
                county
                and not is_company(county)
                and any(municipality_in(ln.clean) for ln in lines[: k + 8])
            ):
                # a kommune's header naming its service: the kommune's minutes (not a company,
                # "Beredskab Vestkyst I/S" over the kommuner that own it, whose service it is)
                county = None
        if county:
            # "RINGKJØBING AMT" over "Amtsrådet": a county's minutes (before 2007), the county
            # the authority whose they are, as a municipality is a committee's
            head.municipality = head.municipality or county
            placed.add(line.index)
            k += 1
            continue
        if (
            seen <= 3
            and _department(text)
            and not looks_like_body(text)
            and not _ANY_DOC_WORD.search(text)
        ):
            above = _prev_filled(lines, k)
            if above is not None and _OWNER_ALONE.match(lines[above].clean):
                # "TØNDER KOMMUNE" / "Social og Sundhed": the owner's department under its
                # name on a page header, no body's name
                placed.add(line.index)
                k += 1
                continue
        cover = _COVER_MEETING.match(text) if text[:1] in "Hh" else None
        if cover:
            # "Hermed referat fra gårsdagens møde (onsdag 12/2 kl. 13-14.30, lille
            # mødelokale på rådhuset).": the covering mail's sentence gives time and place
            inner = cover.group("inner")
            head.start_time = head.start_time or dates.parse_time(inner)
            when = dates.find_date(inner) if head.date is None else None
            if when is not None:  # "(30.08.2022 kl. 9-11 i Byrådssalen)": dated as well
                head.date = when.date
            where = inner.split(",", 1)[1].strip() if "," in inner else ""
            if not where and (after := _COVER_INNER_PLACE.search(inner)):
                where = after.group("place")
            if where and head.location is None:
                head.location = _place_text(where)
            placed.add(line.index)
            before = _prev_filled(lines, k)
            if before is not None and _GREETING.match(lines[before].clean):
                placed.add(lines[before].index)  # "Hej alle" above it: the mail's greeting
            k += 1
            continue
        sentence = _COVER_SENTENCE.match(text) if cover is None and text[:1] in "Hh" else None
        wrapped = _wrapped_on(lines, k, skip) if sentence else None
        if wrapped is not None:
            # "Hermed referat fra mødet i dag, torsdag den 22. maj 2025 kl. 13-15" / "i
            # mødelokale Vidå, Rådhuset.": the sentence wrapped by the mail, its place below
            sentence = _COVER_SENTENCE.match(f"{text} {wrapped.clean.strip()}")
            placed.add(wrapped.index)
        if sentence and dates.find_date(sentence.group("rest")) is not None:
            # "Hermed referat fra direktionsmødet tirsdag den 4. marts 2025 kl. 9.00-11.30 i
            # Direktionens mødelokale, Rådhuset.": forum, date, time and place in one sentence
            rest = sentence.group("rest")
            head.forum = head.forum or body_of_meeting(rest)
            head.date = head.date or dates.find_date(rest).date
            head.start_time = head.start_time or dates.parse_time(rest)
            where = _COVER_PLACE.search(rest)
            if where and head.location is None:
                head.location = _place_text(where.group("place"))
            placed.add(line.index)
            before = _prev_filled(lines, k)
            if before is not None and _GREETING.match(lines[before].clean):
                placed.add(lines[before].index)
            k += 1
            continue
        teaser = _TEASER.match(text) if text[:1] in "HhLl" else None
        when = dates.find_date(text) if teaser else None
        if when is not None and (head.date is None or head.date == when.date):
            # "Her kan du læse, hvad direktionen drøftede og besluttede på mødet torsdag den
            # 6. marts 2025.": a news page's teaser dating the meeting
            head.date = when.date
            placed.add(line.index)
            k += 1
            continue
        lead = meeting_lead(text) if len(text) > 40 and text[-1:] in ".!" else None
        if lead is not None and (lead.forum and head.forum is None or lead.place or lead.start):
            # "Frederikshavn Byråd holdt onsdag aften møde i Byrådssalen …. Mødet startede kl.
            # 18.00.": a news post's lead paragraph says who met, when and where
            head.forum = head.forum or lead.forum
            if lead.start and (head.start_time is None or "ødet start" in text):
                head.start_time = lead.start  # (the start as it was wins, as fix127's)
            head.location = head.location or lead.place
            when = dates.find_date(text) if date_rank > 3 else None
            if when is None and date_rank > 3:
                # "Havneudvalget holdt møde 4.2.26 kl. 9.00-11.00.": the year in two digits,
                # the meeting's word before the date and its hour after it
                when = _short_year_meeting(text)
            if when is not None:  # "Helsingør Byråd holder møde mandag den 24. august 2020 …"
                head.date, date_rank = when.date, 3
            placed.add(line.index)
            k += 1
            continue
        met = _MET_AT.match(text) if "mødtes" in text or "holdt møde" in text else None
        if met and head.location is None:
            # "Direktionen mødtes kl. 8.00 i Byrådssalens forlokale. Til stede var …": a
            # news page's lead sentence gives the time and the place
            head.start_time = head.start_time or dates.hhmm(met.group("h"), met.group("min"))
            head.location = _place_text(met.group("place"))
            when = dates.find_date(met.group(0)) if head.date is None else None
            if when is not None:  # "… mødtes den 6. marts 2025 kl. 9.30 på …"
                head.date = when.date
            placed.add(line.index)
            k += 1
            continue
        named = _COVER_BODY.match(text) if sentence and head.forum is None else None
        if named:
            # "Hermed referat fra dagens møde i Koncernledelsen. …": the body, no date
            head.forum = named.group("body")
            placed.add(line.index)
            before = _prev_filled(lines, k)
            if before is not None and _GREETING.match(lines[before].clean):
                placed.add(lines[before].index)
            k += 1
            continue
        invalid = dates.invalid_date_in(text)
        if invalid and head.invalid_date is None:
            head.invalid_date = invalid
        m = _FIELD.match(text)
        if m is None and ":" in text[:24] and (folded := danish_field_label(text)) is not None:
            m = _FIELD.match(folded)  # "M0dested: …": the label misread by OCR
        if m and m.group("value").strip() and not _colon_ok(m):
            m = None  # "Mødelokale A, …", "Tid til …": a sentence, not a field
        if m:
            key, value = m.group("key").lower(), m.group("value").strip()
            key = "referent" if key == "ref." else key
            if key[-5:] in (" møde", "mødet") and key[:4] in ("star", "slut"):
                key = key.split()[0]  # "Starttidspunkt for møde": the start's own label
            key = "deltog" if key[:7] == "deltog " else key  # "Deltog i telefonmødet:"
            key = "gæst" if key[:5] in ("gæst ", "gæste") and key[-1:].isdigit() else key
            if key[:4] == "fra " and key.endswith((" kommune", " kommunen")):
                # "Fra Tønder Kommune:", "Fra kommunen:": the municipality's staff
                key = "fra forvaltningen"
            taken = [k]
            if key in _MEMBER_KEYS:
                names, k2 = _member_values(lines, k, value, skip)
                joined = " ".join(names)
                # "Erik Flyvholm (V). Som stedfortræder var indkaldt Bent Skrubbeltrang (V)."
                called = called_in(joined) if value else None
                if called:
                    head.participants += _substitutes(called.group("names"))
                    names, value = [joined[: called.start()]], joined[: called.start()]
                led_after = _LED_AFTER.search(joined) if value and "ledet af" in joined else None
                if led_after:
                    # "Fraværende: Tina Lund (A). Mødet blev ledet af næstformand Jørgen Bruun
                    # (V).": the list ends at the full stop, the sentence after it names the chair
                    names, value = [joined[: led_after.start()]], joined[: led_after.start()]
                if value and _NOBODY.match(value):
                    pass  # "Fraværende: Ingen", "Stedfortræder: Ingen indkaldt"
                elif key in _TASK_KEYS and value:
                    head.participants.append(Participant(value, key.capitalize(), True))
                elif value and key in _SUBSTITUTE_KEYS and _STANDS_IN.search(value):
                    head.participants += _substitutes(joined)
                else:
                    head.participants += (
                        [
                            p
                            for n in names
                            for p in (
                                _people_line(n, _MEMBER_KEYS[key])
                                if "," in n
                                else [_person(n, _MEMBER_KEYS[key])]
                            )
                        ]
                        if not value
                        else _people_line(" ".join(names), _MEMBER_KEYS[key])
                    )
                if led_after:
                    _chair(head, led_after.group("who"))
                placed.update(lines[j].index for j in range(k, k2) if not lines[j].blank)
                k = k2
                continue
            if not value and key == "udvalg" and (menu := _body_menu(lines, k)):
                # "Udvalg" over "Byrådet" / "Økonomiudvalget" / "Teknik- og Miljøudvalget" …
                # (a site's menu of its committees, one link a line): no field, furniture
                placed.update(lines[j].index for j in (k, *menu))
                k = menu[-1] + 1
                continue
            if not value:  # label above its value
                nxt = _next_nonblank(lines, k, skip, 1)
                if (
                    nxt
                    and not _field_match(lines[nxt[0]].clean)
                    and not _TOC_HEAD.match(lines[nxt[0]].clean)
                ):
                    value = lines[nxt[0]].clean
                    taken.append(nxt[0])
            if key in _PLACE_KEYS and (value[-1:] == "," or value[-2:] in (" –", " —")):
                # "Sted: Kulturøen," / "mødelokale Lillebælt": the place goes on under it
                # (also after a spaced dash: "Mødested: …, Søndersø –" / "mødelokalet i kælderen")
                more_place = _place_goes_on(lines, taken[-1], skip)
                if more_place is not None:
                    value = f"{value} {more_place[1]}"
                    taken.append(more_place[0])
            elif key in _PLACE_KEYS:
                # "Sted: Rådhuset, lokale" / "1.12", "mødelokale" / '"Skjern"': the room's
                # number or name wrapped onto the next line
                value, room = with_room_under(value, lines, taken[-1], skip)
                if room is not None:
                    taken.append(room)
            if key in _NOTE_KEYS:
                # "Bemærkninger:" and the lines under it to a blank line or the next label:
                # one remark on the meeting, whole
                more = _note_lines(lines, taken[-1], skip)
                value = "\n".join([value, *(lines[j].clean for j in more)]).strip()
                taken += more
            if value or key in ("sted", "mødested"):
                d_before = head.date
                if not (decided and key in _DEADLINE_KEYS):
                    # ("Beslutningsdato: 18. juni" over "Svarfrist: 17. juni kl. 10.00": the
                    # deadline is not the day decided, whichever line comes first)
                    _field(head, key, value)
                decided = decided or (key in _DECIDED_KEYS and head.date != d_before)
                # ("Møde: 2025-01-14 16:00-18:00" over "Næste møde: 2025-02-11 …", "Tid:
                # torsdag 22. – fredag 23. august 2024" over a sentence dating a later
                # meeting: the meeting's own field dates it as "Dato:" does)
                dating = key == "møde" or key in _TIME_FIELD_KEYS or key in _DECIDED_KEYS
                if (key in _DATE_KEYS or (dating and d_before != head.date)) and (
                    head.date and date_rank > 0
                ):
                    date_rank = 0
                if key == "dato" and head.date and _letter_reference(lines, k, skip):
                    # "Dato: 30. januar 2025" beside "J.nr.: 2025-0077" (a letterhead's
                    # reference block): the day the agenda letter was written; the meeting's
                    # own line under it, a later day with its hour, dates the meeting
                    letter_dated = head.date
                placed.update(lines[j].index for j in taken)
                if key in _DATE_KEYS and head.location is None:
                    under = _place_under_date_field(lines, taken[-1], skip)
                    if under is not None:
                        head.location = _place_text(lines[under].clean)
                        taken.append(under)
                        placed.add(lines[under].index)
                k = taken[-1] + 1
                after_kind = False
                continue
        if text[1:4].strip()[:1] == "=" and _LETTER_KEY.match(text):
            # "A = orienteringspunkter, B = beslutningspunkter": the key to the agenda's
            # lettered groups (A1, B1 …)
            placed.add(line.index)
            k += 1
            continue
        if (
            head.location is None
            and len(text) <= 80
            and "øde" in text[:30].lower()
            and (app := _MEETING_ON_APP.match(text))
        ):
            # "Møde i Microsoft Teams", "Videomøde på Zoom": a line of its own under the
            # title saying the meeting was held in a meeting app, which is then its place
            head.location = app["app"]
            placed.add(line.index)
            k += 1
            continue
        if head.forum and (
            text == head.forum
            # ("Møde i Integrationsrådet" under the page header naming the body;
            # "Bestyrelsesmøde i Lemvig Musikskole" under "Bestyrelsen for Lemvig
            # Musikskole": the meeting of the body the forum's name closes with)
            or _meeting_of_forum(text, head.forum)
        ):
            # "Chefforum – referat" / "Furesø Kommune · Chefforum" (the meta line's fields
            # split apart): the body named again under the title
            placed.add(line.index)
            k += 1
            continue
        if head.forum and text.endswith(f" ({head.forum})") and looks_like_body(text):
            # "Helsingør Kommune  HovedMED" (a page header) / "REFERAT" / "Hovedudvalget
            # (HovedMED)": the title names the body in full, its short name in brackets
            # ("Referat – Hovedudvalget (HMU)": the document's kind before it, no part of it)
            kind_first = _TITLE_KIND_FIRST.match(text)
            if kind_first and not kind_first.group("rest"):
                head.document_type = head.document_type or _kind(kind_first.group("kind"))
                titled = True  # a title line: the date line, then the place may follow
            head.forum = kind_first.group("forum") if kind_first else text
            placed.add(line.index)
            k += 1
            continue
        clock = _CLOCK_LINE.match(text) if text[:1] in "KkMmRrDd" else None
        if clock:
            # "Kl. 13.00–16.00" / "Kl. 9.00-12.00, direktionens mødelokale, …" under the date
            head.start_time = head.start_time or dates.hhmm(clock.group("h"), clock.group("m"))
            place = _place_text(clock.group("place") or "")
            if place and head.location is None:
                head.location = place
            placed.add(line.index)
            k += 1
            if head.location is None and head.date is not None and not place:
                # "Mødedato: tirsdag 17. marts 2026" / "Kl. 14:00" / "Torvegade 10,
                # mødelokale 4": the date, the hour and the place each a line of its own
                nxt = _next_nonblank(lines, k - 1, skip, 1)
                under = lines[nxt[0]].clean if nxt else ""
                if under and (
                    small := place_line_under(under, _room(under) and not _names_list(under))
                ):
                    head.location = _place_text(small)
                    placed.add(lines[nxt[0]].index)
                    k = nxt[0] + 1
            continue
        started = _START_LINE.match(text) if text[:1] in "SsMm" else None
        if started:
            # "Start kl. 18:00, slut kl. 21:10" / "Mødestart kl. 9.30" on a line of its own
            # under the date: the meeting's start (its end no column holds)
            # ("Mødet startede kl. 16.20" under "Mødetidspunkt: …, kl. 16:00": the minutes
            # record when it began, later than planned; the record wins)
            hour = dates.hhmm(started.group("h"), started.group("m"))
            head.start_time = hour if started.group("past") else head.start_time or hour
            if started.group("place") and head.location is None:
                head.location = _place_text(started.group("place"))
            placed.add(line.index)
            k += 1
            continue
        held = _HELD.match(text) if text[:1] in "Mm" else None
        if held and dates.find_date(text) is None:
            # "Mødet afholdtes i Byrådssalen, Farum Rådhus, kl. 19.00-22.15."
            rest = held.group("rest")
            if short := _HELD_SHORT_DATE.match(rest):
                # "Mødet blev holdt tirsdag d. 8/10-24 kl. 10.00-12.15 i …": the day with a
                # two-digit year (no date the grammar finds) before the hours and the place
                head.date = head.date or dates.field_date(short.group("date"))
                rest = rest[short.end() :]
            start, place = _time_and_place(rest)
            head.start_time = head.start_time or start
            head.location = head.location or place
            placed.add(line.index)
            k += 1
            continue
        led = _LED.match(text) if text[:1] in "Mm" else None
        if led:  # "Mødet blev ledet af 1. viceborgmester Ejnar Kjær (A)."
            _chair(head, led.group("who"))
            placed.add(line.index)
            k += 1
            continue
        if text[:1] in "PpTt*" and (slots := timetable_slots(lines, k)):
            # "Program for mødet:" / "Kl. 15.00 – 15.45: Oplæg …" / …: how the meeting is
            # planned by the clock, each slot a note on the meeting
            head.notes.extend(_BULLET.sub("", lines[j].clean.strip()) for j in slots)
            placed.update(lines[j].index for j in (k, *slots))
            k = slots[-1] + 1
            continue
        if text[:1] in "Mm" and _OPENED_WITH.match(text):
            # "Mødet startede med rundvisning i …": what the meeting opened with, a note
            head.notes.append(text.strip())
            placed.add(line.index)
            k += 1
            continue
        if after_kind and kind_word and _TITLE_REST.match(text):
            text = f"{kind_word} {text}"  # the title went on under the lone kind word
        m = (
            _TITLE_DASHED.match(text)
            or _TITLE_KIND_FIRST.match(text)
            or _TITLE_GENITIVE.match(text)
            or _TITLE_OF.match(text)
            or _TITLE_FORUM_DATE.match(text)
            or _TITLE_FORUM_BARE_DATE.match(text)
            or _TITLE_WEEK.match(text)
            or _TITLE_DASHED_DATE.match(text)
            or _TITLE_OWNER.match(text)
            or (_TITLE_COMMA.match(text) if ", " in text else None)
        )
        if m and m.re in (_TITLE_FORUM_DATE, _TITLE_FORUM_BARE_DATE) and SENT_OUT.match(text):
            # "Dagsorden udsendt den 26.04.2023" in a protocol's header: when the agenda was
            # sent out or the minutes published, no title (the body, the kind and the
            # meeting's date are on other lines)
            placed.add(line.index)
            k += 1
            continue
        title_line = m is not None and m.re is _TITLE_OF and m.group("rest") is None
        forum = None
        if m and m.re is _TITLE_FORUM_DATE and _MEETING_WORD.match(m.group("forum")):
            m = None  # "referat møde den 03.03.2025 kl. 14.00 i …": no body named
        if m and m.re is _TITLE_FORUM_DATE and _OF_THE_MEETING.match(m.group("forum")):
            m = None  # "Protokol over mødet tirsdag den …": the meeting, no body named
        if m and m.re is _TITLE_FORUM_DATE and _ORDINAL_MEETING.match(m.group("forum")):
            m = None  # "Referat af 3. samling – lørdag den …": the meeting's number, no body
        if (
            m
            and m.re in (_TITLE_FORUM_DATE, _TITLE_FORUM_BARE_DATE)
            and not _WEEKDAY_END.sub("", m.group("forum")).strip(" ,")
        ):
            m = None  # "Referat Tirsdag den 8. november 2022 kl. 16:30": the day, no body
        if (
            m
            and (
                looks_like_body(m.group("forum"))
                # ("Referat – møde i Sundhedsstyregruppen": the meeting's word in small
                # letters after the kind, the body's name after it)
                or _lower_meeting_of_body(m)
            )
            or (m and m.re is _TITLE_FORUM_DATE)
        ):
            # "Randers Kommune - Folkeoplysningsudvalget - Referat", "Ledelsesforum,
            # Middelfart Kommune": the body, not its owner
            forum = _FORUM_PREFIX.sub("", m.group("forum").strip())
            forum = _MUNICIPALITY_TAIL.sub("", forum)
            # ("Sundhedsstyregruppen (KKR Syddanmark)": the organisation the body is of, in
            # brackets after its name, no part of the name)
            forum = _ORGANISATION_IN_BRACKETS.sub("", forum) if forum.endswith(")") else forum
            if m.re in (_TITLE_FORUM_DATE, _TITLE_FORUM_BARE_DATE):
                # "Referat Økonomiudvalget tirsdag den …": the body, not the weekday after it
                forum = _WEEKDAY_END.sub("", forum).strip(" ,")
            if m.re is _TITLE_OWNER and forum.isupper():
                forum = forum.capitalize()  # "KOMMUNALBESTYRELSEN"
            if forum.endswith("møde)"):
                # "REFERAT — KOMMUNALBESTYRELSEN (konstituerende møde)": the kind of meeting
                # in brackets after the body, no part of its name
                forum = KIND_IN_BRACKETS.sub("", forum)
        elif m := _TITLE_COUNCIL_MEETING.match(text):
            forum = _COUNCILS[m.group("council").split()[0].lower()]
        elif (
            head.forum is None
            and ("–" in text or "|" in text or " - " in text)
            and (m := _TITLE_BODY_GATHERING.match(text))
            and looks_like_body(m.group("forum"))
        ):
            # "Aalborg Byråd – Borgernes spørgetid", "Klima- og Miljøudvalget | Borgermøde:
            # Energiø …": the body that holds a meeting which does not decide, then its kind
            forum = m.group("forum").strip()
        if m and forum:
            head.heading = head.heading or text
            head.document_type = head.document_type or _kind(m.group("kind"))
            # (the pattern anchored and short, asked only of a title line: no gate)
            guest = forum_from_line and _MEETING_WITH_GUEST.match(forum) is not None
            if (
                head.forum is None or forum_from_line or forum.startswith(f"{head.forum} ")
            ) and not guest:
                # (a Word page header's "Referat – Chefgruppen" over the title "Referat –
                # Chefgruppen Børn og Skole": the body named in full; not "<Udvalget>" over
                # "Referat af dialogmøde med <rådet>": the host's minutes, the title its guest)
                head.forum, forum_from_line = forum, False
            d, t = _date_and_time(m.group("rest") or "")
            if d and date_rank > 1:
                head.date, date_rank = d, 1
            head.start_time = head.start_time or t
            if d and head.location is None:
                # "Referat af Ældrerådets møde … kl. 10.00 i mødelokalet på …": one sentence
                head.location = _place_in_title(m.group("rest"))
            placed.add(line.index)
            k += 1
            after_kind = False
            titled = not m.group("rest")  # "Byrådet - Referat": date and place may follow
            nxt = _next_nonblank(lines, k - 1, skip, 1)
            on = _PLACE_LINE.match(lines[nxt[0]].clean) if nxt else None
            if on and head.location is None and m.group("rest"):
                # "… den 28. april 2010 kl. 19.00" / "i byrådssalen, Rådhusgade 2."
                head.location = _place_text(on.group("place"))
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif (
                nxt
                and d
                and head.location is None
                and _room(place := lines[nxt[0]].clean.strip())
                and any(ch.isdigit() for ch in place)
            ):
                # "Referat, <body>, tirsdag 19/3-2024" / "Medborgerhuset, Skolevej 8": the
                # house and its address alone on the line under a dated title
                head.location = _place_text(place)
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            continue
        owned = (
            _OWNER_KIND.match(text)
            if "OMMUNE " in text.upper() or text[:6].lower() == "region"
            else None
        )
        if owned:
            # "Sønderborg Kommune            Beslutningsprotokol": a page header's columns
            # run together, the owner and the kind of document
            head.document_type = head.document_type or _kind(owned.group("kind"))
            placed.add(line.index)
            k += 1
            continue
        m = _TITLE_KIND.match(text)
        if m is None and text[-5:].lower() == "møde)" and (kind := KIND_IN_BRACKETS.search(text)):
            # "Dagsorden (åbent møde)" under the body's heading: the kind of document, the
            # kind of meeting in brackets after it
            m = _TITLE_KIND.match(text[: kind.start()])
        if m is None and head.forum and text[:1] in "RrDdBb":
            kind_forum = _KIND_THEN_FORUM.match(text)
            if kind_forum and kind_forum.group("forum").lower() == head.forum.lower():
                # "Referat Børne- og Familieudvalget" under the forum's own line: the
                # document's kind before the forum's name again (a Word template's title)
                head.document_type = head.document_type or _kind(kind_forum.group("kind"))
                placed.add(line.index)
                k += 1
                continue
            numbered = _NUMBERED_MEETING.match(text)
            if numbered:
                # "# Styregruppen for …" / "Referat af styregruppemøde nr. 9": the document's
                # kind and the meeting's running number under the body's own line
                head.document_type = head.document_type or _kind(numbered.group("kind"))
                placed.add(line.index)
                k += 1
                continue
        if m and _heads_contents(m, lines, k, skip):
            # "Dagsorden" over the list of items: the list's heading (minutes list them too;
            # "DAGSORDEN / REFERAT" over it says minutes)
            head.lone_agenda = head.lone_agenda or _kind(m.group("kind")) == "dagsorden"
            placed.add(line.index)
            k += 1
            continue
        if m:
            lone = m.group(0).lower() == m.group("kind").lower()
            kind_top = lone and seen == 1
            if kind_top and _kind(m.group("kind")) == "dagsorden" and head.document_type is None:
                # "Dagsorden" alone as the page's title (a department's notes): the items
                # say whether they were decided (minutes) or not (an agenda)
                head.lone_agenda = True
            else:
                head.document_type = head.document_type or _kind(m.group("kind"))
            head.heading = head.heading or text
            d, t = _date_and_time(m.group("rest") or "")
            if d and date_rank > 1:
                head.date, date_rank = d, 1
            head.start_time = head.start_time or t
            if d and head.location is None and "," in m.group("rest"):
                # "Referat 18/03-2025, kl. 19:00-21:00, <house>, <street>, <town>": the place
                # after the date and the hours on the title line
                head.location = _place_after_date(m.group("rest"))
            placed.add(line.index)
            after_kind = not m.group("rest")
            kind_word = m.group("kind") if after_kind else ""
            k += 1
            nxt = _next_nonblank(lines, k - 1, skip, 1)
            if d and head.forum and head.location is None and nxt and _room(lines[nxt[0]].clean):
                # "<forum>" / "Referat 19-11-2020 kl. 16:30" / "Mødelokale Brande Rådhus, …"
                head.location = _place_text(lines[nxt[0]].clean)
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            continue
        span = None
        barred = False
        if " | " in text and text[:1] != "|" and _bar_parted_meta(text):
            # "Landdistriktsrådet  |  Onsdag den 12. februar 2025, kl. 19.00  |  <place>": a
            # short protocol's meta line parted by bars, read as one parted by middle dots
            text = _BAR_PARTED.sub(" · ", text)
            barred = True
        if " · " in text:
            # "Møde nr. 7 · onsdag 12. februar 2025 · 13.00–15.00": a slide's or a page's meta
            # line; the meeting's number is no fact, the bare time span is its start
            numbered = text
            text, span = _meta_fields(text)
            # ("Referat · Godkendt 14.03.2025": the stamp's date, the meeting's only where
            # the header gives no other)
            stamped = stamped or (_stamp_date(numbered) if text != numbered else None)
            numbered = span is None and text != numbered
            if numbered and text.strip("*# ").lower() in ("referat", "dagsorden"):
                # "**Referat** · møde nr. 9/2025": the kind of document and the meeting's
                # number, no other fact
                head.document_type = head.document_type or _kind(text.strip("*# "))
                placed.add(line.index)
                k += 1
                continue
            text, named, kind_named = read_lead_fields(text)
            if named:
                head.municipality = head.municipality or named
            if kind_named and head.document_type is None:
                head.document_type = _kind(kind_named)
            if (
                span is not None
                and head.location is None
                and " · " not in text
                and dates.find_date(text) is None
                and _room(text)
            ):
                # "Regionshuset Viborg, lokale D2 · kl. 10.00–12.00": a meeting tool's line
                # of the place and the hours under a title that gave the date, no labels
                head.location = _place_text(text)
                head.start_time = head.start_time or span
                placed.add(line.index)
                k += 1
                continue
        if text[-3:] == " og" and ("hundrede og" in text or "tusind og" in text):
            # "Møde torsdag den ellevte september nitten hundrede og" / "seksogfirs, kl. 15.00,
            # i …": a protocol's year in words wrapped after its "og"; read with its rest
            rest = _next_nonblank(lines, k, skip, 1)
            if rest:
                text = f"{text}\n{lines[rest[0]].clean}"
                placed.add(lines[rest[0]].index)
        found = dates.find_date(text)
        if found is None and (span is not None or "dag" in text[:8]):
            # "Onsdag 05.03.25 · 08.15-10.00 · <place>", "Mandag 13.01.25, kl. 9-11" under a
            # title: the weekday vouches for the two-digit year
            found = _weekday_short_date(text)
        short = None
        if found is None and ("kl" in text or "øde " in text):
            short = _short_year_meeting(text)
        if short is not None:
            found = short  # "Referat - møde 12.03.07 kl. 19.00 på Rådhuset": an archival title
        if found is None and ("'" in text or "’" in text):
            found = _apostrophe_year_date(text)  # "Referat fra rådsmøde 3. maj '23"
        place = (
            _place_after(text[found.end :])
            if found is not None
            and (
                found.start <= 30
                # "Referat fra koordinationsmødet den 20.05.2025 kl. 13.00 i …": the kind of
                # meeting a long word before the date
                or (found.start <= 60 and _MINUTES_OF_MEETING.match(text[: found.start]))
                # "Vejle Kommune | Direktionsmøde tirsdag 4/12-2018 kl. 9.00-12.00 | <place>":
                # a meta line parted by bars, the date near the start of its own field (the
                # municipality's or the body's field before it), the place a field after it
                or (barred and found.start - text.rfind(" · ", 0, found.start) <= 33)
                # "Møde i Teknik- og Miljøudvalget den 05-03-2025 kl. 16:30 i mødelokale …":
                # a web page's one meta line, the body's meeting named before its date
                or (found.start <= 80 and _meeting_of_body(text[: found.start]))
            )
            else None
        )
        if (
            place is None
            and found is not None
            and found.start <= 30
            and "kl" in text[found.start :]
        ):
            # "Tirsdag den 4. marts 2025 kl. 19.00 i skolens bibliotek": a place in lower case
            place = lower_place_after_hour(text[found.start :])
        held_in = None
        if found is not None and "øde" in text[: found.start]:
            # "Svendborg Kommune, Direktionen. Mødet blev holdt tirsdag d. 5/9-2023 kl. 8.15
            # i Direktionsgangen, …": a page's lead sentence, after others, saying when and
            # where the meeting was held
            held_in = _HELD_BEFORE_DATE.search(text[: found.start])
            if place is None:
                place = _place_after(text[found.end :]) if held_in else None
        if span and found is not None:
            head.start_time = head.start_time or span
        # ("Beslutningsreferat fra mødet den …": a compound kind counts as "Referat" does)
        lead = _KIND_WORD.match(text) if found is not None and text[:1].isalpha() else None
        compound = len(lead.group(1)) - 7 if lead and lead.group(1).endswith("referat") else 0
        if (
            found is not None
            and head.date is not None
            and text[:4] == "med "
            and "frist " in text[:20]
        ):
            # "… udsendt mandag den 28. juni 2021 kl. 12.00" / "med svarfrist tirsdag den 29.
            # juni …": a written procedure's deadline wrapped under the sentence sending it
            # out, no date line of its own; read as the line unwrapped is
            placed.add(line.index)
            k += 1
            continue
        if (
            found is not None
            and (
                len(text) - (found.end - found.start) - compound <= 32
                or place
                # ("Borgerrepræsentationens møde torsdag den 13. juni 2024 kl. 17.30", "Børne- og
                # Ungdomsudvalgets møde …": a long body's name in the genitive before the date)
                or ("møde" in text[: found.start] and _genitive_meeting_before(text[: found.start]))
                # ("KOMMUNALBESTYRELSENS SEMINAR 29.-30. AUGUST 2013", "Byrådets budgetinternat
                # 31. maj og 1. juni 2012": a body's gathering over days, named before them)
                or body_of_gathering(text) is not None
                # ("Region Midtjylland<gap>Regionsrådet 24. maj 2017 – Referat": a page
                # header's owner and body before the date, the columns' gap closed)
                or (found.start <= 60 and _owner_before_body(text[: found.start]) is not None)
            )
        ):
            # A line that is (mostly) a date: "02. sep 2020", "06-11-2018 kl. 13:00", or
            # "Mødet afholdt 4. juni 2020 kl. 16.00, Rådhuset, mødesal 1".
            stamp = found.time is None and (
                # ("Udsendt den 7. marts 2024" over the meeting's own dated line: the day the
                # minutes went out, the meeting's date only where nothing else dates it)
                _sent_stamp(text)
                or _page_stamp_over(lines, k, skip)
                or _received_stamp(lines, k, text)
            )
            if date_rank > (3 if stamp else 2) or (
                letter_dated is not None
                and found.time is not None
                and head.date == letter_dated
                # ("Mødet blev holdt torsdag den 3. oktober 2019 kl. 8.30 …" under a memo's
                # "Dato: 7. oktober 2019": the sentence dates the meeting, the memo written
                # after it)
                and (found.date > letter_dated or held_in is not None)
            ):
                # "24.–25. august 2023 · <place>": a meeting over days, dated by its first
                # ("19. maj 2025" / "16:12": a OneNote page's stamp, the day the page was
                # made; the meeting's own line below it dates the meeting, else the stamp)
                if letter_dated is not None and head.date == letter_dated:
                    head.letter_date = letter_dated
                head.date, date_rank = dates.first_day(text, found), 3 if stamp else 2
                stamp_day = head.date if stamp else stamp_day
            head.start_time = head.start_time or found.time or dates.parse_time(text[found.end :])
            if head.start_time is None and (
                clock_first := _CLOCK_BEFORE_DATE.search(text, 0, found.start)
            ):
                # "Statusmøde kl. 16.00 fredag den 20. oktober 2023": the hour before the day
                head.start_time = dates.hhmm(clock_first.group("h"), clock_first.group("m"))
            if place and head.location is None:
                head.location = place
            kind = _KIND_WORD.match(text)
            if kind and head.document_type is None:  # "Dagsorden til mødet 8. maj 2024 …"
                head.document_type = _kind(kind.group(1))
            before = _WEEKDAY_END.sub("", text[: found.start]).strip(" ,–-·")
            before = _MEETING_OF.sub("", before)  # "Møde i Handicaprådet onsdag den …"
            # "Handicaprådets ordinære møde torsdag d. …": the body whose meeting it is
            before = _GENITIVE_MEETING.sub(r"\g<body>", before)
            if (
                head.forum is None
                and before
                and not held_in
                and (looks_like_body(before) or _owner_before_body(before) is not None)
            ):
                # "Kommunalbestyrelsen   Onsdag 30. april 2008", "Referat: Koncernledelsen …"
                # ("Resumé: Klima- og Miljøudvalget 16. maj 2023", a front matter's title: a
                # news headline's word before the body, as the headline alone reads it)
                named = _DOC_OF.sub("", before)
                if named != before and named[:1].isupper() and looks_like_body(named):
                    # "Referat fra Seniorrådet 3. maj 2024": the document's kind and "fra"
                    # before the body's name, no word of it
                    before = named
                head.forum = news_title_forum(before) or _FORUM_PREFIX.sub("", before)
            elif (
                head.forum is None
                and text[:1] in "BbKk"
                and (council := _DATED_COUNCIL_MEETING.match(text))
            ):
                # "Byrådsmøde onsdag den 8. oktober 2025 kl. 18.00" as the dated line
                # itself: the council named in its meeting's word (the fields' branch below
                # reads it only where this line did not date the meeting)
                head.forum = _COUNCILS[council.group("council").lower()]
                forum_from_line = True
            placed.add(line.index)
            k += 1
            nxt = _next_nonblank(lines, k - 1, skip, 1)
            under = lines[nxt[0]].clean if nxt else ""
            if "ært" in under or "ÆRT" in under:
                # "Gentofte Rådhus, …, mødelokale 1 (vært: Gentofte Kommune)": the place
                # under the dated line, the host named after it no part of it
                under = without_host(under)
            on = _PLACE_LINE.match(under)
            tail = (
                (
                    _ADDRESS_TAIL.match(under)
                    or _STREET_TAIL.match(under)
                    or _STREET_NUMBER_ALONE.match(under)
                )
                if place and head.location == place and place[-1:] == ","
                else None
            )
            rest_under = (
                _PLACE_REST.match(under)
                if place and head.location == place and place.endswith((" på", " i"))
                else None
            )
            hour_under = (
                _HOUR_LINE.match(under)
                if place and head.location == place and place[-1:] == "," and under[:2] == "kl"
                else None
            )
            if hour_under:
                # "Møde tirsdag den 25. oktober 1983 i Amtsgaarden, Herning," / "kl. 10.00.":
                # a typed sentence of meeting wrapped before its hour: the place ends at its
                # comma, the hour under it is the start
                head.location = place.rstrip(" ,")
                head.start_time = head.start_time or dates.parse_time(hour_under.group(0))
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif rest_under:
                # "… kl. 19.00 i Mødesalen på" / "Lemvig Rådhus, Rådhusgade 2.": a typed
                # sentence of meeting wrapped after a preposition inside its place, the
                # place's rest closing the sentence on the line under it
                head.location = _place_text(f"{place} {rest_under.group('rest')}")
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif tail:
                # "… kl. 09.30 i Sorø, Frederiksberg Sognehus," / "Frederiksberg Alle 8, 4180
                # Sorø (med frokost)": the place wrapped after a comma, its address under it
                # (a remark in brackets after the town is no part of it)
                head.location = _place_text(f"{place} {tail.group('address')}")
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif head.location and len(under) > 5 and _place_again(under, head.location):
                # "sted: Rådhuset, mødesal 1, Kirkevej 7, …" (a field above) / "Torsdag
                # 27.02.2025 kl. 18:00" / "Rådhuset, mødesal 1": the place known, named
                # again (its first parts) under the dated line
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif on and head.location is None:  # the place on the line under: "på Rådhuset"
                head.location = _place_text(on.group("place"))
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif (
                head.location is None
                and under[:5] == "Mødet"
                and (began := _BEGAN_AT.match(under)) is not None
            ):
                # "Mødet startede på Rådhuset, …, hvorefter hegnsynet kørte ud …": the place
                # the meeting opened at before the board went out to the sites
                head.location = _place_text(began.group("place"))
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif (
                (
                    titled
                    or after_kind
                    or kind
                    or _STREET_FIRST.match(under)
                    or (found.time and _STREET_IN_PLACE.search(under))
                )
                and head.location is None
                and _room(under)
            ):
                # ("Onsdag den 9. oktober 2019 kl. 18.30-21.00" / "Valby Kulturhus,
                # Valgårdsvej 4-8, lokale 2.1": under the date and the hour, a building and
                # its street's number after a comma is the place)
                # ("Valdemarsgade 43, Vordingborg – lok. 2.12" under the dated line: a street
                # and its number opening the line say it is the place, titled or not)
                # ("<forum>" / "Referat fra mødet den 28.10.2025 kl. 14.00" / "Rådhuset, …":
                # the dated line says what the document is, so it is the title block's)
                # "Byrådet - Referat" / "Tirsdag den 25. juni 2019 kl. 17:00" /
                # "Byrådssalen, Kolding Rådhus": the third line of the title block
                head.location = _place_text(under)
                if head.start_time is None and "kl" in under[-24:].lower():
                    # "Mødet afholdtes i amtsrådssalen, …, Sorø, kl. 14.00.": the hour the
                    # place's sentence closes with is the start
                    clock = _TRAILING_CLOCK.search(under)
                    head.start_time = dates.parse_time(clock.group(0)) if clock else None
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            elif (
                head.location is None
                # ("tirsdag 10. februar 2026 · 09.00 - 11.00": the hours a meta line's part)
                and (found.time or span or _CLOCK_SPAN.search(text))
                and (small := place_line_under(under, _room(under) and not _names_list(under)))
            ):
                # "Tirsdag den 4. marts 2025 kl. 19.00" / "skolens bibliotek" (or "Rådhuset,
                # mødelokale 2"): the place under the dated line with its hour, no label
                head.location = _place_text(small)
                placed.add(lines[nxt[0]].index)
                k = nxt[0] + 1
            titled = False
            continue
        if (
            head.forum is None
            # ("Temamøde og ordinært møde i …": the kind's "møde" within its first letters)
            and (text[:1] in "MmOoEe" or "møde" in text[:24].lower())
            and (met := _MEETING_OF.match(text))
            and len(body := text[met.end() :]) <= 60
            and looks_like_body(body)
        ):
            # "Møde i Plan- og Teknikudvalget" on a line of its own (a web page's heading
            # over the date and place fields): the body met, not "Møde i …"
            head.forum = body
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if (
            head.forum is None
            and (" – " in text or " - " in text or " — " in text or ", " in text)
            and (ordinary := _ORDINARY_MEETING.match(text))
        ):
            # "Byrådet – ordinært møde" on a line of its own: the body, then its kind of meeting
            head.forum = ordinary.group("body")
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        of_kind = (
            _KIND_OF_MEETING_LINE.match(text)
            if text.rstrip(")")[-4:].lower() == "møde" and text[:1] in "DdRrBb"
            else None
        )
        if of_kind:
            # "Dagsorden – konstituerende møde" under the body's heading: the document's kind
            # and the kind of meeting, no body named
            kind = of_kind.group("kind") or of_kind.group("kind2")
            head.document_type = head.document_type or _kind(kind)
            placed.add(line.index)
            k += 1
            continue
        council = (
            _COUNCIL_MEETING_LINE.match(text)
            if head.forum is None and text[-4:].lower() == "møde"
            else None
        )
        if council is None and head.forum is None and text[:1] in "BbKk" and "møde" in text:
            # "Kommunalbestyrelsens ordinære møde nr. 2/2024" (a bilingual header's Danish
            # half, "Kommunalbestyrelsip ataatsimiinnera / Kommunalbestyrelsens møde")
            council = _COUNCIL_GENITIVE_MEETING.match(text)
        protocol = (
            _COUNCIL_PROTOCOL.search(text)
            if head.forum is None and "forhandlingsprotokol" in text.lower()
            else None
        )
        if protocol:
            # "THEM KOMMUNE   Kommunalbestyrelsens forhandlingsprotokol": the council whose
            # protocol it is (the line goes on to the other readings)
            head.forum = protocol.group("council").capitalize()[:-1]
            forum_from_line = True
        dated_council = (
            _DATED_COUNCIL_MEETING.match(text)
            if council is None and head.forum is None and text[:1] in "BbKk" and "smøde " in text
            else None
        )
        if dated_council:
            # "Kommunalbestyrelsesmøde tirsdag d. 23.05.95 kl. 19.30": the council named in
            # its meeting's word before the date; the line goes on to the date's readings
            head.forum = _COUNCILS[dated_council.group("council").lower()]
            forum_from_line = True
        if council:
            # "Tønder Kommune<gap>EKSTRAORDINÆRT BYRÅDSMØDE", "Konstituerende
            # kommunalbestyrelsesmøde": the council's meeting of a kind as the page's title
            head.forum = _COUNCILS[council.group("council").lower()]
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if head.forum is None and " – " in text and (dashed := _dashed_workplace(text)):
            # "Forældrebestyrelsen – Dagtilbud Overlund": the body, then the place it is of
            head.forum = dashed
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if (
            head.forum is None
            and (" · " in text or "\t" in text)
            and (barred := owner_body_kind(text))
            and looks_like_body(barred[1])
        ):
            # "Gribskov Kommune  |  Teknikudvalget  |  Referat": a page header's three fields,
            # the owner, the body and the document's kind (the bars read as middle dots)
            head.forum = barred[1]
            if head.location is None and (room := body_place(text)) and _room(room):
                # "Odense Kommune · Direktionen · Mødelokale D4.12, Rådhuset / Microsoft
                # Teams": a meeting app's line, the meeting's room after the body
                head.location = _place_text(room)
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if head.forum is None and text[:1] == "(" and text[-1:] == ")" and " Kommune " in text:
            # "(Vejle Kommune - Skolebestyrelsen)": the owner and the body in brackets
            # under a title that names neither as such, read as the line without them
            text = text[1:-1].strip()
        news = news_title_forum(text) if head.forum is None else None
        if news is not None:
            # "Det besluttede Børne- og Ungdomsudvalget", "Resumé: Klima- og Miljøudvalget 16.
            # maj 2023", "Beslutninger fra Direktionens møde …", "Byrådet kort fortalt": a news
            # post's headline names the body whose decisions it tells
            head.forum = news
            when = dates.find_date(text) if date_rank > 1 else None
            if when is not None:
                head.date, date_rank = when.date, 1  # (a title line's date)
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if (
            head.forum is None
            # ("KALUNDBORG KOMMUNE – Styregruppen for fremtidens skolestruktur": the owner
            # before a long name, the line longer than a body's name alone; the owner after
            # the name is no part of its length: "NETVÆRK FOR … – X KOMMUNE")
            and (
                len(text) <= 60
                or (len(text) <= 90 and _FORUM_PREFIX.match(text))
                or len(_MUNICIPALITY_TAIL.sub("", text)) <= 60
                # ("Fællesmøde mellem Sundheds- og Ældreudvalget, Socialudvalget og
                # Handicaprådet": a joint meeting's title names each of its bodies)
                or (len(text) <= 110 and " og " in text and _JOINT_MEETING.match(text))
                # ("Teknik- og Miljøudvalget, Lejre Kommune og Klima- og Miljøudvalget,
                # Roskilde Kommune": two municipalities' committees meeting together)
                or (len(text) <= 130 and " Kommune og " in text and _TWO_OWNERS.match(text))
                # ("Bestyrelsen for Dagtilbud Vestby (Mariehønen og Solsikken)": the houses
                # it is for in brackets after the name, read off below)
                or (text[-1:] == ")" and len(_BODY_NOTE.sub("", text)) <= 60)
            )
            and (
                looks_like_body(text)
                or _owner_name_off(text)[1]
                # ("Dialogmøde mellem Børn- og Ungeudvalget og skolebestyrelserne")
                or (_JOINT_MEETING.match(text) is not None and body_of_title_forum(text))
                # ("Meeting summary for Projektstyregruppe – Ny daginstitution (04/25/2024)":
                # the body's name after an AI recap's kind of page, its date in brackets)
                or (
                    text[:1] in "RrMm"
                    and (ai := _AI_PAGE_AT.match(text)) is not None
                    and looks_like_body(_BRACKETED_DATE.sub("", text[ai.end() :]))
                )
            )
            # ("Randers Kommune · Sundhed og Omsorg      Referat – Chefforum SOH": a page
            # header's columns, the document's kind after the owner's part; the body is
            # named on a line of its own below)
            and not ((rest := _FORUM_PREFIX.sub("", text)) != text and _ANY_DOC_WORD.search(rest))
            # ("Albertslund Kommune - Politiske udvalg": the site's section of all its
            # bodies after the owner, a running title; the body is on a line of its own)
            and not section_heading(rest)
        ):
            # a line of its own naming the body: "Beskæftigelsesudvalget", also after the
            # page's kind or the municipality ("Referat - Kommunalbestyrelsen"), or before it
            # ("Styregruppen for Digitalisering og IT, Kolding Kommune")
            two_owners = " Kommune og " in rest and _TWO_OWNERS.match(rest)
            forum = rest if two_owners else _MUNICIPALITY_TAIL.sub("", rest)
            if forum[-1:] == ")" and rest != text and _AI_PAGE_AT.match(text):
                forum = _BRACKETED_DATE.sub("", forum)  # "… (04/25/2024)": the recap's date
            dashed = _COUNTY_DASHED.match(forum) if " Amt " in forum else None
            county = _county(dashed.group("county")) if dashed else None
            if county:
                # "Vestsjællands Amt – Amtsrådet": an amt's heading, the county the owner
                # (as "RINGKJØBING AMT" on a line of its own), the council the forum
                forum = dashed.group("body")
                head.municipality = head.municipality or county
            if forum[-1:].isdigit():
                # "Udvalget for Miljø, 03-06-2025 15:00   Favrskov Kommune": a PDF's page
                # header, the meeting's date and hour after the body's name
                forum = _DATE_TAIL.sub("", forum)
            if len(forum) > 60 and forum[-1:] == ")":
                forum = _BODY_NOTE.sub("", forum)  # the bracket that made the line too long
            elif forum[-1:] == ")":
                # "Lokalrådet for Hjortø (dialogforum med kommunen)": a remark on what the
                # body is, in small letters after its name, no part of the name
                forum = _BODY_REMARK.sub("", forum)
            forum = forum[:1].upper() + forum[1:]  # "Nyt fra direktionen": Direktionen
            head.forum, owner = _owner_name_off(forum)
            head.municipality = head.municipality or owner
            forum_from_line = True
            placed.add(line.index)
            k += 1
            continue
        if (
            head.forum
            and text[:1] in "FfDd"
            and " og " in text
            and f" {head.forum}" in text
            and len(text) <= 110
            and _JOINT_MEETING.match(text)
            and not _JOINT_MEETING.match(head.forum)
            and looks_like_body(text)
        ):
            # "Ældreudvalget" (the letterhead) / "Fællesmøde Ældreudvalget og Ældrerådet":
            # the joint meeting of the body with another is the forum, not the body alone
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if (
            forum_from_line
            and (head.forum or "").endswith(f" {text}")
            and looks_like_body(text)
            # (a joint meeting's title ends with its last body, which is not the forum)
            and not _JOINT_MEETING.match(head.forum or "")
        ):
            # "Politik Dagsordener og referater Byrådet" (a breadcrumb) / "Byrådet": the
            # body's name alone is the forum the line before ended with
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if (
            forum_from_line
            and head.forum
            and k > 0
            and not lines[k - 1].blank
            and lines[k - 1].clean.endswith(head.forum)
            and council_over_committee(head.forum, text)
        ):
            # "Hovedstadens Udviklingsråd" / "Trafikudvalget": a council's letterhead over
            # the name of one of its committees, right under it: the committee met
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if (
            found is not None
            and head.date is not None
            and found.date != head.date
            and sent_out(text)
        ):
            # "Tidspunkt: onsdag 22. januar 2020 …" over "Mødeindkaldelse udsendt 10.01.2020
            # af sekretariatet": the day the notice went out, not the meeting's
            placed.add(line.index)
            k += 1
            continue
        # ("… har afgivet deres bemærkninger senest onsdag den 27. januar 2021 kl. 12.00": a
        # written procedure's deadline, its hour closing the answers, as "Svarfrist:" is)
        deadline = (
            found is not None and found.time is not None and deadline_before(text, found.start)
        )
        if found is not None and date_rank > 3:
            head.date, date_rank = found.date, 3  # the header's first date, if nothing better
            head.start_time = head.start_time or (None if deadline else found.time)
        elif found is not None and found.time and found.date == head.date and not deadline:
            # "Referat af ordinært møde mandag den 8. september 2014, kl. 9.30 - 12.00" under
            # a page header that dated the meeting already: the meeting's date with its time
            head.start_time = head.start_time or found.time
            placed.add(line.index)
        if (
            after_kind
            and head.forum
            and text.endswith(f", {head.forum}")
            and looks_like_body(text[: -len(head.forum) - 2])
        ):
            # "By- og Miljøområdet" (the letterhead's department) / "Referat" /
            # "Fagchefgruppen, By- og Miljøområdet": the body of that department under the kind
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if (
            after_kind
            and head.forum is None
            and (looks_like_body(text) or (kind_top and _department(text)))
        ):
            # "Referat" / "Beskæftigelsesudvalget"; "Dagsorden" / "Teknik & Byg" at the top of
            # a department's notes: the department is the forum
            head.forum = text
            placed.add(line.index)
            k += 1
            continue
        if head.date and text[:1].isdigit() and (hours := _HOURS_ALONE.match(text)):
            # "30.04.2025" / "18:30 - 21:05" / "Byrådssalen, …": a page header's lines with
            # no labels (icons in their place), the hours alone on theirs: the start, and
            # the place may follow them as it follows the date
            head.start_time = head.start_time or f"{int(hours['h']):02d}:{hours['m']}"
            placed.add(line.index)
            k += 1
            continue
        if head.location is None and head.date and _ROOM_FIRST.match(text) and _room(text):
            # 'Mødelokale "Roskilde Fjord", Torvet 2' in the title block, not right under
            # the date (the owner's line between): a line that starts by naming a room
            head.location = _place_text(text)
            placed.add(line.index)
            k += 1
            continue
        if after_kind and head.forum and head.date and head.location is None and len(text) <= 120:
            # "Referat / <forum> / <date> / <place>"; "REFERAT" / "Møde den 27.11.2012 kl.
            # 15.30 i mødelokale 3 på …": the date's own line, the place after its hour
            head.location = _place_text(text) if found is None else _place_after(text[found.end :])
            placed.add(line.index)
            after_kind = False
            k += 1
            continue
        if title_line and found is None:
            # "Referat fra direktionsmøde" (the meeting's kind, no body's name, no date): a
            # title line; the date line, then the place ("Varde Rådhus, direktionens
            # mødelokale"), may follow
            titled = True
        if line.index not in placed and (
            ((found is None or found.date == head.date) and meeting_event(text))
            or (text[:1] in "TtDd" and _SUPPLEMENT_NOTE.match(text) is not None)
        ):
            # "Ekstraordinært møde", "X forlod mødet under behandling af punkt 5.": what kind
            # of meeting it was or what happened at it, kept as a note (a date it gives is
            # the one read already)
            head.notes.append(text.strip())
            placed.add(line.index)
        k += 1
    # "Tirsdag d. 4/3 kl. 17.00 i …" under "Referat … marts 2025": no dated line, the year
    # in the title
    yearless_date(lines, skip, placed, head)
    head.date, stamp_day = (head.date, stamp_day) if head.date else (stamped, stamped)
    # "År 2008, tirsdag den 12. august kl. 15.00, holdt <forum> møde på …": the year first
    protocol_year_date(lines, skip, placed, head)
    # "Opslået 28.08.2025" / "Bestyrelsen mødtes mandag aften den 25. august kl. 19 …"
    posted_meeting(lines, skip, placed, head)
    if any("flyttet" in note.lower() for note in head.notes):
        # "BEMÆRK: Mødet er flyttet fra 4. til 11. marts 2025": the meeting held later (also
        # where the note is the header's only date: "Mødet er flyttet fra tirsdag den 2. juni
        # til torsdag den 4. juni 2020")
        # ("Dagsorden udsendt: 6. maj 2025" over "Mødet er flyttet fra 12. maj til 14. maj
        # 2025": a stamp's day is no day the meeting was moved from; the note's wins)
        stamp_only = head.date is not None and head.date == stamp_day
        head.date = _moved_date(head.notes, None if stamp_only else head.date) or head.date
    if head.forum and head.forum[:7] == "Politik" and (m := _SITE_SECTION.match(head.forum)):
        # "<X> Kommune – Politik – Kultur- og Fritidsudvalget – Møde 08.11.2016": a portal's
        # page title names the site's section before the body, no part of its name
        head.forum = head.forum[m.end() :]
    head.stamp_dated = head.date is not None and head.date == stamp_day
    return head


#: "Mødet er flyttet fra 4. til 11. marts 2025", "mødet er blevet flyttet fra tirsdag den
#: 4. marts til …": the day the header gives and the day the meeting was moved to.
_MOVED = re.compile(
    r"\bmødet\s+er\s+(?:blevet\s+)?flyttet\s+fra\s+(?:[a-zæøå]+dag\s+)?(?:den\s+|d\.\s*)?"
    r"(?P<day>\d{1,2})\.?[^\n]{0,30}?\s+til\s+(?P<to>\S.*)$",
    re.I,
)


#: "J.nr.: 2025-0077", "Vores ref.: SVE": a letterhead's reference fields (a letter's).
_LETTER_REFERENCE = re.compile(
    # ("Sagsnr.: 19/38211" / "Dato: …" / "Sagsbehandler: …": a memo's reference block, the
    # day the memo was written)
    r"^(?:j\.?\s?nr|journalnr|(?:vores|deres)\s+ref|sagsnr|sagsbehandler)\.?\s*:",
    re.IGNORECASE,
)


def _letter_reference(lines: list[Line], k: int, skip: set[int]) -> bool:
    """Whether a filled line right above or under line ``k`` is a letterhead's reference
    field ("J.nr.: …", "Vores ref.: …"): the "Dato:" beside it dates the letter."""
    near = [*_next_nonblank(lines, k, skip, 1)]
    before = _prev_filled(lines, k)
    if before is not None:
        near.append(before)
    texts = [lines[j].clean.strip() for j in near]
    return any(t[:1] in "JjVvDdSs" and _LETTER_REFERENCE.match(t) for t in texts)


def _moved_date(notes: list[str], date: dt.date | None) -> dt.date | None:
    """The day a note moves the meeting to, where it moves it from ``date``'s day or the
    header has no date of its own (else ``date``): the header's date field is the day first
    planned; with none, the note's day moved to (its year written) is the meeting's."""
    for note in notes:
        m = _MOVED.search(note)
        if m is None or (date is not None and int(m["day"]) != date.day):
            continue
        found = dates.find_date(m["to"])
        if found is not None and found.start == 0:
            return found.date
    return date


#: "Politik – ", "Politik › ": the section of a municipality's site before a body's name.
_SITE_SECTION = re.compile(r"^Politik(?:\s+og\s+demokrati)?\s+[–—>›|/-]\s+(?=[A-ZÆØÅ])")


def _heads_contents(m: re.Match[str], lines: list[Line], k: int, skip: set[int]) -> bool:
    """A lone "Dagsorden" line right above the contents list (a numbered line or a contents
    table's head row; the header's lines end where the list starts)."""
    if m.group("rest") or not m.group("kind").lower().startswith("dagsorden"):
        return False
    if m.group(0).lower() != m.group("kind").lower():
        return False  # "Dagsorden til ordinært møde"
    nxt = _next_nonblank(lines, k, skip, 1)
    return not nxt or (
        _TOC_HEAD.match(lines[nxt[0]].clean) is not None
        or toc_entry(lines[nxt[0]]) is not None
        or _listed_agenda(lines[nxt[0]].clean)
    )


#: A note app's agenda under its "Dagsorden" heading: a checklist's or a list's first
#: title ("- [x] Opfølgning fra sidst", "☐ Budget"), or a table's head row of columns
#: ("Emne<TAB>Ansvarlig<TAB>Tid", a Loop or Teams agenda table).
_LISTED_AGENDA = re.compile(r"^(?:[-•*]\s+(?:\[[ xX]\]\s+)?|\[[ xX]\]\s+|[☐☑☒✅⬜]\s*)\S")


def _listed_agenda(text: str) -> bool:
    """The line opens an agenda listed under its "Dagsorden" heading: a list's or a
    checklist's entry, or a table's row of two or more cells (minutes list their agenda
    so too: whether the items were decided says which the document is)."""
    first = text[:1]
    if first in "-•*[☐☑☒✅⬜":
        return _LISTED_AGENDA.match(text) is not None
    return "\t" in text.strip()


#: A department's or area's name: capitalised words joined by "og", "&", "for" or a dash
#: ("Teknik & Byg", "Børn og Unge", "Center for Sundhed – Sekretariatet").
_DEPARTMENT = re.compile(r"^[A-ZÆØÅ][\wæøå-]*(?:\s+(?:[A-ZÆØÅ][\wæøå-]*|og|&|for|[–—-])){0,5}$")


_JOINED = re.compile(r"\s(?:og|&|for|[–—-])\s")


def _department(text: str) -> bool:
    """A line naming a department alone (under a lone "Dagsorden" / "Referat" title): one
    word, or words joined ("Teknik & Byg"; two names alone, "Anne Holm", are a person);
    no date, field, section or notes heading, and no kind of meeting ("Temamøde")."""
    return (
        len(text) <= 60
        and _DEPARTMENT.match(text) is not None
        and (" " not in text or _JOINED.search(text) is not None)
        and "møde" not in text.lower()
        and not (_field_match(text) or _TOC_HEAD.match(text) or NOTES_HEAD.match(text))
        and heading_key(Line(0, text, 0)) is None
    )


#: Fields whose value may go on over the lines under it: a remark on the meeting.
_NOTE_KEYS = frozenset(
    {"bemærkninger", "bemærkning", "bemærk", "nb", "bemærkninger til dagsordenen"}
)


def _note_lines(lines: list[Line], k: int, skip: set[int]) -> list[int]:
    """Positions of the lines going on under a remark's field at ``k``: up to a blank
    line, a heading, a label, a contents heading or another fact of the header ("Mødet
    blev ledet af …", "Kl. 9.00-12.00"): a "Bemærkninger:" block."""
    out: list[int] = []
    for j in range(k + 1, len(lines)):
        line = lines[j]
        if line.blank or line.index in skip or line.heading_level:
            break
        text = line.clean
        if (
            _field_match(text)
            or _TOC_HEAD.match(text)
            or heading_key(line) is not None
            or any(p.match(text) for p in (_LED, _HELD, _CLOCK_LINE, _EXPORTED))
        ):
            break
        out.append(j)
    return out


#: "… Mødested: …" inside a field's value: a second column of fields on the same line.
_SECOND_FIELD = re.compile(
    # (not "Tid og sted:": one field's label joined by "og")
    r"(?<!\bog)\s(?=(?:mødested|sted|mødelokale|afbud|fraværende|sluttidspunkt|starttidspunkt|"
    r"mødetidspunkt|mødedato|dato|tidspunkt|mødetid|tid|referent|ordstyrer|"
    # ("Mødedato: …   Lokale: Udvalgsværelse 1", "Starttid: …   Sluttid: …", "Mødested: …
    # Mødet hævet: Kl. 21:35": a PDF's second column of fields, the room's label capitalised
    # so that "Rådhuset, lokale: 2" stays one place)
    r"(?-i:L)okale|(?:start|slut)tid|mødet\s+hævet|"
    # ("Mødedato: …<TAB>Start kl.: 15:00<TAB>Slut kl.: 17:40": the start's and the end's
    # labels with the clock's word, each a field of its own)
    r"(?:start|slut)\s+kl\.)\s*:)"
    # ("Dato: …<TAB>Kl.: 10.00 – 12.00": the clock's word a label only after a cell's tab,
    # or before the hour, "Dato: 14/12 2021     Kl.: 12.30 – 13.15", a typed column's)
    r"|\t(?=kl\.\s*:)|(?<!start)(?<!slut)\s(?=kl\.\s*:\s*\d)",
    re.IGNORECASE,
)


def _labels_over_values(lines: list[Line]) -> list[Line]:
    """A cover's table read column by column ("Mødedato:" / "Mødetid:" / "Mødested:", then
    "Tirsdag den 28. november 2023" / "Kl. 14.00 – 16.00" / "Tønder Rådhus, …"): each
    label joined to the value in its place (the value's line index), else the lines as
    they were."""
    out = list(lines)
    k = 0
    while k < len(out):
        run = k
        while run < len(out) and not out[run].blank and _field_name(out[run].clean.rstrip(":")):
            run += 1
        labels = out[k:run]
        if len(labels) < 2 or not all(ln.clean.endswith(":") for ln in labels):
            k = max(run, k + 1)
            continue
        v = run
        while v < len(out) and out[v].blank:
            v += 1
        values = out[v : v + len(labels)]
        if len(values) == len(labels) and not any(
            ln.blank or ":" in ln.clean.split(" ", 1)[0] or _field_match(ln.clean) for ln in values
        ):
            for label, value in zip(labels, values, strict=True):
                out[out.index(value)] = Line(value.index, f"{label.clean} {value.clean}", 0)
            out[k:run] = []
            k = v - len(labels) + len(values)
            continue
        k = run
    return out


#: The time (span) after a row's date, before the place: "-17:00 ", "kl. 15.00-17.00 ".
_LEADING_TIME = re.compile(
    r"^\s*(?:[-–]\s*\d{1,2}[.:]\d{2}|(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?"
    r"[\s,]*",
    re.I,
)
_TIME_KEYS = frozenset(
    {"mødetid", "tid", "tidspunkt", "mødetidspunkt", "starttidspunkt", "tidsrum"}
)
_PLACE_KEYS = frozenset({"mødested", "sted", "mødelokale", "lokale"})
#: Fields whose value is the meeting's time (and maybe its date).
_TIME_FIELD_KEYS = frozenset(
    {"tid", "tidspunkt", "mødetid", "start", "starttid", "starttidspunkt", "hvornår", "tidsrum"}
    | {"kl.", "klokken", "klokkeslæt", "mødestart", "start/slut"}
)


def _spaced_head_row(lines: list[Line]) -> list[Line]:
    """A PDF table's head row whose cells' gap was lost ("Mødedato Mødested" over "24.
    februar 2025 kl. 17:00 Byrådssalen, Silkeborg Rådhus"): the row under it opens with the
    date (and time), the place is the rest; each cell a field (the value's line index).
    Other lines as they were."""
    out = list(lines)
    for k, line in enumerate(lines):
        # "Mødedato<TAB>Mødested" over a row whose gap was lost ("22.04.2025 kl. 15:00
        # Mødelokale 1, …"): the head row's cells kept apart, the values' run together
        tabbed = "\t" in line.clean
        words = [w.strip() for w in line.clean.split("\t" if tabbed else " ")]
        if tabbed and len(words) == 2 and not _field_name(words[1]):
            # "Mødedato<TAB>Mødetidspunkt Mødested": the tab set after the first head alone
            # (a gapped label's, ``header_columns.gapped_fields``), the others' gap lost
            words = line.clean.split()
        if (
            not 2 <= len(words) <= 3
            or not all(_field_name(w) for w in words)
            or not any(w.lower() in _DATE_KEYS for w in words)
            or not any(w.lower() in _PLACE_KEYS for w in words)
        ):
            continue
        nxt = next((j for j in range(k + 1, len(lines)) if not lines[j].blank), None)
        value = lines[nxt] if nxt is not None else None
        found = dates.find_date(value.clean) if value is not None else None
        if value is None or found is None or found.start > 0 or (tabbed and "\t" in value.clean):
            continue  # (a row of tab-parted values is read cell by cell by the caller)
        rest = value.clean[found.end :]
        place = rest[_LEADING_TIME.match(rest).end() :].strip(" .,")
        when = value.clean[: len(value.clean) - len(rest)].strip()
        if not place or _field_match(place):
            continue
        cells = []
        for w in words:
            key = w.lower()
            if key in _TIME_KEYS:
                cells.append(f"{w}: {found.time}" if found.time else "")
            elif key in _PLACE_KEYS:
                cells.append(f"{w}: {place}")
            else:
                cells.append(f"{w}: {when}")
        cells = [c for c in cells if c]
        # the first field placed on the head row's line, the others on the value's
        out[nxt : nxt + 1] = [Line(value.index, c, 0) for c in cells[1:]]
        out[k] = Line(line.index, cells[0], 0)
        return out
    return out


#: "Byrådet Sagsnr. 19/4471": a body's name, then a case number's field (a letterhead's
#: right column run into the line).
_BODY_THEN_CASE = re.compile(
    rf"^(?P<body>\S.{{1,60}}?)\s+(?P<case>{CASE_NUMBER_LABEL}:?\s*\d[\w./-]*)\s*$",
    re.IGNORECASE,
)
#: The lines of a letterhead (where a body and its case field stand side by side).
_BODY_CASE_TOP = 8


def _split_columns(lines: list[Line]) -> list[Line]:
    """Header lines holding two fields side by side ("Mødedato: 2. oktober 2012  Mødested:
    Mødelokale 1", a two-column PDF header) as one line a field (the same line index)."""
    lines = _spaced_head_row(_labels_over_values(lines))
    out: list[Line] = []
    pending: tuple[Line, list[str]] | None = None  # a table row of field names
    for line in lines:
        cells = line.clean.split("\t") if "\t" in line.clean else None
        if pending and line.blank:
            continue
        if pending and cells and 2 <= len(cells) <= len(pending[1]):
            # "Mødedato<TAB>Mødetid<TAB>Mødested" over "6. september 2021<TAB>15:00<TAB>…":
            # a table whose head row names the fields of the row under it; the row may be
            # shorter, its last cells left unfilled in the template ("…<TAB>Referent" over
            # a row ending at the place: the reader drops the empty cells at its end)
            for n, (key, value) in enumerate(zip(pending[1], cells, strict=False)):
                index = pending[0].index if n == 0 else line.index
                out.append(Line(index, f"{key}: {value.strip()}", 0))
            pending = None
            continue
        if pending:
            out.append(pending[0])
            pending = None
        if (
            cells
            and len(cells) in (2, 3)
            and _KIND_CELL.match(cells[-1].strip())
            and looks_like_body(cells[-2].strip())
        ):
            # "Rebild Kommune<TAB>Socialudvalget<TAB>Referat": an RTF/ODT export's title row,
            # read as the dashed title "Rebild Kommune - Socialudvalget - Referat"
            out.append(Line(line.index, " - ".join(c.strip() for c in cells), line.heading_level))
            continue
        if (
            cells
            and len(cells) == 2
            and line.index < 40
            and _KIND_OPENING.match(cells[1])
            and cells[0].strip()
            and not _field_match(cells[0].strip())
        ):
            # "Frederikssund Idrætsråd<TAB>Referat – bestyrelsesmøde": a fixed-width title
            # row (see layouts.title_row), read as the dashed title it means
            out.append(Line(line.index, f"{cells[0].strip()} - {cells[1].strip()}", 0))
            continue
        if (
            cells
            and len(cells) == 2
            and _OWNER_ALONE.match(cells[0].strip())
            and _field_match(cells[1].strip())
        ):
            # "Vejle Kommune<TAB>Mødetid: kl. 9.00 Mødested: …": a Word header table (saved
            # as markdown) with the municipality in the left cell (the logo's place) and the
            # meeting's fields in the right; the owner a line of its own, the fields read
            # as they would be alone on their line
            out.append(Line(line.index, cells[0].strip(), line.heading_level))
            out.extend(_split_columns([Line(line.index, cells[1].strip(), 0)]))
            continue
        if (kind_hours := _KIND_THEN_HOURS.match(line.clean)) is not None:
            # "Referat - åbent møde   Kl. 16:00 - 18:10": a page header's two columns, the
            # document's kind on the left and the meeting's hours on the right, the gap
            # between them lost; read as the kind's line over the hours' line
            out.append(Line(line.index, kind_hours["kind"], line.heading_level))
            out.append(Line(line.index, kind_hours["hours"], 0))
            continue
        if cells and len(cells) == 2 and not cells[0].strip() and cells[1].strip() and out:
            above = _FIELD.match(out[-1].clean)
            if above and above.group("key").lower() in _MEMBER_KEYS:
                # "Medlemmer:<TAB>Jesper Kolind (V), formand" / "<TAB>Annette Sørup (A)": a
                # tab-set column of names under the field's first, one member a line
                out.append(Line(line.index, f"{above.group('key')}: {cells[1].strip()}", 0))
                continue
        if (
            cells
            and len(cells) >= 3
            and not any(c.strip() for c in cells[:-1])
            and out
            and "\t" in out[-1].clean
            and dates.find_date(out[-1].clean.rsplit("\t", 1)[-1]) is not None
            and _room(cells[-1].strip())
        ):
            # "LEDERGRUPPEMØDE<TAB><TAB>den 03.03.2025 kl. 14.00" / "<TAB>…<TAB>Støvring
            # Rådhus, Hobrovej 88, lok. 2.07": an RTF title row's column, the place under
            # the date
            out.append(Line(line.index, f"Sted: {cells[-1].strip()}", 0))
            continue
        if cells and len(cells) >= 2 and all(_field_name(c) for c in cells):
            pending = (line, cells)
            continue
        if cells and _paired(cells):
            # "Dato<TAB>26.10.2021<TAB>Tid<TAB>13.00-14.30": a Word info table of two label
            # and value pairs a row, a field a pair
            for n in range(0, len(cells), 2):
                out.append(Line(line.index, f"{cells[n].strip()}: {cells[n + 1].strip()}", 0))
            continue
        if line.clean[:7] in ("Desuden", "DESUDEN") and (also := _ALSO_PRESENT.match(line.clean)):
            # "Desuden deltog kultur- og fritidschef Bent Mosegaard og sekretær Tove Ærø
            # (ref.).": the field "Desuden deltog:" written as a sentence
            out.append(Line(line.index, f"Desuden deltog: {_and_as_comma(also.group('who'))}", 0))
            continue
        body_case = (
            _BODY_THEN_CASE.match(line.clean)
            if line.index < _BODY_CASE_TOP
            and ("nr" in (low := line.clean.lower()) or "nummer" in low)
            else None
        )
        if body_case and looks_like_body(body_case.group("body")):
            # "Byrådet<spaces>Sagsnr. 19/4471": a letterhead's two columns, their gap lost;
            # the body that met on a line of its own, the case field beside it
            out.append(Line(line.index, body_case.group("body"), line.heading_level))
            out.append(Line(line.index, body_case.group("case"), 0))
            continue
        dated = _dated_body_row(line.clean) if "ødedato" in line.clean else None
        if dated is not None:
            # "Beskæftigelsesudvalget   Mødedato 19.04.2010   Referat": a page's title row of
            # the body, the dated field and the kind, its columns' gaps lost; read as the
            # dashed title it means
            out.append(Line(line.index, dated, line.heading_level))
            continue
        dotted = line.clean.split(" · ") if " · " in line.clean else None
        if dotted is None and " / " in line.clean[:40]:
            # "Thisted Kommune / Kultur- og Fritidsudvalget": the owner and the body parted
            # by a slash, as by a middle dot
            owner, _, body = line.clean.partition(" / ")
            if _MUNICIPALITY_ALONE.match(owner.strip()) and looks_like_body(body.strip()):
                dotted = [owner, body]
        if dotted and len(dotted) == 2 and _TIME_SPAN.match(dotted[0].strip()):
            # "Kl. 08.30–11.00 · Ballerup Rådhus, …": the time, then the place
            out.append(Line(line.index, f"Tid: {dotted[0].strip()}", 0))
            out.append(Line(line.index, f"Sted: {dotted[1].strip()}", 0))
            continue
        if dotted and any(
            _field_match(part.strip()) or _MUNICIPALITY_ALONE.match(part.strip()) for part in dotted
        ):
            # also "Svendborg Kommune · Lokaludvalget (LMU), Tåsinge Skole": owner and body
            # "Køge Kommune · Mødedato: tirsdag den 21. januar 2025 · Kl. 13.00–16.00 · …":
            # an intranet page's meta line, a field a part; "Dato: 27.01.2025 · 12:00-15:00 ·
            # Sted: …": a bare time span among the fields is the meeting's time
            parts = [p.strip() for p in dotted]
            parts = [f"Tid: {p}" if _SPAN_FIELD.match(p) else p for p in parts]
            if (
                len(parts) >= 2
                and not _field_match(parts[-1])
                and any(p[:4] == "Tid:" or dates.find_date(p) for p in parts[:-1])
                and (_room(parts[-1]) or _ONLINE_PART.match(parts[-1]) is not None)
            ):
                # "Norddjurs Kommune · Torsdag d. 26/1-2023 · kl. 9.00-16.00 · Kulturhotellet,
                # Ørum": a place closing the fields after the date and time is the meeting's
                # (also "Mødedato 27.02.2025 kl. 14:00–15:30 · Nordborg Slot, Riddersalen")
                parts[-1] = f"Sted: {parts[-1]}"
            elif (
                len(parts) >= 3
                and _CLOCK_FIELD.match(parts[-1])
                and not _field_match(parts[-2])
                and _room(parts[-2])
            ):
                # 'Aabenraa Kommune · Direktionen · Skelbækvej 2, lokale "Kalvø" · kl. 8.15':
                # the place, then the start closing the fields (the date in the title)
                parts[-2:] = [f"Sted: {parts[-2]}", f"Tid: {parts[-1]}"]
            out.extend(_split_columns([Line(line.index, p, 0) for p in parts]))
            continue
        m = _FIELD.match(line.clean) if ":" in line.clean else None
        cut = _SECOND_FIELD.search(line.clean, m.start("value") + 1) if m else None
        if cut is None:
            out.append(line)
            continue
        out.append(Line(line.index, line.clean[: cut.start()].rstrip(), line.heading_level))
        out.extend(_split_columns([Line(line.index, line.clean[cut.end() :], 0)]))
    if pending:
        out.append(pending[0])
    return out


#: A label cell of an info table: one to three words, capitalised ("Mødenr.", "Referent").
_LABEL_CELL = re.compile(r"^[A-ZÆØÅ][\w.]*(?: [\w.]+){0,2}$")


#: "Desuden deltog <who>.": others present, in a sentence (no colon).
_ALSO_PRESENT = re.compile(r"^desuden\s+deltog\s+(?P<who>[^:\s][^:]{2,200}?)\.?$", re.I)
#: "<Body> Mødedato 19.04.2010 Referat": the body, the date's field without its colon and
#: the document's kind, on one row.
_DATED_BODY_ROW = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^\t:]{{2,80}}?),?\s+mødedato\s*:?\s+(?P<date>[^\t]{{6,40}}?)"
    rf"(?:\s+(?P<kind>{_DOC_WORD}))?$",
    re.IGNORECASE,
)


def _and_as_comma(who: str) -> str:
    """ "kultur- og fritidschef Bent Mosegaard og sekretær Tove Ærø" as a list of people:
    an "og" after a name (a capitalised word) parts two people, one inside a title joins
    its words."""
    parts = who.split(" og ")
    out = [parts[0]]
    for part in parts[1:]:
        last = out[-1].split()[-1:] or [""]
        out[-1:] = [out[-1], part] if last[0][:1].isupper() else [f"{out[-1]} og {part}"]
    return ", ".join(out)


def _dated_body_row(text: str) -> str | None:
    """``<body> - <Kind> - <date>`` for a title row naming a body, then its ``Mødedato``
    and (perhaps) the kind of document; None for any other line."""
    m = _DATED_BODY_ROW.match(text.replace("\t", " "))
    if m is None or not looks_like_body(m.group("body")):
        return None
    found = dates.find_date(m.group("date"))
    if found is None or found.start > 0:
        return None
    kind = (m.group("kind") or "Referat").capitalize()
    return f"{m.group('body')} - {kind} - {m.group('date')}"


def _paired(cells: list[str]) -> bool:
    """A table row of label and value pairs: an even number of four or more cells, the
    first a known field's name, each odd one a label, each even one a value."""
    return (
        len(cells) >= 4
        and len(cells) % 2 == 0
        and _field_name(cells[0])
        and all(_LABEL_CELL.match(cells[n].strip()) for n in range(0, len(cells), 2))
        and all(cells[n].strip() for n in range(1, len(cells), 2))
    )


def _bulleted_field(text: str) -> str:
    """A field written as a list's line ("- Dato: Mandag 3. marts 2025", a web page's
    meeting facts as a bullet list) without its bullet; any other line as it is. A key the
    agenda systems write without a colon counts so too ("- Mødested Regionshuset, …": a
    page's list of label and value spans, the space between them its only mark)."""
    if text[:1] not in "-•*–·▪":
        return text
    bare = _BULLET.sub("", text, count=1)
    m = _FIELD.match(bare) if bare != text else None
    if m is None or not (
        ":" in bare[len(m.group("key")) : m.start("value")]
        or (m.group("key").lower() in _NO_COLON_KEYS and m.group("value").strip())
    ):
        return text
    return bare


def _field_name(cell: str) -> bool:
    """A table cell holding only a field's name ("Mødested"), no value."""
    m = _FIELD.fullmatch(f"{cell.strip()}:")
    return m is not None and not m.group("value").strip(" :")


#: Keys the agenda systems write without a colon before the value ("Mødedato Torsdag …").
_NO_COLON_KEYS = {
    "mødedato", "mødested", "mødedeltagere", "mødetidspunkt", "mødeafholdelse",
    "starttidspunkt", "sluttidspunkt", "deltagere", "fraværende", "afbud", "tilstede",
    "til stede", "indkaldelse", "stedfortræder", "stedfortrædere",
}  # fmt: skip


def _field_match(text: str) -> re.Match[str] | None:
    """A header field ("Sted: …", "Mødedato …", a label alone), else None."""
    m = _FIELD.match(text)
    if m and m.group("value").strip() and not _colon_ok(m):
        return None
    return m


#: "Byrådssalen, Ringe Rådhus", "Mødesalen": a room's name, then maybe its house or
#: address after a comma (no verb: a few capitalised or address words).
_COLONLESS_TABLE = re.compile(r"^[A-ZÆØÅ][\wæøå-]+(?:,?\s+[\wæøå.-]+){0,6}$")


def _colon_ok(m: re.Match[str]) -> bool:
    """A field written with its value needs a colon unless its key is one written without."""
    if m.group("key").lower() in _NO_COLON_KEYS:
        return True
    key, value = m.group("key").lower(), m.group("value")
    if key == "start/slut" and value[:1].isdigit():
        return True  # "Start/slut 18:30 - 21:15": the label's slash says it is one
    if key in ("mødetid", "tidspunkt") and _BARE_TIME.match(value) and len(value) <= 30:
        return True  # "Mødetid 09:30" under "Mødedato 23-09-2014": the hour as its value
    if (
        key in ("lokale", "sted")
        and m.group("key")[:1] in "LS"  # (not "lokale Fjorden", a place's wrapped rest)
        and value[:1].isupper()
        and _COLONLESS_TABLE.match(value)
    ):
        # "Lokale Byrådssalen, Ringe Rådhus", "Sted Mødelokale 2, Rådhuset" (a header
        # table's row flattened in a PDF): a named room, not "Lokale 3" (the room's own
        # name) or a sentence
        return True
    # a tab parts a table row's cells: "Mødetid<TAB>16:30" (a Word or markdown table)
    between = m.group(0)[len(m.group("key")) : m.start("value")]
    return ":" in between or "\t" in between


#: "rådhuset", "kommunekontoret", "borgmesterkontoret", "amtsgården": the house where the
#: council meets named in lower case by what it is (its definite form).
_HOUSE_WORD = r"(?:[a-zæøå]{0,14}(?:rådhuset|kontoret|amtsgården|amtshuset))"
_PLACE_AFTER = re.compile(
    # ("fra kl. 16:00 til kl. 18:45 i …": "fra" before the start, "kl." again before the end)
    r"^\s*(?:(?:fra\s+)?(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\s*)?"
    # "…, kl. 9.00-11.30, Mødelokale 3.12": the meeting's end after its start
    # ("kl. 13-16, Kirkebjerg Skole": whole hours; "… kl. 10.00-12.00 · Akseltorv 1, …": a
    # meta line's fields parted by middle dots)
    # ("fra kl. 10 til 12 i Mødelokale Esrum, …": the end after "til")
    # ("… kl. 13.00 – 14.30 | Teams + <address>": the place after a bar, a notes page's
    # one meta line)
    # ("… kl. 9.00 – fredag kl. 14.00, Hotel …": a seminar over two days, its end on the next)
    # ("kl. 18.30 – ca. 21.00 i …": the end told as about the hour)
    r"(?:(?:[-–]|til\s)\s*(?:ca\.\s*)?(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?"
    # ("… kl. 9.00-12.00 – Kanalstræde 2, …": the place after a dash past the end)
    r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?=,|\s(?:i|på)\s|\s[·|–-]\s))?"
    # ("Referat — onsdag 20.05.2015 kl. 09.00 — <place>": an em dash between the fields)
    r"(?:,|\s[-–—·|]\s|\s(?:i|på)\s)\s*"
    # "… kl. 10.00 i mødelokalet på Læsø Rådhus, …": a room named in lower case
    r"(?:(?:i|på)\s+)?(?P<place>[A-ZÆØÅ].{1,100}|(?:mødelokale|mødesal|lokale|byrådssal|"
    r"udvalgsværelse|kantine|rådssal)\w*\s+(?:på|i)\s+[A-ZÆØÅ].{1,90}|"
    # "… kl. 13.00-15.00 i personalestuen, Skovhuset": a room in lower case, then the house
    # ("… i personalerummet, afd. Nord": the school's department)
    # ("… kl. 19.00 i forsamlingshuset, Kangaamiut.", "… i bygdekontoret, Saattut": a
    # house or an office in lower case, then its town)
    r"[a-zæøå]{2,20}(?:stue|stuen|lokale|lokalet|salen|kantinen|rummet|værelset|huset|"
    r"kontoret),\s+"
    r"(?:(?:afd\.|afdeling)\s+)?[A-ZÆØÅ].{1,80}|"
    # "… kl. 17.30-19.30 i personalerummet": the room alone (a school's or an institution's)
    # ("… i stuen hos Grønne gruppe": a daycare's room named by the group whose it is;
    # "… i klubhuset hos Vestby Roklub, Havnevej 3": a club's house named by its club)
    # ("… i konfirmandstuen i Vestby Præstegård": the room, then the house it is in)
    r"[a-zæøå]{0,20}(?:stuen|rummet|huset|lokalet|salen)\s+(?:hos|i|på)\s+[A-ZÆØÅ][^\n]{1,60}|"
    # ("… kl. 19.00 i forsamlingshuset": a village's house alone, its town unsaid)
    r"[a-zæøå]{2,20}(?:stuen|lokalet|salen|kantinen|rummet|værelset|huset)|"
    # "…, mødelokale 2.14, Rådhuset": a numbered room in lower case, then the house
    # ("…, mødelok. 3 (Kirkestræde)": the room's word shortened, the house in brackets)
    # ("…, mødelokale D-2.14, Rådhuset …": the room's number after its wing's letter)
    # ("…, kl. 13.00, lokale 212": the numbered room alone, the house left unsaid)
    r"(?:mødelokale|mødelok\.|lokale|lok\.|mødesal)\s*(?:[A-ZÆØÅ]{1,2}-?)?\d[\w.]{0,8}"
    # ("… i mødelokale 3 på Rådmandshaven 20, 4700 Næstved": the house or street after "på")
    r"(?:,\s+[A-ZÆØÅ].{1,80}|\s+\([A-ZÆØÅ][^()]{1,60}\)|\s+(?:på|i)\s+[A-ZÆØÅ].{1,80}"
    # ("… i mødelokale 2 på rådhuset i Tarm": the town hall in lower case after the room)
    rf"|\s+(?:på|i)\s+{_HOUSE_WORD}(?:\s+i\s+[A-ZÆØÅ][\wæøå-]+)?)?|"
    # "…, mødelokale D1 (Prinsens Allé 5)": a room in lower case, the house in brackets
    r"(?:mødelokale|lokale|mødesal)\s+[\wæøå.]{1,12}\s+\([A-ZÆØÅ][^()]{2,60}\)|"
    # "…, mødelokale Ådalen, Rådhuset i Hornslet": a named room in lower case, then the house
    # ('…, mødelokale "Tåsinge", Ramsherred 5': the room's name in quotes)
    r"(?:mødelokale|lokale|mødesal)\s+[\"“„']?[A-ZÆØÅ][\wæøå-]*(?:\s[A-ZÆØÅ][\wæøå-]*)?"
    r"[\"”']?,\s+[A-ZÆØÅ].{1,80}|"
    # "…, direktionens mødelokale, Helsinge Rådhus": a room named by whose it is, then the house
    r"[a-zæøå]{3,20}s\s+(?:mødelokale|mødesal|lokale|kontor)\w*,\s+[A-ZÆØÅ].{1,80}|"
    # "… kl. 17.00 på rådhuset, Skolevej 5-7, Nordby (mødesalen)": the house in lower case
    # (its definite form), then its street and number
    r"[a-zæøå]{3,20}(?:et|en),\s+[A-ZÆØÅ][\wæøå-]*(?:vej|gade|stræde|plads|torv|allé|alle|"
    r"vænge|bakke|gyde|park)(?:n|en|et)?\s+\d.{0,80}|"
    # ("… kl. 15.00 på rådhuset, mødelokale 2": the house in lower case, then its room)
    r"[a-zæøå]{3,20}(?:et|en),\s+(?:mødelokale|mødelok\.|lokale|mødesal)\s*[\wæøå.-]{1,10}"
    r"(?:,\s+[A-ZÆØÅ].{1,60})?|"
    # ("… kl. 19.30 på kommunekontoret, byrådssalen": the town hall or office in lower
    # case, then its room in lower case too, a typed protocol's or old web page's)
    rf"{_HOUSE_WORD},\s+[a-zæøå]{{2,20}}(?:stuen|lokalet|salen|kantinen|rummet|værelset)|"
    # "… 09:30–11:45 – virtuelt møde (Microsoft Teams)", "…, kl. 16, online møde": a
    # meeting held at a distance in lower case, the platform in brackets (its place)
    r"(?:virtuelt|online|digitalt)\s+møde(?:\s+\([^()]{2,60}\))?|"
    # "… i mødelokalet på kommunekontoret", "… på rådhuset i Tarm", "… på borgmesterkontoret":
    # the town hall or the office named in lower case (a typed protocol's), perhaps its
    # room before it and its town after it
    rf"(?:[a-zæøå]{{2,20}}(?:lokalet|salen|stuen|værelset)\s+(?:på|i)\s+)?{_HOUSE_WORD}"
    r"(?:\s+i\s+[A-ZÆØÅ][\wæøå-]+)?)\.?$"
)


#: "kl. 17-19", "kl. 17": a meeting's clock time as a whole hour, a dash and the closing
#: hour or the line's end after it (group ``wh``).
_WHOLE_HOUR = r"kl\.?\s*(?P<wh>[01]?\d|2[0-3])(?=\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}(?![.:\d])|\s*$)"


#: "møde 12.03.07 kl. 19.00", "Mode den 28.01.10 kl. 17.00" (OCR lost the ø): a meeting's
#: date with a two-digit year, as typed and scanned protocols write it. The grammar of
#: ``analysis.dates`` reads no such date in running text (06-02-19 may be anything); here
#: the meeting's word before it and the clock time after it say what it is.
#: Also "Møde i styregruppen onsdag 12.3.25 fra kl. 14.00 til 15.30": the body met and the
#: weekday between the meeting's word and the date, "fra" before the clock time.
#: Also "Direktionsmøde mandag 24/2-25, kl. 8.30-10.00": the kind of meeting as one word,
#: the date written day/month-year.
#: Also "Fredag d. 14/3-25 kl. 10.00 – ca. 12.00" alone on its line under the title: the
#: weekday that opens the line and the clock time say it is the meeting's date.
#: Also "Referat fra møde i Seniorrådet tirsd. d. 9/5-17 kl. 14.00-16.00": the weekday
#: cut short after the forum.
#: Also "Tirsdag d. 12-04-16 kl. 9.30-12.00": the date's parts parted by dashes.
#: Also "skolebestyrelsesmøde tirsdag d. 4/3-25 kl. 17-19": the clock time as a whole hour
#: (a board's own Word minutes), read only where a dash and the closing hour or the line's
#: end follow, so no "kl. 17" in a sentence runs on into other numbers.
_SHORT_YEAR_MEETING = re.compile(
    r"(?:(?:\b|(?<=[a-zæøå]))(?:mødet?|modet?|moedet?)"
    # ("Møde nr. 4/98 d. 14.03.98 kl. 9.00": a typed committee's running meeting number)
    r"(?:\s+nr\.?\s*\d{1,3}(?:/\d{2}|/\d{4})?)?"
    r"(?:\s+i\s+[\wæøå-]+(?:\s+[\wæøå-]+){0,4}?)?\s+"
    r"(?:(?:man|tirs|ons|tors|fre|lør|søn)(?:dag|d?\.)\s*)?"
    r"|^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+)(?:(?:den|d\.)\s*)?"
    # ("Tirsdag d. 12-04-16 kl. 9.30": dashes, as between a four-digit year's parts)
    r"(?P<d>\d{1,2})(?:(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)|/(?P<m2>\d{1,2})-)(?P<y>\d{2}),?\s+"
    r"(?:fra\s+)?(?:" + dates.clock_time() + r"(?!\d)|" + _WHOLE_HOUR + r")",
    re.I,
)


def _short_year_meeting(text: str) -> dates.DateMatch | None:
    """The date and time of a title line such as "Referat - møde 12.03.07 kl. 19.00 på …"
    (see ``_SHORT_YEAR_MEETING``); a year from 70 on is of the 1900s."""
    # ("KL. 17-19" in a title set in capitals: the gate reads the clock word in any case)
    m = _SHORT_YEAR_MEETING.search(text) if "kl" in text or "KL" in text or "Kl" in text else None
    if m is None:
        return _weekday_meeting_at_end(text)
    year = dates.full_year(int(m.group("y")))
    date = dates.safe_date(year, int(m.group("m") or m.group("m2")), int(m.group("d")))
    if date is None:
        return None
    time = dates.hhmm(m.group("h"), m.group("min")) if m.group("h") else dates.hhmm(m["wh"], None)
    return dates.DateMatch(date, m.start("d") if m.start("d") else m.start(), m.end(), time)


#: "Beslutningsprotokol – direktionsmøde mandag 7/6-21": the meeting, its weekday and a date
#: with a two-digit year closing the title line, the clock time on a line of its own below.
_WEEKDAY_MEETING_AT_END = re.compile(
    r"(?:\b|(?<=[a-zæøå]))(?:møde|mødet)\s+(?P<wd>(?:man|tirs|ons|tors|fre|lør|søn)dag),?\s+"
    r"(?:(?:den|d\.)\s*)?(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.|/(?P<m2>\d{1,2})-)(?P<y>\d{2})\s*$",
    re.I,
)


#: "Referat fra ældrerådsmøde 3. maj '23", "Møde 14. nov. ’22 kl. 19": a day and a month
#: word with the year cut to two digits behind an apostrophe, as a club's or a council's own
#: title writes it (the apostrophe says the century was dropped: the 2000s are meant). Read
#: in the header only, where it dates the meeting; inside items such dates stay text.
_APOSTROPHE_YEAR = re.compile(
    r"(?<!\w)(?:(?:den|d\.)\s*)?(?P<d>\d{1,2})\.?\s*(?P<m>[a-zæøå]{3,9})\.?,?\s*"
    r"['’´](?P<y>\d{2})(?!\d)",
    re.I,
)


#: "Bestyrelsesmøde 16.09.08" alone on its line: a local council's web page titling the
#: minutes by the kind of meeting and its date, the year in two digits; the whole line is
#: nothing else, which a number in running text never is.
_MEETING_SHORT_DATE_LINE = re.compile(
    r"^[A-ZÆØÅ][a-zæøå-]{0,30}møde\s+(?:(?:den|d\.)\s*)?"
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{2})$"
)


#: "d. 22.6.20", "den 3.11.2021" alone on a line: a letterhead's date set apart at the right
#: margin (the year perhaps in two digits); the line is nothing else, as no text's date is.
_LONE_DATE_LINE = re.compile(
    r"^(?:den|d\.)\s*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{2}|(?:19|20)\d{2})$"
)


def lone_date(lines: list[Line], placed: set[int]) -> dt.date | None:
    """The meeting's date from a header line that is only "d. 22.6.20" (``_LONE_DATE_LINE``,
    a two-digit year from 70 on of the 1900s); the line is placed."""
    for line in lines:
        text = line.clean.strip()
        if text[:1] not in "dD" or (m := _LONE_DATE_LINE.match(text.lower())) is None:
            continue
        year = dates.full_year(int(m["y"]))
        if (date := dates.safe_date(year, int(m["m"]), int(m["d"]))) is not None:
            placed.add(line.index)
            return date
    return None


#: "Ungeråd – referat fra møde d. 12/3-24": a title line closed by the meeting, "d." or
#: "den" and a date written day/month-year with the year in two digits (a pupil secretary's
#: short form); the meeting's word and the article before it say it is the meeting's date.
_MEETING_DK_SHORT_DATE_END = re.compile(
    r"(?:\b|(?<=[a-zæøå]))(?:møde|mødet)\s+(?:den|d\.)\s*"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})-(?P<y>\d{2})\s*$",
    re.I,
)


def _weekday_meeting_at_end(text: str) -> dates.DateMatch | None:
    """The date of a title line closed by "møde mandag 7/6-21" (``_WEEKDAY_MEETING_AT_END``):
    no clock time vouches for it, so the weekday must be that date's; or of a title line
    that is the meeting's kind and its date alone (``_MEETING_SHORT_DATE_LINE``), or closed
    by "møde d. 12/3-24" (``_MEETING_DK_SHORT_DATE_END``)."""
    m = _WEEKDAY_MEETING_AT_END.search(text)
    if m is None:
        line = _MEETING_SHORT_DATE_LINE.match(text) or (
            _MEETING_DK_SHORT_DATE_END.search(text) if "/" in text else None
        )
        if line is None:
            return None
        year = dates.full_year(int(line["y"]))
        date = dates.safe_date(year, int(line["m"]), int(line["d"]))
        return None if date is None else dates.DateMatch(date, line.start("d"), line.end(), None)
    year = dates.full_year(int(m.group("y")))
    date = dates.safe_date(year, int(m.group("m") or m.group("m2")), int(m.group("d")))
    if date is None or _WEEKDAY_NAMES[date.weekday()] != m.group("wd").lower():
        return None
    return dates.DateMatch(date, m.start("d"), m.end(), None)


def _apostrophe_year_date(text: str) -> dates.DateMatch | None:
    """The date of a header line written "3. maj '23" (see ``_APOSTROPHE_YEAR``), with a
    clock time right after it."""
    m = _APOSTROPHE_YEAR.search(text)
    if m is None or (month := dates.month_number(m.group("m"))) is None:
        return None
    date = dates.safe_date(2000 + int(m.group("y")), month, int(m.group("d")))
    return None if date is None else _with_clock_after(text, date, m)


def _with_clock_after(text: str, date: dt.date, m: re.Match[str]) -> dates.DateMatch:
    """The short date matched by ``m``, with the hour written right after it."""
    clock = _CLOCK_AFTER_SHORT_DATE.match(text, m.end())
    if clock is None:
        return dates.DateMatch(date, m.start(), m.end(), None)
    time = dates.hhmm(clock.group("h"), clock.group("m"))
    return dates.DateMatch(date, m.start(), clock.end(), time)


#: "Onsdag 05.03.25", "tirsdag d. 4.3.25": a weekday and a date with a two-digit year
#: opening a part of a meta line parted by middle dots.
_WEEKDAY_SHORT_DATE = re.compile(
    r"(?:^|(?<=·\s))(?P<wd>(?:man|tirs|ons|tors|fre|lør|søn)dag),?\s+(?:(?:den|d\.)\s*)?"
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])",
    re.I,
)
_WEEKDAY_NAMES = dates.WEEKDAYS_DA


def _weekday_short_date(text: str) -> dates.DateMatch | None:
    """The date of a meta line's part "Onsdag 05.03.25" (an intranet page's line "Onsdag
    05.03.25 · 08.15-10.00 · <place>"): a two-digit year is read as of the 2000s only where
    the weekday written before it is that date's, which a wrong century would not be."""
    m = _WEEKDAY_SHORT_DATE.search(text)
    if m is None:
        return None
    date = dates.safe_date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if date is None or _WEEKDAY_NAMES[date.weekday()] != m.group("wd").lower():
        return None
    # ("Torsdag 14.3.24, kl. 19.30 i Klubhuset": the hour after it is the date's, as a
    # four-digit year's is, so that the place follows the match)
    return _with_clock_after(text, date, m)


#: ", kl. 9-11", " kl. 19.30": the hour written right after a short date.
_CLOCK_AFTER_SHORT_DATE = re.compile(
    r",?\s*(?:kl\.?|klokken)\s*(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d.:])",
    re.I,
)


#: "Referat fra koordinationsmødet den ": the minutes' word, then the meeting by its kind.
_MINUTES_OF_MEETING = re.compile(
    r"^(?:referat|notat)\s+(?:fra|af)\s+(?:det\s+)?[a-zæøå-]{0,40}mødet\s+(?:den\s+|d\.\s*)?$"
    # ("Beslutningsreferat, chefgruppemøde 03.02.2025, kl. 8.30-10.00, Rådhuset, …": the
    # kind, a comma and the kind of meeting before its date)
    r"|^(?:[a-zæøå]*referat|notat|dagsorden),\s+[a-zæøå-]{0,40}møde\s+(?:den\s+|d\.\s*)?$",
    re.I,
)


def _meeting_of_body(before: str) -> bool:
    """``before`` (what a line writes before its date) is "Møde i <body> (den)": the body's
    meeting, the line its meta line (the place may follow the date and the hour)."""
    if _MEETING_OF.match(before) is None:
        return False
    body = _MEETING_OF.sub("", _WEEKDAY_END.sub("", before).strip(" ,–-·"))
    body = _DEN_END.sub("", body)  # ("… den 05-03-2025": the date's match may leave "den")
    return bool(body) and looks_like_body(body)


_DEN_END = re.compile(r"\s+(?:den|d\.)$", re.I)


def _place_in_title(rest: str) -> str | None:
    """The place a title sentence names after its date and time, if any."""
    found = dates.find_date(rest)
    return _place_after(rest[found.end :]) if found is not None else None


#: ", afholdt som videomøde (Skype for Business)", ", holdt som telefonmøde", ", afholdt
#: via Teams": after the date and the hour, how the meeting was held where a room would
#: stand: a meeting held at a distance, the medium its place.
_HELD_AS = re.compile(
    r"^\s*,?\s*(?:af)?holdt\s+(?:som|via|over|på)\s+"
    r"(?P<place>[a-zæøå]{0,12}-?møde(?:\s+\([^()]{2,60}\))?|(?-i:[A-ZÆØÅ])[^,]{1,60}?)\.?$",
    re.I,
)


def _place_after(rest: str) -> str | None:
    """The place written after a date (and time) on the same line, if any."""
    m = _PLACE_AFTER.match(rest)
    if m is None and "holdt " in rest:
        m = _HELD_AS.match(rest)
    if m is None and rest[-1:] == ")" and (hour := _BRACKET_AFTER_HOUR.match(rest)):
        return _bracketed_place(hour.group("inner"))
    if (
        m is None
        and ("ted:" in rest or "TED:" in rest)
        and (field := _PLACE_FIELD_AFTER.search(rest))
    ):
        return _place_text(field.group("place"))
    if m is not None and "B)" in rest and _FILE_LINK.search(m.group("place")):
        return None  # ("09-04-2013 · Hent som PDF (412 KB)": a web page's download link)
    if m is not None and _SITE_TAIL.match(m.group("place").strip()):
        # ("Byrådet - 14. maj 2025 kl. 17:30 - Referat - Ikast-Brande Kommune", "…, 03.09.2019
        # | Stevns Kommune": a web page's title closing with the document's kind and the
        # site's name, no place)
        return None
    if m is not None and ":" in m.group("place")[:12]:
        # "Referat | Dato: 02.03.2021 | Tid: 17:00 | Sted: Byrådssalen": a meta line's
        # labelled fields after the date, the hour's field and the place's label no part
        # of the place (none where no place's field follows the hour's)
        hour = _HOUR_FIELD.match(m.group("place"))
        rest = m.group("place")[hour.end() :] if hour else m.group("place")
        if (field := _PLACE_FIELD.match(rest)) is not None:
            return _place_text(rest[field.end() :])
        if hour:
            return None
    return _place_text(m.group("place")) if m else None


#: "Tid: 17:00 · ", "Kl.: 16.30-18.00 · ": a meta line's field of the hour after its date
#: (its bars read as middle dots), the next field after it, or the line's end.
_HOUR_FIELD = re.compile(
    r"(?:tid|tidspunkt|mødetid|kl\.?|klokken) ?:\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*(?:·\s*|$)",
    re.IGNORECASE,
)
#: "Sted: ", "Mødested: ", "Lokale: ": the label of the place's field.
_PLACE_FIELD = re.compile(r"(?:mødested|sted|lokale) ?:\s*(?=\S)", re.IGNORECASE)


#: "Referat - <X> Kommune", "<X> Kommune", "Region <X>": what a web page's title line writes
#: after the meeting's date: the kind of document and the site's owner, no place.
_SITE_TAIL = re.compile(
    r"^(?:(?:referat|dagsorden|beslutningsprotokol)\s*[-–|·]\s*)?"
    r"(?:(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)?\s+kommune"
    r"|region\s+(?-i:[A-ZÆØÅ])[\wæøå-]+)\.?$",
    re.I,
)


#: "tirsdag 18-01-2011 i 2. frikvarter, mødested: musiklokalet": the place's own label
#: closing the dated line, after what else the line says of the hour.
_PLACE_FIELD_AFTER = re.compile(r",\s*(?:mødested|sted):\s*(?P<place>[^\s,:][^,:]{1,60})$", re.I)


#: "Hent som PDF (412 KB)", "Download (1,2 MB)": a link to the document's file, its size in
#: brackets.
_FILE_LINK = re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*[kKM]B\)")


#: " kl. 19-21 (på Teams pga. corona)", " kl. 17.00 (Teams)": the hour (or what the date's
#: match left of it), then a bracket closing the dated line.
_BRACKET_AFTER_HOUR = re.compile(
    r"^\s*,?\s*(?:(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?)?"
    # (the hour may stand in the date's match already, its end after it: "-21 (…)")
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\((?P<inner>[^()]{2,80})\)\.?$",
    re.I,
)
#: What such a bracket says that is no place: the week, the kind of meeting, a change.
_NO_PLACE_IN_BRACKET = re.compile(
    r"^(?:uge|ekstra|ordinær|udsat|flyttet|ændret|aflyst|bemærk|obs|note|referat|dagsorden)\w*\b",
    re.I,
)


#: "(fysisk)", "(fysisk fremmøde)" closing a place: the meeting held there in person, no
#: part of the place's name.
_IN_PERSON = re.compile(r"\s*\((?:fysisk(?:t)?(?:\s+(?:møde|fremmøde))?|fremmøde)\)$", re.I)
#: "(skriftlig behandling - intet fysisk møde)", "(ikke fysisk møde)": a place field saying
#: that the meeting met nowhere (a written procedure, a meeting by mail).
_NO_MEETING_PLACE = re.compile(r"\b(?:intet|ikke|ingen)\s+fysisk(?:e)?\s+møde", re.I)


def _bracketed_place(inner: str) -> str | None:
    """The place a bracket after the meeting's hour names ("på Teams pga. corona" ->
    "Teams", "Teams", "i Kulturhuset, sal 2"): how the meeting was held, the preposition and
    the reason why are no part of it; None where the bracket says something else (a week,
    a change, a remark)."""
    if ":" in inner or _NO_PLACE_IN_BRACKET.match(inner):
        return None
    return _time_and_place(inner)[1]  # read as the rest of "Mødet holdtes …" is


def _place_after_date(text: str) -> str | None:
    """The place after the first date ``text`` holds (and its hours), if any."""
    dated = dates.find_date(text)
    return _place_after(text[dated.end :]) if dated else None


#: "Mødet afholdtes i …", "Mødet blev holdt kl. 19.00 i …" (a sentence giving place and time).
_HELD = re.compile(
    # ("Mødet blev pga. corona-restriktionerne holdt virtuelt på Teams …": why, before how)
    r"^mødet\s+(?:blev\s+)?(?:(?:pga\.|på\s+grund\s+af)\s+[\wæøå-]+\s+)?"
    r"(?:afholdes|afholdtes|afholdt|holdes|holdtes|holdt|"
    r"finder\s+sted|fandt\s+sted)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "tirsdag d. 8/10-24 ": a day and month with a two-digit year opening the rest of a "Mødet
#: blev holdt …" sentence (the weekday and "d." may be left out).
_HELD_SHORT_DATE = re.compile(
    r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:(?:den|d\.)\s*)?"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./-]\d{2})\b\s*",
    re.IGNORECASE,
)
#: "… . Mødet blev holdt tirsdag d. " right before a date: the sentence saying when and
#: where the meeting was held, opening after another sentence on the line.
_HELD_BEFORE_DATE = re.compile(
    # ("Konstituerende menighedsrådsmøde afholdt tirsdag den …": the kind of meeting, an
    # adjective perhaps before it, as the sentence's subject)
    r"(?:^|[.!]\s+)(?:mødet|(?:[a-zæøå]+\s+)?[a-zæøå-]*møde)\s+(?:blev\s+)?"
    r"(?:afholdes|afholdtes|afholdt|holdes|holdtes|holdt|"
    r"finder\s+sted|fandt\s+sted)\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
    r"\s+)?(?:(?:den|d\.)\s*)?$",
    re.IGNORECASE,
)
#: "Sted: …", "Til stede: …": a field's label opening a line, no sentence's rest.
_LABEL_FIRST = re.compile(r"^[\wæøåÆØÅ .-]{1,30}:(?:\s|$)")


def _held_sentence_rest(lines: list[Line], k: int, skip: set[int]) -> str | None:
    """The next line's text where ``lines[k]`` is a "Mødet blev holdt …" sentence
    (``_HELD``) that breaks off short of its end (after a comma or a word in small letters:
    the line wrapped) and the line right under it (no blank between) goes on with it: no
    field's label, no list's mark, no sentence of the meeting's own ("Mødet hævet kl.
    21.00" under "… i Byrådssalen"); else None."""
    text = lines[k].clean.rstrip()
    if not (text[-1:] == "," or text[-1:].islower()) or k + 1 >= len(lines):
        return None
    if _HELD.match(text) is None:
        return None
    below = lines[k + 1]
    rest = below.clean.strip()
    if below.blank or below.index in skip or not rest or below.heading_level:
        return None
    if not rest[:1].isalnum() or rest[:5] in ("Mødet", "MØDET") or _LABEL_FIRST.match(rest):
        return None
    return rest


#: "-21.30", " til ca. 12": the end of a span of hours (whole hours, the end after "til",
#: perhaps rough), after its start.
_SPAN_END = r"(?:\s*(?:[-–]|til\s)\s*(?:ca\.\s*)?\d{1,2}(?:[.:]\d{2})?)?"
#: "kl. 19.00-21.30", "fra kl. 10 til ca. 12" (whole hours, the end after "til"): the hours
#: in a "Mødet blev holdt …" sentence.
_CLOCK_SPAN = re.compile(
    rf"\b(?:fra\s+)?(?:kl\.?|klokken)\s*(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}}))?{_SPAN_END}"
    r"(?![\d.:]*\d)",
    re.I,
)
#: "Frederiksberg Alle 8, 4180 Sorø (med efterfølgende frokost)": the end of an address,
#: its postcode and town last (a remark in brackets may follow).
_ADDRESS_TAIL = re.compile(
    # ("… i mødelokale 3, Vestergade 12," / "3660 Lyngå": the postcode and town alone)
    r"^(?P<address>(?:[A-ZÆØÅ][^:;()]{0,60}?\b|(?=[1-9]))\d{4}\s+[A-ZÆØÅ][\wæøå.-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*)?)"
    r"\s*(?:\([^()]{1,60}\))?\.?$"
)
#: "Rådhuset, Torvegade 12, Nakskov.": the same tail without a postal code (an older typed
#: sentence of meeting): a building perhaps, a street and its number, the town last.
_STREET_TAIL = re.compile(
    r"^(?P<address>(?:[A-ZÆØÅ][\wæøå-]*(?:\s[\wæøå-]+){0,3},\s*)?"
    r"[A-ZÆØÅ][\wæøå.-]+(?:\s[A-ZÆØÅ][\wæøå.-]+)?\s+\d{1,3}[A-Za-z]?,\s*"
    r"[A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ][\wæøå-]+)?)\.?$"
)
#: "Kanalstræde 2.", "Sankt Laurentii Vej 87.": a street and its number alone closing a
#: typed sentence of meeting whose place wrapped after a comma (the town left unsaid).
_STREET_NUMBER_ALONE = re.compile(
    r"^(?P<address>[A-ZÆØÅ][\wæøå.-]+(?:\s[A-ZÆØÅ][\wæøå.-]+){0,2}\s+\d{1,3}[A-Za-z]?)\.?$"
)
#: "på Rådhuset, mødesalen" on the line under the date: the place.
#: "på Rådhuset", or a room and its address "i byrådssalen, Rådhusgade 2."
_PLACE_LINE = re.compile(
    r"^(?:på|i)\s+(?P<place>[A-ZÆØÅ].{1,100}|[a-zæøå][^,\s]{2,40},\s*[A-ZÆØÅ][^,]{1,60}\d\w*\.?"
    # "i udvalgsværelset, Them Rådhus.": a room (one word in lower case, a hall, room or
    # office by its ending) and the building it is in, capitalised, a few words
    r"|[a-zæøå][\wæøå-]{1,30}(?:salen|værelset|lokalet|stuen|kontoret|rummet),\s*"
    r"[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå.-]*){0,3}\.?"
    # "i mødelokalet på Holstebro Kunstmuseum, Lægårdvej 2.": the room in the house named
    # after it, the street after a comma
    r"|[a-zæøå][\wæøå-]{1,30}(?:salen|værelset|lokalet|stuen|kontoret|rummet)\s+på\s+"
    r"[A-ZÆØÅ][^,\n]{1,60},\s*[A-ZÆØÅ][^,\n]{1,60}\d\w*\.?"
    # "i mødelokale 2, Rådhuset, …" (ASCII "moedelokale"): a numbered room, then the house
    r"|(?:m(?:ø|oe)de)?lokale\s+\d[\w.]{0,8},\s*[A-ZÆØÅ].{1,80}"
    # "på rådhuset i Tarm": the town hall named in lower case, its town after it
    rf"|{_HOUSE_WORD}(?:\s+i\s+[A-ZÆØÅ][\wæøå-]+)?\.?)$"
)
#: "Mødet startede på Rådhuset, Torvegade 74, mødelokale 3, hvorefter …": the place the
#: meeting opened at (a board that goes on to see the sites), under the dated line.
_BEGAN_AT = re.compile(
    r"^Mødet\s+(?:startede|begyndte|indledtes|blev\s+indledt)\s+(?:på|i)\s+"
    r"(?P<place>[A-ZÆØÅ][^.\n]{1,100}?)(?:,\s+hvorefter\b|\.?$)"
)
#: "Lemvig Rådhus, Rådhusgade 2.": a place's rest under a sentence of meeting wrapped
#: after "på" or "i", capitalised, closing the sentence with its full stop.
_PLACE_REST = re.compile(r"^(?P<rest>[A-ZÆØÅ][^:;()]{1,70}?)\.$")
#: "kl. 10.00.", "kl. 19.30-22.00": a line that is the hour alone (a full stop may close it).
_HOUR_LINE = re.compile(r"^kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*\.?$", re.I)
#: A room and its building or address: "Byrådssalen, Kolding Rådhus" (no sentence).
_ROOM_LINE = re.compile(
    r"^(?:[A-ZÆØÅ][^:.;]{2,40},\s*[A-ZÆØÅ0-9][^:;]{1,60}"
    # "Regionshuset Viborg, lokale D3": the building, then the room in lower case
    # (also 'Skelbækvej 2, mødelokale "Kalvø"': the room's name in quotes; "Musikhuset
    # Vestby, sal 3": a hall's number)
    r"|[A-ZÆØÅ][^:.;]{2,40},\s*(?:(?:møde)?lokale|sal)\s+[\"“”]?[\w.]{1,12}[\"“”]?"
    # ("Idrætscentret, mødelokale 3 (1. sal)": the floor or a note on the room in brackets)
    r"(?:\s+\([^():;]{1,24}\))?"
    # "Greve Rådhus, direktionens mødelokale", "Rådhuset, store sal": the building, then a
    # room named in lower case by whose it is or what it is like
    r"|[A-ZÆØÅ][^:.;]{2,40},\s*(?:[a-zæøå][\wæøå-]*\s+){1,2}"
    r"(?:møde)?(?:lokale|sal(?:en)?|værelse(?:t)?)\b[^:;]{0,40}"
    # "Hanstholm Bibliotek, mødelokalet", "Kulturhuset, salen": the building, then its
    # room by the room's word alone in the definite form ("Brandstation Nord,
    # undervisningslokalet": a compound naming what the room is for; a note on how to
    # join in brackets after it)
    r"|[A-ZÆØÅ][^:.;]{2,40},\s*[a-zæøå]{0,20}(?:lokalet|salen|værelset)"
    r"(?:\s+\([^():;]{1,60}\))?"
    # "Mødelokale Brande Rådhus, lokale 12": a line that starts by naming a room ("Lokale
    # 3.14, Holbæk Rådhus, …": the room's number, with a dot, before the building)
    r"|(?:Mødelokale|Mødesal|Udvalgsværelse|Byrådssal|Rådhus|Lokale\s+[\w.]{1,8},)[^:;]{0,80})$"
)


_ROOM_FIRST = re.compile(r"^(?:Mødelokale|Mødesal|Udvalgsværelse|Byrådssal)")
#: "Online (Teams)", "Virtuelt via Zoom", "Microsoft Teams": a meta line's part naming the
#: meeting app the meeting was held in, its place (closing the fields after date and time).
_ONLINE_PART = re.compile(
    r"^(?:(?:online|virtuelt|digitalt|videomøde|online\s+møde)\s+"
    r"(?:\((?=[^()]+\)$)|(?:via|på|i|over)\s+))?"
    r"(?:Microsoft\s+)?(?:Teams|Zoom|Skype(?:\s+for\s+Business)?|Google\s+Meet|Webex)\)?$",
    re.I,
)
#: A street's name ("Valdemarsgade", "Rådhusvej").
_STREET = r"[A-ZÆØÅ][\wæøå-]*(?:gade|vej|torv|plads|allé|alle|stræde|boulevard|vænget|parken)"
#: "Valdemarsgade 43, …", "Rådhusvej 8, …": a street's name and its number opening a line.
_STREET_FIRST = re.compile(rf"^{_STREET}\s+\d{{1,4}}[A-Za-z]?,\s")
#: ", Valgårdsvej 4-8": a street and its number after a comma (the building named first).
_STREET_IN_PLACE = re.compile(rf",\s*{_STREET}\s+\d{{1,4}}(?:[A-Za-z]|-\d{{1,4}})?\b")
#: "Møde nr. 7", "møde nr. 9/2025", "7. møde": the meeting's number (perhaps with its
#: year) among a meta line's fields.
_MEETING_NUMBER = re.compile(
    r"^(?:møde\s+nr\.?\s*\d{1,3}(?:/(?:19|20)?\d{2})?|\d{1,3}\.\s*møde)$", re.I
)
#: " (KL-møde nr. 38)", " (møde nr. 4/2024)", " (7. møde)": the meeting's running number in
#: brackets after the body's name (the meeting's word perhaps compounded with the body's
#: short name).
_NUMBERED_IN_BRACKETS = re.compile(
    r"\s+\((?:[\w-]*møde\s+nr\.?\s*\d{1,3}(?:/(?:19|20)?\d{2})?|\d{1,3}\.\s*møde)\)$", re.I
)
#: "13.00–15.00", "kl. 9.00-11.30": a time span as a field of its own.
#: ("kl. 16-18": whole hours, the minutes left out where "kl." says a time)
_SPAN_FIELD = re.compile(
    r"^(?P<kl>kl\.?\s*)?(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d)|(?(kl)|(?!)))"
    r"\s*[-–]\s*\d{1,2}(?:[.:]\d{2}|(?(kl)|(?!)))$",
    re.I,
)
#: "kl. 15:00": the start alone as a field of a meta line (the word "kl." says a time).
#: Also "Start torsdag kl. 09.00", "Mødestart kl. 9.30": the start named (a seminar over
#: days saying on which of them it starts).
#: "14:00" alone between two middle dots ("Referat · tirsdag den 2. november 2021 · 14:00 ·
#: <room>"): an app's meta line writes the hour with a colon and no "kl." (a colon makes it
#: a clock, as "kl." does).
_BARE_CLOCK = re.compile(r"^(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)$")
_CLOCK_FIELD = re.compile(
    r"^(?:(?:møde)?start(?:er)?\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?)?"
    r"kl\.?\s*(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)$",
    re.I,
)


#: The bar between a meta line's fields, spaces on either side (read only where two or
#: more part three fields: "A | B" alone may be a title's parts).
_BAR_PARTED = re.compile(r"\s+\|\s+")


def _bar_parted_meta(text: str) -> bool:
    """A meta line parted by bars: three parts or more, or two whose first holds the date
    and the hour ("Møde den 09.04.2025 kl. 12.30 – 14.30 | <place>": an intranet page's)."""
    bars = len(_BAR_PARTED.findall(text))
    if bars >= 2:
        return True
    first = _BAR_PARTED.split(text, maxsplit=1)[0]
    return bars == 1 and "kl" in first and dates.find_date(first) is not None


#: The words that stamp a document with a day that is not the meeting's: when its minutes
#: went out or were approved, or the page was put up or changed (one list for a meta
#: line's field, ``_STAMP_FIELD``, and a line of its own, ``_SENT_STAMP``).
_STAMP_WORDS = (
    r"(?:udsendt|offentliggjort|publiceret|udgivet|godkendt|(?:senest\s+)?opdateret|rettet)"
)

#: "Godkendt 14.03.2025", "offentliggjort 02.05.2025": a meta line's field stamping the
#: document, no date of the meeting.
_STAMP_FIELD = re.compile(rf"^\s*{_STAMP_WORDS}(?:\s+(?:den|d\.))?\s*:?\s*\d", re.I)


def _stamp(part: str) -> dt.date | None:
    """The date of a meta line's field that is a stamp (``_STAMP_FIELD``) and its date alone
    ("Godkendt 14.03.2025"; not a byline, "Udgivet 16. februar 2025 af Lene"), else None."""
    if not _STAMP_FIELD.match(part):
        return None
    found = dates.find_date(part)
    return found.date if found is not None and found.end >= len(part.rstrip(" .")) else None


def _stamp_date(text: str) -> dt.date | None:
    """The date of the first stamp field of a line of fields parted by middle dots, else
    None."""
    return next(filter(None, map(_stamp, text.split(" · "))), None)


def _meta_fields(text: str) -> tuple[str, str | None]:
    """(the line without its meeting number, stamp and bare time span, the span's start) of
    a line of fields parted by middle dots; the line as it was when it has none of them."""
    parts = text.split(" · ")
    kept = [p for p in parts if not (_MEETING_NUMBER.match(p.strip()) or _stamp(p))]
    start = None
    for p in kept:
        m = (
            _SPAN_FIELD.match(p.strip())
            or _CLOCK_FIELD.match(p.strip())
            or (_BARE_CLOCK.match(p.strip()) if ":" in p else None)
        )
        if m:
            start = dates.hhmm(m.group("h"), m.group("m"))
            kept.remove(p)
            break
    return (" · ".join(kept), start) if kept and len(kept) < len(parts) else (text, None)


#: "Nykøbing F.", "Nykøbing M.": a town told apart by an initial, its dot part of the name,
#: also after the building it names ("Rådhuset Nykøbing F.", "Rådhuset i Nykøbing Sj.").
#: ("Mødelokale A." is a room's letter and the sentence's full stop.)
_INITIAL_END = re.compile(
    r"(?:^|,\s*)(?:(?![\wæøå]*(?i:lokale|sal|rum)\s)[A-ZÆØÅ][a-zæøå]+\s(?:i\s|på\s)?)?"
    r"(?![\wæøå]*(?i:lokale|sal|rum)\s)[A-ZÆØÅ][a-zæøå]+\s[A-ZÆØÅ][a-zæøå]?\.$"
)


#: "senest ", "inden ", "svarfrist ", "fristen er ": the words before a deadline's date
#: (its weekday and "den" part of the date).
_DEADLINE_LEAD = re.compile(
    r"\b(?:senest|inden|[a-zæøå]*frist(?:en)?(?:\s+(?:er|var))?:?)\s+$", re.I
)


def deadline_before(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` is a deadline ("… svarer senest onsdag den
    27. januar kl. 12.00", "med svarfrist 3. maj"): no meeting starts at its hour."""
    return _DEADLINE_LEAD.search(text, max(0, start - 24), start) is not None


#: "Forældrebestyrelsen – Dagtilbud Overlund": a body (one word or a few, ending in a
#: body's word) and, after a dash, the name of the workplace or institution it belongs to.
_DASHED_WORKPLACE = re.compile(
    rf"^(?P<body>(?-i:[A-ZÆØÅ])[\w-]*(?:{BODY_WORDS}))\s+–\s+"
    r"(?P<place>(?-i:[A-ZÆØÅ])[\w-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\w-]*)){0,4})$",
    re.IGNORECASE,
)


#: " (konstituerende møde)", " (ekstraordinært møde)": the kind of meeting in brackets
#: closing a title's body; also " (fællesmøde)", " (temamøde)" after the bodies in a forum
#: field ("Udvalg: <A> og <B> (fællesmøde)").
KIND_IN_BRACKETS = re.compile(
    # ("Dagsorden (åbent møde)": the meeting open to the public or closed, a kind as well)
    r"\s*\((?:(?:konstituerende|(?:ekstra)?ordinære?t?|åbent|lukket)\s+møde"
    r"|(?:fælles|dialog|tema)møde)\)$",
    re.I,
)
#: "Tillægsdagsorden", "SUPPLERENDE DAGSORDEN" alone on a line.
_SUPPLEMENT_ALONE = re.compile(r"^\s*(?:tillægsdagsorden|supplerende\s+dagsorden)\s*$", re.I)
#: "Åben dagsorden", "Offentlig dagsorden" alone on a line: the open part of an agenda, or,
#: among the page's first lines, the agenda itself (its closed items listed by title only).
_OPEN_AGENDA_ALONE = re.compile(r"^(?:åben|åbent|offentlig)\s+dagsorden\s*:?$", re.I)
#: "Byrådet – ordinært møde", "Økonomiudvalget – ekstraordinært møde", "Byrådet -
#: Konstituerende møde": a body, a dash (en, em or a hyphen) and the kind of its meeting.
_ORDINARY_MEETING = re.compile(
    # ("Plan- og Miljøudvalget – ordinært møde", "Udvalget for Klima og Natur – …": a
    # body of several words)
    rf"^(?P<body>(?-i:[A-ZÆØÅ])(?:[\w-]*[ ]){{0,4}}[\w-]*(?:{BODY_WORDS})"
    # ("Byrådet, konstituerende møde": a comma in the dash's place)
    r"|Udvalget\s+for\s+[^,:–]{3,60}?)(?:\s+[–—-]|,)\s+"
    # ("Byrådet - Konstituerende møde", "Regionsrådet – konstituerende møde": the meeting
    # after an election, the body the same)
    rf"(?:{_MEETING_KIND}\s+møde"
    # ("Udvalget for Teknik og Miljø – skriftlig behandling", "Økonomiudvalget – telefonmøde",
    # "… – mailafstemning": a meeting held without meeting, the body the same)
    r"|skriftlig\s+behandling|(?:telefon|video|e-?mail|mail|online)-?møde"
    r"|(?:e-?mail|mail|skriftlig)\s*-?afstemning"
    # ("Byrådet – Temamøde", "Kommunalbestyrelsen – Budgetseminar 2025-2028": a gathering
    # of the body's own, the budget years it is about after it)
    r"|(?:(?:tema|budget|strategi|dialog)?(?:møde|seminar|internat)|temadrøftelse)"
    r"(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?)$",
    re.IGNORECASE,
)


def _dashed_workplace(text: str) -> str | None:
    """ "<Body>, <place>" for a line "<Body> – <place>" (see ``_DASHED_WORKPLACE``); not
    where the part after the dash says what the document is, names a municipality or a
    meeting ("Byrådet – Referat", "Økonomiudvalget – Ekstraordinært møde")."""
    m = _DASHED_WORKPLACE.match(text)
    if m is None:
        return None
    place = m.group("place")
    words = place.lower().split()
    if _KIND_WORD.match(place) or "kommune" in words or any(w.startswith("møde") for w in words):
        return None
    return f"{m.group('body')}, {place}"


#: ", kl. 9.00-12.00" closing a place field: the meeting's time written after its place.
_TIME_AFTER_PLACE = re.compile(
    # ("Sted: <centre>, mødelokalet. Kl. 19.30": the hour a sentence of its own)
    r"[,.]\s*(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\.?$",
    re.I,
)


def _place_again(line: str, place: str) -> bool:
    """``line`` is the known ``place`` or its first comma-parted parts ("Rådhuset, mødesal
    1" of "Rådhuset, mødesal 1, Kirkevej 7, 2791 Dragør"), a full stop after it or not."""
    line = line.rstrip(" .")
    return place == line or place.startswith(line + ",")


#: "Hybrid: ", "Hybridmøde: ": the kind of meeting as a label before its place.
_HYBRID_LABEL = re.compile(r"^hybrid(?:møde|t\s+møde)?\s*:\s*", re.I)


def _place_text(text: str) -> str:
    """A place as written, without the spaces and the full stop closing its line (the
    dot of a town's initial, "Nykøbing F.", stays), nor the municipality in brackets after
    it ("…, 8444 Balle (Norddjurs Kommune)": the municipality is a fact of its own)."""
    text = text.strip()
    if text[:3].lower() == "hyb" and (hybrid := _HYBRID_LABEL.match(text)) and text[hybrid.end() :]:
        # "Hybrid: Mødesal 2 / Zoom": how the meeting is held, as "som hybridmøde: …" in a
        # sentence, is no part of the place after it
        text = text[hybrid.end() :]
    if text[:2] == "i " and "," in text:
        # "i byrådssalen, Randers Rådhus" alone under the dated line: the sentence's
        # preposition (the place the meeting was held in) is no part of the place
        text = text[2:].lstrip()
    held = _HELD.match(text) if text[:5] == "Mødet" else None
    if held:
        # "Mødet blev holdt på Tønder Rådhus, …": the sentence's lead is no part of the place
        text = re.sub(r"^(?:i|på)\s+", "", held.group("rest"))
    remark = _REMARK_BRACKET.search(text) if held and text[-1:] == ")" else None
    if remark and any(c.isdigit() for c in text[: remark.start()]):
        # "Mødet blev holdt på …, Kongevej 57, lokale 110 (indgang B, handicapvenlig)": a
        # remark on the way in after a place already named to its room or number, in a
        # sentence (a field's bracket, "Frederiksgade 9, Haslev (byrådssalen)", "…,
        # mødelokale 3 (og Skype)", is the place's own: the room, how to join)
        text = text[: remark.start()]
    if ". " in text and (sentence := _NEXT_SENTENCE.search(text)):
        # "…, Springvandspladsen 5. Afbud fra direktør for …": the place's sentence ends
        text = text[: sentence.start()]
    if text.endswith("Kommune)"):
        text = _MUNICIPALITY_BRACKET.sub("", text)
    if ("·" in text or "|" in text) and (note := _RECORDING_NOTE.search(text)):
        # "…, Køgevej 80, Roskilde · Recorded and transcribed": the meeting app's note that
        # the meeting was recorded, after the place, no part of it
        text = text[: note.start()]
    if " – " in text or " — " in text or " - " in text:
        # "…, Rådhuset, mødelokale 1 — Referat": a portal's meeting line naming the kind of
        # document after the place, no part of it
        text = _KIND_AFTER_PLACE.sub("", text)
    if "kl" in text[-24:].lower():
        # "i Amtsgården, Viborg, kl. 13.00.": the hour after the place (an old protocol's
        # sentence of meeting), no part of it
        text = _TRAILING_CLOCK.sub("", text)
        if verb := _HOUR_VERB_AFTER.search(text):
            # "… i Byrådssalen, Vestby Rådhus, og sluttede kl. 21.40.": the sentence's
            # second verb, its hour taken off above, no part of the place
            text = text[: verb.start()]
    return text if _INITIAL_END.search(text) else text.strip(" .")


#: " · Recorded and transcribed", " | Optaget og transskriberet", " · Transskription
#: tilgængelig": a meeting app's (Teams, Zoom) note on the recording, a part of its own after
#: the place.
_RECORDING_NOTE = re.compile(
    r"\s+[·|]\s+(?:(?:recorded|recording|transcribed|transcript|optaget|optagelse|"
    r"transskriberet|transskription)\b[^·|]*)$",
    re.I,
)
#: " — Referat", " – Dagsorden": the kind of document after a dash, closing a place's text.
_KIND_AFTER_PLACE = re.compile(rf"\s+[—–-]\s+(?:{_DOC_WORD}|dagsorden)\s*$", re.I)
#: " (besigtigelser fra kl. 14.30)", " (frokost kl. 12.00-12.30)": a bracket holding an hour,
#: closing a place's text.
_CLOCK_BRACKET = re.compile(r"\s+\([^()]*\b(?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}\b[^()]*\)$", re.I)
#: ", kl. 13.00", " kl. 14.00-16.00", ". Kl. 19.30": the hour closing a place's text.
_TRAILING_CLOCK = re.compile(
    # (", fra kl. 10 til ca. 12.": whole hours, the end after "til" and perhaps rough)
    rf",?\s*\b(?:fra\s+)?(?:kl\.?|klokken)\s*\d{{1,2}}(?:[.:]\d{{2}})?{_SPAN_END}\s*\.?$",
    re.I,
)


#: ". Afbud fra …": a full stop after a word or number (not a town's initial, "Nykøbing
#: F.") and a new sentence (a capitalised word, then a word in lower case); also ". Afbud:
#: Kultur og Fritid." (a field's label and its colon after the place's sentence).
_NEXT_SENTENCE = re.compile(
    r"(?:(?<=\d)|(?<=[\wæøå]{2}))\.\s+(?=[A-ZÆØÅ][a-zæøå]+(?:\s+[a-zæøå]|:\s))"
)
#: " (indgang B, handicapvenlig)": a remark in brackets, in lower case, closing a place (not
#: the room itself, "(lokale 2)", nor a house or street in capitals, "(Prinsens Allé 5)").
_REMARK_BRACKET = re.compile(
    r"\s+\((?!(?:møde)?lokale|lok\.|sal\b|rum\b|mødesal)[a-zæøå][^()]{2,60}\)$"
)
_MUNICIPALITY_BRACKET = re.compile(r"\s*\((?:[A-ZÆØÅ][\w-]*\s+){1,2}Kommune\)$")


#: The host named after the place of a body several municipalities share, who lends its
#: rooms: "… (vært: Odense Kommune)", "… (Vejle Kommune er vært)", "… – Kolding Kommune er
#: vært, morgenmad fra kl. 8.00", "…. Vært: Næstved Kommune": who hosts, no part of the place.
HOST_REMARK = re.compile(
    r"\s*\((?:vært\s*:|[^()]*\s(?:er|var)\s+vært\b)[^()]*\)$"
    r"|\s+[–—-]\s+[^–—()]*?\s(?:er|var)\s+vært\b.*$"
    r"|(?<=[\w.])[.,;]?\s+vært\s*:.*$",
    re.I,
)


def without_host(place: str) -> str:
    """The place without the host named after it (``HOST_REMARK``), else as it was."""
    return HOST_REMARK.sub("", place) or place


def _place_under_date_field(lines: list[Line], at: int, skip: set[int]) -> int | None:
    """The position of the meeting's place written with no label on the line right under
    the date field ("Mødedato: tirsdag 11/3 2025, kl. 8.30" / "Rådhuset, Adelgade 44,
    lokale D1": a page header's title block), else None. The line must name a place as a
    title block does (:func:`_room`) with an address's or a room's number in it, or open
    with a room's word: a list of names under the date is no place."""
    k = at + 1
    if k >= len(lines) or lines[k].blank or lines[k].index in skip:
        return None
    text = lines[k].clean.strip()
    if not _room(text) or _names_list(text):
        return None
    if not (any(ch.isdigit() for ch in text) or _ROOM_FIRST.match(text)):
        return None
    return k


def _room(text: str) -> bool:
    """A line of the title block naming the meeting's place ("Byrådssalen, Kolding
    Rådhus"), not a field, a body or a contents heading."""
    return bool(_ROOM_LINE.match(text)) and not (
        _field_match(text) or looks_like_body(text) or _TOC_HEAD.match(text)
    )


#: The words that carry a title on after a lone "PROTOKOL" / "Referat" line.
_TITLE_REST = re.compile(r"^(?:af|fra|for|til)\s+\S", re.I)
_WEEKDAY_END = re.compile(
    r"(?:\b(?:man|tirs|ons|tors|fre|lør|søn)dag(?:\s+(?:den|d\.))?)?\s*$", re.I
)
#: "Handicaprådets ordinære møde", "Ældrerådets møde": the body in the genitive (its name
#: the body's word alone too: "Borgerrepræsentationens møde", "Magistratens møde").
_GENITIVE_MEETING = re.compile(
    rf"^(?P<body>(?=[A-ZÆØÅ])[^:]{{0,61}}?(?:{BODY_WORDS}))s\s+"
    r"(?:(?:ekstra)?ordinære\s+|konstituerende\s+)?møde$",
    re.I,
)


def _genitive_meeting_before(text: str) -> bool:
    """Whether ``text`` (what stands before a date) is a body's meeting in the genitive
    and a weekday ("Borgerrepræsentationens møde torsdag den")."""
    before = _WEEKDAY_END.sub("", text).strip(" ,–-·")
    titled = _DOC_OF.match(before)
    if titled:
        # "REFERAT" / "af byrådets ordinære møde tirsdag den …": the title's word over the
        # body's meeting, the body named by its common noun in small letters
        before = before[titled.end() :]
    m = _GENITIVE_MEETING.match(before) if len(before) <= 70 else None
    # (the body's name: capitalised words and their joins, not a covering letter's
    # sentence "Hermed fremsendes referat af Ældrerådets møde …")
    return m is not None and (
        (titled is not None and " " not in m["body"])
        or all(w[:1].isupper() or w in _NAME_JOINS or w[-1:] in "-," for w in m["body"].split())
    )


#: "Referat af ", "REFERAT fra ": the document's word and what it is of, opening a title.
_DOC_OF = re.compile(rf"^{_DOC_WORD}\s+(?:af|fra)\s+", re.I)


#: Small words inside a body's name ("Børne- og Ungdomsudvalget", "Udvalget for Kultur").
_NAME_JOINS = frozenset({"og", "for", "i", "til", "under", "&"})


#: "… pga. forsamlingsbegrænsningerne", "…, da rådhuset ombygges": why the meeting was
#: held there.
_REASON = re.compile(r"\s*,?\s+(?:pga\.|på\s+grund\s+af|grundet|da|fordi)\s.*$", re.I)


#: "virtuelt", "online": how a meeting is held, before the place it is held on ("på Teams").
#: ("Mødet holdt virtuelt (Teams) pga. …": the platform in brackets after how it is held)
#: ("Mødet blev holdt som virtuelt møde via Microsoft Teams på grund af …": how, as a kind
#: of meeting, then the platform after "via" or "over")
_HOW_HELD = re.compile(
    r"^(?:som\s+(?:et\s+)?)?(?:virtuelt|online|digitalt|elektronisk)(?:\s+møde)?\s+"
    r"(?=(?:i|på|via|over)\s|\([A-ZÆØÅ][^()]{1,40}\)(?:\s|$))",
    re.I,
)


#: "Teams . Svendborg Kommune var vært …": a word's full stop (the hours taken out before
#: it) and a sentence of three words or more after it.
_SENTENCE_AFTER = re.compile(r"(?<=[a-zæøå]{3})\s*\.\s+(?=[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){2})")


#: "som videomøde (Microsoft Teams)", "som telefonmøde": a meeting held at a distance, the
#: kind of meeting (and its platform in brackets) all there is of a place; not "som et
#: ekstraordinært møde" (a kind of meeting held somewhere).
_HELD_AS_REMOTE = re.compile(
    r"^som\s+(?P<place>(?:video|telefon|online|net|skype|teams|zoom|fjern)-?møde"
    r"(?:\s+\([^()]{2,60}\))?)\s*\.?$",
    re.I,
)


#: "som virtuelt møde (Teams).", "som et online møde (Zoom)": a meeting held at a distance
#: told in two words, the platform in brackets closing the sentence (followed by a reason,
#: "(Teams) pga. …", the platform alone is read, see ``_HOW_HELD``).
_HELD_AS_VIRTUAL = re.compile(
    r"^som\s+(?:et\s+)?(?P<place>(?:virtuelt|online|digitalt)\s+møde\s+\([^()]{2,60}\))\s*\.?$",
    re.I,
)


#: "som hybridmøde: ", "som et fysisk møde: ": the kind of meeting before a colon and the
#: place (a name, in capitals) after it.
_KIND_THEN_PLACE = re.compile(r"^som\s+(?:et\s+)?[\wæøå-]*møde\s*:\s*(?=(?-i:[A-ZÆØÅ]))", re.I)


def _time_and_place(rest: str) -> tuple[str | None, str | None]:
    """(start, place) from the rest of a "Mødet afholdtes …" sentence."""
    start = None
    m = _CLOCK_SPAN.search(rest)
    if m:
        start = f"{int(m.group('h')):02d}:{m.group('m') or '00'}"
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if rest.lstrip()[:3].lower() == "som" and (virtual := _HELD_AS_VIRTUAL.match(rest.strip())):
        # "Mødet blev holdt som online møde (Zoom).": the kind of meeting and its platform
        # in brackets, all there is of a place, as "som videomøde (Zoom)" is
        return start, virtual.group("place")
    # "Mødet holdes virtuelt på Teams": how it is held, then where
    rest = _HOW_HELD.sub("", rest.strip())
    if rest[:3].lower() == "som":
        # "Mødet blev holdt som hybridmøde: Rådhuset, lokale 2 og via Teams": the kind of
        # meeting, then its place after a colon
        rest = _KIND_THEN_PLACE.sub("", rest)
    rest = re.sub(r"^\s*(?:i|på|via|over)\s+", "", rest)
    # "på Teams pga. forsamlingsbegrænsningerne": the reason is no part of the place
    rest = _REASON.sub("", rest)
    if "." in rest and (sentence := _SENTENCE_AFTER.search(rest)):
        # "… på Teams kl. 8.00-9.30. Svendborg Kommune var vært …": the next sentence (the
        # hours taken out of the place's) is no part of it
        rest = rest[: sentence.start()]
    if rest[:1] == "(" and rest[-1:] == ")" and rest.count("(") == 1:
        rest = rest[1:-1]  # "(Teams)": the platform alone, its brackets no part of it
    if rest[:3].lower() == "som" and (remote := _HELD_AS_REMOTE.match(rest)):
        # "Mødet blev afholdt som videomøde (Microsoft Teams) …": held at a distance, the
        # kind of meeting and its platform the place, as ", afholdt som videomøde (…)"
        # after a dated title is
        return start, remote.group("place")
    place = re.sub(r"[\s,.]+$", "", re.sub(r"\s*,\s*(?:,\s*)+", ", ", rest)).strip(" ,")
    if " og " in place and (verb := _HOUR_VERB_AFTER.search(place)):
        # "Mødet blev holdt i Regionshuset, …, Sorø, og begyndte kl. 17.00.": the sentence's
        # second verb, its hour taken out above, no part of the place
        place = place[: verb.start()].rstrip(" ,")
    if place[:1].islower() and (room := _PLACE_AFTER.match(f" i {place}")):
        # "Mødet afholdt i mødesalen, Nordborg Rådhus, …": a room in lower case, then the
        # house, as after a dated title
        return start, room.group("place")
    return start, (place if place[:1].isupper() and len(place) <= 120 else None)


#: ", og begyndte", " og sluttede": the verb of a meeting's hour closing the place its
#: sentence names first ("… i <place>, og begyndte kl. 17.00"), the hour taken out.
_HOUR_VERB_AFTER = re.compile(
    r",?\s+og\s+(?:begyndte|startede|sluttede|hævedes|blev\s+hævet|påbegyndtes|sluttes)$", re.I
)


#: "Kl. 9.00-12.00, direktionens mødelokale, Egevang 2": the time (and the place) alone.
#: ("Møde kl. 08.15 i Udvalgsværelse 1, …": the meeting's word before it, under a header
#: that gave the date; "Referat af møde kl. 17.00-19.00, Hørsholm Rådhus, …": the kind of
#: document before it, the date on a line above)
_CLOCK_LINE = re.compile(
    # ("Møde nr. 14, kl. 08.00": the meeting's number before it, a staff's running count)
    # ("Mødet kl. 9.15-11.30 i Ørbækvej 100", "Mødet afholdes kl. 13 på Teams": the meeting
    # named as a sentence's subject, the hours and the place after it)
    r"^(?:møde(?:t\s+(?:(?:af)?hold(?:es|tes)\s+)?|\s+)(?:nr\.?\s*\d{1,3}\s*,?\s*)?"
    r"|(?:referat|dagsorden)\s+(?:af|fra|for)\s+møde[nt]?\s+)?"
    + dates.clock_time("m")
    # ("kl. 9.30 - 12.00 i Mødelokale C, …": the place after "i", no comma)
    # ("Kl. 9.00 på Teams": an online meeting's place after "på")
    # ("Kl. 13.00 til ca. 15.30 i Kantinen, …": the end after "til", perhaps roughly)
    + r"(?:\s*[-–]\s*\d{1,2}[.:]\d{2}|\s+til\s+(?:ca\.\s*)?\d{1,2}[.:]\d{2})?"
    + r"\s*(?:(?:,\s*|(?<=\s)(?:i|på)\s+)(?P<place>\S.{1,100}?))?"
    # ("… Thisted (NB ændret lokale)": a note to the reader after the place, no part of it)
    + r"(?:\s+\((?:NB|OBS)\b[^()]*\))?$",
    re.I,
)
#: "18:30 - 21:05", "18.30-21.05": the meeting's hours alone on a line with no label and
#: no "kl." (a web page's header with an icon for each line), start and end; a lone time
#: under the date is no start (OneNote's stamp of when the page was made, "08:41").
_HOURS_ALONE = re.compile(r"^(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)\s*[-–]\s*\d{1,2}[.:]\d{2}$")
#: "Start kl. 18:00, slut kl. 21:10", "Mødestart kl. 9.30", "Mødet startede kl. 16.00 og
#: sluttede kl. 18.10": the start named by its word, no colon, the end maybe after it;
#: "Mødet begyndte kl. 17.00 i Kommunalbestyrelsens mødesal, Søtofte 10, Tranebjerg": the
#: place after "i" (a council's minutes say when and where the meeting began).
_START_LINE = re.compile(
    # ("Mødet påbegyndt kl. 19.00.": a typed protocol's participle, the verb left out)
    # ("Mødet blev indledt kl. 15.00 i <place>.": the opening recorded in those words)
    r"^(?:møde)?(?:start|mødet\s+(?:(?P<past>start(?:ede)|begynd(?:te)|(?:på)?begyndt(?:es)?"
    r"|blev\s+indledt|indledtes"
    # ("Mødet blev åbnet kl. 16.00 af borgmesteren i <place>": the chair opened it)
    r"|blev\s+åbnet|åbnedes)"
    r"|starter|begynder))"
    # ("Mødet startede: 16:00 Mødet sluttede: 18:35": each written as a label and its hour)
    # ("Mødet startede 15.05.": the past tense records the hour, "kl." left out)
    r"(?:\s+(?:(?:først|derfor)\s+)?(?:kl\.?|klokken)|(?<=e):|(?<=[dt]e)\s+(?=\d))\s*"
    r"(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)"
    r"(?:(?:\s*(?:,|og|[-–])\s*|\s+mødet\s+)(?:møde)?slut(?:tede|ter)?"
    r"(?:\s+(?:kl\.?|klokken)|(?<=e):)\s*\d{1,2}[.:]\d{2})?"
    # ("Mødet startede kl. 9.20 (planlagt kl. 9.00), da …": the hour planned in brackets
    # after the hour it began, the planned one the header's field gave)
    r"(?:\s*\((?:planlagt|berammet|indkaldt|oprindeligt|i\s+stedet\s+for)\b[^()]{0,30}\))?"
    # ("… kl. 16.00 af formanden i <place>": who opened it, before the place)
    r"(?:\s+af\s+(?!hensyn\b)[^\W\d_][^,.]{0,60}?(?=\s+i\s+(?-i:[A-ZÆØÅ])|\.?$))?"
    # ("Mødet startede kl. 16.00 · Byrådssalen, Rådhuset": a meta line's place after a
    # middle dot or a bar, no "i"; "Mødet begyndte kl. 10.00 på Vestby Rådhus, …": or "på"
    # before a name in capitals, not "på grund af")
    r"(?:(?:\s+i|\s+[·|]|\s+på(?=\s+(?-i:[A-ZÆØÅ])))\s+(?P<place>[A-ZÆØÅ].{1,100}?))?"
    # ("Mødet startede kl. 16.20 på grund af forsinket tog": why it started late)
    r"(?:,?\s+(?:på\s+grund\s+af|pga\.?|grundet|da|idet|fordi|efter)\s+\S.*)?\.?"
    # ("Mødet påbegyndt kl. 19.00. Samtlige medlemmer var til stede.": who came, after it;
    # its capital opens it: "… mødelokale 4 (2. sal)." is the place's floor)
    r"(?:(?<=\.)\s+(?-i:[A-ZÆØÅ])[^.]*\.)?$",
    re.I,
)
#: ", 9.00-11.30" closing a date field's value: the start written without "kl.".
_HOUR_AFTER_DATE = re.compile(
    r",\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*$", re.I
)
#: ("Mødetid: Kl. 8,30 – 11,15": a comma between the hour and its minutes, as in a decimal)
_BARE_TIME = re.compile(r"^\s*(?:kl\.?\s*)?([01]?\d|2[0-3])[.:,]([0-5]\d)\b", re.I)
#: "15", "kl. 9": a whole hour alone as a start field's value ("Mødestart: 15"; a start's
#: label says the figure is an hour, which "Tid: 15" would not).
_WHOLE_HOUR_VALUE = re.compile(r"^(?:kl\.?\s*)?([01]?\d|2[0-3])$", re.I)
_START_KEYS = frozenset({"mødestart", "start", "starttid", "starttidspunkt"})


#: "Udsendt den 7. marts 2024", "Offentliggjort 26-09-2014", "Godkendt: 18.04.2018": a line
#: stamping the document (``_STAMP_WORDS``), a day that is not the meeting's.
_SENT_STAMP = re.compile(
    # ("Referatet godkendt den 16. maj 2022": the document named first)
    # ("Dagsorden udsendt: 6. maj 2025": the document named without its article, a colon)
    r"^(?:(?:referat(?:et)?|dagsorden(?:en)?|protokol(?:len)?)\s+(?:er\s+|blev\s+)?)?"
    rf"{_STAMP_WORDS}\s*(?::\s*|\s+(?:den\s+|d\.\s*)?)\d",
    re.I,
)


def _sent_stamp(text: str) -> bool:
    """Whether the line is such a stamp (``_SENT_STAMP``), its first letter tested first."""
    return text[:1] in "UuOoGgRrDdPpSs" and _SENT_STAMP.match(text) is not None


#: A written procedure's deadline for the answers and the day its decisions were made.
_DEADLINE_KEYS = ("svarfrist", "besvarelsesfrist")
_DECIDED_KEYS = ("beslutningsdato", "afgørelsesdato")

#: Fields whose value is the meeting's date (and maybe time).
_DATE_KEYS = ("dato", "mødedato", "mødetidspunkt", "starttidspunkt", "meeting date")


def _place_and_time(head: Header, value: str) -> None:
    """A field of both place and time, "Sted/tid: <place> / tirsdag 7/11-2017, kl. 15.00"
    or "Tid og sted: 3. maj 2023 kl. 16.00, <place>": the parts apart (a slash or a
    semicolon between them, else the place before the date or after the time)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|;\s*", value) if p.strip()]
    if len(parts) == 1:
        found = dates.find_date(value)
        if found is None:
            head.location = head.location or value
            return
        before = value[: found.start].strip(" ,–-")
        after = _place_after(value[found.end :])
        parts = [before, value[found.start :]] if before else [value[found.start :]]
        if after:
            parts.append(after)
    for part in parts:
        d, t = _date_and_time(part)
        if d is None and t is None and not _BARE_TIME.match(part):
            head.location = head.location or part
            continue
        head.date = head.date or d
        bare = _BARE_TIME.match(part) if t is None else None
        head.start_time = (
            t or (dates.hhmm(bare.group(1), bare.group(2)) if bare else None) or (head.start_time)
        )


#: The second column's head of a member table listed by municipality ("Kommune | Deltager",
#: "Kommune | Medlemmer"): read as a "Kommune:" field it names no municipality.
_MEMBER_COLUMNS = frozenset(
    {"deltager", "deltagere", "medlem", "medlemmer", "navn", "repræsentant", "repræsentanter"}
)


#: "Styregruppe for … (Aalborg Kommune, Skole- og Kulturforvaltningen)": the owner named in
#: brackets after a forum field's body (a wiki page's table of the meeting's fields).
_OWNER_IN_BRACKETS = re.compile(r"\s+\((?P<owner>[^()]*\bKommune\b[^()]*)\)$")
#: "Middelfart Kommune, Natur & Miljø": a municipality field's name, then its department.
_DEPARTMENT_AFTER = re.compile(r"^(?P<name>[^,]+?\bKommune)\s*,\s*\S")


def _field(head: Header, key: str, value: str) -> None:
    if key in ("udvalg", "forum", "mødeforum", "organ", "møde i"):
        owner = _OWNER_IN_BRACKETS.search(value) if value[-1:] == ")" else None
        # (the owner in brackets is the municipality's to name, no part of the body's name)
        head.forum = value[: owner.start()] if owner else value
    elif key in _DECIDED_KEYS:
        d, _ = _date_and_time(value)  # (a written procedure's day of decision, no hour)
        head.date = d or head.date
    elif key in _DEADLINE_KEYS:
        # the deadline's day is the meeting's (the date the case was sent out is not); its
        # hour closes the answers, no meeting starts then
        d, _ = _date_and_time(value)
        head.date = d or head.date
    elif key in _DATE_KEYS:
        d, t = _date_and_time(value)
        if d:
            head.date = d
            if head.location is None and "," in value and ": " not in value:
                # "Mødedato: Tirsdag d. 4/3-2025, kl. 13-15.15, Rådhuset …, lokale 2.14": the
                # place after the date and the hours in the date's field (a "Sted:" field
                # read later still names it)
                head.location = _place_after_date(value)
            if (
                head.location is None
                and t
                and value[-1:] == ")"
                and (where := _PLACE_IN_BRACKETS.search(value))
            ):
                # "Dato: torsdag 18/11 2021, kl. 13-15 (Teams + mødelokale …)": the place in
                # brackets after the hours, as in a "Møde:" field
                head.location = where.group("place")
        elif key != "dato" and key != "mødedato" and (bare := _BARE_TIME.match(value)):
            t = t or dates.hhmm(bare.group(1), bare.group(2))  # "Mødetidspunkt: 8.15"
        head.start_time = t or head.start_time
    elif key in ("sted/tid", "tid/sted", "tid og sted", "sted og tid"):
        _place_and_time(head, value)
    elif key in _TIME_FIELD_KEYS:
        # "Tidspunkt: 16.00 - 18.00": a time field may write the hour with a dot, no "kl."
        # "Tidspunkt: Torsdag 5. februar 2026, kl. 17:00": or hold the date as well.
        d, t = _date_and_time(value)
        if d:
            head.date = d
            if t is None and key == "hvornår":  # "21.01.25, 9.00-11.30": the hour bare
                bare = _HOUR_AFTER_DATE.search(value)
                t = dates.hhmm(bare.group(1), bare.group(2)) if bare else None
            head.start_time = t or head.start_time
            return
        bare = _BARE_TIME.match(value)
        start = dates.parse_time(value) or (
            dates.hhmm(bare.group(1), bare.group(2)) if bare else None
        )
        if start is None and key in _START_KEYS and (whole := _WHOLE_HOUR_VALUE.match(value)):
            start = dates.hhmm(whole.group(1), None)  # "Mødestart: 15": the whole hour alone
        head.start_time = start or head.start_time
    elif key in (
        "sted",
        "hvor",
        "mødested",
        "mødelokale",
        "mødeafholdelse",
        "lokale",
        "adresse",
        "location",
        "lokation",
    ):
        if value[-1:] == ")" and "kl" in value.lower():
            # "…, mødelokale 2 (besigtigelser fra kl. 14.30)": the day's programme in
            # brackets after the place, an hour in it (an inspection on the spot, a tour,
            # lunch), no part of the place nor the meeting's start
            value = _CLOCK_BRACKET.sub("", value)
        timed = _TIME_AFTER_PLACE.search(value) if "kl" in value or "Kl" in value else None
        if timed:
            # "Sted: Lokale B.3.08, kl. 9.00-12.00": the meeting's time after its place
            head.start_time = head.start_time or dates.parse_time(timed.group(0))
            value = value[: timed.start()]
        value = venue_change_off(value)  # '<place> NYT MØDESTED – …': the note off
        if value[:1] == "(" and "fysisk" in value and _NO_MEETING_PLACE.search(value):
            value = ""  # "(skriftlig behandling - intet fysisk møde)": held nowhere
        elif value[-1:] == ")" and (in_person := _IN_PERSON.search(value)):
            value = value[: in_person.start()]  # "<place> (fysisk)": met there, not online
        head.location = value or None
    elif key in ("mødetype", "dokument", "dokumenttype"):
        # "Mødetype: Referat" / "Mødetype: Dagsorden": the kind of document the portal
        # published; "Ordinært møde" says nothing the tables hold ("dokument: Referat": a
        # markdown export's front matter says it so)
        if re.match(rf"^(?:{_DOC_WORD}|dagsorden)\.?$", value, re.I):
            head.document_type = head.document_type or _kind(value)
    elif key in ("dagsorden", "referat"):
        # "Dagsorden<TAB>Ordinært møde": the label is the document's kind
        head.document_type = head.document_type or _kind(key)
    elif key == "møde":
        if re.match(rf"^{_DOC_WORD}$", value, re.I):
            head.document_type = _kind(value)
            return
        d, t = _date_and_time(value)  # "Møde: 10.05.2017 kl. 16:00": the meeting's when
        if d is None and head.forum is None and looks_like_body(value):
            # "Møde<TAB>Tværgående netværk for digitalisering": a header table's first row
            # names the body that meets, its date in a row of its own ("Koncernledelsen
            # (KL-møde nr. 38)": the meeting's running number in brackets after it, no part
            # of the body's name)
            head.forum = _NUMBERED_IN_BRACKETS.sub("", value) if value[-1:] == ")" else value
            return
        if d:
            head.date = head.date or d
            head.start_time = head.start_time or t
            where = _PLACE_IN_BRACKETS.search(value) if t and value.endswith(")") else None
            if where and head.location is None:
                # "Møde: torsdag 5. juni 2025, 14:00–15:30 (Teams)": the place after the time
                head.location = where.group("place")
            after = _PLACE_AFTER_SPAN.search(value) if t and where is None else None
            if after and head.location is None:
                # "Møde: 31/3-2025 kl. 10.00-11.00, Teams": the place after the time, a comma
                head.location = after.group("place")
    elif key == "kommune":
        if value.casefold().rstrip(":") not in _MEMBER_COLUMNS:
            # ("Kommune<TAB>Deltager" over "Aarhus<TAB>Borgmester …": a member table's
            # column heads, the members listed by municipality, no field)
            department = _DEPARTMENT_AFTER.match(value) if "," in value else None
            # ("Middelfart Kommune, Natur & Miljø": the department after the name is no part
            # of the municipality's name)
            head.municipality = department.group("name") if department else value
    elif key in _NOTE_KEYS:
        head.notes.append(value)
    elif key == "status":
        # what the page says of the document: a note for the analyst ("Referatet er under
        # udarbejdelse"), and the document's kind where it opens with it ("DAGSORDEN – …")
        head.notes.append(f"Status: {value}")
        kind = _KIND_WORD.match(value)
        if kind and head.document_type is None:
            head.document_type = _kind(kind.group(1))
    # "Sluttidspunkt" / "Mødeafslutning: 11:30": the meeting's end, which no column holds


#: "Mødet blev ledet af 1. viceborgmester Ejnar Kjær (A).": who chaired the meeting.
#: (", da borgmesteren havde lovligt forfald under pkt. 146-148": why, after the name;
#: "…, indtil borgmestervalget var foretaget": the eldest member chairing a constituent
#: meeting until the mayor is elected)
_LED = re.compile(
    r"^mødet\s+(?:blev\s+)?ledet\s+af\s+(?P<who>\S.{2,80}?)"
    r"(?:,\s+(?:da|idet|fordi|mens|under|i\s+stedet\s+for)\s.{2,160}?"
    r"|,?\s+indtil\s+[^.\n]{3,80})?\.?$",
    re.I,
)
#: ". Mødet blev ledet af næstformand Jørgen Bruun (V).": the same sentence after a member
#: field's list of names, closing the field's value.
_LED_AFTER = re.compile(
    r"(?<=\))\.\s+mødet\s+(?:blev\s+)?ledet\s+af\s+(?P<who>\S.{2,80}?)\.?$", re.I
)
#: "Mødet startede med rundvisning i …", "Mødet indledtes med en mindehøjtidelighed …":
#: what the meeting opened with (the item's work comes after), a note on the meeting.
_OPENED_WITH = re.compile(
    r"^mødet\s+(?:startede|begyndte|indledtes|blev\s+indledt|åbnede)\s+med\s+(?!kl\.?\s*\d)\S",
    re.I,
)
#: A line that says how the meeting was held or what happened at it, no field of its own:
#: its kind alone or after the document's ("Ekstraordinært møde", "REFERAT AF TELEFONMØDE",
#: "Referat af ekstraordinært møde (afholdt som Teams-møde)", "Skriftlig behandling", "Møde
#: nr.: 14 (ekstraordinært)"); the meeting suspended, resumed, called at short notice, held
#: another way ("Mødet blev afbrudt kl. 20.55 …", "Mødet er indkaldt med et døgns varsel
#: …"); the cases sent out for a written procedure; a member leaving or arriving ("<name>
#: forlod mødet under behandling af punkt 5.", "<name> deltog fra kl. 17.30").
_MEETING_EVENT = re.compile(
    r"^(?:(?:referat|dagsorden|protokol|beslutningsprotokol)(?:\s*[–—:-]\s*|\s+(?:af|fra)\s+))?"
    r"(?:ekstraordinært\s+[\wæøå-]*møde|[\wæøå-]*(?:telefon|video|teams|online|virtuelt)"
    r"[\wæøå-]*møde|skriftlig\s+(?:behandling|procedure|votering))(?:\s+[^.]{0,80})?$"
    # ("Møde nr. 4/2024": the meeting's number alone, with its year)
    r"|^møde\s+nr\.?\s*:?\s*\d{1,3}(?:\s*\((?:ekstra)?ordinært\)|/(?:19|20)\d{2})$"
    # ("Dagsordenen omfattede 5 punkter; punkt B1 og B2 blev behandlet for lukkede døre.":
    # how many items the meeting had and which of them the public minutes leave out)
    r"|^dagsordenen\s+(?:indeholdt|indeholder|omfattede|omfatter|havde)\s+\d{1,3}\s+punkter\b"
    # ("MØDET AFLYST", "Mødet er aflyst.": a cancelled meeting, its items moved on; "Mødet
    # er indkaldt som ekstraordinært møde efter anmodning fra …": why it was called)
    # ("Mødet er indkaldt af borgmesteren efter anmodning fra …": who called it, and why)
    # ("Mødet blev transmitteret direkte på kommunens hjemmeside.": sent out as it was held)
    r"|^mødet\s+(?:blev\s+|er\s+)?(?:afbrudt|suspenderet|genoptaget|aflyst|indkaldt\s+(?:med|som|af)|"
    r"afholdt\s+(?:som|pr\.|via|over)|holdt\s+(?:som|pr\.|via|over)|transmitteret|"
    r"(?:live)?streamet|sendt\s+(?:direkte|live))\b"
    r"|^sagerne\s+(?:er|blev)\s+(?:ud)?sendt\s+(?:til|ud)\b"
    # ("Pkt. 4 blev behandlet efter pkt. 6.", "Åbent møde. Punkt 8 behandles for lukkede
    # døre.": items taken out of the agenda's order, or behind closed doors)
    r"|^(?:åbent\s+møde\.\s+)?(?:pkt\.?|punkt(?:erne)?)\s*\d{1,3}[a-h]?"
    r"(?:\s*(?:,|og|-|–)\s*\d{1,3}[a-h]?)*\s+(?:blev\s+|er\s+|bliver\s+)?behandle(?:t|s|des)\s+"
    r"(?:efter|før|forud\s+for|for\s+lukkede\s+døre|for\s+lukket\s+dør)\b[^\n]{0,60}$"
    r"|^(?-i:[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){0,3})(?:\s+\([^()]{1,15}\))?\s+"
    r"(?:forlod\s+mødet|ankom|kom\s+til\s+mødet|deltog\s+(?:fra|til|ikke\s+i)\s+(?:kl|pkt|punkt))\b",
    re.I,
)


#: "Tillægsdagsordenen supplerer dagsordenen udsendt den 2. marts …": a supplementary
#: agenda's note on the agenda it adds to (dated by that agenda, not by this meeting).
_SUPPLEMENT_NOTE = re.compile(
    r"^(?:tillægsdagsordenen|den\s+supplerende\s+dagsorden)\s+(?:supplerer|udvider|er\s+et\s+tillæg)\b",
    re.I,
)


def meeting_event(text: str) -> bool:
    """``text`` is a note on the meeting's kind or on what happened at it (``_MEETING_EVENT``)."""
    low = text[:120].lower()  # (a name of four words and a party before "forlod mødet")
    if not any(
        w in low for w in ("møde", "skriftlig", "sagerne", "ankom", "deltog", "punkter", "behandl")
    ):
        # the cheap gate: every form names the meeting, the cases, its items, an arrival or
        # an item's handling
        return False
    return _MEETING_EVENT.search(text) is not None


#: The office written before the chair's name: "1. viceborgmester", "borgmester".
_OFFICE = re.compile(
    r"^(?P<office>(?:\d\.\s*)?(?:vice)?borgmester|(?:næst)?formand(?:en)?|"
    r"udvalgsformand(?:en)?|(?:\d\.\s*)?næstformand)\s+(?=[A-ZÆØÅ])",
    re.I,
)


#: "kl. 10.00-11.00, Teams": the place after the meeting's time and a comma.
_PLACE_AFTER_SPAN = re.compile(
    r"\bkl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*,\s*"
    r"(?P<place>(?-i:[A-ZÆØÅ])[^,()]{1,60}(?:,\s*[^,()]{1,60}){0,3})$",
    re.I,
)
#: "(Teams)", "(Rådhuset, lokale 2)" closing a field of date and time: where it is held.
_PLACE_IN_BRACKETS = re.compile(
    r"\d\s*\((?!(?:uge|ekstra|ordinær|udsat|flyttet|ændret)\w*\b)"
    r"(?P<place>(?-i:[A-ZÆØÅ])[^()]{1,60})\)$",
    re.I,
)


def _chair(head: Header, who: str) -> None:
    """The chair of the meeting as a participant with the role "Mødeleder" (the listed
    member's role widened where the name is already listed)."""
    office = _OFFICE.match(who)
    person = _person(who[office.end() :] if office else who, True)
    role = ", ".join(
        r for r in ("Mødeleder", office.group("office") if office else None, person.role) if r
    )
    for k, p in enumerate(head.participants):
        if p.name == person.name:
            head.participants[k] = Participant(p.name, role, p.present)
            return
    head.participants.append(Participant(person.name, role, True))


#: Member keys whose people stand in for others: "Suppleant: Jan Hansen (V) deltog for …".
_SUBSTITUTE_KEYS = frozenset({"suppleant", "suppleanter", "stedfortræder", "stedfortrædere"})
#: A member field that lists nobody: "Ingen", "Ingen indkaldt", "-".
_NOBODY = re.compile(r"^(?:ingen|intet|ingen\s+\w+|[-–]+)\s*\.?$", re.I)
#: "Jan Hansen (V) deltog for Per Olsen", "Mette Berg (A) i stedet for Ole Dam (A)".
_STANDS_IN = re.compile(r"\s(?:deltog\s+|mødte\s+)?(?:i\s+stedet\s+)?for\s+(?=[A-ZÆØÅ])")


def _substitutes(value: str) -> list[Participant]:
    """Substitutes ("Suppleant: Jan Hansen (V) deltog for Per Olsen"): present, with the
    member they stood in for in their role ("Suppleant for Per Olsen, V")."""
    out = []
    for piece in re.split(
        r"\s*[,;]\s*(?=[A-ZÆØÅ])|\s+og\s+(?=[A-ZÆØÅ])", value.strip().rstrip(".")
    ):
        parts = _STANDS_IN.split(piece, maxsplit=1)
        person = _person(parts[0], True)
        instead = f"Suppleant for {parts[1].strip()}" if len(parts) == 2 else "Suppleant"
        out.append(
            Participant(person.name, ", ".join(r for r in (instead, person.role) if r), True)
        )
    return out


#: "Søren Peschardt (V)", "Jan Riber Jakobsen (C), formand": one member a line.
_NAME_PARTY = re.compile(
    r"^[A-ZÆØÅ][\w.\-]*(?: [A-ZÆØÅa-zæøå][\w.\-]*){0,5} "
    # a party's letter, or a local list's name: "Poul Hein (Ærø Listen)"
    r"\((?:[A-ZÆØÅ]{1,3}|[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)?listen|"
    r"[A-ZÆØÅ][a-zæøå]+ Listen)\)(?:,.{0,40})?$"
)


#: "…, Britt Holm (C), Annette": a list of "Name (Party)" ending in a name without its party
#: (the rest of the name on the next line); "Kofoed Dam (A)": a party's letter after a name.
_CUT_NAME = re.compile(r"\([A-ZÆØÅ]{1,3}\),\s*[A-ZÆØÅ][\w\-]*(?:\s[A-ZÆØÅ][\w\-]*){0,2}$")
_PARTY_LETTER = re.compile(r"^[A-ZÆØÅ][\w\-]*(?:\s[A-ZÆØÅ][\w\-]*){0,3}\s\([A-ZÆØÅ]{1,3}\)")
#: "(A)", "(SF)." alone on a line: a party's letter wrapped off the name above it.
_PARTY_ALONE = re.compile(r"^\([A-ZÆØÅ]{1,3}\)[.,]?$")
#: "… Svend Aage Krog": a list's line ending with a capitalised name (two words or more).
_ENDS_NAME = re.compile(r"[A-ZÆØÅ][\w\-]+\s[A-ZÆØÅ][\w\-]+$")


#: "Ledelsessiden: Name, Name": a group of the members under a label of its own; also a
#: committee's name of up to four words ("Børne- og Skoleudvalget: Name (A), …", each
#: committee's members on a line of their own at a joint meeting).
_MEMBER_GROUP = re.compile(
    r"^[A-ZÆØÅ][\wæøå\-]{2,30}(?:,?\s[\wæøå\-]+){0,3}\s*:\s*(?P<names>[A-ZÆØÅ].*,.*)$"
)


#: "A = orienteringspunkter, B = beslutningspunkter, C = drøftelsespunkter".
_LETTER_KEY = re.compile(r"^[A-H]\s*=\s*[\wæøå -]{3,40}(?:[,;]\s*[A-H]\s*=\s*[\wæøå -]{3,40})+\.?$")


def _wrapped_list(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the list ``before`` ends (a typed paragraph wrapped
    inside an entry): a list of three or more entries not closed by a full stop, and a
    line of more entries with no label of its own."""
    return before.count(",") >= 2 and not before.endswith(".") and "," in line and ":" not in line


def _wrapped_member_run(lines: list[Line], j: int, before: str, skip: set[int]) -> int:
    """Where the lines from ``j`` that go on with a member field's value ``before`` end: a
    run of lines of names (each with a comma but the last of two or more, no label, no
    sentence's full stop) closed by a blank line, a field or the end, under a value that
    is a list (a comma in it, no full stop closing it). ``j`` where the lines are no such
    run."""
    if "," not in before or before.endswith("."):
        return j
    end = j
    while end < len(lines):
        text = lines[end].clean
        if lines[end].blank or _field_match(text):
            break
        if lines[end].index in skip or ":" in text or text.endswith(".") or len(text) > 100:
            return j
        if "," not in text and not (
            end > j and _closes_run(lines, end + 1) and _NAMES_REST.match(text)
        ):
            # ("… Per" / "Lund (AMR)": only the run's last line, names alone, holds no comma,
            # after one that does; "Lene Berg (A)" alone under the value is one name a line)
            return j
        end += 1
    return end


#: "Lund (AMR)", "Bo Dal og Eva Holm": the rest of a list of names wrapped onto a line
#: with no comma (capitalised words, "og", a task or union in brackets; no sentence).
_NAMES_REST = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå.'-]*|\([^()]{1,30}\))(?:\s+(?:[A-ZÆØÅ][\wæøå.'-]*|og|\([^()]{1,30}\)))*$"
)


def _closes_run(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` ends a wrapped value's run: the end, a blank line or a field."""
    return k >= len(lines) or lines[k].blank or _field_match(lines[k].clean) is not None


def _member_values(lines: list[Line], k: int, value: str, skip: set[int]) -> tuple[list[str], int]:
    """Names under a member label (bullets or one name a line); position after them.
    A list written after the label goes on over the lines while a line ends in a comma."""
    if "\t" in value:
        # "Til stede:<TAB>Anne Holm<TAB>Bo Dal" / "<TAB>Eva Lund": names in tab-parted
        # cells, going on in the next line's cells
        cells, j = [value], k + 1
        while j < len(lines) and lines[j].index not in skip and _tab_names(lines[j].clean):
            cells.append(lines[j].clean)
            j += 1
        return [", ".join(c.strip() for cell in cells for c in cell.split("\t") if c.strip())], j
    if value:
        sided = _MEMBER_GROUP.match(value)
        # ("Deltagere: Arbejdsgiverside: A (formand), B": the side's label no one's name)
        parts, j = [sided.group("names") if sided else value], k + 1
        while j < len(lines):
            nxt = lines[j]
            if nxt.blank or nxt.index in skip or _field_match(nxt.clean) or len(nxt.clean) > 200:
                break
            if nxt.clean[:2] == "· " and ":" not in nxt.clean and len(parts) > 1:
                # "Medlemmer: A (V) · B (A)" / "· C (O) · D (C)": a list parted by middle
                # dots (its parts on lines of their own) wrapped onto the next line
                parts.append(", " + nxt.clean[2:].replace(" · ", ", "))
                j += 1
                continue
            wrapped = nxt.clean.strip()
            if wrapped[:1] == "(" and _PARTY_ALONE.match(wrapped) and _ENDS_NAME.search(parts[-1]):
                # "Fraværende: …, Svend Aage Krog" / "(A)": a hard wrap at 70 characters
                # moved the last member's party letter onto a line of its own
                parts.append(" " + wrapped)
                j += 1
                continue
            if _CUT_NAME.search(parts[-1]) and _PARTY_LETTER.search(nxt.clean):
                # "…, Annette" / "Kofoed Dam (A), …": a PDF wrapped the list inside a name
                parts.append(" " + nxt.clean)
                j += 1
                continue
            if _wrapped_list(parts[-1], nxt.clean) and (
                j + 1 >= len(lines) or lines[j + 1].blank or _field_match(lines[j + 1].clean)
            ):
                # "Til stede: A, B, Chef for Teknik" / "Rikke A., C" (the paragraph's last
                # line, a field or a blank under it): a typed list wrapped inside an entry
                parts.append(" " + nxt.clean)
                j += 1
                continue
            group = _MEMBER_GROUP.match(nxt.clean) if ":" in nxt.clean else None
            if group and sided:
                # "Deltagere: Arbejdsgiverside: A (formand), B" / "Medarbejderside: C, D": the
                # field's value opened with one side's label, the other side's goes on under it
                parts.append(", " + group.group("names"))
                j += 1
                continue
            run = _wrapped_member_run(lines, j, parts[-1], skip)
            if run > j:
                # "Deltagere: Chef A (formand), leder af" / "hjemmeplejen B, leder af C" /
                # "D, E (AMR)" / "Fraværende: …": a label column's value wrapped over lines
                # of names up to the next field or a blank line
                parts.extend(" " + lines[i].clean for i in range(j, run))
                j = run
                continue
            # ("Til stede: A (B), formand; C (A);" / "D (Ø); E (C)": a list parted by
            # semicolons wrapped after one, as a comma's list is)
            if not (parts[-1].endswith((",", ";")) or _NAME_PARTY.match(nxt.clean)):
                break
            # a comma joins one name a line ("Name (V), formand" / "Name (V)")
            parts.append(("" if parts[-1].endswith((",", ";")) else ", ") + nxt.clean)
            j += 1
        return ["".join(parts)], j
    names: list[str] = []
    j = k + 1
    while j < len(lines):
        line = lines[j]
        if line.blank and any("," in n and not _NAME_PARTY.match(n) for n in names):
            # "Deltagere" / "Anne Holm, Bo Krog": the names were a line of their own (not
            # "Tom Holm (V), formand" / "" / "Eva Dal (A)": one member a Word paragraph)
            break
        if line.blank or line.index in skip:
            j += 1
            continue
        text = line.clean
        if _field_match(text) or _TOC_HEAD.match(text) or NOTES_HEAD.match(text):
            break
        group = _MEMBER_GROUP.match(text)
        if group:  # "Medarbejdersiden: Name (FOA), Name (BUPL)": a part of the members
            names.append(group.group("names"))
            j += 1
            continue
        if (len(text) > 90 and not _names_list(text)) or (
            # ("…, Hanne Birk (Ø) m.fl.": the list's "and others", no sentence's end)
            text.endswith(".") and text[-5:].lower() != "m.fl."
        ):
            break
        if dates.find_date(text) is not None:
            break
        if names and (_MUNICIPALITY_ALONE.match(text) or looks_like_body(text)):
            # "Fraværende" / "Eva Dal (A)" / "Rønby Kommune" / "Teknisk Udvalg": a box of
            # fields read before the letterhead it stands beside; the owner's or a body's
            # name alone on its line ends the names
            break
        names.append(text)
        j += 1
    while j > k + 1 and lines[j - 1].blank:
        j -= 1
    return names, j


def _tab_names(text: str) -> bool:
    """A line of names in tab-parted cells ("<TAB>Eva Lund<TAB>Per Dal"): no label, each
    cell short and opening with a capital."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return (
        "\t" in text
        and ":" not in text
        and bool(cells)
        and all(len(c) <= 60 and c[:1].isupper() for c in cells)
    )


#: "Torvet 4", "Rådhus Allé 100": a street and its house number, a part of an address (no
#: person's name).
_STREET_NUMBER = re.compile(r"^[A-ZÆØÅ][\wæøå.-]*(?:\s+[\wæøå.-]+){0,3}\s+\d{1,4}[A-Za-z]?$")


def _names_list(text: str) -> bool:
    """A long line that is a list of names ("Ahmad Rahimi (formand), Fatma Yilmaz, …"):
    three or more short parts parted by commas, each opening with a capital, none a
    street and its number ("Direktionsgangen, Rådhuset, Torvet 4, Horsens" is a place)."""
    parts = [p.strip() for p in text.split(",")]
    return (
        len(text) <= 400
        and len(parts) >= 3
        and all(0 < len(p) <= 60 and p[:1].isupper() for p in parts)
        and not any(_STREET_NUMBER.match(p) for p in parts)
    )


#: "Eksporteret fra OneNote 21-02-2024 – …": how the file was made, not the meeting's.
_EXPORTED = re.compile(r"^(?:eksporteret|udskrevet|genereret)\s+fra\s+\S", re.I)


#: A time alone on its line: "07:58".
_STAMP = re.compile(r"^\d{1,2}:\d{2}$")


#: "MODTAGET", "Modtaget d.", "INDGÅET": the word of a received stamp over (or before) its
#: date, the day a department's copy of a scanned protocol came in.
_RECEIVED = re.compile(r"^(?:modtaget|indgået)(?:\s+(?:den|d\.))?\s*:?(?:\s|$)", re.I)


def _received_stamp(lines: list[Line], k: int, text: str) -> bool:
    """The date line at ``k`` is a received stamp's: its word opens the line or stands
    alone on the filled line above ("MODTAGET" / "14. OKT. 1996"), no meeting's date."""
    above = next((lines[j].clean for j in range(k - 1, -1, -1) if not lines[j].blank), "")
    return any(t[:1] in "MmIi" and _RECEIVED.match(t) is not None for t in (text, above))


def _page_stamp_over(lines: list[Line], k: int, skip: set[int]) -> bool:
    """The date line at ``k`` is a note page's stamp: a time alone ("16:12", when the page
    was made) is the next line under it."""
    nxt = _next_nonblank(lines, k, skip, 1)
    return bool(nxt) and _STAMP.match(lines[nxt[0]].clean) is not None


def place_known_lines(lines: list[Line], head: Header, placed: set[int]) -> None:
    """Header lines that only repeat what was read (a contents heading, "GENTOFTE
    KOMMUNE", "Aarhus Byråd - Byrådssalen"), head a notes page's section ("Mødenoter",
    "Meeting notes"), say how the file was made ("Eksporteret fra OneNote …") or what a
    decisions-only protocol holds ("Protokollen indeholder alene udvalgets beslutninger.")
    are placed, not reported as lost."""
    known = [v.casefold() for v in (head.forum, head.location) if v]
    previous = written = ""
    for line in lines:
        if line.blank or line.index in placed:
            previous = "" if line.blank else line.clean
            written = written if line.blank else line.clean
            continue
        text, above, previous, over = line.clean, previous, line.clean, written
        written = text
        if _STAMP.match(text) and head.date and dates.parse_date(over) is not None:
            # "17. september 2024" / "07:58": a OneNote page's stamp (when it was made),
            # not the meeting's time (a blank line between them, or the stamp's day not the
            # meeting's: "19. maj 2025" / "16:12" over the meeting's own line)
            placed.add(line.index)
            continue
        rest = text.casefold()  # "KOMMUNALBESTYRELSEN" repeats the forum too
        if " – " in rest or " - " in rest:
            rest = _PARTS_DASH.sub(" ", rest)  # "OmrådeMED – Ældre og Pleje": the same name
        for value in known:
            rest = rest.replace(value, " ")
        if (
            _TOC_HEAD.match(text)
            or NOTES_HEAD.match(text)  # "Mødenoter" / "Meeting notes" above the items
            or _EXPORTED.match(text)
            or (text[:1] in "Pp" and _PROTOCOL_SPAN.match(text))
            # "Punkt 1-6 er behandlet i særskilt protokol (spørgetid …).": the items before
            # the first here are minuted elsewhere (why the numbers start later)
            or notes_items_elsewhere(text)
            or (text[:1] in "PpRrBb" and SCOPE_NOTE.match(text))
            # "Underskriftsblad findes sidst i referatet": where the signatures are
            or signatures_elsewhere(text)
            # "Protokollen er godkendt af: Karen Holm (A), …": who signed the minutes
            or signers_named(text)
            # "Bilag til de enkelte punkter er samlet bagerst i referatet.": where the
            # attachments are
            or attachments_elsewhere(text)
            or not re.sub(r"[\W_]+", "", rest)
            or _names_a_municipality_only(text)
            # "Frederikshavn Kommune" / "Center for Teknik og Miljø", "VIBORG KOMMUNE" /
            # "Direktionssekretariatet": the owner's department or unit sending the minutes
            or (
                text[:1].isalpha()
                and _DEPARTMENT_ALONE.match(text) is not None
                and _names_a_municipality_only(above)
            )
            # "Punkterne er nummereret løbende for hele MED-året.": how the items number
            or (text[:1] in "PpSsDd" and _NUMBERING_NOTE.match(text) is not None)
            # "REFERAT – DIREKTIONSMØDE" under a mail whose subject named the forum already
            or (
                head.forum
                and "ØDE" in text.upper()
                and (
                    _same_name(body_of_meeting(text) or "", head.forum)
                    or _kind_of(body_of_meeting(text), head.forum)
                )
            )
            # "Forkortelser: ØK = Økonomiudvalget, BY = Byrådet": the key to the routing
            # marks after the titles ("Låneoptagelse (ØK/BY)")
            or abbreviation_key(text)
            # "AMU Sundhed og Omsorg – referat" (a wiki page's title) over "Arbejdsmiljø-
            # udvalget for Sundhed og Omsorg": the forum with its body's word abbreviated
            or (head.forum and text[:1].isupper() and _abbreviated_forum(text, head.forum))
            # "Lolland Kommune – Handicaprådet – Referat 27. februar 2025": a Word page
            # header repeating the owner, the forum, the kind and the meeting's date
            or (head.forum and head.forum in text and _repeats_facts(text, head))
            # "Sorø Kommune — Ungerådet", "Sorø Kommune | Ungerådet": the owner and the
            # forum again (a heading under the page's running head that named them)
            or (head.forum and "OMMUNE" in text.upper() and _owner_and_forum(text, head.forum))
            # "BJERGBY KOMMUNE" alone over minutes of before the 2007 reform: the owner
            # line of a kommune not among today's 98 (the owner read from it at the end)
            or (
                head.date is not None
                and head.date.year < REFORM_YEAR
                and _FORMER_OWNER_ALONE.match(text) is not None
            )
        ):
            placed.add(line.index)


#: The year of the reform (1 January 2007) that made today's 98 kommuner of 271.
REFORM_YEAR = 2007
#: "Bjergby Kommune", "NØRRE BJERGBY KOMMUNE", "Vester-Bjergby Kommune.": a kommune's name
#: alone on its line (one or two capitalised words).
_FORMER_OWNER_ALONE = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?:[ -][A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)\.?$"
)


_ANY_KIND = re.compile(rf"\b(?:{_DOC_WORD})\b", re.I)
_OWNER_NAME_RE = re.compile(r"\b[A-ZÆØÅ][\w-]+(?:\s[A-ZÆØÅ][\w-]+)?\s+(?:Kommune|KOMMUNE)\b")


def _owner_and_forum(text: str, forum: str) -> bool:
    """Whether ``text`` names the owner ("Sorø Kommune") and the forum and nothing more but
    the dash, bar or dot between them."""
    if forum not in text:
        return False
    rest, owners = _OWNER_NAME_RE.subn(" ", text.replace(forum, " ", 1), count=1)
    return owners == 1 and not re.sub(r"[\W_]+", "", rest)


def _repeats_facts(text: str, head: Header) -> bool:
    """Whether ``text`` holds the forum, the meeting's date and at most the owner's name
    and the kind of document besides (a page header over the minutes)."""
    found = dates.find_date(text) if len(text) <= 160 else None
    if found is None or found.date != head.date or head.forum is None:
        return False
    rest = f"{text[: found.start]} {text[found.end :]}".replace(head.forum, " ")
    rest = _OWNER_NAME_RE.sub(" ", _ANY_KIND.sub(" ", rest))
    return not re.sub(r"[\W_]+", "", rest)


#: "ØK = Økonomiudvalget": an abbreviation and the body it stands for.
#: (also "B = beslutning, D = drøftelse, O = orientering": the key to the purpose codes of
#: an agenda table's "Formål" column, the words written small)
_ABBREVIATION_KEY = re.compile(r"\b[A-ZÆØÅ]{1,5}\s?=\s?[A-ZÆØÅa-zæøå][a-zæøå]")


#: "AMU Sundhed og Omsorg – referat": an abbreviated body's name, the rest of the forum's
#: name, and the document's kind after a dash.
_ABBREVIATED_TITLE = re.compile(
    rf"^(?P<abbr>[A-ZÆØÅ]{{2,6}})\s+(?P<rest>[^–—]+?)(?:\s+[–—-]\s+(?:{_DOC_WORD}))?$", re.I
)


def _abbreviated_forum(text: str, forum: str) -> bool:
    """Whether ``text`` names ``forum`` with the body's word abbreviated ("AMU Sundhed og
    Omsorg" for "Arbejdsmiljøudvalget for Sundhed og Omsorg")."""
    m = _ABBREVIATED_TITLE.match(text)
    body, _, area = forum.partition(" ")
    if m is None or not area or not m.group("abbr").isupper():
        return False
    area = area[4:] if area.startswith("for ") else area
    return m.group("rest").casefold() == area.casefold() and abbreviates_forum(
        m.group("abbr"), body
    )


def abbreviation_key(text: str) -> bool:
    """A key to abbreviations used in the titles or in a contents table's columns: two or
    more "<CODE> = <word>" ("ØK = Økonomiudvalget, BY = Byrådet", "B = beslutning, D =
    drøftelse")."""
    return "=" in text and len(_ABBREVIATION_KEY.findall(text)) >= 2


def _same_name(a: str, b: str) -> bool:
    """Whether two names of a body are one ("Styregruppen Skoleudbygning Syd", named by a
    title's kind of meeting, and "Styregruppe for Skoleudbygning Syd" as the body writes
    itself): the same words but "for", the first in either form (definite or not)."""

    def words(name: str) -> list[str]:
        return [w for w in name.casefold().split() if w != "for"]

    def definite(x: str, y: str) -> bool:  # "styregruppen" of "styregruppe"
        return x == y or x in (y + "n", y + "en", y + "t", y + "et")

    wa, wb = words(a), words(b)
    return (
        bool(wa)
        and len(wa) == len(wb)
        and wa[1:] == wb[1:]
        and (definite(wa[0], wb[0]) or definite(wb[0], wa[0]))
    )


#: A dash between a name's parts (the body and its area), read as the space between them.
_PARTS_DASH = re.compile(r"\s+[–—-]\s+")


#: "Punkterne er nummereret løbende for hele året.": a page's note on how its items number.
_NUMBERING_NOTE = re.compile(
    r"^(?:punkterne|sagerne|dagsordenspunkterne)\s+(?:er\s+)?nummereret\s+(?:løbende|fortløbende)"
    r"\b[^.]{0,60}\.?$",
    re.I,
)


def _kind_of(body: str | None, forum: str) -> bool:
    """The body a title's kind of meeting names is the forum, or the forum's first word
    ("Styregruppen" of "Styregruppen for ny skole i Tarm", named in full above it)."""
    return body is not None and (body == forum or forum.startswith(f"{body} "))


#: "Protokollen føres fortløbende, §§ 41-45.": which paragraphs of a protocol numbered
#: through the year the meeting fills (the items' numbers say it again).
_PROTOCOL_SPAN = re.compile(
    r"^protokollen\b.{0,60}?(?:§§|pkt\.?|punkt(?:erne)?)\s*\d{1,4}\s*[-–]\s*\d{1,4}\s*\.?$", re.I
)


#: "GENTOFTE KOMMUNE", "Rebild Kommune   Dagsorden", "Middelfart Kommune - Politiske
#: dagsordener og referater": the institution, at most with what the page publishes.
_INSTITUTION = re.compile(
    r"^(?P<name>.{2,40}?)\s+(?:regionskommune|kommune|byråd(?:et)?)"
    r"(?:\s*[-–]?\s*(?:referat|dagsorden|(?:politiske\s+)?dagsordener\s+og\s+referater))?$",
    re.I,
)


#: "Center for Teknik og Miljø", "Teknik og Miljø, Driftsafdelingen": a department of the
#: owner named on the line under it (no forum: the body that meets is named below).
_DEPARTMENT_ALONE = re.compile(
    # ("Direktionssekretariatet", "Børne- og Ungeforvaltningen": a unit in one word)
    r"^(?:(?-i:[A-ZÆØÅ])[\wæøå-]*(?:sekretariat|forvaltning|afdeling|stab)(?:et|en)?"
    r"|(?:center|centret|afdelingen|sekretariatet|staben)\s+for\s+"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4}"
    r"|(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?:og|&|(?-i:[A-ZÆØÅ])[\wæøå-]*)){0,4},\s+"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*afdeling(?:en)?)$",
    re.IGNORECASE,
)


def _names_a_municipality_only(text: str) -> bool:
    """'GENTOFTE KOMMUNE', 'Herning Byråd': a municipality named and nothing more."""
    m = _INSTITUTION.match(text)
    return bool(m) and municipality_from_folder(m.group("name")) is not None


def forum_from_body(lines: list[Line], date: dt.date | None) -> str | None:
    """The forum named in the body as the body deciding on the meeting's date.

    "Beslutning i Økonomiudvalget den 1. oktober 2018:", "Børne- og Skoleudvalget den 6.
    november 2018:", "Kultur- og Fritidsudvalget, 10-03-2020, pkt. 18", "Social- og
    Sundhedsudvalget den 2. september 2020" (Høring og sagsgang), "Sagsnr. 299835
    Kultur- og Idrætsudvalget Åbent punkt": the most frequent such name wins.
    """
    votes: Counter[str] = Counter()
    unnamed: Counter[str] = Counter()  # names without a body's noun ("Teknik & Byg")
    for line in lines:
        text = line.clean.strip()
        if not text or len(text) > 140:
            continue
        found = decision_heading(text) or _bare_body_date(text)
        if found and found[0] and (date is None or found[1] == date):
            if looks_like_body(found[0]):
                votes[found[0]] += 1
                continue
            if date is not None:
                unnamed[found[0]] += 1
        m = _CASE_FORUM.match(text)
        if m and looks_like_body(m.group("forum")):
            votes[m.group("forum").strip()] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return _named_by_area(unnamed, lines) or _todays_meeting_body(lines)


def _todays_meeting_body(lines: list[Line]) -> str | None:
    """The body a sentence of the text names as today's meeting's ("Godkendelse af
    dagsorden til dagens møde i Teknik- og Miljøudvalget."), where no decision heading
    names one: the first such body, else None."""
    for line in lines:
        text = line.clean
        if "dagens" not in text.lower() or len(text) > 240:
            continue
        m = _TODAYS_BODY.search(text)
        if m and looks_like_body(m.group("body")):
            return m.group("body")
    return None


def _named_by_area(unnamed: Counter[str], lines: list[Line]) -> str | None:
    """A committee named by its area alone ("Teknik & Byg", "Børn & Familie"): the name
    every decision heading gives with the meeting's date ("Beslutning Teknik & Byg den
    13-03-2017", twice or more) that also stands alone on a line of the header (above
    the first heading naming it); else None. Neither alone is evidence of a forum."""
    if not unnamed:
        return None
    name, count = unnamed.most_common(1)[0]
    if count < 2 or not name[:1].isupper() or len(name) > 60:
        return None
    for line in lines[:40]:
        text = line.clean.strip().strip("#*").strip()
        if text == name:
            return name
        if decision_heading(text):
            break
    return None


_CASE_FORUM = re.compile(
    r"^Sags?\s*nr\.?\s*:?\s*\S+\s+(?P<forum>[A-ZÆØÅ].+?)\s+(?:Åbent|Åben|Lukket)(?:\s+punkt)?$",
    re.I,
)
_BARE_BODY_DATE = re.compile(r"^(?P<body>[A-ZÆØÅ][^:]{2,80}?)\s+(?:den|d\.)\s+(?P<date>.+?)\s*:?$")


def _bare_body_date(text: str) -> tuple[str, dt.date | None] | None:
    m = _BARE_BODY_DATE.match(text)
    if not m or not looks_like_body(m.group("body")):
        return None
    found = dates.find_date(m.group("date"))
    if found is None or found.start > 0:
        return None
    return m.group("body"), found.date


def date_from_body(lines: list[Line]) -> dt.date | None:
    """The date the body's decision headings agree on (when the header gives none)."""
    votes: Counter[dt.date] = Counter()
    for line in lines:
        found = decision_heading(line.clean.strip())
        if found and found[1]:
            votes[found[1]] += 1
    return votes.most_common(1)[0][0] if votes else None
