"""Decisions written without a decision heading (pure).

Small councils' and råd minutes (an e-mailed "Ad 1. Title" protocol, an old
"Beslutningsprotokol") often write what was decided as a plain line in the item's text:
"Dagsorden og referat fra 11. oktober blev godkendt.", "Taget til efterretning.",
"Rådet drøftede budgetforliget.", or a body that is only "Godkendt.". Without a
"Beslutning" heading the item grammar keeps all of it as text, and the item seems to have
no decision.

:func:`headless_decisions` finds the line stating the outcome and makes it and what
follows the item's decision; what comes before stays the item's text. It does so only
where that is safe: an item whose whole body is one such line, or minutes in which no item
has any section heading at all (free-text minutes, where the text cannot be background).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from analysis.dates import parse_date
from analysis.layouts.closing_item import closing_title, one_short_sentence
from analysis.model import Item, Section
from analysis.parse import abbreviates_forum, misdated_own_decision, parse_attachments
from analysis.vocab import (
    BULLET_MARKS,
    ELECTED_AS_PROPOSED,
    ELECTED_NAMED_ALONE,
    HANDS_COUNT_LEAD,
    OPTION_BOX,
    SECTION_HEADINGS,
    TASK_TABLE_HEAD,
    TOLD_LEAD,
    empty_box,
)

#: A line that is an outcome in itself: "Godkendt.", "Taget til efterretning.", "Intet.",
#: "Godkendt med den bemærkning, at …", "Anbefales, idet …".
#: (Old minutes typed or read by OCR without the Danish letters: "Droftet.", "Drøftet" with
#: "o", "oe" or "0" for "ø", "aa" or "a" for "å", and "Ingen bemaerkninger." below.)
_BARE = re.compile(
    r"^(?:godkendt|godkendes|vedtaget|vedtages|besluttet|tiltrådt|anbefalet|anbefales|"
    r"dr(?:ø|oe|o|0)ftet|udsat|udskudt|afvist|forkastet|afsl(?:å|aa|a)et|taget\s+til\s+(?:efterretning|orientering)|"
    # "Bevilges.", "Afslag, da …": a grant or a refusal, one word ("Bevilget, 1,2 mio.
    # kr. …" with the grant and its amount below)
    r"bevilges|afslag|"
    # "Høringssvar afgives.", "Høringssvar afgives med de faldne bemærkninger.": a consulted
    # council's reply given (not "Høringssvar afgives senest 1. maj": the deadline told)
    r"(?:et\s+)?(?:høringssvar|høringsudtalelse)\s+afgives|"
    # "Punktet udgik.", "Sagen udgår.": the item dropped from the agenda at the meeting
    r"(?:(?:punktet|sagen)\s+)?(?:udgik|udgår)|"
    # "Gennemgået - ingen bem.", "OK": a note taker's word for a point seen through
    r"gennemgået|ok(?=\s*[.!]?$|\s+[–—-]\s)|"
    # "Godk.", "Vedt.", "Anbef. til ØU.", "T.t.e.", "Tte.", "Taget til eft.": typed shorthand
    # minutes' outcomes, their full stop the abbreviation's (read by the tail below)
    r"(?:godk|vedt|anbef|t\.\s?t\.\s?e|tte|taget\s+til\s+eft)(?=\.)|"
    # "Indstilles til KB med 5 %.": recommended on to a named body (an initialism too)
    r"indstilles\s+til\s+(?-i:[A-ZÆØÅ])\S*|"
    # "Orientering.": a note taker's one word for a point heard, alone with its full stop
    r"orientering(?=\.$)|"
    # "Lukket punkt – behandlet for lukkede døre.": the closed item's record, its outcome
    r"lukket\s+punkt(?=\s+[–—-]\s)|"
    # "Lukket punkt. Se lukket protokol.", "Behandlet for lukkede døre.": an old
    # protocol's record of its closed item, kept in a protocol of its own
    r"lukket\s+punkt(?=\.\s+(?:se\s+)?(?:særskilt|lukket|fortrolig)\s+protokol)|"
    r"behandlet\s+(?:for|bag)\s+lukkede\s+døre|"
    # "Orientering – taget til efterretning.": the point's kind, a dash, then the outcome
    r"(?:orientering|drøftelse|beslutning)\s+[–—-]\s+(?=[a-zæøå])(?:taget\s+til\s+"
    r"(?:efterretning|orientering)|godkendt|drøftet|vedtaget)|"
    r"til\s+(?:efterretning|orientering)|orienteringen\s+(?:blev\s+)?taget\s+til\s+"
    r"(?:efterretning|orientering)|ikke\s+(?:nået|behandlet|referatpligtigt?)|"
    # "Ikke godkendt – chefgruppen vurderer, at …": refused, then why
    r"ikke\s+(?:godkendt|vedtaget|tiltrådt|anbefalet|imødekommet|bevilget|godk(?=\.))|"
    # "Bevilget kr. 25.000.", "Bevilget, 1,2 mio. kr. …", "Imødekommet delvist med 10.000
    # kr. …": a grant, whole or in part, the amount after it (the currency before or after
    # the figure) or after the tail's comma
    r"(?:bevilget|imødekommet)(?:\s+delvis(?:t)?)?"
    r"(?:\s+(?:med\s+)?(?:kr\.?\s*)?\d[\d.,]*(?:\s*kr\b\.?)?)?)"
    # "Drøftet kort.", "Godkendt enstemmigt.": how it went, one adverb after the outcome
    # ("Vedtaget endeligt med de faldne bemærkninger": a plan's final adoption, its second reading)
    r"(?:\s+(?:kort|grundigt|indgående|enstemmigt|uændret|endeligt))?"
    # "Drøftet – vi tager den op igen i juni": a note taker's dash after the outcome;
    # "Godkendt som foreslået.", "Vedtaget som indstillet": as put forward
    # ("Drøftet - DIR følger op", "Godkendt m. bem.": a hyphen for the dash, "m." for "med")
    r"(?:\s*[.,;:!]|\s+(?:med|idet|uden|og|dog)\b|\s+m[./]\s|\s+[–—-]\s|$|"
    # "Anbefales over for Økonomiudvalget …": recommended to the body that decides
    # ("Anbefales over for økonomiudvalget og byrådet": the deciding body in lower case, by
    # its definite name)
    r"\s+(?:over\s+for|overfor)\s+(?:(?-i:[A-ZÆØÅ])|[a-zæøå-]*(?:rådet|udvalget|bestyrelsen"
    r"|kommissionen|forsamlingen)\b)|"
    # "Anbefales til byrådets godkendelse.", "Anbefalet til Økonomiudvalget": on to the body
    # that decides, named or in the genitive before what it is to do
    r"\s+til\s+(?:(?-i:[A-ZÆØÅ])|[a-zæøå-]+s\s+(?:endelige\s+)?(?:godkendelse|vedtagelse"
    r"|beslutning|stillingtagen|behandling)\b)|"
    # "Godkendt til høring med få rettelser, …", "Vedtaget til offentlig høring.": a draft
    # approved to be sent out for consultation (not "Til høring" alone, the item's purpose)
    # ("Vedtaget til offentlig fremlæggelse fra 1. juni", "Godkendt til udsendelse i høring": a
    # plan's draft put out for its public weeks, in the planning act's older word)
    r"\s+til\s+(?:(?:offentlig\s+)?(?:høring|fremlæggelse)|udsendelse)\b|"
    r"\s+som\s+(?:foreslået|indstillet|fremlagt|beskrevet|forelagt|ansøgt)\b|"
    # "Bevilget på sædvanlige vilkår, …", "Godkendt på de i indstillingen nævnte betingelser":
    # granted or approved on terms, named after it
    r"\s+på\s+(?:[\wæøå-]+\s+){0,4}?(?:vilkår|betingelse)\w*\b|"
    # "Udsat til udvalgets møde den 14. november.": put off to a body's named meeting
    r"(?:(?<=udsat)|(?<=udskudt))\s+til\s+[a-zæøå-]+s\s+(?:næste\s+)?møde\b)",
    re.IGNORECASE,
)
#: "Intet.", "Ingen bemærkninger." (an Eventuelt with nothing to record).
#: ("Intet til referat.": a volunteers' Eventuelt; "Ingen beslutninger (på mødet).": a
#: meeting that hears and discusses, a citizens' or a theme meeting)
_NOTHING = re.compile(
    # ("Intet at beslutte.": a welcome or a round of names, nothing put to the meeting;
    # "Intet (yderligere) at bemærke.", "Intet at referere.": an Eventuelt with nothing said)
    # ("Ingen bemærkninger til dagsordenen.": the approval of the agenda, nothing said)
    # ("lntet at protokollere.": an old protocol's Eventuelt, OCR's small l for the I)
    r"^(?:[il]ntet|ingen)(?:\s+(?:bem(?:æ|ae)rkninger(?:\s+til\s+(?:dagsorden|referat)(?:en|et)?)?"
    # ("Intet nyt.": a standing point with nothing new to tell; "Ingen beslutninger under
    # eventuelt.": the point's notes closed with nothing decided)
    r"|bem\.|punkter|sager)|\s+til\s+referat|\s+nyt"
    r"|\s+at\s+beslutte|(?:\s+yderligere)?\s+at\s+(?:bemærke|referere|protokollere)"
    r"|\s+beslutninger?(?:\s+(?:på|på\s+dette|i)\s+mødet|\s+under\s+(?:eventuelt|punktet))?)?"
    r"\s*\.?$|"
    # ("Der var ikke yderligere under eventuelt.", "Der var intet til punktet.": the same
    # in a sentence, closing an Eventuelt of notes)
    r"^der\s+var\s+(?:ikke\s+(?:mere|yderligere)|intet(?:\s+(?:mere|yderligere))?|"
    r"ingen\s+(?:bemærkninger|punkter|sager))(?:\s+(?:under|til)\s+(?:eventuelt|punktet))?"
    r"\s*\.?$|"
    # ("Der var ikke indkommet spørgsmål.": question time with no question sent in)
    r"^der\s+(?:var|er)\s+ikke\s+(?:indkommet|indsendt|modtaget|stillet)\s+(?:nogen\s+)?"
    r"spørgsmål(?:\s+fra\s+(?:borgerne|borgere|offentligheden))?\s*\.?$",
    re.I,
)
#: "… blev godkendt.", "… blev taget til efterretning.": a passive outcome closing the line;
#: "… blev valgt som …": an election.
_PASSIVE_END = re.compile(
    # ("… blev ikke tiltrådt – for lange afstande.": refused, a dash and why after it)
    r"\b(?:blev|er)\s+(?:ikke\s+)?(?:godkendt|vedtaget|besluttet|tiltrådt|anbefalet|drøftet|evalueret|udsat|"
    r"afvist|forkastet|taget\s+til\s+(?:efterretning|orientering))"
    # "… blev godkendt uden bemærkninger.", "… godkendt med den ændring, at …"
    # ("… blev godkendt med følgende rettelse: Under punkt 4 …": the correction after it)
    # ("… godkendt med de faldne bemærkninger": the remarks made at the meeting)
    r"(?:\s+uden\s+(?:bemærkninger|ændringer|tilføjelser|rettelser)|\s+med\s+(?:den\s+|de\s+(?:faldne\s+)?|følgende\s+|en\s+(?:lille\s+|mindre\s+)?)?"
    r"(?:ændring|tilføjelse|bemærkning|rettelse)"
    r"\w*\b.*"
    # "Høringssvaret blev vedtaget og sendes til Børne- og Skoleudvalget …": and sent on
    r"|\s+og\s+(?:sendes|oversendes|videresendes|fremsendes)\s+til\s+\S.*"
    # "Referatet blev godkendt og underskrevet.": approved, then signed by those present
    r"|\s+og\s+underskrevet"
    # "Budgettet blev vedtaget med stemmerne fra S, V og K.", "… forkastet med 17 stemmer mod
    # 14.", "… vedtaget enstemmigt": the vote after the outcome
    r"|\s+med\s+(?:stemmerne\s+fra|\d{1,2}\s+stemmer?)\b[^.]*|\s+enstemmigt"
    # "Ansøgningen blev afvist, da den er modtaget efter fristen.": the outcome, then why
    r"|\s*,\s+(?:da|idet|fordi|eftersom)\s+\S.*"
    r"|\s+[–—]\s+\S.*)?\s*[.!]?$"
    # "Ib Thomsen blev valgt som rådets repræsentant i …": an election
    r"|\bblev\s+(?:valgt|genvalgt|udpeget)\s+(?:som|til)\s"
    # "Amina blev valgt med 14 stemmer mod 10.": an election by a vote's count
    r"|\bblev\s+(?:valgt|genvalgt)\s+med\s+\d{1,4}\s+stemmer\b"
    # "Følgende blev valgt:", "Som medlemmer blev udpeget:": an election, the names listed
    # under it
    r"|^(?:[\wæøå-]+\s+){1,3}blev\s+(?:valgt|genvalgt|udpeget)\s*:$"
    # "Budgetopfølgningen anbefales godkendt af byrådet.": recommended to the deciding body
    r"|^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+[\wæøå-]+){0,3}\s+anbefales\s+(?:godkendt|vedtaget|tiltrådt)"
    r"(?:\s+(?:af|i|over\s+for)\s+[\wæøå-]+)?\s*[.,]"
    # "Dagsorden og referat godkendt.": what was approved and the participle, no verb
    # (not a clause of background: "Lokalplanen er endnu ikke vedtaget", "… når … vedtaget")
    r"|^(?!(?:(?!godkendt\s|vedtaget\s|tiltrådt\s)[\wæøå-]+\s+){0,3}"
    r"(?:er|blev|bliver|endnu|når|hvis|da|som|der|først|nu)\s)"
    r"[A-ZÆØÅ][\wæøå-]*(?:\s+(?:og\s+)?[\wæøå-]+){0,3}"
    # ("Protokollen for mødet den 23. september 1974 godkendt.": the minutes approved named
    # by the meeting's date)
    r"(?:\s+(?:for|fra)\s+mødet\s+den\s+\d{1,2}\.\s*[a-zæøå]+(?:\s+\d{4})?)?"
    r"\s+(?:godkendt|vedtaget|tiltrådt"
    # ("Ansøgningen afvist - det ligger uden for formålet.", "Forslaget forkastet, da …":
    # refused without a verb, then why after a dash or "da")
    r"|(?P<refused>afvist|forkastet)(?:\s+[–—-]\s+\S.*|\s*,\s+(?:da|idet|fordi|eftersom)\s+\S.*)?)"
    # ("Dagsorden og referat godkendt uden bemærkninger."; "Fordelingen godkendt som
    # foreslået af administrationen.": as put forward, by whom after it)
    r"(?(refused)|(?:\s+uden\s+(?:bemærkninger|ændringer|tilføjelser|rettelser)"
    r"|\s+som\s+(?:foreslået|indstillet|ansøgt|fremlagt)(?:\s+af\s+[\wæøå -]{2,60})?"
    # ("Dagsordenen godkendt med den bemærkning, at pkt. 5 behandles før pkt. 4.": the
    # remark or change it was approved with, as after "blev godkendt" above)
    # ("Budgettet vedtaget med økonomiudvalgets ændringsforslag.": whose changes, named)
    r"|\s+med\s+(?:den\s+|de\s+|følgende\s+|(?:[\wæøå-]+\s+)?[\wæøå-]+s\s+)?"
    r"(?:ændring|tilføjelse|bemærkning|rettelse)\w*\b.*"
    # ("Protokollen godkendt og underskrevet.", "Budgettet vedtaget med 12 stemmer mod 3.":
    # signed by those present, or the vote after it, as after "blev" above)
    r"|\s+og\s+under(?:skrevet|-)"
    r"|\s+med\s+(?:stemmerne\s+fra|\d{1,2}\s+stemmer?)\b[^.]*|\s+enstemmigt"
    r")?)\.?$",
    re.IGNORECASE,
)
#: "Rådet drøftede …", "Ældrerådet afgav følgende høringssvar:", "Udvalget besluttede …":
#: the forum as subject of a verb of deciding, in the past.
_FORUM_SUBJECT = (
    # ("MED anbefaler …": a MED committee by its kind alone)
    # ("Politikerne udsatte sagen …": a news post's word for the council's members)
    # ("Generalforsamlingen godkendte årsrapporten.", "Eneaktionæren meddelte decharge …": a
    # company's assembly, its owners' council, its sole shareholder)
    # ("Staben beslutter, at …", "Krisestaben godkender …": a crisis or emergency staff)
    r"^(?:rådet|udvalget|bestyrelsen|nævnet|mødet|direktionen|taskforcen|kommissionen|politikerne|(?-i:MED)|"
    r"staben|"
    # ("Seminaret tog orienteringen til efterretning.", "Temamødet drøftede …": a seminar's
    # or a theme meeting's notes name the gathering for the body that met there)
    r"seminaret|temamødet|temadagen|"
    r"generalforsamlingen|repræsentantskabet|(?:ene)?aktionæren|"
    # an internal forum: "Koncernledelsen", "Ledergruppen", "Chefforum", "HovedMED"; a
    # task force ("Taskforcen", "Klimataskforcen"); a statutory commission
    # ("Beredskabskommissionen")
    r"[A-ZÆØÅ][\wæøå-]*(?:rådet|udvalget|bestyrelsen|nævnet|direktionen|ledelsen|gruppen|"
    r"forum|taskforcen|kommissionen|seminaret|staben|(?-i:MED)))\s+"
)
_FORUM_VERB = re.compile(
    _FORUM_SUBJECT + r"(?:drøftede|besluttede|godkendte|vedtog|anbefalede|afgav|bevilgede|"
    # "Bestyrelsen valgte Eva Holm (Køge).", "Rådet udpegede …": an election, done
    r"valgte|genvalgte|udpegede|meddelte\s+decharge|"
    # "Bestyrelsen kunne ikke imødekomme ønsket.": a request refused, in the forum's words
    r"kunne\s+ikke\s+imødekomme|imødekom|"
    # "Provstiudvalget fandt, at udgiften bør afholdes af driften, og …": the
    # forum's finding on the case, its conclusion
    r"fandt,?\s+at|"
    # ("Udvalget kunne ikke følge forvaltningens anbefaling og besluttede …": the
    # recommendation set aside, in the forum's words)
    r"kunne\s+ikke\s+(?:følge|tiltræde)|"
    # "Byrådet forkastede forslaget …", "Udvalget fik en orientering om …": refused; heard
    r"forkastede|fik\s+(?:en\s+)?orientering|"
    # "Ældrerådet takkede for orienteringen.": a council's record of a point heard
    r"takkede\s+for\s+(?:orienteringen|oplægget|gennemgangen|præsentationen)|"
    # ("Byrådet tog statusrapporten for klimahandleplanen 2023 til efterretning.")
    # ("Udvalget afslog ansøgningen, men …": the strong past of "afslå", refused)
    r"tiltrådte|afviste|afslog|udsatte|tog\s+\S+(?:\s+\S+){0,5}?\s+til\s+(?:efterretning|orientering)|"
    # "Direktionen har besluttet, at …", "Udvalget har godkendt …": the same in the perfect
    # (a staff news post's way of telling what was decided)
    r"har\s+(?:besluttet|godkendt|vedtaget|bevilget|tiltrådt|afvist|forkastet|udsat)|"
    # "Ældrerådet har ingen bemærkninger til strategien …": a council's reply to a hearing
    # that it has nothing to add, its outcome
    r"(?:har|havde)\s+ingen\s+(?:bemærkninger|kommentarer)|"
    # "Byrådet ønsker, at sekretariatet udarbejder …", "Udvalget ønsker en fælles praksis":
    # the forum's wish for what is done next, a seminar's outcome (no decision taken there)
    r"ønsker,?\s+(?:at|en|et)(?=\s))\b",
    re.IGNORECASE,
)

#: "Ældrerådet afgiver høringssvar – …", "Udvalget anbefaler forslaget.": the forum as the
#: subject of a verb of deciding in the present, as the last line of an item's notes (the
#: note taker's record of what the forum does; earlier in the text it may be background).
_FORUM_PRESENT = re.compile(
    # ("Krisestaben indstiller til borgmesteren, at …": recommended on to a named body)
    _FORUM_SUBJECT + r"(?:afgiver|anbefaler|godkender|vedtager|tiltræder|beslutter|afviser|"
    r"indstiller(?=\s+til\s|,?\s+at\s)|"
    r"bevilger|tager\s+\S+(?:\s+\S+)?\s+til\s+(?:efterretning|orientering))\b",
    re.IGNORECASE,
)

#: "Udsat til næste møde, da …", "Sendes videre til Teknik og Miljø.": the item postponed
#: or sent on to a named body.
_MOVED = re.compile(
    # "Punktet udsættes, da der endnu ikke er svar …": the item put off, the reason after
    r"^(?:punktet|sagen)\s+(?:blev\s+)?(?:udsat|udsættes|udskudt|udskydes)\s*(?:[.,]|\s+(?:da|idet)\s|"
    # ("Sagen blev udsat på parternes anmodning.": put off at a party's request, a board's
    # case; not "udsat på mødet den …", a case's history)
    r"\s+(?:på|efter)\s+(?:[\wæøå]+s\s+)?(?:anmodning|begæring|ønske|foranledning)\b)|"
    # ("Punktet blev ikke behandlet pga. tid …", "Punktet blev ikke nået": this meeting's
    # item left for lack of time; the case's own history says "sagen")
    r"^punktet\s+blev\s+ikke\s+(?:behandlet|nået)\b|"
    # ("Flyttet til 17. sept.", "Rykket til 3/10": a note's word for the item moved to a day)
    r"^(?:flyttet|flyttes|rykket|rykkes)\s+til\s+(?:den\s+|d\.\s*)?"
    r"(?:\d{1,2}\.?\s*(?:[./-]\s*\d{1,2}\b|[a-zæøå]{3,9}\b)|næste\s+møde\b)|"
    # ("Udskudt til næste møde, da …": a volunteer's word for it)
    r"^(?:(?:punktet|sagen)\s+(?:blev\s+)?)?(?:udsat|udsættes|udskudt|udskydes)\s+til\s+"
    # ("Udsat til næste FL-møde.": the forum's abbreviation in the meeting's word)
    r"(?:(?:næste|et\s+senere|senere|et\s+kommende)\s+(?:[\wæøå]+-)?møde\b|[\wæøå]+-?mødet\b|"
    # ("Udsat til kl. 13.00-mødet": a staff meeting several times a day, by the hour)
    r"(?:kl\.\s*)?\d{1,2}(?:[.:]\d{2})?-?mødet\b|"
    r"mødet\s+i\s+[a-zæøå]+\b|"
    # "Udsat til marts, da …", "Udsættes til januar, idet …": to a month's meeting
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december)\b|"
    # "Udsat til jan.", "Udsættes til sept.": the month shortened, its full stop after it
    r"(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.)|"
    # ("Sagen blev sendt videre til byrådet uden indstilling, da …": sent on, in the past)
    # ("Sagen sendes tilbage til Teknisk Udvalg …", "… blev sendt retur til …": sent back
    # to the body that put it forward; "Henvendelsen videresendes til …": a citizen's
    # letter or an application sent on)
    r"^(?:(?:sagen|henvendelsen|ansøgningen|forslaget|spørgsmålet)\s+)?"
    # ("Oversendt til Plan- og Boligudvalget", "Sendt videre til …": the participle alone, as short
    # protocols write it)
    r"(?:sendes\s+(?:videre|tilbage|retur)|videresendes|oversendes|fremsendes|oversendt|"
    r"videresendt|sendt\s+(?:videre|tilbage|retur)|"
    r"tilbagesendes|(?:(?:punktet|sagen)\s+)?blev\s+(?:sendt\s+(?:videre|tilbage|retur)|"
    r"videresendt|oversendt|tilbagesendt))\s+til\s+"
    # ("Oversendes til miljøudvalget til fornyet behandling.", "… til teknisk udvalg": a
    # body in lower case, as older minutes write it, or the budget's handling)
    r"(?:(?-i:[A-ZÆØÅ])|(?:[a-zæøå]+\s+)?[a-zæøå]*(?:udvalg(?:et)?|rådet|bestyrelsen|"
    r"behandlingen)\b)|"
    # "Tages op igen i maj", "Punktet tages op igen på næste møde": brought back later
    r"^(?:(?:punktet|sagen)\s+)?tages\s+op\s+igen\b|"
    # "Tages op på næste møde.": the next meeting named in the place of "igen"
    r"^(?:(?:punktet|sagen)\s+)?tages\s+op\s+på\s+(?:næste|et\s+senere|et\s+kommende)\s+møde\b|"
    # "Ingen beslutning – tages op igen, når …": nothing decided yet, the item comes back
    r"^ingen\s+beslutning\s*[-–—,.]\s*(?:(?:punktet|sagen)\s+)?tages\s+op\b|"
    # "Vi blev ikke enige og tager den op igen i april": no agreement, brought back later
    r"^(?:vi|man|bestyrelsen|rådet|udvalget)\s+(?:blev|kunne)\s+ikke\s+(?:blive\s+)?enige\b|"
    # "Vi venter til næste møde med at vælge …": a youth council's notes putting it off
    r"^(?:vi|bestyrelsen|rådet|udvalget)\s+venter\s+til\s+(?:næste|et\s+senere|et\s+kommende)"
    r"\s+møde\b|"
    # "Vi nåede det ikke. Udsat til maj.", "Punktet blev ikke nået.": no time for the item
    r"^(?:vi|man|bestyrelsen|rådet|udvalget)\s+nåede\s+(?:(?:det|den|punktet|sagen)\s+)?ikke\b|"
    r"^(?:punktet|sagen)\s+(?:blev\s+ikke\s+nået|nåede\s+vi\s+ikke)\b|"
    # "Punktet blev trukket af forslagsstiller, jf. pkt. 1.", "Sagen er taget af
    # dagsordenen.": the item withdrawn, nothing decided on it (its record all the same)
    r"^(?:punktet|sagen|forslaget)\s+(?:blev|er)\s+(?:trukket|taget\s+af\s+dagsordenen)"
    r"(?:\s+(?:tilbage|af|fra|inden|før|under)\b|\s*[.,])",
    re.IGNORECASE,
)


#: Older protocols' past passive of the verbs of deciding ("Godkendtes.", "Vedtoges
#: enstemmigt.", "Indstillingen tiltrådtes.", "Efter en længere forhandling vedtoges
#: forslaget …", "Forkastedes med 9 mod 6 stemmer.", "Afslaaes."): the record's own voice
#: for the outcome (background says "blev vedtaget"), after at most a few words.
_HISTORIC_PASSIVE = re.compile(
    r"^(?:[\wæøå,.()-]+\s+){0,5}?(?:godkendtes|vedtoges|tiltr(?:å|aa)dtes|bevilgedes|bifaldtes|"
    r"forkastedes|afvistes|udsattes|bemyndigedes|afsl(?:å|aa)(?:e?s|edes)|afsloges|imødekommedes|oversendtes|"
    r"henvistes)\b",
    re.IGNORECASE,
)


def _historic_outcome(text: str) -> bool:
    """A line stating the outcome in the older past passive (see ``_HISTORIC_PASSIVE``)."""
    if not ("es" in text or "aa" in text) or _HISTORIC_PASSIVE.match(text) is None:
        return False
    # "Godkendtes budgettet ikke, ville …": the verb first in a condition, its main clause
    # after the comma, no outcome
    return "," not in text or _CONDITION_MAIN.search(text) is None


#: ", ville …", ", skal …": the main clause after a condition written verb first.
_CONDITION_MAIN = re.compile(r",\s+(?:ville|vil|skal|skulle|må|måtte|kan|kunne)\b", re.I)


#: "Godkendt: Ja", "Vedtaget: Nej": a template's outcome field answered yes or no (the
#: option that does not apply struck out in Word and left out by the reader).
_ANSWERED_FIELD = re.compile(
    r"^(?:godkendt|vedtaget|tiltrådt|anbefalet|anbefales|bevilget|imødekommet)\s*:\s*"
    r"(?:ja|nej)\.?$",
    re.IGNORECASE,
)


def bare_outcome(text: str) -> bool:
    """A short line that is an outcome in itself ("Godkendt.", "Taget til efterretning.",
    "Intet."), closed by its full stop, or a template's field answered ("Godkendt: Ja")."""
    text = text.strip()
    if len(text) <= 20 and ":" in text and _ANSWERED_FIELD.match(text):
        return True
    return (
        len(text) <= 120
        and text[-1:] == "."
        and bool(
            _BARE.match(text)
            or _NOTHING.match(text)
            or _MOVED.match(text)
            # "Godkendtes uden bemærkninger.", "Udsattes til næste møde.": the verb first
            or (_historic_outcome(text) and _HISTORIC_PASSIVE.match(text.split(" ", 1)[0]))
        )
    )


#: "Til beslutning:", "Til orientering og drøftelse:": an item's purpose alone as a label.
PURPOSE_LABEL = re.compile(
    r"^til\s+(?:beslutning|orientering|drøftelse|godkendelse|efterretning)"
    r"(?:\s+(?:og|/)\s+(?:beslutning|orientering|drøftelse|godkendelse))?\s*:$",
    re.IGNORECASE,
)


#: One box and its option; a line of them is an item's outcome marked among its options.
_BOXED = re.compile(rf"(?P<box>{OPTION_BOX})[ \t]*(?P<option>[^☐☑☒■□\[\]()]*)")


def _outcome_option(option: str) -> bool:
    """ "Drøftet", "Taget til efterretning", "Aftalt", "Besluttet: …": the words of an
    outcome (not an item's kind: "Til beslutning", "Orientering", "Høringssvar")."""
    option = option.strip().rstrip(".")
    return (
        bool(option)
        and _ITEM_KIND.match(option) is None
        and (outcome_line(option) or SECTION_HEADINGS.get(option.lower()) == "beslutning")
    )


#: "Til beslutning", "Til orientering", "Drøftelse": what kind of item it is, ticked beside
#: its title (a kind is no outcome; "Til orientering" with no other option is read so too).
_ITEM_KIND = re.compile(
    r"^(?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse|høring|høringssvar|debat)$",
    re.IGNORECASE,
)


def marked_options(text: str) -> bool:
    """A line of options, one at least ticked, each an outcome: "( ) Taget til efterretning
    (x) Drøftet", "☒ Vedtaget ☐ Ikke vedtaget ☐ Udsat", "(x) Aftalt" (not an item's kind:
    "[X] Til beslutning [ ] Til orientering")."""
    boxes = list(_BOXED.finditer(text))
    return (
        bool(boxes)
        and boxes[0].start() == 0
        and "".join(b.group(0) for b in boxes) == text
        and any(not empty_box(b.group("box")) for b in boxes)
        and all(_outcome_option(b.group("option")) for b in boxes)
    )


#: "Forslaget blev sat til afstemning. For stemte 2, imod stemte 3. Forslaget faldt.": the
#: vote taken on a motion opens its outcome, as does the motion's fall.
_VOTE = re.compile(
    r"^(?:forslaget|ændringsforslaget|indstillingen|sagen|punktet|beslutningsforslaget)\s+"
    r"(?:blev\s+sat\s+(?:til|under)\s+afstemning|(?:faldt|bortfaldt)\b)",
    re.IGNORECASE,
)


#: "Dato fastsat til lørdag 7. september.", "Mødedatoen blev fastlagt til 3. maj": a date or an
#: hour set at the meeting (a volunteer council's note; "Datoen er fastsat …" is background).
_DATE_SET = re.compile(
    r"^[\wæøå-]*(?:dato(?:en|er|erne)?|tidspunkt(?:et)?)\s+(?:blev\s+)?(?:fastsat|fastlagt)\s+til\s",
    re.IGNORECASE,
)


#: "Vi stemte: 8 for, 0 imod", "Vi stemte om halloween: 7 for, 2 imod", "Det blev et ja!",
#: "Vi snakkede om det men besluttede ikke noget": the show of hands counted, its result in
#: plain words, or the talk about the point (its object a pronoun: the point's own talk).
#: Also "Vi valgte Visby.", "Vi drøftede henvendelsen og …": a volunteers' or a local
#: council's own "we" as the subject of a verb of deciding in the past, as "Rådet …" is.
_HANDS_COUNTED = HANDS_COUNT_LEAD + r"(?:\d{1,3}|alle)\s+for\b"
_SHOW_OF_HANDS = re.compile(
    _HANDS_COUNTED + r"|^det\s+blev\s+et\s+(?:ja|nej)\b"
    r"|^vi\s+(?:snakkede|talte|drøftede|diskuterede)\s+om\s+(?:det|dem|den|sagen|forslaget|punktet)\b"
    r"|^vi\s+(?:drøftede|besluttede|vedtog|valgte|godkendte|bevilgede|anbefalede|udpegede|"
    r"afviste|udsatte|tog\s+\S+(?:\s+\S+){0,3}?\s+til\s+(?:efterretning|orientering))\b",
    re.IGNORECASE,
)
_VOTE_COUNT = re.compile(_HANDS_COUNTED, re.IGNORECASE)
#: "✅", "✔", "☑": a check mark a note taker sets before the outcome's line.
_CHECK_MARKS = "✅✔☑"
#: The first two letters of a ``_SHOW_OF_HANDS`` line (the cheap test before it).
_WE_OR_IT = frozenset({"Vi", "vi", "VI", "De", "de", "DE"})


def outcome_line(text: str) -> bool:
    """True for a line that states what was decided (see the module docstring)."""
    text = text.strip()
    if text[-1:] == ":" and PURPOSE_LABEL.match(text):
        return False  # "Til orientering:": the item's purpose as a label, its text under it
    return bool(
        _BARE.match(text)
        or _NOTHING.match(text)
        or _PASSIVE_END.search(text)
        or _FORUM_VERB.match(text)
        or _MOVED.match(text)
        or (text[:1] in "FfÆæIiSsPpBb" and _VOTE.match(text))
        # "Ruth Dyhr blev valgt.": the person elected, named
        # ("Valgt blev NN.": the participle first, in capitals' case)
        or (("valgt" in text or "Valgt" in text[:5]) and _ELECTED.match(text) is not None)
        # "Vi stemte: 8 for, 0 imod", "Det blev et ja!", "Vi snakkede om det men …": a youth
        # council's or a pupils' board's record of the show of hands and its result, or of
        # the talk the point got
        or (text[:2] in _WE_OR_IT and _SHOW_OF_HANDS.match(text) is not None)
        # ("ast" in any case minutes write "fastsat" / "fastlagt" in: the cheap test)
        or (("ast" in text or "AST" in text) and _DATE_SET.match(text) is not None)
        or _historic_outcome(text)
        # "Aftalt at områdelederne melder …": a note taker's agreement opening the line
        or (
            _AGREED.search(text)
            if "enige" in text or "aftalte" in text or "tilslutning" in text
            else _AGREED.match(text)
        )
        # "(x) Taget til efterretning   ( ) Drøftet": the outcome ticked among its options
        or (text[:1] in "☐☑☒■□[(" and marked_options(text))
    )


def opens_with_outcome(text: str) -> bool:
    """The line, or its first sentence, states an outcome ("Ingen bemærkninger til
    dagsordenen. Referatet … blev godkendt …": what the meeting did, then more)."""
    return outcome_line(text) or outcome_line(_first(text))


#: The end of a line's first sentence: a full stop before a capital.
_SENTENCE_END = re.compile(r"(?<=[a-zæøå)][.!])\s+(?=[A-ZÆØÅ])")


def _first(text: str) -> str:
    """The line's first sentence."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


#: "Det blev godtaget.", "Forslaget blev vedtaget.": the proposal told before it carried.
_CARRIED = re.compile(
    r"^(?:det|dette|forslaget)\s+blev\s+(?:godtaget|vedtaget|godkendt|tiltrådt)\.?$", re.I
)


def _proposal_carried(line: str) -> bool:
    """A member's proposal, then that it carried ("Ellen foreslog at næste møde holdes på
    Sundhedshuset. Det blev godtaget."): the two sentences are the outcome together."""
    if "foreslog" not in line or ". " not in line:
        return False
    sentences = _SENTENCE_END.split(line.strip())
    return len(sentences) == 2 and _CARRIED.match(sentences[1]) is not None


def _wrapped_paragraph(lines: list[str]) -> bool:
    """Two or three lines of one paragraph: each but the last broken inside its sentence (a
    word or a comma closing it), as a typed page wraps one paragraph."""
    return (
        1 < len(lines) <= 3
        and all(line.strip() for line in lines)
        and all(line.rstrip()[-1:].isalnum() or line.rstrip()[-1:] == "," for line in lines[:-1])
    )


def _split(
    item: Item,
    whole_only: bool,
    last: bool = False,
    first: bool = False,
    status: bool = False,
    forum: str | None = None,
) -> Item:
    """The item with its text split at the outcome line, or as it was (``first``: the
    outcome is the text's first paragraph, the case's text after it; ``status``: an action
    log's "Status: …" line is the outcome; ``forum``: see :func:`headless_decisions`)."""
    if not whole_only and item.sections[-1:] and item.sections[-1].key == "bilag":
        # free text: the outcome may run on under the closing attachments' list
        item = outcome_after_attachments(item)
    if not _text_only(item):
        return (
            _arrow_in_last_section(item)
            if not item.sections or item.sections[-1].key != "indstilling"
            else _outcome_under_proposal(item)
        )
    # the attachments listed after the last item's text stay after its decision
    after = item.sections[1:]
    lines = item.sections[0].text.split("\n")
    if (first and _leads_with_outcome(lines)) or (whole_only and _approves_minutes(lines)):
        cut = lines.index("") if "" in lines else 1
        rest = "\n".join(lines[cut:]).strip("\n")
        return replace(
            item,
            sections=(
                Section("beslutning", "", lines[0].strip()),
                Section("tekst", "", rest),
                *after,
            ),
        )
    # "=> Taget til efterretning.": a note taker's arrow marks the outcome in any minutes
    arrow = next(
        (
            k
            for k, line in enumerate(lines)
            if (
                line.lstrip()[:1] in ARROW_STARTS
                and ARROW_OUTCOME.match(line)
                and not _quoted(lines, k)
            )
            or arrow_closing(line)
        ),
        None,
    )
    logged = None
    told = False  # (the note opens with an account of what the forum was told: see below)
    if arrow is None and status:
        logged = next((k for k, line in enumerate(lines) if STATUS_LINE.match(line)), None)
    if arrow is not None:
        at: int | None = arrow
        if arrow and lines[arrow - 1][:2] in _WE_OR_IT and _VOTE_COUNT.match(lines[arrow - 1]):
            # "Vi stemte: 6 for, 2 imod" / "-> Det blev et ja …": the hands counted on the
            # line above the arrowed result open the outcome
            at = arrow - 1
    elif logged is not None:
        at = logged
    elif whole_only:
        # "Dagsorden og referat blev godkendt. Referatet underskrives elektronisk.": the
        # first sentence of the one line states it
        # ("– Godkendt.": the one line set as a dash's bullet, as a note taker writes it)
        one = _LEAD_BULLET.sub("", lines[0]) if lines[0].lstrip()[:1] in "-–•" else lines[0]
        if one[:1] in _CHECK_MARKS:
            # ("✅ Godkendt. …": a youth council's check mark before the outcome)
            one = one[1:].lstrip("\ufe0f ")
        # ("Punktet blev udsat, da … Tages op på" / "mødet i november.": the one paragraph
        # wrapped over the lines of a typed page)
        whole = (len(lines) == 1 or _wrapped_paragraph(lines)) and (
            outcome_line(one)
            or outcome_line(_first(one))
            or _proposal_carried(one)
            or _elliptic_outcome(one)
            or _outcome_after_change(one)
        )
        # the last item's "Intet." / "Godkendt." as a paragraph of its own, then what the
        # page puts after the minutes (a confidentiality note, a contact line)
        # ("- Ingen punkter." / "> 💡 Næste møde: …": set as a bullet, the note's tail after)
        alone = last and len(lines) > 2 and not lines[1].strip()
        if alone and (_BARE.match(one.strip()) or _NOTHING.match(one.strip())):
            whole = True
        at = 0 if whole else (_point_outcome(lines) or _closing_outcome(lines))
    else:
        at = next(
            (
                k
                for k, line in enumerate(lines)
                if outcome_line(_LEAD_BULLET.sub("", line.strip()))
                or _agreed_after_outcome(line)
                or _initials_decided(line, forum)
                or _told_over_news(lines, k)
            ),
            None,
        )
        if at is not None:
            at = _decided_after_debate(lines, at)
            if (under := _outcome_under_proposal_paragraph(lines, at)) is not None:
                # "Teknik- og Miljøudvalget behandlede sagen …: Udvalget anbefaler …" /
                # "Direktøren indstiller, at …" / "Udsat. …": an outcome line above the
                # proposal is background (an earlier body's, the case's), this meeting's is
                # the paragraph under the proposal
                at = under
        if at is None:  # "• Aftalt: …" as the last bullet
            at = _closing_outcome(lines)
        if at is None:  # "Direktøren indstiller, at …" / "Kommissionen anbefaler …"
            at = _after_proposal(lines)
        if at is None and len(lines) == 1 and outcome_line(_first(lines[0])):
            # "Referatet fra sidst er godkendt. Dagsorden godkendt.": the item's one line,
            # its first sentence the outcome (as where items have headings, above)
            at = 0
        # "Kassereren orienterede om regnskabet for sommerlejren. …": free-text minutes'
        # account of what the forum was told at the meeting, in the past, as the note's one
        # line: that account is the item's minute where no outcome stands in its prose
        # either (below). A note going on under it is left to the passes after this one
        # ("Formanden fortalte om sæsonen." / "Efter en kort debat blev beretningen
        # godkendt.": the later line is the outcome)
        told = (
            at is None
            and lines[0][:1].isupper()
            and sum(1 for line in lines if line.strip()) == 1
            and _TOLD_MINUTE.match(lines[0]) is not None
        )
    if at is None and len(lines) == 1 and (closing := _closing_sentence(lines[0])):
        # "Mette bød velkommen. Dagsordenen godkendt uden tilføjelser.": the item's one
        # line, a short remark first and the outcome its closing sentence
        lines, at = [lines[0].strip()[: -len(closing)].strip(), closing], 1
    if at is None and not whole_only and arrow is None and logged is None:
        # "… pr. portion. Ældrerådet anbefaler" / "kvalitetsstandarden, …": running prose,
        # the outcome a sentence inside the paragraph, perhaps over a line's wrap
        starts = [0, *(k + 1 for k, line in enumerate(lines) if not line.strip())]
        for start in starts:
            if start < len(lines) and lines[start].strip():
                lines, at = _prose_outcome(lines, start, none=None)
                if at is not None:
                    break
        if at is None and told:
            at = 0
    if at is None:
        return item
    found = at
    while at > 0 and lines[at].lstrip()[:1].islower() and lines[at - 1].rstrip()[-1:].isalnum():
        # "Ændringsforslag fra Venstre om …" / "med 0,2 forkastedes med 14 stemmer mod 11.":
        # the outcome's sentence opens on the line above (a typed line's wrap)
        at -= 1
    if not whole_only and arrow is None and logged is None:
        # "Formanden havde deltaget i …" / "… genoptræning. Meddelelserne blev taget til
        # efterretning.": the outcome is the paragraph's later sentence, not its start
        lines, at = _prose_outcome(lines, at, found=found)
        if at is None:
            return item
    before = "\n".join(lines[:at]).strip("\n")
    decision = _LEAD_BULLET.sub("", "\n".join(lines[at:]).strip("\n"))
    label = ""
    if logged is not None:
        label = "Status:"
        decision = STATUS_LINE.sub("", decision, count=1)
    elif arrow is not None:
        decision = ARROW_OUTCOME.sub("", decision, count=1)
        # "-> Aftale: HR reviderer …": the label heads the decision (an agreement's type)
        labelled = LABELLED_OUTCOME.match(decision)
        if labelled:
            label = labelled.group(0).strip()
            decision = decision[labelled.end() :]
    elif lines[at].lstrip()[:1] in _BULLETS:
        decision = LABELLED_OUTCOME.sub("", decision)
    elif acting := _action_label(decision):
        # "Aktion: Sagen oversendes til …": the label heads the decision
        label, decision = acting.group(0).rstrip(": "), decision.strip()[acting.end() :].lstrip()
    sections = [
        *([Section("tekst", "", before)] if before else []),
        Section("beslutning", label, decision),
        *after,
    ]
    references = tuple(
        replace(r, section="beslutning") if r.text in decision else r for r in item.references
    )
    return replace(item, sections=tuple(sections), references=references)


_LEAD_BULLET = re.compile(rf"^\s*[{re.escape(BULLET_MARKS)}]\s+")

#: "Formanden orienterede om …", "Lone Berg fortalte kort om …": one to four capitalised
#: words naming who told the forum, a verb of telling in the past and its "om"/"for".
_TOLD_MINUTE = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå.'-]*\s+){1,4}(?:orienterede|fortalte|informerede|redegjorde)"
    r"\s+(?:kort\s+)?(?:om|for)\s+\S"
)

#: "TLF valgte det andet forslag …", "LG besluttede at …": capitals (an initialism) as the
#: subject of a verb of deciding in the past, as ``_FORUM_VERB`` reads a body's name.
_INITIALS_VERB = re.compile(
    r"^(?P<initials>(?-i:[A-ZÆØÅ]{2,5}))\s+" + _FORUM_VERB.pattern[len(_FORUM_SUBJECT) :],
    re.IGNORECASE,
)


def _initials_decided(line: str, forum: str | None) -> bool:
    """The line opens with the meeting's body by its initials deciding ("TLF valgte …" in
    Topledelsesforum's minutes, ``parse.abbreviates_forum``); another body's ("KL
    anbefalede …", "HR godkendte …") is the case's background."""
    line = line.strip()
    if not forum or not line[:2].isupper():
        return False
    m = _INITIALS_VERB.match(line)
    return m is not None and abbreviates_forum(m.group("initials"), forum)


#: "Grønt Råd", "Kommunalbestyrelsen", "Ældrerådet": a forum named as a sentence's subject in
#: running prose (a body's proper name of two words too: "Grønt Råd anbefaler …").
_PROSE_FORUM = r"(?:(?-i:[A-ZÆØÅ])[\wæøå-]*\s+(?-i:R)åd|" + _FORUM_SUBJECT[1:-3] + r")\s+"
#: A sentence of running prose stating the outcome besides :func:`outcome_line`'s: the forum
#: in the present ("Ældrerådet anbefaler …", "Rådet kan anbefale …", "Grønt Råd tog …"),
#: a passive outcome with an adverb or a long subject before it ("Lokalplanen blev endeligt
#: vedtaget med …", "Budgettet for 2017 … blev herefter vedtaget med 17 stemmer mod 2, …",
#: "Sagen blev udsat til …", "Forslaget blev drøftet, og …"), a matter sent on
#: ("Henvendelsen oversendes til …") and an election by a vote ("Ved skriftlig afstemning
#: blev <name> valgt med 4 stemmer mod 2.").
_PROSE_OUTCOME = re.compile(
    r"^" + _PROSE_FORUM + r"(?:kan\s+(?:ikke\s+)?)?(?:afgiver|anbefaler|anbefale|godkender|"
    r"vedtager|tiltræder|beslutter|afviser|bevilger|drøftede|besluttede|godkendte|vedtog|"
    r"anbefalede|bevilgede|afviste|udsatte|tog\s+\S+(?:\s+\S+){0,5}?\s+til\s+"
    r"(?:efterretning|orientering))\b"
    r"|^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+[\wæøå0-9,-]+){0,8}?\s+blev\s+(?:[a-zæøå]+t\s+|derfor\s+"
    r"|herefter\s+|dog\s+|så\s+)?(?:ikke\s+)?(?:godkendt|vedtaget|tiltrådt|anbefalet|drøftet|"
    r"udsat|afvist|forkastet|oversendt|imødekommet|bevilget|taget\s+til\s+(?:efterretning|orientering)"
    # ("Graveren blev bemyndiget til at …", "Taksterne blev fastsat som …": the
    # forum's mandate or figures, set in the passive)
    r"|bemyndiget|fastsat)\b"
    r"|^(?-i:[A-ZÆØÅ])[\wæøå-]*\s+(?:oversendes|videresendes|sendes\s+videre)\s+til\s+\S"
    # "Udvalget indstiller til menighedsrådet, at …": a committee's recommendation to the
    # council it serves, the committee by its kind alone (a named body's "indstiller" is
    # the proposal put to the forum)
    r"|^(?:udvalget|rådet|bestyrelsen)\s+indstiller\s+til\s+\S"
    # "Som første punkt godkendte kommunalbestyrelsen …", "Endelig vedtog rådet …": the
    # narrative's connective first, the verb before the forum
    r"|^(?:som\s+(?:første|sidste|næste)\s+punkt|herefter|dernæst|derefter|endelig|til\s+sidst|"
    r"afslutningsvis)\s+(?:drøftede|besluttede|godkendte|vedtog|anbefalede|bevilgede|afviste|"
    r"udsatte|tog\s+\S+(?:\s+\S+){0,5}?\s+til\s+(?:efterretning|orientering))\s+"
    + _FORUM_SUBJECT[1:]
    # "Der var ingen bemærkninger.": nothing said to the item
    + r"|^der\s+var\s+ingen\s+(?:bemærkninger|spørgsmål)\s*\.?$"
    r"|\bblev\s+(?:(?-i:[A-ZÆØÅ])[\wæøå-]*\s+){1,4}(?:valgt|genvalgt)\s+med\s+\d{1,4}\s+stemmer\b",
    re.IGNORECASE,
)


#: A sentence's end in running prose: also after a number or a per cent ("… kl. 16.30.
#: Mødeplanen blev godkendt.", "… med 6 %. Orienteringen …").
_PROSE_SENTENCE_END = re.compile(r"(?<=[a-zæøå)%\d][.!])\s+(?=[A-ZÆØÅ])")


def _prose_sentence_outcome(sentence: str) -> bool:
    """A sentence of running prose that states the item's outcome (see ``_PROSE_OUTCOME``)."""
    sentence = sentence.strip()
    return outcome_line(sentence) or _PROSE_OUTCOME.search(sentence) is not None


def _prose_outcome(
    lines: list[str], at: int, none: int | None = -1, found: int | None = None
) -> tuple[list[str], int | None]:
    """The lines, split where the first sentence stating an outcome opens inside the
    paragraph from line ``at`` on ("… er utrygt. Sagen" / "oversendes til …"), and the
    position of the outcome's line; the lines as they were where the paragraph opens with
    the outcome; where no sentence of it states one, ``at`` unchanged (``none``, if
    given, instead). With ``found`` (the line an outcome was seen on), only a sentence
    running over that line counts ("… bevillingen" / "til 0,4 mio. kr. forkastedes …" /
    "Tillægsbevillingen i øvrigt vedtoges …": the first, not the next line's)."""
    kept = at if none == -1 else none
    end = next((k for k in range(at, len(lines)) if not lines[k].strip()), len(lines))
    if end - at > 12 or (none == -1 and not any(". " in line for line in lines[at:end])):
        return lines, kept  # (cheap gate: one sentence in the paragraph, nothing to split)
    flat = " ".join(lines[at:end])
    starts = [0, *(m.end() for m in _PROSE_SENTENCE_END.finditer(flat))]
    if found is not None:
        line_start = sum(len(line) + 1 for line in lines[at:found])
        line_stop = line_start + len(lines[found])
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else len(flat)
        if found is not None and not (start < line_stop and stop > line_start):
            continue
        if not _prose_sentence_outcome(flat[start:stop]):
            continue
        if i == 0:
            return lines, at
        # the sentence's start as a place in the lines (a joined line's space is its break)
        k, offset = at, start
        while offset > len(lines[k]):
            offset -= len(lines[k]) + 1
            k += 1
        head, tail = lines[k][:offset].rstrip(), lines[k][offset:].lstrip()
        if not head:
            return lines, k
        return [*lines[:k], head, tail, *lines[k + 1 :]], k + 1
    return lines, kept


def _closing_sentence(line: str) -> str | None:
    """The closing sentence of a line of two or three where it alone states the outcome
    and the sentences before it are short remarks ("Mette bød velkommen."); else None."""
    if ". " not in line:
        return None
    sentences = _SENTENCE_END.split(line.strip())
    if not 2 <= len(sentences) <= 3 or any(len(s) > 80 for s in sentences[:-1]):
        return None
    last = sentences[-1]
    if len(last) > 120 or not _prose_sentence_outcome(last) or outcome_line(sentences[0]):
        return None
    return last


#: "… til "Strøby Skole". Herefter godkendt.": an outcome that follows from the sentence
#: before it (a correction, a change), the connective opening the line's closing sentence.
_THEN_CLOSING = re.compile(
    r"[.!\"”»)]\s+(?:Og\s+)?(?:Herefter|Derefter|Hermed|Dermed|Således)\s+(?P<outcome>\S[^.!]*[.!]?)$"
)


def _outcome_after_change(line: str) -> bool:
    """A short line closed by an outcome that follows from what it says first ("Under pkt.
    4 rettes … til …. Herefter godkendt."): the change and the outcome are the decision
    together, so the whole line is it (not its closing sentence alone)."""
    if "fter" not in line and "ermed" not in line and "ledes" not in line:
        return False  # (cheap gate: none of the connectives)
    then = _THEN_CLOSING.search(line.strip())
    return then is not None and then.start() <= 240 and bare_outcome(then.group("outcome"))


def _elliptic_outcome(line: str) -> bool:
    """The line's first sentence is a noun and its outcome without the verb ("Referat
    godkendt, idet …", "Planen vedtaget med …": ``_SUBJECT_OUTCOME``), undated (a dated
    one tells an earlier meeting's decision)."""
    first = _first(line)
    return _SUBJECT_OUTCOME.match(first) is not None and not _told_dated(first)


#: A task table's head row opening an item's text (see ``vocab.TASK_TABLE_HEAD``).
_TASK_HEAD = re.compile(rf"^{TASK_TABLE_HEAD}[ \t]*\n", re.IGNORECASE)


def task_tables(items: list[Item]) -> list[Item]:
    """Items whose whole text is a task table ("Hvem | Hvad | Hvornår" over a row per
    task: a staff's "Opgaver" item) with the table's rows as the decision, headed by the
    head row: who does what by when is what the meeting agreed."""
    out = []
    for it in items:
        text = it.sections[0].text if len(it.sections) == 1 else ""
        if (
            text
            and text[0] in "HhAa"
            and it.sections[0].key == "tekst"
            and (head := _TASK_HEAD.match(text))
        ):
            rows = text[head.end() :].strip("\n")
            if rows:
                label = head.group(0).strip()
                it = replace(it, sections=(Section("beslutning", label, rows),))
        out.append(it)
    return out


def lone_outcomes(items: list[Item]) -> list[Item]:
    """Items whose text is one line stating the outcome ("Udgår – overført til næste
    møde.") with no label, in minutes whose other items label their decisions: that line
    is the item's decision (the label is left out where there is nothing else to say);
    so too where the case's fields stand above that line (see ``_outcome_under_fields``)."""
    return [
        (
            (
                _told_then_decided(_split(it, True))
                if "\n" not in it.sections[0].text.strip()
                else _outcome_under_fields(it)
            )
            if _text_only(it)
            else it
        )
        for it in items
    ]


def _told_then_decided(item: Item) -> Item:
    """The item whose one line (still text alone) tells what was reported and closes with
    the forum's outcome ("NN orienterede om, at elevatoren på perron 2 igen har været ude
    af drift i tre uger. Rådet besluttede at skrive til Banedanmark."): the line is the
    item's minute, its decision; else as it was. (Remarks short enough to stand apart
    were split off by ``_closing_sentence`` already.)"""
    if not _text_only(item):
        return item
    line = item.sections[0].text.strip()
    sentences = _SENTENCE_END.split(line)
    if not 2 <= len(sentences) <= 3 or outcome_line(sentences[0]):
        return item
    if not (_prose_sentence_outcome(sentences[-1]) and outcome_line(sentences[-1])):
        return item
    return replace(item, sections=(Section("beslutning", "", line), *item.sections[1:]))


#: "Vedr.: Varmeregnskab 2023", "Sagens parter: A mod B": a case's field line, a short label
#: and its colon before the value.
_FIELD_LINE = re.compile(r"^[A-ZÆØÅ][\wæøå .'-]{1,24}:[ \t]+\S")


def _outcome_under_fields(item: Item) -> Item:
    """The item with its last line as the decision where every line above it is a field of
    the case ("Sagens parter: A mod B" / "Sagen blev udsat på parternes anmodning."): a
    board's case settled or put off with nothing to tell but who and what; else as it was."""
    lines = [line for line in item.sections[0].text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(_FIELD_LINE.match(line) for line in lines[:-1]):
        return item
    last = lines[-1].strip()
    if not (outcome_line(last) or outcome_line(_first(last))):
        return item
    return replace(
        item,
        sections=(
            Section("tekst", "", "\n".join(lines[:-1])),
            Section("beslutning", "", last),
            *item.sections[1:],
        ),
    )


_TOLD_LEAD = re.compile(TOLD_LEAD, re.IGNORECASE)


def _told_over_news(lines: list[str], k: int) -> bool:
    """Line ``k`` is a lead saying who told the forum ("Lederen orienterede om:") and only
    bulleted news stands under it to the text's end: in free-text minutes the orientation
    is the item's minute, as an outcome line would be (its type: taken to note)."""
    line = lines[k].strip()
    if line[-1:] != ":" or _TOLD_LEAD.match(line) is None:
        return False
    rest = [ln for ln in lines[k + 1 :] if ln.strip()]
    # ("a) …" / "b) …": the news lettered as an old council's minutes set them)
    return bool(rest) and all(_BULLET_POINT.match(ln) or _LETTERED_POINT.match(ln) for ln in rest)


#: "a) Amtet har sendt …", "b. Kommunen har fået …": a point lettered in small letters.
_LETTERED_POINT = re.compile(r"^\s*[a-h][.)]\s+\S")


def _quoted(lines: list[str], k: int) -> bool:
    """A ">> …" line among lines set off as a mail's quote (">" before each): quoted text,
    not a note taker's double chevron before the outcome."""
    if not lines[k].lstrip().startswith(">"):
        return False
    return any(line.lstrip().startswith(">") for j, line in enumerate(lines) if j != k)


#: "=> Godkendt.", "-> …", "→ …": an arrow opening the line that states the outcome; also
#: the dingbat and heavy arrows a Teams or OneNote note pastes ("➜ Godkendt.", "➡ …",
#: "➝ …", "⟶ …", "⇨ …"; a legend may say "➜ = konklusion"). ("- => Godk. plan: …": the
#: arrow behind a bullet, where every line under an item is one.)
ARROW_OUTCOME = re.compile(
    r"^\s*(?:[-•]\s+(?=[=\-→⇒➔➜➡➝➞⟶⇨>]))?(?:=>|->|→|⇒|➔|➜|➡|➝|➞|⟶|⇨|>>(?=\s))\uFE0F?\s*(?=\S)"
)
#: The first characters of the arrows, and of a bullet before one (a cheap test before the
#: pattern).
ARROW_STARTS = "=-→⇒➔➜➡➝➞⟶⇨>•"
#: "Aftalt: …", "• Konklusion: …", "Beslutning: Godkendt.": the conclusion written on its
#: label's line (a note taker's last bullet; a line under an item heading, ``headings``).
LABELLED_OUTCOME = re.compile(
    r"^(?:aftalt|aftaler?|besluttet|konklusion|konkl\.|beslutning)\s*:\s*(?=\S)", re.I
)
#: "-- pause --", "Frokost": a break in the meeting written between two items.
_BREAK = re.compile(r"^[-–—*_=\s]*(?:pause|kaffepause|frokost(?:pause)?)[-–—*_=\s]*$", re.I)


#: "Ingen kommentarer. => godkendt": a remark, then an arrow pointing to the outcome at
#: the line's end (a note taker's shorthand; the whole line is the decision).
_TRAILING_ARROW = re.compile(r"\s(?:=>|->|→|⇒|➜)\s*(?P<outcome>\w[^\n]*)$")


def arrow_closing(line: str) -> bool:
    """A line closed by an arrow and a bare outcome ("Ingen kommentarer. => godkendt")."""
    if ">" not in line and "→" not in line and "⇒" not in line and "➜" not in line:
        return False
    m = _TRAILING_ARROW.search(line)
    return m is not None and _BARE.match(m.group("outcome").strip()) is not None


#: "Amalie blev valgt med 14 stemmer.", "Jens Hansen blev genvalgt som formand.": the
#: person elected (one to four capitalised names) closing the item's notes: its outcome.
_ELECTED = re.compile(
    # ("Louise Holm blev genvalgt, og Kim Lund blev nyvalgt.": a general assembly's election)
    r"^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå.-]*){0,3}\s+blev\s+(?:gen|ny)?valgt"
    r"(?:\s+(?:med\s+\d{1,4}\s+stemmer|med\s+akklamation|som|til|enstemmigt)\b|,\s+og\s|\s*[.!]?$)"
    # "Valgt blev Jonna Bak (F).": a council's protocol, the participle first, the one elected
    # after it
    r"|^(?:Genvalgt|Nyvalgt|Valgt)\s+blev\s+[A-ZÆØÅ]"
    # "PwC, Vejle, genvalgt.": the auditor or member named, the participle alone
    + r"|^"
    + ELECTED_NAMED_ALONE
    # "Bestyrelsen foreslog advokat NN, der blev valgt med akklamation.": the one proposed,
    # elected
    + r"|^"
    + ELECTED_AS_PROPOSED
    # "Esbjerg Kommune genvalgte NN og nyvalgte NN.": the sole owner electing the board
    + r"|^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?-i:[A-ZÆØÅ])[\wæøå-]*)?\s+Kommune\s+(?:gen|ny)?valgte\s"
)

#: "Det blev besluttet at bruge pengene på bænke …": the forum's decision in the passive,
#: what it decided after "at" (the impersonal subject: no case's background names it so).
_DECIDED_THAT = re.compile(r"^det\s+blev\s+(?:besluttet|vedtaget|aftalt)\s+at\s", re.IGNORECASE)

_BULLETS = frozenset(BULLET_MARKS)
#: "(Afstemning: 3 for, 2 imod, Lasse undlod.)", "(4 for, 1 imod)": a vote's count in
#: brackets on a line of its own, closing the item under its outcome.
_TALLY = re.compile(r"^\s*\((?:afstemning\s*:|stemmer\s*:|\d{1,3}\s+for\b)[^()\n]*\)\.?\s*$", re.I)


#: "2.1 Orientering om elevtal", "b) Status på byggeriet", "3a Nyt fra formanden": a
#: numbered or lettered sub-point of an item ("Meddelelser", "Orienteringssager"), its
#: title's capital after the number.
_SUB_POINT = re.compile(r"^\s*(?:\d{1,2}\.\d{1,2}\.?|[a-h][.)]|\d{1,2}\s?[a-h][.)]?)\s+[A-ZÆØÅ]")


def _point_outcome(lines: list[str]) -> int | None:
    """Position of the first outcome line right under a sub-point of an item whose text is
    numbered or lettered sub-points ("2.1 Orientering om …" / "Taget til efterretning." /
    "2.2 …" / "Udvalget drøftede …"), each with its own short outcome or none: the item's
    decision opens with the first point's outcome (the others' follow it), though the
    minutes label their other decisions; the outcome may stand one blank line under its
    point (every line a paragraph). The text opens with a point and holds two or more;
    else None."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    points = [k for k in filled if _SUB_POINT.match(lines[k])]
    if len(points) < 2 or points[0] != filled[0]:
        return None
    for k in points:
        under = k + 1
        if under + 1 < len(lines) and not lines[under].strip():
            under += 1  # ("2.1 Title" / blank / "Taget til efterretning.": a line a paragraph)
        if under < len(lines) and under not in points and outcome_line(lines[under]):
            return under
    return None


def _closing_outcome(lines: list[str]) -> int | None:
    """Position of the item's outcome line closing its notes (:func:`_closing_outcome_line`),
    else of the action line under the notes that states the outcome itself
    (:func:`_acting_outcome`)."""
    at = _closing_outcome_line(lines)
    return at if at is not None else _acting_outcome(lines)


def _acting_outcome(lines: list[str]) -> int | None:
    """Position of the action line closing the item's notes that states what became of
    the case ("Aktion: Sagen oversendes til udvalget …", "Opfølgning: Punktet udsættes."),
    where no other line states an outcome: a volunteer secretary's only record of the
    decision is its action; else None (an action naming who does what is no outcome)."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    found = None
    while len(filled) > 1 and (m := _action_label(lines[filled[-1]])) is not None:
        if outcome_line(lines[filled[-1]].strip()[m.end() :].strip()):
            found = filled[-1]
        filled.pop()
    return found


def _action_label(line: str) -> re.Match[str] | None:
    """The label of an action line ("Aktion:", "Handling:", "Opfølgning:"), else None."""
    text = line.strip()
    return _ACTION.match(text) if text[:1] in "HhOoAa" else None


def _closing_outcome_line(lines: list[str]) -> int | None:
    """Position of the item's last line where it starts by stating the outcome under a
    text ("Oplæg ved …" / "Drøftet. HR reviderer udkastet."): an internal forum's
    conclusion written without a label. Only a line that opens with the outcome counts
    (a sentence merely ending in "… blev godkendt." may be background)."""
    filled = [k for k, line in enumerate(lines) if line.strip() and not _BREAK.match(line)]
    while (
        len(filled) > 2 and lines[filled[-1]][:1] in "HhOoAa" and _ACTION.match(lines[filled[-1]])
    ):
        # "… Udvalget anbefaler, at …" / "Handling: OT skriver … – frist 15. august": who
        # acts on it by when, under the outcome (an action list's line per item)
        filled.pop()
    if (
        len(filled) > 2
        and lines[filled[-1]].lstrip()[:1] == "("
        and _TALLY.match(lines[filled[-1]])
    ):
        filled.pop()  # "(Afstemning: 3 for, 2 imod, 1 undlod.)": the vote under the outcome
    if len(filled) < 2:
        return None
    # "• Aftalt: …" among the bullets (an "• Opfølgning: …" may follow it): labelled so
    labelled = [
        k
        for k in filled[1:]
        if lines[k].lstrip()[:1] in _BULLETS
        and LABELLED_OUTCOME.match(_LEAD_BULLET.sub("", lines[k]))
    ]
    if labelled:
        return labelled[-1]
    # "Forslaget blev sat til afstemning. … Forslaget faldt." under the motion's text, a
    # member's wish after it: the vote is the outcome wherever it stands (never background)
    voted = next((k for k in filled[1:] if _VOTE.match(lines[k].strip())), None)
    if voted is not None:
        return voted
    if (listed := _outcome_over_list(lines, filled)) is not None:
        return listed
    # "• Taget til orientering.": the last bullet of a note taker's list states it too
    last = _LEAD_BULLET.sub("", lines[filled[-1]].strip())
    if not (
        _BARE.match(last)
        or _ELECTED.match(last)
        or _DECIDED_THAT.match(last)
        or _MOVED.match(last)
        or _SUBJECT_OUTCOME.match(_first(last))
        or _FORUM_VERB.match(last)
        or _FORUM_PRESENT.match(last)
        or (last[:5].lower() == "ingen" and _NO_DECISION_WHY.match(last))
    ):
        # "Aftalt at vælge model B …" / "Søren sørger for …": the agreement, then who acts
        if len(filled) >= 3 and _AGREED.match(lines[filled[-2]].strip()):
            return filled[-2]
        return None
    return filled[-1]


#: "Ingen beslutning - forventes færdigt uge 47.": the notes' last line saying that nothing
#: was decided and why (the item's record all the same).
_NO_DECISION_WHY = re.compile(r"^ingen\s+beslutning\s*[-–—]\s+\S", re.IGNORECASE)


#: "- tidlig inddragelse …", "1. Tølløse får 3 spor", "2) …": a line of a list.
_LIST_LINE = re.compile(rf"^\s*(?:[{re.escape(BULLET_MARKS)}]|\d{{1,2}}[.)])\s+\S")


def _outcome_over_list(lines: list[str], filled: list[int]) -> int | None:
    """Position of the outcome line over the list that closes the item's notes ("Drøftet –
    se ndf." / "- tidlig inddragelse …" / "- hjemmebesøg …", "Vedtaget med én ændring:" /
    "1. …"): what was decided is listed under the outcome's line; else None."""
    k = len(filled) - 1
    while k > 0 and _LIST_LINE.match(lines[filled[k]]):
        k -= 1
    if k == len(filled) - 1 or _LIST_LINE.match(lines[filled[k]]):
        return None
    head = lines[filled[k]].strip()
    return filled[k] if _BARE.match(head) or _MOVED.match(head) else None


#: "Handling: …", "Opfølgning: …", "Ansvarlig: …": an action line closing an item's notes.
_ACTION = re.compile(r"^(?:handling(?:er)?|opfølgning|ansvarlig|aktion)\s*:", re.I)


#: "Direktøren indstiller, at …", "Administrationen indstiller:": the proposal's line.
_PROPOSAL = re.compile(r"^\S.{0,60}?\bindstiller\b", re.I)


def _after_proposal(lines: list[str]) -> int | None:
    """Position of the first paragraph after the proposal ("Direktøren indstiller, at …")
    that opens with the forum deciding in the present ("Beredskabskommissionen anbefaler
    …"): unlabelled minutes record the forum's act under the proposal it was put; above
    the proposal such a line is background. Else None."""
    proposal = next(
        (k for k, line in enumerate(lines) if "indstiller" in line and _PROPOSAL.match(line)),
        None,
    )
    if proposal is None:
        return None
    for k in range(proposal + 1, len(lines)):
        if not lines[k - 1].strip() and _FORUM_PRESENT.match(lines[k].strip()):
            return k
    return None


#: "Bestyrelsen drøftede navnlig …": the forum's discussion opening a paragraph.
_DEBATED = re.compile(r"^\S.{0,60}?\bdrøftede\b", re.I)
#: "Havnefogeden indstillede, at tilbuddet antages.": the proposal put to the forum, told
#: in the past (or the present) as its paragraph's opening.
_PROPOSED = re.compile(r"^\S.{0,60}?\bindstill(?:er|ede)\b", re.I)


def _decided_after_debate(lines: list[str], at: int) -> int:
    """Where the outcome starts when the first outcome line ``at`` is the forum's discussion
    ("Bestyrelsen drøftede navnlig …") and a proposal's paragraph follows it ("Havnefogeden
    indstillede, at tilbuddet antages."): the first outcome paragraph after the proposal
    ("Bestyrelsen godkendte, at tilbuddet antages, …"), as a protocol without decision
    headings tells the debate, the proposal put and the decision in turn; else ``at``."""
    line = lines[at]
    if ("røftede" not in line and "RØFTEDE" not in line) or not _DEBATED.match(line.strip()):
        return at
    starts = [k for k in range(at + 1, len(lines)) if lines[k].strip() and not lines[k - 1].strip()]
    proposal = next(
        (
            k
            for k in starts
            if ("ndstill" in lines[k] or "NDSTILL" in lines[k])
            and _PROPOSED.match(lines[k].strip())
        ),
        None,
    )
    if proposal is None:
        return at
    return next((k for k in starts if k > proposal and outcome_line(lines[k])), at)


#: "at …", "1. at …", "- at …": a point of the proposal on a paragraph of its own.
PROPOSAL_POINT = re.compile(r"^(?:\d{1,2}[.)]\s*|[-•–]\s*)?at\s", re.IGNORECASE)


def _outcome_under_proposal_paragraph(lines: list[str], found: int) -> int | None:
    """Position of the paragraph closing the text right under the proposal's ("Direktøren
    indstiller, at …" / blank / "Drøftet."), where the outcome line ``found`` stands above
    that proposal and the closing paragraph opens with an outcome: unheaded minutes
    write the case, the committees' decisions and the proposal, then this meeting's
    decision under it (a short paragraph of six lines at most, no point of the proposal).
    Else None."""
    proposal = next(
        (
            k
            for k in range(len(lines) - 1, found, -1)
            if ("ndstiller" in lines[k] or "NDSTILLER" in lines[k])
            and not lines[k - 1].strip()
            and _PROPOSAL.match(lines[k].strip())
        ),
        None,
    )
    if proposal is None:
        return None
    gap = next((k for k in range(proposal + 1, len(lines)) if not lines[k].strip()), None)
    start = next((k for k in range(gap, len(lines)) if lines[k].strip()), None) if gap else None
    if start is None:
        return None
    rest = [line.strip() for line in lines[start:] if line.strip()]
    if (
        len(rest) > 6
        or any(PROPOSAL_POINT.match(line) or "indstiller" in line for line in rest)
        or not opens_with_outcome(rest[0])
    ):
        return None
    return start


#: "Aftalt at …", "Det blev aftalt, at …", "Besluttet at …": a note taker's agreement
#: opening the line, no subject.
_AGREED_THAT = r"^(?:det\s+blev\s+)?(?:aftalt|besluttet|vedtaget),?\s+at\s"
#: ``_AGREED_THAT``; "Vi blev enige om at …", "Vi aftalte, at …": a volunteer's record of
#: the agreement in the first person, also as a later sentence of the line ("Tak for
#: undersøgelsen. Vi blev enige om at …"); "Bestyrelsen blev enige om …": the forum as
#: subject.
_AGREED = re.compile(
    _AGREED_THAT
    # ("Enighed om at …": the agreement as a note taker writes it, no verb, no subject)
    + r"|^(?:bred\s+|fuld\s+)?enighed\s+om,?\s+at\s"
    # ("Alle var enige om at …": the whole forum agreed, as a youth council's notes say)
    r"|(?:^|(?<=[.!]\s))(?:vi|man|alle|(?:rådet|bestyrelsen|udvalget|[A-ZÆØÅ][\wæøå-]*(?:rådet|"
    # ("Bestyrelsen var enige om at anbefale …": agreed, told as a state)
    r"bestyrelsen|udvalget)))\s+(?:(?:blev|var)\s+enige\s+om|aftalte|besluttede|vedtog)\b"
    # "Der var tilslutning til planen.": the agreement with no subject (a small council's
    # prose; "Der var enighed om …" alone may be a discussion's judgement: see
    # _AGREED_AFTER_OUTCOME)
    r"|(?:^|(?<=[.!]\s))der\s+var\s+(?:bred\s+|fuld\s+)?tilslutning\s+til\s",
    re.I,
)
#: "Der var enighed om at …", "Der var bred enighed om …": an agreement without a subject.
_CONSENSUS = re.compile(r"^der\s+var\s+(?:bred\s+|fuld\s+)?enighed\s+om\s", re.I)


def _agreed_after_outcome(line: str) -> bool:
    """A line whose first sentence states an outcome and whose second the agreement it led
    to ("Sagen blev drøftet. Der var enighed om at …"): the outcome's line, though such an
    agreement alone ("Der var enighed om at model 1 er for dyr.") may be the discussion's
    judgement above the decision."""
    if "enighed" not in line:
        return False
    sentences = _SENTENCE_END.split(line.strip(), maxsplit=2)
    return (
        len(sentences) >= 2
        and _CONSENSUS.match(sentences[1]) is not None
        and outcome_line(sentences[0])
    )


#: "Dagsorden godkendt.", "Ansøgningen blev ikke godkendt.", "Høringssvaret oversendes til
#: Direktionen, …": a short subject (up to three words) and the outcome, as a last line, in
#: a note taker's style (no auxiliary) or refused; "Budgettet blev godkendt." may be
#: background and is not taken.
_SUBJECT_OUTCOME = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+(?!(?:blev|er|var)\b)[\wæøå-]+){0,2}\s+"
    r"(?:(?:blev|er)\s+ikke\s+)?"
    r"(?:(?:godkendt|vedtaget|besluttet|tiltrådt|anbefalet|afvist|taget\s+til\s+"
    r"(?:efterretning|orientering))(?:\s*[.,;:!]|\s+(?:med|idet|uden|dog)\b|\s+[–—]\s|$)|"
    r"(?:oversendes|videresendes|sendes\s+videre)\s+til\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)


def _arrow_in_last_section(item: Item) -> Item:
    """The item with its last section split at a line an arrow opens ("- Økonomi: frist
    9/10" / "- IT: …" / "➜ Taget til efterretning."): a note's bullet that starts with a
    section's word ("Økonomi:") made a section of the notes, and the arrowed outcome under
    them stayed in it; the arrow marks the outcome wherever it stands. Not where the item
    has a decision section already, nor where the arrow opens the section."""
    if not item.sections or any(sec.key == "beslutning" for sec in item.sections):
        return item
    last = len(item.sections) - 1
    while last > 0 and item.sections[last].key == "bilag":
        last -= 1
    sec = item.sections[last]
    if not any(ch in sec.text for ch in ARROW_STARTS):
        return item  # (the cheap test: most sections hold no arrow)
    lines = sec.text.split("\n")
    at = next(
        (
            k
            for k, line in enumerate(lines)
            if k > 0
            and line.lstrip()[:1] in ARROW_STARTS
            and ARROW_OUTCOME.match(line)
            and not _quoted(lines, k)
        ),
        None,
    )
    if at is None:
        return item
    before = "\n".join(lines[:at]).strip("\n")
    decision = ARROW_OUTCOME.sub("", "\n".join(lines[at:]).strip("\n"), count=1)
    return _decision_after(item, last, before, decision)


def _outcome_under_proposal(item: Item) -> Item:
    """The item with its closing "Indst.:" section split at a later line of it that is a
    bare outcome ("Indst.: Fordeling jf. bilag" / "Vedt. med én ændring:" / "1. …"): short
    notes write the proposal on its label's line and the outcome under it, unlabelled. Not
    where the item has a decision section already; else as ``_arrow_in_last_section``."""
    if any(sec.key == "beslutning" for sec in item.sections):
        return item
    sec = item.sections[-1]
    lines = sec.text.split("\n")
    at = next(
        (
            k
            for k, line in enumerate(lines)
            if k > 0 and (_BARE.match(line.strip()) or _outcome_after_sentence(lines, k))
        ),
        None,
    )
    if at is None or not all(line.strip() for line in lines[:at]):
        # (a paragraph of its own under the proposal: ``proposal_outcome`` reads it)
        return _arrow_in_last_section(item)
    before, decision = "\n".join(lines[:at]).strip("\n"), "\n".join(lines[at:]).strip("\n")
    return _decision_after(item, len(item.sections) - 1, before, decision)


def _outcome_after_sentence(lines: list[str], k: int) -> bool:
    """Line ``k`` of a proposal is its outcome in a sentence of its own after the
    proposal's full stop: a passive outcome or the case sent on or back ("Indstilling: … ."
    / "Følgende blev valgt:", "Sagen sendes tilbage til Teknisk Udvalg …")."""
    line = lines[k].strip()
    return (
        line[:1].isupper()
        and lines[k - 1].rstrip()[-1:] == "."
        and bool(_PASSIVE_END.search(line) or _MOVED.match(line))
    )


def _text_only(item: Item) -> bool:
    """The item is text alone: one text section, maybe the attachments after it."""
    return (
        bool(item.sections)
        and item.sections[0].key == "tekst"
        and all(sec.key == "bilag" for sec in item.sections[1:])
    )


def _leads_with_outcome(lines: list[str]) -> bool:
    """The text opens with a paragraph of one line stating the outcome ("Taget til
    efterretning." / blank / "Totalrådgiver orienterede …"), more text after it; or with
    a line of its own closed by its full stop, the case's text on the next line (a PDF
    export: "Godkendt. Implementering fra 1. april." / "Modellen indebærer …")."""
    if len(lines) < 2 or not outcome_line(lines[0]):
        return False
    if not lines[1].strip():
        return len(lines) > 2 and any(line.strip() for line in lines[2:])
    return lines[0].rstrip()[-1:] == "." and lines[1].lstrip()[:1].isupper()


#: "Referatet fra 24. januar blev godkendt med følgende rettelse: …", "Dagsordenen blev
#: godkendt.": the minutes or the agenda approved, the subject named (never a case's
#: background: only this meeting approves them).
_MINUTES_APPROVED = re.compile(
    r"^(?:referatet|dagsordenen)(?:\s+[\wæøå.,-]+){0,5}?\s+(?:blev|er)\s+godkendt\b", re.I
)


def _approves_minutes(lines: list[str]) -> bool:
    """The text opens with a paragraph of one line approving the minutes or the agenda, a
    remark after it ("Referatet … blev godkendt …" / blank / "Ahmad bemærkede, at …")."""
    return (
        len(lines) > 2
        and not lines[1].strip()
        and lines[0][:1] in "RrDd"
        and _MINUTES_APPROVED.match(lines[0].strip()) is not None
    )


def _undecided_last(items: list[Item]) -> bool:
    """The last of four or more items has section labels of its own ("Baggrund:" over a
    hearing's text, the copy perhaps cut off in it) and no decision label: the notes of the
    items above it, none labelled, are the minutes' free text all the same."""
    return len(items) >= 4 and not any(sec.key == "beslutning" for sec in items[-1].sections)


def leading_outcomes(items: list[Item]) -> int:
    """How many items open their text with a line stating the outcome (see
    :func:`_leads_with_outcome`): two or more make the minutes' decisions (and no agenda)."""
    return sum(
        1 for it in items if _text_only(it) and _leads_with_outcome(it.sections[0].text.split("\n"))
    )


def headless_decisions(items: list[Item], forum: str | None = None) -> list[Item]:
    """Items with the decision their text states where no heading marks it: in free-text
    minutes (no item has a section heading) at the first outcome line, elsewhere only in
    an item whose body is that one line. Where two or more items open their text with a
    paragraph stating the outcome, more text under it (a styregruppe's notes: the
    outcome first, then the case), that paragraph is the decision. ``forum`` is the
    meeting's body: in free text, its initials deciding ("TLF valgte …" in the minutes of
    Topledelsesforum) state the outcome as its name does."""
    free_text = (
        (
            bool(items)
            # (an item's attachments listed under its text: no section heading either)
            and all(all(sec.key in ("tekst", "bilag") for sec in it.sections) for it in items[:-1])
            and (not items or _text_only(items[-1]) or _undecided_last(items))
        )
        or _mostly_free_text(items)
    )
    leading = leading_outcomes(items)
    # an action log's "Status: Besluttet at …" under two or more items: the outcome's line
    logged = sum(1 for it in items if _text_only(it) and _status_outcome(it.sections[0].text))
    last = len(items) - 1
    return [
        _split(it, not free_text, k == last, leading >= 2, logged >= 2, forum)
        for k, it in enumerate(items)
    ]


#: A date in a sentence ("den 12. maj", "i 2019", "12.05.2020"): a past meeting's
#: decision told as background ("Byrådet godkendte den 12. maj 2020 strategien"), not this one.
_DATED = re.compile(r"\b(?:den|d\.)\s+\d{1,2}\.|\b(?:19|20)\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2}")


#: "frem til 1/4-2025", "senest 1. maj": a deadline's date, not the day of the decision.
_DEADLINE_BEFORE = re.compile(r"\b(?:til|senest|inden|fra|pr\.?|per)\s*$", re.IGNORECASE)


def _told_dated(sentence: str) -> bool:
    """Whether the sentence dates the decision it tells (an earlier meeting's), a date
    that is a deadline or a start ("… i høring frem til 1/4-2025") aside."""
    return any(
        _DEADLINE_BEFORE.search(sentence[: m.start()]) is None for m in _DATED.finditer(sentence)
    )


def _decision_after(item: Item, k: int, before: str, decision: str) -> Item:
    """The item with section ``k``'s text cut to ``before`` and ``decision`` as its
    decision right after it: the outcome found unlabelled at the end of a section."""
    sec = item.sections[k]
    return replace(
        item,
        sections=(
            *item.sections[:k],
            replace(sec, text=before),
            Section("beslutning", "", decision),
            *item.sections[k + 1 :],
        ),
    )


def outcome_after_attachments(item: Item, forum_only: bool = False) -> Item:
    """The item with its decision where the outcome, its label left out, runs on under the
    attachments closing the item ("Bilag: Oversigt over ansøgningerne." / "Udvalget
    godkendte fordelingen …"): a Word text saved without blank lines (or a one-line
    ``Bilag:`` field right over the outcome's paragraph) puts the outcome in the list. A
    later line of the last section, ``Bilag``, that is a sentence stating the outcome (a
    forum deciding, undated, where ``forum_only``: minutes that label their other
    decisions) is no attachment's title: from it on is the decision. Else as it was."""
    if (
        not item.sections
        or item.sections[-1].key != "bilag"
        or "\n" not in item.sections[-1].text.strip()
        or any(sec.key == "beslutning" for sec in item.sections)
    ):
        return item
    lines = item.sections[-1].text.strip().split("\n")
    at = next(
        (
            k
            for k in range(1, len(lines))
            if lines[k].rstrip()[-1:] in ".!"
            and lines[k - 1].rstrip()[-1:] != ":"
            and (
                _FORUM_VERB.match(lines[k].strip())
                or (not forum_only and opens_with_outcome(lines[k].strip()))
            )
            # (a dated decision is an earlier meeting's, told as background)
            and not _told_dated(_first(lines[k].strip()))
        ),
        None,
    )
    if at is None or any(
        line.lstrip()[:1] in ARROW_STARTS and ARROW_OUTCOME.match(line) for line in lines[at:]
    ):
        # ("→ Drøftet. …" further down: the arrow marks the outcome wherever it stands)
        return item
    moved = "\n".join(lines[at:])
    # (the attachments are read from the sections in order: the moved lines' are the last)
    kept = len(item.attachments) - len(parse_attachments(moved))
    item = replace(item, attachments=item.attachments[: max(kept, 0)])
    return _decision_after(item, len(item.sections) - 1, "\n".join(lines[:at]), moved)


def closing_forum_decisions(items: list[Item]) -> list[Item]:
    """Items with the decision a body states in the closing paragraph of the item's text
    where its label was left out ("Sagsfremstilling:" / … / "Byrådet godkendte, at lånet
    optages som foreslået. Enstemmigt."), in minutes whose other items label their
    decisions (two or more): the paragraph opens with a body deciding in the past tense
    (``_FORUM_VERB``), undated (a dated one tells an earlier meeting's decision), and more
    text stands above it in that section."""
    if sum(1 for it in items if any(sec.key == "beslutning" for sec in it.sections)) < 2:
        return items
    return [_closing_forum_decision(it) for it in items]


#: Sections whose text is a proposal or the case's history, never this meeting's outcome.
_NOT_OUTCOME_SECTIONS = frozenset(
    {"indstilling", "beslutningsforslag", "historik", "sagsforloeb", "bilag"}
)


#: A closing paragraph's agreement (``_AGREED_THAT``), compiled alone.
_AGREED_THAT_OPENING = re.compile(_AGREED_THAT, re.I)


def _closes_with_outcome(paragraph: str) -> bool:
    """Whether the item's closing paragraph states the outcome unlabelled: a body deciding
    in the past tense (``_FORUM_VERB``), or the note taker's agreement opening it ("Aftalt,
    at sekretariatet indhenter tal til næste møde.", after the notes and their bullets, in
    minutes whose other items label the agreement "Aftalt:")."""
    return bool(
        _FORUM_VERB.match(paragraph)
        or _AGREED_THAT_OPENING.match(paragraph)
        # ("Krisestaben beslutter, at …": a crisis staff's log records its decisions in the
        # present, as they are taken)
        or (
            "taben" in paragraph.split(None, 1)[0].lower()
            and _STAFF_PRESENT.match(paragraph) is not None
        )
    )


#: "Staben", "Krisestaben", "Beredskabsstaben" deciding in the present (``_FORUM_PRESENT``).
_STAFF_PRESENT = re.compile(r"^(?=[\wæøå-]*staben\s)" + _FORUM_PRESENT.pattern, re.I)


def _closing_forum_decision(item: Item) -> Item:
    if not item.sections or any(sec.key == "beslutning" for sec in item.sections):
        return item
    # ("Bilag: …" / "Udvalget godkendte …": the outcome run on under the attachments)
    if (found := outcome_after_attachments(item, forum_only=True)) is not item:
        return found
    last = len(item.sections) - 1
    while last > 0 and (item.sections[last].key == "bilag" or not item.sections[last].text.strip()):
        # (an empty heading's section after the text: a mark of the next item's)
        last -= 1
    sec = item.sections[last]
    head, sep, tail = sec.text.rstrip().rpartition("\n\n")
    if sep and _closing_task(tail):
        # ("… / Ledergruppen godkendte modellen, mens … / Ditte sender den ud …": the
        # outcome, then one short line of who follows it up)
        above, sep_above, outcome = head.rpartition("\n\n")
        if sep_above and above.strip() and _FORUM_VERB.match(outcome):
            head, tail = above, f"{outcome}\n\n{tail}"
    if not sep or not head.strip() or not _closes_with_outcome(tail):
        # ("SAGSFREMSTILLING" / … / "Udvalget drøftede rapporten og besluttede …" /
        # "KOMMUNIKATION" / …: the outcome closing an earlier section, the label left out)
        earlier = next(
            (
                k
                for k in range(last - 1, -1, -1)
                if item.sections[k].key not in _NOT_OUTCOME_SECTIONS
                and _FORUM_VERB.match(item.sections[k].text.rstrip().rpartition("\n\n")[2])
            ),
            None,
        )
        if earlier is None:
            told = _told_at_the_meeting(item)
            return told if told is not item else _closing_sentence_decision(item, last)
        last, sec = earlier, item.sections[earlier]
        head, sep, tail = sec.text.rstrip().rpartition("\n\n")
        if not sep or not head.strip():
            return item
    if _told_dated(_first(tail.split("\n", 1)[0])):
        return item
    return _decision_after(item, last, head.rstrip(), tail.strip())


#: "på mødet", "på dagens møde": the meeting these minutes are of (not "på mødet den 3.
#: maj", "på mødet i juni", "på mødet 3/5": another meeting named by its date or month;
#: "på mødet 60.000 kr." is an amount).
_AT_THIS_MEETING = re.compile(
    r"\bpå\s+(?:dagens\s+møde|mødet(?!\s+(?:den|d\.|i|om|hos)\b|\s+\d{1,2}[./]\d{1,2}(?:[./]|\b)))\b",
    re.I,
)


def _told_at_the_meeting(item: Item) -> Item:
    """The item with its decision where a body's past-tense act at this meeting closes a
    section of its text inside a paragraph, the label left out and the lines wrapped as
    printed ("… fra A.P. Møller Fonden." / "Udvalget bevilgede på mødet 250.000 kr. fra
    anlægspuljen. Resten kan søges" / "i 2018."): the sentence opens a line after a full
    stop and says "på mødet"; from it to the section's end is the decision."""
    for k in range(len(item.sections) - 1, -1, -1):
        sec = item.sections[k]
        if sec.key in _NOT_OUTCOME_SECTIONS or ("øde" not in sec.text and "ØDE" not in sec.text):
            continue
        head, sep, tail = sec.text.rstrip().rpartition("\n\n")
        lines = tail.split("\n")
        for j in range(1, len(lines)):
            sentence = _first(lines[j])
            if (
                lines[j - 1].rstrip()[-1:] == "."
                and _FORUM_VERB.match(lines[j])
                and _AT_THIS_MEETING.search(sentence)
                and not _told_dated(sentence)
            ):
                kept = f"{head}{sep}" + "\n".join(lines[:j])
                return _decision_after(item, k, kept.rstrip(), "\n".join(lines[j:]).strip())
    return item


def _closing_sentence_decision(item: Item, last: int) -> Item:
    """The item with its decision where a body's past-tense act, undated, is the closing
    sentence of the last paragraph of section ``last`` (its text's end), the label left
    out and the sentence run on after the case's ("… Projektet holder budgettet. Udvalget
    tog orienteringen til efterretning og ønskede en rundvisning."): from
    that sentence on is the decision."""
    sec = item.sections[last]
    if sec.key in _NOT_OUTCOME_SECTIONS:
        return item
    text = sec.text.rstrip()
    at = text.rfind("\n\n") + 2 if "\n\n" in text else 0
    # (a line break inside the paragraph is a space: the sentence may open on a wrapped line)
    starts = [m.end() for m in _PROSE_SENTENCE_END.finditer(text.replace("\n", " "), at)]
    if not starts:
        return item
    closing = text[starts[-1] :]
    if "\n\n" in closing or not _FORUM_VERB.match(closing) or _told_dated(_first(closing)):
        return item
    return _decision_after(item, last, text[: starts[-1]].rstrip(), closing.strip())


#: "Ditte sender modellen ud.", "KH følger op med skolen.": a task given to
#: someone by name (or initials) in the present, one short sentence.
_NAMED_TASK = re.compile(
    r"^(?-i:[A-ZÆØÅ][\wæøå]+|[A-ZÆØÅ]{2,4})(?:\s+(?-i:[A-ZÆØÅ][\wæøå]+))?\s+"
    r"(?:følger\s+op|laver|sender|udarbejder|indkalder|kontakter|undersøger|vender\s+tilbage)"
    r"\b[^.\n]{0,100}\.?$",
    re.IGNORECASE,
)


def _closing_task(paragraph: str) -> bool:
    """Whether the paragraph is one short line giving someone a task (``_NAMED_TASK``)."""
    return len(paragraph) <= 120 and "\n" not in paragraph and bool(_NAMED_TASK.match(paragraph))


def history_row_decisions(items: list[Item], date: dt.date | None) -> list[Item]:
    """Items whose decision this meeting printed only as its row of the case's history
    table ("Beslutningshistorik" / "Udvalg⇥Dato⇥Beslutning" / "Økonomiudvalget⇥17-06-2020⇥
    Anbefales." / "Byrådet⇥24-06-2020⇥Godkendt."): the row dated the meeting's day (the
    last such row) holds its decision, the rows above the earlier bodies'. Only for an item
    without a decision section whose text holds such a table (cells parted by tabs or
    pipes, a header row naming the date and decision columns)."""
    if date is None:
        return items
    return [_history_row_decision(it, date) for it in items]


#: A history table's header cell naming its date or its decision column.
_DATE_CELL = frozenset({"dato", "mødedato"})
_DECISION_CELL = frozenset({"beslutning", "beslutninger", "afgørelse"})


def _cells(line: str) -> list[str]:
    """A table row's cells, parted by tabs or pipes (outer pipes dropped)."""
    sep = "\t" if "\t" in line else "|"
    return [c.strip().strip("*").strip() for c in line.strip().strip("|").split(sep)]


def _history_row_decision(item: Item, date: dt.date) -> Item:
    if not item.sections or any(sec.key == "beslutning" for sec in item.sections):
        return item
    found = None
    for sec in item.sections:
        text = sec.text
        if ("\t" not in text and "|" not in text) or "ato" not in text:
            continue  # (no table with a date column: nearly every item)
        columns = None
        for line in text.split("\n"):
            if "\t" not in line and "|" not in line:
                if line.strip():
                    columns = None  # (a table ends at a line of text; a rule row is blank)
                continue
            cells = _cells(line)
            lowered = [c.lower().rstrip(":") for c in cells]
            dated = next((k for k, c in enumerate(lowered) if c in _DATE_CELL), None)
            decided = next((k for k, c in enumerate(lowered) if c in _DECISION_CELL), None)
            if dated is not None and decided is not None:
                columns = (dated, decided)
            elif (
                columns
                and len(cells) > max(columns)
                and cells[columns[1]]
                and parse_date(cells[columns[0]]) == date
            ):
                found = cells[columns[1]]
    if found is None:
        return item
    # (the meeting's own row is no earlier treatment of the case)
    history = tuple(h for h in item.case_history if h.date != date or h.decision != found)
    return replace(
        item,
        sections=(*item.sections, Section("beslutning", "", found)),
        case_history=history,
    )


def unlabelled_decisions(
    items: list[Item], date: dt.date | None, forum: str | None = None
) -> list[Item]:
    """Items whose decision stands unlabelled where another part of the item ends: the
    closing paragraph a body states (``closing_forum_decisions``) or the meeting's row of
    the case's history table (``history_row_decisions``); or under the forum's heading
    dated a year off (``misdated_decisions``). One pass for both flows, the generic
    layouts' and the numbered items' (``parse``), so neither reads them alone."""
    items = misdated_decisions(items, date, forum)
    return history_row_decisions(closing_forum_decisions(items), date)


def misdated_decisions(items: list[Item], date: dt.date | None, forum: str | None) -> list[Item]:
    """Items whose last section is the forum's decision dated the meeting's day and month in
    another year ("Beslutning i Beskæftigelsesudvalget den 12. marts 2012" closing an item of
    12 March 2013: the year mistyped), with no decision of this meeting and no other
    decision heading in the item: that section is this meeting's decision."""
    if date is None or forum is None:
        return items
    out = list(items)
    for n, it in enumerate(items):
        last = len(it.sections) - 1
        while last > 0 and it.sections[last].key == "bilag":
            last -= 1
        if last < 0 or it.sections[last].key != "tidligere_beslutning":
            continue  # (nearly every item: its last section is another)
        keys = [sec.key for sec in it.sections]
        if (
            keys.count("tidligere_beslutning") == 1
            and "beslutning" not in keys
            and misdated_own_decision(it.sections[last].heading, date, forum)
        ):
            sec = it.sections[last]
            out[n] = replace(
                it,
                sections=(
                    *it.sections[:last],
                    replace(sec, key="beslutning"),
                    *it.sections[last + 1 :],
                ),
            )
    return out


def _mostly_free_text(items: list[Item]) -> bool:
    """Free-text minutes where one item in four or fewer labels its decision ("Besluttet:
    arbejdsdag d. 10. maj" under one heading, the other items' outcomes written as the
    notes' closing sentence): no item has a section heading but its decision's, so the
    text of the others cannot be background either."""
    labelled = sum(1 for it in items if any(sec.key == "beslutning" for sec in it.sections))
    return (
        len(items) >= 4
        and 0 < labelled * 4 <= len(items)
        # (the last item may hold what closes the minutes: "Næste møde" under "Eventuelt")
        and all(sec.key in ("tekst", "beslutning") for it in items[:-1] for sec in it.sections)
    )


#: "Status: Udsat.": an action log's line stating where the item stands after the meeting.
STATUS_LINE = re.compile(r"^\s*status\s*:\s*(?=\S)", re.I)


def _status_outcome(text: str) -> bool:
    """The text has a "Status: …" line whose value states an outcome ("Status: Godkendt.";
    not "Status: projektet er forsinket")."""
    if "tatus" not in text and "TATUS" not in text:  # (STATUS_LINE reads "STATUS:" too)
        return False
    return any(
        outcome_line(STATUS_LINE.sub("", line, count=1))
        for line in text.split("\n")
        if STATUS_LINE.match(line)
    )


#: Standing items that seldom carry a decision: "Eventuelt", "Næste møde og eventuelt",
#: "Evt.", "Meddelelser", "Orientering fra formanden", "Gensidig orientering".
_STANDING = re.compile(
    r"\b(?:eventuelt|evt\b\.?|næste\s+møde|meddelelser|orientering\s+(?:fra|ved)\b|"
    r"gensidig\s+orientering|kommende\s+møder)",
    re.IGNORECASE,
)
#: A whole title that is a standing item: "Eventuelt", "Næste møde og eventuelt", "Evt.",
#: and "Orientering" / "Orienteringer" / "Gensidig orientering" (the point for news that
#: closes a committee's agenda, often with nothing under it but an attachment link).
_STANDING_TITLE = re.compile(
    r"^(?:næste\s+møde(?:\s+og\s+eventuelt)?|eventuelt(?:\s+og\s+næste\s+møde)?|evt\.?|"
    r"meddelelser(?:\s+og\s+eventuelt)?|orientering\s+og\s+eventuelt|"
    r"(?:gensidig\s+)?orientering(?:er)?)\s*\.?$",
    re.IGNORECASE,
)


def standing_title(title: str) -> bool:
    """Whether a heading's title is a standing item every meeting has ("Eventuelt"): a
    numbered line so titled is an item heading even with nothing under it."""
    return len(title) <= 40 and bool(_STANDING_TITLE.match(title.strip()))


#: "Godkendelse af dagsorden", "Velkomst": the item every agenda opens with.
_OPENING_TITLE = re.compile(
    r"^(?:godkendelse\s+af\s+(?:dagsorden(?:en)?|referat(?:et)?)(?:\s+og\s+\w+)?|"
    r"velkomst(?:\s+og\s+\w+)?|"
    # "Velkommen og godkendelse af dagsorden": the welcome and the approval as one item
    r"velkom(?:st|men)\s+og\s+godkendelse\s+af\s+(?:dagsorden(?:en)?|referat(?:et)?))\s*:?$",
    re.IGNORECASE,
)


def opening_title(title: str) -> bool:
    """Whether a title is the item every agenda opens with ("Godkendelse af dagsorden")."""
    return len(title) <= 60 and bool(_OPENING_TITLE.match(title.strip()))


def framed_agenda(titles: Sequence[str]) -> bool:
    """Whether unnumbered ``titles`` (three or more) are an agenda's, framed by the items
    every meeting opens and closes with ("Godkendelse af dagsorden" first, "Eventuelt"
    last): evidence enough for titles marked only by their typography where no item
    holds a decision (an agenda, or minutes whose outcomes are not labelled)."""
    return (
        len(titles) >= 3
        and len(titles[0]) <= 60
        and bool(_OPENING_TITLE.match(titles[0].strip()))
        and standing_title(titles[-1].strip().rstrip(":"))
    )


#: The end of a finished text: a sentence's or a list's last mark, or a number/time.
_FINISHED = re.compile(r"(?:[.!?:)»”\"]|\d)\s*$")


def may_be_cut_short(item: Item) -> bool:
    """Whether a last item without a decision hints that the file was cut short.

    Not a standing item ("Næste møde og eventuelt", "Meddelelser") whose text ends a
    sentence, or ends with a note taker's bullet ("- Else deltager i KL-konferencen": a
    point, no sentence to finish): such items often record no decision. A standing item
    that stops mid-sentence, and any other item without a decision, still does.
    """
    # a list of attachments closing the item (its "Bilag" section) is no text cut short:
    # the text above it is judged
    sections = [s for s in item.sections if s.key != "bilag"] or item.sections
    text = sections[-1].text.strip() if sections else ""
    if closing_title(item.title) and (item.title[:5].lower() == "under" or not _unfinished(text)):
        return False  # "Evaluering af seminaret", "Underskriftsside": a closing session or page
    if [s.key for s in sections] == ["tekst"] and one_short_sentence(text):
        return False  # "Spørgsmål fra borgerne" / "Der var ingen spørgsmål.": nothing to decide
    if len(item.title) > 80 or not (_STANDING.search(item.title) or standing_title(item.title)):
        return True
    if text and all(_FIELD_ONLY.match(line) for line in text.splitlines() if line.strip()):
        return False  # "Formål: -   Ansv.: Alle": the template's fields, nothing cut off
    # the text as it ends, or (where the minutes' sign-off closes it) above the sign-off
    return _unfinished(text) and _unfinished(_without_sign_off(text))


def _unfinished(text: str) -> bool:
    """Whether ``text`` stops where no sentence, number or note taker's point ends."""
    last = text.rsplit("\n", 1)[-1]
    # ("7. Eventuelt" / "-": a dash alone, nothing to record)
    return (
        bool(text)
        and not _FINISHED.search(text)
        and not _BULLET_POINT.match(last)
        and text.strip() not in ("-", "–", "—")
    )


def _without_sign_off(text: str) -> str:
    """``text`` without the labelled lines closing it ("Intet.", then "Referent: Maja Friis"
    or "Ref.: MF": the minutes' sign-off printed under the last item), so the item's own
    text is judged; a text of such lines only is kept."""
    lines = text.splitlines()
    end = len(lines)
    while end and (
        not lines[end - 1].strip()
        or _FIELD_ONLY.match(lines[end - 1].strip())
        or _INITIALS_SIGN_OFF.match(lines[end - 1].strip())
    ):
        end -= 1
    kept = "\n".join(lines[:end]).strip()
    return kept or text


#: A bullet point: "- …", "* …", "• …".
_BULLET_POINT = re.compile(r"^\s*[-*•▪◦]\s+\S")
#: "Ansv.: Alle", "Formål: -": a line of a Word template's labelled fields.
_FIELD_ONLY = re.compile(r"^[A-ZÆØÅ][\wæøå./ -]{0,20}:\s*\S.{0,60}$")
#: "Ref. AV", "Referent MF": the note taker's initials signing off, no colon.
_INITIALS_SIGN_OFF = re.compile(r"^(?:ref\.|referent)\s+(?-i:[A-ZÆØÅ]{2,4})\.?$", re.IGNORECASE)
