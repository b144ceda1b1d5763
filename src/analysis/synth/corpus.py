"""A synthetic corpus of minutes with the ground truth of every item (tests and benchmarks).

:func:`generate_corpus` writes ``n`` realistic, clearly SYNTHETIC minutes documents and a
table saying what each of their items holds, so the build can be measured at scale and
its extraction checked against known answers::

    out_dir/
      README.txt               what this is (synthetic; never mix it into data/raw)
      generation.json          the parameters: the same parameters give the same bytes
      ground_truth.parquet     one row per agenda item (see GROUND_TRUTH_COLUMNS)
      raw/synthetic/SYNTETISK-chefforum-2024-01-03.txt
      raw/synthetic/SYNTETISK-nordvig-oekonomiudvalget-2019-03-05.pdf
      …

Pass ``out_dir / "raw"`` (the return value) to ``analysis.build.build``. The synthetic
label is in every file's name and folder, not in the text, so the parser places 100 % of
each file. The generator refuses to write into the project's ``data/raw``.

What varies (the variations the five seed minutes show, and those of other forums):

* forums: Chefforum, Økonomiudvalget, Børne- og Skoleudvalget, Kommunalbestyrelsen (more
  on request), about 25 meetings a year each, on the forum's weekday, outside holidays;
  beyond 20 years of meetings, further (fictional) municipalities are added;
* formats: plain text, markdown, DOCX, HTML (web page or saved document), PDF, from the
  same text; text files sometimes in Windows-1252, with CRLF line ends or a BOM;
* header: optional "Mødedeltagere" (with "Fraværende"), "kl. 09:00" / "kl. 15.45" or a
  separate "Mødetidspunkt", day written "03." or "3.", a municipality line;
* items: body prefixes ("CF - ", "ØU/KB - ") or none, standing items (agenda approval,
  Eventuelt, "Temaer til kommende møder og eventuelt", Meddelelser), closed items, long
  titles wrapped onto a second line under a truncated TOC entry, "(10 min.)" durations
  (on their own line or in the title);
* journal numbers: KLE (``00.30.00-P00-7-23``, the odd facet ``000``), EMN, ``17/46``
  (labelled "Sagsnr.:"), ``2024-012345``; standing numbers shared by a year's standing
  items; cases that return at later meetings under the same number;
* sections: the classic Anledning/Sagsfremstilling/Indstilling/Beslutning/Bilag, the
  2025 layout (Indstilling first, Resumé, the "(N min.)" line, Kommunens vision og
  politikker, Økonomi, Lovgrundlag, Borgerperspektiv, Historik), the committee layout
  (Sagens kerne, Beskrivelse af sagen, Sagsforløb, Beslutningspunkter "Det indstilles:
  At 1) …", Beslutninger, an earlier body's "Beslutning i Økonomiudvalget den …");
* text: bullets, numbered lists, tab-separated tables, sub-headings, date mentions,
  markdown links and emphasis, a passing mention of another theme in a long
  Sagsfremstilling, empty Bilag, numbered Bilag lines that look like items ("1.5. …");
* decisions of every type in the forms minutes write them ("Chefforum godkendte …",
  "Godkendt.", "drøftede … med følgende kommentarer:", "tog … til efterretning", "Sagen
  udskydes …", "besluttede, at …", "godkendte ikke …", "Intet."), with follow-up tasks.

Layouts (``layouts=``, opt-in): every meeting above is in the agenda-system export layout
(``agenda``, the default). :mod:`analysis.synth.render_layouts` writes the same planned
meeting in three more real-world layouts (``web``, ``beslutning_i``, ``udvalg_header``),
each in the formats it exists in (:data:`LAYOUT_FORMATS`), naming the municipality in the
document; the layout of each meeting is drawn from a stream of its own, so the default
corpus is byte for byte what it was before layouts existed.

Distinct texts (``distinct=1``, ``minutes synth --distinct``, opt-in): the default corpus
repeats its sentences (about 1 % of titles and 2 % of decision texts are distinct), which
flatters every text-level cache. At level 1 new cases get titles with a varied aspect and
area ("Budgetproces 2026, revideret udgave for Galgebakken"), the object phrases that
recommendations and decisions name carry an area, and decisions of the agenda layout are
paraphrased (who took part, who presented); every added phrase is theme- and
decision-neutral, so the ground truth is the same kind of truth. The paraphrases come from
streams of their own, so the default corpus is byte for byte what it was.

Everything is drawn from ``random.Random`` streams derived from ``seed``: the corpus plan
(dates, agendas, case threads) from one stream, each meeting's text from its own, so the
meetings can be rendered on a process pool and the same seed gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import random
import shutil
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: The word in every file name and in the folder: these minutes are made up.
SYNTHETIC_LABEL = "SYNTETISK"
#: Folder under ``out_dir/raw`` holding the files.
SYNTHETIC_FOLDER = "synthetic"
#: Bump when the generator's output changes for the same parameters.
GENERATOR_VERSION = 1

FORMATS = ("txt", "md", "docx", "html", "pdf")
DEFAULT_FORUMS = ("Chefforum", "Økonomiudvalget", "Børne- og Skoleudvalget", "Kommunalbestyrelsen")
MEETINGS_PER_YEAR = 25
#: Beyond this many years of meetings, further municipalities are added.
MAX_YEARS = 20
DEFAULT_MUNICIPALITY = "Albertslund Kommune"
#: The home municipality's generated minutes do not name it, as the real Chefforum minutes
#: do not (the seeds say it by their folder): builds of a synthetic corpus say it through
#: this setting (``make synthetic``, ``analysis.bench``), never by a silent default.
BUILD_ENV: dict[str, str] = {"MINUTES_DEFAULT_MUNICIPALITY": DEFAULT_MUNICIPALITY}
#: Levels of ``distinct``: 0 the default corpus, 1 varied titles and decisions.
DISTINCT_LEVELS = (0, 1)
#: Fictional municipalities used when one municipality's 20 years are not enough.
EXTRA_MUNICIPALITIES = (
    "Nordvig Kommune",
    "Lyngmose Kommune",
    "Egeslev Kommune",
    "Vesterå Kommune",
    "Bakkely Kommune",
    "Højmark Kommune",
    "Søby Strand Kommune",
    "Kildeby Kommune",
    "Rønnevang Kommune",
    "Østerlund Kommune",
    # Enough for 80,000 meetings (2,000 each): all made up, like the ones above.
    "Aslev Kommune",
    "Birkemose Kommune",
    "Dalsvig Kommune",
    "Engholt Kommune",
    "Fjordlund Kommune",
    "Granhøj Kommune",
    "Hasseløre Kommune",
    "Isbjerg Kommune",
    "Jernvig Kommune",
    "Kløvermark Kommune",
    "Lindeskov Kommune",
    "Mosebæk Kommune",
    "Nørrevig Kommune",
    "Oddermose Kommune",
    "Pilevang Kommune",
    "Ravnsholt Kommune",
    "Sandløkke Kommune",
    "Tranemose Kommune",
    "Ulvedal Kommune",
    "Vibeholt Kommune",
    "Ådalen Kommune",
    "Bøgeskov Kommune",
    "Elmely Kommune",
    "Hyldebjerg Kommune",
    "Lærkeholm Kommune",
    "Mågeby Kommune",
    "Rørholm Kommune",
    "Skovlyst Kommune",
    "Tjørnelund Kommune",
    "Ørnekær Kommune",
)

#: Columns of ``ground_truth.parquet``; one row per item.
GROUND_TRUTH_COLUMNS = (
    "source_file",  # relative to the raw folder, as in the manifest
    "format",
    "meeting_id",
    "municipality",
    "forum",
    "date",
    "start_time",
    "location",
    "n_participants",
    "n_items",
    "number",
    "title",
    "closed",
    "case_number",
    "proposer",
    "duration_min",
    "n_attachments",
    "n_recommendations",
    "decision_type",
    "themes",  # ';'-joined sorted theme keys ('' when none)
    "topic",  # the generator's topic key
    "layout",  # agenda: classic, 2025, committee or committee_b; else the document layout
    "document_layout",  # agenda, web, beslutning_i or udvalg_header (see LAYOUTS)
)

#: Document layouts: the agenda-system export and three real-world layouts.
LAYOUTS = ("agenda", "web", "beslutning_i", "udvalg_header")
#: The formats each layout is rendered in.
LAYOUT_FORMATS = {
    "agenda": FORMATS,
    "web": ("txt", "html", "pdf"),
    "beslutning_i": ("txt", "docx"),
    "udvalg_header": ("txt", "html"),
}


class RefusedTarget(ValueError):
    """The output folder would mix synthetic files into real data."""


# --- the forums -------------------------------------------------------------------------


@dataclass(frozen=True)
class Forum:
    name: str
    slug: str
    kind: str  # "chefforum", "udvalg" or "council"
    prefix: str  # body prefix of item titles, e.g. "CF"
    weekday: int  # 0 = Monday
    times: tuple[str, ...]
    places: tuple[str, ...]
    subject: str  # how decisions name the forum ("Chefforum", "Udvalget", …)


FORUMS: dict[str, Forum] = {
    f.name: f
    for f in (
        Forum(
            "Chefforum",
            "chefforum",
            "chefforum",
            "CF",
            3,
            ("09:00", "09:00", "09:00", "08:30", "13:00"),
            ("Mødelokale 915", "915", "Mødelokale 1", "Kroppedal", "Rådhuset, lokale 2.14"),
            "Chefforum",
        ),
        Forum(
            "Økonomiudvalget",
            "oekonomiudvalget",
            "udvalg",
            "ØU",
            1,
            ("16:00", "16:30", "17:00", "15.45"),
            ("Udvalgsværelset", "Online (Teams)", "Rådhuset, mødelokale 1"),
            "Økonomiudvalget",
        ),
        Forum(
            "Børne- og Skoleudvalget",
            "boerne-og-skoleudvalget",
            "udvalg",
            "BSU",
            0,
            ("17:00", "16:30", "17.30"),
            ("Udvalgsværelset", "Mødelokale 2", "Online (Teams)"),
            "Udvalget",
        ),
        Forum(
            "Kommunalbestyrelsen",
            "kommunalbestyrelsen",
            "council",
            "KB",
            1,
            ("18:00", "19:00", "18.30"),
            ("Byrådssalen", "Rådhusets mødesal"),
            "Kommunalbestyrelsen",
        ),
        Forum(
            "Miljø- og Teknikudvalget",
            "miljoe-og-teknikudvalget",
            "udvalg",
            "MTU",
            2,
            ("16:00", "17:00"),
            ("Udvalgsværelset", "Materielgården"),
            "Udvalget",
        ),
        Forum(
            "Social- og Sundhedsudvalget",
            "social-og-sundhedsudvalget",
            "udvalg",
            "SSU",
            3,
            ("16:00", "16.30"),
            ("Udvalgsværelset", "Mødelokale 2"),
            "Udvalget",
        ),
    )
}

_WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
_MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
#: ISO weeks without meetings: winter, Easter-ish, summer, autumn and Christmas holidays.
_HOLIDAY_WEEKS = frozenset({1, 7, 14, 28, 29, 30, 31, 42, 52, 53})

# --- people -----------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST = _words(
    "Anne Birgit Camilla Dorthe Ellen Gitte Hanne Helle Ida Karen Kristine Lise Louise Maja "
    "Marie Mette Pia Rikke Signe Sofie Susanne Tine Trine Bo Emil Hans Henrik Jakob Jens "
    "Jonas Klaus Lars Mads Morten Niels Ole Peter Rasmus René Steen Søren Thomas"
)
_MIDDLE = _words("Buch Holm Kjær Munk Brøchner Valentin Thor Skov Birkemark Lind")
_LAST = _words(
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
    "Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen "
    "Møller Mortensen Holm Lund Bech Krogh Dahl Vestergaard Friis Bruun Lauridsen Juhl"
)
_CF_ROLES = (
    "Kommunaldirektør",
    "Direktør By, Kultur, Miljø & Beskæftigelse",
    "Direktør Børn, Sundhed & Velfærd",
    "Afdelingschef for Økonomi & Stab",
    "Afdelingschef Borger, Arbejdsmarked & Erhverv",
    "Afdelingschef Miljø & Teknik",
    "Afdelingschef Kultur, Fritid & Ejendomme",
    "Afdelingschef Børn & Familie",
    "Afdelingschef Ældre, Sundhed & Social",
    "Afdelingschef Dagtilbud & Skole",
)
_PARTIES = ("A", "A", "A", "F", "Ø", "V", "C", "B", "O", "I", "Å")
_UNITS = (
    "Økonomi & Stab",
    "Børn & Familie",
    "Miljø & Teknik",
    "Kultur, Fritid & Ejendomme",
    "Ældre, Sundhed & Social",
    "Borger, Arbejdsmarked & Erhverv",
    "Dagtilbud & Skole",
)
_PROPOSERS_CF = (
    "Kommunaldirektøren",
    "Kommunaldirektøren",
    "Kommunaldirektøren",
    "Kommunaldirektøren",
    "Direktøren for Børn, Sundhed og Velfærd",
    "Direktøren for By, Kultur, Miljø og Beskæftigelse",
    "Afdelingschefen for Økonomi og Stab",
    "Sekretariatet",
)
_PROPOSERS_POL = ("Forvaltningen", "Forvaltningen", "Direktionen", "Administrationen")


def _name(rng: random.Random) -> str:
    parts = [rng.choice(_FIRST)]
    if rng.random() < 0.3:
        parts.append(rng.choice(_MIDDLE))
    parts.append(rng.choice(_LAST))
    return " ".join(parts)


# --- topics -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """One kind of agenda item: its titles, subject matter, journal number and outcomes.

    Title templates take {y} (the case's year), {n} (next year), {p} (previous year).
    ``themes`` are the taxonomy themes an item on the topic is about (the ground truth);
    every sentence in the topic's pools stays inside them. ``asks`` are what the
    Indstilling asks for (approve, discuss, note, decide, recommend) and ``outcomes`` the
    decision types drawn for it (repeat a type to weigh it).
    """

    key: str
    titles: tuple[str, ...]
    themes: tuple[str, ...]
    kle: str
    facet: str
    objects: tuple[str, ...]
    why: tuple[str, ...]
    body: tuple[str, ...]
    asks: tuple[str, ...]
    outcomes: tuple[str, ...]
    bilag: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ("chefforum",)
    recurs: float = 0.3
    comments: tuple[str, ...] = ()


def _t(*parts: str) -> tuple[str, ...]:
    return tuple(parts)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "budgetproces",
        _t("Budgetproces {n}", "Videre proces for Budget {n}", "Tidsplan for budget {n}"),
        ("budget",),
        "00.30.00",
        "P00",
        _t("tidsplanen for budget {n}", "budgetprocessen for {n}", "den administrative tidsplan"),
        _t(
            "Chefforum skal drøfte den videre budgetproces for {n}.",
            "Der er lavet opdateret tidsplan for arbejdet med budgetkatalog {n}.",
            "Til drøftelse - Budgetproces {n} - oplæg fra {unit}.",
        ),
        _t(
            "Kommunalbestyrelsen har godkendt den politiske tidsplan for budget {n}.",
            "På baggrund af den politiske tidsplan laves der udkast til en udvidet "
            "administrativ tidsplan med frister for budgetkataloget.",
            "Færdiggørelsen af tidsplanen har afventet den endelige stillingstagen til "
            "måltallet for budget {n}.",
            "Det tekniske budget samt budgetbøgerne kører efter egen tidsplan, som "
            "budgetnetværket orienteres om.",
            "Forslagene til budgetkataloget skal være tilstrækkeligt belyst, inden de sendes "
            "videre.",
            "Der afholdes en budgetworkshop den {date}, hvor afdelingerne kan få sparring på "
            "deres forslag til budgetkataloget.",
        ),
        _t("discuss", "approve"),
        _t("discussed", "discussed", "approved", "noted", "decided"),
        _t(
            "Tidsplan Budgetkatalog {n} CF {ddmmyy}",
            "Politisk tidsplan budget {n}.pdf",
            "Administrativ tidsplan for budget {n}.xlsx",
        ),
        kinds=("chefforum", "udvalg"),
        recurs=0.6,
        comments=_t(
            "Budgetkataloget skal være klar i god tid før budgetseminaret",
            "Der skal være fokus på, hvad forslagene til budget {n} koster",
        ),
    ),
    Topic(
        "budgetaftale",
        _t(
            "Status på Budgetaftale {y}",
            "Præsentation af Budget {n}",
            "Opfølgning på budgetaftale {y}",
        ),
        ("budget",),
        "00.30.14",
        "S00",
        _t("status på budgetaftalen", "budgetaftalen for {n}", "opfølgningen på budgetaftalen"),
        _t(
            "Afdelingerne har lavet første status på punkterne i Budgetaftale {y}.",
            "Kommunaldirektøren præsenterer budgetaftalen for {n} i sin helhed.",
        ),
        _t(
            "Der ligger et statusskema for hver afdeling med opfølgningspunkter fra budgetaftalen.",
            "Opfølgningspunkterne vedrørende budgetaftalen tilrettes efter mødet og går "
            "herefter til Økonomiudvalget til orientering.",
            "Det er netop indgået forlig om budget {n} mellem et flertal af partierne.",
            "Som noget nyt er der også opfølgning på implementeringen af budgetkatalogforslagene.",
        ),
        _t("note", "discuss"),
        _t("noted", "noted", "discussed", "approved"),
        _t(
            "{unitshort} Status på budgetaftale {y} CF {ddmmyy}",
            "Bilag 1 - Budgetaftale {y} endelig",
            "Bilag 2 - Bilag A Budgetreduktioner Budget {n}",
        ),
        kinds=("chefforum", "udvalg", "council"),
        recurs=0.4,
    ),
    Topic(
        "anlaegsplan",
        _t(
            "Status på anlægsplan budget {n}",
            "Temadrøftelse - Status på anlægsplan budget {n}",
            "Anlægsplan {n}-{n3}",
        ),
        ("budget",),
        "00.30.08",
        "000",
        _t(
            "anlægsplanen",
            "procesplanen for anlægsplanen",
            "det reducerede scenarie af anlægsplanen",
        ),
        _t(
            "Anlægsplanen for budget {n} er under udarbejdelse.",
            "Der gives en tilbagemelding på processen med anlægsplanen indtil nu.",
        ),
        _t(
            "Der er udarbejdet et bruttoscenarie af anlægsplanen, som viser behovet for "
            "investeringer i byens udvikling og vedligeholdelse.",
            "Der arbejdes med et reduceret scenarie, hvor behovet tilpasses et måltal for "
            "anlægsinvesteringer på {mio} mio. kr. årligt.",
            "Den aktuelle foreløbige version af anlægsplanen er vedlagt.",
            "Der har været afholdt møder med alle afdelinger for at sikre, at behovet fra "
            "områderne indarbejdes i anlægsplanen.",
        ),
        _t("discuss", "approve", "recommend"),
        _t("discussed", "approved", "approved", "noted", "postponed"),
        _t(
            "Anlægsplan {n} - foreløbigt reduceret scenarie.pdf",
            "Procesplan anlægsplan budget {n}",
        ),
        kinds=("chefforum", "udvalg", "council"),
        recurs=0.5,
    ),
    Topic(
        "regnskab",
        _t("Regnskab {p}", "Foreløbigt regnskab {p}", "Godkendelse af regnskab {p}"),
        ("budget",),
        "00.32.00",
        "S00",
        _t("regnskabet for {p}", "årsregnskabet", "regnskabsresultatet"),
        _t(
            "Regnskabet for {p} foreligger og skal behandles.",
            "Regnskabsresultatet for {p} forelægges til orientering.",
        ),
        _t(
            "Regnskabet viser et mindreforbrug på driften på {mio} mio. kr.",
            "Afvigelserne er beskrevet i regnskabsbemærkningerne for hvert område.",
            "Overførsler af uforbrugte midler behandles i en særskilt sag.",
        ),
        _t("approve", "note", "recommend"),
        _t("approved", "approved", "noted"),
        _t("Årsregnskab {p}.pdf", "Regnskabsbemærkninger {p}"),
        kinds=("chefforum", "udvalg", "council"),
        recurs=0.2,
    ),
    Topic(
        "budgetopfoelgning",
        _t(
            "Budgetopfølgning {y}",
            "Første budgetopfølgning {y}",
            "Budgetopfølgning pr. 31. maj {y}",
        ),
        ("budget",),
        "00.30.10",
        "S00",
        _t("budgetopfølgningen", "den forventede budgetafvigelse"),
        _t(
            "Første budgetopfølgning for {y} foreligger.",
        ),
        _t(
            "Budgetopfølgningen viser en forventet merudgift på {mio} mio. kr. på driften.",
            "Afvigelserne skyldes primært flere borgere i målgruppen end forudsat i budgettet.",
            "Der lægges op til, at afdelingerne finder kompenserende tiltag inden for "
            "egen budgetramme.",
        ),
        _t("note", "approve", "recommend"),
        _t("noted", "noted", "approved"),
        _t("Budgetopfølgning {y} samlet notat"),
        kinds=("udvalg", "council", "chefforum"),
        recurs=0.3,
    ),
    Topic(
        "oekonomisk_politik",
        _t("Ny økonomisk politik", "Revision af økonomisk politik {y}-{n3}"),
        ("budget", "politikker"),
        "00.01.00",
        "P22",
        _t("den økonomiske politik", "forslaget til en ny økonomisk politik"),
        _t(
            "Kommunalbestyrelsen skal vedtage en økonomisk politik gældende for {y}-{n3}.",
        ),
        _t(
            "Administrationen laver et oplæg til en ny økonomisk politik, som kan præsenteres "
            "på budgetseminaret.",
            "Der er behov for et større overskud på den strukturelle driftsbalance.",
            "Til orientering vedlægges den gældende økonomiske politik.",
            "Det er fornuftigt at gøre flere af målene i den økonomiske politik relative, fx "
            "pr. indbygger.",
        ),
        _t("discuss", "approve"),
        _t("discussed", "approved", "discussed"),
        _t("Økonomisk politik {p} - efter KB", "Slides Ny økonomisk politik.pdf"),
        kinds=("chefforum", "udvalg", "council"),
        recurs=0.4,
    ),
    Topic(
        "maalplaner",
        _t("Status på målplaner {y}", "Målplaner for målsætninger {n}"),
        ("maalplaner",),
        "00.01.00",
        "A00",
        _t("status på målplanerne", "formen for målplanerne", "eksemplerne på status på målplaner"),
        _t(
            "Der skal afgives status på målplaner til Kommunalbestyrelsen.",
            "Chefforum skal sammenligne form og indhold for status på målplanerne.",
        ),
        _t(
            "Status skal udelukkende udarbejdes for de prøvehandlinger, som er igangsat.",
            "Status udarbejdes i den eksisterende målplan ved at udfylde felterne "
            "'Evaluering' og 'Læring'.",
            "Teksten skal være kort og gerne i punktform.",
            "Hver afdeling vælger de målplaner, der præsenteres den {date}.",
        ),
        _t("discuss", "decide"),
        _t("discussed", "decided", "decided", "approved"),
        _t(
            "1.5. Børneliv. Flere børn opnår en sund fysisk udvikling",
            "4.3. Ungeliv Progression i elevernes matematiske kompetencer",
            "13.1 Voksenliv Flere borgere deltager i den demokratiske samtale",
        ),
        recurs=0.5,
    ),
    Topic(
        "maalsaetninger",
        _t("Målsætninger {n}", "Politiske målsætninger {n}"),
        ("maalplaner",),
        "00.01.00",
        "P22",
        _t("målsætningerne for {n}", "proceduren for målsætningerne"),
        _t(
            "Chefforum skal drøfte udarbejdelsen af målplaner for målsætninger {n}.",
            "De politiske målsætninger for {n} er blevet godkendt.",
        ),
        _t(
            "Målplanerne for målsætningerne skal igangsættes senest den {date}.",
            "Der udpeges én hovedansvarlig afdelingschef for den enkelte målsætning.",
            "De politiske målsætninger fremgår som bilag til sagen.",
        ),
        _t("decide", "discuss"),
        _t("decided", "discussed", "approved"),
        _t("Overblik målsætninger {n} ØU KB", "Forløb før, under, efter UU{n2} .pdf"),
        kinds=("chefforum", "udvalg"),
        recurs=0.4,
    ),
    Topic(
        "proevehandling",
        _t("Orientering om prøvehandling fra {p}", "Procedure for prøvehandlinger"),
        ("maalplaner",),
        "27.00.00",
        "A00",
        _t("prøvehandlingen", "erfaringerne med prøvehandlingen"),
        _t(
            "Prøvehandlingen blev formuleret og iværksat i {p}.",
        ),
        _t(
            "Arbejdsgruppen bag prøvehandlingen har siden efteråret arbejdet sammen om "
            "familier i målgruppen.",
            "Prøvehandlingen præsenteres ved et kort oplæg på mødet.",
            "Prøvehandlingen er udarbejdet med inspiration fra andre kommuner.",
        ),
        _t(
            "note",
        ),
        _t("noted", "noted", "discussed"),
        _t("Oplæg om prøvehandling CF", "Procedure for prøvehandling.docx"),
        recurs=0.2,
    ),
    Topic(
        "politik_revision",
        _t(
            "Redigering af børne- og ungepolitik",
            "Dagtilbudspolitik",
            "Revision af ældrepolitikken",
            "Ny fællesskabspolitik",
        ),
        ("politikker",),
        "00.01.00",
        "A00",
        _t(
            "udkastet til politikken",
            "proces- og tidsplanen for politikken",
            "koblingerne mellem politikkerne",
        ),
        _t(
            "Kommunens politikker skal redigeres i løbet af {y}.",
            "I denne sag fremlægges proces- og tidsplan for redigering af politikken.",
        ),
        _t(
            "Politikkerne skal fremadrettet leve op til to kriterier, som skaber "
            "genkendelighed for borgere og organisationen.",
            "Da politikken er forholdsvis ny, foreslås den lille proces med administrative "
            "tilretninger af politikken.",
            "Den nuværende politik fremgår som bilag til sagen.",
        ),
        _t("discuss", "decide"),
        _t("discussed", "discussed", "decided", "approved"),
        _t("Gældende politik", "Tids- og procesplan for politikken"),
        kinds=("chefforum", "udvalg"),
        recurs=0.5,
    ),
    Topic(
        "uddannelsesstrategi",
        _t("Ambition for Uddannelsesstrategi", "Rekrutterings- og uddannelsesstrategi"),
        ("personale_med", "politikker"),
        "54.00.00",
        "A00",
        _t("ambitionsniveauet i strategien", "afsnittet om ambitioner og mål"),
        _t(
            "Kommissoriet for uddannelsesstrategien blev godkendt på et tidligere møde.",
        ),
        _t(
            "Arbejdsgruppen har udarbejdet et forslag til en færdig uddannelsesstrategi.",
            "Chefforum kan give kommentarer til den samlede uddannelsesstrategi inden den "
            "politiske behandling.",
        ),
        _t("approve", "discuss"),
        _t("approved", "discussed", "decided"),
        _t(
            "Udkast til uddannelsesstrategi.pdf",
        ),
        recurs=0.3,
    ),
    Topic(
        "udviklingsdage",
        _t("Planlægning af udviklingsdage", "Evaluering af arbejdsseminar", "Chefseminar {y}"),
        ("ledelse_organisation",),
        "00.01.00",
        "P22",
        _t("planlægningen af udviklingsdagene", "arbejdsseminaret", "programmet for seminaret"),
        _t(
            "Chefforum fortsætter planlægningen af udviklingsdagene den {date}.",
        ),
        _t(
            "De to tremandsgruppers planer for udviklingsdagene blev godkendt på seneste møde.",
            "Opsamlingen er konsulenternes noter fra gruppearbejdet på arbejdsseminaret.",
            "Der laves koordination grupperne imellem inden udviklingsdagene.",
        ),
        _t(
            "discuss",
        ),
        _t("discussed", "discussed", "decided"),
        _t("Fælles opsamling arbejdsseminar {ddmmyy}.docx", "Program for udviklingsdage"),
        recurs=0.4,
    ),
    Topic(
        "ledelsesudvikling",
        _t("Beslutning om ledelsesudvikling {y} - {n}", "Fælles ledelsesudviklingsforløb"),
        ("ledelse_organisation",),
        "00.15.00",
        "A21",
        _t("ledelsesudviklingsforløbet", "oplægget om ledelsesudvikling"),
        _t(
            "Der skal udarbejdes et ledelsesudviklingsforløb for samtlige ledere i {y} - {n}.",
        ),
        _t(
            "Ledelsesudviklingsforløbet skal styrke ledelseskvaliteten på tværs af organisationen.",
            "Lederne skal arbejde konkret med forskellige ledelsesgreb.",
            "Der vil være løbende nedslag i Chefforum frem til forløbet igangsættes.",
        ),
        _t("discuss", "decide"),
        _t("decided", "discussed", "approved"),
        _t("Oplæg til drøftelse af ledelsesudvikling"),
        recurs=0.4,
    ),
    Topic(
        "aarshjul",
        _t("Årshjul", "Årshjul for Chefforum {n}"),
        ("styring",),
        "00.01.00",
        "A00",
        _t("forslaget til årshjul", "årshjulet"),
        _t(
            "Chefforum skal drøfte et forslag til årshjul.",
        ),
        _t(
            "Årshjulet kan vise mulige spidsbelastningsperioder og være et prioriteringsværktøj.",
            "Alle datoer i årshjulet er ikke fastlagt endnu.",
            "Årshjulet kan være et fast tilbagevendende punkt, fx månedligt.",
        ),
        _t("discuss", "approve"),
        _t("discussed", "approved"),
        _t("Udkast til årshjul {n}.pdf"),
        recurs=0.3,
    ),
    Topic(
        "styringslandskab",
        _t(
            "Oplæg fra arbejdsgrupper - Nyt styringslandskab/Tværgående samarbejde",
        ),
        ("ledelse_organisation", "styring"),
        "81.04.00",
        "A00",
        _t("arbejdsgruppernes fremlæggelser", "oplægget om styringslandskabet"),
        _t(
            "Direktionen har nedsat to arbejdsgrupper, som fremlægger arbejdet hidtil.",
        ),
        _t(
            "Fokus i fremlæggelserne er det videre arbejde med styringslandskabet.",
            "Arbejdsgrupperne arbejder med tværgående samarbejde mellem afdelingerne.",
        ),
        _t(
            "discuss",
        ),
        _t("discussed", "discussed", "postponed"),
        (),
        recurs=0.4,
    ),
    Topic(
        "redegoerelse",
        _t("Integrationsredegørelse fremadrettet", "Tilsynsredegørelse {p}"),
        ("styring",),
        "00.01.00",
        "A21",
        _t("formen på redegørelsen", "redegørelsen"),
        _t(
            "Til beslutning - Chefforum skal konkretisere ønskerne til redegørelsen.",
        ),
        _t(
            "Redegørelsen udarbejdes som en minimumsmodel.",
            "Der lægges op til, at redegørelsen ikke gentages fremover.",
        ),
        _t("decide", "discuss"),
        _t("decided", "approved", "discussed"),
        (),
        recurs=0.2,
    ),
    Topic(
        "telefontider",
        _t("Rådhusets telefontider", "Åbningstider i Borgerservice"),
        ("service_kanaler",),
        "00.01.00",
        "A00",
        _t("forslaget om nye telefontider", "åbningstiderne"),
        _t(
            "Der foreslås ændrede telefontider for rådhuset.",
        ),
        _t(
            "Borgerservice har registreret antallet af opkald i de forskellige tidsrum.",
            "Telefontiderne harmoniseres på tværs af afdelingerne.",
        ),
        _t("approve", "decide"),
        _t("approved", "approved", "rejected", "postponed"),
        _t("Opkaldsstatistik for telefonerne"),
        recurs=0.3,
    ),
    Topic(
        "borgermoede",
        _t(
            "Planlægning Borgermøde om budget {n}",
        ),
        ("borgerinddragelse", "budget"),
        "00.30.00",
        "P00",
        _t("form og indhold for borgermødet", "agendaen for borgermødet"),
        _t(
            "Drøftelse af form og indhold til borgermødet om budget {n}.",
        ),
        _t(
            "En af de første opgaver er afholdelsen af et borgermøde om budget {n} den {date}.",
            "Borgermødet skal ligge tidligt, så borgerne får reel mulighed for at give input "
            "til budget {n}.",
        ),
        _t(
            "discuss",
        ),
        _t("discussed", "discussed", "decided"),
        (),
        kinds=("chefforum", "udvalg"),
        recurs=0.3,
        comments=_t(
            "Overskrifterne på borgermødet skal være fokuserede og letforståelige",
            "Der skal være god tid i hver break-out session på borgermødet",
        ),
    ),
    Topic(
        "kommunemed",
        _t(
            "Orientering om KommuneMED møde d. {meddate}",
            "Trivselsmåling {y}",
            "Opfølgning på sygefravær",
        ),
        ("personale_med",),
        "81.38.04",
        "P35",
        _t("orienteringen om KommuneMED", "resultaterne af trivselsmålingen", "sygefraværet"),
        _t(
            "Orientering om kommende KommuneMED møde.",
        ),
        _t(
            "KommuneMED holder sit næste møde den {date}.",
            "Dagsordenen indeholder blandt andet krav i arbejdet samt retningslinje for "
            "seniorindsatser.",
            "Sygefraværet er steget svagt i forhold til samme periode sidste år.",
        ),
        _t(
            "note",
        ),
        _t("noted", "noted", "noted", "discussed"),
        _t("Dagsorden KommuneMED {ddmmyy}", "Baggrundsmateriale om sygefravær"),
        kinds=("chefforum", "udvalg"),
        recurs=0.2,
    ),
    Topic(
        "konstituerende",
        _t(
            "Orientering om arbejdet med den konstituerende dagsorden",
            "Udvalgsstruktur i den nye valgperiode",
        ),
        ("politisk_proces",),
        "00.01.00",
        "P35",
        _t("processen for den konstituerende dagsorden", "udvalgsstrukturen"),
        _t(
            "Chefforum bliver præsenteret for processen omkring den konstituerende dagsorden.",
        ),
        _t(
            "Kommunalbestyrelsen holder konstituerende møde den {date}.",
            "Hver afdeling gennemlæser og retter de dagsordenspunkter, som vedrører eget område.",
            "Jura gennemgår hvert enkelt dagsordenspunkt inden den konstituerende behandling.",
        ),
        _t(
            "note",
        ),
        _t("noted", "noted", "decided"),
        _t("Oversigt over udvalg mv.", "Forberedelse af den konstituerende dagsorden"),
        kinds=("chefforum", "council"),
        recurs=0.3,
    ),
    Topic(
        "aaret",
        _t("{y} i Albertslund Kommune", "Opgaver i {y}"),
        (),
        "00.15.10",
        "P35",
        _t("oplægget", "kommunaldirektørens bud på årets opgaver"),
        _t(
            "På årets første møde giver kommunaldirektøren sit bud på, hvilke opgaver der er "
            "særligt vigtige i {y}.",
        ),
        _t(
            "Chefforum skal drøfte oplægget.",
        ),
        _t(
            "discuss",
        ),
        _t(
            "discussed",
        ),
        _t(
            "{y} - CF.pptx",
        ),
        recurs=0.0,
    ),
    Topic(
        "klimatilpasning",
        _t("Klimatilpasning i bydelene", "Energirenovering af kommunale bygninger"),
        (),
        "13.03.00",
        "P20",
        _t("projektforslaget", "den foreslåede prioritering af projekterne"),
        _t(
            "Forvaltningen fremlægger et projektforslag til klimatilpasning.",
        ),
        _t(
            "Projektet omfatter regnvandsbassiner og grønne kiler i de berørte bydele.",
            "Energirenoveringen prioriterer de bygninger med det største forbrug.",
            "Tidsplanen forudsætter, at projektet kan sendes i udbud i efteråret.",
        ),
        _t("approve", "recommend"),
        _t("approved", "approved", "postponed", "rejected"),
        _t("Projektforslag klimatilpasning.pdf", "Oversigtskort over projektområdet"),
        kinds=("udvalg", "council", "chefforum"),
        recurs=0.4,
    ),
    Topic(
        "skole",
        _t(
            "Skoledistrikter fra skoleåret {n}/{n1}",
            "Kvalitetsrapport for skoleområdet {p}",
            "Takster for dagtilbud {n}",
        ),
        (),
        "17.01.00",
        "A00",
        _t("forslaget til skoledistrikter", "kvalitetsrapporten", "taksterne"),
        _t(
            "Forvaltningen forelægger sagen til udvalgets behandling.",
        ),
        _t(
            "Elevtallet forventes at stige i den nordlige del af kommunen.",
            "Kvalitetsrapporten beskriver elevernes faglige niveau og trivsel.",
            "Taksterne er beregnet efter de gældende regler for forældrebetaling.",
        ),
        _t("approve", "recommend", "note"),
        _t("approved", "approved", "noted", "postponed"),
        _t("Kvalitetsrapport {p}.pdf", "Beregning af takster {n}.xlsx"),
        kinds=("udvalg", "council"),
        recurs=0.3,
    ),
    Topic(
        "hoering_skole",
        _t(
            "Høring om ny skolestruktur",
        ),
        ("borgerinddragelse",),
        "17.02.00",
        "P27",
        _t("høringssvarene", "forslaget til ny skolestruktur"),
        _t(
            "Forslaget til ny skolestruktur har været i høring.",
        ),
        _t(
            "Der er indkommet høringssvar fra skolebestyrelserne.",
            "Høringssvarene er sammenfattet i et notat.",
        ),
        _t("note", "recommend"),
        _t("noted", "approved", "postponed"),
        _t(
            "Sammenfatning af høringssvar.pdf",
        ),
        kinds=("udvalg", "council"),
        recurs=0.4,
    ),
    Topic(
        "udpegning",
        _t("Udpegning af medlem til ældrerådet", "Udpegning af repræsentant til bestyrelsen"),
        ("politisk_proces",),
        "00.22.04",
        "A00",
        _t(
            "udpegningen",
        ),
        _t(
            "Der skal ske udpegning af et nyt medlem.",
        ),
        _t(
            "Det hidtidige medlem er udtrådt efter eget ønske.",
        ),
        _t(
            "decide",
        ),
        _t("decided", "approved"),
        (),
        kinds=("council", "udvalg"),
        recurs=0.0,
    ),
)
_TOPICS_BY_KEY = {t.key: t for t in TOPICS}

#: Standing items: key -> (titles per forum kind, theme).
_STANDING_FIRST = {
    "chefforum": (
        "Godkendelse af dagsorden og referat",
        "Godkendelse af dagsorden og referat",
        "Godkendelse af dagsorden og referat fra seneste møde",
    ),
    "udvalg": ("Godkendelse af dagsorden",),
    "council": ("Godkendelse af dagsorden",),
}
_STANDING_LAST = {
    "chefforum": ("Eventuelt", "Eventuelt", "Temaer til kommende møder og eventuelt"),
    "udvalg": ("Eventuelt",),
    "council": ("Eventuelt",),
}

# --- sentence pools ---------------------------------------------------------------------

#: Sentences that name no theme of the taxonomy (checked by the tests).
NEUTRAL = (
    "Sagen fremlægges til drøftelse på baggrund af det materiale, der er vedlagt.",
    "Materialet er udsendt sammen med dagsordenen.",
    "Der lægges op til en kort drøftelse på mødet.",
    "Sekretariatet samler op på kommentarerne efter mødet.",
    "Arbejdet koordineres med de berørte afdelinger.",
    "Der er tale om en første drøftelse af sagen.",
    "Sagen vil blive fulgt op på et kommende møde.",
    "Afdelingerne har bidraget med input til sagen.",
    "Der er lagt vægt på, at materialet er kort og overskueligt.",
    "Oplægget bygger på erfaringerne fra de seneste år.",
    "Det videre forløb afhænger af drøftelsen på mødet.",
    "Der er ikke behov for yderligere tiltag på nuværende tidspunkt.",
    "Arbejdsgruppen har holdt tre møder siden seneste behandling.",
    "Den endelige version forventes at foreligge inden sommerferien.",
    "Sagen er forberedt i samarbejde med de relevante fagpersoner.",
    "Der er udarbejdet et notat, som beskriver de vigtigste pointer.",
    "Processen tilrettelægges, så alle afdelinger får mulighed for at bidrage.",
    "Erfaringerne fra andre kommuner er inddraget i arbejdet.",
    "Der følges op på sagen efter behov.",
    "Der er enighed om, at arbejdet fortsætter i den nuværende form.",
    "Sagen har været drøftet i direktionen forud for mødet.",
    "Forslaget er udarbejdet med udgangspunkt i de gældende retningslinjer.",
    "Der er i arbejdet lagt vægt på en enkel og gennemskuelig model.",
    "Det forventes, at de første erfaringer kan opsamles efter et halvt år.",
    "Afdelingerne har peget på en række opmærksomhedspunkter, som er beskrevet nedenfor.",
    "Der er tale om en fortsættelse af det arbejde, der blev igangsat sidste år.",
    "Der kan blive behov for at justere tidsplanen undervejs.",
    "Sekretariatet har udarbejdet et udkast, som danner grundlag for drøftelsen.",
    "Udkastet er sendt til kommentering hos afdelingerne.",
    "Der er indhentet erfaringer fra tilsvarende forløb i nabokommunerne.",
    "Arbejdet tager udgangspunkt i en kortlægning af de nuværende arbejdsgange.",
    "Der skal tages stilling til, hvordan arbejdet organiseres fremover.",
    "Resultaterne samles i en kort rapport, som forelægges senere.",
    "Det er vurderingen, at opgaven kan løses inden for den nuværende ramme.",
    "Der er fortsat enkelte uafklarede spørgsmål, som belyses inden næste behandling.",
)
#: Sentences mentioning exactly one theme once: a passing mention in a long text.
PASSING = (
    ("budget", "Udgifterne holdes inden for det vedtagne budget."),
    ("styring", "Sagen indgår desuden i årshjulet for næste år."),
    ("personale_med", "Arbejdsmiljøet i afdelingerne er ikke berørt af sagen."),
    ("borgerinddragelse", "Der er ikke planlagt en særskilt høring."),
    ("service_kanaler", "Borgerservice er orienteret om ændringen."),
    ("maalplaner", "Indsatsen kan senere indgå i en prøvehandling."),
    ("politisk_proces", "Sagen kan blive et dagsordenspunkt senere på året."),
)
_COMMENTS = (
    "Materialet skal være kort og let at gå til",
    "Der skal være tid til drøftelse i grupper",
    "Afdelingerne melder tilbage inden næste møde",
    "Der er behov for en fælles tilgang på tværs af afdelingerne",
    "Erfaringerne fra sidste år skal bruges i det videre arbejde",
    "Det er vigtigt, at tidsplanen er realistisk",
)
_FOLLOW_UPS = (
    "{unit} udarbejder et revideret oplæg til et kommende møde.",
    "Sekretariatet sender materialet rundt efter mødet.",
    "{unit} vender tilbage med en status inden udgangen af {month}.",
    "Sagen drøftes igen på mødet den {date}.",
)
_DEADLINE = "Deadline for tilbagemeldinger er den {date}."

#: Decision sentences per type; {S} the forum, {O} the topic's object phrase.
_DECISIONS = {
    "approved": (
        "{S} godkendte {O}.",
        "{S} godkendte indstillingen.",
        "Godkendt.",
        "Indstillingen blev godkendt.",
        "{S} drøftede {O} og godkendte indstillingen.",
    ),
    "approved_pol": ("Godkendt.", "Tiltrådt.", "{S} godkendte indstillingen."),
    "recommended": (
        "Anbefales.",
        "Anbefales over for Kommunalbestyrelsen.",
        "{S} anbefaler indstillingen over for Kommunalbestyrelsen.",
        "Indstilles godkendt.",
    ),
    "referred": (
        "Sagen oversendes til Kommunalbestyrelsen.",
        "Fremsendes til Økonomiudvalget.",
        "Sagen sendes tilbage til forvaltningen.",
    ),
    "discussed": (
        "{S} drøftede {O}.",
        "{S} drøftede {O} med følgende kommentarer:",
        "Punktet blev drøftet.",
        "Der var en god drøftelse af {O}.",
    ),
    "noted": (
        "{S} tog {O} til efterretning.",
        "Taget til efterretning.",
        "Orienteringen blev taget til efterretning.",
        "{P} orienterede om {O}. {S} tog orienteringen til efterretning.",
    ),
    "postponed": (
        "Sagen udskydes til næste møde.",
        "Punktet blev udsat.",
        "Punktet blev ikke nået og udskydes til næste møde.",
        "Udsat.",
    ),
    "decided": (
        "{S} besluttede, at {unit} udarbejder et nyt oplæg om {O}.",
        "Det blev besluttet, at arbejdet med {O} fortsætter i en arbejdsgruppe.",
        "{S} udpegede {name} som tovholder for {O}.",
        "{S} besluttede at nedsætte en arbejdsgruppe med deltagelse fra alle afdelinger.",
    ),
    "rejected": (
        "{S} godkendte ikke {O}.",
        "Forslaget blev afvist.",
        "{S} kunne ikke godkende {O} i den foreliggende form.",
    ),
    "none": ("Intet.",),
}
_ASK_POINTS = {
    "approve": ("at {O} godkendes", "at {O} godkendes med de ændringer, der fremgår af sagen"),
    "discuss": ("at {O} drøftes", "at {s} drøfter {O}"),
    "note": ("at orienteringen tages til efterretning", "at {O} tages til efterretning"),
    "decide": ("at der træffes beslutning om {O}", "at der udpeges en tovholder for arbejdet"),
    "recommend": ("at {O} anbefales over for Kommunalbestyrelsen",),
}

#: Distinct level 1: aspects and areas that vary titles and object phrases. Every word is
#: outside the theme taxonomy and the decision and follow-up verbs (checked by the tests).
DISTINCT_ASPECTS = (
    "status",
    "første udkast",
    "revideret udgave",
    "foreløbig version",
    "delrapport",
    "erfaringer",
    "næste fase",
    "opsamling",
    "supplerende materiale",
    "oplæg til videre arbejde",
    "afsluttende rapport",
    "midtvejsstatus",
    "tidsplan og proces",
    "præcisering",
    "endelig version",
    "forslag til organisering",
    "arbejdsgruppens anbefalinger",
    "spørgsmål og svar",
    "materiale til orientering",
    "første erfaringer",
)
DISTINCT_AREAS = (
    "Galgebakken",
    "Hyldespjældet",
    "Hjortegården",
    "Kanalgaden",
    "Birkelundparken",
    "Herstedvester",
    "Herstedøster",
    "Vridsløselille",
    "Tranehusene",
    "Egelundsparken",
    "Kongsholmparken",
    "Albertslund Syd",
    "Albertslund Nord",
    "Stationsområdet",
    "Roskildevejskvarteret",
    "Porten",
    "Sletten",
    "Toftekærsbakken",
    "Damgårdsarealet",
    "Risby",
    "Vestskoven",
    "Ballerup Boulevard",
    "Kanalbuen",
    "Holsbjergvej",
    "Solhusene",
    "Blokland",
    "Bymidten",
    "Svanens Kvarter",
    "Gadekæret",
    "Morbærparken",
    "Store Vejlerenden",
    "Kongsholm",
    "Hersted Industripark",
    "Læhegnet",
)
#: How a returning case's title says so at level 1 ({stage}: 2 for the second time, …).
DISTINCT_RETURNS = ("{stage}. behandling", "genoptaget", "fortsat fra tidligere møde", "opfølgning")
#: Sentences added to a decision at level 1 ({name} a person); none names a decision.
DISTINCT_DECISION_NOTES = (
    "{name} deltog under punktet.",
    "{name} og {name2} deltog under punktet.",
    "Punktet blev indledt af {name}.",
    "{name} fra {area} var med under punktet.",
    "{name} svarede på spørgsmål om {area}.",
)


# --- the plan ---------------------------------------------------------------------------


@dataclass
class ItemPlan:
    topic: str  # a topic key, or "first"/"last"/"meddelelser"/"closed"
    title: str  # clean title (no prefix, no duration)
    case_number: str
    decision: str  # decision type the Beslutning expresses
    stage: int = 1  # 1 for a new case, 2.. when it returns
    year: int = 0  # the case's year (for {y} in texts)


@dataclass
class MeetingPlan:
    index: int
    municipality: str
    forum: str
    date: dt.date
    fmt: str
    file_name: str  # relative to the raw folder
    scheme: str  # journal number scheme of the municipality
    items: list[ItemPlan] = field(default_factory=list)
    document_layout: str = "agenda"  # one of LAYOUTS
    #: Number of the first item where numbers run through the forum's year (udvalg_header).
    first_number: int = 1
    #: Distinct level (0: the repeated sentences of the default corpus; see the module doc).
    distinct: int = 0


def _slug(text: str) -> str:
    from analysis.parse import slugify

    return slugify(text).replace("_", "-")


def _municipalities(n: int, n_forums: int) -> tuple[list[str], int]:
    """(municipalities, years) that hold ``n`` meetings at 25 a year per forum."""
    per_year = n_forums * MEETINGS_PER_YEAR
    years = max(1, math.ceil(n / per_year))
    n_mun = 1
    if years > MAX_YEARS:
        n_mun = math.ceil(n / (per_year * MAX_YEARS))
        if n_mun > 1 + len(EXTRA_MUNICIPALITIES):
            raise ValueError(
                f"{n} meetings need {n_mun} municipalities; at most "
                f"{1 + len(EXTRA_MUNICIPALITIES)} are defined (add forums)"
            )
        years = math.ceil(n / (per_year * n_mun))
    return [DEFAULT_MUNICIPALITY, *EXTRA_MUNICIPALITIES[: n_mun - 1]], years


_SCHEMES = ("kle", "kle", "emn", "serial/yy", "yyyy-serial")


def _meeting_dates(rng: random.Random, forum: Forum, year: int) -> list[dt.date]:
    weeks = [w for w in range(1, 53) if w not in _HOLIDAY_WEEKS and _week_ok(year, w)]
    chosen = sorted(rng.sample(weeks, min(MEETINGS_PER_YEAR, len(weeks))))
    weekday = forum.weekday
    if forum.kind == "chefforum" and year >= 2024:
        weekday = 2  # Chefforum moved from Thursday to Wednesday
    return [dt.date.fromisocalendar(year, w, weekday + 1) for w in chosen]


def _week_ok(year: int, week: int) -> bool:
    try:
        return dt.date.fromisocalendar(year, week, 1).year == year
    except ValueError:
        return False


class _Numbers:
    """Journal numbers of one municipality: serials per subject, facet and year."""

    def __init__(self, rng: random.Random, scheme: str) -> None:
        self.rng = rng
        self.scheme = scheme
        self.serials: dict[tuple, int] = {}

    def new(self, kle: str, facet: str, year: int) -> str:
        rng = self.rng
        if self.scheme == "kle":
            yy = year if rng.random() < 0.75 else year - 1
            key = (kle, facet, yy)
            serial = self.serials.get(key, rng.randint(0, 12)) + rng.randint(1, 3)
            self.serials[key] = serial
            return f"{kle}-{facet}-{serial}-{yy % 100:02d}"
        key = (self.scheme, year)
        serial = self.serials.get(key, rng.randint(10, 400)) + rng.randint(1, 40)
        self.serials[key] = serial
        if self.scheme == "emn":
            return f"EMN-{year}-{serial:06d}"
        if self.scheme == "serial/yy":
            return f"{serial}/{year % 100:02d}"
        return f"{year}-{serial:06d}"


@dataclass
class _Thread:
    topic: str
    title: str
    case_number: str
    year: int
    due: int  # series-local meeting position when it returns
    stage: int


def _title(
    topic: Topic,
    rng: random.Random,
    date: dt.date,
    drng: random.Random | None = None,
) -> str:
    template = rng.choice(topic.titles)
    # A title's meeting date is the next MED meeting's, two weeks on (not drawn: the
    # random stream, and so the rest of the corpus, stays as it was).
    title = _fill_years(template, date.year).replace(
        "{meddate}", _long_date(date + dt.timedelta(days=14))
    )
    if drng is None:
        return title
    return f"{title}, {drng.choice(DISTINCT_ASPECTS)} for {drng.choice(DISTINCT_AREAS)}"


def _fill_years(template: str, year: int) -> str:
    return (
        template.replace("{y}", str(year))
        .replace("{n}", str(year + 1))
        .replace("{p}", str(year - 1))
        .replace("{n1}", str(year + 2))
        .replace("{n3}", str(year + 4))
        .replace("{n2}", f"{(year + 1) % 100:02d}")
    )


def _pick_outcome(rng: random.Random, topic: Topic, kind: str) -> str:
    """The decision type of an item: a committee recommends or sends a case on, too."""
    if kind == "udvalg":
        r = rng.random()
        if "recommend" in topic.asks and r < 0.4:
            return "recommended"
        if r > 0.95:
            return "referred"
    return rng.choice(topic.outcomes)


def plan_corpus(
    n: int,
    seed: int = 0,
    formats: Sequence[str] | Mapping[str, float] = ("txt",),
    forums: Sequence[str] = DEFAULT_FORUMS,
    end_year: int = 2025,
    *,
    layouts: Sequence[str] | Mapping[str, float] = ("agenda",),
    distinct: int = 0,
) -> list[MeetingPlan]:
    """The corpus plan: every meeting's forum, date, format, layout, agenda, journal numbers.

    Cheap and sequential (one random stream); the texts are written from it meeting by
    meeting. Case threads run within a forum: a case returns under its journal number.
    ``layouts``: a sequence (drawn uniformly) or a mapping of layout -> weight; each
    meeting gets one of those that exist in its format, from a stream of its own.
    ``distinct``: 0 (default) or 1, varied titles and decisions (see the module doc).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if distinct not in DISTINCT_LEVELS:
        raise ValueError(f"distinct must be one of {DISTINCT_LEVELS}, not {distinct!r}")
    unknown = [f for f in forums if f not in FORUMS]
    if unknown:
        raise ValueError(f"unknown forums {unknown}; known: {sorted(FORUMS)}")
    fmt_list = _format_chooser(formats)
    pick_layout = _layout_chooser(layouts, formats)
    rng = random.Random(seed)
    muns, years = _municipalities(n, len(forums))
    first_year = end_year - years + 1
    slots: list[tuple[dt.date, int, str, str]] = []  # (date, series order, mun, forum)
    order = 0
    for mun in muns:
        for forum_name in forums:
            forum = FORUMS[forum_name]
            for year in range(first_year, end_year + 1):
                for date in _meeting_dates(rng, forum, year):
                    slots.append((date, order, mun, forum_name))
            order += 1
    chosen = sorted(rng.sample(slots, n)) if n < len(slots) else sorted(slots)
    schemes = {
        mun: ("kle" if i == 0 else _SCHEMES[i % len(_SCHEMES)]) for i, mun in enumerate(muns)
    }
    numbers = {mun: _Numbers(random.Random(f"{seed}:{mun}"), schemes[mun]) for mun in muns}

    meetings: list[MeetingPlan] = []
    for index, (date, _, mun, forum_name) in enumerate(chosen):
        fmt = fmt_list(rng, index)
        town = "" if mun == DEFAULT_MUNICIPALITY else _slug(mun.removesuffix(" Kommune")) + "-"
        name = f"{SYNTHETIC_LABEL}-{town}{FORUMS[forum_name].slug}-{date.isoformat()}.{fmt}"
        meetings.append(
            MeetingPlan(
                index,
                mun,
                forum_name,
                date,
                fmt,
                f"{SYNTHETIC_FOLDER}/{name}",
                schemes[mun],
                distinct=distinct,
            )
        )

    # Agendas, series by series in date order, so cases can return.
    # The distinct level draws from a stream of its own: the default plan stays as it was.
    drng = random.Random(f"{seed}:distinct") if distinct else None
    series: dict[tuple[str, str], list[MeetingPlan]] = {}
    for m in meetings:
        series.setdefault((m.municipality, m.forum), []).append(m)
    for (mun, forum_name), ms in sorted(
        series.items(), key=lambda kv: (muns.index(kv[0][0]), kv[0][1])
    ):
        _plan_series(rng, ms, FORUMS[forum_name], numbers[mun], drng)

    if pick_layout is not None:
        layout_rng = random.Random(f"{seed}:layouts")
        for m in meetings:
            m.document_layout = pick_layout(layout_rng, m.fmt)
        _number_through_year(meetings, slots)
    return meetings


def _layout_chooser(
    layouts: Sequence[str] | Mapping[str, float], formats: Sequence[str] | Mapping[str, float]
):
    """A function (rng, format) -> layout, or None when every meeting is ``agenda``."""
    if isinstance(layouts, str):
        layouts = (layouts,)
    names = list(layouts)
    bad = [x for x in names if x not in LAYOUTS]
    if isinstance(layouts, Mapping):  # a layout of weight 0 is not drawn
        names = [x for x in names if x in bad or float(layouts[x]) > 0]
    if bad or not names:
        raise ValueError(f"unknown layouts {bad or list(layouts)}; known: {', '.join(LAYOUTS)}")
    fmts = [formats] if isinstance(formats, str) else list(formats)
    orphans = [f for f in fmts if not any(f in LAYOUT_FORMATS[x] for x in names)]
    if orphans:
        raise ValueError(
            f"no layout of {names} is rendered as {orphans}; formats per layout: "
            + "; ".join(f"{x}: {', '.join(LAYOUT_FORMATS[x])}" for x in names)
        )
    if names == ["agenda"]:
        return None
    weights = {x: float(layouts[x]) if isinstance(layouts, Mapping) else 1.0 for x in names}

    def choose(rng: random.Random, fmt: str) -> str:
        fit = [x for x in names if fmt in LAYOUT_FORMATS[x]]
        return rng.choices(fit, [weights[x] for x in fit])[0]

    return choose


def _number_through_year(meetings: list[MeetingPlan], slots: list[tuple]) -> None:
    """Item numbers that run through a forum's year, as some municipalities number them.

    A meeting's first number follows the items of the forum's earlier meetings that year:
    their planned counts, or 7 items for a meeting date the corpus did not sample.
    """
    dates: dict[tuple[str, str, int], list[dt.date]] = {}
    for date, _, mun, forum in slots:
        dates.setdefault((mun, forum, date.year), []).append(date)
    sampled = {(m.municipality, m.forum, m.date): len(m.items) for m in meetings}
    for m in meetings:
        earlier = [d for d in dates[(m.municipality, m.forum, m.date.year)] if d < m.date]
        m.first_number = 1 + sum(sampled.get((m.municipality, m.forum, d), 7) for d in earlier)


def _format_chooser(formats: Sequence[str] | Mapping[str, float]):
    if isinstance(formats, str):
        formats = (formats,)
    names = list(formats)
    bad = [f for f in names if f not in FORMATS]
    if bad or not names:
        raise ValueError(f"unknown formats {bad or names}; known: {', '.join(FORMATS)}")
    if isinstance(formats, Mapping):
        weights = [float(formats[f]) for f in names]

        def weighted(rng: random.Random, index: int) -> str:
            return rng.choices(names, weights)[0]

        return weighted

    def cycle(rng: random.Random, index: int) -> str:
        return names[index % len(names)]

    return cycle


def _plan_series(
    rng: random.Random,
    ms: list[MeetingPlan],
    forum: Forum,
    numbers: _Numbers,
    drng: random.Random | None = None,
) -> None:
    topics = [t for t in TOPICS if forum.kind in t.kinds]
    threads: list[_Thread] = []
    standing: dict[int, str] = {}
    for pos, m in enumerate(ms):
        year = m.date.year
        if year not in standing:
            standing[year] = numbers.new("00.01.00", "P35", year)
        std = standing[year]
        items: list[ItemPlan] = []
        first_title = rng.choice(_STANDING_FIRST[forum.kind])
        if drng is not None and drng.random() < 0.8:  # as many minutes date the agenda
            first_title = f"{first_title} for mødet den {_long_date(m.date)}"
        items.append(ItemPlan("first", first_title, std, "approved", year=year))

        k = rng.randint(3, 7) if forum.kind == "chefforum" else rng.randint(3, 6)
        used: set[str] = set()
        due = [t for t in threads if t.due <= pos]
        for th in due[:k]:
            threads.remove(th)
            topic = _TOPICS_BY_KEY[th.topic]
            decision = _pick_outcome(rng, topic, forum.kind)
            title = th.title
            if drng is not None and drng.random() < 0.8:  # a returning case says so
                title = f"{title}, {drng.choice(DISTINCT_RETURNS).format(stage=th.stage)}"
            items.append(ItemPlan(th.topic, title, th.case_number, decision, th.stage, th.year))
            used.add(th.topic)
            _maybe_return(
                rng, threads, topic, th.title, th.case_number, th.year, pos, th.stage, decision
            )
        while len(items) - 1 < k:
            topic = rng.choice(topics)
            if topic.key in used:
                continue
            used.add(topic.key)
            title = _title(topic, rng, m.date, drng)
            case = numbers.new(topic.kle, topic.facet, year)
            decision = _pick_outcome(rng, topic, forum.kind)
            items.append(ItemPlan(topic.key, title, case, decision, 1, year))
            _maybe_return(rng, threads, topic, title, case, year, pos, 1, decision)
        if forum.kind != "chefforum" and rng.random() < 0.15:
            title = rng.choice(("Lukket: Køb af ejendom", "Lukket punkt", "Lukket: Salg af grund"))
            case = numbers.new("02.34.02", "G01", year)
            items.append(ItemPlan("closed", title, case, "approved", year=year))
        if forum.kind != "chefforum" and rng.random() < 0.4:
            items.append(ItemPlan("meddelelser", "Meddelelser", std, "noted", year=year))
        last_title = rng.choice(_STANDING_LAST[forum.kind])
        last_decision = rng.choice(("discussed", "none", "none", "noted", "decided"))
        items.append(ItemPlan("last", last_title, std, last_decision, year=year))
        m.items = items


def _maybe_return(
    rng: random.Random,
    threads: list[_Thread],
    topic: Topic,
    title: str,
    case: str,
    year: int,
    pos: int,
    stage: int,
    decision: str,
) -> None:
    """Schedule the case to come back: always when postponed, else by the topic's rate."""
    if decision == "postponed":
        threads.append(_Thread(topic.key, title, case, year, pos + 1, stage + 1))
    elif stage < 4 and rng.random() < topic.recurs:
        threads.append(_Thread(topic.key, title, case, year, pos + rng.randint(1, 5), stage + 1))


# --- rendering one meeting ----------------------------------------------------------------


@dataclass
class _Style:
    markdown: bool
    layout: str  # "classic", "2025", "committee", "committee_b"
    prefix: bool
    participants: bool
    two_digit_day: bool
    separate_time: bool
    municipality_line: bool
    md_item_level: int
    md_bold: bool


def _long_date(date: dt.date, two_digit: bool = False) -> str:
    day = f"{date.day:02d}" if two_digit else str(date.day)
    return f"{day}. {_MONTHS[date.month - 1]} {date.year}"


def _town_switch(m: MeetingPlan) -> int:
    """The year a (fictional) municipality's Chefforum moved to the 2025 layout."""
    return 2012 + sum(map(ord, m.municipality)) % 12


def _style(rng: random.Random, m: MeetingPlan, forum: Forum) -> _Style:
    markdown = m.fmt == "md" or (m.fmt in ("docx", "html", "pdf") and rng.random() < 0.2)
    if forum.kind == "chefforum":
        switch = 2025 if m.municipality == DEFAULT_MUNICIPALITY else _town_switch(m)
        new = m.date.year >= switch
        if rng.random() < 0.15:
            new = not new
        layout = "2025" if new else "classic"
    else:
        layout = "committee" if rng.random() < 0.55 else "committee_b"
    prefix = (
        (layout == "classic" and rng.random() < 0.9)
        or (layout == "2025" and rng.random() < 0.1)
        or (layout.startswith("committee") and rng.random() < 0.5)
    )
    participants = (
        rng.random() < 0.85
        if layout == "2025"
        else rng.random() < (0.2 if layout == "classic" else 0.6)
    )
    return _Style(
        markdown=markdown,
        layout=layout,
        prefix=prefix,
        participants=participants,
        two_digit_day=forum.kind == "chefforum" and rng.random() < 0.8,
        separate_time=rng.random() < 0.1,
        municipality_line=m.municipality != DEFAULT_MUNICIPALITY or rng.random() < 0.1,
        md_item_level=rng.choice((1, 2)),
        md_bold=rng.random() < 0.6,
    )


@dataclass(frozen=True)
class _Heading:
    line: str  # after "Punkt N: "
    wrapped: str | None  # a second line continuing the title
    toc: str  # the title as the table of contents gives it (before cutting)
    title: str  # the clean title (ground truth)
    minutes: int | None  # a duration written in the heading


class _Doc:
    """Blocks of a minutes text, serialised as plain text or markdown."""

    def __init__(self, style: _Style) -> None:
        self.style = style
        self.blocks: list[str] = []

    def add(self, *lines: str) -> None:
        self.blocks.append("\n".join(lines))

    def title(self, text: str) -> None:
        self.add(f"# {text}" if self.style.markdown else text)

    def field(self, key: str, value: str) -> None:
        self.add(f"**{key}** {value}" if self.style.markdown else f"{key} {value}")

    def toc_head(self) -> None:
        md = "## **Indholdsfortegnelse**" if self.style.md_bold else "## Indholdsfortegnelse"
        self.add(md if self.style.markdown else "Indholdsfortegnelse")

    def item(self, head: str, extra: str | None = None) -> None:
        s = self.style
        if s.markdown:
            level = "#" * s.md_item_level
            text = f"{level} **{head}**" if s.md_bold else f"{level} {head}"
        else:
            text = head
        if extra:
            self.add(text, extra)
        else:
            self.add(text)

    def section(self, heading: str) -> None:
        s = self.style
        if s.markdown:
            level = "#" * (s.md_item_level + 1)
            self.add(f"{level} **{heading}**" if s.md_bold else f"{level} {heading}")
        else:
            self.add(heading)

    def text(self) -> str:
        return "\n\n".join(self.blocks)


class _Writer:
    """Writes one meeting from its plan with the meeting's own random stream."""

    def __init__(self, m: MeetingPlan, seed: int) -> None:
        self.m = m
        self.rng = random.Random(seed * 1_000_003 + m.index)
        self.forum = FORUMS[m.forum]
        self.style = _style(self.rng, m, self.forum)
        self.doc = _Doc(self.style)
        self.passing_used = False
        # Distinct level: paraphrases from a stream of their own (the default text unchanged).
        self.drng = random.Random(f"{seed}:distinct:{m.index}") if m.distinct else None

    # -- small helpers
    def later(self, lo: int = 7, hi: int = 90) -> dt.date:
        return self.m.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def fill(self, text: str, topic_year: int, obj: str = "") -> str:
        rng = self.rng
        text = _fill_years(text, topic_year)
        repl = {
            "{date}": lambda: _long_date(self.later()),
            "{past}": lambda: _long_date(self.later(-60, -7)),
            "{meddate}": lambda: _long_date(self.later(3, 20)),
            "{unit}": lambda: rng.choice(_UNITS),
            "{unitshort}": lambda: rng.choice(("KFE", "M&T", "D&S", "B&F", "ÆSS", "ØS")),
            "{ddmmyy}": lambda: self.m.date.strftime("%d%m%y"),
            "{mio}": lambda: str(rng.choice((4, 7, 12, 18, 25, 120))),
            "{month}": lambda: _MONTHS[self.later(20, 60).month - 1],
            "{name}": lambda: _name(rng),
            "{S}": lambda: self.subject(),
            "{O}": lambda: obj,
            "{s}": lambda: self.subject(lower=True),
            "{P}": lambda: rng.choice(
                ("Kommunaldirektøren", "Sekretariatet")
                if self.forum.kind == "chefforum"
                else ("Formanden", "Forvaltningen")
            ),
        }
        for key, make in repl.items():
            while key in text:
                text = text.replace(key, make(), 1)
        if self.forum.kind != "chefforum" and "Chefforum" in text:
            text = text.replace("Chefforum", self.forum.name)
        return text

    def subject(self, lower: bool = False) -> str:
        """How a decision names the forum: "Chefforum", "Økonomiudvalget", "Udvalget"."""
        f = self.forum
        if f.kind == "chefforum":
            return "Chefforum"
        name = "Udvalget" if f.kind == "udvalg" and self.rng.random() < 0.5 else f.subject
        return name.lower() if lower and name == "Udvalget" else name

    def anledning(self, topic: Topic, year: int, extra: int = 1) -> str:
        """The occasion: one of the topic's reasons, often with a neutral sentence or two."""
        text = self.sentences(topic.why, 1, year)
        if self.rng.random() < 0.6:
            text += " " + self.sentences(NEUTRAL, self.rng.randint(1, extra), year)
        return text

    def sentences(self, pool: Sequence[str], k: int, year: int) -> str:
        k = min(k, len(pool))
        return " ".join(self.fill(s, year) for s in self.rng.sample(list(pool), k))

    # -- the document
    def render(self) -> tuple[str, list[dict[str, object]]]:
        m, rng, doc, s = self.m, self.rng, self.doc, self.style
        forum = self.forum
        heading = f"REFERAT {m.forum} d. {m.date.strftime('%d-%m-%Y')}"
        if s.municipality_line and rng.random() < 0.5:
            doc.add(m.municipality)
            doc.title(heading)
        else:
            doc.title(heading)
            if s.municipality_line:
                doc.add(m.municipality)
        start = rng.choice(forum.times)
        day = _WEEKDAYS[m.date.weekday()]
        if s.separate_time:
            doc.field("Mødedato", f"{day} d. {_long_date(m.date, s.two_digit_day)}")
            doc.field("Mødetidspunkt", f"kl. {start}")
        else:
            doc.field("Mødedato", f"{day} d. {_long_date(m.date, s.two_digit_day)} kl. {start}")
        location = rng.choice(forum.places)
        doc.field("Mødested", location)
        n_people = 0
        if s.participants:
            people, absent = self.participants()
            n_people = len(people) + len(absent)
            doc.field("Mødedeltagere", ", ".join(people))
            if absent:
                doc.field(rng.choice(("Fraværende", "Afbud")), ", ".join(absent))

        heads = [self.heading(it) for it in m.items]
        doc.toc_head()
        page = rng.randint(2, 3)
        toc = []
        for head in heads:
            toc.append(f"{head.toc[:89]}.....\t{page}")
            page += rng.choice((1, 1, 1, 2, 2, 3))
        doc.add(*toc)

        rows = [
            self.item(number, it, head)
            for number, (it, head) in enumerate(zip(m.items, heads, strict=True), start=1)
        ]
        text = "\n\n" + doc.text() if rng.random() < 0.7 else doc.text()
        if rng.random() < 0.5:
            text += "\n"
        meeting_truth(m, rows, start, location, n_people, s.layout, "agenda")
        return text, rows

    def participants(self) -> tuple[list[str], list[str]]:
        rng = self.rng
        if self.forum.kind == "chefforum":
            k = rng.randint(5, len(_CF_ROLES))
            roles = [_CF_ROLES[0], *rng.sample(_CF_ROLES[1:], k - 1)]
            people = [f"{_name(rng)} ({r})" for r in roles]
            absent = []
        else:
            k = rng.randint(5, 9 if self.forum.kind == "udvalg" else 15)
            people = [f"{_name(rng)} ({rng.choice(_PARTIES)})" for _ in range(k)]
            if rng.random() < 0.5:
                people[0] = people[0][:-1] + ", formand)"
            absent = []
            if rng.random() < 0.25:
                # someone not also listed present: the reader takes a member listed absent
                # as one absent person (parse.absent_not_present)
                taken = {p.rsplit(" (", 1)[0] for p in people}
                name = _name(rng)
                while name in taken:
                    name = _name(rng)
                absent = [f"{name} ({rng.choice(_PARTIES)})"]
        return people, absent

    def heading(self, it: ItemPlan) -> _Heading:
        """How the item's heading is written: prefix, duration, a wrapped second line."""
        rng = self.rng
        raw = it.title
        if self.style.prefix:
            prefix = self.forum.prefix
            if self.forum.kind == "udvalg" and it.topic in ("anlaegsplan", "regnskab", "skole"):
                prefix = f"{prefix}/KB" if prefix == "ØU" else f"{prefix}/ØU/KB"
            raw = f"{prefix} - {raw}"
        topical = it.topic in _TOPICS_BY_KEY
        if (
            it.topic == "anlaegsplan"
            and self.style.layout.startswith("committee")
            and rng.random() < 0.5
        ):
            # A long title wrapped onto a second line; the TOC entry is cut short.
            more = "med prioritering af vedligeholdelse af skoler og"
            tail = "daginstitutioner i hele kommunen"
            return _Heading(
                f"{raw} {more}", tail, f"{raw} {more} {tail}", f"{it.title} {more} {tail}", None
            )
        if topical and len(raw) < 70 and rng.random() < 0.06:
            minutes = rng.choice((10, 15, 20, 30))
            return _Heading(f"{raw} ({minutes} min.)", None, raw, it.title, minutes)
        title = it.title
        if it.topic == "closed" and ":" in title:
            title = title.split(":", 1)[1].strip()
        return _Heading(raw, None, raw, title, None)

    # -- one item
    def item(self, number: int, it: ItemPlan, head: _Heading) -> dict[str, object]:
        rng, doc, s = self.rng, self.doc, self.style
        doc.item(f"Punkt {number}: {head.line}", head.wrapped)
        case = it.case_number
        labelled = self.m.scheme == "serial/yy" and rng.random() < 0.7
        doc.add(f"Sagsnr.: {case}" if labelled else case)
        truth = {
            "number": number,
            "title": head.title,
            "closed": it.topic == "closed",
            "case_number": case,
            "decision_type": it.decision,
            "topic": it.topic,
        }
        if it.topic == "closed":
            self.section("Beslutninger" if s.layout == "committee" else "Beslutning")
            doc.add("Godkendt.")
            proposer, n_recs, n_att, duration, themes = None, 0, 0, None, ()
        elif it.topic in _TOPICS_BY_KEY:
            topic = _TOPICS_BY_KEY[it.topic]
            proposer, n_recs, n_att, duration = self.topical(it, topic)
            themes = (*topic.themes, *title_instruments(head.title))
        else:
            proposer, n_recs, n_att, duration = self.standing(it)
            themes = ("faste_punkter",)
        truth.update(
            proposer=proposer,
            duration_min=head.minutes if head.minutes is not None else duration,
            n_attachments=n_att,
            n_recommendations=n_recs,
            themes=";".join(sorted(themes)),
        )
        return truth

    def section(self, heading: str) -> None:
        self.doc.section(heading)

    def indstilling(
        self, points: list[str], proposer_pool: Sequence[str]
    ) -> tuple[str | None, int]:
        """Write the recommendation; returns (proposer, number of points)."""
        rng, doc, s = self.rng, self.doc, self.style
        if s.layout == "committee" and rng.random() < 0.8:
            self.section("Beslutningspunkter")
            lines = ["Det indstilles:"]
            for i, p in enumerate(points, start=1):
                text = p[3:] if p.startswith("at ") else p
                lead = "At" if i == 1 else "at"
                lines.append(f"{lead} {i}) {text}.")
            doc.add(*lines)
            return None, len(points)
        self.section("Indstilling")
        who = rng.choice(proposer_pool)
        form = rng.random()
        if len(points) == 1 and form < 0.25:
            if rng.random() < 0.3:
                doc.add(f"Det indstilles, {points[0]}.")
                return None, 1
            doc.add(f"{who} indstiller, {points[0]}.")
            return who, 1
        if len(points) > 1 and form < 0.15:
            doc.add(f"{who} indstiller, at", *(f"- {p[3:]}" for p in points))
            return who, len(points)
        numbered = [
            f"{i}. {p}{'.' if i == len(points) and rng.random() < 0.6 else ''}"
            for i, p in enumerate(points, 1)
        ]
        if s.layout == "2025" and rng.random() < 0.5:
            doc.add(f"{who} indstiller,", *numbered)
        else:
            doc.add(f"{who} indstiller,")
            doc.add(*numbered)
        return who, len(points)

    def proposers(self) -> Sequence[str]:
        return _PROPOSERS_CF if self.forum.kind == "chefforum" else _PROPOSERS_POL

    def beslutning(self, decision: str, obj: str, year: int, comments: Sequence[str] = ()) -> None:
        rng, doc, s = self.rng, self.doc, self.style
        self.section("Beslutninger" if s.layout == "committee" else "Beslutning")
        key = decision
        if decision == "approved" and self.forum.kind != "chefforum" and rng.random() < 0.5:
            key = "approved_pol"
        template = rng.choice(_DECISIONS[key])
        text = self.fill(template, year, obj)
        text = text[0].upper() + text[1:]
        if self.drng is not None and decision != "none":
            text = self.distinct_note(text)
        doc.add(text)
        if template.endswith("følgende kommentarer:"):
            pool = list(comments) + list(_COMMENTS)
            picked = rng.sample(pool, rng.randint(2, 4))
            doc.add(*(f"- {self.fill(c, year)}" for c in picked))
        if decision not in ("none", "postponed") and rng.random() < 0.45:
            doc.add(self.fill(rng.choice(_FOLLOW_UPS), year))

    def distinct_note(self, text: str) -> str:
        """The decision with a note on who took part (distinct level), before or after it."""
        d = self.drng
        note = (
            d.choice(DISTINCT_DECISION_NOTES)
            .replace("{name}", _name(d), 1)
            .replace("{name2}", _name(d))
            .replace("{area}", d.choice(DISTINCT_AREAS))
        )
        if text.endswith(":"):  # a list of comments follows the decision sentence
            return f"{note} {text}"
        return f"{text} {note}"

    def bilag(self, topic: Topic | None, year: int) -> int:
        """Write a Bilag section (maybe empty); returns the number of attachments."""
        rng, doc = self.rng, self.doc
        self.section("Bilag")
        r = rng.random()
        if r < 0.15 or topic is None or not topic.bilag:
            return 0
        names = [
            self.fill(b, year)
            for b in rng.sample(list(topic.bilag), rng.randint(1, len(topic.bilag)))
        ]
        if r < 0.25:
            names += [
                f"Bilag {i} - Notat om sagens baggrund {i}" for i in range(1, rng.randint(2, 4))
            ]
        if topic.key == "maalplaner" and rng.random() < 0.5:
            doc.add(*names[:2])
            doc.add(
                *(f"- {n}" for n in names[2:] or ["9.1. Voksenliv Andelen af borgere i job stiger"])
            )
            return len(names[:2]) + max(1, len(names[2:]))
        for name in names:
            doc.add(name)
        return len(names)

    def standing(self, it: ItemPlan) -> tuple[str | None, int, int, int | None]:
        rng, doc, s = self.rng, self.doc, self.style
        year = it.year
        if it.topic == "first":
            if s.layout == "classic" and rng.random() < 0.7:
                self.section("Anledning")
                doc.add(
                    rng.choice(
                        (
                            "Dagsordenen til dette samt referatet fra seneste møde skal godkendes.",
                            "Godkendelse af dagsorden, samt referat fra seneste møde.",
                        )
                    )
                )
            obj = "dagsordenen til dette, samt referatet fra seneste møde"
            if self.forum.kind != "chefforum":
                obj = "dagsordenen"
            proposer, n = self.indstilling([f"at {obj} godkendes"], self.proposers())
            self.beslutning(it.decision, rng.choice(("dagsorden og referat", "dagsordenen")), year)
            return proposer, n, 0, None
        if it.topic == "meddelelser":
            self.section("Sagsfremstilling" if s.layout != "committee" else "Beskrivelse af sagen")
            doc.add(*(f"- {self.fill(x, year)}" for x in rng.sample(_NEWS, rng.randint(1, 3))))
            proposer, n = self.indstilling(
                ["at meddelelserne tages til efterretning"], self.proposers()
            )
            self.section("Beslutninger" if s.layout == "committee" else "Beslutning")
            doc.add(
                rng.choice(
                    ("Taget til efterretning.", "Meddelelserne blev taget til efterretning.")
                )
            )
            return proposer, n, 0, None
        # Eventuelt
        if s.layout == "classic" and rng.random() < 0.4:
            self.section("Anledning")
            doc.add("Eventuelt")
        proposer, n = self.indstilling(["at punktet drøftes"], self.proposers())
        if rng.random() < 0.4:
            self.section("Sagsfremstilling")
            doc.add(*(f"- {x}" for x in rng.sample(_EVENTUELT, rng.randint(1, 2))))
        if it.decision == "none":
            self.section("Beslutninger" if s.layout == "committee" else "Beslutning")
            doc.add("Intet.")
        elif it.decision == "discussed":
            self.beslutning("discussed", "de aktuelle emner", year)
        elif it.decision == "noted":
            self.section("Beslutninger" if s.layout == "committee" else "Beslutning")
            doc.add(
                f"{self.fill('{P}', year)} orienterede om de aktuelle emner. "
                f"{self.subject()} tog orienteringen til efterretning."
            )
        else:
            self.beslutning("decided", "temaerne til kommende møder", year)
        n_att = 0
        if rng.random() < 0.2:
            self.section("Bilag")
            doc.add(f"Temadrøftelser {year}")
            n_att = 1
        return proposer, n, n_att, None

    def topical(self, it: ItemPlan, topic: Topic) -> tuple[str | None, int, int, int | None]:
        rng, doc, s = self.rng, self.doc, self.style
        year = it.year
        obj = self.fill(rng.choice(topic.objects), year)
        if self.drng is not None:
            obj = f"{obj} for {self.drng.choice(DISTINCT_AREAS)}"
        asks = rng.sample(list(topic.asks), rng.randint(1, min(2, len(topic.asks))))
        points = []
        for a in asks:
            p = self.fill(rng.choice(_ASK_POINTS[a]), year, obj)
            points.append(p)
        duration = None
        proposer: str | None
        if s.layout == "2025":
            proposer, n_recs = self.indstilling(points, self.proposers())
            self.section(rng.choice(("Resumé", "Resumé", "Resume")))
            doc.add(self.anledning(topic, year, 2))
            self.section("Sagsfremstilling")
            if rng.random() < 0.8:
                duration = rng.choice((5, 10, 15, 20, 25, 30))
                doc.add(f"({duration} min.)")
            self.sagsfremstilling(topic, year)
            for heading in (
                "Kommunens vision og politikker",
                "Økonomi",
                "Lovgrundlag",
                "Borgerperspektiv",
            ):
                if rng.random() < 0.9:
                    self.section(heading)
                    doc.add("Intet at bemærke.")
            if rng.random() < 0.3:
                self.section("Historik")
                doc.add("Intet at bemærke.")
            self.beslutning(it.decision, obj, year, topic.comments)
            n_att = self.bilag(topic, year)
            return proposer, n_recs, n_att, duration
        if s.layout == "classic":
            self.section("Anledning")
            doc.add(self.anledning(topic, year))
            self.section("Sagsfremstilling")
            self.sagsfremstilling(topic, year)
            proposer, n_recs = self.indstilling(points, self.proposers())
            self.beslutning(it.decision, obj, year, topic.comments)
            n_att = self.bilag(topic, year) if rng.random() < 0.8 else 0
            return proposer, n_recs, n_att, None
        # committee layouts
        if s.layout == "committee":
            self.section("Sagens kerne")
            doc.add(self.anledning(topic, year))
            self.section("Beskrivelse af sagen")
            self.sagsfremstilling(topic, year)
            if it.stage > 1 or rng.random() < 0.3:
                self.section("Sagsforløb")
                doc.add(*self.history(year))
        else:
            self.section(rng.choice(("Resumé", "Resume")))
            doc.add(self.anledning(topic, year))
            self.section("Sagsfremstilling")
            self.sagsfremstilling(topic, year)
            if rng.random() < 0.5:
                self.section("Økonomi")
                doc.add(
                    rng.choice(("Sagen har ingen økonomiske konsekvenser.", "Intet at bemærke."))
                )
        proposer, n_recs = self.indstilling(points, self.proposers())
        if self.forum.kind == "council" and rng.random() < 0.4:
            when = self.m.date - dt.timedelta(days=rng.randint(5, 14))
            self.section(f"Beslutning i Økonomiudvalget den {when.strftime('%d-%m-%Y')}")
            doc.add(rng.choice(("Anbefales.", "Anbefales over for Kommunalbestyrelsen.")))
        self.beslutning(it.decision, obj, year, topic.comments)
        n_att = self.bilag(topic, year) if rng.random() < 0.7 else 0
        return proposer, n_recs, n_att, None

    def history(self, year: int) -> list[str]:
        rng = self.rng
        lines = []
        when = self.m.date - dt.timedelta(days=rng.randint(20, 40))
        for _ in range(rng.randint(1, 2)):
            body = rng.choice(
                ("Børne- og Skoleudvalget", "Miljø- og Teknikudvalget", "Økonomiudvalget")
            )
            outcome = rng.choice(("Anbefales.", "Taget til efterretning.", "Godkendt."))
            if rng.random() < 0.5:
                lines.append(f"{body}, {_long_date(when)}, punkt {rng.randint(2, 12)}: {outcome}")
            else:
                lines.append(
                    f"{body} {when.strftime('%d-%m-%Y')}, pkt. {rng.randint(2, 12)} – {outcome}"
                )
            when -= dt.timedelta(days=rng.randint(10, 40))
        return lines

    def sagsfremstilling(self, topic: Topic, year: int) -> None:
        """Paragraphs on the topic, sometimes long, with lists, a table and mentions.

        Sentences are drawn without replacement (the topic's first, then neutral ones),
        so a long text does not repeat itself.
        """
        rng, doc = self.rng, self.doc
        own = list(topic.body)
        rng.shuffle(own)
        neutral = list(NEUTRAL)
        rng.shuffle(neutral)
        long = rng.random() < 0.3
        n_par = rng.randint(6, 10) if long else rng.randint(2, 5)
        for i in range(n_par):
            k = rng.randint(1, 3)
            picked, own = own[:k], own[k:]
            if not picked or rng.random() < 0.7:
                k = rng.randint(1, 3)
                picked, neutral = picked + neutral[:k], neutral[k:]
            if not picked:
                break
            parts = [self.fill(x, year) for x in picked]
            if long and i == n_par // 2 and not self.passing_used:
                other = [p for p in PASSING if p[0] not in topic.themes]
                parts.append(rng.choice(other)[1])
                self.passing_used = True
            if rng.random() < 0.15:
                parts.append(self.fill(_DEADLINE, year))
            elif rng.random() < 0.2:
                parts.append(self.fill(rng.choice(_CONTEXT), year))
            doc.add(" ".join(parts))
            if long and rng.random() < 0.35:
                extra = rng.random()
                if extra < 0.45:
                    picked = rng.sample(_COMMENTS, rng.randint(2, 4))
                    doc.add(*(f"- {self.fill(c, year)}" for c in picked))
                elif extra < 0.7:
                    steps = rng.sample(_STEPS, rng.randint(2, 4))
                    doc.add(*(f"{j}. {c}" for j, c in enumerate(steps, 1)))
                elif extra < 0.85:
                    rows = ["Aktivitet\tTidspunkt"]
                    for act in rng.sample(_TABLE_ROWS, rng.randint(2, 4)):
                        rows.append(f"{act}\t{_long_date(self.later(10, 200))}")
                    doc.add(*rows)
                else:
                    doc.add(rng.choice(_SUBHEADINGS))
        if long and rng.random() < 0.3:
            doc.add("Se i øvrigt [oversigten på intranettet](#) og *En kommune - én organisation*.")


_CONTEXT = (
    "Sagen blev senest behandlet på mødet den {past}.",
    "På mødet den {past} blev det aftalt at vende tilbage med et konkret forslag.",
    "Der afholdes et opfølgende møde den {date}.",
    "Materialet sendes til afdelingerne den {date}.",
)
_NEWS = (
    "Orientering om status på rekrutteringen af en ny vejchef.",
    "Orientering om arrangementet for frivillige den {date}.",
    "Orientering om henvendelse fra en borger.",
)
_EVENTUELT = (
    "Status på kontorflytningen",
    "Planlægning af julefrokost",
    "Kort nyt fra direktionen",
    "Næste mødes placering",
)
_STEPS = (
    "Udkastet oprettes på baggrund af sidste års materiale",
    "Processen præsenteres for Chefforum",
    "Hver afdeling gennemlæser og retter relevante afsnit",
    "Jura gennemgår det samlede materiale",
    "Det endelige materiale sendes ud senest en uge før mødet",
)
_TABLE_ROWS = (
    "A. Planen forelægges Chefforum",
    "B. Udkast sendes til afdelingerne",
    "C. Endelig version foreligger",
    "D. Opfølgning i direktionen",
)
_SUBHEADINGS = (
    "Deadline og videre forløb",
    "Nedslag i forløbet frem til den endelige version",
    "Kvalificering af arbejdet",
)


@lru_cache(maxsize=1)
def _title_only_themes() -> tuple:
    """The instrument themes the taxonomy matches in titles only (regnskab, takster,
    høring …), the standing items' theme left out."""
    from analysis.enrich.themes import load_taxonomy

    return tuple(
        t for t in load_taxonomy() if tuple(t.fields) == ("title",) and t.key != "faste_punkter"
    )


def title_instruments(title: str) -> tuple[str, ...]:
    """The instrument themes a title names. Topics hold the subject themes of all their
    titles; an instrument belongs to one title of a topic ("Takster for dagtilbud" among
    the school titles), so it is part of the truth of the item with that title."""
    from analysis.enrich.themes import match_terms

    return tuple(sorted(match_terms(title, _title_only_themes())))


def meeting_truth(
    m: MeetingPlan,
    rows: list[dict],
    start: str | None,
    location: str | None,
    n_people: int,
    layout: str,
    document_layout: str,
) -> None:
    """Add the meeting's facts to each of its items' ground-truth rows (in place)."""
    from analysis.tables import meeting_id_for

    mid = meeting_id_for(m.forum, m.date.isoformat(), m.municipality)
    for row in rows:
        row.update(
            source_file=m.file_name,
            format=m.fmt,
            meeting_id=mid,
            municipality=m.municipality,
            forum=m.forum,
            date=m.date,
            start_time=start.replace(".", ":").zfill(5) if start else None,
            location=location,
            n_participants=n_people,
            n_items=len(m.items),
            layout=layout,
            document_layout=document_layout,
        )


def render_meeting(m: MeetingPlan, seed: int, revision: int = 0) -> tuple[str, list[dict]]:
    """The text (plain or markdown) of one planned meeting and its ground-truth rows.

    ``revision`` > 0 adds a correction note to the text (to simulate an edited file)
    without changing anything the ground truth records. A meeting planned in another
    layout than ``agenda`` gives that layout's text form.
    """
    if m.document_layout != "agenda":
        from analysis.synth.render_layouts import render_layout

        page, rows = render_layout(m, seed, revision)
        return page.text, rows
    text, rows = _Writer(m, seed).render()
    if revision:
        note = f"Referatet er rettet efter mødet (rettelse {revision})."
        text = _append_to_first_decision(text, note)
    return text, rows


def _append_to_first_decision(text: str, note: str) -> str:
    """Append ``note`` to the first paragraph that follows a Beslutning heading."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip("#* ").rstrip(":") in ("Beslutning", "Beslutninger"):
            for j in range(i + 1, len(lines)):
                if lines[j].strip():
                    lines[j] = f"{lines[j]} {note}"
                    return "\n".join(lines)
    return text


# --- formats ----------------------------------------------------------------------------


def to_bytes(text: str, fmt: str, seed: int) -> bytes:
    """The file bytes of ``text`` in ``fmt`` (deterministic for a given ``seed``)."""
    rng = random.Random(seed)
    if fmt in ("txt", "md"):
        r = rng.random()
        if r < 0.05:
            return text.replace("\n", "\r\n").encode("utf-8")
        if r < 0.10:
            try:
                return text.encode("cp1252")
            except UnicodeEncodeError:
                return text.encode("utf-8")
        if r < 0.13:
            return b"\xef\xbb\xbf" + text.encode("utf-8")
        return text.encode("utf-8")
    if fmt == "docx":
        from analysis.synth.render_docx import render_docx

        return render_docx(text)
    if fmt == "html":
        from analysis.synth.render_html import render_html

        web = rng.random() < 0.7
        encoding = "windows-1252" if rng.random() < 0.1 else "utf-8"
        return render_html(text, web_style=web, encoding=encoding)
    if fmt == "pdf":
        render_pdf = pdf_renderer()
        if render_pdf is None:
            raise RuntimeError(PDF_MISSING)
        return render_pdf(text, seed=rng.randrange(1 << 16))
    raise ValueError(f"unknown format {fmt!r}")


PDF_MISSING = (
    "PDF generation needs analysis.synth.render_pdf (and reportlab, a dev dependency); "
    "it could not be imported"
)


def pdf_renderer():
    """``render_pdf`` when it can be imported, else None."""
    try:
        from analysis.synth.render_pdf import render_pdf
    except ImportError:
        return None
    return render_pdf


# --- the corpus on disk -----------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _check_target(out_dir: Path) -> None:
    """Refuse an ``out_dir`` whose files would land in a real raw-data folder."""
    from analysis import config

    if out_dir.resolve() == config.PROJECT_ROOT.resolve():
        raise RefusedTarget(f"refusing to write synthetic minutes into the project root {out_dir}")
    forbidden = (config.RAW_DIR, config.PROJECT_ROOT / "data" / "raw")
    for target in (out_dir, out_dir / "raw"):
        for raw in forbidden:
            if _inside(target, raw):
                raise RefusedTarget(
                    f"refusing to write synthetic minutes into {target}: it is inside the "
                    f"real raw-data folder {raw}. Generate into a folder of its own (e.g. "
                    "/tmp/minutes-synthetic) and point the build at its raw/ folder."
                )


def _prepare(out_dir: Path) -> Path:
    """Create ``out_dir/raw/synthetic``, removing a previous generation's files only."""
    raw = out_dir / "raw"
    folder = raw / SYNTHETIC_FOLDER
    if raw.exists():
        foreign = [
            p
            for p in raw.rglob("*")
            if p.is_file() and not (p.parent == folder and p.name.startswith(SYNTHETIC_LABEL))
        ]
        if foreign:
            raise RefusedTarget(
                f"{raw} holds files this generator did not write (e.g. {foreign[0]}); "
                "choose an empty or generator-made folder"
            )
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return raw


def _render_job(job: tuple[MeetingPlan, int, int, str]) -> tuple[list[dict], int]:
    m, seed, revision, raw = job
    if m.document_layout == "agenda":
        text, rows = render_meeting(m, seed, revision)
        data = to_bytes(text, m.fmt, seed * 7919 + m.index)
    else:
        from analysis.synth.render_layouts import layout_bytes, render_layout

        page, rows = render_layout(m, seed, revision)
        data = layout_bytes(page, m.fmt, seed * 7919 + m.index)
    (Path(raw) / m.file_name).write_bytes(data)
    return rows, len(data)


def _run(jobs: list, workers: int | None, parallel: bool, progress: bool) -> list:
    workers = workers or os.cpu_count() or 1
    if parallel and workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(
                _render_job, jobs, chunksize=max(1, min(64, len(jobs) // (workers * 8) or 1))
            )
            return _progress(results, len(jobs), progress)
    return _progress(map(_render_job, jobs), len(jobs), progress)


def _progress(results: Iterable, total: int, show: bool) -> list:
    if not show:
        return list(results)
    from tqdm import tqdm

    return list(tqdm(results, total=total, desc="Skriver syntetiske referater", unit="fil"))


def generate_corpus(
    out_dir: Path | str,
    n: int,
    seed: int = 0,
    formats: Sequence[str] | Mapping[str, float] = ("txt",),
    forums: Sequence[str] = DEFAULT_FORUMS,
    *,
    end_year: int = 2025,
    layouts: Sequence[str] | Mapping[str, float] = ("agenda",),
    workers: int | None = None,
    progress: bool = False,
    distinct: int = 0,
) -> Path:
    """Write ``n`` synthetic minutes and their ground truth; returns ``out_dir/raw``.

    ``formats``: a sequence (meeting i gets ``formats[i % len(formats)]``) or a mapping of
    format -> weight (drawn at random). ``forums``: names from :data:`FORUMS`. Meetings
    run up to ``end_year``. ``layouts``: names from :data:`LAYOUTS` (drawn per meeting
    among those rendered in its format) or a mapping of layout -> weight; the default
    ``("agenda",)`` is the agenda-system export only. ``distinct``: 1 for varied titles
    and decisions (:data:`DISTINCT_LEVELS`; 0, the default, as before). Text is rendered
    on a process pool for large corpora and for binary formats; the output is the same
    either way.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    fmts = [formats] if isinstance(formats, str) else list(formats)
    if "pdf" in fmts and pdf_renderer() is None:
        raise RuntimeError(PDF_MISSING)
    plan = plan_corpus(n, seed, formats, forums, end_year, layouts=layouts, distinct=distinct)
    raw = _prepare(out_dir)
    binary = any(m.fmt in ("pdf", "docx") for m in plan)
    jobs = [(m, seed, 0, str(raw)) for m in plan]
    results = _run(jobs, workers, parallel=len(plan) >= (16 if binary else 400), progress=progress)
    rows = [row for meeting_rows, _ in results for row in meeting_rows]
    total_bytes = sum(size for _, size in results)
    _write_ground_truth(out_dir, rows)
    params = {
        "generator_version": GENERATOR_VERSION,
        "generator_sha256": generator_fingerprint(),
        "n": n,
        "seed": seed,
        "formats": dict(formats) if isinstance(formats, Mapping) else list(fmts),
        "forums": list(forums),
        "end_year": end_year,
        "layouts": dict(layouts) if isinstance(layouts, Mapping) else list(_names(layouts)),
        "n_items": len(rows),
        "bytes": total_bytes,
        "revised": {},
    }
    if distinct:  # only then: the default corpus' generation.json stays as it was
        params["distinct"] = distinct
    (out_dir / "generation.json").write_text(json.dumps(params, indent=1, ensure_ascii=False))
    (out_dir / "README.txt").write_text(_readme(params), encoding="utf-8")
    return raw


def _names(values: Sequence[str] | str) -> list[str]:
    return [values] if isinstance(values, str) else list(values)


def generator_fingerprint() -> str:
    """Hash of this module's source: a corpus made by other code is not reused."""
    import hashlib

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _write_ground_truth(out_dir: Path, rows: list[dict]) -> None:
    import pandas as pd

    df = pd.DataFrame(rows, columns=list(GROUND_TRUTH_COLUMNS))
    df["date"] = pd.to_datetime(df["date"])
    df = df.astype(
        {
            "number": "int64",
            "n_participants": "int64",
            "n_items": "int64",
            "n_attachments": "int64",
            "n_recommendations": "int64",
            "duration_min": "Int64",
            "closed": "bool",
        }
    )
    for col in ("case_number", "proposer", "start_time", "location", "themes"):
        df[col] = df[col].astype("string")
    df.to_parquet(out_dir / "ground_truth.parquet", index=False)


def load_ground_truth(out_dir: Path | str) -> pd.DataFrame:
    """The ground-truth table written by :func:`generate_corpus`."""
    import pandas as pd

    return pd.read_parquet(Path(out_dir) / "ground_truth.parquet")


def read_params(out_dir: Path | str) -> dict:
    """The parameters a corpus was generated with ({} when none)."""
    try:
        return json.loads((Path(out_dir) / "generation.json").read_text())
    except (OSError, ValueError):
        return {}


def edit_corpus(
    out_dir: Path | str, fraction: float = 0.01, seed: int = 1, revision: int = 1
) -> list[str]:
    """Rewrite a ``fraction`` of the files with a correction note (an edited file).

    The note changes the bytes (so an incremental build must re-parse the file) but not
    the ground truth. ``revision=0`` writes the chosen files back as generated. Returns
    the rewritten files, relative to the raw folder.
    """
    out_dir = Path(out_dir)
    params = read_params(out_dir)
    if not params:
        raise FileNotFoundError(f"no generation.json in {out_dir}: not a generated corpus")
    plan = plan_corpus(
        params["n"],
        params["seed"],
        params["formats"],
        params["forums"],
        params["end_year"],
        layouts=params.get("layouts", ["agenda"]),
        distinct=params.get("distinct", 0),
    )
    k = max(1, round(len(plan) * fraction)) if plan and fraction > 0 else 0
    chosen = sorted(random.Random(seed).sample(range(len(plan)), k))
    raw = out_dir / "raw"
    jobs = [(plan[i], params["seed"], revision, str(raw)) for i in chosen]
    binary = any(plan[i].fmt in ("pdf", "docx") for i in chosen)
    _run(jobs, None, parallel=len(jobs) >= (16 if binary else 400), progress=False)
    revised = params.get("revised", {})
    for i in chosen:
        if revision:
            revised[str(i)] = revision
        else:
            revised.pop(str(i), None)
    params["revised"] = revised
    (out_dir / "generation.json").write_text(json.dumps(params, indent=1, ensure_ascii=False))
    return [plan[i].file_name for i in chosen]


def _readme(params: dict) -> str:
    return f"""SYNTETISKE REFERATER - SYNTHETIC MINUTES
=========================================

Everything in raw/ is made up by analysis.synth.corpus.generate_corpus: invented
meetings, people, municipalities and decisions in the style of Albertslund Kommune's
minutes. The files are NOT real minutes. Never copy them into the project's data/raw/.

They exist to test and benchmark the build: ground_truth.parquet holds, for every agenda
item, what the generator wrote (title, journal number, proposer, duration, number of
attachments and recommendations, the decision type the Beslutning expresses, themes), so
the build's extraction can be scored against it.

Parameters (generation.json): n={params["n"]}, seed={params["seed"]},
formats={params["formats"]}, forums={", ".join(params["forums"])}, end_year={params["end_year"]}.
The same parameters give byte-identical files.{_readme_distinct(params)}

Build them:  MINUTES_RAW_DIR=<this folder>/raw minutes build   (or analysis.build.build)
""" + _readme_layouts(params)


def _readme_distinct(params: dict) -> str:
    if not params.get("distinct"):
        return ""
    return f"\nDistinct level {params['distinct']}: varied titles and decisions (paraphrases)."


def _readme_layouts(params: dict) -> str:
    """A note on the layouts; nothing for the agenda layout alone (the README as before)."""
    layouts = params.get("layouts", ["agenda"])
    if list(layouts) == ["agenda"]:
        return ""
    return (
        f"\nLayouts: {', '.join(layouts)} (ground_truth.parquet: document_layout). Each file\n"
        "names its municipality in the text (a line '<Name> Kommune').\n"
    )


__all__ = [
    "DEFAULT_FORUMS",
    "FORMATS",
    "FORUMS",
    "GROUND_TRUTH_COLUMNS",
    "LAYOUTS",
    "LAYOUT_FORMATS",
    "NEUTRAL",
    "PASSING",
    "RefusedTarget",
    "TOPICS",
    "edit_corpus",
    "generate_corpus",
    "load_ground_truth",
    "plan_corpus",
    "read_params",
    "render_meeting",
    "to_bytes",
]
