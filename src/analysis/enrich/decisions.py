"""Decisions: what each item's Beslutning decided, whether that followed the Indstilling,
which follow-up tasks it wrote down and which stances single members or parties took
(pure functions over DataFrames).

The text is tokenised and lemmatised once by the shared Danish pipeline (``analysis.nlp``)
and read into a plain token layer (``_Words``: forms, lemmas and flags as Python lists);
patterns in spaCy's ``Matcher`` syntax, on lemmas, find the trigger phrases in it. The
lemma says *which* verb ("godkendte", "godkendt", "godkendes" -> godkende); the surface
form says its tense, and a few tokens around the trigger say whether it is negated, modal,
conditional, about another body or about a later meeting. The rules, in order of the checks:

* negation ("ikke godkendt", "godkendte ikke", "blev ikke drøftet") turns an approval or a
  grant ("Ansøgningen blev ikke bevilget") into ``rejected`` and an unhandled discussion
  into ``postponed``; other negated triggers drop;
* a modal ("skal godkendes", "bør nedsættes"), a subordinate clause ("hvis planen
  godkendes", "når de gennemgår", "hvor der var drøftelser"), an earlier decision
  ("tidligere godkendte") or another body as agent ("Kommunalbestyrelsen godkendte",
  "godkendt af ØU") means the trigger does not record this forum's decision;
* a present-tense trigger pointing to a later meeting ("drøftes igen", "udvælger … på
  næste møde") is a plan, not a decision (it becomes a follow-up instead);
* discussion is only recorded in the past ("drøftede", "blev drøftet", "faldt følgende
  kommentarer"), since present forms in a Beslutning describe plans; an agreement on next
  steps after a discussion ("drøftede … Det blev aftalt, at der udarbejdes …") is that
  discussion's follow-up, not a decision;
* presentations ("X orienterede/præsenterede …") count as ``noted`` only when nothing
  else was found: the forum received an orientation and did nothing else with it;
* committees send cases on: "Anbefales (over for Kommunalbestyrelsen)", "Udvalget
  anbefaler", "Indstilles godkendt", "kunne tiltræde indstillingen" are ``recommended``
  ("anbefales ikke"/"kunne ikke tiltræde" by the forum are ``rejected``: it refused to
  endorse); "Fremsendes/Oversendes til …", "Sagen sendes tilbage/videre til …",
  "Tilbagesendes", "Sagen forelægges Økonomiudvalget" are ``referred``. These point ahead
  by nature (no plan check) and only the forum itself recommends in its own minutes (no
  other-body check). What a recommendation asks the next body to do ("anbefaler, at
  planen godkendes", "Indstilles godkendt", "anbefaler … lokalplanen vedtaget", the
  "- at …" points on the lines under it) is not this forum's decision;
* an upheld decision keeps its outcome: "Udvalget fastholdt afslaget" is ``rejected``,
  "fastholdt beslutningen om at godkende …" ``approved``;
* under an "Aftalt:" label, an action with no decision verb ("Aftalt: HR udarbejder et
  oplæg") is ``decided``: the label says the forum agreed it;
* a stance of single members or parties ("Pia Larsen (Ø) kunne ikke tiltræde
  indstillingen", "Venstre stemte imod") is a position (``positions``), not the forum's
  decision: its trigger is left out of the decision types. A majority's stance ("Et
  flertal (A, F, Ø) godkendte indstillingen") is the forum's decision and stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

import pandas as pd
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LIKE_NUM, LOWER, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from analysis.enrich.foreign_outcomes import foreign_outcome
from analysis.enrich.rows import DECISION_COLUMNS as _DECISION_COLUMNS
from analysis.enrich.rows import FOLLOW_UP_COLUMNS as _FOLLOW_UP_COLUMNS
from analysis.enrich.rows import POSITION_COLUMNS as _POSITION_COLUMNS
from analysis.enrich.rows import SUMMARY_COLUMNS as _SUMMARY_COLUMNS
from analysis.nlp import Pieces, danish_nlp, lemma_hash, lemmatised
from analysis.parse import FOLLOW_UP_LABEL, abbreviates_forum
from analysis.vocab import (
    BULLET_MARKS,
    DECISION_PRIORITY,
    DECISION_TYPES,
    ELECTED_AS_PROPOSED,
    ELECTED_NAMED_ALONE,
    HANDLING_NOTES,
    HANDS_COUNT_LEAD,
    MONTHS_DA,
    OPTION_BOX,
    POSITION_TYPES,
    TASK_TABLE_HEAD,
    TICKED_BOXES,
    TICKED_LETTER_BOX,
    TICKS,
    TOLD_LEAD,
    adjudicating_board,
    empty_box,
)

# --- Word lists -----------------------------------------------------------------------
#: Tokens that end a clause for the context windows around a trigger.
_CLAUSE_STOP = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "-", '"', "“", "”"})
_NEGATIONS = frozenset({"ikke", "ej", "aldrig", "ingen"})
#: "ikke blot/kun/alene/mindst" do not negate.
_NOT_NEGATING = frozenset({"blot", "kun", "alene", "bare", "mindst"})
_MODALS = frozenset(
    {"skal", "vil", "kan", "bør", "må", "skulle", "ville", "kunne", "burde", "måtte"}
)
#: The auxiliaries and modals before a verb ("blev godkendt", "har fordelt", "skal
#: vedtages"): what makes a participle the clause's verb (:func:`_shared_out`,
#: :func:`_asked_participle`) and what :func:`_finite` walks back to. (One set: a second
#: definition of the name further down would silently replace it for all three.)
_AUXILIARIES = _MODALS | {"har", "havde", "er", "var", "blev", "bliver"}
#: "forventes (endeligt) vedtaget", "ventes godkendt": an act expected later, as a modal's.
_EXPECTED = frozenset({"forventes", "forventet", "ventes", "forventer"})
#: "Aflyses sandsynligvis …", "Vedtages formentlig i maj": a hedged act, what will likely
#: happen (decided later), no outcome of this meeting.
_HEDGES = frozenset({"sandsynligvis", "formentlig", "formodentlig", "muligvis", "måske"})
#: A negated "kan/kunne" approval is a refusal ("kunne ikke godkende").
_ABILITY_MODALS = frozenset({"kan", "kunne"})
#: Modals that set a duty or a rule for later ("skal godkendes", "må ikke").
_DUTY_MODALS = _MODALS - _ABILITY_MODALS
_SUBORDINATORS = frozenset(
    {
        "hvis",
        "når",
        "såfremt",
        "medmindre",
        "inden",
        "før",
        "indtil",
        "hvor",
        "hvorvidt",
        "hvordan",
        "hvornår",
        "hvilke",
        "hvilken",
        "hvad",
    }
)
#: "om" opens a subordinate clause ("drøfter, om planen godkendes") only clause-initially.
_CLAUSE_INITIAL_SUBORDINATORS = frozenset({"om"})
_EARLIER = frozenset({"tidligere", "allerede", "oprindeligt", "oprindelig", "forrige"})
#: A past form right after a determiner is an adjective: "det godkendte budget".
_DETERMINERS = frozenset(
    {
        "den",
        "det",
        "de",
        "denne",
        "dette",
        "disse",
        "en",
        "et",
        "sin",
        "sit",
        "sine",
        "hans",
        "hendes",
        "deres",
        "vores",
    }
)
_FUTURE = frozenset({"igen", "senere", "næste", "kommende", "fremover"})
_MONTHS = frozenset(MONTHS_DA)


def _in_month(w: _Words, right: list[int]) -> bool:
    """Whether the tokens ``right`` of a present trigger name a month after "i" ("Afgøres
    på mødet i september"): the act is a later meeting's, not this one's ("med virkning
    fra 1. januar" dates a decision taken now and is no such mark)."""
    lowers = w.lowers
    return any(lowers[k] in _MONTHS and k > 0 and lowers[k - 1] == "i" for k in right)


_OTHER_BODY = re.compile(
    r"^(kommunalbestyrelse\w*|økonomiudvalg\w*|fagudvalg\w*|byråd\w*|regionsråd\w*|"
    r"folketing\w*|direktion\w*|direktørforum\w*|øu|kb|kkr|bsu)$"
)
#: Abbreviations of bodies, so "ØU" is recognised as the forum Økonomiudvalget.
_BODY_ABBREVIATIONS = {"øu": "økonomiudvalget", "kb": "kommunalbestyrelsen"}
#: Auxiliaries and negations pulled into the evidence phrase ("blev ikke godkendt").
_EVIDENCE_LEFT = frozenset({"blev", "bliver", "er", "var", "har", "havde", "blevet", "det"})

#: Forms of "tage", whose lookup lemmas are irregular ("tog" -> tog, "taget" -> tag).
_TAKE = ["tog", "tager", "tage", "taget", "tages", "toges"]
#: Irregular verb forms and their tense.
_IRREGULAR_FORMS = {
    "tog": "past",
    "vedtog": "past",
    "antog": "past",
    "modtog": "past",
    "udskød": "past",
    "afslog": "past",
    "foreslog": "past",
    "fik": "past",
    "gav": "past",
    "kom": "past",
    "faldt": "past",
    "havde": "past",
    "var": "past",
    "blev": "past",
    "gennemgik": "past",
    "gik": "past",
    "forlod": "past",
    "undlod": "past",
    "bifaldt": "past",
    "deltog": "past",
    "indgik": "past",
    "udgik": "past",
    "sagde": "past",
    "gjorde": "past",
    # ("Byrådet fritog Lise Bruun for hvervet": the release rule's verb, irregular)
    "fritog": "past",
    # ("Økonomiudvalget frigav 2,4 mio. kr.": the release rule's verb, irregular)
    "frigav": "past",
    # ("Udvalget fastlagde tre dialogmøder": the decide rule's verb, irregular)
    "fastlagde": "past",
    "har": "present",
    "er": "present",
    "får": "present",
    "går": "present",
    "gennemgår": "present",
    "indgår": "present",
}

_PAST = frozenset({"past", "participle"})
_FINAL = frozenset({"past", "participle", "passive", "present"})
_NOT_PRESENT = frozenset({"past", "participle", "passive"})

_NONE_TEXTS = frozenset(
    {
        "",
        "intet",
        "ingen",
        "intet at bemærke",
        "ingen bemærkninger",
        # "Ingen bem.": the same, shortened in notes typed fast
        "ingen bem",
        "ingen beslutning",
        "ingen beslutninger",
        # "Ingen aftale nødvendig.": a notes table's Aftale cell saying nothing was to be
        # agreed (the point was told, not decided)
        "ingen aftale",
        "ingen aftale nødvendig",
        "ingen beslutning nødvendig",
        # "Intet at beslutte.": the item put nothing to the vote
        "intet at beslutte",
        # "Intet at behandle.": a general meeting's point for proposals with none received
        "intet at behandle",
        # "-> intet besluttet": a note taker's word that nothing was decided
        "intet besluttet",
        "intet blev besluttet",
        "der blev ikke besluttet noget",
        # "Intet under eventuelt.": nothing raised under the point
        "intet under eventuelt",
        "intet under punktet",
        "ingen spørgsmål",
        "der var ingen spørgsmål",
        # "Ingen forespørgsler.": nothing raised under a standing point for members'
        # questions or the chair's news
        "ingen forespørgsler",
        "der var ingen forespørgsler",
        "ingen meddelelser",
        "ingen henvendelser",
        # "Der var ingen meddelelser.": the chair's or the management's standing point
        # with nothing to tell (as "Der var ingen spørgsmål." above)
        "der var ingen meddelelser",
        "der var ingen henvendelser",
        "intet nyt",
        # "Intet yderligere.": nothing further raised (under Eventuelt)
        "intet yderligere",
        "intet yderligere at bemærke",
        # "Intet at bemærke herudover.": nothing beyond what the notes above say
        "intet at bemærke herudover",
        "ingen bemærkninger herudover",
        "intet til referat",
        "intet at referere",
        # ("Konklusion: Intet til referat herudover.": nothing beyond the notes above)
        "intet til referat herudover",
        "intet at referere herudover",
        # "Opsamling: Intet at følge op på.": nothing to follow up, nothing decided
        "intet at følge op på",
        "ingen opfølgning",
        "ingen sager",
        "ingen punkter",
        # a withdrawn item: nothing was decided on it
        "punktet blev trukket",
        "punktet blev trukket fra dagsordenen",
        "sagen blev trukket",
        "sagen blev trukket fra dagsordenen",
        "punktet er trukket fra dagsordenen",
        "sagen er trukket fra dagsordenen",
    }
    # "Der var ikke yderligere under eventuelt.", "Der var ingen bemærkninger til punktet.":
    # the same in a sentence, as Word minutes close an Eventuelt or a round of news
    | {
        f"der var {what}{where}"
        for what in (
            "ikke mere",
            "ikke yderligere",
            "intet",
            "intet mere",
            "intet yderligere",
            "ingen bemærkninger",
        )
        for where in ("", " under eventuelt", " under punktet", " til punktet")
    }
    # "Ingen beslutninger under eventuelt.": the point's notes closed with nothing decided
    | {
        f"ingen {what}{where}"
        for what in ("beslutning", "beslutninger")
        for where in (" under eventuelt", " under punktet", " på mødet")
    }
    # "Der blev ikke truffet beslutning under punktet.": question time's or a hearing's
    # record that the forum decided nothing
    | {
        f"der blev ikke truffet {what}{where}"
        for what in ("beslutning", "nogen beslutning", "beslutninger", "nogen beslutninger")
        for where in ("", " under punktet", " i sagen", " på mødet")
    }
    # "Der var ikke anmeldt spørgsmål.": question time that no one used, as "Der var ingen
    # spørgsmål." says it
    | {
        f"der {was} ikke {how} {some}spørgsmål"
        for was in ("var", "blev")
        for how in ("anmeldt", "stillet", "modtaget", "indkommet")
        for some in ("", "nogen ")
    }
)


# --- Rules ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    """One trigger: its Matcher patterns and how its context is judged.

    head: lemmas (or lower-case forms) of the token whose tense/negation is checked; empty
    for phrase-only triggers. forms: verb forms that count in a Beslutning. negated: the
    type when the trigger is negated (None: the trigger is dropped). weak: only used when
    no other trigger fired. timeless: assignments ("er tovholder", "deltager i
    styregruppen") may be modal or point ahead. able: the type under a plain "kan/kunne"
    ("kunne tiltræde indstillingen"), where other modals drop the trigger. onward: a
    trigger that sends the case on points ahead by nature and is only done by the forum
    itself (no plan or other-body check). check: a further test of the head in context.
    outcome: the type read from the head's context instead of ``dtype`` (None: dropped).
    elsewhere: the body named after the head must be another than the forum itself
    ("Planen forelægges Chefforum" in Chefforum's minutes sends nothing on).
    """

    key: str
    dtype: str | None
    patterns: tuple[list[dict], ...]
    head: frozenset[str] = frozenset()
    forms: frozenset[str] = _FINAL
    negated: str | None = None
    weak: bool = False
    timeless: bool = False
    able: str | None = None
    onward: bool = False
    check: Callable[[_Words, int], bool] | None = None
    outcome: Callable[[_Words, int], str | None] | None = None
    elsewhere: bool = False


def _lemma_in(words: Iterable[str]) -> dict:
    return {"LEMMA": {"IN": sorted(words)}}


_NOT_STOP = {"TEXT": {"NOT_IN": sorted(_CLAUSE_STOP)}, "IS_SPACE": False}

_APPROVE = {"godkende", "vedtage", "bifalde", "imødekomme", "godtage"}
_RECOMMEND = {"anbefale", "indstille"}
#: Verbs that send a case on by themselves; "sende" and "gå videre" need a direction.
_REFER = {"fremsende", "oversende", "videresende", "tilbagesende", "videregive"}
#: Selling, letting and leasing out a property (the forum's own disposal of it).
_DISPOSE = {"sælge", "udleje", "bortleje", "forpagte", "bortforpagte", "udforpagte", "afhænde"}
#: Forms the lookup table does not lemmatise.
_LEMMA_FIXES = {
    **{f"oversend{end}": "oversende" for end in ("e", "es", "er", "t", "te", "tes", "ende")},
    # the strong past of "afslå" ("Udvalget afslog ansøgningen")
    "afslog": "afslå",
    # "bevillige", "bevilliget": the grant's verb misspelt after the noun "bevilling"
    **{f"bevillig{end}": "bevilge" for end in ("e", "es", "er", "et", "ede", "edes")},
    # ("Rådet foreslog Økonomiudvalget at …": the strong past of "foreslå")
    "foreslog": "foreslå",
    # "Droftet.": old minutes typed or read by OCR without the Danish letters ("o", "oe"
    # or "0" for "ø"), the verb of a discussion all the same
    **{
        f"dr{o}ft{end}": "drøfte"
        for o in ("o", "oe", "0")
        for end in ("e", "es", "er", "et", "ede", "edes")
    },
    # Historic protocols' past passive of strong and irregular verbs ("Vedtoges enstemmigt.",
    # "Indstillingen tiltrådtes.", "Bifaldtes.") and the spelling before 1948 and on
    # typewriters, "aa" for "å" ("Afslaaes.", "Tiltraadt."), which the lookup table lacks
    # ("Det blev godtaget.": a proposal accepted, which the lookup table lacks)
    **{f"godt{end}": "godtage" for end in ("age", "ager", "ages", "aget", "og")},
    "vedtoges": "vedtage",
    "bifaldtes": "bifalde",
    "imødekommedes": "imødekomme",
    **{f"tiltr{aa}dt{end}": "tiltræde" for aa in ("å", "aa") for end in ("", "e", "es")},
    **{f"afslaa{end}": "afslå" for end in ("", "s", "es", "r", "et", "edes")},
    # ("Midlerne fordeles efter forslag B.": the present passive of "fordele", which the lookup
    # table reads as the noun "fordel"; the bare "fordele" stays, the noun's plural too)
    "fordeles": "fordele",
}
#: Where a referral goes: a body, the administration or a body's handling.
_BODY_TARGET = re.compile(
    r"(udvalg|bestyrelse|byråd|forvaltning|administration|direktion|sekretariat|forum|"
    r"ledelse|råd(et|ets|s)?$|^kb$|^øu$|behandling|godkendelse|beslutning|stillingtagen|"
    # "Sendes videre til dagtilbudschefen": an officer who decides in the administration;
    # "til styregruppen": a group that steers or leads
    r"chefen$|direktøren$|gruppen$|"
    # "sendes videre til skolelederen": the unit's leader, who decides in the administration
    r"lederen$|"
    # "Oversendt til Team Miljø": a team of the administration that takes the case on
    r"^team$|teamet$|"
    # "Oversendes til Center for Ældre, som udarbejder svar": a department of the
    # administration by its own name ("Center for …", "Afdelingen for …")
    r"^center$|centret$|^afdeling(?:en)?$|"
    # "sende sagen videre til budgetforhandlingerne": the bodies' negotiation decides it;
    # "videresendes til budgetseminaret", "til budgetlægningen": the budget's process
    r"forhandling|^budget\w{4,}|"
    # "Oversendt til HovedMED": a MED committee by its own name (the kind in it)
    r"^(?:hoved|lokal|område|fælles|center|sektor)-?med$|^[lhoa]mu$|"
    # "Sendes videre til formandskabet": the chair and vice-chair, who prepare the case
    r"formandskab(et)?$|"
    # "Forslaget sendes videre til afdelingsmødet", "til ejermødet", "til
    # generalforsamlingen": the meeting of those above the board, which decides it
    r"^(?:afdelings|ejer|beboer|repræsentantskabs)mødet$|generalforsamling(?:en)?$|"
    # "Planen sendes til ejerkommunerne": a joint service's owners (or the municipality),
    # who decide the case; "Henvendelsen sendes til Østjyllands Politi", "til
    # Vejdirektoratet", "til Miljøstyrelsen": a public authority that handles the matter
    r"kommunen?$|kommunerne$|^politi(et)?$|direktorat(et)?$|styrelsen$|ministerie(t)?$|"
    # "Sagen sendes til udtalelse hos Ribe Stift": the Church's authorities over a
    # parish council or a deanery committee (the diocese, its bishop, the dean)
    r"^stift(et)?$|stiftsøvrighed(en)?$|^biskop(pen)?$|^provst(en|iet)?$|"
    # "Drøftet og oversendt til Magistraten": a big city's executive committee (Aarhus,
    # Odense) or its council by its own name, who take the case on
    r"^magistrat(en)?$|^borgerrepræsentation(en)?$)"
)


@lru_cache(maxsize=4096)
def _names_body(lower: str) -> bool:
    """Whether a token's lower-case form names a body (``_BODY_TARGET``), cached by form:
    the rules ask it of the tokens around each referral, and the forms recur, while the
    regex tries its long alternation at each of the word's characters."""
    return _BODY_TARGET.search(lower) is not None


#: What a forum sends on when a referral verb is active ("Udvalget sendte sagen tilbage").
_CASE_OBJECTS = frozenset(
    {"sag", "punkt", "forslag", "indstilling", "oplæg", "udkast", "ansøgning", "den", "det"}
)
#: The definite forms of the case nouns a compound may end in ("budgetforslaget",
#: "høringsudkastet", "lokalplanforslaget"): still the case itself.
_CASE_ENDINGS = ("forslaget", "forslagene", "udkastet", "oplægget", "sagen")


def _case_object(w: _Words, k: int) -> bool:
    """Whether token ``k`` names the case itself: a case noun, or a compound of one in its
    definite form ("Udvalget oversender budgetforslaget til Byrådet")."""
    low = w.lowers[k]
    return w.lemmas[k] in _CASE_OBJECTS or (len(low) > 10 and low.endswith(_CASE_ENDINGS))


#: "Godkendt som indstillet", "jf. indstillingen": a reference, not a recommendation.
_AS_PROPOSED = frozenset({"som", "jf.", "jf", "jævnfør", "efter"})
#: ("Kommunen indstiller ikke til flere vejbump" in a council of associations: the
#: municipality as the administration that proposes, not the forum)
_ADMINISTRATION = re.compile(
    r"(forvaltning|administration|direktion|direktør|sekretariat|^kommunen$)"
)
#: "forvaltningens", "administrationens", "sekretariatets": the administration's, before
#: its proposal.
_ADMINISTRATION_GENITIVE = r"^(?:\w*forvaltning|administration|sekretariat)ens$|^\w*sekretariatets$"
# "nedstemt" (voted down) is lemmatised to "nedstemme"; "afslået" to "afslå".
_REJECT = {"afvise", "forkaste", "nedstemme", "afslå"}
_POSTPONE = {"udsætte", "udskyde"}
_DECIDE = {"beslutte", "aflyse"}
# "aftalt/aftalte" are lemmatised to "aftælle" by the lookup table.
_DECIDE_PAST = {"aftale", "aftælle", "nedsætte", "fastlægge", "fastsætte", "afgøre", "enes"}
# "Udvalget prioriterede 11 ejendomme": ranking applications settles them.
_DECIDE_PAST |= {"prioritere"}
# "Foreningen blev pålagt at tilbagebetale tilskuddet": an order the forum imposed.
_DECIDE_PAST |= {"pålægge"}
# "Borgmesteren bemyndiges til at …", "Bemyndigedes borgmesteren til at …": a mandate the
# forum gave, its decision to let another act for it.
_DECIDE_PAST |= {"bemyndige"}
#: "Udvalget fordelte puljen som foreslået", "Udvalget tildelte Kulturprisen 2025 til …":
#: sharing out a pool or awarding a grant or prize settles the applications, as ranking
#: does (see :func:`_shared_out`).
_SHARE_OUT = frozenset({"fordele", "tildele"})
_CHOOSE = {"vælge", "udvælge", "udpege"}
#: "Byrådet ansatte Bo Holm som kommunaldirektør", "Lene Dal blev ansat som skolechef":
#: hiring into a post, the body's choice of a person (see :func:`_hired`).
_HIRE = frozenset({"ansætte"})
#: What a forum orders done, in the present passive after "Der" ("Der udarbejdes …").
_ORDER = {"udarbejde", "igangsætte", "iværksætte"}
#: Verbs of deciding that also order a step in the present passive ("Der nedsættes en
#: arbejdsgruppe."): so written, the order (weak), not the decision.
_ORDER |= {"nedsætte"}
#: A staff's orders in an emergency or in daily operations ("Der indkøbes 3 generatorer",
#: "Der forberedes modtagested i …", "Hallen åbnes som opholdssted fra kl. 18"): what it
#: has bought, prepared, set up, booked or opened for the situation.
_ORDER |= {"indkøbe", "forberede", "etablere", "oprette", "bestille", "klargøre", "åbne"}
_PERMIT_VERBS = {"meddele", "give"}
#: "Der ydes …", "Der gives …": verbs of giving a grant, and the grants given.
_GIVE = {"yde", "give"}
#: The ``grant_given`` rule's verbs: also "meddele", the old protocols' word for granting
#: an appropriation ("Der blev meddelt en tillægsbevilling på 80.000 kr.").
_GRANT_VERBS = _GIVE | {"meddele"}
_GRANTS_GIVEN = [
    "tilskud",
    "underskudsgaranti",
    "garanti",
    "lånegaranti",
    "lån",
    "støtte",
    "bevilling",
    # ("Der blev givet en anlægsbevilling på 14,2 mio. kr.": the appropriations by kind)
    "anlægsbevilling",
    "tillægsbevilling",
    "rådighedsbevilling",
    "driftsbevilling",
]
_GRANTS_GIVEN_SET = frozenset(_GRANTS_GIVEN)
#: A prize by its name: "prisen", "Kulturprisen", "hæderspris", "Årets pris" (the
#: ``prize_given`` rule's noun, which "gives til <winner>" must follow; not "prisstigning",
#: "priserne": a rise in prices, prices in the plural).
_PRIZE = r"^\w*pris(?:en)?$"
#: A grant named by a compound of its kind ("lokaletilskud", "aktivitetstilskuddet",
#: "anlægsstøtte", "etableringsbevilling"), or a commitment to one ("tilsagn om 60.000 kr."):
#: the lower-case forms the ``grant_given`` rule reads beside ``_GRANTS_GIVEN``'s lemmas
#: (not "understøtte", a verb).
_GRANT_COMPOUND = (
    r"\w{3,}(?:tilskud(?:det|dene)?|(?<!under)støtten?|bevilling(?:en|er)?|garantien?)"
    r"|tilsagn(?:et)?"
)
_GRANT_KIND = rf"^(?:{_GRANT_COMPOUND})$"
_GRANT_KIND_MATCH = re.compile(_GRANT_KIND).match
_PERMITS = ["afslag", "tilladelse", "dispensation", "landzonetilladelse", "byggetilladelse"]
# "Byrådet meddelte kommunegaranti som ansøgt": a guarantee for a utility's or an
# association's loan granted is the same decision on an application
_PERMITS += ["garanti", "kommunegaranti", "lånegaranti", "underskudsgaranti"]
# "Byrådet meddelte Eva Holm fritagelse for hvervet", "… orlov": a member's request to
# leave the office, or for leave from it, granted
_PERMITS += ["fritagelse", "orlov"]
# "B meddeles advarsel", "Udlejer gives påbud om …": a board's sanction or order to a
# party, its ruling on the case
_PERMITS += ["advarsel", "påbud"]
#: ("Snakket om.", "Vi snakkede om valget": a youth or user council's everyday word for it)
_DISCUSS = {
    "drøfte",
    "gennemgå",
    "behandle",
    "bemærke",
    "kommentere",
    "sammenligne",
    "snakke",
    "evaluere",
}
#: ("Eva fortalte, at rådet ønsker …": a member telling the forum, as an orientation;
#: not "oplyste", which also answers a question under question time, deciding nothing)
_PRESENT = {"orientere", "informere", "præsentere", "fremlægge", "redegøre", "fortælle"}
_ROLES = [
    "ansvarlig",
    "hovedansvarlig",
    "tovholder",
    "sparringspartner",
    "formand",
    "næstformand",
    "repræsentant",
    "kontaktperson",
    "projektleder",
    "projektejer",
    "koordinator",
    "medlem",
    "ambassadør",
]
_REMARKS = ["kommentar", "input", "bemærkning", "indspil", "forslag"]


#: "positivt indstillet", "negativt indstillet": how a forum stands towards a proposal (its
#: attitude), not a recommendation put to another body.
_DISPOSED = frozenset(
    {"positivt", "negativt", "velvilligt", "afvisende", "kritisk", "forbeholdent"}
)


def _not_as_proposed(w: _Words, head: int) -> bool:
    """A recommendation ("Anbefales", "Udvalget indstiller"), not a reference to one
    ("Godkendt som indstillet") or the administration's proposal ("Forvaltningen indstiller").
    """
    lowers = w.lowers
    if head > 0 and lowers[head - 1] in _AS_PROPOSED:
        return False
    if w.lemmas[head] == "indstille":
        if head > 0 and lowers[head] == "indstillet" and lowers[head - 1] in _DISPOSED:
            return False  # "Udvalget er positivt indstillet over for forslaget.": a stance
        if _recommends_referral(w, head):
            return False  # "indstiller, at sagen sendes videre til styregruppen": sent on
        if _nominates(w, head):
            return False  # "Liste A indstillede Bo Holm (A).": a candidate put up
        return _not_by_administration(w, head)
    return True


#: What follows "tiltræder" where a person takes up a post ("Ny leder tiltræder 1. marts",
#: "… tiltræder stillingen", "… tiltræder som skoleleder"), not a body acceding to a proposal.
_TAKES_OFFICE = frozenset({"stillingen", "jobbet", "embedet", "hvervet", "som", "pr."})


def _accedes(w: _Words, head: int) -> bool:
    """ "tiltrådte indstillingen": acceding; not a person taking up a post on a date or in a
    job ("Ny leder tiltræder 1. marts", "tiltræder den 1. august", "tiltræder stillingen")."""
    right = _right(w, head, 3)
    if not right:
        return True
    first = w.lowers[right[0]]
    if first == "som" and len(right) > 1 and w.lowers[right[1]] in _AS_PROPOSED_WORDS:
        return True  # "Tiltrådt som indstillet, idet …": acceded as proposed, no post taken
    if first in _TAKES_OFFICE or first in _MONTHS or first[:1].isdigit():
        return False
    return not (first == "den" and len(right) > 1 and w.lowers[right[1]][:1].isdigit())


#: "som indstillet", "som foreslået": done as the recommendation put it.
_AS_PROPOSED_WORDS = frozenset({"indstillet", "foreslået", "anbefalet", "fremlagt", "indstiller"})


#: An election told as done ("Valgt blev: …", "Som formand blev valgt …").
_ELECTION_TOLD = re.compile(r"\b(?:gen)?valgt(?:e)?\s+blev\b|\bblev\s+(?:gen)?valgt\b", re.I)


def _election_confirmed(w: _Words, head: int) -> bool:
    """ "Valgt blev: Jens Borg (V)." / "Rådet godkendte valget uden afstemning.": the forum
    approving the election told before it, which is the item's outcome (``decided``), no
    proposal approved of its own; an approval of an election with none told stays one."""
    right = _right(w, head, 2)
    return (
        bool(right)
        and w.lowers[right[0]] in ("valget", "valgene")
        and _ELECTION_TOLD.search(w.text, 0, w.idx[head]) is not None
    )


def _sides_with(w: _Words, head: int) -> bool:
    """ "tilsluttede sig indstillingen", "kunne ikke tilslutte sig business casen": the
    forum siding with a proposal named right after the reflexive "sig" (after "ikke" too);
    not a building connected to a network ("Ejendommen tilsluttes fjernvarmen")."""
    right = _right(w, head, 3)
    at = 0 if right and w.lowers[right[0]] == "sig" else 1
    if len(right) <= at or w.lowers[right[at]] != "sig" or (at and w.lowers[right[0]] != "ikke"):
        return False
    # (not "tilsluttede sig, at det meddeles …": agreeing to a step told in an at-clause,
    # under an orientation, is no proposal approved)
    after = right[at] + 1
    # (nor "Et enigt råd tilsluttede sig oversendelsen.": siding with the referral told
    # before it is that referral agreed, no proposal approved of its own)
    return after >= w.n or w.lowers[after] not in (",", "at", *_REFERRAL_NOUNS)


#: The referral as a noun ("oversendelsen", "henvisningen"): what a body sides with when it
#: agrees that the case goes on to another.
_REFERRAL_NOUNS = ("oversendelsen", "henvisningen", "videresendelsen")


def _forum_recommends(w: _Words, head: int, forum: str | None) -> bool:
    """ "Direktionen indstiller prognosen til Økonomiudvalget" in the Direktion's own
    minutes: the administration that recommends is the forum itself, so the recommendation
    is its decision (elsewhere "Direktionen indstiller" is the proposal put before it)."""
    if forum is None or w.lemmas[head] != "indstille" or _recommends_referral(w, head):
        return False
    return any(
        _ADMINISTRATION.search(w.lowers[k]) and _names_forum(w, k, forum) for k in _left(w, head, 4)
    )


#: A council as the subject of its own proposal ("Rådet", "Ungebyrådet", "Vi").
_PROPOSER = re.compile(r"(?:råd|udvalg|bestyrelse)(?:et)?$|^vi$")


def _council_before(w: _Words, head: int) -> bool:
    """Whether a council (or "vi") stands right before the verb at ``head``."""
    return head > 0 and _PROPOSER.search(w.lowers[head - 1]) is not None


def _proposes_to_body(w: _Words, head: int) -> bool:
    """Whether "foreslår" at ``head`` has a council (or "vi") right before it and a body
    by its capitalised name right after it, an at-clause following ("Rådet foreslår
    Klimaudvalget at …"): the proposal put to the body that decides."""
    if not _council_before(w, head):
        return False
    for k in range(head + 1, min(w.n, head + 7)):
        if w.lowers[k] == "at":
            return any(
                w.texts[j][:1].isupper() and _names_body(w.lowers[j]) for j in range(head + 1, k)
            )
        if w.texts[k] in (".", "!", "?", ";", ","):
            return False
    return False


def _gives_amount(w: _Words, head: int) -> bool:
    """Whether "giver"/"gav" (or "yder"/"ydede") at ``head`` has a council (or "vi") right
    before it and an amount in kroner right after it ("Vi giver 1.500 kr. til …"), or a
    grant by its kind after it (``_grant_named_after``: "Udvalget gav tilskud til fem
    foreninger", "Rådet ydede en underskudsgaranti"): the body's own grant."""
    if _grant_named_after(w, head):
        # (the body by any name of its kind: "Kommunalbestyrelsen", "Nævnet", "Vi")
        before = w.texts[head - 1] if head > 0 else ""
        return before[:1].isupper() and before.lower().endswith(_DECIDING_SUBJECTS)
    if not _council_before(w, head):
        return False
    k = head + 1
    while k < w.n and w.space[k]:
        k += 1
    if k + 1 < w.n and w.lowers[k] in ("kr", "kr."):
        return w.num[k + 1]  # "Rådet giver kr. 2.000 til …"
    return k + 1 < w.n and w.num[k] and w.lowers[k + 1] in ("kr", "kr.")


def _grant_named_after(w: _Words, head: int) -> bool:
    """Whether a grant by its kind follows the verb at ``head`` within its clause, after
    at most two words ("gav et tilskud", "gav 3 foreninger tilskud") or after the names of
    those it went to ("gav Ellemose IF og Strandby Roklub tilskud")."""
    for k in range(head + 1, min(head + 9, w.n)):
        if w.lemmas[k] in _GRANTS_GIVEN_SET or _GRANT_KIND_MATCH(w.lowers[k]):
            # (also by a compound of its kind or a commitment to one: "gav driftstilskud",
            # "gav tilsagn til 9 projekter")
            return True
        text = w.texts[k]
        if w.space[k] or (text in _CLAUSE_STOP and text not in "()"):
            return False
        if w.lowers[k] in _EARLIER or w.lowers[k] == "sidste" or _YEAR.fullmatch(text):
            return False  # ("gav tidligere tilskud", "gav i 2023 tilskud": a grant of before)
        if k > head + 2 and not (text[:1].isupper() or text in ("og", "(", ")")):
            return False
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")


def _recommends_referral(w: _Words, head: int) -> bool:
    """Whether the at-clause right after "indstiller" sends the case on to another body
    (a group that cannot decide recommending that it go to one that can)."""
    k = head + 1
    while k < w.n and w.lowers[k] in (",", "derfor", "hermed"):
        k += 1
    if k >= w.n or w.lowers[k] != "at":
        return False
    for j in range(k + 1, min(w.n, k + 8)):
        if w.texts[j] in (".", "!", "?", ";"):
            return False
        if (w.lemmas[j] in _REFER or w.lemmas[j] == "sende") and _is_referral(w, j):
            return True
    return False


def _target(w: _Words, i: int) -> tuple[bool, int]:
    """Whether the tokens from ``i`` name where a case goes ("til Kommunalbestyrelsen",
    "over for Byrådet", "tilbage til forvaltningen"), and the end of that phrase.

    No destination at all -> (True, end of "videre/tilbage" or ``i``); a destination that
    is not a body ("til deltagerne", "til næste punkt") -> (False, i).
    """
    lowers, n = w.lowers, w.n
    j = i
    while j < n and (lowers[j] in ("videre", "tilbage", "hermed") or w.lemmas[j] in _CASE_OBJECTS):
        j += 1
    if j + 1 < n and lowers[j] == "over" and lowers[j + 1] == "for":
        j += 1
    elif j >= n or lowers[j] != "til":
        return True, j if j > i and lowers[j - 1] in ("videre", "tilbage") else i
    words = []
    k = j + 1
    while k < n and len(words) < 6:
        if _is_stop(w, k):
            if not (w.texts[k] == "," and words and w.texts[words[-1]][-1:] == "-"):
                break
            # "til Klima-, Teknik- og Miljøudvalget": a comma within coordinated compounds
            k += 1
            continue
        low = lowers[k]
        following = w.texts[k + 1] if k + 1 < n else ""
        if low in _TARGET_ENDS or (low == "og" and not following[:1].isupper()):
            break
        words.append(k)
        k += 1
    named = any(_names_body(lowers[t]) or _INITIALISM.fullmatch(w.texts[t]) for t in words)
    if named and _READING.fullmatch(" ".join(lowers[t] for t in words)):
        # "Drøftet. Planforslaget oversendes til 2. behandling den 4. maj.": a budget's or a
        # plan's next reading in the course of its handling, no body named to take it on
        return False, i
    if named and k + 1 < n and lowers[k] == "på" and _own_later_meeting(w, words, k + 1):
        # "Udspillet sendes til endelig behandling på næste møde": the forum's own later
        # meeting takes it up (a plan), no body takes the case on
        return False, i
    if named and any(lowers[t] in _BODY_PEOPLE for t in words):
        # "sendes til rådets medlemmer", "til udvalgets medlemmer": material to the body's
        # people (as "til deltagerne"), not the case on to the body
        return False, i
    # "sendes videre til Teknik og Miljø": sent on by name to a department
    onward = j > i and lowers[j - 1] in ("videre", "tilbage")
    named = named or (onward and bool(words) and w.texts[words[0]][:1].isupper())
    if not named and words and w.texts[words[0]][:1].isupper() and k + 1 < n and lowers[k] == "til":
        # "Sendes til Teknik og Miljø til videre behandling": a unit by its own name, the
        # case given to it to handle (not "til orientering", for its information)
        ahead = lowers[k + 1] if lowers[k + 1] != "videre" or k + 2 >= n else lowers[k + 2]
        named = ahead in ("behandling", "sagsbehandling", "afgørelse")
    return named, (k if named else i)


#: A numbered reading alone as a destination ("til 2. behandling", "til anden behandling"):
#: the case's next reading, no body.
_READING = re.compile(r"(?:[1-3]\.|første|anden|tredje)\s+behandling|(?:anden|2\.)behandling")

#: What a destination may name short of a body: the handling it is sent for.
_HANDLING_WORDS = frozenset({"behandling", "sagsbehandling", "godkendelse", "beslutning"})


def _own_later_meeting(w: _Words, words: list[int], k: int) -> bool:
    """Whether the destination ``words`` names only a handling ("endelig behandling") and
    the tokens from ``k``, after its "på", a meeting ("næste møde", "et senere møde") with
    no committee or council named in the clause."""
    if not all(w.lowers[t] in _HANDLING_WORDS or not _names_body(w.lowers[t]) for t in words):
        return False
    if not any(w.lowers[t].startswith("møde") for t in range(k, min(k + 3, w.n))):
        return False
    return not _committee_among(w, k, k + 8)


#: A body's people, a word of a destination naming them by the body ("rådets medlemmer"):
#: material sent to them, no case sent to the body.
_BODY_PEOPLE = frozenset({"medlemmer", "medlemmerne", "deltagere", "deltagerne"})

_TARGET_ENDS = frozenset(
    {"med", "uden", "idet", "da", "så", "men", "at", "hvor", "som", "efter", "inden", "på"}
    | {"den", "d.", "hvorefter", "til"}
)


#: The endings of a deciding body's name as a clause's subject ("Udvalget", "Chefforum",
#: "Ledergruppen", "HovedMED"; "vi", the forum writing of itself).
_DECIDING_SUBJECTS = (
    "udvalget",
    "rådet",
    "bestyrelsen",
    "nævnet",
    "direktionen",
    "ledelsen",
    "gruppen",
    "forum",
    "forummet",
    # the less formal bodies by their kind, definite ("Partnerskabet", "Netværket",
    # "Borgerpanelet", "Borgersamlingen"): the forum of a partnership's or network's notes
    "partnerskabet",
    "netværket",
    "panelet",
    "samlingen",
    "med",
    "vi",
    "mødet",
)
#: The forum as a sentence's subject, by its kind in one capitalised word, or a compound
#: ending in it ("Udvalget", "Handicaprådet", "Bestyrelsen"): the body itself, not a
#: member or a party beside it.
_FORUM_LEAD = rf"(?-i:(?=[A-ZÆØÅ]))[\wæøå-]*(?:{'|'.join(_DECIDING_SUBJECTS[:9])})"


#: The forum's remarks on a case ("bemærkninger", "kommentarer", "synspunkter"): sent on
#: as the discussion's product, never the case itself; so is its reply to a consultation
#: ("Endeligt høringssvar fremsendes af formanden": the reply goes out, no body takes the
#: case on).
_REMARKS_SENT = ("bemærkning", "kommentar", "synspunkt", "høringssvar")
#: The same opening the sentence as its subject, the verb further on ("Input samles af NN
#: og sendes til administrationen"): the forum's contribution, not the case.
#: ("Ønskerne samles af formand og næstformand og sendes til <udvalg>": a council's wishes
#: for a budget, its own contribution; "Ønsket", one request, may be the case itself)
_CONTRIBUTION_SENT = (*_REMARKS_SENT, "input", "indspil", "ønskerne", "ønsker ")


def _owners_contribution(w: _Words, start: int, head: int) -> bool:
    """Whether the sentence opens with its owners' contribution in the genitive before
    the sending verb: "Gruppernes input samles af sekretæren og sendes til …", "Rådets
    bemærkninger videresendes …" (who gave it named before it, as "Input samles …" is
    without them): the forum's follow-up, not the case."""
    return (
        head > start + 1
        and len(first := w.lowers[start]) > 3
        and first[-1:] == "s"
        # (after a genitive "ønsker" is the noun: "Partiernes ønsker samles …")
        and f"{w.lowers[start + 1]} ".startswith(_CONTRIBUTION_SENT)
    )


def _sent_by_deadline(w: _Words, start: int, head: int) -> bool:
    """Whether the sending at ``head`` is a task set with its deadline ("Forslag sendes til
    PES senest 1. juli", "Input sendes til sekretariatet inden den 3. maj"): what the
    participants are to send in, not the case sent on; the case by its definite noun
    ("Sagen sendes til Byrådet senest i marts") is still sent on."""
    lowers, texts = w.lowers, w.texts
    if lowers[start].endswith(("en", "et", "ne")):
        return False
    for k in _right(w, head, 10):
        if lowers[k] in ("senest", "inden") and k + 1 < w.n:
            nxt = lowers[k + 1]
            if texts[k + 1][:1].isdigit() or nxt in _MONTHS or nxt in ("den", "d."):
                return True
    return False


def _is_referral(w: _Words, head: int) -> bool:
    """Whether a sending verb sends *the case* on to a body (not material to people).

    "Fremsendes.", "Tilbagesendes", "Sagen oversendes til Børne- og Skoleudvalget",
    "sendes tilbage/videre (til …)", "Udvalget sendte sagen tilbage til forvaltningen",
    "går videre til Kommunalbestyrelsen". Not: "Økonomi sender statusark til Chefforum",
    "sendes i høring", "fremsendes til deltagerne", "sendes til orientering i Byrådet",
    "oversendes til Byrådet til orientering".
    """
    lowers, n = w.lowers, w.n
    lemma = w.lemmas[head]
    start = head
    while start > 0 and not (w.texts[start - 1] in (".", "!", "?", ";") or w.space[start - 1]):
        start -= 1
    if lowers[start] in _CONDITIONS:  # "Hvis planen anbefales, sendes den til Byrådet"
        return False
    if _sent_by_deadline(w, start, head):
        return False
    if (
        head > start
        and (
            lowers[head - 1].startswith(_REMARKS_SENT)
            or lowers[start].startswith(_CONTRIBUTION_SENT)
            or _owners_contribution(w, start, head)
        )
        # (opening the decision, "Udvalgets bemærkninger oversendes til Økonomiudvalget" is
        # the forum's act on the item: its remarks sent on, no discussion's follow-up)
        and not (start == 0 and any(lowers[k].startswith(_REMARKS_SENT) for k in (0, 1, head - 1)))
    ):
        # "Udvalgets bemærkninger oversendes til Økonomiudvalget": what the discussion
        # gave is sent on (its follow-up), not the case
        return False
    active = _verb_form(w, head) not in ("passive", "participle")
    if (
        active
        and head >= 2
        and lowers[head - 1] == "og"
        and head + 1 < n
        # ("sender videre til …" sends the case on; "… og sender det til Jobcentret": the
        # input gathered, by its pronoun)
        and (
            lowers[head + 1] == "til"
            or (head + 2 < n and lowers[head + 1] in ("det", "dem") and lowers[head + 2] == "til")
        )
        and _verb_form(w, head) == "present"
        # ("Sara samler input og sender til Teknik- og Miljøudvalget": the first verb's
        # object between it and "og")
        and any(
            _verb_form(w, k) == "present"
            # ("Kommunikation retter teksten til, så den bliver mindre teknisk, og sender til
            # …": a clause set off by commas before "og", the first verb further back)
            for k in range(start if lowers[head - 2] == "," else max(start, head - 4), head - 1)
        )
        and not lowers[start].endswith(_DECIDING_SUBJECTS)
    ):
        # "HR reviderer og sender til Hoved-MED", "Sekretæren samler input og sender til
        # <udvalg>": a person's or unit's follow-up task, not the forum sending the case on
        # ("Udvalget godkender og sender sagen til Byrådet" is)
        return False
    j = head + 1
    # Only the case itself may stand between verb and direction (object or inverted subject).
    while j < n and j <= head + 2 and _case_object(w, j):
        j += 1
    if active and j == head + 1 < n and start == head - 1 and _forum_sends_paper(w, start, j):
        j += 1  # ("Børneudvalget oversender planen til Økonomiudvalget": the case's paper)
    nxt = lowers[j] if j < n else ""
    ends = j >= n or _is_stop(w, j)
    if active and not ends and nxt not in ("til", "videre", "tilbage", "over"):
        return False
    if (
        nxt == "til"
        and j + 1 < n
        and (
            lowers[j + 1] in ("orientering", "høring")
            or (lowers[j + 1] in _FOR_COMMENTS and not _committee_among(w, j + 2, j + 9))
        )
    ):
        # "sendes til orientering i Byrådet": for the body's information; "sendes til
        # høring i lokal-MED": out for consultation, as "sendes i høring" is, and so is
        # "sendes til udtalelse i skolebestyrelserne" (but "Sendes til udtalelse i Plan- og
        # Miljøudvalget": the case goes on in the chain of committees, a referral)
        return False
    named, end = _target(w, j)
    if (
        named
        and end + 1 < n
        and (
            (
                lowers[end] == "til"
                and (
                    lowers[end + 1] == "orientering"
                    or (lowers[end + 1] in _FOR_COMMENTS and not _committee_among(w, j, end))
                )
            )
            # ("oversendes til Børne- og Skoleudvalget som orienteringssag", "… som
            # orienteringspunkt": sent as an item for the body's information, the same)
            or (lowers[end] == "som" and lowers[end + 1].startswith("orientering"))
        )
    ):
        # "fremsendes til Kommunalbestyrelsen til orientering": the body named, but for its
        # information, as "sendes til orientering i Byrådet" is: no referral ("sendes til
        # skolebestyrelserne til udtalelse": for their comments, as "sendes i høring" is;
        # "oversendes til Teknik- og Miljøudvalget til udtalelse" stays a referral)
        return False
    if not named and lemma == "videresende" and nxt == "til" and j + 1 < n:
        # "Videresendes til Digitalisering: …": the verb says onward, as "sendes videre til
        # Teknik og Miljø" does, so a unit by its own name is where the case goes
        named = w.texts[j + 1][:1].isupper()
    if lemma in _REFER:
        return named
    # "sende" and "gå" need a direction: "sendes tilbage/videre (til …)", "går videre til".
    directions = ("til", "videre", "tilbage") if lemma == "sende" else ("videre",)
    return named and nxt in directions


#: What a forum sends that is no case of its own to pass on: a letter, a mail, a reply, or
#: its own remarks (see ``_REMARKS_SENT``).
_NO_CASE_PAPER = (*_REMARKS_SENT, "brev", "mail", "e-mail", "svar", "invitation", "referat")


def _forum_sends_paper(w: _Words, subject: int, k: int) -> bool:
    """Whether token ``k``, right after the verb whose subject is the deciding forum
    (``subject``, "Udvalget", "Børneudvalget"), is a paper of the case in its definite form
    ("strategien", "planen", "regnskabet"): the forum passing the case on by its document
    (not a letter, a reply or its remarks: ``_NO_CASE_PAPER``)."""
    low = w.lowers[k]
    return (
        w.lowers[subject].endswith(_DECIDING_SUBJECTS)
        and len(low) >= 6
        and low.isalpha()
        and low.endswith(("en", "et"))
        and not low.startswith(_NO_CASE_PAPER)
    )


#: "til høring", "til udtalelse", "til kommentering": a case sent to boards, councils or
#: associations for their comments, consultation; sent so to a committee or the council
#: it goes on in the chain of bodies that decide (``_committee_among``), a referral.
_FOR_COMMENTS = frozenset({"høring", "udtalelse", "kommentering"})
#: A committee or the council by name ("Social- og Sundhedsudvalget", "Byrådet") or by
#: its letters ("ØU", "BSU").
_COMMITTEE = re.compile(
    r"(?:udvalg|udvalget|byråd|byrådet|kommunalbestyrelse|kommunalbestyrelsen|regionsråd|"
    # ("sendes til udtalelse hos Ribe Stift": a deanery's case on to the diocese, the
    # Church's authority over it)
    r"regionsrådet|borgerrepræsentationen|^stift|^stiftet|stiftsøvrighed|stiftsøvrigheden|"
    # ("sendes videre til Hoved-MED til høring": the MED committee, by its own name, as
    # "MED-udvalget" or its letters "HMU" are)
    r"^(?:hoved|lokal|område|fælles|center|sektor)-?med)$"
)
_COMMITTEE_LETTERS = re.compile(r"[A-ZÆØÅ]{1,4}U")


def _committee_among(w: _Words, start: int, end: int) -> bool:
    """Whether a committee or the council is named among tokens ``start`` to ``end``
    (before the clause's end)."""
    for k in range(start, min(end, w.n)):
        if w.texts[k] in (".", ",", ";", "!", "?"):
            return False
        if _COMMITTEE.search(w.lowers[k]) or _COMMITTEE_LETTERS.fullmatch(w.texts[k]):
            return True
    return False


#: What an upheld decision was ("fastholdt afslaget", "beslutningen om at godkende").
_REFUSALS = frozenset({"afslag", "afvisning", "afvise", "afslå", "forkaste", "nej"})
#: Upholding the recommendation ("fastholdt indstillingen") follows it, as "fulgte" does.
_GRANTS = frozenset(
    {"godkende", "godkendelse", "tilladelse", "dispensation", "bevilling", "bevilge", "tilsagn"}
    | {"imødekomme", "vedtage", "indstilling"}
)
_RULINGS = frozenset({"afgørelse", "beslutning", "påbud"})


#: Words that count what follows them: "antal afviste tilbud", "antallet af afviste
#: ansøgninger", "flere afviste ansøgere".
_COUNTING = frozenset({"antal", "antallet", "flere", "færre", "mange", "få"})


def _counted_participle(w: _Words, head: int) -> bool:
    """The rejecting verb at ``head`` is a participle counted as a noun's attribute
    ("opgørelse af antal afviste tilbud", "antallet af afviste ansøgninger"): what a report
    is to show, no rejection at this meeting."""
    if head == 0:
        return False
    before = w.lowers[head - 1]
    if before == "af" and head >= 2:
        before = w.lowers[head - 2]
    return before in _COUNTING


def _passive_refusal(w: _Words, head: int) -> str:
    """A refusal given in the passive, no body named as its giver ("… og der gives afslag
    på ansøgningen", "Der meddeles afslag", "Der meddeles ikke dispensation"): the
    application fell, ``rejected`` as "Afslag
    meddeles" is; the body's own act ("Udvalget meddelte afslag") and any permit granted
    stay ``decided``."""
    refusal = head + 1 < len(w.lemmas) and w.lemmas[head + 1] == "afslag"
    # ("Der meddeles ikke dispensation", "Tilladelse gives ikke": the permit refused)
    refusal = refusal or _negation(w, head) is not None
    if refusal and _verb_form(w, head) == "participle" and _opens_sentence(w, head):
        return "rejected"  # "Meddelt afslag.": the passive's "Der er" left out, no giver
    passive = _verb_form(w, head) == "passive" or (
        # ("Der blev ikke givet tilladelse": the past passive, "blev" before the participle)
        "blev" in {w.lowers[k] for k in _left(w, head, 3)}
    )
    return "rejected" if refusal and passive else "decided"


def _opens_sentence(w: _Words, k: int) -> bool:
    """Whether token ``k`` opens its sentence or its line ("a) Meddelt afslag")."""
    while k > 0 and w.space[k - 1]:
        k -= 1
    return k == 0 or w.texts[k - 1] in (".", "!", "?", ":", ")") or "\n" in w.texts[k - 1]


def _upheld(w: _Words, head: int) -> str | None:
    """What upholding (``fastholde``) keeps, read from its clause: a refusal ("Udvalget
    fastholdt afslaget", "Afslaget fastholdes", "beslutningen om ikke at give
    dispensation") is ``rejected``, a grant ("beslutningen om at godkende ansøgningen",
    "Tilladelsen fastholdes") ``approved``, a decision that says neither ("fastholdt sin
    afgørelse") ``decided``; anything else kept ("sit ønske") is no decision."""
    clause = _left(w, head, 6) + _right(w, head, 8)
    lemmas = {w.lemmas[k] for k in clause}
    if lemmas & _REFUSALS or {w.lowers[k] for k in clause} & {"ikke", "ingen"}:
        return "rejected"
    if lemmas & _GRANTS:
        return "approved"
    if lemmas & _RULINGS:
        return "decided"
    # ("Udvalget fastholder den fastsatte anlægsramme for 2024": a figure the forum
    # set, kept as it was set: decided)
    right = _right(w, head, 4)
    if any(w.lowers[k].endswith(_KEPT_FIGURES) for k in right):
        return "decided"
    # ("Go-live fastholdes til 15. november 2021", "Tidsplanen fastholdes": a day or a
    # plan the forum set, kept to it: decided)
    if any(w.lowers[k] in _KEPT_DATES for k in clause) or (
        len(right) >= 2 and w.lowers[right[0]] == "til" and w.texts[right[1]][:1].isdigit()
    ):
        return "decided"
    return "decided" if _kept_by_forum(w, head, clause) else None


#: What a forum keeps that is no act of its own: its view, its wish.
_STANCES = ("ønske", "holdning", "synspunkt", "standpunkt", "opfattelse", "bemærkning")
_STANCES += ("kritik", "bekymring", "indsigelse", "forbehold")


def _kept_by_forum(w: _Words, head: int, clause: list[int]) -> bool:
    """Whether "fastholde" at ``head`` keeps a state of things by the forum's act: the
    forum as its subject right before it ("Udvalget fastholdt den hidtidige
    rengøringsfrekvens", "Bestyrelsen fastholder mødeplanen"), or what is kept opening
    the sentence in the passive ("Åbningstiden fastholdes uændret", "Den nuværende model
    blev fastholdt"); a view or a wish kept ("fastholdt sit ønske", "Udvalgets holdning
    fastholdes") is not."""
    if any(w.lemmas[k].endswith(_STANCES) for k in clause):
        return False
    left = _left(w, head, 4)
    if not left:
        return False
    form = _verb_form(w, head)
    before = w.texts[left[0]]
    if form == "participle" and w.lowers[left[0]] == "blev":
        left = left[1:]
    elif form in ("past", "present", "participle"):
        # (the forum by its kind: "Udvalget", "Kommunalbestyrelsen", "Vi", before the
        # perfect's "har" too; the strong past "fastholdt" reads as the participle)
        if w.lowers[left[0]] in ("har", "havde") and len(left) > 1:
            before = w.texts[left[1]]
        return before[:1].isupper() and before.lower().endswith(_DECIDING_SUBJECTS)
    elif form != "passive":
        return False
    # (what is kept: one to three words opening the sentence, a definite noun last or
    # an article before it: "Vejbelysningen", "Den nuværende model")
    if len(left) == 3 and w.lowers[left[1]] in ("fra", "for", "af", "i"):
        left = left[2:]  # "Kriterierne fra 2013 blev fastholdt": the noun before its phrase
    if not left or len(left) > 3 or not _opens_sentence(w, left[-1]):
        return False
    noun, first = w.lowers[left[0]], w.lowers[left[-1]]
    if len(left) > 1 and first in ("den", "det", "de"):
        return True
    return noun.endswith(("en", "et", "ne")) and first not in ("det", "der", "dette", "hvis")


#: The days and plans a forum sets and may keep: "Tidsplanen fastholdes", "fristen".
_KEPT_DATES = frozenset(
    {"tidsplan", "tidsplanen", "dato", "datoen", "datoer", "datoerne", "frist", "fristen"}
    | {"fristerne", "deadline", "deadlinen", "go-live", "go-live-datoen", "tidsplanerne"}
)
#: What a forum sets and may keep as it was set: a budget's frame, a rate, a tax's per cent.
_KEPT_FIGURES = (
    "ramme",
    "rammen",
    "rammerne",
    "takst",
    "taksten",
    "taksterne",
    "procent",
    "procenten",
)


def _referred_to(w: _Words, head: int) -> bool:
    """Whether "henvise" at ``head`` refers the case to a body ("Forslaget blev henvist til
    Social- og Sundhedsudvalget", "Sagen henvises til Økonomiudvalget"), not a citation:
    "Der henvises til bilag 2", "henvises der til …", a body's decision cited in the
    genitive ("henvises til Økonomiudvalgets beslutning"). The present refers only with the
    case as its object ("Byrådet henviser forslaget til behandling i Seniorrådet"): without
    one it cites ("Forvaltningen henviser til notatet")."""
    left = _left(w, head, 1)
    if (left and w.lowers[left[0]] == "der") or (head + 1 < w.n and w.lowers[head + 1] == "der"):
        return False
    j = head + 1
    # (the case by its noun or a compound of one: "henviser budgetforslaget til …")
    while j < w.n and j <= head + 2 and _case_object(w, j):
        j += 1
    if j >= w.n or w.lowers[j] != "til":
        return False
    if j == head + 1 and _verb_form(w, head) == "present":
        return False
    named, end = _target(w, j)
    if not named or end <= j + 1:
        return False
    return not any(
        w.lowers[k].endswith("s") and _names_body(w.lowers[k]) for k in range(j + 1, end)
    )


def _permit_to_named(w: _Words, head: int) -> bool:
    """Whether only a name stands between the permit's verb at ``head`` and the permit
    ("meddelte Eva Holm (A) fritagelse", "meddelte Boligselskabet Nord dispensation"; or
    nothing: "meddelte afslag"): words in capitals, a party's letter in brackets."""
    for k in range(head + 1, min(head + 7, w.n)):
        if w.lemmas[k] in _PERMITS_SET:
            return True
        text = w.texts[k]
        # ("meddelte ikke dispensation", "Der meddeles ikke tilladelse": the refusal's
        # negation between verb and permit)
        if not (text[:1].isupper() or text in ("(", ")") or (k == head + 1 and text == "ikke")):
            return False
    return False


_PERMITS_SET = frozenset(_PERMITS)


def _hired(w: _Words, head: int) -> bool:
    """Whether "ansætte" at ``head`` is a body hiring a person ("Byrådet ansatte Bo Holm
    som kommunaldirektør", "Lene Dal blev ansat som skolechef"), not the staff ("de
    ansatte", "alle ansatte i ældreplejen", "nyansatte"): the past after the body as its
    subject, or the participle after "blev"."""
    left = _left(w, head, 1)
    before = w.lowers[left[0]] if left else ""
    form = _verb_form(w, head)
    if form == "past":
        return before.endswith(_DECIDING_SUBJECTS)
    return form == "participle" and before == "blev"


def _said_by_forum(w: _Words, head: int) -> bool:
    """Whether "sige ja/nej til" at ``head`` is said by a deciding body ("Ungerådet siger
    ja til", "Udvalget sagde nej til") or in the passive ("Der blev sagt ja til"), not
    by others the text reports ("Forældrene siger ja til at hjælpe")."""
    if _verb_form(w, head) in ("passive", "participle"):
        return True
    left = _left(w, head, 2)
    return bool(left) and w.lowers[left[0]].endswith(_DECIDING_SUBJECTS)


#: A bid or an offer a forum takes or turns down ("Buddet blev ikke accepteret").
_BIDS = ["bud", "buddet", "buddene", "tilbud", "tilbuddet", "tilbuddene"]
#: What a forum is offered and may take: "tilbuddet", "invitationen".
_OFFERS = ["tilbuddet", "tilbuddene", "invitationen", "invitationerne", "indbydelsen"]


def _yes_or_no(w: _Words, head: int) -> str:
    """A yes decides (what the forum takes on or agrees to), a no refuses."""
    return "rejected" if w.lowers[head + 1] == "nej" else "decided"


#: Bodies a case is put before ("forelægges Økonomiudvalget"): lower-case forms.
_SUBMIT_BODY = (
    r"^(?:\w*udvalg(?:et|ene)?|\w*råd(?:et)?|\w*bestyrelse(?:n)?|byråd(?:et)?|"
    # ("Forelægges kommunaldirektørkredsen", "forelægges KKR", "… Beredskabskommissionen":
    # the bodies of a joint, inter-municipal cooperation)
    r"direktion(?:en)?|\w*forum(?:met)?|\w*kreds(?:en)?|\w*kommission(?:en)?|kkr|kb|øu|br)$"
)
_SUBMIT_BODY_RE = re.compile(_SUBMIT_BODY)
#: "fra Økonomiudvalget", "fra forvaltningen": a body or the administration a recommendation
#: came from, named after it.
_FROM_BODY = rf"^(?:{_SUBMIT_BODY[1:]}|forvaltning(?:en)?|administration(?:en)?)$"


#: Who grants: a body ("Udvalget", "Bestyrelsen") or the passive's auxiliary.
_GRANTER = re.compile(
    # ("Partnerskabet bevilgede", "Netværket bevilgede": a partnership's or a network's own
    # funds granted by it)
    # ("Direktionen bevilgede 200.000 kr. fra puljen": an executive board's own pool)
    # ("Magistraten bevilgede", "Borgerrepræsentationen bevilgede": a city's executive and
    # its council, each named by its own word)
    r"(?:udvalg|råd|bestyrelse|kommission|gruppe|forum|ledelse|direktion|partnerskab|netværk"
    r"|magistrat|repræsentation)\w*$"
    # ("Vi bevilger 1.500 kr. til noder": a user council's minutes in the first person)
    r"|^blev$|^vi$"
)


def _granted_here(w: _Words, head: int) -> bool:
    """Whether "bevilge" at ``head`` is the clause's verb after the body that grants or
    the passive's "blev" ("Udvalget bevilgede", "blev bevilget"), or opens the sentence
    ("Bevilget."); not a participle before its noun ("de bevilgede midler")."""
    if head == 0 or w.lowers[head].endswith("es"):
        return True  # "Der bevilges et tilskud": the present passive is always the verb
    if _negation(w, head) is not None and _but_after(w, head):
        return False  # "bevilgede ikke det fulde beløb, men 20.000 kr.": granted in part
    before = head - 1
    if w.lowers[before] in _NEGATIONS and (before == 0 or _opens_sentence(w, before)):
        # "Ikke bevilget – puljen er reserveret til …", "Ikke bevilget, da …": the refusal
        # opening the decision
        after = head + 1
        comma = after < w.n and w.texts[after] == ","
        return w.lowers[head] == "bevilget" and (comma or _amount_or_end(w, after))
    if w.lowers[before] in _NEGATIONS and before > 0:
        before -= 1  # "Ansøgningen blev ikke bevilget": the negation before the participle
    if _GRANTER.search(w.lowers[before]) is not None:
        return True
    if w.lowers[before] == "og" and _granter_and(w, head):
        return True
    if (
        w.texts[head] == "Bevilget"
        and ("\n" in w.texts[head - 1] or w.texts[head - 1] in (".", ":"))
        and _amount_or_end(w, head + 1)
    ):
        # "Der blev stemt:" / the votes / "Bevilget – 8.000 kr.": the outcome opening a
        # line of its own after a vote (before an amount, a dash or the sentence's end);
        # also opening a sentence after an applicant's name on a list of applications
        # ("2. <forening> – <projekt>. Bevilget kr. 45.000", "<forening>: Bevilget 8.000 kr.")
        return True
    # "Fritagelse bevilget.", "Orlov bevilget.": the participle closing a short sentence
    # that names only what was granted (the passive's "blev" left out), not "de bevilgede
    # midler" before its noun
    if w.lowers[head] != "bevilget" or (head + 1 < w.n and w.texts[head + 1] not in ".!;,"):
        return False
    if w.lowers[head - 1] in ("kr", "kr."):
        # "Tillægsbevilling på 4,2 mio. kr. bevilget, finansieret af …": what was granted
        # and its amount opening the sentence, the participle right after the amount
        return _granted_amount(w, head)
    if head + 1 < w.n and w.texts[head + 1] == ",":
        return False
    start = head - 1
    while start >= 0 and w.texts[start] not in (".", "!", "?", ":", ";"):
        start -= 1
    return sum(1 for k in range(start + 1, head) if not w.space[k]) <= 2


def _granter_and(w: _Words, head: int) -> bool:
    """Whether "og bevilger" at ``head`` goes on the clause of the body that opens its
    sentence, an amount after it ("Rådet støtter forslaget og bevilger 8.000 kr.": the
    body's second verb, what it grants); not "de tidligere og bevilgede midler"."""
    if w.lowers[head] not in ("bevilger", "bevilgede") or not _amount_next(w, head + 1):
        return False
    start = head - 2
    while start > 0 and w.texts[start - 1] not in (".", "!", "?", ":", ";"):
        if "\n" in w.texts[start - 1]:
            break
        start -= 1
    while start < head and w.space[start]:
        start += 1
    return start < head - 2 and _GRANTER.search(w.lowers[start]) is not None


def _granted_amount(w: _Words, head: int) -> bool:
    """Whether the sentence before the participle at ``head`` is "<what> på <amount> kr."
    alone: a capitalised noun, "på", then the amount's figures and units (no "Der er
    tidligere …" of a grant made before)."""
    k = head - 1
    while k > 0 and (w.num[k] or w.lowers[k] in _AMOUNT_WORDS):
        k -= 1
    return (
        k >= 1
        and w.lowers[k] == "på"
        and w.texts[k - 1][:1].isupper()
        and w.lowers[k - 1] not in ("der", "det")
        and (k == 1 or w.texts[k - 2] in (".", "!", "?", ":", ";") or "\n" in w.texts[k - 2])
    )


#: The words of an amount between "på" and the granted participle ("4,2 mio. kr.").
_AMOUNT_WORDS = frozenset({"kr", "kr.", "mio", "mio.", "mia", "mia.", "mill", "mill.", ".", "ca."})


def _but_after(w: _Words, head: int) -> bool:
    """Whether a "men" follows ``head`` within its sentence (up to ten tokens)."""
    for k in range(head + 1, min(head + 11, w.n)):
        if w.texts[k] in (".", "!", "?"):
            return False
        if w.lowers[k] == "men":
            return True
    return False


def _amount_next(w: _Words, k: int) -> bool:
    """Token ``k`` (spaces skipped) opens an amount: its figures, or the currency before
    them ("5.000 kr.", "kr. 8.000")."""
    while k < w.n and w.space[k]:
        k += 1
    if k + 1 < w.n and w.lowers[k] in ("kr.", "kr", "dkk"):
        k += 1
    return k < w.n and w.texts[k][:1].isdigit()


def _amount_or_end(w: _Words, k: int) -> bool:
    """Token ``k`` (spaces skipped) ends the sentence or opens what was granted: an amount,
    or a dash or colon before it ("Bevilget.", "Bevilget 8.000 kr.", "Bevilget – 8.000
    kr."), not a noun ("Bevilget ramme: …", a heading's words)."""
    while k < w.n and w.space[k]:
        k += 1
    return k >= w.n or w.texts[k] in (".", "!", ";", ":", "–", "-") or _amount_next(w, k)


def _opens_with_der(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` follows "Der" opening its sentence ("Der udarbejdes
    …"), not "der" inside a clause ("…, at der udarbejdes …")."""
    if head < 1 or w.texts[head - 1] != "Der":
        return False
    return head == 1 or bool(w.space[head - 2]) or w.texts[head - 2] in (".", ":", ";", "!")


def _opens_order(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` opens its sentence's order after "Der" ("Der
    udarbejdes …") or after its subject of one to three words, the first capitalised
    ("Nakskov Idrætscenter åbnes som opholdssted …", "Evakueringen iværksættes …"), not
    after a subordinator ("Når planen igangsættes, …")."""
    if _opens_with_der(w, head):
        return True
    k = head - 1
    while k >= 0 and head - k <= 3 and not _is_stop(w, k) and w.texts[k][:1].isalpha():
        k -= 1
    first = k + 1
    return (
        first < head
        and (k < 0 or bool(w.space[k]) or w.texts[k] in (".", ":", ";", "!"))
        and w.texts[first][:1].isupper()
        and w.lowers[first] not in _SUBORDINATORS
        and w.lowers[first] not in _SUBORDINATE
    )


#: Words opening a subordinate clause: what follows tells, it does not decide.
_SUBORDINATE = frozenset({"at", "om", "hvis", "når", "da", "fordi", "idet", "som", "efter"})


def _not_in_that_clause(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` is no part of a clause opened by "at" or the like
    ("…, at tilskuddet blev givet i 2021": background, not the outcome)."""
    return not any(w.lowers[k] in _SUBORDINATE for k in _left(w, head, 12))


def _not_by_administration(w: _Words, head: int) -> bool:
    """No administration stands as the subject right before ``head`` ("Forvaltningen
    indstiller …" proposes; the forum's own "Udvalget indstiller …" recommends, and a
    nominee it puts up for a prize is its choice)."""
    return not any(_ADMINISTRATION.search(w.lowers[k]) for k in _left(w, head, 4))


def _prize_awarded(w: _Words, head: int) -> bool:
    """Whether the prize named before "gives" at ``head`` opens no clause told or wished
    ("…, at prisen gives til …"): what stands between the two may describe the prize
    ("Prisen som årets ildsjæl gives til …"), so the clause is judged at the noun."""
    for k in range(head - 1, max(head - 9, -1), -1):
        if re.match(_PRIZE, w.lowers[k]):
            return _not_in_that_clause(w, k)
    return False


#: Words opening a clause that gives a reason ("Afslag, da styregruppen udpeges af …").
_BECAUSE = frozenset({"da", "fordi"})


def _not_in_reason_clause(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` is no part of a clause giving a reason ("Afslag, da
    klubbens styregruppe udpeges af sponsoren": why the request was refused, no choice of
    the forum's); a clause before the choice, its comma between ("Da formanden var
    fraværende, blev Jens valgt"), does not hold it."""
    return not any(w.lowers[k] in _BECAUSE for k in _left(w, head, 12))


#: Acts of choosing and setting up that the forum writes in the present as it takes them
#: ("Udvalget nedsætter en arbejdsgruppe", "Rådet udpeger Eva Holm"), read only with the
#: forum as their subject (see ``_forum_acts_now``).
_DISCUSSED_WORDS = frozenset({"drøftet", "drøftedes"})
_ACT_PRESENT = frozenset({"nedsætte", "fastsætte", "fastlægge", "udpege", "vælge", "udvælge"})
_FORUM_SUBJECT = re.compile(_FORUM_LEAD, re.IGNORECASE)


def _forum_acts_now(w: _Words, head: int) -> bool:
    """Whether the present verb at ``head`` has the forum as its subject: right before
    it ("Udvalget nedsætter en arbejdsgruppe"), or opening the sentence, joined by "og"
    ("Udvalget er positivt indstillet og nedsætter en arbejdsgruppe"), but not after a
    past act ("Chefgruppen drøftede sagen og nedsætter en arbejdsgruppe": the discussion
    was the meeting's act, the present its plan). Elsewhere the present tells a rule or
    another's act ("Ministeren udpeger …"), and "vælger at" leaves the act to the verb
    after it."""
    left = _left(w, head, 12)
    if not left or (head + 1 < w.n and w.lowers[head + 1] == "at"):
        return False
    if head > 2 and w.lowers[0] in _DISCUSSED_WORDS and w.texts[1] == ".":
        # "Drøftet. Ældrerådet nedsætter en arbejdsgruppe.": the discussion the meeting's
        # act, the forum's present its plan, as after "drøftede … og"
        return False
    if _FORUM_SUBJECT.fullmatch(w.texts[left[0]]):
        return True
    if w.lowers[left[0]] != "og":
        return False
    start = next((a for a, b, _ in _sentences(w) if a <= head < b), head)
    return bool(_FORUM_SUBJECT.fullmatch(w.texts[start])) and not any(
        w.punct[k] or _verb_form(w, k) == "past" for k in range(start, head)
    )


def _not_ordered(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` is no order in the present passive after "Der" opening
    its sentence ("Der nedsættes en arbejdsgruppe", read by the order rule), but a
    decision ("Udvalget nedsatte en arbejdsgruppe", "blev nedsat")."""
    return not (
        w.lemmas[head] in _ORDER and _verb_form(w, head) == "passive" and _opens_with_der(w, head)
    )


#: Verbs that tell the forum something (the presentations read as ``noted``); in the past,
#: a that-clause after them ("Formanden orienterede om, at Kulturnatten aflyses",
#: "Direktøren informerede om, at …") is what was told.
_TOLD = frozenset({"orientere", "informere", "redegøre", "meddele"})


def _not_told(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` is no part of a that-clause after a past verb of telling
    ("Formanden orienterede om, at Kulturnatten aflyses": the forum was told of the
    cancellation, it cancelled nothing; the orientation is the outcome)."""
    lowers = w.lowers
    for k in range(head - 1, max(head - 16, 0), -1):
        if w.texts[k] in (".", ";", "!", "?"):
            return True
        if lowers[k] != "at":
            continue
        j = k - 1
        while j >= 0 and w.texts[j] in (",", "om", "for"):
            j -= 1
        past = j >= 0 and (_verb_form(w, j) == "past" or lowers[j].endswith("gjorde"))
        return not (past and w.lemmas[j] in _TOLD)  # ("redegjorde for, at …" too)
    return True


#: "pr. mail", "inden fristen", "efterfølgende", "på næste møde": what puts an approval after
#: the meeting (by mail, before a deadline, at a later meeting).
_LATER_WORDS = frozenset({"mail", "e-mail", "mailen", "inden", "efterfølgende", "senere", "næste"})


#: The item itself as a that-clause's subject ("punktet", "sagen").
_ITEM_ITSELF = frozenset({"punktet", "sagen", "dagsordenspunktet"})


def _item_itself_after_told(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` closes a that-clause whose subject is the item itself
    ("Formanden meddelte, at punktet udsættes", "…, at sagen blev udsat"): the chair's
    announcement of what becomes of the item is the forum's act on it, where "…, at
    projektet udsættes" tells of another's (see ``_not_told``)."""
    lowers = w.lowers
    k = head - 1
    if k >= 0 and lowers[k] in ("blev", "bliver", "er", "var"):
        k -= 1
    return k >= 1 and lowers[k] in _ITEM_ITSELF and lowers[k - 1] == "at"


def _not_set_later(w: _Words, head: int) -> bool:
    """Whether the verb at ``head`` is no approval the text sets for later: a passive in the
    present with when it is to be given after it ("Formanden skriver svaret, og det
    godkendes af bestyrelsen pr. mail inden fristen": a plan, the approval to come)."""
    if _verb_form(w, head) != "passive":
        return True
    lowers = w.lowers
    return not any(
        lowers[k] in _LATER_WORDS
        # ("godkendes inden for rammen": within it, no time)
        and not (lowers[k] == "inden" and k + 1 < w.n and lowers[k + 1] == "for")
        for k in _right(w, head, 8)
    )


def _not_told_nor_later(w: _Words, head: int) -> bool:
    """``_not_told`` and ``_not_set_later``: an approval this meeting gave."""
    return _not_told(w, head) and _not_set_later(w, head)


def _not_asked_for(w: _Words, head: int) -> bool:
    """Whether the participle at ``head`` is no passive infinitive ("… beder om at blive
    orienteret om svaret", "ønsker at blive informeret"): an orientation the forum asks
    for later, not one it was given at the meeting."""
    return not (head and w.lowers[head - 1] == "blive")


def _capitalised_inside(w: _Words, head: int) -> bool:
    """Whether the word at ``head`` is capitalised right after a word of the sentence and
    before another capitalised word ("… overrækkes på Udsattes Dag"): a name's part, no
    verb (a sentence, a label's value or a bullet opens after a stop or a mark, and a
    heading in capitals is all capitals)."""
    text = w.texts[head]
    if not (head > 0 and w.alpha[head - 1] and text[:1].isupper() and not text.isupper()):
        return False
    # ("Rådet for Særligt Udsatte anbefaler …": the last word of a name whose word before
    # it is capitalised inside the sentence too)
    return (head < w.n - 1 and w.texts[head + 1][:1].isupper()) or (
        head > 1 and w.alpha[head - 2] and w.texts[head - 1][:1].isupper()
    )


#: "ønsker", "ønskede": a wish the forum states, the participle after its object what it
#: wants done ("Udvalget ønsker området prioriteret højere"), not done.
_WISH = frozenset({"ønsker", "ønskede", "ønske"})


def _not_ordered_nor_wished(w: _Words, head: int) -> bool:
    """:func:`_not_ordered`, and no participle wished for: "Drøftet. Udvalget ønsker
    grundvandet prioriteret højere" states what the forum wants done next (the
    discussion's input), where "Udvalget prioriterede 11 ejendomme" decides."""
    if not _not_ordered(w, head):
        return False
    if head and w.lowers[head] == "aftalt" and w.lowers[head - 1] in _AS_PROPOSED:
        return False  # "… som aftalt på mødet": an agreement referred to, as "som indstillet"
    if head and _attributive(w, head):
        return False  # "udarbejder en prioriteret liste": the participle describes a noun
    return not any(w.lowers[k] in _WISH for k in _left(w, head, 6))


def _wished_refusal(w: _Words, head: int) -> bool:
    """Whether the refusal at ``head`` is a participle wished for: "Morten Riis (Ø) ønskede
    sagen afvist" under the outcome is a member's (or a minority's) wish, what the forum did
    not do, no refusal of the forum's."""
    return w.lowers[head].endswith("t") and any(w.lowers[k] in _WISH for k in _left(w, head, 6))


def _member_wished(w: _Words, head: int) -> bool:
    """Whether the referral or postponement at ``head`` is a participle a member wished for:
    "Poul Hansen ønskede sagen videresendt til budgetforhandlingerne" under the vote is his
    wish, what the forum did not do ("Udvalget ønsker sagen oversendt til …" is the forum's
    own)."""
    if not w.lowers[head].endswith("t"):
        return False
    wish = next((k for k in _left(w, head, 6) if w.lowers[k] in _WISH), None)
    if wish and w.lowers[wish - 1] in _WISH_NOUN_BEFORE:
        return False  # "Sagen blev efter ønske fra forslagsstiller udsat": the noun, the why
    return wish is not None and not (wish and w.lowers[wish - 1].endswith(_DECIDING_SUBJECTS))


#: "efter ønske fra …", "på ønske af …", "efter eget ønske": "ønske" the noun after them.
_WISH_NOUN_BEFORE = frozenset({"efter", "på", "eget", "deres", "hans", "hendes"})


#: An article or possessive right before a participle: it stands before its noun ("en
#: prioriteret liste", "den prioriterede rækkefølge"), describing it, no act of the forum.
_ATTRIBUTIVE_BEFORE = frozenset({"en", "et", "den", "det", "de", "sin", "sit", "sine"})
#: A degree before such a participle ("de højst prioriterede indsatser", "den mest
#: prioriterede opgave"), and the small count between the article and it ("de to højst …").
_DEGREE_BEFORE = frozenset(
    {"højst", "højest", "mest", "lavest", "højt", "lavt", "højere", "lavere"}
)
_SMALL_COUNT = frozenset({"to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti"})


#: The words before "udsatte" where it is the adjective "vulnerable", no past tense: a
#: preposition ("et tilbud til udsatte borgere", "hjælp for udsatte unge") or a degree
#: ("socialt udsatte familier"); a verb in the past follows its subject, never these.
_VULNERABLE_AFTER = frozenset(
    {"i", "for", "til", "af", "blandt", "med", "om", "på", "over", "hos", "fra", "mod", "uden"}
    | {"socialt", "særligt", "særlig", "mest", "meget", "mere", "psykisk", "økonomisk"}
)


def _vulnerable(w: _Words, head: int) -> bool:
    """Whether "udsatte" at ``head`` is the adjective after a preposition or a degree
    (``_VULNERABLE_AFTER``: "Udvalget ønsker indsatsen for udsatte unge styrket."), which
    puts nothing off ("Udvalget udsatte sagen." does)."""
    if w.lowers[head] != "udsatte":
        return False
    left = _left_across_wrap(w, head, 1)
    return bool(left) and w.lowers[left[0]] in _VULNERABLE_AFTER


def _attributive(w: _Words, head: int) -> bool:
    """Whether the participle at ``head`` stands before its noun after an article or a
    possessive (see ``_ATTRIBUTIVE_BEFORE``), a degree and a small count perhaps between
    them: "de to højst prioriterede indsatser" describes the tasks, no act of the forum."""
    # (nearest first, over a line break that only wraps the sentence: "de to højst" /
    # "prioriterede indsatser")
    left = [w.lowers[k] for k in _left_across_wrap(w, head, 4)]
    k = 0
    if left[:1] and left[0] in _DEGREE_BEFORE:
        k = 2 if left[1:2] and (left[1] in _SMALL_COUNT or left[1].isdigit()) else 1
    return k < len(left) and left[k] in _ATTRIBUTIVE_BEFORE


def _shared_out(w: _Words, head: int) -> bool:
    """Whether "fordele"/"tildele" at ``head`` is the forum's act: the past ("Udvalget
    fordelte puljen"), the participle or passive after its auxiliary or the body
    ("Puljen blev fordelt", "Udvalget har tildelt prisen"), or the present passive after
    what is given ("Kulturprisen tildeles Kastrup Kammerkor."); not a
    participle after its noun ("en opgørelse fordelt på plejecentre": a report's breakdown,
    no act of the meeting), nor what the forum wishes done (:func:`_not_ordered_nor_wished`)."""
    if not _not_ordered_nor_wished(w, head):
        return False
    form = _verb_form(w, head)
    if form == "past":
        return True
    if form == "passive" and head and w.texts[head - 1][:1].isalnum():
        # "Kulturprisen 2020 tildeles Kastrup Kammerkor.", "Puljen fordeles som indstillet":
        # the present passive after what is shared out is the forum's award as the outcome
        # states it (not in a clause told, "…, at midlerne fordeles …"; a later meeting's
        # "tildeles på næste møde" is the plan rule's)
        return _not_in_that_clause(w, head)
    before = w.lowers[head - 1] if head else ""
    if (
        w.texts[head] == "Tildelt"
        and (head == 0 or before in (".", ":") or "\n" in before)
        and _amount_next(w, head + 1)
    ):
        # "Tildelt 5.000 kr.", "<forening>: Tildelt kr. 8.000": the award's participle
        # opening the outcome before its amount, as "Bevilget 8.000 kr." does (not a task
        # board's "Tildelt: <person>", whom a card is assigned to)
        return True
    return before in _AUXILIARIES or _GRANTER.search(before) is not None


def pointed_out(w: _Words, head: int) -> bool:
    """Whether "anvise" at ``head`` tells the forum pointing out savings or funding
    ("Udvalget anviste besparelser for …"), not a reference to the way the case's text laid
    them out ("finansieres som anvist", "den anviste finansiering")."""
    left = _left(w, head, 1)
    if left and w.lowers[left[0]] in ("som", "den", "det", "de", "tidligere"):
        return False
    return _not_ordered_nor_wished(w, head)


def _back_or_informed(w: _Words, head: int) -> bool:
    """Whether "forelægges …" puts the case back later ("igen", "senere"), before a body
    after the forum decided ("efterfølgende") or for its information ("til orientering"),
    no referral."""
    right = _right(w, head, 8)
    # ("Bevilget … Forelægges Økonomiudvalget efterfølgende.": told after the forum decided)
    if any(w.lowers[k] in ("igen", "senere", "efterfølgende") for k in right):
        return True
    # "Status forelægges Klima- og Miljøudvalget i august til orientering": put before the
    # body for its information, as "sendes til orientering i Byrådet" is: no referral
    if any(w.lowers[k] == "orientering" and w.lowers[k - 1] == "til" for k in right):
        return True
    return _noted_report_passed_on(w, head) or _discussed_draft_passed_on(w, head)


#: A draft's noun as what is put before a body after a discussion ("Udkastet", "Oplægget",
#: "Skitsen").
_DRAFT_NOUNS = ("udkastet", "oplægget", "skitsen")


def _discussed_draft_passed_on(w: _Words, head: int) -> bool:
    """Whether "forelægges" puts a draft the forum discussed before a body ("Udvalget
    drøftede udkastet. Administrationen retter det til, og udkastet forelægges Byrådet"):
    the draft goes on once reworked, the discussion's follow-up; the forum sent no case on."""
    if not any(low in ("drøftede", "drøftet", "drøftedes") for low in w.lowers[:head]):
        return False
    left = _left_across_wrap(w, head, 3)  # ("… og udkastet" / "forelægges …": wrapped)
    return any(w.lowers[k].endswith(_DRAFT_NOUNS) for k in left)


#: A report's noun as what is put before a body ("Rapporten", "Statusrapporten",
#: "Redegørelsen", "Opgørelsen", "Orienteringen", "Status").
_REPORT_NOUNS = ("rapporten", "redegørelsen", "opgørelsen", "orienteringen", "status")


def _noted_report_passed_on(w: _Words, head: int) -> bool:
    """Whether "forelægges" puts a report the forum took to note before a body ("Taget til
    efterretning. Rapporten forelægges Klima- og Miljøudvalget i september"): the report
    goes on for that body's information, as it came here; the case is no one's to decide."""
    if "efterretning" not in w.lowers:
        return False
    left = _left(w, head, 3)
    return any(w.lowers[k].endswith(_REPORT_NOUNS) for k in left)


def _is_submission(w: _Words, head: int) -> bool:
    """Whether "forelægges <body>" puts the case before another body by name
    ("Sagen forelægges Økonomiudvalget", "forelægges for Byrådet"), not back before the
    forum itself later ("forelægges udvalget igen", "forelægges igen på næste møde"), nor
    for its information ("forelægges Byrådet i august til orientering")."""
    if _back_or_informed(w, head):
        return False
    body = _submitted_to(w, head)
    # a body named by a capital or, as older minutes write it, by a lower-case compound
    # ("Forelægges økonomiudvalget.", "forelægges byrådet"); not the bare "udvalget"
    return body is not None and (w.texts[body][:1].isupper() or w.lowers[body] not in _BARE_BODIES)


#: A body named by its kind alone: the forum itself or one unnamed ("forelægges udvalget").
_BARE_BODIES = frozenset(
    ("udvalg", "udvalget", "udvalgene", "råd", "rådet", "bestyrelse", "bestyrelsen")
    + ("forum", "forummet", "direktion", "direktionen")
)


def _bare_body_elsewhere(w: _Words, head: int, forum: str | None) -> bool:
    """Whether "forelægges udvalget" (a body by its bare kind) puts the case before another
    body than the forum, as "forelægges Økonomiudvalget" does: the forum is known and is of
    another kind ("Punkterne forelægges udvalget som planlagt" in a chiefs' group's
    minutes: the committee the group prepares for); not back before itself later ("igen",
    "senere") nor for information, as :func:`_is_submission` reads those."""
    if forum is None or _back_or_informed(w, head):
        return False
    body = _submitted_to(w, head)
    if body is None or w.lowers[body] not in _BARE_BODIES:
        return False
    stem = _body_stem(w.texts[body])
    return not any(_body_stem(x).endswith(stem) for x in re.findall(r"[\w']+", forum))


def _submitted_to(w: _Words, head: int) -> int | None:
    """The body a case is put before, after ``head`` in its clause."""
    return next((k for k in _right(w, head, 8) if _SUBMIT_BODY_RE.match(w.lowers[k])), None)


def _names_forum(w: _Words, k: int, forum: str | None) -> bool:
    """Whether token ``k`` names the forum whose minutes these are ("Miljøudvalget" in
    Teknik- og Miljøudvalget's)."""
    if forum is None:
        return False
    return _body_stem(w.texts[k]) in {_body_stem(x) for x in re.findall(r"[\w']+", forum)}


#: " under ": between a body and the body it serves ("Kirkegårdsudvalget under …").
_UNDER_PARENT = re.compile(r" under ", re.IGNORECASE)


def _own_body(forum: str | None) -> str | None:
    """The forum without the body it serves ("Kirkegårdsudvalget under Holsted
    Menighedsråd": Kirkegårdsudvalget): that body is another, the one its committee
    recommends to ("Udvalget indstiller til menighedsrådet, at …")."""
    if isinstance(forum, str) and (" under " in forum or " UNDER " in forum or " Under " in forum):
        return _UNDER_PARENT.split(forum, maxsplit=1)[0]
    return forum


#: "delvis", "delvist": a request met in part.
_IN_PART = frozenset({"delvis", "delvist"})


def _approved_or_in_part(w: _Words, head: int) -> str:
    """A request met in part ("Ansøgningen imødekommes delvist", "Imødekommet delvist med
    10.000 kr.", "delvis imødekommet") is the forum's own measure of it, ``decided`` as a
    grant is; met whole, or any other approval, ``approved``."""
    if w.lemmas[head] == "imødekomme" and any(
        w.lowers[k] in _IN_PART for k in (*_left(w, head, 2), *_right(w, head, 2))
    ):
        return "decided"
    return "approved"


#: A permit granted or refused: the verb, then the permit ("meddelte afslag"), or the one
#: it is given to named between them ("Byrådet meddelte Eva Holm (A) fritagelse for
#: hvervet": a name in capitals and a party's letter).
_PERMIT_PATTERNS = (
    [_lemma_in(_PERMIT_VERBS), {"LEMMA": {"IN": _PERMITS}}],
    [_lemma_in(_PERMIT_VERBS), {"IS_SPACE": False, "OP": "{1,6}"}, {"LEMMA": {"IN": _PERMITS}}],
)

_RULES: tuple[_Rule, ...] = (
    # ("Formanden orienterede om, at styrelsen har godkendt projektet": told, see _not_told)
    _Rule(
        "approve",
        "approved",
        ([_lemma_in(_APPROVE)],),
        frozenset(_APPROVE),
        negated="rejected",
        outcome=_approved_or_in_part,
        # ("Anne Holm (F) ønskede forslaget godkendt" under a refusal: a member's wish,
        # what the forum did not do, as a wished refusal or referral is)
        check=lambda w, head: (
            _not_told_nor_later(w, head)
            and not _member_wished(w, head)
            and not _election_confirmed(w, head)
        ),
    ),
    # "tiltrådte indstillingen" approves; "kunne tiltræde indstillingen" recommends on.
    _Rule(
        "accede",
        "approved",
        ([{"LEMMA": "tiltræde"}],),
        frozenset({"tiltræde"}),
        negated="rejected",
        able="recommended",
        check=_accedes,
    ),
    # "K29 tilsluttede sig forslaget" approves, "kunne ikke tilslutte sig …" rejects (an
    # inter-municipal body's word for siding with a proposal); "kunne tilslutte sig"
    # recommends on, as "kunne tiltræde" does
    _Rule(
        "side_with",
        "approved",
        ([{"LEMMA": "tilslutte"}],),
        frozenset({"tilslutte"}),
        negated="rejected",
        able="recommended",
        check=_sides_with,
    ),
    _Rule(
        "recommend",
        "recommended",
        ([_lemma_in(_RECOMMEND)],),
        frozenset(_RECOMMEND),
        negated="rejected",
        able="recommended",
        onward=True,
        check=_not_as_proposed,
    ),
    # "Vi giver 1.500 kr. til noder", "Rådet gav 5.000 kr. til sommerfesten": a council's
    # own funds given, a grant that names its amount
    _Rule(
        "give_amount",
        "decided",
        ([_lemma_in(_GIVE)],),
        frozenset(_GIVE),
        frozenset({"past", "present"}),
        check=_gives_amount,
    ),
    # "Ungebyrådet foreslår Teknik- og Miljøudvalget at teste en natbus": a council's
    # proposal to the body that decides, its recommendation
    _Rule(
        "propose_to_body",
        "recommended",
        ([{"LEMMA": "foreslå"}],),
        frozenset({"foreslå"}),
        frozenset({"past", "present"}),
        check=_proposes_to_body,
    ),
    _Rule(
        "with_recommendation",
        "recommended",
        (
            [
                {"LOWER": "med"},
                {"LOWER": {"REGEX": r"^(\w+s|positiv|enstemmig)$"}, "OP": "?"},
                {"LEMMA": "anbefaling"},
            ],
        ),
        onward=True,
    ),
    _Rule(
        "refer",
        "referred",
        ([_lemma_in(_REFER | {"sende"})],),
        frozenset(_REFER | {"sende"}),
        onward=True,
        check=lambda w, head: _is_referral(w, head) and not _member_wished(w, head),
    ),
    # "Forslaget blev henvist til Social- og Sundhedsudvalget", "Byrådet henviste sagen til
    # Økonomiudvalget": a proposal referred to the body that handles it; "Der henvises til
    # bilag 2" and "Forvaltningen henviser til …" cite (see ``_referred_to``); "Byrådet
    # henviser forslaget til behandling i Seniorrådet", the present with the case as object,
    # refers as the past does
    _Rule(
        "refer_to",
        "referred",
        ([{"LEMMA": "henvise"}],),
        frozenset({"henvise"}),
        onward=True,
        check=_referred_to,
    ),
    _Rule(
        "go_on",
        "referred",
        ([{"LEMMA": "gå"}, {"LOWER": "videre"}, {"LOWER": "til"}],),
        frozenset({"gå"}),
        onward=True,
        check=_is_referral,
    ),
    # "Sagen forelægges Økonomiudvalget (med henblik på …)": put before the body that decides
    _Rule(
        "submit",
        "referred",
        (
            [
                {"LEMMA": "forelægge"},
                {"LOWER": "for", "OP": "?"},
                {**_NOT_STOP, "OP": "{0,3}"},
                {"LOWER": {"REGEX": _SUBMIT_BODY}},
            ],
        ),
        frozenset({"forelægge"}),
        onward=True,
        check=_is_submission,
        elsewhere=True,
    ),
    _Rule(
        "follow_recommendation",
        "approved",
        (
            [{"LEMMA": "følge"}, {"LEMMA": {"IN": ["indstilling", "anbefaling"]}}],
            [
                {"LEMMA": {"IN": ["indstilling", "anbefaling"]}},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LOWER": "ikke", "OP": "?"},
                {"LEMMA": "følge"},
            ],
            # ("Anbefalingen fra Økonomiudvalget blev fulgt": whose recommendation named
            # after it, a body's or the administration's)
            [
                {"LEMMA": {"IN": ["indstilling", "anbefaling"]}},
                {"LOWER": "fra"},
                {"LOWER": {"REGEX": _FROM_BODY}},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LOWER": "ikke", "OP": "?"},
                {"LEMMA": "følge"},
            ],
        ),
        frozenset({"følge"}),
        negated="rejected",
    ),
    # "Rådet besluttede at følge forvaltningens forslag": the administration's proposal,
    # named by whose it is, followed (not followed, "kunne ikke følge forvaltningens
    # anbefaling og besluttede …", the forum's own decision after it is the outcome)
    _Rule(
        "follow_administration",
        "approved",
        (
            [
                {"LEMMA": "følge"},
                {"LOWER": {"REGEX": _ADMINISTRATION_GENITIVE}},
                {"LEMMA": {"IN": ["indstilling", "anbefaling", "forslag"]}},
            ],
        ),
        frozenset({"følge"}),
    ),
    # "Protokollen underskrevet.", "Referatet blev underskrevet": the last meeting's
    # minutes signed, which is their approval
    _Rule(
        "sign_minutes",
        "approved",
        (
            [
                {"LEMMA": {"IN": ["protokol", "beslutningsprotokol", "referat"]}},
                # ("Protokollen fra mødet 30.10.23 blev underskrevet")
                {**_NOT_STOP, "OP": "{0,4}"},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LEMMA": "underskrive"},
            ],
        ),
        frozenset({"underskrive"}),
    ),
    _Rule(
        "reject",
        "rejected",
        ([_lemma_in(_REJECT)],),
        frozenset(_REJECT),
        check=lambda w, head: not _counted_participle(w, head) and not _wished_refusal(w, head),
    ),
    # ("Direktøren orienterede om, at projektet udsættes": told, see _not_told; "2 stemte
    # imod, idet de ønsker projektet udskudt": the minority's wish, see _member_wished)
    _Rule(
        "postpone",
        "postponed",
        ([_lemma_in(_POSTPONE)],),
        frozenset(_POSTPONE),
        timeless=True,
        # ("… stemte imod med henvisning til den udskudte anlægsinvestering": a participle
        # before its noun describes it, see _attributive)
        check=lambda w, head: (
            (_not_told(w, head) or _item_itself_after_told(w, head))
            and not _capitalised_inside(w, head)
            and not _member_wished(w, head)
            and not _attributive(w, head)
            and not _vulnerable(w, head)
        ),
    ),
    # "Punktet blev ikke nået": only the negated form means anything ("Udvalget kunne ikke
    # nå til enighed" reached no agreement, which puts nothing off: see _reached_agreement).
    _Rule(
        "reach",
        None,
        ([{"LEMMA": "nå"}],),
        frozenset({"nå"}),
        _PAST,
        negated="postponed",
        check=lambda w, head: not _reached_agreement(w, head),
    ),
    _Rule("decide", "decided", ([_lemma_in(_DECIDE)],), frozenset(_DECIDE), check=_not_told),
    _Rule(
        "decide_past",
        "decided",
        ([_lemma_in(_DECIDE_PAST)],),
        frozenset(_DECIDE_PAST),
        _NOT_PRESENT,
        # ("Der nedsættes en arbejdsgruppe.": the order rule's, weak after a discussion;
        # "ønsker området prioriteret": a wish, see _not_ordered_nor_wished)
        check=_not_ordered_nor_wished,
    ),
    # "Udvalget anviste besparelser for 0,5 mio. kr.", "Økonomiudvalget anviste
    # finansiering": the savings or the funding a budget's round asked for, pointed out by
    # the forum itself (not "som anvist", funding as the case's text laid it out)
    _Rule(
        "point_out",
        "decided",
        ([{"LEMMA": "anvise"}],),
        frozenset({"anvise"}),
        _NOT_PRESENT,
        check=pointed_out,
    ),
    _Rule(
        "share_out",
        "decided",
        ([_lemma_in(_SHARE_OUT)],),
        _SHARE_OUT,
        _NOT_PRESENT,
        check=_shared_out,
    ),
    _Rule(
        "choose",
        "decided",
        ([_lemma_in(_CHOOSE)],),
        frozenset(_CHOOSE),
        _NOT_PRESENT,
        # ("Borgmesteren orienterede om, at kommunen er udpeget til at holde et landsstævne":
        # told, see _not_told)
        check=lambda w, head: _not_in_reason_clause(w, head) and _not_told(w, head),
    ),
    # "Udvalget takkede ja til invitationen.", "Bestyrelsen takkede nej til tilbuddet.": an
    # invitation or an offer accepted or declined, the forum's own choice
    _Rule(
        "accept_or_decline",
        "decided",
        ([{"LEMMA": "takke"}, {"LOWER": {"IN": ["ja", "nej"]}}, {"LOWER": "til"}],),
        frozenset({"takke"}),
        _PAST,
    ),
    _Rule(
        "act_present",
        "decided",
        ([_lemma_in(_ACT_PRESENT)],),
        _ACT_PRESENT,
        frozenset({"present"}),
        check=_forum_acts_now,
    ),
    # "Rådet konstituerede sig med Bo Holm som formand": the body's election of its own
    # chair and officers, its choice of persons (not "konstitueret direktør", acting)
    _Rule(
        "constitute",
        "decided",
        ([{"LEMMA": "konstituere"}, {"LOWER": "sig"}],),
        frozenset({"konstituere"}),
        _NOT_PRESENT,
    ),
    # "Mogens Holm blev fritaget for hvervet som medlem af byrådet", "Udvalget fritog
    # foreningen for betaling": a member released from office (or a body from a duty),
    # the request granted by the forum's decision ("ikke fritaget": refused)
    _Rule(
        "release",
        "decided",
        (
            [{"LEMMA": "fritage"}, {**_NOT_STOP, "OP": "{0,3}"}, {"LOWER": "for"}],
            # ("Byrådet fritog Lise Bruun (A) for hvervet": the member named with the
            # party's letter in brackets)
            [
                {"LEMMA": "fritage"},
                {**_NOT_STOP, "OP": "{1,3}"},
                {"LOWER": "("},
                {"LOWER": {"REGEX": r"^[a-zæøå]{1,2}$"}},
                {"LOWER": ")"},
                {"LOWER": "for"},
            ],
        ),
        frozenset({"fritage"}),
        _NOT_PRESENT,
        negated="rejected",
        check=lambda w, head: not _after_at_blive(w, head),
    ),
    _Rule("hire", "decided", ([_lemma_in(_HIRE)],), _HIRE, _NOT_PRESENT, check=_hired),
    # "Der ydes en underskudsgaranti på 35.000 kr.", "Der gives tilskud på 20.000 kr.": a
    # grant in the present passive opening a sentence of the outcome (the forum grants it);
    # also a grant by a compound of its kind ("Der ydes driftstilskud på …", "Der gives
    # anlægsstøtte …") and a commitment to one ("Der gives tilsagn om 60.000 kr.")
    _Rule(
        "grant_given",
        "decided",
        (
            [
                _lemma_in(_GRANT_VERBS),
                {**_NOT_STOP, "OP": "{0,2}"},
                {"LEMMA": {"IN": _GRANTS_GIVEN}},
            ],
            [
                _lemma_in(_GRANT_VERBS),
                {**_NOT_STOP, "OP": "{0,2}"},
                {"LOWER": {"REGEX": _GRANT_KIND}},
            ],
            # ("Der optages lån på 10 mio. kr. i KommuneKredit": the council's own borrowing)
            [{"LEMMA": "optage"}, {**_NOT_STOP, "OP": "{0,2}"}, {"LEMMA": "lån"}],
        ),
        frozenset(_GRANT_VERBS | {"optage"}),
        frozenset({"passive"}),
        check=_opens_with_der,
    ),
    # "Hæderprisen gives til Bo Holm.", "Prisen som årets frivillige gives til Lis Dam": a
    # prize named, then given to its winner in the present passive, the forum's award as
    # "Kulturprisen tildeles …" is (not in a clause told, "…, at prisen gives til …")
    _Rule(
        "prize_given",
        "decided",
        (
            [
                {"LOWER": {"REGEX": _PRIZE}},
                {**_NOT_STOP, "OP": "{0,6}"},
                _lemma_in(_GIVE),
                {"LOWER": "til"},
            ],
        ),
        frozenset(_GIVE),
        frozenset({"passive"}),
        check=_prize_awarded,
    ),
    # "Udvalget indstiller Vestby Boldklub til Idrætsprisen": the forum puts up a prize's
    # nominee, its own choice (no proposal recommended to a body; see ``_nominates``)
    _Rule(
        "prize_nominee",
        "decided",
        (
            [
                {"LEMMA": "indstille"},
                {**_NOT_STOP, "OP": "{1,6}"},
                {"LOWER": "til"},
                {"LOWER": {"REGEX": _PRIZE}},
            ],
        ),
        frozenset({"indstille"}),
        check=_not_by_administration,
    ),
    # "Bevilling på 4,5 mio. kr. til projektering blev givet.", "Tilskuddet blev ydet som
    # søgt.", "Der blev givet et tilskud på …": a grant named, then given in the past
    # passive (the forum gave it)
    _Rule(
        "grant_was_given",
        "decided",
        (
            [
                {"LEMMA": {"IN": _GRANTS_GIVEN}},
                {"IS_SPACE": False, "OP": "{0,10}"},
                {"LOWER": "blev"},
                _lemma_in(_GIVE),
            ],
            # ("Der blev meddelt en anlægsbevilling på …": the old word for granting it)
            [
                {"LOWER": "blev"},
                _lemma_in(_GRANT_VERBS),
                {**_NOT_STOP, "OP": "{0,2}"},
                {"LEMMA": {"IN": _GRANTS_GIVEN}},
            ],
        ),
        frozenset(_GRANT_VERBS),
        frozenset({"participle", "past", "passive"}),
        check=_not_in_that_clause,
    ),
    # "Der udarbejdes katalog svarende til 1,5 %.": the forum's order in the present
    # passive, opening a sentence of the outcome (not "aftalt, at der udarbejdes …",
    # the next step of a discussion); where the text says nothing else
    _Rule(
        "order",
        "decided",
        ([_lemma_in(_ORDER)],),
        frozenset(_ORDER),
        frozenset({"passive"}),
        weak=True,
        check=_opens_order,
    ),
    # "Jorden bortforpagtes til …", "Grunden sælges til …", "Lokalet udlejes til …": the
    # forum disposes of its property (sells, lets or leases it) in the present passive, to
    # whom it goes named after "til"; where the text says nothing else
    _Rule(
        "dispose",
        "decided",
        ([_lemma_in(_DISPOSE), {**_NOT_STOP, "OP": "{0,3}"}, {"LOWER": "til"}],),
        frozenset(_DISPOSE),
        frozenset({"passive"}),
        weak=True,
    ),
    # "Udvalget bevilgede 150.000 kr.", "Der blev bevilget …": a grant settles the
    # application (not "de bevilgede midler", a grant of before); where the text says
    # nothing else. Also "Udvalget bevilger 100.000 kr.": the present tense after the
    # body that grants (``_granted_here``), as a decision's own sentence writes it.
    _Rule(
        "grant",
        "decided",
        ([{"LEMMA": "bevilge"}],),
        frozenset({"bevilge"}),
        _FINAL,
        # "Ansøgningen blev ikke bevilget", "Tilskud bevilges ikke": the application fell
        negated="rejected",
        weak=True,  # "… den bevilgede ramme blev taget til efterretning": noted
        check=_granted_here,
    ),
    # "Udvalget drøftede sagen og bevilgede 20.000 kr.": a grant with its amount right
    # after the verb is the outcome beside a discussion or a note (the weak rule above
    # gives way to them)
    _Rule(
        "grant_amount",
        "decided",
        ([{"LEMMA": "bevilge"}],),
        frozenset({"bevilge"}),
        _FINAL,
        check=lambda w, head: _amount_next(w, head + 1) and _granted_here(w, head),
    ),
    # "Frigivet med 1,4 mio. kr.", "Anlægsmidlerne frigives.": money set free to spend, a
    # grant's act on a budget already set
    _Rule(
        "release_funds",
        "decided",
        ([{"LEMMA": "frigive"}],),
        frozenset({"frigive"}),
        _FINAL,
        negated="rejected",
        weak=True,
    ),
    # "Udvalget fastholdt afslaget": the outcome kept is the outcome (see ``_upheld``)
    _Rule(
        "uphold",
        "decided",
        ([{"LEMMA": "fastholde"}],),
        frozenset({"fastholde"}),
        outcome=_upheld,
    ),
    # "Udvalget meddelte afslag på ansøgningen", "gav tilladelse": a permit granted or
    # refused is the body's decision on an application (not a proposal rejected); "der
    # gives afslag" in the passive is the refusal as "Afslag meddeles" is (see
    # ``_passive_refusal``)
    _Rule(
        "permit",
        "decided",
        _PERMIT_PATTERNS,
        frozenset(_PERMIT_VERBS),
        _NOT_PRESENT,
        # ("Udvalget meddelte ikke dispensation", "kunne ikke give tilladelse": the body's
        # refusal, its decision on the application as "meddelte afslag" is)
        negated="decided",
        check=_permit_to_named,
        outcome=_passive_refusal,
    ),
    # "Udvalget meddeler afslag på ansøgningen", "Rådet giver dispensation": the same,
    # written in the present with the forum as subject (see _forum_acts_now)
    _Rule(
        "permit_present",
        "decided",
        _PERMIT_PATTERNS,
        frozenset(_PERMIT_VERBS),
        frozenset({"present"}),
        negated="decided",
        check=lambda w, head: _forum_acts_now(w, head) and _permit_to_named(w, head),
    ),
    _Rule(
        "take_stance",
        "decided",
        ([{"LOWER": {"IN": _TAKE}}, {**_NOT_STOP, "OP": "{0,3}"}, {"LEMMA": "stilling"}],),
        frozenset(_TAKE),
        negated="postponed",
    ),
    # "Ungerådet siger ja til at planlægge musikken", "Udvalget sagde nej til forslaget":
    # the forum's own yes or no (``_said_by_forum``); a no is a refusal
    _Rule(
        "say_yes_no",
        "decided",
        (
            [
                {"LEMMA": "sige"},
                {"LOWER": {"IN": ["ja", "nej"]}},
                {"LOWER": "tak", "OP": "?"},
                {"LOWER": "til"},
            ],
        ),
        frozenset({"sige"}),
        check=_said_by_forum,
        outcome=_yes_or_no,
    ),
    # "Vi tager imod tilbuddet", "Rådet tog invitationen": the forum accepts what was
    # offered it (``_said_by_forum``), as its "siger ja tak til tilbuddet" does
    _Rule(
        "accept_offer",
        "decided",
        (
            [
                {"LOWER": {"IN": _TAKE}},
                {"LOWER": {"IN": ["imod", "mod"]}, "OP": "?"},
                {"LOWER": {"IN": _OFFERS}},
            ],
        ),
        frozenset(_TAKE),
        check=_said_by_forum,
    ),
    # "Buddet blev ikke accepteret", "Udvalget antog tilbuddet fra X": a bid or an offer
    # taken or turned down, the forum's own choice (refusing a bid settles it as refusing
    # an application does)
    _Rule(
        "accept_bid",
        "decided",
        (
            [
                {"LOWER": {"IN": _BIDS}},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LOWER": "ikke", "OP": "?"},
                {"LEMMA": {"IN": ["acceptere", "antage"]}},
            ],
            [
                {"LEMMA": {"IN": ["acceptere", "antage"]}},
                {"LOWER": "ikke", "OP": "?"},
                {"LOWER": {"IN": ["det", "de", "dette", "disse"]}, "OP": "?"},
                {"LOWER": {"IN": _BIDS}},
            ],
        ),
        frozenset({"acceptere", "antage"}),
        negated="decided",
    ),
    # "Punkt 4 og 7 lukkes.", "Handlingspunktet lukkes", "Opgaven blev lukket": points of
    # an action list closed, which the forum decides (not "vejen lukkes", a proposal's
    # content: the point closed must be named)
    _Rule(
        "close_points",
        "decided",
        (
            [
                {
                    "LOWER": {
                        "REGEX": r"^(?:handlings)?(?:punkt(?:et|erne|er)?|opgave(?:n|r|rne)?)$"
                    }
                },
                {**_NOT_STOP, "OP": "{0,4}"},
                {"LOWER": {"IN": ["blev", "er", "bliver"]}, "OP": "?"},
                {"LOWER": {"IN": ["lukkes", "lukket", "lukkede"]}},
            ],
        ),
        frozenset({"lukkes", "lukket", "lukkede", "lukke"}),
    ),
    _Rule(
        "agree",
        "decided",
        ([{"LOWER": {"IN": ["blev", "bliver"]}}, {"LOWER": {"IN": ["enige", "enig"]}}],),
        frozenset({"blev", "bliver"}),
    ),
    _Rule(
        # "Der var enighed om at …", "Alle enige.": a volunteer body's agreement, no verb
        # to judge ("der var ikke enighed" does not match: the negation parts the words)
        "agree_all",
        "decided",
        (
            # (agreed to do something: "enighed om planen" under "Drøftelse:" is the
            # discussion's conclusion, see ``_DISCUSSION_LEAD``)
            [{"LOWER": "var"}, {"LOWER": "enighed"}, {"LOWER": "om"}, {"LOWER": "at"}],
            [{"LOWER": "alle"}, {"LOWER": "enige"}],
            [{"LOWER": "alle"}, {"LOWER": "var"}, {"LOWER": "enige"}],
        ),
        # ("Drøftet. Der var enighed om …": the agreement a discussion's, which the other
        # trigger says; only where none fired)
        weak=True,
    ),
    _Rule(
        "role",
        "decided",
        (
            [
                {"LOWER": {"IN": ["er", "bliver", "blev"]}},
                {"LOWER": {"IN": ["ny", "nye", "fælles"]}, "OP": "?"},
                {"LEMMA": {"IN": _ROLES}},
            ],
        ),
        timeless=True,
    ),
    _Rule(
        "join",
        "decided",
        (
            [
                {"LEMMA": {"IN": ["deltage", "indgå"]}},
                {"LOWER": "i"},
                # (not the genitive: "indgår i udvalgets behandling" feeds a later
                # handling, no one joins the committee)
                {"LOWER": {"REGEX": r"(udvalg|grupp|panel|forum)(?:\w*(?<!s))?$"}},
            ],
        ),
        frozenset({"deltage", "indgå"}),
        frozenset({"present", "inf"}),
        timeless=True,
    ),
    _Rule(
        "discuss",
        "discussed",
        ([_lemma_in(_DISCUSS)],),
        frozenset(_DISCUSS),
        _PAST,
        negated="postponed",
    ),
    _Rule(
        "remarks",
        "discussed",
        (
            [
                _lemma_in({"få", "give", "komme", "have", "falde", "være", "modtage"}),
                {**_NOT_STOP, "OP": "{0,3}"},
                {"LEMMA": {"IN": _REMARKS}},
            ],
        ),
        frozenset({"få", "give", "komme", "have", "falde", "være", "modtage"}),
        _PAST,
    ),
    _Rule(
        "following_remarks",
        "discussed",
        ([{"LOWER": "følgende"}, {"LEMMA": {"IN": ["kommentar", "bemærkning", "input"]}}],),
    ),
    # "Seminaret pegede på skoler og ældre", "Byrådet pegede på transport som det vigtigste
    # spor": the forum's views gathered, no decision (weak: "… pegede på model B og
    # godkendte den" is the approval)
    _Rule(
        "point_to",
        "discussed",
        ([{"LOWER": "pegede"}, {"LOWER": "på"}],),
        weak=True,
    ),
    _Rule(
        "discussion",
        "discussed",
        (
            [
                {"LOWER": {"IN": ["var", "havde", "blev", "efter", "under"]}},
                {
                    "LOWER": {
                        "IN": [
                            "en",
                            "et",
                            "god",
                            "kort",
                            "grundig",
                            "længere",
                            "livlig",
                            "lang",
                            "indgående",
                            "rigtig",
                            "fin",
                            "gode",
                            "flere",
                            # ("Udvalget havde en første drøftelse.", "… en indledende
                            # drøftelse": the first round of a matter that comes back)
                            "første",
                            "indledende",
                            "foreløbig",
                        ]
                    },
                    "OP": "*",
                },
                {"LEMMA": "drøftelse"},
            ],
        ),
    ),
    _Rule(
        "take_note",
        "noted",
        (
            [
                {"LOWER": {"IN": _TAKE}},
                {**_NOT_STOP, "OP": "{0,12}"},
                {"LOWER": "til"},
                {"LEMMA": {"IN": ["efterretning", "orientering"]}},
            ],
        ),
        frozenset(_TAKE),
    ),
    _Rule("bare_note", "noted", ([{"LOWER": "til"}, {"LEMMA": "efterretning"}],)),
    _Rule("note", "noted", ([{"LEMMA": "notere"}],), frozenset({"notere"}), _NOT_PRESENT),
    # ("Rådet beder om at blive orienteret om svaret": an orientation asked for later, see
    # _not_asked_for)
    _Rule(
        "presented",
        "noted",
        ([_lemma_in(_PRESENT)],),
        frozenset(_PRESENT),
        _PAST,
        weak=True,
        check=_not_asked_for,
    ),
    _Rule(
        "orientation",
        "noted",
        (
            [
                _lemma_in({"få", "give", "modtage"}),
                {**_NOT_STOP, "OP": "{0,2}"},
                {"LEMMA": {"IN": ["orientering", "præsentation", "redegørelse"]}},
            ],
        ),
        frozenset({"få", "give", "modtage"}),
        _PAST,
        weak=True,
    ),
    # "Eva Holm gjorde opmærksom på, at stien er mørk.": a member drawing the forum's
    # attention to something under Eventuelt, an orientation as "fortalte" is
    _Rule(
        "drew_attention",
        "noted",
        ([{"LEMMA": "gøre"}, {"LOWER": "opmærksom"}, {"LOWER": "på"}],),
        frozenset({"gøre"}),
        _PAST,
        weak=True,
    ),
    # "Ældrerådet takkede for orienteringen.": a council's record of a point heard
    _Rule(
        "thanked",
        "noted",
        (
            [
                {"LEMMA": "takke"},
                {"LOWER": "for"},
                {"LEMMA": {"IN": ["orientering", "oplæg", "gennemgang", "præsentation"]}},
            ],
        ),
        frozenset({"takke"}),
        _PAST,
        weak=True,
    ),
)
_RULES_BY_KEY = {r.key: r for r in _RULES}
assert len(_RULES_BY_KEY) == len(_RULES), "each rule's key names it alone"
assert all(r.dtype in DECISION_TYPES for r in _RULES if r.dtype)
assert all(r.negated in DECISION_TYPES for r in _RULES if r.negated)


def _anchors(pattern: list[dict]) -> tuple[tuple[int, frozenset[int]], ...]:
    """(attribute, hashes) a doc must contain for ``pattern`` to match in it: one pair
    per token the pattern requires (no "OP") with its LEMMA or LOWER given as a word or an
    "IN" list."""
    strings = danish_nlp().vocab.strings
    out = []
    for token in pattern:
        if "OP" in token:
            continue
        for name, attr in (("LEMMA", LEMMA), ("LOWER", LOWER)):
            value = token.get(name)
            words = [value] if isinstance(value, str) else (value or {}).get("IN")
            if isinstance(value, (str, dict)) and words is not None:
                out.append((attr, frozenset(strings.add(w) for w in words)))
    return tuple(out)


@lru_cache(maxsize=1)
def _rule_anchors() -> tuple[tuple[str, tuple[tuple[tuple[int, frozenset[int]], ...], ...]], ...]:
    """Per rule, its patterns' anchors (see ``_anchors``)."""
    return tuple((r.key, tuple(_anchors(p) for p in r.patterns)) for r in _RULES)


@dataclass(frozen=True)
class _PatternToken:
    """One token of a rule pattern, compiled from its spaCy ``Matcher`` form (``_compile``):
    hashes its lemma or lower-case form must be among, a regex its lower-case form must
    contain, orth hashes it must not have, whether it must (not) be white space, and how
    many times it repeats (``most`` -1: no limit)."""

    lemmas: frozenset[int] | None = None
    lowers: frozenset[int] | None = None
    regex: re.Pattern[str] | None = None
    not_orths: frozenset[int] | None = None
    space: bool | None = None
    least: int = 1
    most: int = 1


_OPS = {"?": (0, 1), "*": (0, -1), "+": (1, -1)}


def _compile_token(spec: dict) -> _PatternToken:
    """A ``_PatternToken`` from the subset of spaCy's token pattern syntax the rules use
    (anything else is an error, so a new rule cannot be silently misread)."""
    strings = danish_nlp().vocab.strings
    fields: dict = {}
    for name, value in spec.items():
        if name == "OP":
            if value in _OPS:
                fields["least"], fields["most"] = _OPS[value]
            elif m := re.fullmatch(r"\{(\d+),(\d+)\}", value):
                fields["least"], fields["most"] = int(m.group(1)), int(m.group(2))
            else:
                raise ValueError(f"unsupported OP {value!r}")
        elif name in ("LEMMA", "LOWER"):
            key = "lemmas" if name == "LEMMA" else "lowers"
            if isinstance(value, str):
                fields[key] = frozenset({strings.add(value)})
            elif set(value) == {"IN"}:
                fields[key] = frozenset(strings.add(w) for w in value["IN"])
            elif name == "LOWER" and set(value) == {"REGEX"}:
                fields["regex"] = re.compile(value["REGEX"])
            else:
                raise ValueError(f"unsupported {name} pattern {value!r}")
        elif name == "TEXT" and set(value) == {"NOT_IN"}:
            fields["not_orths"] = frozenset(strings.add(w) for w in value["NOT_IN"])
        elif name == "IS_SPACE" and isinstance(value, bool):
            fields["space"] = value
        else:
            raise ValueError(f"unsupported token pattern {name}: {value!r}")
    return _PatternToken(**fields)


@lru_cache(maxsize=1)
def _compiled_rules() -> tuple[tuple[int, str, tuple[tuple[_PatternToken, ...], ...]], ...]:
    """(rule index, key, compiled patterns) of every rule (see ``_matches``)."""
    out = []
    for index, rule in enumerate(_RULES):
        patterns = tuple(tuple(_compile_token(t) for t in p) for p in rule.patterns)
        for p in patterns:  # a match starts and ends at a required token
            if (p[0].least, p[0].most, p[-1].least, p[-1].most) != (1, 1, 1, 1):
                raise ValueError(f"rule {rule.key}: a pattern must start and end with one token")
        out.append((index, rule.key, patterns))
    return tuple(out)


def _token_ok(t: _PatternToken, i: int, w: _Words) -> bool:
    return (
        (t.lemmas is None or w.lemma_h[i] in t.lemmas)
        and (t.lowers is None or w.lower_h[i] in t.lowers)
        and (t.regex is None or t.regex.search(w.lowers[i]) is not None)
        and (t.not_orths is None or w.orth_h[i] not in t.not_orths)
        and (t.space is None or w.space[i] == t.space)
    )


def _ends(pattern: tuple[_PatternToken, ...], k: int, i: int, w: _Words, out: set[int]) -> None:
    """Add to ``out`` every end of a match of ``pattern[k:]`` that starts at token ``i``."""
    if k == len(pattern):
        out.add(i)
        return
    t, n = pattern[k], w.n
    j, reps = i, 0
    while True:
        if reps >= t.least:
            _ends(pattern, k + 1, j, w, out)
        if reps == t.most or j >= n or not _token_ok(t, j, w):
            return
        j += 1
        reps += 1


def _active_rules(w: _Words) -> tuple[str, ...]:
    """Keys of the rules with a pattern whose anchor words (``_anchors``) are all in the
    text: the only rules that can match it."""
    return tuple(key for _i, key, _p in _active(w))


@lru_cache(maxsize=1)
def _anchor_words() -> dict[int, frozenset[int]]:
    """Every anchor hash of any rule, by attribute: a doc's words outside them never
    decide which rules are active."""
    out: dict[int, set[int]] = {LEMMA: set(), LOWER: set()}
    for _key, patterns in _rule_anchors():
        for anchors in patterns:
            for attr, hashes in anchors:
                out[attr] |= hashes
    return {attr: frozenset(hashes) for attr, hashes in out.items()}


@lru_cache(maxsize=1)
def _anchor_index() -> tuple[
    dict[int, dict[int, frozenset[int]]],
    tuple[tuple[tuple[int, str, tuple[tuple[_PatternToken, ...], ...]], frozenset[int]], ...],
]:
    """The anchors of ``_rule_anchors`` numbered: per attribute, each anchor hash -> the
    numbers of the anchors (attribute, hashes) it satisfies; and per pattern, in rule
    order, its rule's compiled form and the numbers of the pattern's anchors."""
    numbers: dict[tuple[int, frozenset[int]], int] = {}
    by_hash: dict[int, dict[int, set[int]]] = {LEMMA: defaultdict(set), LOWER: defaultdict(set)}
    patterns = []
    for compiled, (_key, anchors_of) in zip(_compiled_rules(), _rule_anchors(), strict=True):
        for anchors in anchors_of:
            ids = []
            for anchor in anchors:
                if anchor not in numbers:
                    numbers[anchor] = len(numbers)
                    attr, hashes = anchor
                    for h in hashes:
                        by_hash[attr][h].add(numbers[anchor])
                ids.append(numbers[anchor])
            patterns.append((compiled, frozenset(ids)))
    index = {attr: {h: frozenset(n) for h, n in hs.items()} for attr, hs in by_hash.items()}
    return index, tuple(patterns)


_Compiled = tuple[int, str, tuple[tuple[_PatternToken, ...], ...]]
#: The active rules (``_active``) by the anchor words a text holds (lemma hashes, lower
#: hashes): texts share them (about 900 distinct among 6,500 decision and recommendation
#: texts of 600 meetings), so the patterns are tested once per set. Starts over beyond
#: the limit.
_ACTIVE: dict[tuple[frozenset[int], frozenset[int]], tuple[_Compiled, ...]] = {}
_ACTIVE_MAX = 20_000


def _active(w: _Words) -> tuple[_Compiled, ...]:
    words = _anchor_words()
    lemmas = words[LEMMA].intersection(w.lemma_h)
    lowers = words[LOWER].intersection(w.lower_h)
    if not (lemmas or lowers):
        return ()
    found = _ACTIVE.get((lemmas, lowers))
    if found is not None:
        return found
    # The anchors the text satisfies (one of their words in it), then the rules with a
    # pattern whose anchors are all among them: one subset test per pattern.
    index, patterns = _anchor_index()
    satisfied: set[int] = set()
    for attr, present in ((LEMMA, lemmas), (LOWER, lowers)):
        for h in present:
            satisfied |= index[attr][h]
    out: list[_Compiled] = []
    for compiled, anchors in patterns:  # a rule's patterns stand together: added once
        if anchors <= satisfied and (not out or out[-1] is not compiled):
            out.append(compiled)
    if len(_ACTIVE) >= _ACTIVE_MAX:
        _ACTIVE.clear()
    found = _ACTIVE[(lemmas, lowers)] = tuple(out)
    return found


def _matches(w: _Words) -> list[tuple[str, int, int]]:
    """(rule key, start, end) of every match of the rules' patterns in a text, ordered by
    start, longest first, then by rule.

    What spaCy's ``Matcher`` with every rule's patterns finds on the text's doc (all
    matches, optional and repeated tokens tried every way, each (rule, start, end) once),
    worked out in Python on the token layer's hashes: only the rules whose anchor words the
    text holds (``_active_rules``) are tried, and each pattern only where its first token
    matches. tests/test_decisions.py compares the two.
    """
    if not w.n:
        return []
    found: list[tuple[int, int, int, str]] = []
    for index, key, patterns in _active(w):
        spans: set[tuple[int, int]] = set()
        for pattern in patterns:
            first = pattern[0]
            if first.lemmas is not None:  # where the first token can match, by its words
                starts = [i for i, h in enumerate(w.lemma_h) if h in first.lemmas]
            elif first.lowers is not None:
                starts = [i for i, h in enumerate(w.lower_h) if h in first.lowers]
            else:
                starts = list(range(w.n))
            for i in starts:
                if _token_ok(first, i, w):
                    ends: set[int] = set()
                    _ends(pattern, 1, i + 1, w, ends)
                    spans.update((i, e) for e in ends)
        found += [(start, -end, index, key) for start, end in spans]
    found.sort()
    return [(key, start, -neg_end) for start, neg_end, _index, key in found]


@lru_cache(maxsize=1)
def _lemma_fix_hashes() -> dict[int, int]:
    """Hash of each lower-case form in ``_LEMMA_FIXES`` -> hash of its lemma."""
    strings = danish_nlp().vocab.strings
    return {strings.add(form): strings.add(lemma) for form, lemma in _LEMMA_FIXES.items()}


def _doc(text: str) -> Doc:
    """The lemmatised spaCy doc of ``text`` with the lemmas ``_LEMMA_FIXES`` corrects: what
    the token layer (``_Words``) holds, as spaCy objects (the tests' reference)."""
    doc = lemmatised(text)
    fixes = _lemma_fix_hashes()
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in fixes:
            doc[i].lemma_ = doc.vocab.strings[fixes[lower]]
    return doc


#: String hash -> string, for the token layer: a dict lookup is cheaper than the
#: string store's, and the forms of a corpus recur.
_STRINGS: dict[int, str] = {}


def _string_of(strings: StringStore) -> Callable[[int], str]:
    """A lookup of strings by hash through ``_STRINGS``, filled from ``strings``."""
    get = _STRINGS.get

    def string(h: int) -> str:
        s = get(h)
        if s is None:
            s = _STRINGS[h] = strings[h]
        return s

    return string


# --- The token layer ------------------------------------------------------------------
_ATTRS = [LEMMA, LOWER, ORTH, IS_SPACE, IS_PUNCT, IS_ALPHA, IS_STOP, LIKE_NUM, IDX]

#: One token as the token layer holds it: lemma, lower-case and orth hashes, the flags
#: space, punct, alpha, stop and like_num (0/1), and its text, lower-case form and lemma.
_Token = tuple[int, int, int, int, int, int, int, int, str, str, str]


#: What a body reaches that is a conclusion, not an item ("nå til enighed").
_CONCLUSIONS = frozenset({"enighed", "afklaring", "løsning", "konklusion", "beslutning", "aftale"})


def _reached_agreement(w: _Words, head: int) -> bool:
    """ "nå til enighed", "nåede ikke frem til en løsning": reaching (or failing to reach)
    a conclusion, not reaching the item on the agenda ("nåede ikke til punkt 7")."""
    after = [t for t in w.lowers[head + 1 : head + 5] if t != "ikke"]
    if after[:1] == ["frem"]:
        return True
    return after[:1] == ["til"] and any(t in _CONCLUSIONS for t in after[1:3])


class _Words:
    """The plain token layer of one text: per token its text, lower-case form, lemma,
    hashes and flags as Python sequences, worked out once per text.

    The rules index these with token positions instead of making spaCy ``Token`` and
    ``Span`` objects, each attribute of which is a string-store lookup: a decision text is
    read by several rules, each looking at a few tokens around every trigger. A span is a
    (start, end) pair of positions, its text a slice of the text (``span_text``).
    """

    __slots__ = (
        "text",
        "n",
        "texts",
        "lowers",
        "lemmas",
        "lemma_h",
        "lower_h",
        "orth_h",
        "space",
        "punct",
        "alpha",
        "stop",
        "num",
        "idx",
        "sentences",
    )

    def __init__(self, text: str, tokens: Sequence[_Token], idx: Sequence[int]) -> None:
        self.text = text  # the doc's text (``doc.text`` joins its tokens on every call)
        self.n = len(tokens)
        # The hashes and flags stay the tuples the transposition makes (only indexed and
        # searched); the strings are lists, as spaCy's would be.
        cols = list(zip(*tokens, strict=True)) if tokens else [() for _ in range(11)]
        self.lemma_h, self.lower_h, self.orth_h = cols[0], cols[1], cols[2]
        # Flags as 0/1: read as truth values only.
        self.space, self.punct, self.alpha, self.stop, self.num = cols[3:8]
        self.texts, self.lowers, self.lemmas = list(cols[8]), list(cols[9]), list(cols[10])
        self.idx = idx
        self.sentences: tuple[tuple[int, int, int], ...] | None = None

    @classmethod
    def from_doc(cls, text: str, doc: Doc) -> _Words:
        """The token layer read from spaCy's lemmatised doc of ``text`` (with the lemmas
        ``_LEMMA_FIXES`` corrects): the reference the pieces (``_words``) must equal."""
        if not len(doc):
            return cls(text, (), [])
        rows = doc.to_array(_ATTRS).tolist()
        fixes = _lemma_fix_hashes()
        string = _string_of(doc.vocab.strings)
        tokens = []
        for lemma, lower, orth, *flags, _idx in rows:
            lemma = fixes.get(lower, lemma)
            tokens.append((lemma, lower, orth, *flags, string(orth), string(lower), string(lemma)))
        return cls(text, tokens, [row[-1] for row in rows])

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), as ``doc[start:end].text``."""
        end = min(end, self.n)
        if start >= end:
            return ""
        last = end - 1
        return self.text[self.idx[start] : self.idx[last] + len(self.texts[last])]


#: Each token text's entry of the layer (see ``_token``); starts over beyond the limit.
_TOKENS: dict[str, _Token] = {}
_TOKENS_MAX = 200_000


def _token(orth: str) -> _Token:
    """A token of the layer from its text: the lexeme's attributes and the lemma the
    pipeline gives its lower-case form (``nlp.lemmatised``), corrected by ``_LEMMA_FIXES``."""
    found = _TOKENS.get(orth)
    if found is not None:
        return found
    vocab = danish_nlp().vocab
    lex = vocab[orth]
    lemma = _lemma_fix_hashes().get(lex.lower)
    if lemma is None:
        lemma = lemma_hash(lex.lower, vocab.strings)
    flags = (lex.is_space, lex.is_punct, lex.is_alpha, lex.is_stop, lex.like_num)
    if len(_TOKENS) >= _TOKENS_MAX:
        _TOKENS.clear()
    found = _TOKENS[orth] = (
        lemma,
        lex.lower,
        lex.orth,
        *(int(f) for f in flags),
        orth,
        lex.lower_,
        vocab.strings[lemma],
    )  # type: ignore[assignment]
    return found  # type: ignore[return-value]


def _piece_words(piece: str, orths: tuple[str, ...]) -> tuple[tuple[_Token, ...], list[int]]:
    """A piece's tokens (see ``nlp.Pieces``) and their widths: length, plus one for the
    last when a space follows it (so that offsets are running sums of widths)."""
    widths = [len(t) for t in orths]
    widths[-1] += len(piece) - sum(widths)
    return tuple(_token(t) for t in orths), widths


_PIECES = Pieces(_piece_words)


@lru_cache(maxsize=8192)
def _words(text: str) -> _Words:
    """The token layer of ``text`` (cached: many texts recur word for word).

    Built from the tokens of the text's pieces (``nlp.Pieces``), each piece's tokens and
    attributes worked out once: the same layer as spaCy's doc gives (``_Words.from_doc``,
    compared in tests/test_decisions.py) without a doc per text.
    """
    pieces = _PIECES(text)
    if pieces is None:  # rare: spaCy's special cases might join two pieces
        return _Words.from_doc(text, lemmatised(text))
    tokens: list[_Token] = []
    widths: list[int] = []
    for piece_tokens, piece_widths in pieces:
        tokens += piece_tokens
        widths += piece_widths
    return _Words(text, tokens, [0, *accumulate(widths[:-1])] if tokens else [])


# --- Token helpers --------------------------------------------------------------------
def _verb_form(w: _Words, i: int) -> str:
    """past, participle, passive, present or inf, from the surface form of verb token ``i``."""
    low, lemma = w.lowers[i], w.lemmas[i]
    if low in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[low]
    if low == lemma or low == "tage":  # the lookup table lemmatises "tage" to "tag"
        return "inf"
    if low.endswith(("ede", "te")):
        return "past"
    if low.endswith("edes") and low != lemma + "s":
        # the s-passive's past ("Punktet drøftedes.", "behandledes"), as "blev drøftet"; not
        # the present passive of a verb whose stem ends so ("fredes")
        return "past"
    if low.endswith("s"):
        return "passive"
    if low.endswith("r"):
        return "present"
    if low.endswith("t"):
        return "participle"
    return "inf"


def _is_stop(w: _Words, i: int) -> bool:
    return bool(w.space[i]) or w.texts[i] in _CLAUSE_STOP


def _left(w: _Words, i: int, n: int) -> list[int]:
    """Up to ``n`` tokens before token ``i`` in the same clause, nearest first."""
    space, texts = w.space, w.texts
    j, low = i - 1, max(i - 1 - n, -1)
    while j > low and not (space[j] or texts[j] in _CLAUSE_STOP):
        j -= 1
    return list(range(i - 1, j, -1))


def _left_across_wrap(w: _Words, i: int, n: int) -> list[int]:
    """``_left``, read on over a line break that only wraps the sentence ("… hvis en
    borger har" / "afslået tilbuddet": the clause's start, its "hvis", on the line above)."""
    left = _left(w, i, n)
    j = left[-1] - 1 if left else i - 1
    if (
        len(left) < n
        and j > 0
        and w.space[j]
        and w.texts[j].count("\n") == 1
        and j + 1 < w.n
        and _soft_wrap(w.texts, j)
    ):
        left += _left(w, j, n - len(left))
    return left


def _right(w: _Words, i: int, n: int) -> list[int]:
    """Up to ``n`` tokens after token ``i`` in the same clause, nearest first."""
    space, texts = w.space, w.texts
    j, high = i + 1, min(i + 1 + n, w.n)
    while j < high and not (space[j] or texts[j] in _CLAUSE_STOP):
        j += 1
    return list(range(i + 1, j))


def _negation(w: _Words, head: int) -> int | None:
    """The negation of token ``head`` ("ikke godkendt", "godkendte ikke"), if any.

    "ikke blot/kun …" does not negate, nor does a following "ikke at …", which negates
    the infinitive ("besluttede ikke at gå videre" is a decision).
    """
    lowers = w.lowers
    # (the tokens looked at lie within three before and two after the head: where none of
    # them is a negation word, most heads, the clause need not be walked)
    if _NEGATIONS.isdisjoint(lowers[max(head - 3, 0) : head + 3]):
        return None
    for k in _left(w, head, 3) + _right(w, head, 2):
        if lowers[k] in _NEGATIONS:
            nxt = lowers[k + 1] if k + 1 < w.n else ""
            if nxt in _NOT_NEGATING or (k > head and nxt == "at"):
                continue
            return k
    return None


#: The item itself as a clause's subject ("punktet", "sagen"): what happens to it is the
#: item's outcome even in a result clause.
_ITEM_SUBJECTS = frozenset({"punktet", "sagen", "emnet", "drøftelsen", "behandlingen"})


def _at_resumed_session(w: _Words, k: int) -> bool:
    """Whether token ``k`` is the "hvor" of "sagen blev genoptaget den 14. juni, hvor
    byrådet godkendte …": the time of the meeting's resumed session, whose act the clause
    tells (a meeting suspended and resumed on another day), no condition."""
    if w.lowers[k] != "hvor" or k == 0 or w.texts[k - 1] != ",":
        return False
    return any(w.lowers[j].startswith(("genoptag", "genoptog")) for j in range(max(0, k - 8), k))


#: The subordinators that are also prepositions of time ("før kl. 12", "inden 1. marts").
_TIME_PREPOSITIONS = frozenset({"før", "inden", "indtil"})
#: "kl.", "den", "udgangen": what may follow such a preposition before its time.
_CLOCK_WORDS = frozenset({"kl", "kl.", "klokken"})


def _time_preposition(w: _Words, k: int) -> bool:
    """Whether the subordinator at token ``k`` is a preposition before a time ("om
    formiddagen før kl. 12 blev vedtaget", "inden 1. marts", "indtil den 30. juni"): it
    opens no clause, so the verb after the time is the main clause's."""
    if w.lowers[k] not in _TIME_PREPOSITIONS or k + 1 >= w.n:
        return False
    nxt = k + 1
    if w.lowers[nxt] == "den" and nxt + 1 < w.n:
        nxt += 1
    return w.lowers[nxt] in _CLOCK_WORDS or bool(w.num[nxt])


def _subordinate(w: _Words, left: list[int]) -> bool:
    """Whether the clause before a trigger (``left``, nearest first) is subordinate."""
    lowers = w.lowers
    subs = [k for k in left if lowers[k] in _SUBORDINATORS and not _time_preposition(w, k)]
    if subs and not (len(subs) == 1 and _at_resumed_session(w, subs[0])):
        return True
    if not left:
        return False
    first = left[-1]
    if lowers[first] == "så" and len(left) >= 2 and first > 0 and w.texts[first - 1] == ",":
        # ", så barnet udsætter skolestart et år": a result clause with a subject of its
        # own after the comma (what the decision brings about); ", så udsættes sagen"
        # (the verb right after "så") is a main clause; so is one whose subject is the
        # item itself (", så punktet er udsat til næste møde": the item's outcome)
        return lowers[first + 1] not in _ITEM_SUBJECTS
    if lowers[first] not in _CLAUSE_INITIAL_SUBORDINATORS:
        return False
    return first == 0 or _is_stop(w, first - 1)


def _attached_idet(w: _Words, anchor: int) -> bool:
    """Whether the trigger stands in an "idet" clause after a comma ("Anbefales over for
    Byrådet, idet høringssvaret fra X imødekommes"): an approval there is how the main
    clause's outcome is given, not an outcome of its own (a discussion told there, "Sagen
    udskydes, idet der dog kort blev drøftet …", is still one)."""
    for k in _left(w, anchor, 12):
        if w.lowers[k] == "idet":
            return k > 0 and w.texts[k - 1] == ","
    return False


def _coordinated_subordinate(w: _Words, anchor: int, left: list[int]) -> bool:
    """Whether the trigger's clause is the second of two joined under one subordinator
    ("når projektet er afsluttet og regnskabet er godkendt"): a condition, not the
    decision. Only a subordinator before the "og"/"eller" in the same clause counts."""
    lowers = w.lowers
    joint = next((k for k in left if lowers[k] in ("og", "eller")), None)
    if joint is None:
        return False
    return any(lowers[k] in _SUBORDINATORS for k in _left(w, joint, 8))


#: A council's procedural motion by its noun ("Forslaget om tilbagesendelse", "forslag om
#: udsættelse", "Forslaget om oversendelse"): carrying it sends the case back or on, or
#: puts it off; it approves nothing.
_MOTIONS = {"tilbagesendelse": "referred", "oversendelse": "referred", "udsættelse": "postponed"}


def _procedural_motion(w: _Words, left: list[int]) -> str | None:
    """The type of a procedural motion named right before an approval ("Forslaget om
    tilbagesendelse blev vedtaget" is referred), else None."""
    for k in left:
        motion = _MOTIONS.get(w.lowers[k])
        if motion and k >= 2 and w.lowers[k - 1] == "om" and w.lemmas[k - 2] == "forslag":
            return motion
    return None


#: The forum's own recommendation as the subject of its adoption ("Anbefalingen er hermed
#: vedtaget", "Anbefalingerne blev vedtaget").
_RECOMMENDATION_NOUNS = frozenset({"anbefalingen", "anbefalingerne"})
#: What may stand between that subject and its participle: the auxiliary and adverbs.
_CARRIED_BETWEEN = frozenset(
    {"er", "blev", "hermed", "dermed", "således", "derfor", "herefter", "enstemmigt"}
)


def _recommendation_carried(w: _Words, anchor: int) -> bool:
    """Whether the approval at ``anchor`` carries the forum's recommendation: "vedtaget",
    a motion's word, its subject opening the sentence with only the auxiliary and adverbs
    between ("Anbefalingen er hermed vedtaget" after the votes on a proposal that the
    committee recommend). Not "Anbefalingen fra Ældrerådet blev vedtaget" (another body's
    advice adopted) nor "Anbefalingen blev godkendt" (where the administration's proposal
    is headed "Anbefaling", it is approved)."""
    if w.lemmas[anchor] != "vedtage":
        return False
    k = anchor - 1
    while k >= 0 and w.lowers[k] in _CARRIED_BETWEEN:
        k -= 1
    if k < 0 or k == anchor - 1 or w.lowers[k] not in _RECOMMENDATION_NOUNS:
        return False
    return k == 0 or w.texts[k - 1] in (".", "!", "?", ":") or bool(w.space[k - 1])


def _sentences(w: _Words) -> tuple[tuple[int, int, int], ...]:
    """Sentences and list lines of a text: (start, end, paragraph number) of each.

    A standalone ".", "!" or "?" before a capital, digit or line end ends a sentence
    (abbreviations such as "bl.a.", "d." and "B." are single tokens, and "bla. på" goes
    on); a line break ends a sentence, a blank line a paragraph. Worked out once per text:
    classification, follow-ups and positions read the same sentences.
    """
    if w.sentences is not None:
        return w.sentences
    n, texts, space, punct = w.n, w.texts, w.space, w.punct

    def opens(i: int) -> bool:  # whether a sentence can start at token i
        while i < n and space[i]:
            i += 1
        if i >= n:
            return True
        first = texts[i][:1]
        return not first.isalpha() or first.isupper()

    bounds: list[tuple[int, int, int]] = []
    start, para = 0, 0
    for i in range(n):
        if space[i]:
            if i > start:
                bounds.append((start, i, para))
            start = i + 1
            if texts[i].count("\n") > 1:
                para += 1
        elif texts[i] in (".", "!", "?") and opens(i + 1):
            bounds.append((start, i + 1, para))
            start = i + 1
    if start < n:
        bounds.append((start, n, para))
    w.sentences = tuple((a, b, p) for a, b, p in bounds if not all(punct[a:b]))
    return w.sentences


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    strings = danish_nlp().vocab.strings
    return frozenset(strings.add(w) for w in words)


def _none_in(
    w: _Words, a: int, b: int, lemmas: frozenset[str], lowers: frozenset[str] = frozenset()
) -> bool:
    """Whether no token from ``a`` to ``b`` has one of ``lemmas`` or ``lowers``: a
    sentence the token-by-token tests below need not walk (most sentences of a decision)."""
    return _hashes(lemmas).isdisjoint(w.lemma_h[a:b]) and (
        not lowers or _hashes(lowers).isdisjoint(w.lower_h[a:b])
    )


_LEADING_BULLET = re.compile(r"^\s*[-–•*]\s+")


def _strip_bullet(text: str) -> str:
    return _LEADING_BULLET.sub("", text).strip()


# --- Triggers -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    dtype: str
    evidence: str
    weak: bool
    anchor: int


def _head(w: _Words, start: int, end: int, rule: _Rule) -> int | None:
    if not rule.head:
        return None
    for k in range(start, end):
        if w.lemmas[k] in rule.head or w.lowers[k] in rule.head:
            return k
    return None


def _decided_infinitive(w: _Words, head: int) -> bool:
    """An infinitive after a past decision: "besluttede at godkende", "valgte at udsætte",
    "Vi blev enige om at godkende" (the agreed act is the decision); or opening a sentence,
    the decision's own infinitive form ("At anbefale over for Økonomiudvalget, at …")."""
    if head < 1 or w.lowers[head - 1] != "at":
        return False
    if (
        head == 1
        or w.texts[head - 2] in (".", ":", "!", ";")
        or _line_start(w, head - 1) == head - 1
    ):
        return True
    prev = head - 2
    if w.lowers[prev] == "om" and prev >= 2 and w.lowers[prev - 1] in ("enige", "enig"):
        return w.lowers[prev - 2] in ("blev", "var", "er", "bliver")
    return w.lemmas[prev] in ("beslutte", "vælge") and _verb_form(w, prev) in _PAST


def _body_stem(word: str) -> str:
    """Stem of a body's name: "Byrådets"/"byrådet"/"Byråd" -> byråd, "ØU" -> økonomiudvalg."""
    w = word.lower().removesuffix("'s")
    w = _BODY_ABBREVIATIONS.get(w, w)
    for suffix in ("ets", "ens", "et", "en", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    # ("Rødby kommunalbestyrelse" as the forum, "Kommunalbestyrelsen vedtog …": a noun in
    # -e loses it with the definite ending, so the bare form's stem drops it too)
    return w[:-1] if w.endswith("e") and len(w) >= 6 else w


#: "KS", "ØU": a body's initials (as ``_target`` reads them).
_INITIALISM = re.compile(r"[A-ZÆØÅ]{2,5}")


def _to_forum_itself(w: _Words, start: int, end: int, forum: str | None) -> bool:
    """Whether the body a case is sent to (tokens ``start`` to ``end``) is the forum itself
    named by its kind in lower case ("Status sendes til udvalget" in
    Arbejdsmiljøudvalget's minutes) or by its initials ("sendes til KS" in Krisestaben's):
    a report back, not the case sent on."""
    if forum is None:
        return False
    span = range(start, min(end, w.n))
    initials = [w.texts[k] for k in span if _INITIALISM.fullmatch(w.texts[k])]
    if len(initials) == 1 and abbreviates_forum(initials[0], forum):
        return True  # "… sendes til KS i morgen" in Krisestaben's minutes: its own initials
    targets = [k for k in span if _names_body(w.lowers[k])]
    if len(targets) != 1 or not w.texts[targets[0]][:1].islower():
        return False
    stem = _body_stem(w.texts[targets[0]])
    return any(_body_stem(x).endswith(stem) for x in re.findall(r"[\w']+", forum))


def _other_body(w: _Words, k: int, forum: str | None) -> bool:
    """Whether token ``k`` names a body other than the forum whose minutes these are."""
    if not _OTHER_BODY.match(w.lowers[k]):
        return False
    if forum is None:
        return True
    return _body_stem(w.texts[k]) not in {_body_stem(x) for x in re.findall(r"[\w']+", forum)}


_PROPOSALS = ("indstilling", "anbefaling", "forslag")


def _owns_proposal(w: _Words, k: int) -> bool:
    """Whether body ``k`` is a genitive owning the proposal after it ("Økonomiudvalgets
    indstilling tiltrådt") or names where the proposal before it came from
    ("Anbefalingen fra Økonomiudvalget blev godkendt"): the forum approves the other
    body's proposal."""
    if k >= 2 and w.lowers[k - 1] == "fra" and w.lemmas[k - 2] in _PROPOSALS:
        return True
    return w.lowers[k].endswith("s") and k + 1 < w.n and w.lemmas[k + 1] in _PROPOSALS


def _judge(
    w: _Words,
    start: int,
    end: int,
    rule: _Rule,
    recommendation: bool,
    forum: str | None,
    head: int | None,
) -> tuple[str | None, int, int]:
    """The type a match (tokens ``start`` to ``end``, its head ``_head``, which the caller
    has too) stands for in its context (None: not this forum's decision).

    Also returns the evidence bounds: the match widened over a negation.
    """
    lowers = w.lowers
    anchor = head if head is not None else start
    left = _left_across_wrap(w, anchor, 4)
    neg = _negation(w, anchor) if head is not None else None
    if neg is not None:
        start, end = min(start, neg), max(end, neg + 1)
    if (
        rule.check is not None
        and head is not None
        and not rule.check(w, head)
        and not (rule.check is _not_as_proposed and _forum_recommends(w, head, forum))
        and not (rule.check is _is_submission and _bare_body_elsewhere(w, head, forum))
    ):
        return None, start, end
    if rule.elsewhere and head is not None:
        body = _submitted_to(w, head)
        if body is not None and _names_forum(w, body, forum):
            return None, start, end
    if rule.onward and head is not None:
        after = head + 1
        if after < w.n and w.lemmas[after] in _APPROVE | {"tiltræde"}:
            after += 1  # "Indstilles godkendt", "anbefales tiltrådt"
        named, target_end = _target(w, after)
        if named and _to_forum_itself(w, after, target_end, forum):
            return None, start, end  # "Status sendes til udvalget": back to this forum
        end = max(end, after, target_end) if named else max(end, after)
    if _subordinate(w, left) or {lowers[k] for k in left[:2]} & _EARLIER:
        return None, start, end
    if _coordinated_subordinate(w, anchor, left):
        return None, start, end
    if (
        rule.dtype == "recommended"
        and anchor >= 2
        and lowers[anchor - 1] in _RELATIVE
        and w.texts[anchor - 2] == ","
    ):
        # "at sende et høringssvar, der anbefaler beboerlicens": what the reply says
        return None, start, end
    if rule.dtype == "approved" and _attached_idet(w, anchor):
        return None, start, end
    if rule.dtype == "approved" and (motion := _procedural_motion(w, left)):
        # "Forslaget om tilbagesendelse blev vedtaget": the motion carried is the outcome
        return motion, start, end
    if rule.dtype == "approved" and _recommendation_carried(w, anchor):
        # "Anbefalingen er hermed vedtaget" (under a vote): the forum's recommendation to
        # the deciding body carried, as "Indstillingen anbefales" is
        return "recommended", start, end
    if not rule.onward:
        # "Kommunalbestyrelsen godkendte": another body's decision; "Dagsordenen til ØU
        # blev godkendt": the body is where the agenda goes, the approval the forum's own
        if any(
            _other_body(w, k, forum)
            and not (k > 0 and lowers[k - 1] in _BODY_AS_ADDRESSEE)
            and not _owns_proposal(w, k)
            for k in left[:2]
        ):
            return None, start, end
        right = _right(w, anchor, 2)
        if len(right) == 2 and lowers[right[0]] == "af" and _other_body(w, right[1], forum):
            return None, start, end
        if not recommendation and head is not None and _later_act(w, head, left, forum):
            return None, start, end
    if not recommendation and any(lowers[k] in _EXPECTED for k in left[:3]):
        # "Planen forventes endeligt vedtaget i byrådet i september": what is expected
        # later (the process ahead told at a hearing), no decision of this meeting
        return None, start, end
    verb = head if head is not None else anchor
    if not recommendation and any(lowers[k] in _HEDGES for k in (*left[:2], *_right(w, verb, 2))):
        # "Drøftet. Aflyses sandsynligvis pga. situationen – endelig beslutning 2. april.":
        # the likely act hedged, decided later
        return None, start, end
    modal = next((lowers[k] for k in left if lowers[k] in _MODALS), None)
    if modal is None and head is not None and _verb_form(w, head) == "passive":
        # "Indtil …, skal genbesættelser af administrative stillinger godkendes af direktøren":
        # a rule set for later, the modal opening an inverted clause with its subject
        # between it and the passive verb
        modal = next((lowers[k] for k in _left(w, anchor, 8) if lowers[k] in _DUTY_MODALS), None)
    if neg is not None:
        if modal and not recommendation and modal not in _ABILITY_MODALS:
            return None, start, end
        if _not_yet(w, neg):
            # "Udsættes, da lønrammen endnu ikke er fastlagt": what is still to come, the
            # reason or the state of things, no refusal
            return None, start, end
        if _excepted_part(w, min(anchor, neg)):
            return None, start, end
        return rule.negated, start, end
    if rule.dtype is None:
        return None, start, end
    if rule.able and modal in _ABILITY_MODALS:
        modal_at = next(k for k in left if lowers[k] == modal)
        return rule.able, min(start, modal_at), end
    if recommendation or rule.timeless:
        return rule.dtype, start, end
    if modal:
        return None, start, end
    if head is not None:
        form = _verb_form(w, head)
        if form == "past" and head > 0 and lowers[head - 1] in _DETERMINERS:
            return None, start, end
        if form not in rule.forms and not (form == "inf" and _decided_infinitive(w, head)):
            return None, start, end
        if form in ("present", "passive") and not rule.onward:
            right = _right(w, head, 8)
            ahead = {lowers[k] for k in right}
            if ahead & _FUTURE or _in_month(w, right):
                return None, start, end
    return rule.dtype, start, end


def _not_yet(w: _Words, neg: int) -> bool:
    """Whether the negation at ``neg`` says "not yet" ("endnu ikke", "ikke endnu")."""
    return (neg > 0 and w.lowers[neg - 1] == "endnu") or (
        neg + 1 < w.n and w.lowers[neg + 1] == "endnu"
    )


#: Relative pronouns: "høringssvar, som formand og næstformand godkender".
_RELATIVE = frozenset({"som", "der"})
#: "som årets frivillige", "som månedens medarbejder": a title of the period after "som".
_TITLE_OF_THE_PERIOD = frozenset({"årets", "månedens", "ugens"})
#: "med undtagelse af", "bortset fra", "undtagen": the part of a proposal left out of the
#: outcome the sentence opens with.
_EXCEPTION_WORDS = frozenset({"undtagelse", "bortset", "undtagen"})


def _excepted_part(w: _Words, at: int) -> bool:
    """Whether the refusal at token ``at`` stands in a relative clause on the part an
    outcome excepts ("Anbefales med undtagelse af overførslen på vejområdet, som udvalget
    ikke kan anbefale", "Godkendt, bortset fra punkt 3, som ikke kan tiltrædes"): the
    sentence's outcome is the item's, the part refused no outcome of its own. The
    relative pronoun after a comma, the exception's word before it in the same
    sentence."""
    lowers = w.lowers
    for k in range(at - 1, max(at - 12, 1), -1):
        if lowers[k] in ".;:":
            return False
        if lowers[k] in _RELATIVE and w.texts[k - 1] == ",":
            for q in range(k - 2, max(k - 15, -1), -1):
                if lowers[q] in ".;:":
                    return False
                if lowers[q] in _EXCEPTION_WORDS:
                    return True
            return False
    return False


#: People and offices that act after the meeting on the forum's behalf: "Formanden
#: godkender referatet", "Forvaltningen vedtager den endelige plan".
_DELEGATES = frozenset(
    {
        "formand",
        "formanden",
        "næstformand",
        "næstformanden",
        "formandskab",
        "formandskabet",
        "forvaltningen",
        "administrationen",
        "sekretariatet",
        "direktøren",
        "borgmesteren",
    }
)


def _later_act(w: _Words, head: int, left: list[int], forum: str | None = None) -> bool:
    """Whether a trigger in the present describes a later act, not this meeting's decision.

    A relative clause describes its noun ("Rådet udarbejder høringssvar, som formand og
    næstformand godkender", "planen, der vedtages i juni"); a present verb whose subject is
    the chair or the administration is what they will do ("Formanden godkender
    referatet"), unless the forum is named by that office ("Borgmesteren kan ikke
    tilslutte sig …" in the minutes of "Borgmester/direktion": the meeting's own act). A
    past form ("et forslag, som blev godkendt") still records the decision.
    """
    if _verb_form(w, head) not in ("present", "passive", "inf"):
        return False
    lowers = w.lowers
    if any(lowers[k] in _DELEGATES and not _office_of_forum(w.texts[k], forum) for k in left[:3]):
        return True
    if _verb_form(w, head) == "passive":
        # "Høringssvaret godkendes af formandskabet": the present passive naming the chair
        # (or the administration) as who will do it, after the meeting
        right = _right(w, head, 2)
        if len(right) == 2 and lowers[right[0]] == "af" and lowers[right[1]] in _DELEGATES:
            return True
    for k in _left(w, head, 8):
        if lowers[k] in _RELATIVE and k > 0:
            if k + 1 < w.n and lowers[k + 1] in _TITLE_OF_THE_PERIOD:
                # "Prisen som årets ildsjæl gives til …": "som" the preposition naming
                # the title awarded ("as this year's …"), no relative clause
                continue
            before = k - 1
            # after a comma or right after a noun ("høringssvar som …"), not "blev der"
            if w.texts[before] == "," or (
                w.alpha[before] and not w.stop[before] and not w.space[before]
            ):
                return True
    return False


def _asked_lines(w: _Words, i: int, j: int) -> bool:
    """Whether no sentence ends between tokens ``i`` < ``j`` but at line breaks that open
    a point of the recommendation ("anbefaler Byrådet,\n- at lokalplanen vedtages")."""
    texts, space, lowers = w.texts, w.space, w.lowers
    for k in range(i, j):
        if texts[k] in (".", "!", "?", ";"):
            return False
        if space[k] and "\n" in texts[k]:
            if k + 1 < w.n and _soft_wrap(texts, k):
                continue  # "anbefaler, at Teknik- og Miljøudvalget\nvedtager ordning B"
            nxt = k + 1
            while nxt < j and (texts[nxt] in ("-", "–", "•", "*") or w.num[nxt]):
                nxt += 1  # a bullet or a point's number
            if nxt < w.n and texts[nxt] in (".", ")") and nxt > k + 1:
                nxt += 1  # "1." / "a)"
            if nxt >= w.n or lowers[nxt] != "at":
                return False
    return True


def _soft_wrap(texts: list[str], k: int) -> bool:
    """Whether the line break at whitespace token ``k`` only wraps a sentence: a small
    letter's word (or an amount after a small word) opens the next line and the line before
    ends in a word (no colon, no comma: those lead a list's points)."""
    word, before = texts[k + 1], texts[k - 1] if k else ""
    if word[:1].isdigit() and before.isalpha() and before.islower():
        # "… at en kommunegaranti på" / "12 mio. kr. vedtages": an amount opening the next
        # line after a small word (not a point's number: "1." or "a)" after it)
        return k + 2 >= len(texts) or texts[k + 2] not in (".", ")")
    return word[:1].islower() and word.isalpha() and before[-1:].isalnum()


def _asked_participle(w: _Words, hit: _Hit) -> bool:
    """An approval's participle after a recommendation with no auxiliary of its own
    ("anbefaler med 5 stemmer for lokalplanen vedtaget", "… foreslås vedtaget"): what the
    deciding body is asked to do."""
    if hit.dtype != "approved" or _verb_form(w, hit.anchor) != "participle":
        return False
    return hit.anchor == 0 or w.lowers[hit.anchor - 1] not in _AUXILIARIES


def _without_recommended_content(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """Drop what a recommendation asks the next body to do.

    "Udvalget anbefaler, at planen godkendes", "Indstilles godkendt", "anbefaler Byrådet
    at godkende", "anbefaler (med 5 stemmer for) lokalplanen vedtaget", and the points
    on the lines under it ("anbefaler Byrådet:" / "- at planen godkendes"): the approval
    is the deciding body's, not this forum's.
    """
    recs = [h for h in hits if h.dtype == "recommended"]
    out = []
    for hit in hits:
        asked = any(
            rec.anchor < hit.anchor
            and _asked_lines(w, rec.anchor, hit.anchor)
            and (
                "at" in w.lowers[rec.end : hit.start]
                or (hit.start - rec.end <= 1 and hit.dtype == "approved")
                or _asked_participle(w, hit)
            )
            for rec in recs
            if rec is not hit
        )
        if not asked:
            out.append(hit)
    return out


#: "aftalt/aftalte" (lemmatised "aftale" or "aftælle"): agreed next steps.
_AGREED = frozenset({"aftale", "aftælle"})


def _within_discussion(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """Drop an agreement on next steps made in a discussion.

    "X drøftede konsekvenserne. Det blev aftalt, at der udarbejdes en procesplan": what
    was agreed is a task for later (a follow-up), not a decision on the item, so the item
    stays discussed. "Det blev aftalt at vælge model B" (an infinitive: the agreement is
    the choice), "besluttede" and an agreement without a discussion stay decided.
    """
    out = []
    for hit in hits:
        if (
            hit.dtype == "decided"
            and (w.lemmas[hit.anchor] in _AGREED or _wished(w, hit.anchor))
            # ("Orienteringen taget til efterretning. … følgende blev aftalt: 1) HR laver
            # …": the next steps agreed on an orientation noted, follow-ups likewise)
            and any(
                h.dtype in ("discussed", "noted") and not h.weak and h.anchor < hit.anchor
                for h in hits
            )
            and (
                w.lemmas[hit.anchor] not in _AGREED
                or _agrees_on_task(w, hit.end)
                or _agrees_on_meeting(w, hit.end)
            )
        ):
            continue
        out.append(hit)
    return out


def _agrees_on_meeting(w: _Words, i: int) -> bool:
    """Whether what was agreed from token ``i`` is a meeting ("Der blev aftalt et
    opfølgende dialogmøde i april", "aftalt et nyt møde"): meeting again is the
    discussion's next step, as a task is, no decision on the item."""
    for j in range(i, min(i + 4, w.n)):
        if w.texts[j] in (".", "!", "?", ";", ","):
            return False
        if w.lowers[j].endswith("møde"):
            return True
    return False


def _after_at_blive(w: _Words, head: int) -> bool:
    """Whether the participle at ``head`` follows "at blive" ("ønsker at blive fritaget"):
    what is asked for, not what was done."""
    return head >= 2 and w.lowers[head - 1] == "blive" and w.lowers[head - 2] == "at"


def _wished(w: _Words, anchor: int) -> bool:
    """Whether the trigger at ``anchor`` stands in an at-clause of the forum's wish ("Drøftet.
    Udvalget ønsker, at der prioriteres ladepunkter"): what it wants done next, as an
    agreement on a task is, no decision of the meeting."""
    lowers = w.lowers
    for k in range(anchor - 1, max(-1, anchor - 5), -1):
        if w.texts[k] in (".", "!", "?", ";"):
            return False
        if lowers[k] == "at":
            j = k - 1
            if j >= 0 and lowers[j] == ",":
                j -= 1
            return j >= 0 and w.lemmas[j] == "ønske"
    return False


def _agrees_on_task(w: _Words, i: int) -> bool:
    """Whether an at-clause from token ``i`` says what someone does ("at der udarbejdes",
    "at formanden kontakter DSB"): a present or passive verb before the sentence ends."""
    lowers = w.lowers
    k = i
    while k < w.n and lowers[k] in (",", "blev", "det", "der"):
        k += 1
    if k + 1 < w.n and lowers[k] == ":" and w.space[k + 1]:
        # "følgende blev aftalt:" over a list of tasks ("1) HR laver oversigt …"): the
        # list's first entry says what someone does
        for j in range(k + 2, min(k + 14, w.n)):
            if w.texts[j] in (".", "!", "?", ";") or w.space[j]:
                return False
            if _verb_form(w, j) in ("present", "passive"):
                return True
        return False
    if k >= w.n or lowers[k] != "at":
        return False
    if k + 1 < w.n and lowers[k + 1] in _FOLLOW_UPS:
        return True  # "aftalte at følge op i maj": a follow-up, not a choice
    for j in range(k + 1, w.n):
        if w.texts[j] in (".", "!", "?", ";") or (
            w.space[j] and "\n" in w.texts[j] and not _wrapped_on(w, j)
        ):
            return False
        if _verb_form(w, j) in ("present", "passive"):
            return True
    return False


def _wrapped_on(w: _Words, j: int) -> bool:
    """Whether the line break at token ``j`` wraps a sentence ("… at likviditeten fremover"
    / "forelægges kvartalsvis."): one break, a small letter after it."""
    return "\n\n" not in w.texts[j] and j + 1 < w.n and w.texts[j + 1][:1].islower()


#: Infinitives of a follow-up agreed in a discussion ("at følge op", "at vende tilbage til");
#: the matter taken up again later ("at genbesøge prognosen i december", "at genvurdere").
_FOLLOW_UPS = frozenset({"følge", "vende", "genoptage", "genbesøge", "genvurdere", "revurdere"})


#: Prepositions that make a body the addressee, not the agent ("Dagsordenen til ØU").
_BODY_AS_ADDRESSEE = frozenset({"til", "for"})
#: "Ændringsforslag fra Ø", "Forslaget": a proposal put to the vote within an item.
_PROPOSAL = re.compile(r"^(?:ændrings|under|alternativ|afvisnings)?forslag(?:et|ene|s)?$")


def _numbered_point(w: _Words, k: int) -> bool:
    """Whether the proposal at token ``k`` is a plain "forslag" with its number ("Forslag 3
    blev ikke godkendt, forslag 1 og 2 godkendt"), or any proposal right after the marker
    of one of the recommendation's points ("Ad 2: Forslaget faldt …", ``point_led``): one
    of the item's numbered points put to the vote, a split decision whose refused point
    counts, no member's amendment."""
    if w.lowers[k] == "forslag" and k + 1 < w.n and w.num[k + 1]:
        return True
    # (not "Ad 2: Ændringsforslaget fra V blev forkastet": an amendment to that point)
    return w.lowers[k] in _POINT_PROPOSALS and point_led(w.text, w.idx[k])


#: The point's own proposal, as a point's outcome names it.
_POINT_PROPOSALS = frozenset({"forslag", "forslaget", "forslagene"})


#: "Ad 2", "Ad. 2", "Ad pkt. 1 og 3": the marker of the recommendation's points a decision's
#: part answers ("Ad 2: Udsat."), the separator after it left to the pattern using it.
_AD_POINTS = r"ad\.?\s*(?:pkt\.?\s*|punkt\s+)?\d{1,2}[a-z]?(?:\s*(?:,|og|\+)\s*\d{1,2}[a-z]?)*"
#: A list's bullet before a line's marker ("- Ad 2: …", "• Pkt. 2: …").
_BULLET = r"(?:[-•*–][ \t]+)"
#: "Ad 2:", "Ad. 2 -", "Ad pkt. 1 og 3:" opening a line (perhaps after a bullet) or after a
#: sentence's end, "Pkt. 2:" opening a line, or "2." / "2)" opening a line: the marker of
#: one point of the recommendation, what follows it that point's outcome alone.
_POINT_MARK_BEFORE = re.compile(
    rf"(?:(?:^|\n|[.!?]\s)[ \t]*{_BULLET}?{_AD_POINTS}\s*[:.)–-]?"
    rf"|(?:^|\n)[ \t]*{_BULLET}?(?:pkt\.?|punkt)\s*\d{{1,2}}[a-z]?\s*[:)–-]"
    r"|(?:^|\n)[ \t]*\d{1,2}[.)])[ \t]*$",
    re.IGNORECASE,
)


def point_led(text: str, at: int) -> bool:
    """Whether the words at ``at`` in ``text`` come right after a point's marker ("Ad 2:
    Forslaget faldt", "2. Forslaget blev forkastet"): one point of a decision split over
    the recommendation's points."""
    return _POINT_MARK_BEFORE.search(text, max(0, at - 40), at) is not None


def _without_rejected_amendment(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """Drop the rejection of an amendment the item's approval then followed.

    "Ændringsforslag fra Enhedslisten blev forkastet. Herefter blev indstillingen
    godkendt": what was voted down was a member's or party's proposal; the item itself was
    approved. The proposal is what the rejection's clause names (from its sentence's start
    to just after the verb: "Udvalget forkastede ændringsforslaget"); a rejection of
    anything else, or with no approval after it, stays.
    """
    if "fvisningsforslag" in w.text:
        hits = _motion_to_reject_carried(w, hits)
    if not any(h.dtype == "rejected" for h in hits):
        return hits
    sents = _sentences(w)
    out = []
    for hit in hits:
        # (the approval before it too: "Godkendt med 25 stemmer. Ændringsforslag fra Ø om
        # … blev forkastet": the item approved, then the amendment's fate told; or the
        # item recommended: "… Forkastet med 2 mod 5." / "Model 1 anbefales over for …")
        if hit.dtype == "rejected" and any(
            h.dtype in _ITEM_OUTCOMES and (h.anchor > hit.end or h.end <= hit.start) for h in hits
        ):
            start = next((a for a, b, _p in sents if a <= hit.anchor < b), hit.anchor)
            if any(h.dtype in _ITEM_OUTCOMES and h.end <= hit.start for h in hits):
                # (the item's outcome told first, then the amendment voted on before it:
                # "Indstillingen blev godkendt. Forinden blev et ændringsforslag … om" /
                # "… forkastet …", its sentence hard-wrapped)
                start = _wrapped_sentence_start(w, sents, start)
            if _replaced_after(w, hit, hits, start):
                # ("Forslaget blev ikke godkendt; i stedet anbefales …": the outcome after it
                # stands in its place, so the proposal turned down was the item's own)
                out.append(hit)
                continue
            if any(
                _PROPOSAL.match(w.lowers[k]) and not _numbered_point(w, k)
                for k in range(start, min(hit.end + 2, w.n))
            ):
                continue
            if _refused_request(w, sents, start):
                continue
            opens = _line_start(w, hit.anchor)
            if _PROPOSAL.match(w.lowers[opens]) and not _numbered_point(w, opens):
                # "Ændringsforslag fra Kim Dahl (V): mindstepris 550 kr. pr. m2. Forkastet med
                # 3 mod 5.": the amendment's label opens the line, its wording and the
                # verdict in sentences of their own after it
                continue
            if w.lowers[opens].startswith(_TALLY_WORDS) and _tally_under_amendment(w, opens):
                continue
            if hit.start == opens and (
                _line_under_amendment(w, opens) or _verdict_under_tally(w, opens)
            ):
                # "Ændringsforslag fra A: <its wording>" / "Forkastet med 11 stemmer mod 16.":
                # the verdict opening the line under the amendment's is the amendment's
                continue
        out.append(hit)
    return out


def _line_under_amendment(w: _Words, opens: int) -> bool:
    """Whether the line opening at token ``opens`` stands right under an amendment's
    label line ("Ændringsforslag fra A: Erhvervsudvalget bevares.")."""
    above = _lines_above_token(w, opens, 3)[1]
    return bool(above) and _AMENDMENT_LEAD.match(above[-1]) is not None


def _lines_above_token(w: _Words, opens: int, n: int) -> tuple[int, list[str]]:
    """Where the line of token ``opens`` starts in the text, and the lines with text among
    the ``n`` - 1 lines above it, stripped, the nearest last."""
    start = w.text.rfind("\n", 0, w.idx[opens]) + 1
    return start, [ln.strip() for ln in w.text[:start].split("\n")[-n:] if ln.strip()]


#: A member's or party's motion by its name ("Ændringsforslaget", "Afvisningsforslag fra
#: Ø"), not the item's own "Forslaget".
_NAMED_MOTION = re.compile(r"^(?:ændrings|under|alternativ|afvisnings)forslag")


def _replaced_after(w: _Words, hit: _Hit, hits: list[_Hit], start: int) -> bool:
    """Whether an item's outcome after the rejection ``hit`` (its sentence opening at
    ``start``) is said to stand in its place ("Forslaget blev ikke godkendt; i stedet
    anbefales mødefri formiddage", "… I stedet godkendtes model B"): what was turned down
    was the item's own proposal, whose place the other outcome took; a member's motion
    named as such ("Ændringsforslaget blev forkastet") stays an amendment."""
    if "stedet" not in w.lowers[hit.end :]:
        return False
    if any(_NAMED_MOTION.match(w.lowers[k]) for k in range(start, min(hit.end + 2, w.n))):
        return False
    return any(
        h.dtype in _ITEM_OUTCOMES
        and h.start >= hit.end
        and "stedet" in w.lowers[max(hit.end, h.start - 3) : h.start]
        for h in hits
    )


#: The first word of a vote's tally line ("For: Ø (2). Imod: … Forkastet.", "For stemte:
#: …", "Imod stemte: …", "Undlod at stemme: …").
_TALLY_WORDS = ("for", "imod", "undlod")
#: A tally line: its word, then a colon or "stemte" / "at stemme".
_TALLY_LINE = re.compile(
    rf"^[ \t]*(?:{'|'.join(_TALLY_WORDS)})(?:\s+(?:stemte|at\s+stemme))?\s*:", re.I
)
#: An amendment's label opening a line ("Ændringsforslag 1 fra Ø: …", "Afvisningsforslag
#: (V): …"): the motion a tally under it counts (the item's own "Forslag" is none).
_AMENDMENT_LEAD = re.compile(
    r"^[ \t]*(?:under)?(?:ændringsforslag|afvisningsforslag|alternativt forslag)\b", re.I
)


def _tally_under_amendment(w: _Words, opens: int) -> bool:
    """Whether the line at token ``opens`` is a vote's tally ("For: Ø (2). Imod: A, V og C
    (28). Forkastet.") under an amendment's label line ("Ændringsforslag 1 fra Ø: …", or the
    label alone over one line of its wording), other tally lines and blank lines between:
    the verdict closing the tally is the amendment's, the item's own outcome told after
    it."""
    start, above = _lines_above_token(w, opens, 8)
    if not _TALLY_LINE.match(w.text[start : start + 40]):
        return False
    return _amendment_over_tally(above)


def _amendment_over_tally(above: list[str]) -> bool:
    """Whether the lines ``above`` (stripped, the nearest last) end in a vote's tally lines
    (none or more) under an amendment's label line, or under its label and one line of its
    wording."""
    while above and _TALLY_LINE.match(above[-1]):
        above.pop()
    if above and _AMENDMENT_LEAD.match(above[-1]):
        return True
    # ("Afvisningsforslag fra Ø:" / "Sagen afvises." / "For stemte: …")
    return len(above) > 1 and above[-2][-1:] == ":" and _AMENDMENT_LEAD.match(above[-2]) is not None


def _verdict_under_tally(w: _Words, opens: int) -> bool:
    """Whether the line at token ``opens`` is a bare verdict ("Forkastet.") on a line of its
    own under a vote's tally lines ("For stemte: Ø (2)" / "Imod stemte: A, V og C (29)") that
    count an amendment's label line ("Ændringsforslag nr. 1 fra Ø (…):"): as a budget's
    second reading lists its amendments, the verdict is the amendment's."""
    above = _lines_above_token(w, opens, 8)[1]
    return bool(above) and _TALLY_LINE.match(above[-1]) is not None and _amendment_over_tally(above)


#: "begærede", "anmodede om", "krævede", "foreslog": a member's or a minority's request.
_REQUEST_STEMS = ("begær", "anmod", "kræv", "foreslog")


def _refused_request(w: _Words, sents: tuple[tuple[int, int, int], ...], start: int) -> bool:
    """Whether the rejection's sentence at ``start`` opens with "Det"/"Dette" ("Det blev
    afvist") right after a sentence telling a request ("Mindretallet begærede sagen
    indbragt for Økonomiudvalget"): the pronoun is the request turned down, after the
    item's own outcome, no outcome of the item's."""
    if w.lowers[start] not in ("det", "dette"):
        return False
    before = max((s for s in sents if s[1] <= start and s[0] < s[1]), default=None)
    if before is None:
        return False
    first = _wrapped_sentence_start(w, sents, before[0])
    return any(w.lowers[k].startswith(_REQUEST_STEMS) for k in range(first, before[1]))


def _wrapped_sentence_start(
    w: _Words, sents: tuple[tuple[int, int, int], ...], start: int, lines: int = 2
) -> int:
    """``start`` moved back over the lines the sentence was hard-wrapped from: a line break
    ends a sentence (``_sentences``), but a line ending in no stop inside a paragraph goes
    on ("Forinden blev et ændringsforslag fra F om tilskud på" / "150.000 kr. forkastet med
    2 mod 5."), up to ``lines`` lines back."""
    for _ in range(lines):
        before = max((s for s in sents if s[1] <= start and s[0] < s[1]), default=None)
        if before is None or w.texts[before[1] - 1] in (".", "!", "?", ":", ";"):
            break
        gap = w.text[w.idx[before[1] - 1] : w.idx[start] if start < w.n else len(w.text)]
        if gap.count("\n") != 1:
            break  # a blank line between: a paragraph of its own
        start = before[0]
    return start


def _motion_to_reject_carried(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """The approvals of a motion to reject ("Afvisningsforslaget blev vedtaget", the
    sentence opening with the motion) as the item's rejection: the item was turned down."""
    sents = _sentences(w)
    out = []
    for hit in hits:
        if hit.dtype == "approved":
            start = next((a for a, b, _p in sents if a <= hit.anchor < b), hit.anchor)
            if w.lowers[start].startswith("afvisningsforslag"):
                hit = replace(hit, dtype="rejected")
        out.append(hit)
    return out


#: The item's own outcomes after which a rejection on the same text is an amendment's.
_ITEM_OUTCOMES = frozenset({"approved", "recommended"})


def _line_start(w: _Words, k: int) -> int:
    """The first word's position on the line of token ``k``."""
    at = w.text.rfind("\n", 0, w.idx[k] if k < w.n else len(w.text)) + 1
    j = k if k < w.n else w.n - 1
    while j > 0 and w.idx[j - 1] >= at:
        j -= 1
    while j < k and not w.alpha[j]:
        j += 1
    return j


#: "Ændringsforslag fra Venstre:" / "Ændringsforslag stillet af Ø:" on a line of its own:
#: the amendment's wording follows on the next line (as a motion to reject the item's,
#: "Afvisningsforslag stillet af Ø:" / "Borgerrepræsentationen afviser indstillingen …").
#: Also the wording after the label's colon on the same line ("Ændringsforslag fra V: At
#: byggeriet udskydes et år."), to that sentence's end: the proposal put to the vote, not
#: the outcome (not a verdict written there: "Ændringsforslag fra Ø: Forkastet.").
_AMENDMENT_LABEL = re.compile(
    r"^[ \t]*(?:under)?(?:ændringsforslag|afvisningsforslag|alternativt forslag)\b"
    r"[^\n:]{0,80}:(?:[ \t]*\n|[ \t]+)"
    r"(?P<wording>(?<=\n)[ \t]*\S[^\n]*"
    r"|(?<!\n)(?!(?:vedtaget|forkastet|faldt|bortfaldt|godkendt|afvist|trukket)\b)"
    r"\S[^\n]*?(?=[.!?]\s+(?-i:[A-ZÆØÅ])|[.!?]?[ \t]*$))",
    re.IGNORECASE | re.MULTILINE,
)
#: "Protokoltilføjelse" (alone, or "Protokoltilføjelse fra Ø:" before the text) or a line
#: asking for words "ført til protokols" (or "… til referat"): a member's or party's
#: statement, to the end of its paragraph. ("Efterskrift: Opfølgende tilsyn er aftalt til
#: 2. juni.": a postscript the secretary added after the meeting, no part of what the forum
#: decided.)
_STATEMENT = re.compile(
    r"^[ \t]*(?:protokoltilførsel|protokoltilføjelse|efterskrift)\b[^\n]*(?:\n[ \t]*(?=\S)[^\n]*)*"
    # ("NN ønskede ført til referat, at …": the same words for a short protocol's referat)
    r"|^[^\n]*\bført til (?:protokol(?:s|len)?|referat(?:et)?)\b[^\n]*"
    # ("<medlem> ønskede en protokoltilføjelse: "…"": the member's words after the colon)
    r"|\bprotokoltilføjelse\s*:[^\n]*(?:\n[ \t]*(?=\S)[^\n]*)*",
    re.IGNORECASE | re.MULTILINE,
)


#: "Ændringsforslag fra V om at udsætte sagen til efter høring i lokalrådene:" (the vote's
#: lines under it), "Ændringsforslag fra Ø om, at beløbet halveres, blev forkastet": an
#: amendment's wording run into its label after "om at", to the label's colon, the
#: sentence's end or the verb telling its fate.
_AMENDMENT_ABOUT = re.compile(
    r"\b(?:ændrings|under)forslag(?:et)?\b[^\n:.]{0,60}?\bom,?\s+at\s+"
    r"(?P<wording>[^\n:]*?)(?=\s*:|,?\s+(?:blev|bortfaldt|faldt)\b|\.(?:\s|$)|\n|$)",
    re.IGNORECASE,
)
#: Where an amendment's wording is dropped: its fate told as voted down.
_VOTED_DOWN = re.compile(r"forkast|bortfald|\bfaldt\b|nedstemt", re.IGNORECASE)
#: "Forslag fra V om at udsætte sagen blev forkastet.", "Et forslag fra Ø om, at beløbet
#: halveres, faldt.": a motion a member or a party put (its proposer after "fra"), its
#: wording after "om at" and its fate, voted down, in the same sentence: what it proposed
#: is no outcome of the item (the forum's own decision is told beside it).
_MOTION_VOTED_DOWN = re.compile(
    r"\bforslag(?:et)?\s+fra\s+[^\n:.]{1,60}?\s+om,?\s+at\s+(?P<wording>[^\n:.]*?),?\s+"
    r"(?:blev\s+(?:derefter\s+|herefter\s+|dermed\s+)?(?:forkastet|nedstemt)|bortfaldt|faldt)\b",
    re.IGNORECASE,
)


def _without_statements(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """Drop what an amendment's wording or a protocol statement says, where the forum's
    own decision is told beside it: "Ændringsforslag fra Venstre:" / "At sagen udsættes
    …" proposes a postponement the vote turned down; "Protokoltilføjelse" / "Ø ønskede
    ført til protokols: … ikke behandles …" is a party's view, not the decision."""
    if len(hits) < 2:
        return hits
    low = w.text.lower()
    if (
        "forslag" not in low
        and "protokol" not in low
        and "efterskrift" not in low
        and "til referat" not in low
    ):
        return hits  # (most decisions have none of them)
    spans = [m.span("wording") for m in _AMENDMENT_LABEL.finditer(w.text)]
    spans += [m.span() for m in _STATEMENT.finditer(w.text)]
    # (only an amendment voted down: one carried is what the forum decided)
    if ("ndringsforslag" in low or "nderforslag" in low) and _VOTED_DOWN.search(low):
        spans += [m.span("wording") for m in _AMENDMENT_ABOUT.finditer(w.text)]
    if "fra" in low and _VOTED_DOWN.search(low):
        # ("Godkendt. / Forslag fra V om at udsætte sagen blev forkastet.": a member's
        # motion voted down, its wording no outcome)
        spans += [m.span("wording") for m in _MOTION_VOTED_DOWN.finditer(w.text)]
    if not spans:
        return hits

    def inside(hit: _Hit) -> bool:
        at = w.idx[hit.anchor] if hit.anchor < w.n else len(w.text)
        return any(a <= at < b for a, b in spans)

    kept = [h for h in hits if not inside(h)]
    return kept or hits


@lru_cache(maxsize=8192)
def _hits(text: str, recommendation: bool = False, forum: str | None = None) -> tuple[_Hit, ...]:
    """The hits of a decision or recommendation text, cached: many recur word for word
    ("Godkendt.", "at orienteringen tages til efterretning")."""
    forum = forum if isinstance(forum, str) and forum.strip() else None  # NaN, "" -> None
    w = _words(text)
    lowers = w.lowers
    matches = _matches(w)  # by start, longest first
    note_ends = {e for key, _s, e in matches if key == "take_note"}
    hits: list[_Hit] = []
    for key, start, end in matches:
        rule = _RULES_BY_KEY[key]
        if rule.key == "bare_note" and end in note_ends:
            continue
        if rule.key == "take_note":
            # Variable-length gap: keep the take-verb nearest to "til efterretning".
            takes = [k for k in range(start, end - 2) if lowers[k] in _TAKE]
            if takes and takes[-1] != start:
                continue
        head = _head(w, start, end, rule)
        dtype, ev_start, ev_end = _judge(w, start, end, rule, recommendation, forum, head)
        if dtype is not None and dtype == rule.dtype and rule.outcome and head is not None:
            dtype = rule.outcome(w, head)
        if dtype is None:
            continue
        while ev_start > 0 and (
            lowers[ev_start - 1] in _EVIDENCE_LEFT or lowers[ev_start - 1] in _NEGATIONS
        ):
            ev_start -= 1
        anchor = head if head is not None else start
        hits.append(_Hit(start, end, dtype, w.span_text(ev_start, ev_end), rule.weak, anchor))
    if not recommendation:
        # A member's or party's stance is not the forum's decision (but the stance of the
        # office the forum is named by is: "Borgmesteren kunne ikke tilslutte sig
        # forslaget" in the minutes of "Borgmester/direktion").
        muted = {
            i
            for st in _stances(text)
            if not st.majority and not _office_of_forum(st.actor, forum)
            for i in st.tokens
        }
        if muted:
            muted |= _stance_clause_rest(w, muted)
        hits = [h for h in hits if h.anchor not in muted]
    if "Revisions" in text:
        hits = _without_firm_names(w, hits)
    hits = _without_recommended_content(w, hits)
    hits = _within_discussion(w, hits)
    hits = _without_rejected_amendment(w, hits)
    hits = _without_statements(w, hits)
    if len(hits) > 1 and ("med de" in text or "således" in text):
        hits = _without_amendment_content(w, hits)
    if len(hits) > 1 and ("udpeg" in text or "valgte" in text):
        hits = _without_group_choice(w, hits)
    if len(hits) > 1 and ("forudsætning" in text or "betingelse" in text or "vilkår" in text):
        hits = _without_conditions(w, hits)
    strong = [h for h in hits if not h.weak]
    return tuple(strong or hits)


def _office_of_forum(actor: str, forum: str | None) -> bool:
    """Whether ``actor`` is an office alone ("Borgmesteren") that names the forum itself
    ("Borgmester/direktion", "Borgmestermødet"): the meeting held by that office, whose
    stance is the forum's decision, not one member's."""
    office = actor.lower()
    if forum is None or office not in _TITLES:
        return False
    return office.removesuffix("en") in forum.lower()


#: "Godkendt med den ændring at …", "… med den tilføjelse, at …", "… med de ændringer, at
#: …": the change an approval is given with, to the sentence's end ("godkendte planen, dog
#: således at …": the same change as a proviso).
_AMENDED_WITH = re.compile(
    r"\b(?:med\s+(?:den|de)\s+(?:ændring(?:er)?|tilføjelse(?:r)?|præcisering(?:er)?|"
    r"justering(?:er)?)|dog\s+således),?\s+at\b[^.;\n]*",
    re.IGNORECASE,
)


def _without_amendment_content(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """The hits less what the change an approval is given with says: "Godkendt med den
    ændring at lukningen af daghjemmet udskydes til 1/7" approves the proposal as changed
    (its "udskydes" postpones one part of it, not the case); "Vedtaget med den tilføjelse,
    at sagen sendes til høring" likewise. Only where an approval stands before the
    clause."""
    spans = [m.span() for m in _AMENDED_WITH.finditer(w.text)]
    if not spans:
        return hits

    def at(hit: _Hit) -> int:
        return w.idx[hit.anchor] if hit.anchor < w.n else len(w.text)

    def inside(hit: _Hit) -> bool:
        return any(
            a <= at(hit) < b and any(h.dtype == "approved" and at(h) < a for h in hits)
            for a, b in spans
        )

    kept = [h for h in hits if h.dtype == "approved" or not inside(h)]
    return kept or hits


#: "… under forudsætning af, at …", "på betingelse af:", "på vilkår af, at": the conditions a
#: grant or an approval is given on, to the text's end (a list of them may follow).
_ON_CONDITION = re.compile(
    r"\b(?:under\s+(?:den\s+)?forudsætning|på\s+(?:den\s+)?betingelse|på\s+vilkår)\s+(?:af|om)\b",
    re.IGNORECASE,
)


def _without_conditions(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """The hits less what the conditions of a decision say: "Regionalrådet bevilgede
    150.000 kr. Bevillingen gives under forudsætning af: 1. at sekretariatet godkender
    projektet": another body's approval is a condition of the grant, not this forum's act.
    Only where a hit stands before the conditions (else they are all there is)."""
    found = _ON_CONDITION.search(w.text)
    if found is None:
        return hits

    def at(hit: _Hit) -> int:
        return w.idx[hit.anchor] if hit.anchor < w.n else len(w.text)

    kept = [h for h in hits if at(h) < found.start()]
    return kept or hits


#: The last word of a party or a council group as a sentence's subject ("Det Konservative
#: Folkeparti", "Socialdemokratiet", "V-gruppen", "Enhedslisten").
_GROUP_SUBJECT = re.compile(
    r"(?:parti|partiet|gruppe|gruppen|socialdemokratiet|venstre|enhedslisten|alternativet|"
    r"moderaterne|danmarksdemokraterne)$"
)
#: Auxiliaries between such a subject and its verb ("Socialdemokratiet har udpeget …").
_GROUP_AUX = frozenset({"har", "havde", "er", "blev"})


#: A party's list or an electoral group as the one who puts up a candidate ("Liste A",
#: "Valggruppen V, C, O og I", "Valgforbundet", "Det Konservative Folkeparti").
#: (a party's group by its letter, "V-gruppen"; not "Arbejdsgruppen indstiller …", a forum)
_NOMINATOR = re.compile(
    r"^(?:liste[n]?|valggruppe[n]?|valgforbund(?:et)?|[a-zæøå]{1,3}-gruppen|partiet|"
    r"folkeparti(?:et)?|socialdemokratiet|venstre|enhedslisten|alternativet|moderaterne|"
    r"danmarksdemokraterne)$"
)
#: "V", "VCO", "A+B": a list's letter or an electoral group's letters.
_PARTY_LETTERS = re.compile(r"^[A-ZÆØÅ]{1,4}(?:\+[A-ZÆØÅ]{1,3})*\.?$")
#: Where a sentence (or the clause before a colon) ends: the nominator is sought after it.
_SENTENCE_STOP = frozenset({".", "!", "?", ";", ":"})


def _nominates(w: _Words, head: int) -> bool:
    """ "Liste A indstillede Kasper Juul (A).", "Valggruppen V, C, O og I indstillede 4
    medlemmer": in an election a list or a group putting up its candidates (a nomination;
    the forum's act is the election that follows), not the forum recommending; also
    "Indstillet af" before a list's letter or alone (the column of an election's table
    that names who put each member up); and a candidate put up "til prisen" (an award's
    nominee)."""
    if head + 1 < w.n and w.lowers[head + 1] == "af":
        k = head + 2
        return (
            k >= w.n
            or w.space[k]
            or (head > 0 and w.texts[head - 1] == "\t")  # (a tab row's cell: a column head)
            or _PARTY_LETTERS.match(w.texts[k]) is not None
            or _NOMINATOR.search(w.lowers[k]) is not None
        )
    for k in range(head + 1, min(head + 9, w.n - 1)):
        if w.texts[k] in _SENTENCE_STOP:
            break
        if w.lowers[k] == "til" and re.match(_PRIZE, w.lowers[k + 1]):
            # "Rådet besluttede at indstille Vestby Boldklub til prisen": a candidate put up
            # for a prize, no proposal recommended to a body
            return True
    for k in range(head - 1, max(head - 12, -1), -1):
        if w.texts[k] in _SENTENCE_STOP:
            return False
        if _NOMINATOR.search(w.lowers[k]):
            return True
    return False


def _without_group_choice(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """The hits less a choice made by a party or a group, where the forum's own act is
    told beside it ("Det Konservative Folkeparti udpegede <name> som medlem af
    Økonomiudvalget. Taget til efterretning.": the group appoints its member under the
    law, the council takes note of it)."""
    out = []
    for h in hits:
        k = h.anchor - 1
        while k >= 0 and w.lowers[k] in _GROUP_AUX:
            k -= 1
        if h.dtype == "decided" and k >= 0 and _GROUP_SUBJECT.search(w.lowers[k]):
            continue
        out.append(h)
    return out or hits


#: "Revisionspartnerselskab", "Revisionsaktieselskab": an audit firm's legal form, the
#: last word of its name ("EY Godkendt Revisionspartnerselskab").
_AUDIT_FIRM_FORM = re.compile(r"^Revisions(?:partner|aktie|anparts)?selskab$")


def _without_firm_names(w: _Words, hits: list[_Hit]) -> list[_Hit]:
    """The hits less a "Godkendt" that is part of an audit firm's name ("EY Godkendt
    Revisionspartnerselskab blev genvalgt som revisor": an election, nothing approved)."""
    return [
        h
        for h in hits
        if not (
            w.texts[h.anchor] == "Godkendt"
            and h.anchor + 1 < w.n
            and _AUDIT_FIRM_FORM.match(w.texts[h.anchor + 1])
        )
    ]


#: Words that turn a sentence to another subject ("X stemte imod, men forslaget blev …").
_CLAUSE_TURN = frozenset({"men", "mens", "hvorefter", "hvorpå", ";"})


def _stance_clause_rest(w: _Words, muted: set[int]) -> set[int]:
    """The tokens after a member's stance to the end of its sentence ("Signe Rask (DF)
    kunne ikke anbefale og ønskede taksten fastholdt": what she wished is hers, not the
    forum's), up to a word that turns to another subject ("men")."""
    out: set[int] = set()
    for a, b, _para in _sentences(w):
        inside = [i for i in muted if a <= i < b]
        if not inside:
            continue
        for k in range(max(inside) + 1, b):
            if w.lowers[k] in _CLAUSE_TURN:
                break
            out.add(k)
    return out


def _first_sentence(text: str) -> str:
    w = _words(text)
    sents = _sentences(w)
    return _strip_bullet(w.span_text(sents[0][0], sents[0][1])) if sents else text.strip()


def _first_sentence_of_first(text: str, first: str) -> str:
    """``_first_sentence(first)`` of ``first``, the text's first paragraph (stripped), read
    from the text's own token layer where its first sentence ends inside that paragraph:
    not a second layer for the paragraph. The paragraph's tokens are the text's up to
    the white space after it (spaCy cuts at white space, and no special case spans a
    line break), and a white space token ends a sentence, so their sentences there are
    the same."""
    if first != text and text.startswith(first):
        w = _words(text)
        sents = _sentences(w)
        if sents:
            a, b, _para = sents[0]
            if w.idx[b - 1] + len(w.texts[b - 1]) <= len(first):
                return _strip_bullet(w.span_text(a, b))
    return _first_sentence(first)


#: "Næste møde holdes 7. november 2017.", "Næste møde er den 15. maj kl. 10": the date of
#: the next meeting as a standing item's whole decision text, which decides nothing.
_NEXT_MEETING_ONLY = re.compile(
    # ("Næste møde 2. april kl. 14.": the date right after the words, no verb)
    # ("Næste ordinære møde er 11. september.": the next of the regular meetings)
    r"næste\s+(?:(?:ekstra)?ordinære\s+)?møde(?:\s+i\s+[\w-]+)?(?:\s+(?:er|holdes|afholdes|bliver))?\s+(?:den\s+)?"
    # one sentence: a full stop only inside it ("kl. 10.00"), not before a new one
    r"(?:[a-zæøå]+dag\s+(?:den\s+)?)?\d{1,2}\.(?:[^.\n]|\.(?!\s*$)(?!\s+[A-ZÆØÅ])){0,80}\.?",
    re.IGNORECASE,
)


#: "Intet. Fraværende: A, B": who was absent, written after the decision (no part of it).
_ABSENT_AFTER = re.compile(r"(?<=[.!])\s+(?:Fraværende|Afbud|Fravær)\s*:.*$", re.S)


#: "Opfølgning: –", "Ansvarlig<TAB>–": a template's field row left empty under the decision
#: (a line of its own; no part of what was said). Not a line that introduces a list
#: ("Godkendt med følgende ændringer:" over the changes: the outcome itself).
_EMPTY_FIELD = re.compile(
    r"^[ \t]*(?![^\n:]*\bfølgende\b)[A-ZÆØÅ][\wæøå /-]{1,30}(?::[ \t]*[–—-]?|\t+[–—-])[ \t]*$",
    re.M,
)


#: "Ingen bemærkninger - punktet lukket.": nothing to note, and the (follow-up) point is
#: closed: a note taker's word that it is done, nothing decided on it.
_NOTHING_CLOSED = re.compile(
    r"(?:ingen\s+bemærkninger|intet(?:\s+nyt)?)\s*(?:[.,;]|\s[–—-])\s*"
    r"(?:punktet|sagen)\s+(?:er\s+)?(?:lukket|afsluttet)\.?",
    re.IGNORECASE,
)

#: "Lukket punkt – referat i særskilt protokol.", "Beslutningen fremgår af den lukkede
#: protokol.": a closed item's decision kept out of the published minutes; none here.
_WITHHELD = re.compile(
    r"(?:lukket\s+(?:punkt|sag)\s*(?:[.,;:]|\s[–—-])\s*)?"
    r"(?:referat(?:et)?|beslutning(?:en)?|protokollering)\s+(?:er\s+|blev\s+)?"
    r"(?:(?:ind)?ført\s+|fremgår\s+af\s+|findes\s+)?(?:i\s+)?(?:den\s+|en\s+)?"
    r"(?:særskilte?|lukkede?|fortrolige?)\s+protokol\.?",
    re.IGNORECASE,
)

#: A decision withheld from the published or released text ("[udeladt]", "[XXX]", "*** fortroligt
#: ***", "(Undtaget fra aktindsigt jf. offentlighedslovens § 23)", a black bar "█████"): as
#: a decision kept in a closed protocol, nothing is said here.
_REDACTION = re.compile(
    r"[\[(]\s*(?:udeladt|udelades|undtaget|fortroligt?|x{3,})\b[^\[\]()]{0,80}[\])]"
    r"|\*+\s*fortroligt?\s*\*+"
    r"|undtaget\s+fra\s+aktindsigt\b[^\n]{0,80}"
    r"|[█▇■]+",
    re.IGNORECASE,
)


def _may_be_redacted(text: str) -> bool:
    """``_redacted_only``'s cheap test: an opening mark of ``_REDACTION`` or "ndtaget" in
    any case ("UNDTAGET FRA …"), by substring tests (a case-insensitive regex search lowers
    each character of the text at each try: about four times dearer on the decision texts,
    most of which hold none of it). The marks have no case, and no character but the ASCII
    capitals lowers to a letter of "ndtaget" (nor does any character's lower case add one),
    so ``str.lower`` finds what such a search does."""
    return (
        "[" in text
        or "(" in text
        or "*" in text
        or "█" in text
        or "▇" in text
        or "■" in text
        or "ndtaget" in text.lower()
    )


def _redacted_only(text: str) -> bool:
    """Whether ``text`` is nothing but redaction marks (and punctuation)."""
    if len(text) > 200 or not _may_be_redacted(text):
        return False
    rest = _REDACTION.sub("", text)
    return rest != text and re.search(r"\w", rest) is None


#: How and when a question was answered, after "besvaret": "skriftligt og mundtligt på
#: mødet", "skriftligt forud for mødet" (the answer sent before the meeting).
_HOW_ANSWERED = (
    r"(?:\s+(?:skriftligt|mundtligt)(?:\s+og\s+(?:skriftligt|mundtligt))?)?"
    r"(?:\s+(?:på|forud\s+for|før|inden)\s+mødet)?"
)
#: "Besvaret.", "Besvaret af borgmesteren.", "Spørgsmålet blev besvaret af formanden.": a
#: member's question answered at the meeting, the whole decision text; nothing decided.
_ANSWERED_ONLY = re.compile(
    # ("Spørgsmål fra <name> om støj blev besvaret af …", "Øvrige spørgsmål blev besvaret
    # skriftligt.": question time's questions, each asker named or the rest together)
    r"(?:(?:spørgsmål(?:et|ene)|spørgsmål\s+fra\s+[^.\n]{1,80}?|øvrige\s+spørgsmål)"
    r"\s+(?:blev|er)\s+)?besvaret"
    # ("Besvaret skriftligt og mundtligt på mødet.", "Spørgsmålet blev besvaret på mødet af
    # rådmanden.": how and where it was answered, then by whom)
    rf"{_HOW_ANSWERED}"
    # (by whom, but not a second clause after a comma: "…, og svaret blev taget til
    # efterretning" is the forum's own act; nor one after "og": "… af borgmesteren og
    # oversendt til Teknik- og Miljøudvalget" is the question sent on)
    r"(?:\s+af\s+(?:(?!\s+og\s+(?:blev\s+)?(?:\w*sendt|henvist|forelagt)\b)"
    r"(?:[^.,\n]|,(?!\s*og\b))){1,60})?\.?",
    re.IGNORECASE,
)


#: "Borgmesteren besvarede spørgsmålet.", "Formanden besvarede spørgsmålene fra V.": the
#: same in the active voice, the one who answered as the subject ("Rådmand for Social-
#: forvaltningen", "Borgmester Anna Holm (A)" too).
_ANSWERED_ACTIVE = re.compile(
    # ("Borgmesteren og teknik- og miljøborgmesteren besvarede …": two posts that
    # answered together, the second a post of two fields joined by "og")
    r"(?:[A-ZÆØÅ][\wæøå]+(?:en|et)(?:\s+og\s+(?:[\wæøå]+-\s+og\s+)?[\wæøå]+(?:en|et))?"
    # ("Rådmand for Familie- og Socialforvaltningen", "Borgmester Anna Holm (A)": a post
    # and what it is for, or a name, of capitalised words and "for", "og", "i")
    r"|[A-ZÆØÅ][\wæøå-]*(?:\s+(?:for|og|i|[A-ZÆØÅ][\wæøå-]*))+(?:\s+\([A-ZÆØÅ]{1,3}\))?)"
    # ("… besvarede begge spørgsmål mundtligt": how many, and how they were answered)
    r"\s+besvarede\s+(?:spørgsmål(?:et|ene)|(?:begge|alle|de\s+(?:to|tre|fire))\s+spørgsmål(?:ene)?"
    # ("… besvarede spørgsmål fra tre borgere om …": the questions bare, whose or on what
    # told after them)
    r"|spørgsmål(?=\s+(?:fra|om)\s))"
    r"(?:\s+(?:skriftligt|mundtligt)(?:\s+og\s+(?:skriftligt|mundtligt))?)?"
    r"(?:\s+(?:fra|om)\s+[^.\n]{1,60})?"
    # ("… med henvisning til punkt 4 og oplyste, at der sendes et skriftligt svar.": the
    # answer pointed to another item and told, no act of the forum)
    r"(?:\s+med\s+henvisning\s+til\s+(?:punkt|pkt\.)\s*\d{1,3})?"
    r"(?:,?\s+og\s+oplyste,?\s+at\s+[^.\n]{1,160})?"
    # ("…, og forvaltningen følger op skriftligt.": the administration's follow-up, no
    # act of the forum)
    r"(?:,\s+og\s+(?:forvaltningen|administrationen)\s+følger\s+op(?:\s+skriftligt)?)?\.?"
    # ("… besvarede spørgsmålet. Linea Holm takkede for svaret.": the asker's thanks after
    # it, no more decided; "… var ikke tilfreds med svaret og vil rejse sagen i …": the
    # asker's reaction and own next step, still nothing the forum decided)
    r"(?:\s+[A-ZÆØÅ][^.\n]{1,60}?\s+(?:takkede\s+for|var\s+(?:ikke\s+)?tilfreds\s+med)"
    r"\s+(?:svaret|besvarelsen)(?:\s+og\s+[^.\n]{1,80})?\.?)?"
)


#: "Der var indkommet ét spørgsmål fra Ida Berg, Nørreby, om cykelstien.", "Der er
#: modtaget to spørgsmål fra borgerne.": who asked at question time, told before the answer
#: ("Borgmesteren besvarede spørgsmålet."); the question received and answered, nothing
#: decided.
_QUESTION_ASKED = (
    r"der\s+(?:var|er|blev)\s+(?:indkommet|modtaget|stillet|indsendt|anmeldt)\s+"
    r"(?:ét|et|én|en|to|tre|fire|fem|\d{1,2})\s+spørgsmål"
)
_QUESTION_IN = re.compile(
    rf"{_QUESTION_ASKED}(?:\s+(?:fra|om|vedrørende)\s+[^.\n]{{1,160}}?)?\.\s+(?=\S)",
    re.IGNORECASE,
)
#: "Der blev stillet to spørgsmål om badevandet, som blev besvaret af borgmesteren.": the
#: questions told and their answer in a clause after them, one sentence; nothing decided.
_QUESTION_ANSWERED_IN = re.compile(
    rf"{_QUESTION_ASKED}(?:\s+(?:fra|om|vedrørende)\s+[^.,\n]{{1,160}}?)?"
    rf",\s+(?:som|der)\s+(?:blev|er)\s+besvaret{_HOW_ANSWERED}"
    r"(?:\s+af\s+[^.,\n]{1,60})?\.?",
    re.IGNORECASE,
)


#: "Ingen borgere var mødt op.", "Der var ingen fremmødte.", "Ingen henvendelser.", "Ingen
#: spørgsmål modtaget.": the open slot of an agenda (citizens' questions) that no one used;
#: nothing decided.
_NO_ONE_CAME = re.compile(
    r"(?:der\s+var\s+)?ingen\s+(?:fremmødte\s+)?"
    r"(?:borgere|fremmødte|tilhørere|gæster|henvendelser|spørgsmål)"
    # ("Der var ingen fremmødte borgere med spørgsmål.")
    r"(?:\s+med\s+spørgsmål)?"
    # ("Der var ingen spørgsmål fra borgerne.": whose questions, as the verb-first form names
    # them below)
    r"(?:\s+fra\s+(?:borgerne|borgere|offentligheden|tilhørerne))?"
    r"(?:\s+(?:var|er|havde)\s+(?:mødt\s+op|fremmødt|mødt|til\s+stede|henvendt\s+sig))?"
    # ("Ingen spørgsmål modtaget.", "Der var ingen spørgsmål til spørgetiden.": question
    # time that no one used)
    # ("Ingen spørgsmål var anmeldt.": none announced for question time)
    r"(?:\s+(?:modtaget|indkommet|stillet|(?:var\s+)?anmeldt))?"
    # ("Der var ingen spørgsmål til byrådets spørgetid.": the forum's own question time)
    r"(?:\s+(?:på|til|ved)\s+(?:mødet|(?:[\wæøå-]{2,30}s\s+)?(?:borger)?spørgetid(?:en)?))?\.?"
    # ("Der var ikke indkommet spørgsmål.", "Der er ikke indsendt spørgsmål fra borgerne.":
    # the same said with the verb before the questions)
    r"|der\s+(?:var|er)\s+ikke\s+(?:indkommet|indsendt|modtaget|stillet|anmeldt)\s+"
    r"(?:nogen\s+)?(?:spørgsmål|henvendelser)(?:\s+fra\s+(?:borgerne|borgere|offentligheden))?"
    r"(?:\s+(?:til|før|forud\s+for)\s+(?:mødet|spørgetiden|borgerspørgetiden))?\.?",
    re.IGNORECASE,
)
#: "Svarene vedlægges referatet som bilag.", "Svaret er vedlagt protokollen.": the answers
#: given at question time attached to the minutes, nothing decided.
_ANSWER_ATTACHED = re.compile(
    r"(?:(?:det\s+skriftlige\s+)?svar(?:et|ene)|besvarelse(?:n|rne))\s+"
    r"(?:vedlægges|er\s+vedlagt|blev\s+vedlagt|vedhæftes)\s+(?:referatet|protokollen)"
    r"(?:\s+som\s+bilag(?:\s+\d{1,2})?)?\.?",
    re.IGNORECASE,
)

#: One character of what a body has no remarks to, up to a second verb joined to the
#: sentence ("ingen bemærkninger til kvalitetsstandarden og kan anbefale den": what it
#: then does is its outcome; also with the body named again: ", men rådet anbefaler …").
_REMARKED_OBJECT = (
    r"(?:(?!\s(?:og|men)\s+(?:[a-zæøå]{3,}(?:et|en)\s+)?"
    r"(?:kan|kunne|vil|skal|anbefale\w*|godkend\w*|tiltræde\w*"
    r"|støtte\w*|bakker|tager|tog))[^.\n])"
)

#: "Rådet har ingen bemærkninger.", "Udvalget havde ingen bemærkninger til høringen.":
#: the body (one word, or "Det … råd") says it has nothing to add, as "Ingen bemærkninger."
#: does; no hearing response beyond that, nothing decided.
#: "Ingen bemærkninger til planforslaget.": the same said without the body, as a council
#: answers a hearing; not to the agenda or the minutes, whose approval it may be.
_NO_REMARKS_TO = (
    r"ingen\s+bemærkninger\s+til\s+(?!(?:den\s+|det\s+)?(?:dagsorden|referat))"
    rf"{_REMARKED_OBJECT}{{1,80}}?\s*\.?"
)
_BODY_NO_REMARKS = re.compile(
    r"(?:[A-ZÆØÅ][\wæøå-]{1,40}|de[nt]\s+[\wæøå-]{2,30}\s+[\wæøå-]{2,30})\s+"
    r"(?:har|havde)\s+(?:ingen|ikke\s+nogen)\s+(?:bemærkninger|kommentarer)"
    rf"(?:\s+til\s+{_REMARKED_OBJECT}{{1,80}})?\s*\.?"
    rf"|{_NO_REMARKS_TO}",
    re.IGNORECASE,
)

#: "Ingen beslutninger. Modellerne sendes i høring …", "Spørgsmålet besvaret. Ingen
#: beslutning.": a meeting that hears and answers (a citizens' meeting, question time, a
#: theme meeting) says that nothing was decided, first or after the question answered;
#: what follows is what happens next, no decision of the meeting (see
#: :func:`_no_decision_said`).
_NO_DECISION_SAID = re.compile(
    r"(?:spørgsmål(?:et|ene)\s+(?:blev\s+|er\s+)?besvaret(?:\s+af\s+[^.\n]{1,60})?\.\s+)?"
    r"ingen\s+beslutning(?:er)?(?:\s+(?:på|i)\s+mødet)?\s*(?:[.!]|$|"
    # ("Ingen beslutning - forventes færdigt uge 47.": why after a dash; not "… – tages op
    # igen, når …", the item coming back)
    r"[-–—]\s+(?![^.\n]*\b(?:tages|tager)\s+(?:\S+\s+)?op\b))",
    re.IGNORECASE,
)
#: What after such a sentence is the meeting's own act after all: the item put off, sent
#: on or recommended to the body that decides.
_MOVED_AFTER = re.compile(r"\b(?:udsæt|udsat|udskyd|udskudt|oversend|anbefal|forelæg)", re.I)


def _no_decision_said(text: str) -> bool:
    """Whether ``text`` opens by saying that nothing was decided ("Ingen beslutninger. …"),
    and nothing after it puts the item off, sends it on or recommends it."""
    m = _NO_DECISION_SAID.match(text)
    return m is not None and _MOVED_AFTER.search(text, m.end()) is None


#: Where a sentence ends and the next begins (a capital after the full stop; "(F)." ends one,
#: and so does a year: "… inden udgangen af oktober 2022. Der blev …").
#: (Written to start with the white space: the regex engine then skips to the next white
#: space before it tries the look-behinds, instead of trying them at every character.)
_NEXT_SENTENCE = re.compile(r"\s(?:(?<=[a-zæøå)][.!]\s)|(?<=(?:19|20)\d\d[.!]\s))\s*(?=[A-ZÆØÅ])")


def _each_says_nothing(paragraph: str) -> bool:
    """Whether each sentence of ``paragraph`` says nothing was decided (the first tested
    first: most paragraphs fail there)."""
    m = _NEXT_SENTENCE.search(paragraph)
    if m is None or not _says_nothing(paragraph[: m.start()]):
        return False
    return all(_says_nothing(s) for s in _NEXT_SENTENCE.split(paragraph[m.end() :]))


def _answer_noted(rest: str, forum: str | None, agreed: bool) -> tuple[tuple[str, str], ...] | None:
    """The noting of an answer in the paragraphs after a question answered ("Byrådet tog
    besvarelsen til efterretning."), or None: any other act there (a sign-off's "Referatet
    er godkendt", the next meeting's date) leaves the item undecided."""
    found = _classified(rest.strip(), forum, agreed)
    return found if found and found[0][0] == "noted" else None


#: "Intet ud over spørgsmålet om parkering, der blev drøftet under punkt 5.", "Ingen
#: bemærkninger bortset fra spørgsmålet om kørsel, jf. pkt. 3.": nothing under this point
#: but a matter that was dealt with under another point of the agenda (where its decision
#: stands).
_NOTHING_BEYOND_ELSEWHERE = re.compile(
    r"(?:intet|ingen\s+\w{2,20})(?:\s+(?:andet|mere|yderligere|nyt))?,?\s+"
    r"(?:ud\s*over|bortset\s+fra)\s+[^.\n]{1,160}?"
    r"\b(?:under|i|jf\.?|se)\s+(?:dagsordenens\s+)?(?:punkt|pkt\.?)\s*\d{1,3}[a-z]?\b"
    r"[^.\n]{0,60}\.?",
    re.IGNORECASE,
)


def _says_nothing(text: str) -> bool:
    """Whether ``text`` is one of the ways to write that nothing was decided ("Intet.")."""
    if text.lstrip()[:5].lower() in ("intet", "ingen") and _NOTHING_BEYOND_ELSEWHERE.fullmatch(
        text.strip()
    ):
        return True
    if "Frav" in text or "Afbud" in text:  # (the look-behind is tried at every position)
        text = _ABSENT_AFTER.sub("", text)
    if ":" in text or "\t" in text:
        text = _EMPTY_FIELD.sub("", text)
    if _NEXT_MEETING_ONLY.fullmatch(text.strip()) or _NOTHING_CLOSED.fullmatch(text.strip()):
        return True
    if "protokol" in text and _WITHHELD.fullmatch(text.strip()):
        return True
    if text[:1] in "BbSs" and _ANSWERED_ONLY.fullmatch(text.strip()):
        return True
    if "besvarede" in text and _ANSWERED_ACTIVE.fullmatch(text.strip()):
        return True
    # (the cheap tests in any case and spacing: "INGEN BEMÆRKNINGER TIL …", "Ingen<TAB>
    # bemærkninger", "… har ikke nogen bemærkninger", "DER VAR IKKE INDKOMMET SPØRGSMÅL")
    low = text[:80].lower()
    if ("ngen" in low[:16] or "ikke" in low[:16]) and _NO_ONE_CAME.fullmatch(text.strip()):
        return True
    if (
        low.lstrip()[:3] == "der"
        and "spørgsmål" in low
        and (asked := _QUESTION_IN.match(text.strip()))
    ):
        # "Der var indkommet ét spørgsmål fra … . Rådmanden besvarede spørgsmålet.": the
        # question told, then what is said after it (the answer) decides
        return _says_nothing(text.strip()[asked.end() :])
    if (
        low.lstrip()[:3] == "der"
        and "besvaret" in text.lower()
        and _QUESTION_ANSWERED_IN.fullmatch(text.strip())
    ):
        # "Der blev stillet to spørgsmål om …, som blev besvaret af borgmesteren."
        return True
    if ("vedl" in low or "vedhæft" in low) and _ANSWER_ATTACHED.fullmatch(text.strip()):
        return True
    if (
        "bem" in low
        and ("ngen" in low or "nogen" in low)
        and _BODY_NO_REMARKS.fullmatch(text.strip())
    ):
        return True
    if "ngen beslutning" in text[:60] and _no_decision_said(text.strip()):
        return True
    if _redacted_only(text):
        return True
    if ("trak" in text or "trukket" in text) and _WITHDRAWN_BY.fullmatch(text.strip()):
        return True
    if text.rstrip()[-1:] == ")" and (aside := _ASIDE_AFTER.search(text)):
        # "Ingen bemærkninger. (BKN holder ferie uge 45.)": a note in brackets after the
        # sentence that says nothing was decided is no outcome of the item
        text = text[: aside.start()]
    return _is_none_text(text)


def _is_none_text(text: str) -> bool:
    """Whether ``text``, its word characters and spaces lower-cased, is one of
    ``_NONE_TEXTS``."""
    # The compared form starts with the text's first word character, lowered (``_NOT_WORD``
    # keeps it, ``strip`` only takes spaces before it): most texts ("Udvalget godkendte …",
    # "Godkendt.") start with a letter no none text starts with, and are not copied,
    # lowered or counted (each a regex over every character: ~20,000 instructions a text).
    first = _WORD_CHAR.search(text)
    if first is not None and first.group().lower()[:1] not in _NONE_FIRSTS:
        return False
    if len(text) > _NONE_TEXT_MAX and _MORE_WORD_CHARS.match(text):
        return False  # (most texts: the whole text need not be copied and lowered)
    return _NOT_WORD.sub("", text).strip().lower() in _NONE_TEXTS


#: What ``_says_nothing`` leaves out of a text before comparing it with ``_NONE_TEXTS``.
_NOT_WORD = re.compile(r"[^\w ]+")
#: A text with more word characters than the longest of ``_NONE_TEXTS`` is none of them:
#: ``_NOT_WORD`` keeps them all, and lowering shortens no string. Found from the text's
#: start, without walking the rest.
_NONE_TEXT_MAX = max(map(len, _NONE_TEXTS))
_MORE_WORD_CHARS = re.compile(rf"(?:\W*+\w){{{_NONE_TEXT_MAX + 1}}}")
#: The first letters of ``_NONE_TEXTS`` (all but the empty one, which a text without a word
#: character gives), and a word character (the first of a text is the first of its form).
_NONE_FIRSTS = frozenset(t[0] for t in _NONE_TEXTS if t)
_WORD_CHAR = re.compile(r"\w")

#: "… (BKN holder ferie uge 45.)": a bracketed note of its own after a closed sentence.
_ASIDE_AFTER = re.compile(r"(?<=[.!])\s+\([^()\n]{2,120}\)\s*$")


#: "Forslagsstilleren trak forslaget tilbage. Intet at beslutte.", "Partiet har trukket
#: ændringsforslaget tilbage.": the proposal withdrawn by who made it, nothing put to the
#: vote (as "Sagen blev trukket" is); one sentence naming who withdrew it, and a word that
#: nothing was to be decided after it.
#: ("Forslagsstilleren trak forslaget, idet …": withdrawn without "tilbage", why after it)
_WITHDRAWN_BY = re.compile(
    r"[A-ZÆØÅ][\w ()-]{1,60}?\s+(?:trak|har\s+trukket|havde\s+trukket)\s+"
    r"(?:sit\s+|sine\s+)?(?:\w+)?(?:forslag(?:et|ene)?|punktet|sagen)"
    r"(?:\s+tilbage\.?|(?:\s+tilbage)?\s*,\s*(?:idet|da|fordi|eftersom)\s"
    # (the reason to the sentence's end: "i 1. kvartal" no end)
    r"(?:[^.]|\.(?!\s+[A-ZÆØÅ]))+|\.)?"
    r"(?:\s+(?i:intet|der\s+var\s+intet|ingen\s+beslutning)(?:\s+at\s+beslutte)?\.?)?"
)


# --- Public API -----------------------------------------------------------------------
#: "… høringssvar med følgende hovedpunkter:", "… følgende bemærkninger:": a lead-in that
#: announces the points of a reply or of remarks to another body, its colon last.
_REPLY_LEAD = re.compile(
    r"(?:høringssvar|svar|bemærkninger|kommentarer|hovedpunkter|synspunkter)[^\n]{0,40}:$",
    re.IGNORECASE,
)
#: A bulleted line ("- …", "• …", "* …") of such a list.
_POINT_BULLET = re.compile(rf"^[ \t]*{_BULLET}\S")


def _without_reply_points(text: str) -> str:
    """``text`` without the bulleted points under a lead-in that announces a reply's or
    remarks' points (``_REPLY_LEAD``); ``text`` itself where there are none."""
    lines = text.split("\n")
    out: list[str] = []
    under = False
    for line in lines:
        if under and _POINT_BULLET.match(line):
            continue
        under = bool(_REPLY_LEAD.search(line.rstrip()))
        out.append(line)
    return "\n".join(out) if len(out) < len(lines) else text


#: The ``with_recommendation`` rule's evidence: "med anbefaling", "med udvalgets anbefaling".
_WITH_RECOMMENDATION = re.compile(r"med\s+(?:\w+\s+)?anbefaling", re.IGNORECASE)


#: "Underskrevet af formanden: ____________", "Godkendt: ______ / ______": a line with a
#: blank to sign on (four or more underscores), a form's sign-off.
_SIGN_OFF_LINE = re.compile(r"^[^\n]*_{4,}[^\n]*$", re.MULTILINE)


def classify_decision(
    text: str | None, forum: str | None = None, agreed: bool = False
) -> list[tuple[str, str]]:
    """(decision_type, evidence) pairs of a Beslutning text, in order of appearance (see
    :func:`_types_of_decision`); a case sent on "med (udvalgets) anbefaling" is ``referred``:
    the recommendation says how it goes, the forum's act is the sending, as independent
    labellers read "Oversendt til Byrådet med anbefaling" (``recommended`` until the
    fifty-seventh session; the rule still keeps the recommendation's own at-clause from
    being read as the forum's approval)."""
    found = _types_of_decision(text, forum, agreed)
    if len(found) > 1 and any(t == "referred" for t, _ in found):
        return [
            (t, e)
            for t, e in found
            if not (t == "recommended" and _WITH_RECOMMENDATION.fullmatch(e))
        ]
    return found


def _types_of_decision(
    text: str | None, forum: str | None = None, agreed: bool = False
) -> list[tuple[str, str]]:
    """(decision_type, evidence) pairs of a Beslutning text, in order of appearance.

    One pair per type (its first evidence). Empty text -> [("none", "")]; "Intet." ->
    [("none", "Intet.")]; nothing recognised -> [("other", <first sentence>)]. ``forum``
    (e.g. "Byråd", "Økonomiudvalget") is the body whose minutes these are: naming it
    ("Byrådet godkendte indstillingen") records its own decision, while without it such
    bodies count as another body ("Kommunalbestyrelsen godkendte budgettet" in Chefforum).
    ``agreed``: the text stands under an "Aftalt:" label (``is_agreed_label``), so what
    it says the forum does ("Aftalt: HR udarbejder et oplæg") is what the forum agreed:
    ``decided`` where nothing else is recognised.
    """
    text = (text or "").strip()
    forum = _own_body(forum)
    if ("1" in text or "0" in text) and _OCR_DIGIT.search(text):
        # "Sagen tages ti1 efterretning.", "Forslaget b1ev vedtaget.": a scanned page read back
        # by OCR, a digit for the letter it resembles inside a word (see ocr_letters)
        text = ocr_letters(text)
    if "____" in text and (unsigned := _SIGN_OFF_LINE.sub("", text).strip()) != text:
        # "Næste møde blev fastsat til …" / "Underskrift, formand: ________": the
        # form's line to sign the minutes under the last item is no outcome of the item's
        text = unsigned
    if "[" in text and (untasked := _without_tasks(text)) != text:
        # "Drøftet. …" over "- [ ] Opfølgning: … – @Sofie" / "- [x] Tal sendes til HMU –
        # @Lene": a wiki page's task list under the outcome is its follow-up, no part of
        # the decision (a ticked option alone, "- [x] Udsat", stays the outcome)
        text = untasked
    if "\n" in text and (above := above_follow_up(text)) is not None:
        typed = classify_decision(above, forum, agreed)
        if typed[0][0] not in ("other", "none"):
            # "Taget til efterretning." / "Opfølgning:" / "Lotte deltager i arbejdsgruppen.":
            # the follow-up list under the outcome tells the tasks that come of it, no
            # outcome of the item's (a list under no typed outcome is read with it)
            return typed
    if ":\n" in text and (led := _without_reply_points(text)) != text:
        typed = classify_decision(led, forum, agreed)
        if typed[0][0] not in ("other", "none"):
            # "Rådet sender høringssvar med følgende bemærkninger:" / "- Rådet kan ikke
            # anbefale …": the points of the reply (or remarks) the lead-in announces are
            # what the forum says to another, typed by the lead-in and the lines around
            return typed
    if "\n" in text and _WRAPPED_PHRASE.search(text):
        # "Orienteringen blev taget til" / "efterretning.": a phrase hard-wrapped at the
        # line's end read as one line
        text = _WRAPPED_PHRASE.sub(" ", text)
    if (
        "del" in text[:48].lower()
        and (within := _TO_LATER_SESSION.match(text))
        and text[within.end() :]
    ):
        # "Udsat til 2. del." over the resumed session's decision: put off within the
        # meeting, whose second day decided; that decision types the item
        text = text[within.end() :]
    dashed = "– " in text or "- " in text or "— " in text
    if dashed and "at " in text and _POINT_OUTCOME.search(text):
        # "1. at udvalget anbefaler forslaget – ikke godkendt": a point of the
        # recommendation restated, its outcome after the dash; the outcome is typed
        text = _POINT_OUTCOME.sub(r"\g<lead>\g<outcome>", text)
    # (a news round opens with a bullet, or with the lead line of who told, ":" ending it)
    if (text[:1] in "-•–" or ":" in text[:120]) and (news := _news_round_noted(text, forum)):
        return news
    if ")" in text and ":" in text and (answered := _members_answered(text, forum, agreed)):
        return answered
    found = list(_classified(text, forum, agreed))
    if found[0][0] == "discussed" and len(found) == 1:
        found += _done_as_recommended(text)
    if found[0][0] == "other" and len(found) == 1:
        for variant in _letters_restored(text):
            again = list(_classified(variant, forum, agreed))
            if again[0][0] not in ("other", "none"):
                return again
        if "nhabil" in (opening := text[:160].lower()) or "deltog" in opening:
            recused = _RECUSAL_LEAD.match(text)
            if recused is not None:
                # "<medlem> deltog ikke i behandlingen (inhabil). Bevilget som indstillet.":
                # a member's leaving for inhabilitet told before the outcome, no part of it
                again = list(_classified(text[recused.end() :], forum, agreed))
                if again[0][0] != "other":
                    return again
        if "nsvarlig" in text and _OWNER_FIELD.search(text):
            # "Referater hænges op i vagtstuen. Ansvarlig: Gitte. Deadline: 1/11.": a task
            # given an owner (and a date) under the outcome label is what the forum agreed,
            # as under "Aftalt:"
            return [("decided", found[0][1])]
        if ":" in text[:24] and _OFFICERS_NAMED.match(text):
            # "Ordstyrer: <navn>. Referent: <navn>.": the meeting's officers chosen, each
            # named after the office (an association's or a local council's first item)
            return [("decided", found[0][1])]
        low = text.lower()
        if ("henvend" in low or "brev" in low) and _LETTER_SENT.match(text):
            # "Lokalrådet sender en henvendelse til kommunen om …": the forum writes to
            # another body itself, its own act (no case passed on for the other to decide)
            return [("decided", found[0][1])]
        if (abroad := foreign_outcome(text)) is not None:
            # "Approved.", "Kommittén föreslår att …", "Zur Kenntnis genommen.": a decision
            # written in a member's or a sister town's language
            return [abroad]
        if answered := _answer_told_after(text):
            # "Rådmanden besvarede spørgsmålet." / "Stien forventes genåbnet i maj.": the
            # answer's content told after the question answered, no act of the forum
            return [("none", answered)]
        last = text.rsplit("\n", 1)[-1].strip()
        if last != text and _says_nothing(last):
            # "X (F) spurgte til … / Rådmanden besvarede spørgsmålet. / Ingen beslutning.":
            # a question time's record, no act of the forum's, closed by the word that
            # nothing was decided
            return [("none", last)]
    return found


def _answer_told_after(text: str) -> str | None:
    """The first line or sentence of ``text`` where it says no more than that a question
    was answered ("Borgmesteren besvarede spørgsmålet.") and more text follows it (what
    the answer told), else None. The caller asks only where nothing in the whole text
    was recognised as an act of the forum's."""
    head = text.split("\n", 1)[0].strip()
    if (cut := _NEXT_SENTENCE.search(head)) is not None:
        head = head[: cut.start()].strip()
    if head == text.strip():
        return None
    return head if _ANSWERED_ONLY.fullmatch(head) or _ANSWERED_ACTIVE.fullmatch(head) else None


#: "- [ ] Opfølgning: analyse – @Sofie", "* [x] Tal sendes til HMU": a Markdown task list's
#: line (a to-do, its box empty or ticked).
_TASK_LINE = re.compile(r"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+\S[^\n]*$", re.MULTILINE)


def _without_tasks(text: str) -> str:
    """``text`` without the task list under its outcome: the lines of a Markdown task list
    ("- [ ] …", "- [x] …") after a line of prose that does not lead into them (no colon
    closing it). A text that opens with the list (the outcome as ticked options) or leads
    into it ("Direktionen besluttede:") is returned as it is."""
    first = _TASK_LINE.search(text)
    if first is None:
        return text
    before = text[: first.start()].rstrip()
    if not before or before[-1] == ":":
        return text
    return re.sub(r"\n{3,}", "\n\n", _TASK_LINE.sub("", text)).strip()


def above_follow_up(text: str) -> str | None:
    """The text above the label of a follow-up list on a line of its own ("Opfølgning:",
    "Handlinger", "To do": ``parse.FOLLOW_UP_LABEL``) under the decision, else None (no
    such label, or nothing above it)."""
    at = 0
    for line in text.split("\n"):
        label = line.strip()
        if label[:1].isalpha() and at and FOLLOW_UP_LABEL.match(label):
            above = text[:at].strip()
            return above or None
        at += len(line) + 1
    return None


#: "Ordstyrer: <navn>. Referent: <navn>.", "Dirigent: <navn>": the officers of the meeting
#: named after their office, the whole text (a name opens with a capital).
_OFFICERS_NAMED = re.compile(
    r"^(?:(?:ordstyrer|dirigent|mødeleder|referent)[ \t]?:[ \t]*(?-i:[A-ZÆØÅ])[^.:\n]{1,60}"
    r"(?:\.\s*|\s*$))+$",
    re.IGNORECASE,
)
#: "<Forum> sender en henvendelse til …", "Rådet skriver et brev til …": the forum writing
#: to another body itself, in the present or the past.
_LETTER_SENT = re.compile(
    r"^[\wæøå-]*(?:rådet|udvalget|bestyrelsen|nævnet|direktionen)\s+"
    r"(?:sender|sendte|retter|rettede|skriver|skrev)\s+(?:en\s+|et\s+)?"
    r"(?:\w+\s+)?(?:henvendelse|brev)\b",
    re.IGNORECASE,
)
#: "… . Ansvarlig: Gitte.", "… (Ansvarlig: TR)": the owner field after a sentence of the
#: decision's, naming who (a capital: a name or initials), as staff committees write tasks.
_OWNER_FIELD = re.compile(r"(?:[.)]\s+|\(|\n)[Aa]nsvarlig\s*:\s*[A-ZÆØÅ]")


def _done_as_recommended(text: str) -> list[tuple[str, str]]:
    """("approved", sentence) for a sentence after a discussion that says what was put
    forward is done ("Udvalget drøftede rapporten. Sendes i høring som indstillet."): the
    recommendation approved, as "Drøftet. Godkendt som indstillet." is; else nothing."""
    low = text.lower()
    if "ndstil" not in low and "oreslå" not in low:
        return []  # (the cheap check: every form of _AS_RECOMMENDED holds one of the two)
    for sentence in _NEXT_SENTENCE.split(text.split("\n\n", 1)[0])[1:]:
        sentence = sentence.strip()
        if len(sentence) <= 80 and _AS_RECOMMENDED.search(sentence):
            return [("approved", sentence)]
    return []


#: "- DH: Ny lokalformand i …", "- Børn og Familie: Ventetiden er …": a line of a news
#: round, bulleted and led by who told it (a member's organisation, a department).
_NEWS_LINE = re.compile(r"^[-•–]\s+[A-ZÆØÅ][\wæøå&./ ,-]{0,40}?:\s+\S")


#: "Formanden orienterede om:": a lead line saying who told (``vocab.TOLD_LEAD``).
_TOLD_LEAD = re.compile(TOLD_LEAD, re.IGNORECASE)
#: A bulleted line (any of the marks minutes use: "-", "•", "*", "–", "▪" …).
_BULLET_LINE = re.compile(rf"^[{re.escape(BULLET_MARKS)}]\s+\S")
#: "a) Amtet har sendt …": a news line lettered in small letters.
_LETTERED_NEWS = re.compile(r"^[a-h][.)]\s+\S")


def _news_round_noted(text: str, forum: str | None) -> list[tuple[str, str]] | None:
    """A news round's decision: each line what one member or department told ("- Social og
    Sundhed: Botilbuddet … er godkendt til 4 ekstra pladser"), closed by the forum's taking
    it to note ("Til orientering."): ``noted``, whatever the news tells was done elsewhere.
    Also a lead saying who told ("Formanden orienterede om:", ``_TOLD_LEAD``) over
    bulleted news of any kind ("- Brevet om belysningen er oversendt til Teknik og Miljø."), closed
    so or not closed at all. None where the text is not so made."""
    lead = text.strip().split("\n", 1)[0].strip()
    told = _TOLD_LEAD.match(lead) if lead[-1:] == ":" else None
    if told is None and text[:1] not in "-•–":
        return None  # (the cheap test first: most texts are neither)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if told:
        # ("a) …" / "b) …": the news lettered, as an old council's minutes set them)
        point = (
            _LETTERED_NEWS if all(_LETTERED_NEWS.match(ln) for ln in lines[1:]) else _BULLET_LINE
        )
        closed = point.match(lines[-1]) is None
        bullets = lines[1:-1] if closed else lines[1:]
        if not bullets or not all(point.match(ln) for ln in bullets):
            return None
        if not closed:
            return [("noted", told.group(0))]  # the news alone: the forum was told
    elif len(lines) < 3 or not all(_NEWS_LINE.match(ln) for ln in lines[:-1]):
        return None
    closing = list(_classified(lines[-1], forum, False))
    return closing if [t for t, _ in closing] == ["noted"] else None


#: "Karen Holm (V): Godkendt", "Ib Lund (DD): Ikke godkendt – ønsker …": one member's answer
#: on a line of its own (a meeting held by written procedure, a roll call), the name and
#: the party's letters in brackets before the colon.
_MEMBER_ANSWER = re.compile(
    r"^[A-ZÆØÅ][\w.'-]*(?:[ \t]+(?:[A-ZÆØÅ][\w.'-]*|af|von|van|de)){0,5}"
    r"[ \t]*\([A-ZÆØÅ]{1,3}\)[ \t]*:[ \t]*(?P<answer>\S[^\n]{0,120})$"
)


def _members_answered(text: str, forum: str | None, agreed: bool) -> list[tuple[str, str]] | None:
    """The outcome of a decision given as the members' answers, a line each (two or more
    ``_MEMBER_ANSWER`` lines): each answer is the member's position, not the forum's
    decision; the outcome is what the other lines say ("Indstillingen er dermed godkendt
    med 6 stemmer for og 1 imod."), or, where they say none, the answer most members gave
    (before, one member's "Ikke godkendt" outranked six approvals). None where the text is
    not so made or no answer is typed."""
    lines = text.split("\n")
    answers = [m for ln in lines if (m := _MEMBER_ANSWER.match(ln.strip()))]
    if len(answers) < 2:
        return None
    rest = "\n".join(ln for ln in lines if not _MEMBER_ANSWER.match(ln.strip())).strip()
    if rest:
        found = classify_decision(rest, forum, agreed)
        if primary_decision_type(t for t, _ in found) not in ("other", "none"):
            return found
    given: dict[str, list[str]] = defaultdict(list)
    for m in answers:
        kind = primary_decision_type(t for t, _ in _classified(m["answer"], forum, agreed))
        if kind not in ("other", "none"):
            given[kind].append(m["answer"])
    if not given:
        return None
    # (the most answers; a tie goes to the type met first, as dicts keep their order)
    kind = max(given, key=lambda k: len(given[k]))
    return [(kind, given[kind][0])]


#: "Inhabil: <medlem>.", "<medlem> deltog ikke i behandlingen (inhabil).", "<medlem>
#: erklærede sig inhabil og forlod mødet.": a member's inhabilitet told as the decision's
#: first sentence, the outcome after it.
_RECUSAL_LEAD = re.compile(
    r"^(?:inhabil(?:itet)?\s*:[^.\n]{2,120}\.|[^.\n]{2,80}?\b(?:deltog\s+ikke\s+i\s+"
    r"(?:sagens\s+|punktets\s+)?behandlingen|erklærede\s+sig\s+inhabil)\b[^.\n]{0,80}\.)\s+(?=\S)",
    re.IGNORECASE,
)


#: "Udsat til 2. del.", "Sagen udsat til mødets anden del.": an item put off to the same
#: meeting's later session (a meeting suspended and resumed on another day).
_TO_LATER_SESSION = re.compile(
    r"(?:(?:sagen|punktet)\s+(?:blev\s+)?)?udsat\s+til\s+(?:mødets\s+)?(?:\d\.|anden|næste)\s+del"
    r"(?:\s+af\s+mødet)?\s*[.,;]?\s*",
    re.IGNORECASE,
)
#: "1. at forvaltningen udarbejder en vurdering – godkendt", "b) at sagen udsættes - ikke
#: godkendt": a point of the recommendation restated with its outcome after a dash.
_POINT_OUTCOME = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:\d{1,2}|[a-h])[.)][ \t]+)?)at\s[^\n]*?\s[–—-]\s+"
    r"(?P<outcome>(?:ikke\s+)?(?:godkendt|vedtaget|tiltrådt|anbefalet|anbefales|afvist|forkastet|"
    r"udsat|drøftet|taget\s+til\s+(?:efterretning|orientering))\b[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: ASCII spellings of æ, ø, å ("udsaettes", "imoedekommet", "Raadet"), read back for the
#: type alone: the text stays as printed (Haarby, Israel).
_TRANSLITERATED = re.compile(r"[AaOo]e|[Aa]a")
_LETTER_OF = {"ae": "æ", "Ae": "Æ", "oe": "ø", "Oe": "Ø", "aa": "å", "Aa": "Å"}
#: OCR's æ inside a word of a text whose other æ, ø, å it read: "ae" ("tillaegsbevilling")
#: or "a?" ("saerlige" read "sa?rlige") between two small letters.
_OCR_AE = re.compile(r"(?<=[a-zæøå])a[e?](?=[a-zæøå])")


#: A digit OCR read for the letter it resembles inside a lower-case word: "1" for "l"
#: ("ti1", "b1ev", "a1le", "he1e": after two letters, or between two), "0" for "o"
#: between two letters ("f0rslag"). A number after a word's letters ("nr1", "A1") is
#: not: one letter before a digit ending the word, or a capital, is left alone.
_OCR_DIGIT = re.compile(
    r"(?<=[a-zæøå]{2})1(?![\d,.:/-]\d)(?=[a-zæøå]|\b)|(?<=[a-zæøå])1(?=[a-zæøå])"
    r"|(?<=[a-zæøå])0(?=[a-zæøå])"
)


def ocr_letters(text: str) -> str:
    """``text`` with the digits OCR read inside words for the letters they resemble put
    back ("Sagen tages ti1 efterretning." -> "… til efterretning."); for the decision's
    type only (the first line is kept as printed)."""
    return _OCR_DIGIT.sub(lambda m: "l" if m.group(0) == "1" else "o", text)


def _letters_restored(text: str) -> list[str]:
    """Readings of a decision whose æ, ø, å were lost, for its type only: written "ae",
    "oe", "aa" by a system without them, or each a U+FFFD where a decoder gave up
    ("Sagen uds\ufffdttes": each of the three letters tried). For a text with æ, ø or å
    of its own only OCR's "ae" or "a?" inside a word (see ``_OCR_AE``): its other
    spelling is as meant."""
    if any(c in text for c in "æøåÆØÅ"):
        # ("Der blev givet en tillaegsbevilling på …": a scanned page's OCR reading some
        # æ's and not others; the word's inner "ae" or "a?" alone is its æ)
        return [_OCR_AE.sub("æ", text)] if _OCR_AE.search(text) else []
    if "\ufffd" in text:
        return [text.replace("\ufffd", letter) for letter in "æøå"]
    if _TRANSLITERATED.search(text) is None:
        return []
    return [_TRANSLITERATED.sub(lambda m: _LETTER_OF[m.group(0)], text)]


#: A line break inside a sentence: after a word no sentence ends with ("… taget til" /
#: "efterretning.", "… sendes til" / "Trafiksikkerhedsudvalget."), as e-mail and narrow
#: columns wrap a decision's lines.
_WRAPPED_PHRASE = re.compile(
    # (the line break looked for first: the look-behinds are tried at line breaks only,
    # not at every position of the text; the same matches, 15x faster)
    r"(?=\n)(?:"
    + "|".join(
        rf"(?<=\s{word})"
        for word in ("til", "af", "på", "om", "og", "med", "for", "fra", "ved", "samt", "at", "som")
    )
    # ("Økonomiudvalget kan ikke" / "imødekomme anmodningen": the negation at the line's
    # end, the verb it denies on the next line)
    + r"|(?<=\sikke)(?=\n[a-zæøå])"
    # ("Et mindretal (F)" / "anbefaler forslaget.": the subject's party letters in
    # brackets, its verb on the next line)
    + r"|(?<=[A-ZÆØÅ]\))(?=\n[a-zæøå])"
    + r")\n(?=[A-ZÆØÅa-zæøå])"
)


#: "Punktet behandles efter pkt. 7.", "Sagen blev behandlet før sag nr. 3": the item moved
#: in the agenda's order.
_MOVED_ITEM = re.compile(
    r"^(?:punktet|sagen)\s+(?:blev\s+)?behandle(?:s|des|t)\s+(?:efter|før|forud\s+for)\s+"
    r"(?:pkt\.?|punkt|sag(?:\s+nr\.?)?|§)\s*\d{1,4}\s*\.?$",
    re.I,
)


#: Typed shorthand minutes' outcomes: "Godk.", "Ikke godk. – …", "Vedt. med én ændring:",
#: "Anbef. til ØU.", "T.t.e.", "Tte.", "Taget til eft." (the abbreviation opening the text,
#: a line, a bullet or a sentence).
_SHORTHAND = re.compile(
    # (the first letter of every abbreviation looked for first: the look-behinds are not
    # tried at every position of the text; the same matches, 2x faster)
    r"(?=[tgva])(?:^|(?<=[\n.!:>]\s)|(?<=^[-•*]\s)|(?<=\n[-•*]\s)|(?<=\bikke\s))"
    r"(?:(?P<tte>t\.\s?t\.\s?e|tte|taget\s+til\s+eft)|(?P<word>godk|vedt|anbef))\."
    r"(?=\s|$|[,;:)])",
    re.IGNORECASE | re.MULTILINE,
)
_SHORTHAND_WORDS = {"godk": "godkendt", "vedt": "vedtaget", "anbef": "anbefales"}


def _written_out(found: re.Match) -> str:
    """A shorthand outcome written out, its first letter's case kept; the abbreviation's
    full stop kept where a sentence ends with it (a capital, a dash or the line's end
    after it)."""
    word = found.group("word")
    full = _SHORTHAND_WORDS[word.lower()] if word else "taget til efterretning"
    if found.group(0)[:1].isupper():
        full = full[:1].upper() + full[1:]
    after = found.string[found.end() : found.end() + 2].lstrip(" ")[:1]
    return full + "." if not after or after == "\n" or after.isupper() or after in "–—-" else full


#: A box before an option of an outcome marked rather than written (``vocab.OPTION_BOX``).
_OPTION_BOX = re.compile(OPTION_BOX)
#: "~~Nej~~": an option struck out (markdown's strike), not chosen.
_STRUCK = re.compile(r"~~[^~\n]{1,60}~~")


#: "Godkendt: Nej", "Tiltrådt: nej.": the outcome's field of a template answered no (the
#: word the template asks about, then "Nej" alone: "Godkendt: Ja / Nej", nothing chosen,
#: is no answer). "Godkendt: / Nej" is the template's "Ja / Nej" with "Ja" struck through
#: in Word (the reader leaves struck runs out): answered no as well.
_ANSWERED_NO = re.compile(
    r"^(?:godkendt|vedtaget|tiltrådt|anbefalet|anbefales|bevilget|imødekommet)\s*:\s*"
    r"(?:/\s*)?nej\b"
    r"(?!\s*/)\.?",
    re.IGNORECASE,
)


#: An adjudicating board's ruling on a complaint or a dispute, opening the outcome (a
#: huslejenævn's, a beboerklagenævn's, an ankenævn's, a hegnsyn's): "Klagen tages til følge"
#: (the complaint upheld: ``approved``), "Klagen tages ikke til følge" (``rejected``),
#: "Klagen tages delvis til følge" (met in part: the board's own measure, ``decided``);
#: "Sagen hjemvist til forvaltningen" (sent back to the body below: ``referred``); "Lejer
#: gives medhold", "Udlejer fik delvist medhold" (the party the board finds for:
#: ``decided``); "Forlig indgået" (the parties settled before the board: ``decided``);
#: "Vurderingsstyrelsens afgørelse stadfæstes" (the decision appealed upheld or changed:
#: ``decided``).
_RULING = re.compile(
    r"^(?:(?:klagen|anken|kravet|påstanden|indsigelsen|ankesagen)\s+"
    # ("Klagen blev ikke taget til følge": the negation before the participle)
    r"(?:blev\s+|bliver\s+|er\s+)?(?P<not_before>ikke\s+)?(?:tages|taget|toges)\s+"
    r"(?P<partly>(?:delvis|delvist)\s+)?(?P<not>ikke\s+)?til\s+følge"
    # ("Nævnet meddeler B en advarsel", "Nævnet meddelte lejer påbud om …", "Hegnsynet
    # bestemmer, at hegnet nedskæres …", "Nævnet pålægger udlejer at …": the board's
    # sanction or order, its ruling, the party named between verb and sanction)
    r"|(?P<sanction>(?:[\wæøå-]*nævnet|hegns?synet)\s+(?:meddeler|meddelte|tildeler|tildelte|"
    r"giver|gav)\s+(?:[\wæøå'.-]+\s+){0,3}?(?:en\s+)?(?:skriftlig\s+)?(?:advarsel|påbud)\b)"
    r"|(?P<orders>(?:[\wæøå-]*nævnet|hegns?synet)\s+(?:bestemmer|bestemte|pålægger|pålagde|"
    r"fastsætter|fastsatte)\b)"
    # ("Udlejer skal tilbagebetale 14.300 kr.", "Lejer pålægges at …": a party ordered)
    r"|(?P<ordered>(?:udlejer|lejer|klager|indklagede|ejer|beboer|bevillingshaver|ansøger)"
    r"(?:en|ne)?\s+(?:skal|pålægges)\s+(?!ikke\b)(?=[a-zæøå]))"
    # ("Bevillingen fornys for 8 år", "Alkoholbevillingen meddeles på vilkår …": the
    # licence applied for granted or renewed, the application approved as "Ansøgningen
    # imødekommes" is; "Bevillingen fornys ikke" refused)
    r"|(?P<licence>[\wæøå]*bevillingen\s+(?:meddeles|fornys|fornyes|gives|forlænges|udstedes)"
    r"(?P<licence_not>\s+ikke)?\b)"
    # ("Sagen afsluttet ved forlig – nævnet har ikke truffet afgørelse", "Sagen hævet uden
    # afgørelse": closed with no ruling, nothing decided by the board, as a withdrawn item)
    r"|(?P<unruled>sagen\s+(?:er\s+|blev\s+)?(?:afsluttet|hævet|bortfaldet)\b[^.\n]*?"
    r"\b(?:ikke\s+truffet|uden)\s+(?:nogen\s+)?afgørelse)"
    r"|(?P<back>(?:sagen|klagen|afgørelsen)\s+(?:blev\s+|bliver\s+|er\s+)?hjemvis(?:t|es))"
    # ("Vurderingsstyrelsens afgørelse stadfæstes", "Kommunens afgørelse ændres": the board's
    # ruling on the decision appealed to it, upheld, changed or set aside)
    r"|(?P<upheld>(?:[\wæøå]+s\s+)?afgørelse(?:n)?\s+(?:blev\s+|bliver\s+|er\s+)?"
    r"(?:stadfæstes|stadfæstet|ændres|ændret|ophæves|ophævet)\b)"
    r"|(?P<party>[\w-]+(?:\s+[\w-]+)?\s+(?:gives|får|fik|gaves)\s+(?:ikke\s+)?"
    r"(?:(?:delvis|delvist|fuldt|fuldt\s+ud)\s+)?medhold)"
    r"|(?P<settled>forlig\s+(?:indgået|indgås|blev\s+indgået|er\s+indgået)|"
    r"der\s+blev\s+indgået\s+forlig|parterne\s+indgik\s+forlig))",
    re.IGNORECASE,
)


#: A ticked mark opening a line of the outcome ("✔ Godkendt", "☒ Udsat", "[x] Drøftet").
_LEADING_TICK = re.compile(
    rf"^[ \t]*(?:[{TICKS}{TICKED_BOXES}]\ufe0f?|{TICKED_LETTER_BOX})[ \t]*", re.MULTILINE
)
_LEADING_MARKS = TICKS + TICKED_BOXES + "[("


def _ticked_only(text: str) -> str:
    """The outcome marked among options, the options not chosen left out: "Beslutning: ☒
    Godkendt ☐ Ikke godkendt ☐ Udsat" reads "Beslutning: Godkendt", "( ) Taget til
    efterretning (x) Drøftet" reads "Drøftet", a line of an empty box alone ("☐ Udsat",
    one option a line) goes, "Godkendt: Ja / ~~Nej~~" reads "Godkendt: Ja". Text without an
    empty box or a strike is returned as it is."""
    if "~~" in text:
        text = _STRUCK.sub("", text).replace(" / ", " ").replace(" /\n", "\n")
    out: list[str] = []
    for line in text.split("\n"):
        boxes = list(_OPTION_BOX.finditer(line))
        if not boxes or not any(empty_box(b.group(0)) for b in boxes):
            out.append(line)
            continue
        # the text before the first box (a label, "Godkendt:"), then each ticked option
        kept = [line[: boxes[0].start()].rstrip()]
        for b, nxt in zip(boxes, [*boxes[1:], None], strict=True):
            if not empty_box(b.group(0)):
                kept.append(line[b.end() : nxt.start() if nxt else len(line)].strip())
        line = " ".join(k for k in kept if k)
        if line.strip(" -•*–"):
            out.append(line)
    return "\n".join(out).strip()


def _ruling(first: str) -> tuple[str, str] | None:
    """(type, evidence) of an adjudicating board's ruling opening the outcome (see
    ``_RULING``); None for any other text (a cheap substring test first)."""
    low = first[:80].lower()
    if not (
        "til følge" in low
        or "hjemvis" in low
        or "medhold" in low
        or "forlig" in low
        or "nævnet " in low
        or "synet " in low
        or " skal " in low
        or "pålægges" in low
        or "bevillingen " in low
        or "afgørelse" in low
    ):
        return None
    m = _RULING.match(first)
    if m is None or m.group(0).lower().startswith(("ikke ", "ingen ")):
        return None
    if m.group("back"):
        return "referred", m.group(0)
    if m.group("unruled"):
        return "none", m.group(0)
    if m.group("licence"):
        return ("rejected" if m.group("licence_not") else "approved"), m.group(0)
    if m.group("sanction") or m.group("orders") or m.group("ordered") or m.group("upheld"):
        return "decided", m.group(0)
    if m.group("party") or m.group("settled"):
        if " ikke " in f" {m.group(0).lower()} ":
            return "rejected", m.group(0)  # "Klager får ikke medhold"
        return "decided", m.group(0)
    if m.group("not") or m.group("not_before"):
        return "rejected", m.group(0)
    return ("decided" if m.group("partly") else "approved"), m.group(0)


#: '(Rettet fra "Udsat".)', '[ændret fra: Godkendt]': the outcome a correction after the
#: meeting replaced, in brackets beside the new one.
_CORRECTED_FROM = re.compile(
    r"\(\s*(?:rettet|ændret|korrigeret)\s+fra\b[^)\n]*\)\.?"
    r"|\[\s*(?:rettet|ændret|korrigeret)\s+fra\b[^\]\n]*\]\.?",
    re.IGNORECASE,
)


#: "Dagsorden ok", "Referatet OK", "Dagsorden og referat ok": the agenda or the minutes
#: said "ok" (a note taker's approval).
_OK_APPROVED = re.compile(
    r"^(?P<what>(?:dagsorden|referat)(?:en|et)?(?:\s+og\s+(?:dagsorden|referat)(?:en|et)?)?)"
    r"\s+ok\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _classified(text: str, forum: str | None, agreed: bool) -> tuple[tuple[str, str], ...]:
    """``classify_decision`` of a stripped text, cached: standing items' decisions recur
    word for word ("Godkendt.", "Taget til efterretning.")."""
    if ("☐" in text or "□" in text or "[ ]" in text or "( )" in text or "~~" in text) and (
        ticked := _ticked_only(text)
    ) != text:
        # "☒ Godkendt ☐ Ikke godkendt ☐ Udsat": the ticked option is the outcome, the
        # options left empty (or struck out) say nothing of it
        return _classified(ticked, forum, agreed)
    if " fra" in text and (fixed := _CORRECTED_FROM.sub("", text).strip()) != text:
        # 'Indstilles til Økonomiudvalget. (Rettet fra "Godkendt".)': minutes corrected
        # after the meeting name the old outcome; it is no longer the decision
        return _classified(fixed, forum, agreed)
    if text[:1] in _LEADING_MARKS and (bare := _LEADING_TICK.sub("", text)) != text:
        # "✔ Bevilget — dog kun 125.000 kr.", "[x] Udsat": the mark of the outcome chosen
        # opening its words, no word of it
        return _classified(bare.strip(), forum, agreed)
    if ":" in text[:14] and (answered_no := _ANSWERED_NO.match(text)):
        # "Godkendt: Nej", "Vedtaget: nej": a template's yes/no field answered no
        return (("rejected", answered_no.group(0)),)
    if "." in text[:40] and (longhand := _SHORTHAND.sub(_written_out, text)) != text:
        # "Godk.", "T.t.e.", "Anbef. til KB.": shorthand read as the words it stands for
        return _classified(longhand, forum, agreed)
    if text[:1] in "DdRr" and (ok := _OK_APPROVED.match(text)):
        # "Dagsorden ok.", "Referatet OK": a note taker's "ok" of the agenda or the minutes
        # is their approval
        return _classified(f"{ok.group('what')} godkendt{text[ok.end() :]}", forum, agreed)
    if ("edtaget" in text or "odkendt" in text or "EDTAGET" in text or "ODKENDT" in text) and (
        vote := _BARE_VOTE_AFTER.search(text)
    ):
        # "Forslaget oversendes til Omsorgsudvalget. Vedtaget uden afstemning.": the vote
        # closing the text adopts the motion before it (the case sent on or put off), no
        # approval of the proposal itself; so too the forum's own decision told before it
        # ("Byrådet besluttede at afsætte 400.000 kr. til formålet. Vedtaget enstemmigt.")
        before = _classified(text[: vote.start()].strip(), forum, agreed)
        if before and primary_decision_type(t for t, _ in before) in _ADOPTED_MOTIONS:
            return before
    if _says_nothing(text):
        if agreed and _NEXT_MEETING_ONLY.fullmatch(text):
            # "Aftale: Næste møde holdes 18. september 2025.": the date the forum agreed
            return (("decided", text),)
        return (("none", text),)
    # "Intet." as its own paragraph, then what a page puts after the last item ("Næste
    # møde: …", a contact line, "Referatet er godkendt af formanden"): nothing decided.
    first = text.split("\n\n", 1)[0].strip()
    # (not "Byrådet besluttede:" over its points: a lead-in, what follows it the decision)
    if first != text and first[-1:] != ":" and _says_nothing(first):
        if "esvare" in first.lower() and (
            noted := _answer_noted(text[len(first) :], forum, agreed)
        ):
            # "Borgmesteren besvarede spørgsmålet." / "Byrådet tog besvarelsen til
            # efterretning.": the answer told, then the forum's own act on it
            return noted
        return (("none", first),)
    if (
        "\n" in first
        and first.split("\n", 1)[0].strip()[-1:] == "."
        and all(_says_nothing(line.strip()) for line in first.split("\n") if line.strip())
    ):
        # "Intet." / "Næste møde holdes 10. november 2014.": each line of the one paragraph
        # says nothing was decided (the next meeting's date merely told), so none is
        first_line = first.split("\n", 1)[0].strip()
        return (("none", first_line),)
    if ". " in first and _each_says_nothing(first):
        # "Intet. Næste ordinære møde er 11. september." over the sign-off: each sentence
        # of the one paragraph says nothing was decided, as each line's may
        return (("none", first),)
    # "Ældrerådet afgav følgende høringssvar: …": the body decided its reply; what follows
    # is the reply's wording ("kan ikke anbefale …"), not a decision on the item.
    # (not "Oversendes til Område-MED, som afgiver høringssvar": another body replies)
    # (not "Udsat, da HovedMED endnu ikke har afgivet høringssvar": no reply given yet)
    if (
        _may_name_reply(first)
        and (reply := _HEARING_REPLY.match(first))
        and not _SENT_ON.match(first)
        and not _NOT_YET.search(reply.group(0))
        # (not "Sagen tages op på næste møde, når Beredskabet har afgivet udtalelse": a
        # reply awaited from another body, the condition for taking the case up again)
        and not _AWAITED_REPLY.search(reply.group(0))
        # (not "Bestyrelsen anbefaler Økonomiudvalget at afgive høringssvar": the reply is
        # the other body's to give, the forum's act the recommendation)
        and not ("anbefal" in first and _REPLY_RECOMMENDED.match(first))
        # (not "Rådet drøftede planen og vil afgive et samlet høringssvar inden 15. maj.":
        # the reply the discussion's next step, a follow-up, as an agreed task is)
        and not ("drøftede" in first and _DISCUSSED_REPLY_LATER.match(first))
    ):
        if (agreed_to := _APPROVED_BEFORE_REPLY.match(first)) is not None:
            # "Seniorrådet tiltrådte indstillingen og afgiver følgende høringssvar:":
            # the recommendation approved, the reply given as it proposed
            return (("approved", agreed_to.group(0).strip()),)
        if _AS_RECOMMENDED.search(reply.group(0)):
            # "Rådet afgav udtalelse som indstillet.": the reply given as the recommendation
            # proposed it, the recommendation approved ("Bevilget som indstillet." is too)
            return (("approved", reply.group(0).strip()),)
        return (("decided", reply.group(0).strip()),)
    if ("nbefal" in first or "NBEFAL" in first) and (stance_reply := reply_after_stance(first)):
        # "Rådet kan ikke anbefale forslaget. Høringssvar udarbejdes af formanden.": a
        # consulted forum's stance, then its reply: the stance is what the reply says
        return (("decided", stance_reply),)
    if first[:8].lower() == "følgende" and (agenda := _NEXT_AGENDA_SET.match(first)):
        # "Følgende punkter sættes på dagsordenen til næste møde:" over the points: the
        # forum set its next agenda; a point's note in the list ("(udsat fra dette
        # møde)") is no act of this item's
        return (("decided", agenda.group(0).strip()),)
    if ":\n" in first and (quoted := _REPLY_QUOTED.match(first)):
        # "Oversendes til Social- og Sundhedsudvalget med rådets høringssvar:" over the reply's
        # wording ("Rådet kan ikke anbefale …"): the lead says what the forum did with the
        # reply, what follows is what the reply says, no act of the forum's on the item
        lead = _classified(quoted.group("lead").strip(), forum, agreed)
        if lead and lead[0][0] != "other":
            return lead
    if first[:6].lower() == "gennem" and (seen_through := _ACKNOWLEDGED.match(first)):
        # "Gennemgået - ingen bem.": seen through without remarks, taken for information
        return (("noted", seen_through.group(0).strip()),)
    if "uden " in first and (seen_through := _SEEN_WITHOUT_REMARKS.match(first)):
        # "Oversigten blev gennemgået uden bemærkninger.": read through, nothing to add
        return (("noted", seen_through.group(0).strip()),)
    if first[:5].lower() == "mødet" and (cancelled := _MEETING_CANCELLED.match(first)):
        # "Mødet aflyst. Punktet overflyttes til mødet den 28.11.2023.": the item's fate
        # after the notice; the notice alone decides nothing (not "aflyse": decided)
        rest = text[cancelled.end() :].strip()
        after = _classified(rest, forum, agreed) if rest else ()
        return after if after and after[0][0] != "other" else (("none", first),)
    if (ruled := _ruling(first)) is not None:
        # "Klagen tages til følge. Sagen hjemvises …": the board's ruling on the case is
        # the outcome; what it orders after it is the ruling's consequence
        return (ruled,)
    if first[:6].lower() == "afslag" and _REFUSAL_LEAD.match(refusal := _first_sentence(first)):
        # "Afslag, jf. indstillingen." over the forum's remark to the applicant ("Udvalget
        # opfordrer klubben til at søge, når retningslinjerne er vedtaget"): the refusal
        # opening the outcome is the outcome, whatever the remark after it says
        return (("rejected", refusal),)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for hit in _hits(text, forum=forum):
        if hit.dtype not in seen:
            seen.add(hit.dtype)
            out.append((hit.dtype, hit.evidence))
    if "approved" not in seen and (adopted := _by_reference(text)):
        # "Som indstillet, dog således at …", "Som indstillet af Økonomiudvalget.", "Ad 1:
        # Som indstillet.": the recommendation adopted by reference, what follows it a
        # condition or an addition (as after "Godkendt med den ændring, at …")
        out.insert(0, ("approved", adopted.group("ref")))
        seen.add("approved")
    if (
        "postponed" not in seen
        and ("vent" in (lowered := text.lower()) or "igen" in lowered)
        and (waits := _WAITS_TILL_LATER.search(text))
    ):
        # "Alle var enige om at …, så vi venter til næste møde.", "Film-aften venter vi med
        # til vi ved hvad det koster.": a youth council's words for a point put off
        out.insert(0, ("postponed", waits.group(0)))
        seen.add("postponed")
    lead = _first_sentence_of_first(text, first)
    if (
        "postponed" in seen
        and "decided" in seen
        and _DECIDED_TO_MOVE.match(lead)
        and all(e.lower() in lead.lower() for t, e in out if t == "postponed")
    ):
        # "Besluttet at fastholde planen og udskyde go-live til april.": the forum decided
        # to move a project's date, it did not put off its own item (an item put off in a
        # sentence of its own after the decision, "Rådet besluttede at se stolene
        # først. Punktet udsat til mødet i maj.", is put off)
        out = [(t, e) for t, e in out if t != "postponed"]
        seen.discard("postponed")
    if (
        "postponed" in seen
        and "decided" in seen
        and not _DECIDED_TO_MOVE.match(lead)
        and _part_put_off_only(text, [e for t, e in out if t == "postponed"])
    ):
        # "Udvalget prioriterede projekt 1, 3 og 4. Projekt 2 udskydes til 2012.": the
        # forum chose among the parts of its case and moved one of them to a later year; the
        # item itself was decided, not put off
        out = [(t, e) for t, e in out if t != "postponed"]
        seen.discard("postponed")
    if len(seen) > 1 and "postponed" in seen and put_off_only_as_alternative(text):
        # "Udvalget besluttede at holde drøftelsen som virtuelt møde i stedet for at
        # udskyde den.": the postponement is what the forum chose not to do
        out = [(t, e) for t, e in out if t != "postponed"]
        seen.discard("postponed")
    if (
        "postponed" in seen
        and "referred" in seen
        and all(_NO_STANCE.match(e) for t, e in out if t == "postponed")
    ):
        # "Sagen oversendes til Direktionen … Centerchefforum tog ikke stilling til
        # prioriteringen": the case sent on, the question left to the body it goes to; a
        # stance not taken beside a referral puts nothing off, the referral is the outcome
        out = [(t, e) for t, e in out if t != "postponed"]
        seen.discard("postponed")
    if (
        "referred" in seen
        and "recommended" not in seen
        and (" op om " in lead or "støt" in lead)
        and (endorsed := _ENDORSED_ON.search(lead) or _SUPPORT_SENT_ON.match(text))
    ):
        # "Kontaktudvalget bakker op om forslaget, og sagen oversendes til Børne- og
        # Familieudvalget": the forum's support sent on with the case to the body that
        # decides, a recommendation (the support is the forum's own act, where "oversendes
        # med anbefaling" is the referral); also the support
        # first and what it supports sent on in the next sentence ("Rådet støtter
        # ansøgningen. Ansøgningen sendes videre til …")
        out.insert(0, ("recommended", endorsed.group("support")))
        seen.add("recommended")
    if (
        "rejected" in seen
        and "referred" in seen
        and all(_NOT_RECOMMENDED.match(e) for t, e in out if t == "rejected")
        and _WITHOUT_RECOMMENDATION.search(text)
    ):
        # "Udvalget kunne ikke anbefale indstillingen. Sagen sendes videre til
        # Økonomiudvalget uden indstilling.": the recommendation withheld is why the case
        # goes on without one, no refusal of the case; the referral is the outcome (as
        # "uden anbefaling" is)
        out = [(t, e) for t, e in out if t != "rejected"]
        seen.discard("rejected")
    if "rejected" in seen and (
        grant := _pool_grant(lead, first, [e for t, e in out if t == "rejected"])
    ):
        # "Lokaludvalget bevilgede i alt 131.500 kr. fordelt på 5 ansøgninger. Ansøgningen
        # fra <forening> blev afslået.": a pool shared out, one application (or the rest
        # of one) refused in a sentence after the grant; the grant is the decision
        # (also the grant, or a request met in part, on the outcome's first line:
        # "Bevilget kr. 223.000 som anført i skemaet." / "<forening>: Ansøgningen afvist.",
        # "1. <forening> – <projekt>. Bevilget kr. 60.000" / … / "6. <forening> – afvist")
        out = [("decided", grant)] + [(t, e) for t, e in out if t not in ("rejected", "decided")]
        seen.discard("rejected")
    if (
        seen == {"referred"}
        and "genoptage" in text.lower()
        and all("tilbage" in e for t, e in out)
        and (back := _COMES_BACK.search(text[:400]))
    ):
        # "Sagen sendes tilbage til forvaltningen … Genoptages på mødet i december.": sent
        # back for more work and resumed at a later meeting named, put off till then (as a
        # withdrawn item said to come back is)
        out.insert(0, ("postponed", back.group(0)))
        seen.add("postponed")
    if (
        "rejected" in seen
        and len(out) > 1
        and all(_NOT_FOLLOWED.match(e) for t, e in out if t == "rejected")
    ):
        # "Administrationens indstilling blev ikke fulgt. Udvalget besluttede at meddele
        # tilladelse …": the recommendation set aside for the forum's own decision, which
        # is the outcome (as "fulgte ikke indstillingen, men besluttede …" reads)
        out = [(t, e) for t, e in out if t != "rejected"]
        seen.discard("rejected")
    if (
        "rejected" in seen
        and ("næste" in text or "senere" in text or "kommende" in text)
        and (later := _DECIDES_LATER.search(text))
    ):
        # "Forslaget blev ikke vedtaget på mødet. … beslutter på næste LokalMED.": not
        # adopted yet, the decision left to a later meeting (postponed, not refused)
        out = [("postponed", later.group(0))] + [
            (t, e) for t, e in out if t not in ("rejected", "postponed")
        ]
        seen.discard("rejected")
    if (
        seen == {"decided"}
        and ("ndelig" in text or "NDELIG" in text)
        and all("aftal" in e.lower() for t, e in out)
        and (final := _FINAL_LATER.search(text))
    ):
        # "Vi aftalte at NN indhenter tilbud, og at der tages endelig stilling i juni", "Det blev
        # aftalt, at havnefogeden beder om et tilbud til næste møde, før oprensningen vedtages
        # endeligt": what was agreed is the groundwork, the decision itself left to a later
        # meeting (postponed, as "beslutter på næste møde" is)
        return (("postponed", final.group(0)),)
    if (
        seen == {"discussed"}
        and ("ndstil" in lead or "NDSTIL" in lead or "oreslå" in lead or "ORESLÅ" in lead)
        and (done := _DISCUSSED_THEN_DONE_AS_PROPOSED.match(lead))
    ):
        # "Drøftet og lagt i offentlig høring som indstillet.": discussed, then done what the
        # recommendation asked, as it put it: the recommendation approved (as "Sendes i
        # høring som indstillet." is; "Drøftet som indstillet." stays discussed)
        out.append(("approved", done.group("done")))
        seen.add("approved")
    if seen == {"decided"} and (
        "ndstil" in lead or "NDSTIL" in lead or "oreslå" in lead or "ORESLÅ" in lead
    ):
        if _GRANTED_AS_RECOMMENDED.match(lead):
            # "Bevilget som indstillet.", "Anlægsbevillingen blev givet som indstillet.": a
            # grant or permit that says no more than that it is done as recommended is the
            # recommendation approved, as "Sendes i høring som indstillet." is (a forum that
            # names what it grants, "Udvalget bevilgede 120.000 kr. som indstillet", decides)
            return (("approved", lead),)
        amended = _GRANTED_AS_RECOMMENDED_EXCEPT.match(lead)
        if amended and not _IN_PART_OR_LESS.search(first):
            # "Bevilget som indstillet med undtagelse af ansøgning nr. 4, som tildeles 20.000
            # kr. Der bevilges således i alt 80.000 kr.", "Bevilget som indstillet, dog får
            # ansøgning nr. 3 …": a pool's list granted as recommended, one application
            # changed, is the recommendation approved with an amendment, as "Godkendt med
            # den ændring, at …" is; the total told after it restates the grant (a request
            # met in part, "…, dog således at <forening> imødekommes delvist", stays the
            # forum's own measure)
            return (("approved", amended.group(0).strip(" ,")),)
    # "Punktet udgik – julefrokosten er aflyst …": withdrawn, whatever else the text tells
    # (but "Punktet blev trukket og udsat til næste møde" is postponed, and "Sagen blev
    # trukket af dagsordenen og sendes tilbage til Teknisk Udvalg" referred: sent on)
    if (
        out
        and "postponed" not in seen
        and "referred" not in seen
        and (_WITHDRAWN.match(lead) or _NOT_MINUTED.match(lead))
    ):
        if _WITHDRAWN.match(lead) and (back := _COMES_BACK.search(text[:400])):
            # "Sagen blev trukket og forelægges på mødet den 3. marts": put off to it
            return (("postponed", back.group(0)),)
        # "Lukket punkt. Aftalt at PMN og HR går videre …": the closed mark, then what was
        # agreed all the same; that is the decision
        rest = text[text.find(lead) + len(lead) :].strip() if _CLOSED_LEAD.match(lead) else ""
        # ("Lukket punkt. Behandlet.": dealt with behind closed doors, nothing said of how)
        dealt = rest[:5].lower() == "behan" and _HANDLED_ALONE.match(rest) is not None
        after = _classified(rest, forum, agreed) if rest and not dealt else ()
        if after and after[0][0] not in ("none", "other"):
            return after
        return (("none", lead),)
    handled = _HANDLED.match(first) if first[:5].lower() == "behan" else None
    if handled and _NOT_MINUTED.match(first[handled.end() :]):
        # "Behandlet. Fremgår af lukket referat.", "Behandlet – se særskilt notat.": a
        # closed item dealt with, its outcome minuted elsewhere: nothing said here
        return (("none", first),)
    if not out and _NOT_MINUTED.match(lead):
        return (("none", lead),)  # "Lukket punkt – beslutning fremgår af lukket referat."
    if not out and lead[:6].lower() in ("punkte", "sagen ") and _MOVED_ITEM.match(lead):
        # "Punktet behandles efter § 7.": the item moved in the order, nothing decided
        # here (a decision after it, "… Godkendt.", is found above)
        return (("none", lead),)
    if not out and (talk := _DISCUSSION_LEAD.match(text)):
        # "Drøftelse: Der var enighed om prioriteringen.": the conclusion labelled as the
        # forum's discussion, with no decision of its own in it
        return (("discussed", talk.group(0).strip()),)
    if (
        "rejected" not in seen
        and ("aldt" in text or "ALDT" in text)
        and (fell := _fallen(text, out, seen))
    ):
        # "Forslaget om at meddele miljøgodkendelse faldt. … Sagen oversendes til Byrådet.":
        # the motion voted down, then where the case goes: a split outcome, its points
        # typed each (the fall is no pattern of the matcher's, only the terse reading's);
        # "Ad 2: Faldt med 3 stemmer for og 4 imod.": one point of the recommendation
        out = [("rejected", fell), *out]
        seen.add("rejected")
    if (
        "rejected" not in seen
        and seen & {"approved", "recommended"}
        # (the cheap tests: "ikke" and "pkt"/"punkt", in the cases minutes write them)
        and ("kke" in text or "KKE" in text)
        and ("kt" in text or "KT" in text)
        and (refused := _POINT_NOT.search(text))
        and _OUTCOME_SUBJECT.match(_sentence_before(text, refused.start()))
    ):
        # "Indstillingens pkt. 1 og 3 blev godkendt, pkt. 2 ikke.": the point left out of
        # the approval, its verb elided, is refused: a split decision (the forum's own or
        # the recommendation's sentence: "V og I anbefaler pkt. 1 og 2, men ikke pkt. 3." is
        # a minority's position)
        out.append(("rejected", refused.group(0).strip(" ,")))
        seen.add("rejected")
    if not out and (sent := _SUPPORT_SENT_ON.match(text)):
        # "Bestyrelsen bakker op om ansøgningen. Lars sender den til <forvaltning>.": the
        # forum's support, then what it supports sent on to the body that decides it in the
        # next sentence: an endorsement, a recommendation (as in one sentence, _ENDORSED_ON)
        return (("recommended", sent.group("support")),)
    if (
        "decided" in seen
        and "rejected" not in seen
        and ("fremme" in text or "FREMME" in text)
        and _NOT_SUPPORTED.match(opening := _first_sentence(text))
    ):
        # "Udvalget besluttede, at sagen ikke fremmes.": the matcher reads the forum's
        # decision; what it decided is that the case goes no further, a refusal
        out.append(("rejected", opening))
        seen.add("rejected")
    if out and "referred" not in seen:
        out = _sent_on_first(text, out)
    found = out or _terse_decision(text)
    if not found and " / " in text and (danish := text.partition(" / ")[2].strip()):
        # "Matoqqasumik … takuneqarsinnaavoq. / Fremgår af lukket referat.": the outcome in
        # a second language (Greenlandic, before the Danish) and then in Danish, typed by
        # the Danish half where the first says nothing the patterns read
        second = _classified(danish, forum, agreed)
        if second[0][0] != "other":
            return second
    if not found and text[:1] in "AaOoHh" and (done := _LAST_TASKS_DONE.match(text)):
        # "Aftalerne fra sidst er fulgt op, …": the last meeting's tasks reported done, a
        # status the forum took note of (no agreement of its own under "Konklusion:")
        return (("noted", done.group(0)),)
    unknown = "decided" if agreed else "other"
    return tuple(found or [(unknown, _first_sentence(text))])


#: "Aftalerne fra sidst er fulgt op", "Opgaverne fra sidste møde er udført",
#: "Handlingspunkterne fra forrige møde blev lukket": the last meeting's agreements or
#: tasks reported done (the standing item "Opfølgning på aftaler fra sidste møde").
_LAST_TASKS_DONE = re.compile(
    r"^(?:aftalerne|opgaverne|handlingerne|handlingspunkterne|aktionerne|aktionspunkterne|"
    r"opfølgningspunkterne)\s+fra\s+(?:sidst|(?:sidste|forrige|seneste)\s+møde)\s+"
    r"(?:er|blev)\s+(?:fulgt\s+op|udført|løst|gennemført|lukket|afsluttet)",
    re.IGNORECASE,
)


#: What a bare vote closing the text adopts rather than approves: the case sent on, put
#: off, or the forum's own decision told before it.
_ADOPTED_MOTIONS = frozenset({"referred", "postponed", "decided"})
#: "… Vedtaget uden afstemning.", "… Enstemmigt godkendt.", "… Vedtaget med 27 stemmer mod
#: 4.": a bare vote as the text's last sentence, after the motion it adopts. Also the motion
#: named as the subject of the vote, a council's record of the chair's motion put to it
#: ("Borgmesteren foreslog, at forslaget oversendes til …. Dette blev vedtaget uden
#: afstemning.", "… Forslaget om oversendelse blev vedtaget med 25 stemmer for, 6 imod.").
_BARE_VOTE_AFTER = re.compile(
    r"(?<=[.!])\s+(?:(?:det|dette|(?:borgmesterens|formandens)\s+forslag"
    # ("Ændringsforslag fra A: / Forslaget oversendes til … / Ændringsforslaget blev
    # vedtaget.": the amendment's words told before its vote)
    r"|ændringsforslaget|forslaget\s+om\s+(?:oversendelse|udsættelse))\s+blev\s+"
    # ("Borgmesterens forslag blev dermed vedtaget.": the count told before it)
    r"(?:dermed\s+|herefter\s+|derefter\s+|hermed\s+)?)?"
    r"(?:enstemmigt\s+)?(?:vedtaget|godkendt)"
    # ("… med 27 stemmer mod 3 (O og D).": who voted against in brackets after the count)
    r"(?:\s+(?:enstemmigt|uden\s+afstemning|med\s+\d+\s+stemmer(?:\s+mod\s+\d+"
    r"(?:\s+\([^()\n]{1,40}\))?)?"
    # ("… med 25 stemmer for, 6 imod (V, C).": the count for and against, who voted against)
    r"(?:\s+for\s*,\s*\d+\s+imod(?:\s+\([^()\n]{1,40}\))?)?))?"
    # ("…, og sagen blev herefter sendt til <udvalg>.": what carrying the motion did)
    r"(?:\s*,\s*og\s+sagen\s+blev\s+(?:herefter\s+|dermed\s+|derefter\s+)?"
    r"(?:sendt|oversendt)\s+(?:videre\s+|tilbage\s+)?til\s+[^.\n]{1,80})?\.?\s*$",
    re.IGNORECASE,
)


#: "Indstillingen blev ikke fulgt": the recommendation not followed (the evidence of a
#: rejection that the forum's own decision after it outranks).
_NOT_FOLLOWED = re.compile(r"^indstilling\w*\s+(?:blev\s+)?ikke\s+fulgt$", re.IGNORECASE)


#: "Udvalget bevilgede …", "Der blev bevilget …", "Der bevilges …": a grant as the verb of
#: the decision's first sentence. Also the grant the body decided ("Udvalget besluttede at
#: bevilge således: …", the verb also misspelt "bevillige") and a pool shared out ("Udvalget
#: fordelte puljen således: …", "Puljen fordeles således: …").
_GRANT_LEAD = re.compile(
    # ("Udvalget besluttede at fordele puljen således: …": the pool shared out as decided)
    r"\b(?:bevilgede|bevilger|bevilges|blev\s+bevilget|besluttede\s+at\s+(?:bevil(?:li)?ge|fordele)"
    r"|fordelte|fordeles|blev\s+fordelt)\b(?!\s+ikke\b)",
    re.IGNORECASE,
)


#: "… og afslog resten", "… de øvrige ansøgninger afslås": what the grant left refused in
#: the grant's own sentence, the grant in part.
_REST_REFUSED = re.compile(
    r"\b(?:afsl\w*|afvis\w*)\s+(?:resten|det\s+øvrige|de\s+øvrige(?:\s+ansøgninger)?)\b"
    r"|\b(?:resten|(?:de\s+)?øvrige\s+ansøgninger)\s+(?:blev\s+)?(?:afsl|afvis)",
    re.IGNORECASE,
)


#: "Bevilget kr. 60.000", "Bevilget 8.000 kr.", "Imødekommet delvist", "imødekommes
#: delvis": a grant by its participle opening a sentence before the amount, or a request
#: met in part.
_GRANT_OPENING = re.compile(
    r"(?:^|(?<=[.:])\s+|(?<=\s[–—-])\s+|\n)(?:Bevilget(?=\s*(?:kr\.?\s*)?\d|\s*[.–—-]|\s*$)"
    r"|(?i:imødekommet|imødekommes)\s+delvist?)"
    r"|\b(?i:delvist?\s+imødekomm\w+|imødekomm\w+\s+delvist?)"
)


def _pool_grant(lead: str, first: str, refusals: list[str]) -> str | None:
    """The evidence of a grant that decides a pool's applications though one was refused
    after it (:func:`_classified`): the grant as the verb of the first sentence, or a
    grant or a request met in part on the first line, where the refusal is not."""
    if ("bevil" in (low := lead.lower()) or "fordel" in low) and (
        grant := _GRANT_LEAD.search(lead)
    ):
        if all(e not in lead for e in refusals) or _REST_REFUSED.search(lead):
            return grant.group(0)
        return None
    line = first.split("\n", 1)[0]
    if (
        ("Bevilg" in line or "delvis" in line)
        and (grant := _GRANT_OPENING.search(line))
        and all(e not in line for e in refusals)
    ):
        return grant.group(0).strip()
    return None


#: "… i stedet for at udskyde den", "frem for at udsætte sagen", "fremfor at vente med
#: punktet": a postponement named as what was done instead of, so not done.
_INSTEAD_OF_PUTTING_OFF = re.compile(
    r"\b(?:i\s+stedet\s+for|frem\s*for)\s+at\s+(?:udsætte|udskyde|vente\s+med)\b",
    re.IGNORECASE,
)
#: The words that put a point off (any other left in the text is a postponement).
_PUT_OFF_WORD = re.compile(r"\b(?:udsæt|udskyd|udsat|vente\s+med|venter\s+med)", re.IGNORECASE)


def put_off_only_as_alternative(text: str) -> bool:
    """Whether every word putting a point off in ``text`` names the alternative the forum
    did not take ("… besluttede at holde mødet virtuelt i stedet for at udskyde det",
    "frem for at udsætte sagen"): then nothing was put off."""
    low = text.lower()
    if "stedet" not in low and "frem" not in low:
        return False  # (the cheap test: the words "i stedet for" and "frem for" hold)
    if _INSTEAD_OF_PUTTING_OFF.search(text) is None:
        return False
    return _PUT_OFF_WORD.search(_INSTEAD_OF_PUTTING_OFF.sub(" ", text)) is None


#: "Besluttet at … udskyde go-live …", "Det blev besluttet at udsætte opstarten …": a
#: decision that opens by saying it was decided (or that the body decided, "Byrådet
#: besluttede at udskyde fristen …"), whose postponement moves something other
#: than the item itself (not "Besluttet at udsætte sagen / punktet / behandlingen").
_DECIDED_TO_MOVE = re.compile(
    r"^(?:(?:det\s+blev\s+|det\s+er\s+)?besluttet"
    # ("Byrådet besluttede at udskyde fristen til 1. juli": the body, in a word or a
    # committee's name of a few, deciding to move a date)
    r"|(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+og\s+[\wæøå-]+)?\s+(?:besluttede|har\s+besluttet)),?\s+at\s+"
    r"(?![^.]*\b(?:udsætte|udskyde)\s+(?:sagen|punktet|behandlingen|beslutningen|"
    r"stillingtagen(?:en)?|drøftelsen|afgørelsen|den|det|dette)\b"
    # ("… at udsætte uddelingen og at træffe valget på mødet i september": the item's own
    # choice put to a later meeting, postponed)
    r"|[^.]*\bpå\s+(?:[\wæøå]+\s+){0,2}møde(?:t)?\b)",
    re.IGNORECASE,
)
#: "Projekt 2 udskydes til 2012.", "Etape B udsættes til næste år.": a sentence of its own
#: whose subject is one part of the case (not the item: "Sagen", "Punktet",
#: "Behandlingen" …) moved to a later year; a part's timing, no item put off.
_PART_TO_LATER_YEAR = re.compile(
    r"(?:^|(?<=[.!]\s)|(?<=\n))(?!(?:sagen|punktet|behandlingen|beslutningen|drøftelsen"
    r"|afgørelsen|stillingtagen|den|det|dette|mødet|emnet|temaet)\b)"
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+[\wæøå0-9-]+){0,3}\s+(?:udskydes|udsættes|flyttes)\s+til\s+"
    r"(?:(?:foråret|efteråret|sommeren|vinteren|\d\.\s+halvår)\s+)?(?:\d{4}|næste\s+år)\b",
    re.IGNORECASE,
)


def _part_put_off_only(text: str, evidence: list[str]) -> bool:
    """Whether every postponement ``evidence`` word of ``text`` stands in a sentence that
    moves one part of the case to a later year (``_PART_TO_LATER_YEAR``)."""
    if "til" not in text.lower():
        return False
    spans = [m.group(0).lower() for m in _PART_TO_LATER_YEAR.finditer(text)]
    return bool(spans) and all(any(e.lower() in sp for sp in spans) for e in evidence)


#: "bakker op om forslaget", "støtter ansøgningen": the forum's support of what it was
#: asked to back.
_SUPPORTED = (
    r"\b(?:(?:bakker|bakkede)\s+op\s+om|støtter|støttede)\s+"
    r"(?:forslaget|indstillingen|anbefalingen|projektet|planen|ansøgningen)"
)
#: "bakker op om forslaget, og sagen oversendes til …", "støtter indstillingen og
#: oversender sagen til …": the forum's support of a proposal, then the case sent on in the
#: same sentence (an advisory committee's endorsement to the body that decides).
_ENDORSED_ON = re.compile(rf"(?P<support>{_SUPPORTED})(?=[^.]*\boversend)", re.IGNORECASE)
#: "Bestyrelsen bakker op om ansøgningen. Skolelederen sender den til forvaltningen.": the
#: support as the first sentence, the thing supported sent on (by pronoun or its noun) in
#: the next, to the body that decides it.
_SUPPORT_SENT_ON = re.compile(
    rf"^[^.]{{0,80}}?(?P<support>{_SUPPORTED})\b[^.]{{0,120}}\.\s+[^.]{{0,60}}?\b(?:"
    r"(?:videre)?sender\s+(?:den|det|dem|sagen|ansøgningen|forslaget|projektet|planen)"
    r"|(?:den|det|sagen|ansøgningen|forslaget|projektet|planen)\s+(?:videre)?sendes"
    r"|oversend\w*)\s+(?:videre\s+)?til\b",
    re.IGNORECASE,
)
#: "… uden indstilling", "… uden anbefaling": the case sent on without the forum's
#: recommendation.
_WITHOUT_RECOMMENDATION = re.compile(r"\buden\s+(?:indstilling|anbefaling)\b", re.IGNORECASE)
#: "ikke anbefale", "ikke anbefales", "anbefaler ikke": the evidence of a recommendation
#: withheld.
_NOT_RECOMMENDED = re.compile(r"^(?:(?:ikke|ej)\s+anbefal|anbefal\w*\s+ikke\b)", re.IGNORECASE)
#: "tog ikke stilling", "tager ikke stilling": the evidence of a stance not taken.
_NO_STANCE = re.compile(r"^(?:tog|tag\w*)\s[^.]*\bstilling", re.IGNORECASE)
#: "Drøftelse:", "Drøftelse –": the decision's text opened by the word for a discussion.
_DISCUSSION_LEAD = re.compile(r"^drøftelse(?:r)?\s*[:–-]", re.IGNORECASE)


#: A task table's head row (see ``vocab.TASK_TABLE_HEAD``).
_TASK_HEAD = re.compile(rf"^{TASK_TABLE_HEAD}$", re.IGNORECASE)
#: "Action-punkter:" (a task force's list of the steps it agreed, each with who takes it).
_ACTION_LABELS = ("action-punkter", "actionpunkter")


def is_agreed_label(heading: object) -> bool:
    """A decision headed "Aftalt" / "Aftalt:" (an internal forum's label for what it agreed;
    also "Aftale:" / "Aftaler:", the agreement itself, as on a OneNote page, and
    "Konklusion:", what a council's notes say it concluded: "Rådet sender brev til …";
    and "Besluttet:", what it decided: "Besluttet: Susanne er ordstyrer."; and "Vi
    besluttede:", "Bestyrelsen besluttede:", the body deciding what follows: "kursus og fest.";
    and "Action-punkter:", the steps a task force agreed: "Kasernen tages i brug fra 11/4.";
    and "Udvalgets tilkendegivelse:", what a workshop's forum indicated: "De fem temaer
    lægges til grund for strategien.")."""
    if not isinstance(heading, str):
        return False
    if heading[:1] in "HhAa" and _TASK_HEAD.match(heading):
        return True  # "Hvem | Hvad | Hvornår" over the tasks: what the staff agreed
    label = heading.strip().rstrip(":").strip().lower()
    return label in (
        "aftalt",
        "aftale",
        "aftaler",
        "konklusion",
        "besluttet",
        "tilkendegivelse",
        "udvalgets tilkendegivelse",
        "politisk tilkendegivelse",
        *_ACTION_LABELS,
    ) or (label.endswith(" besluttede") and label.count(" ") == 1)


#: "Bestyrelsen anbefaler Vejle Kommunes Økonomiudvalg at afgive høringssvar …": a reply
#: recommended to the body that gives it.
_REPLY_RECOMMENDED = re.compile(
    r"[^.:\n]{0,80}?\banbefal(?:er|ede)\s+[^.:\n]{1,80}?\s+at\s+afgive\b", re.IGNORECASE
)


#: "Følgende punkter sættes på dagsordenen til næste møde:", "Følgende emner skal på
#: næste dagsorden:": the forum setting the points of a later agenda, the list under it.
_NEXT_AGENDA_SET = re.compile(
    r"^følgende(?:\s+(?:punkter|emner|sager|temaer))?\s+"
    r"(?:sættes|skal(?:\s+sættes)?|kommer|tages\s+op)\s+på\s+"
    r"(?:dagsordenen|næste\s+(?:dagsorden|møde)|[a-zæøå-]*dagsorden(?:en)?)[^\n:.]{0,40}:",
    re.IGNORECASE,
)
#: A hearing reply given: "<body> afgav følgende høringssvar:", "Der afgives høringssvar …";
#: also a consultative council's statement ("Rådet afgav følgende udtalelse: …") and a reply
#: sent ("Rådet sender høringssvar til Sydtrafik inden 15. marts.").
_HEARING_REPLY = re.compile(
    # ("Rådet udarbejdede høringssvar med følgende hovedpunkter:": the body wrote its reply at
    # the meeting, in the past tense; not "udarbejder", which may be a task for later)
    # ("… lukkes fra 1. juli, og sender høringssvar": an ordinal's dot, a
    # lower-case word after it, ends no sentence)
    r"(?:[^.:\n]|(?<=\d)\.(?=\s[a-zæøå])){0,80}?\b"
    r"(?:afgav|afgive|afgiver|afgives|afgivet|(?:ind|frem)?send(?:er|te)|"
    r"udarbejdede|formulerede)"
    r"\s+(?:følgende\s+|en\s+|et\s+|sit\s+|sin\s+)?"
    # ("afgiver en positiv udtalelse", "afgav et kritisk høringssvar": one word saying how
    # the reply reads between the article and the noun; not "ikke", "intet", "ingen")
    r"(?:(?!ikke\b|intet\b|ingen\b)[a-zæøå]{3,15}\s+)?"
    r"(?:høringssvar|høringsudtalelse|udtalelse)\b[^.:\n]{0,80}[.:]?|"
    # ("Høringssvar udarbejdes af formand og næstformand …": the reply to be written, in
    # the passive, opening the decision: the forum decided to reply; "Høringssvar afgives.",
    # "Høringssvar afgives med de bemærkninger, der faldt": the reply given, so written)
    r"(?:et\s+)?(?:høringssvar|høringsudtalelse)\s+"
    r"(?:udarbejdes|skrives|formuleres|afgives(?!\s+ikke\b))\b"
    r"[^.:\n]{0,80}[.:]?|"
    # ("Handicaprådet udarbejder et høringssvar.": the council itself, in the present, as
    # the whole sentence: its decision to reply; "…, som formand og næstformand godkender"
    # after it tells the later steps, not taught here)
    r"[\wæøå-]*(?:rådet|udvalget|bestyrelsen|nævnet)\s+udarbejder\s+(?:et\s+|sit\s+)?"
    r"(?:fælles\s+)?(?:høringssvar|høringsudtalelse)\s*\.",
    re.IGNORECASE,
)


#: "Rådet drøftede planen og vil afgive et samlet høringssvar …": the reply announced as
#: what follows the discussion (in the future, "vil"/"skal", or the present after the past
#: "drøftede": "… og afgiver høringssvar som aftalt"), no reply given here; not "… og afgiver
#: følgende høringssvar:", the reply's wording in the minutes.
_DISCUSSED_REPLY_LATER = re.compile(
    r"^[^.:\n]{0,60}?\bdrøftede\b[^.:\n]{0,80}?\bog\s+"
    r"(?:(?:vil|skal)\s+(?:afgive|sende|udarbejde)|(?:afgiver|sender|udarbejder)(?!\s+følgende))\b",
    re.IGNORECASE,
)


#: "Rådet kan ikke anbefale forslaget …", "Ældrerådet kunne ikke anbefale ændringen": a
#: consulted forum's stance on what it was asked about, opening its decision.
_CANNOT_RECOMMEND = re.compile(r"^[^.:\n]{0,60}?\bk(?:an|unne)\s+ikke\s+anbefale\b", re.IGNORECASE)


def reply_after_stance(first: str) -> str | None:
    """The sentence that gives the forum's hearing reply after an opening sentence in which
    it cannot recommend what it was consulted on ("Rådet kan ikke anbefale forslaget.
    Høringssvar udarbejdes af formanden."), else None: the stance is what the reply says and
    the reply the forum's act, as in one sentence ("kan ikke anbefale ændringen og afgiver
    høringssvar"); no reply (only the stance, or a reply awaited or another body's) is
    None, and the stance stays a refusal."""
    if not _CANNOT_RECOMMEND.match(first):
        return None
    for sentence in _NEXT_SENTENCE.split(first)[1:]:
        sentence = sentence.strip()
        reply = _HEARING_REPLY.match(sentence) if _may_name_reply(sentence) else None
        if (
            reply is not None
            and not _SENT_ON.match(sentence)
            and not _NOT_YET.search(reply.group(0))
            and not _AWAITED_REPLY.search(reply.group(0))
            # (not "Sagen afventer, at HovedMED har afgivet høringssvar": another's reply)
            and not _REPLY_OF_ANOTHER.search(reply.group(0))
        ):
            return sentence
    return None


#: "afventer, at …", "har afgivet": a reply told as awaited or as given before, no act of
#: the meeting's.
_REPLY_OF_ANOTHER = re.compile(r"\b(?:afvent\w*|har|havde)\s", re.IGNORECASE)


def _may_name_reply(text: str) -> bool:
    """Whether ``text`` may hold the reply's noun ``_HEARING_REPLY`` needs ("høringssvar",
    "høringsudtalelse", "udtalelse"): most decisions do not, and the pattern's lazy lead
    is tried at length before it fails. (No character but "H", "Ø", "R", "D", "T", "A",
    "L", "E" matches those letters case-insensitively, and each lowers to its letter.)"""
    low = text.lower()
    return "hør" in low or "dtalel" in low


#: A first line that ends by announcing a reply's or a statement's wording ("Oversendes til
#: <udvalg> med rådets høringssvar:", "Sendes til Byrådet med følgende udtalelse:"), the
#: wording on the lines under it.
_REPLY_QUOTED = re.compile(
    r"(?P<lead>[^\n]{3,160}?)\s+med\s+(?:følgende|sit|sin|\w+s)\s+"
    r"(?:høringssvar|høringsudtalelse|udtalelse)\s*:[ \t]*\n\s*\S",
    re.IGNORECASE,
)


#: "<Body> tiltrådte indstillingen og afgiver …", "Indstillingen godkendt, og rådet afgiver
#: …": the recommendation approved in the clause before the hearing reply (approved, which
#: outranks the reply's decided).
_APPROVED_BEFORE_REPLY = re.compile(
    r"^[^.:\n]{0,40}?\b(?:tiltrådte|tiltræder|godkendte|godkender)\s+indstilling(?:en)?\b|"
    r"^indstilling(?:en)?\s+(?:blev\s+)?(?:tiltrådt|godkendt)\b",
    re.IGNORECASE,
)


#: "som indstillet", "som indstillet af forvaltningen": done as the recommendation proposed.
_AS_RECOMMENDED = re.compile(r"\bsom\s+indstillet\b", re.IGNORECASE)


#: "ikke har afgivet", "endnu ikke afgivet": the reply not (yet) given ("kan ikke anbefale
#: ændringen og afgiver høringssvar" gives one).
_NOT_YET = re.compile(r"\bikke\s+(?:\w+\s+)?afgi", re.IGNORECASE)
#: "…, når Beredskabet har afgivet udtalelse": the reply a condition for what the forum does.
_AWAITED_REPLY = re.compile(
    r"\b(?:når|hvis|såfremt|inden|før|efter\s+at|så\s+snart)\s+(?:[\wæøå-]+\s+){0,4}?"
    r"(?:har\s+|er\s+)?(?:afgivet|afgiver|afgives|sendt|fremsendt)\b",
    re.IGNORECASE,
)


#: Decisions some municipalities write as the verb alone ("Drøfte", "Godkende") or a set
#: phrase ("Til orientering."): the whole first sentence looked up.
_TERSE = {
    "drøfte": "discussed",
    "drøftes": "discussed",
    "drøftelse": "discussed",
    "godkende": "approved",
    "godkendes": "approved",
    "anbefale": "recommended",
    "anbefales": "recommended",
    # ("Underskrevet." as the whole decision on the last meeting's protocol: signed, so
    # approved, as "Referatet godkendt og underskrevet." is)
    "underskrevet": "approved",
    "protokollen underskrevet": "approved",
    "udsætte": "postponed",
    "udsættes": "postponed",
    "afslag": "rejected",
    # "Til orientering." as the whole decision: the item was for information, and taken so
    "til orientering": "noted",
    # ("Orientering." alone: the same, a note taker's one word for the point heard)
    "orientering": "noted",
    # ("Orientering givet.", "Orienteringen modtaget.": the noun before its participle, the
    # forum was informed)
    "orientering givet": "noted",
    "orienteringen givet": "noted",
    "orientering modtaget": "noted",
    "orienteringen modtaget": "noted",
}
#: "Tages op igen i april.", "Sagen tages op på ny efter sommerferien", "Vi blev ikke enige og
#: tager den op igen": the item comes back at a later meeting (postponed).
_TAKEN_UP_AGAIN = re.compile(
    # ("Tages op på næste møde": the next meeting named in the place of "igen")
    r"^(?:(?:sagen|punktet|emnet)\s+)?(?:tages|bliver\s+taget)\s+op\s+"
    r"(?:igen|på\s+ny|på\s+(?:det\s+)?(?:næste|kommende)\s+møde|på\s+et\s+senere\s+møde)\b|"
    # "Vi blev ikke enige og tager den op igen i april": no agreement, the item comes back
    r"^(?:vi|man|bestyrelsen|rådet|udvalget)\s+(?:blev|kunne)\s+ikke\s+(?:blive\s+)?enige\b"
    r"[^.]*?\b(?:tager|tages)\s+(?:\S+\s+)?op\s+(?:igen|på\s+ny)\b|"
    # "Ikke noget endeligt besluttet, vi tager det op igen i april", "Ingen beslutning –
    # tages op igen, når …": nothing decided yet, the item comes back
    r"^(?:ingen\s+(?:endelig\s+)?beslutning|(?:der\s+blev\s+)?ikke\s+(?:noget\s+)?"
    r"(?:endeligt\s+)?(?:besluttet|vedtaget))\b[^.]*?\b(?:tager|tages)\s+(?:\S+\s+)?op\s+"
    r"(?:igen|på\s+ny)\b|"
    # "Sagen afventer – tages op igen, når lovforslaget …": the item waits for something and
    # comes back
    r"^(?:sagen|punktet|emnet)\s+afventer\b[^.]*?\b(?:tager|tages)\s+(?:\S+\s+)?op\s+"
    r"(?:igen|på\s+ny)\b|"
    # "Sagen tages op på byrådets møde i januar, idet …", "Punktet tages op på næste møde":
    # the item to be taken up at a later meeting of the forum (not "tages op med <body>")
    r"^(?:sagen|punktet|emnet|valget)\s+(?:tages|bliver\s+taget)\s+op\s+(?:på|til|ved)\s+"
    r"(?:(?:det|et|næste|kommende|senere|førstkommende|[\wæøå-]+s)\s+){0,2}(?:[\wæøå-]*)møde[t]?\b|"
    # "Sagen genoptages, når forvaltningen har beskrevet …", "Punktet genoptages på næste
    # møde": resumed later, when something is done or at a later meeting (not this one)
    r"^(?:sagen|punktet|emnet|valget)\s+genoptages\s*,?\s+(?:når|på|i|efter|senere|til)\b|"
    # "Punktet sættes på næste møde", "Sagen sættes på dagsordenen til dec.-mødet": the item
    # put on the agenda of a later meeting (a month's short form before "-mødet" too)
    r"^(?:sagen|punktet|emnet)\s+(?:sættes|bliver\s+sat)\s+på\s+(?:dagsordenen\s+(?:til|på)\s+)?"
    r"(?:(?:det\s+)?(?:næste|kommende)\s+møde|et\s+senere\s+møde|[\wæøå.]+-mødet)\b",
    re.IGNORECASE,
)
#: "Udvalget ønsker en uddybende beskrivelse af …", "Udvalget beder om yderligere
#: oplysninger om …": the forum asks for more material before it decides (the sentence
#: alone is no decision; with the item taken up again after it, the item is put off).
_MORE_ASKED = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå-]*\s+){1,3}(?:ønsker|ønskede|beder\s+om|bad\s+om|efterspørger)\s+"
    r"(?:en\s+|et\s+|nærmere\s+|yderligere\s+|flere\s+|mere\s+|uddybende\s+){1,3}"
    r"(?:beskrivelse|redegørelse|oplysninger|belysning|materiale|afklaring|uddybning|"
    r"vurdering|analyse|beregning(?:er)?)\b"
    # "Udvalget ønskede sagen nærmere undersøgt, herunder …": the case itself wished
    # looked into further (the participle after it), the same request for more
    r"|^(?:[A-ZÆØÅ][\wæøå-]*\s+){1,3}(?:ønsker|ønskede)\s+(?:sagen|punktet|forslaget|spørgsmålet)\s+"
    r"(?:yderligere\s+|nærmere\s+|bedre\s+|mere\s+)?(?:belyst|undersøgt|uddybet|afklaret|"
    r"beskrevet|oplyst)\b",
)
#: "Punktet flyttes til næste møde, hvor …", "Sagen blev rykket til et senere møde": the item
#: itself moved on to a later meeting (not the meeting moved to another day): postponed.
_ITEM_MOVED_ON = re.compile(
    r"^(?:sagen|punktet|emnet)\s+(?:flyttes|rykkes|overføres|blev\s+(?:flyttet|rykket|overført))"
    r"\s+til\s+(?:det\s+|et\s+)?(?:næste|senere|kommende)\s+møde\b"
    # "Punktet overflyttes til mødet den 28.11.2023", "Sagen er overført til udvalgets møde i
    # december": moved on to a meeting named by its date or month (a cancelled meeting's
    # items)
    r"|^(?:sagen|punktet|emnet)\s+(?:(?:er|blev)\s+)?(?:over)?(?:flyttes|flyttet|overføres|overført)"
    r"\s+til\s+(?:udvalgets\s+|bestyrelsens\s+|rådets\s+)?(?:ordinære\s+)?møde[t]?\s+(?:den|d\.|i)\s"
    # "Flyttet til 17. sept.", "Rykkes til næste møde", "Flyttet til mødet den 14. maj.": a
    # note's bare participle, the item the subject left out (the agenda changed at the
    # meeting), moved to a later meeting or a day (not "Flyttet til lukket dagsorden": no
    # meeting, no day)
    r"|^(?:flyttet|flyttes|rykket|rykkes|overflyttet|overført)\s+til\s+"
    r"(?:(?:det\s+|et\s+)?(?:næste|senere|kommende)\s+møde\b|(?:udvalgets\s+)?mødet\s+(?:den|d\.|i)\s"
    r"|(?:den\s+|d\.\s*)?\d{1,2}\.?\s*(?:[./-]\s*\d{1,2}\b|[a-zæøå]{3,9}\b))",
    re.IGNORECASE,
)
#: "Mødet aflyst.", "Mødet er aflyst – …": the meeting did not take place, the item was not
#: dealt with (what the rest says of it is the outcome: moved on to a later meeting).
#: (its sentence ends where a capital opens the next: "pga. sygdom" stays in it)
_MEETING_CANCELLED = re.compile(
    r"^mødet\s+(?:(?:er|blev)\s+)?aflyst\b.{0,120}?(?:[.:!]\s+(?=(?-i:[A-ZÆØÅ]))|[.:!]?\s*$)",
    re.IGNORECASE | re.DOTALL,
)
#: "Afslag meddeles i overensstemmelse med indstillingen.", "Afslag givet.": the refusal as
#: the sentence's head, like the bare "Afslag." (as recommended or not, the application fell);
#: "Afslag på dispensation.", "Afslag på anmodningen": the permit or request refused
_REFUSAL_LEAD = re.compile(
    # ("Afslag tiltrådt.", "Afslag godkendt.": the refusal recommended, endorsed)
    r"^afslag(?:\s+(?:meddeles|meddelt|gives|givet|blev\s+(?:meddelt|givet)"
    r"|tiltrådt|tiltrædes|godkendt|godkendes))?"
    r"(?:\s+(?:på|til)\s+(?:ansøgningen|anmodningen|(?:landzone|bygge)?tilladelse(?:n)?"
    r"|dispensation(?:en)?))?"
    r"(?:\s*[.!]?$|\s*,|\s+(?:i\s+overensstemmelse\s+med|jf\.?|som|efter)\s)",
    re.IGNORECASE,
)
#: "Forslaget blev ikke støttet.", "Ansøgningen støttes ikke.", "Ikke støttet.": the forum
#: did not back the proposal put to it (a council's refusal, as "ikke godkendt" is).
#: "Beslutningsforslaget blev ikke fremmet.", "Borgerforslaget fremmes ikke.": a member's
#: or citizens' proposal not carried forward, the council's word for voting it down.
#: "Rådet kan ikke støtte ændringen.", "Seniorrådet bakker ikke op om …": the same refusal
#: with the forum as the subject (an advisory council's reply to a hearing, as "kan ikke
#: anbefale" is; a member's or a party's "kunne ikke støtte" is a position, not matched).
_NOT_SUPPORTED = re.compile(
    r"^(?:(?:\w*forslaget|ansøgningen|anmodningen|ønsket|idéen|ideen|sagen)\s+)?"
    r"(?:blev\s+ikke\s+(?:støttet|fremmet)|(?:støttes|fremmes)\s+ikke"
    r"|kunne\s+ikke\s+(?:støttes|fremmes)|ikke\s+(?:støttet|fremmet))\b"
    # ("Udvalget besluttede, at sagen ikke fremmes.", "Byrådet besluttede ikke at fremme
    # forslaget.": the refusal as the forum's decision; not "ikke fremmes, før …", a case
    # held back until something has happened)
    rf"|^{_FORUM_LEAD}\s+(?:besluttede|beslutter|har\s+besluttet)\s*,?\s+(?:at\s+"
    r"(?:sagen|\w*forslaget|ansøgningen|anmodningen)\s+ikke\s+(?:skal\s+)?fremmes"
    r"|ikke\s+at\s+fremme\s+(?:sagen|\w*forslaget|ansøgningen|anmodningen))\b"
    r"(?!\s*,?\s*(?:før|indtil|førend)\b)"
    rf"|^(?:{_FORUM_LEAD}|vi)\s+(?:(?:kan|kunne)\s+ikke\s+(?:støtte|bakke\s+op\s+om)"
    r"|(?:støtter|støttede)\s+ikke|(?:bakker|bakkede)\s+ikke\s+op\s+om"
    # ("Lokalrådet går ikke videre med forslaget.": the forum lets a proposal put to it
    # drop, a refusal as the council's notes write it)
    r"|(?:går|gik)\s+ikke\s+videre\s+med\s+(?:\w*forslaget|idéen|ideen|ønsket|henvendelsen"
    r"|ansøgningen|anmodningen))\b",
    re.IGNORECASE,
)
#: "Rådet bakker op om planen, men vil pege på følgende:", "Rådet
#: støtter planen, men har disse kommentarer": the forum's support given with remarks
#: after "men" (an advisory council's reply to a hearing). Not a negated support ("støtter
#: ikke …, men", refused above) nor another's: the forum is the subject.
_SUPPORT_WITH_REMARKS = re.compile(
    rf"^(?:{_FORUM_LEAD}|vi)\s+(?:(?:bakker|bakkede)\s+(?:generelt\s+)?op\s+om|støtter|støttede"
    r"|kan\s+(?:godt\s+)?støtte)"
    r"(?!\s+ikke\b)\s[^.:\n]{1,80}?,?\s+men\s+(?:[^.:\n]{0,60}?\s)?"
    r"(?:følgende|bemærk|kommentar|opmærksom|understreg|påpeg|forbehold|ønske)\w*",
    re.IGNORECASE,
)
#: "Dispensation meddeles ikke.", "Der gives ikke tilladelse": the permit applied for
#: refused, as "Afslag meddeles" is (the application fell).
#: ("Nedrivningstilladelse gives ikke": a permit by any compound of its kind)
_PERMITS_RE = r"(?:dispensation|\w*tilladelse)(?:e?n)?"
_PERMIT_REFUSED = re.compile(
    rf"^(?:(?:der\s+)?(?:meddeles|gives|meddelte|gav)\s+ikke\s+{_PERMITS_RE}|"
    rf"{_PERMITS_RE}\s+(?:meddeles|gives|kan)\s+ikke(?:\s+(?:meddeles|gives))?|"
    # ("Dispensationen blev ikke meddelt.": the refusal told in the past)
    rf"{_PERMITS_RE}\s+blev\s+ikke\s+(?:meddelt|givet))\s*(?:[.,]|$)",
    re.IGNORECASE,
)
#: "Der ydes ikke tilskud.", "Der gives ikke tilskud til …", "Der bevilges ikke støtte":
#: a grant refused in the passive negation (the application fell), the negation of the
#: grant_given rule's "Der ydes tilskud …" (its compounds and "tilsagn" too: "Der gives
#: ikke tilsagn", "Der ydes ikke driftstilskud").
_GRANT_REFUSED = re.compile(
    r"^der\s+(?:ydes|gives|bevilges|meddeles)\s+ikke\s+(?:\w+\s+)?"
    rf"(?:{'|'.join(_GRANTS_GIVEN)}|{_GRANT_COMPOUND})\b",
    re.IGNORECASE,
)
#: "Tilladelse meddelt.", "Dispensation meddelt som ansøgt.", "Landzonetilladelse gives på
#: (de stillede) vilkår": the permit as the sentence's head, then its verb, decided as "Der meddeles
#: tilladelse" is (not "… meddeles ikke", refused above); also with the period or the
#: purpose it is given for ("Dispensationen gives for et år", "Tilladelsen meddeles til
#: opsætning af …").
_PERMIT_LEAD = re.compile(
    rf"^{_PERMITS_RE}\s+(?:meddeles|meddelt|gives|givet|blev\s+(?:meddelt|givet))"
    r"(?:\s*[.!]?$|\s*,|\s+(?:i\s+overensstemmelse\s+med|jf\.?|som|efter"
    # ("på vilkår", "på de anførte vilkår", "på følgende vilkår:")
    r"|på\s+(?:[a-zæøå]+\s+){0,3}vilkår|for|til)\b)",
    re.IGNORECASE,
)
#: "Udvalget ønsker en temadrøftelse, inden der træffes beslutning.", "Beslutning træffes
#: på næste møde": the decision itself left to a later meeting (postponed).
_DECISION_LATER = re.compile(
    r"\b(?:inden|før)\s+der\s+træffes\s+(?:endelig\s+)?beslutning\b|"
    r"^(?:endelig\s+)?beslutning\s+træffes\s+(?:først\s+)?på\s+(?:et\s+)?"
    r"(?:næste|senere|kommende)\s+møde\b",
    re.IGNORECASE,
)
#: "… og sagen behandles igen på aprilmødet", "Punktet behandles på ny efter høringen":
#: the item to be dealt with again at a later meeting, in the middle of the sentence too
#: (what the committee wants looked into first goes before it): postponed. ("Sagen
#: forelægges igen …" stays other: put before a body, which one unsaid.)
_DEALT_WITH_AGAIN = re.compile(
    # ("Ansøgningen behandles igen på marts-mødet": a pool's application, the item's
    # subject, comes back as the case does)
    r"\b(?:sagen|punktet|ansøgningen|anmodningen|forslaget)\s+(?:behandles|genbehandles)\s+"
    r"(?:igen|på\s+ny)\b",
    re.IGNORECASE,
)
#: "… og beslutter på næste møde", "Der træffes beslutning på et senere møde": the forum's
#: own decision put to a later meeting (beside a "not adopted", the item postponed).
_DECIDES_LATER = re.compile(
    r"\b(?:beslutter|besluttes|beslutte|træffer\s+beslutning|træffes\s+beslutning|"
    r"tager\s+stilling|tages\s+stilling)\s+(?:\w+\s+){0,2}?på\s+(?:det\s+|et\s+)?"
    r"(?:næste|kommende|senere)\s+\S+",
    re.IGNORECASE,
)
#: "der tages endelig stilling i juni", "til næste møde, før oprensningen vedtages endeligt": the
#: final decision said to come at a later meeting (a month's, the next).
_FINAL_LATER = re.compile(
    r"\b(?:tages|træffes)\s+endelig\s+(?:stilling|beslutning)\b[^.\n]{0,40}?\b(?:i|på)\s+"
    r"(?:det\s+|et\s+)?(?:næste|kommende|senere|" + "|".join(MONTHS_DA) + r")\b"
    r"|\btil\s+(?:det\s+)?(?:næste|kommende)\s+møde\s*,?\s+før\s+(?:\w+\s+){1,3}"
    r"(?:vedtages|godkendes|besluttes)\s+endeligt\b",
    re.IGNORECASE,
)
#: "OK", "Ok.", "Ok – intet at bemærke.": a note taker's acknowledgement as the whole outcome;
#: "Gennemgået - ingen bem.": a point seen through without remarks (noted; the word alone
#: is no acknowledgement).
_ACKNOWLEDGED = re.compile(
    r"^(?:ok\b|gennemgået\b(?=\s*[-–—,:]\s*(?:intet|ingen)\b))\s*[.!]?\s*"
    r"(?:[-–—,:]\s*(?P<remark>intet\s+at\s+bemærke|ingen\s+bem(?:ærkninger\b|\.))"
    r"[^.\n]{0,40})?[.!]?\s*$",
    re.IGNORECASE,
)
#: "Oversigten blev gennemgået uden bemærkninger.", "Gennemgået uden kommentarer.": a list or
#: an orientation read through with nothing said, the whole outcome (taken for information).
_SEEN_WITHOUT_REMARKS = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøå-]*(?:\s+[\wæøå-]+){0,3}\s+blev\s+)?gennemgået\s+uden\s+"
    r"(?:bemærkninger|kommentarer|spørgsmål)\s*[.!]?$",
    re.IGNORECASE,
)
#: "til efterretning" with a typo in the preposition ("Taget tiul efterretning.").
_NOTED_TYPO = re.compile(r"\b(?:taget|tages|tog)\s+\w{1,5}\s+efterretning\b", re.IGNORECASE)


#: A proposal voted down: "Forslaget faldt." ("falde" alone is too common for a rule);
#: also the vote named first: "Forslaget blev sat til afstemning og faldt."; the motion
#: named: "Forslaget om at meddele miljøgodkendelse faldt." (not "… faldt i god jord":
#: well received)
_FELL = re.compile(
    r"\b(?:forslag(?:et)?|ændringsforslag(?:et)?|indstilling(?:en)?)(?:\s+om\s+[^.\n]{1,80}?)?"
    r"\s+(?:blev\s+)?(?:sat\s+til\s+afstemning\s+og\s+)?faldt\b(?!\s+i\s+god\s+jord)",
    re.IGNORECASE,
)
#: "Som indstillet, dog således at …", "Som indstillet af Økonomiudvalget.", "Jf. indstillingen,
#: idet …", "Enig i indstillingen.": a decision (or one point's, after its marker "Ad 1:")
#: that opens by adopting the recommendation, a committee's or the administration's, and
#: perhaps goes on with a condition or an addition.
_BY_REFERENCE_LINE = (
    rf"[ \t]*(?:{_AD_POINTS}\s*[:.)–-]\s*)?"
    r"(?P<ref>(?:som|jf\.?|jævnfør|enige?\s+i)\s+"
    r"(?:indstillet|indstillingen|foreslået|anbefalet|anbefalingen)"
    # ("… af Økonomiudvalget", "… fra Teknisk Udvalg": whose recommendation it was)
    r"(?:\s+(?:af|fra)\s+(?:[\wæøå-]+\s+){0,3}?[\wæøå-]+)?)"
    r"(?=\s*(?:[.!,;–-]|$)|\s+(?:med|idet|dog|men|således|samt|bortset|undtagen)\b)"
)
#: The text's first line so opened; the other lines' found after their line break (a search
#: led by "^" tries every position of the text, one led by the break only the lines' starts).
_BY_REFERENCE = re.compile(_BY_REFERENCE_LINE, re.IGNORECASE | re.MULTILINE)
_BY_REFERENCE_AFTER_BREAK = re.compile("\n" + _BY_REFERENCE_LINE, re.IGNORECASE | re.MULTILINE)


def _by_reference(text: str) -> re.Match[str] | None:
    """A line of ``text`` that opens with the recommendation adopted by reference (see
    ``_BY_REFERENCE``), else None."""
    return _BY_REFERENCE.match(text) or _BY_REFERENCE_AFTER_BREAK.search(text)


#: A sentence about the recommendation or told by the forum itself: opened by the proposal
#: or its points, by the outcome's participle, by a reference to it or a point's marker, by
#: a body's name ("Udvalget", "Plan- og Boligudvalget") or its majority; not by members or
#: parties.
_OUTCOME_SUBJECT = re.compile(
    r"\W*(?:indstilling\w*|forslag\w*|pkt\b|punkt\w*|godkend\w*|tiltr[åa]\w*|anbefal\w*|"
    r"vedta\w*|bifald\w*|som\b|ad\b|jf\b|(?:et\s+)?flertal\w*|(?:[\wæøå-]+\s+){0,3}?[\wæøå-]*(?:udvalg|udvalget|rådet|"
    r"bestyrelsen|forum|forummet|gruppen|direktionen))(?![\wæøå])",
    re.IGNORECASE,
)


def _sentence_before(text: str, at: int) -> str:
    """The sentence ``text[at]`` stands in, from its start to ``at``: after the last line
    break, or stop before a capital ("pkt. 1" is no sentence's end), before ``at``."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, at):
        start = m.end()
    return text[start:at]


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ])|\n")


#: "Ad 2: Faldt med 3 stemmer for og 4 imod.", "Ad 2 - Faldt.", "Pkt. 2 faldt.": one point
#: of the recommendation voted down, named by its marker alone (no "forslaget" before the
#: verb); the marker opens a line or follows a sentence's end.
_POINT_FELL = re.compile(
    rf"(?:^|\n|[.!?]\s)[ \t]*{_BULLET}?(?:{_AD_POINTS}|(?:pkt\.?\s*|punkt\s+)\d{{1,2}}[a-z]?)"
    r"\s*[:.)–-]?\s*(?:blev\s+)?faldt\b(?!\s+i\s+god\s+jord)",
    re.IGNORECASE,
)
#: "…, pkt. 2 ikke.", "…, mens punkt 2 ikke": a point of the recommendation left out of the
#: approval before it, the verb elided (it is the approval's, negated); also "…, dog ikke
#: pkt. 2": the point excepted from it.
_POINT = r"(?:pkt\.?|punkt(?:erne)?)\s*\d{1,2}[a-z]?(?:\s*(?:,|og)\s*\d{1,2}[a-z]?)*"
_POINT_NOT = re.compile(
    rf"(?:,|\bmens?|\bog)\s+(?:(?:indstillingens|forslagets)\s+)?{_POINT}"
    r"\s+(?:blev\s+|er\s+)?ikke\s*(?:[.;]|$)"
    rf"|(?:,|\bdog|\bmen)\s+(?:dog\s+)?ikke\s+(?:indstillingens\s+)?{_POINT}\s*(?:[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)


def _fallen(text: str, out: list[tuple[str, str]], seen: set[str]) -> str | None:
    """The words telling that a proposal fell in the vote, where that is a part of the
    outcome beside what the matcher found (``out``, its types ``seen``): a proposal's fall
    (``_FELL``) beside a referral, a discussion or a note (beside an approval only as one
    point's outcome, "Ad 2: Forslaget faldt …": not an amendment voted down before the item
    was adopted); a point's fall named by its marker alone (``_POINT_FELL``) anywhere."""
    fell = _FELL.search(text) if out else None
    if fell and (
        seen <= {"referred", "discussed", "noted"}
        or (fell.group(0)[:1] in "FfIi" and point_led(text, fell.start()))
    ):
        return fell.group(0)
    point = _POINT_FELL.search(text)
    return point.group(0).strip(" \n.!?") if point else None


#: "Forslaget bortfaldt." after the vote is told ("… blev sat til afstemning. For: Ø (1) –
#: Imod: V, C, O (25). Forslaget bortfaldt."): outvoted, it fell (``rejected``); without a
#: vote the word is a proposal withdrawn or lapsed (``_WITHDRAWN``: nothing decided).
_LAPSED_IN_VOTE = re.compile(
    r"\b(?:ændrings)?forslag(?:et|ene)?\s+(?:blev\s+)?bortfaldt\b(?![^.]*\b(?:idet|da|fordi)\b)",
    re.IGNORECASE,
)
#: The vote told: put to the vote, or a side's count.
_VOTED = re.compile(r"\b(?:til\s+afstemning|stemte|imod\s*:)", re.IGNORECASE)
#: "Debatten blev afsluttet.", "Debatten er gennemført": a debate held on the item (a
#: council's "forespørgselsdebat"), nothing put to the vote: discussed.
_DEBATE_HELD = re.compile(
    r"^(?:forespørgsels)?debatten\s+(?:blev|er)\s+(?:afsluttet|gennemført|holdt|afholdt)\b",
    re.IGNORECASE,
)
#: "Forespørgslen blev besvaret af borgmesteren.", "Socialborgmesteren besvarede
#: forespørgslen.": a member's interpellation (a council's "forespørgsel") answered in the
#: council, which debates it: discussed, as the debate closed is. (A question answered,
#: "Besvaret af formanden.", "Borgmesteren besvarede spørgsmålet.", decides nothing: none.)
_INTERPELLATION_ANSWERED = re.compile(
    r"^(?:forespørgsle(?:n|rne)\s+(?:blev|er)\s+(?:\w+\s+)?besvaret"
    r"|[A-ZÆØÅ][\wæøå-]*(?:\s+(?:for|og|i|[A-ZÆØÅ][\wæøå-]*))*\s+besvarede\s+"
    r"forespørgsle(?:n|rne))\b",
    re.IGNORECASE,
)
#: "Snak om skolevejen og cykelhjelme.", "Kort drøftelse af næste års tema.", "Dialog om
#: tidsplanen": the decision written as the noun of a talk held on a topic, no verb (a
#: youth council's or a chair's own words): discussed, where nothing else is recognised.
_TALK_ABOUT = re.compile(
    r"^(?:(?:en\s+)?(?:kort|god|grundig|længere|livlig|fælles|åben)\s+)?"
    r"(?:snak|drøftelse|debat|dialog|diskussion|erfaringsudveksling)\s+(?:om|af|omkring)\s",
    re.IGNORECASE,
)
#: "Input fra drøftelsen tages med i det videre arbejde.", "Pointerne fra gruppearbejdet
#: indgår i det videre arbejde med planen": a seminar's or a workshop's views carried on
#: to the work that follows, no decision (discussed, as "Udvalget kom med følgende input"
#: is); the views named by their noun, the work as "det videre/fortsatte arbejde".
_VIEWS_CARRIED_ON = re.compile(
    r"^(?:input(?:tet|et)?|bemærkning(?:er|erne)?|kommentar(?:er|erne)?|pointer(?:ne)?"
    r"|synspunkt(?:er|erne)?|id[eé](?:er|erne)?|drøftelse(?:n|rne)?)"
    r"(?:\s+fra\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:tages\s+med|medtages|indgår|inddrages|bringes\s+(?:med|videre))"
    r"\s+i\s+(?:det\s+)?(?:videre|fortsatte|kommende)\s+arbejde\b",
    re.IGNORECASE,
)
#: "Næste møde flyttes til den 2. oktober.", "Mødet i juni rykkes til 18/6": the forum moved
#: its own meeting (or an event of its own: "Temadagen flyttes til …") to another day, a
#: decision of its own (a next meeting's date merely told, "Næste møde holdes …", decides
#: nothing).
_MEETING_MOVED = re.compile(
    r"^(?:næste\s+)?(?:møde(?:t)?|[\wæøå-]+mødet|[\wæøå-]*(?:dagen|seminaret|arrangementet|"
    # ("Plantedagen flyttes til lørdag den 2. maj": an event of its own moved)
    r"konferencen|workshoppen|receptionen|festen|udflugten|turen))\b"
    r"[^\n]{0,40}?\s(?:flyttes|rykkes|blev\s+(?:flyttet|rykket))"
    # ("Næste møde flyttes fra 4. til 11. maj": the day it leaves named first)
    r"(?:\s+fra\s+(?:den\s+|d\.\s*)?\d{1,2}\.?(?:\s*[a-zæøå]{3,9})?)?"
    # (to a day, "til den 2. oktober", "til tirsdag"; not "flyttes til Kroppedal", a place)
    r"\s+(?:frem\s+)?til(?=\s+(?:den\s+|d\.\s*)?(?:\d|[a-zæøå]+dag\b))",
    re.IGNORECASE,
)
#: "Dialogmødet afholdes 12. marts", "Temadagen holdes tirsdag den 4. maj": an event
#: (a meeting of a kind, a theme day, a seminar) set for a day, the item's outcome. Not
#: "Mødet holdes …" or "Næste møde holdes …", the forum's own next meeting merely told.
_EVENT_SET = re.compile(
    r"^(?:[\wæøå-]+møde(?:t|rne)|[\wæøå-]*(?:dagen|seminaret|arrangementet|konferencen|"
    r"workshoppen|receptionen|festen))\s+(?:af)?holdes\s+(?:den\s+|d\.\s*)?"
    r"(?:[a-zæøå]+dag\s+(?:den\s+|d\.\s*)?)?\d{1,2}\.?\s*(?:[a-zæøå]{3,9}\b|/\d{1,2})",
    re.IGNORECASE,
)
#: "Byrådet valgte Jette Brodersen (V).": a body's election of a named person.
#: ("Esbjerg Kommune genvalgte NN …": a company's sole owner electing its board)
_ELECTED = re.compile(
    r"^(?-i:[A-ZÆØÅ])[\wæøå-]+(?:\s+(?-i:Kommune))?\s+(?:gen|ny)?valgte\s+(?-i:[A-ZÆØÅ])",
    re.IGNORECASE,
)
#: "Formanden og direktøren fik mandat til at forhandle aftalen på plads.", "Bestyrelsen gav
#: formanden mandat til …": a board's mandate to act for it, its decision.
_MANDATE = re.compile(
    r"^[^.\n]{2,80}?\b(?:fik|gav|gives|gaves|får|giver)\s+(?:[\wæøå]+\s+){0,3}?mandat\s+til\s",
    re.IGNORECASE,
)
#: "Generalforsamlingen meddelte decharge for bestyrelse og direktion.", "Decharge blev
#: meddelt.": the assembly approves the management's year (a company's general assembly).
_DISCHARGED = re.compile(
    r"^(?:(?-i:[A-ZÆØÅ])[\wæøå-]+\s+(?:meddelte|gav)\s+decharge|decharge\s+blev\s+(?:meddelt|givet))\b",
    re.IGNORECASE,
)
#: "Som næstformand valgtes Birthe Holm.", "Til formand genvalgtes …", "Karen Lund blev valgt
#: som formand.": the same election written in the passive (a council's or a board's
#: constitution), decided; also a name re-elected as the whole sentence ("Revisionsfirmaet
#: Nord blev genvalgt.": a board's or repræsentantskab's choice of auditor or member).
_ELECTED_PASSIVE = re.compile(
    # ("Som 1. næstformand valgtes …": the office's rank before it)
    r"^(?:(?:som|til)\s+(?:\d\.\s*)?[\wæøå-]+\s+(?:gen)?valgtes\s+(?-i:[A-ZÆØÅ])|"
    # ("Beierholm, Skive blev genvalgt.": the auditor and its town)
    r"(?-i:[A-ZÆØÅ])[\wæøå-]+(?:,?\s+(?-i:[A-ZÆØÅ])[\wæøå-]+){0,3}\s+(?:blev|er)\s+"
    r"(?:(?:gen)?valgt\s+(?:som|til)\s|genvalgt\s*(?:[.;]|$)"
    # ("Lis Holm blev genvalgt, og Bo Dam blev nyvalgt.", "… blev valgt med akklamation.":
    # a general assembly's election)
    r"|(?:gen|ny)?valgt(?:,\s+og\s|\s+med\s+akklamation\b))|"
    # ("PwC, Vejle, genvalgt.": the auditor named, the participle alone)
    + ELECTED_NAMED_ALONE
    + r"|"
    # ("Bestyrelsen foreslog advokat NN, der blev valgt med akklamation.": the one proposed)
    + ELECTED_AS_PROPOSED
    + r"|"
    # ("Følgende blev valgt:", "Som suppleanter blev genvalgt:": the elected listed under it)
    r"(?:[\wæøå-]+\s+){1,3}blev\s+(?:gen)?valgt\s*:|"
    # ("Genvalgt: NN og NN.", "Valgt: NN (dirigent)": the participle as the list's label)
    r"(?:gen|ny)?valgt\s*:\s*(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
#: "Genvalg af PwC.", "Suppleanter: NN og NN (begge genvalg).": a general meeting's
#: election written with the noun (the act, or the elected's note in brackets): decided.
_ELECTED_NOUN = re.compile(
    r"^(?:(?:gen|ny)valg\s+af\s+(?-i:[A-ZÆØÅ])|"
    r"[\wæøå-]+\s*:\s*(?-i:[A-ZÆØÅ])[^()\n]{2,120}\((?:[^()\n]*\s)?(?:gen|ny)valgt?\))",
    re.IGNORECASE,
)
#: "Mødet blev ledet af Ib Vang (V) som længst siddende medlem.", "Mødet ledes af …": who
#: chairs the meeting, the outcome of an item choosing its chair (a constituting meeting's
#: first item, led by the longest-serving member until the mayor is elected): decided.
_CHAIR_SET = re.compile(
    r"^(?:mødet|det\s+konstituerende\s+møde)\s+(?:blev\s+ledet|ledes|ledtes)\s+af\s+"
    r"(?:[a-zæøå-]+\s+)?(?-i:[A-ZÆØÅ])",
    re.IGNORECASE,
)
#: "1. viceborgmester: Merete Holm (O)", "Formand: Jens Berg (V)": the office and the
#: member (a party's letter in brackets) chosen for it, one a line, as a constituting
#: meeting's decision writes its elections without a verb: decided. Also the body first,
#: its offices after the colon ("Kulturudvalget: formand Jens Berg (V), næstformand …",
#: the chairs of the standing committees chosen one committee a line).
_OFFICE_FILLED = re.compile(
    r"^(?:(?:\d\.\s*)?(?:[\wæøå-]*formand|[\wæøå-]*borgmester|medlem|stedfortræder|suppleant)"
    r"\s*:\s*|"
    # (the body named by a word of its kind, then the office and no colon: "Teknik- og
    # Miljøudvalget: formand …")
    r"(?-i:[A-ZÆØÅ])[\wæøå-]*(?:\s+og\s+[\wæøå-]+)?"
    r"(?:udvalg|udvalget|råd|rådet|nævn|nævnet|bestyrelse|bestyrelsen|kommission|kommissionen)"
    r"\s*:\s*[\wæøå-]*formand\s+)"
    r"(?-i:[A-ZÆØÅ])[\wæøå.-]+(?:\s+(?-i:[A-ZÆØÅ])[\wæøå.-]+){0,4}\s*"
    r"\((?-i:[A-ZÆØÅ]{1,3})\)",
    re.IGNORECASE,
)
#: "Oversendes til budgetforhandlingerne": sent on to something that is not a body; also
#: what was sent on named ("Henvendelsen oversendes til Vejdirektoratet …"); not material
#: sent to the meeting's own people ("Præsentationen oversendes til deltagerne").
_SENT_ON = re.compile(
    # ("Regnskabet blev oversendt til revisionen": the same in the past tense)
    # ("Sagen blev sendt retur til udvalget", "… tilbagesendes til …": sent back, referred)
    # ("Oversendt til revisionen, jf. …": the participle alone, as a note's outcome)
    # ("Årsregnskab 2024 blev oversendt til revisionen", "Lokalplan nr. 12 oversendes til
    # …": the document named by its year or number)
    # ("Henvendelsen om bænke ved søen oversendes til …": the noun with what it is about)
    r"^(?:(?:sagen|punktet|[a-zæøå]{3,}(?:en|et|ne)"
    r"(?:\s+(?:om|fra|vedrørende)\s+[^.,;:!?\n]{1,60}?)?"
    r"|[a-zæøå-]{3,}\s+(?:nr\.\s*)?\d{1,4}(?:[-/]\d{1,4})?)\s+)?"
    r"(?:oversendes|(?:blev\s+)?oversendt|"
    r"sendes\s+(?:tilbage|retur)|blev\s+sendt\s+(?:tilbage|retur)|tilbagesendes|"
    r"blev\s+tilbagesendt)\s+til\s+"
    r"(?!(?:møde)?deltager|medlem|alle\b|[\wæøå]+s\s+medlemmer)\w",
    re.IGNORECASE,
)


def _sent_on_first(text: str, out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``out`` with the case sent on (``referred``) first where the text opens with it as a
    sentence of its own ("Oversendt til høring i de tre ejerkommuner.") and
    every type found stands in a later sentence ("NN bemærkede, at …": a member's remark
    after the outcome); else ``out`` as it was."""
    if "send" not in text and "Send" not in text and "SEND" not in text:
        return out  # (the cheap test: every form of _SENT_ON's verbs holds "send")
    first = _first_sentence(text)
    if first == text.strip() or not _SENT_ON.match(first):
        return out
    if any(0 <= text.find(evidence) < len(first) for _, evidence in out):
        return out
    return [("referred", first), *out]


#: "Busstoppestedet tages op med Teknik og Miljø.", "Sagen tages op med forvaltningen": the
#: matter passed on to another unit or body to take up (referred), not "tages op igen".
_RAISED_WITH = re.compile(
    r"\b(?:tages|bliver\s+taget|blev\s+taget)\s+op\s+med\s+"
    r"(?:(?-i:[A-ZÆØÅ])|forvaltningen\b|administrationen\b|sekretariatet\b)",
    re.IGNORECASE,
)


#: A withdrawn item: "Punktet blev trukket af borgmesteren inden mødet.", "Sagen blev
#: taget af dagsordenen.", "Punktet udgik.", "Udgået.", "Forslaget bortfaldt.": nothing was
#: decided on it (the labels' ``none``; a postponement says so: "udsat", "ikke nået", "ikke
#: behandlet").
_WITHDRAWN = re.compile(
    # ("Forespørgslen blev trukket tilbage af forespørgeren.": a member's interpellation
    # withdrawn before the council debated it)
    r"^(?:(?:punktet|sagen|forslaget|forespørgslen|punkt\s+\d+)\s+)?"
    r"(?:(?:blev|er|var|bliver)\s+(?:\w+\s+)?)?"
    r"(?:trukket|trækkes|taget\s+af\s+dagsordenen|fjernet\s+fra\s+dagsordenen|udgik|udgår|"
    # ("Forslaget bortfaldt, idet forslagsstilleren trak det tilbage.": a proposal that
    # lapsed, nothing put to the vote)
    r"udgået|tages\s+af\s+dagsordenen|bortfaldt|bortfalder|bortfaldet)\b",
    re.IGNORECASE,
)


#: "… og forelægges på mødet den 3. marts", "Sagen behandles på næste møde": after a
#: withdrawal, the item said to come back at a later meeting (withdrawn from this one and
#: put off: postponed, as "Punktet blev trukket og udsat" is). Also taken up again once
#: something is done ("Genoptages når rapporten foreligger", as ``_RESUMED_WHEN`` reads).
_COMES_BACK = re.compile(
    r"\b(?:behandles|forelægges|genoptages|tages\s+op|optages"
    # ("Udgår – overført til næste møde.": moved on to a later meeting)
    r"|overført|overføres|flyttet|flyttes)\s+(?:igen\s+|på\s+ny\s+)?"
    # (a council's own meeting by its name's genitive, "på Byrådets møde den 7. oktober",
    # "på kommunalbestyrelsens møde i november")
    r"(?:(?:på|til|ved)\s+(?:(?:det|et|udvalgets|bestyrelsens|rådets|næste|kommende|senere|"
    r"førstkommende|\w+(?:ets|ens))\s+)*møde(?:t)?\b"
    # ("Punktet udgik og behandles i oktober.": the month of a later meeting)
    r"|i\s+(?:" + "|".join(MONTHS_DA) + r")\b)"
    r"|\bgenoptages\s*,?\s+(?:først\s+)?(?:når|efter)\b",
    re.IGNORECASE,
)


#: "Ikke referatpligtigt.": a closed item (a personnel case) of which nothing is minuted.
#: "Lukket punkt.", "Lukket punkt – ikke offentligt.": the decision of a closed item is
#: not published, so the minutes say nothing decided.
_NOT_MINUTED = re.compile(
    r"^(?:ikke\s+referatpligtigt?\b|"
    # ("Beslutningen fremgår af lukket referat.", "Punktet blev behandlet for lukkede
    # døre.": a closed item's outcome minuted elsewhere, nothing said here; "Fremgår af
    # den lukkede protokol.", "Afgørelsen fremgår af lukket protokol.": the public
    # version's closed item, its record the closed protocol; "Fremgår af lukket bilag.": a
    # table's closed row, its decision in a closed appendix)
    r"(?:(?:beslutning(?:en)?|afgørelsen?)\s+)?fremgår\s+af\s+(?:det\s+|den\s+)?lukke(?:t|de)\s+"
    r"(?:referat|protokol|bilag)\b|"
    # ("Beslutning i lukket referat.": the decision said to stand in the closed minutes)
    r"beslutning(?:en)?\s+(?:står\s+|findes\s+)?i\s+(?:det\s+|den\s+)?lukke(?:t|de)\s+"
    r"(?:referat|protokol)\b|"
    # ("Se lukket referat.": the reader sent to the closed minutes)
    # ("Se lukket protokol.": the closed protocol, as the closed minutes)
    r"se\s+(?:det\s+|den\s+|særskilt\s+)?lukke(?:t|de)\s+(?:referat|protokol)\b|"
    # ("Flyttet til lukket dagsorden, jf. punkt 54.", "Punktet blev flyttet til den lukkede
    # del af mødet": the item taken in the closed part, its outcome minuted there)
    r"(?:(?:punktet|sagen)\s+(?:(?:blev|er)\s+)?)?(?:flyttet|flyttes|overflyttet|overført)\s+"
    r"til\s+(?:den\s+|det\s+)?lukke(?:t|de)\s+(?:dagsorden|del|møde|punkt|behandling)\b|"
    # ("Beslutningen er ført til lukket protokol.": a commission's closed record)
    r"(?:beslutning(?:en)?\s+)?(?:er\s+)?ført\s+(?:i|til)\s+(?:den\s+)?lukke(?:t|de)\s+protokol\b|"
    # ("Se særskilt notat.": a closed item's note kept apart)
    r"se\s+(?:det\s+)?(?:særskilt|separat|fortroligt?|lukket)\s+(?:referat|notat)\b|"
    # ("Fremgår af særskilt referat.": minuted apart, as a closed item is; "Fremgår af
    # fortroligt notat.": a leadership forum's confidential point, its note kept apart)
    r"(?:beslutning(?:en)?\s+)?fremgår\s+af\s+(?:et\s+|det\s+)?(?:særskilt|separat|"
    r"fortroligt?)\s+(?:referat|notat)\b|"
    # ("Bestyrelsens beslutning fremgår af fortroligt bilag.": a board's closed item, its
    # decision in a confidential appendix)
    r"(?:\w+s\s+)?beslutning(?:en)?\s+fremgår\s+af\s+(?:et\s+|det\s+)?"
    r"(?:fortrolig[te]?|lukke[td])\s+(?:bilag|referat|protokol)\b|"
    # ("Punktet er behandlet for lukkede døre.": the perfect, as the past)
    # ("Behandlet for lukkede døre, jf. særskilt protokol.": an old protocol's record, no subject)
    # ("Behandles for lukkede døre.": the present, a closed item's standing note)
    r"(?:(?:punktet|sagen)\s+(?:(?:blev|er)\s+)?)?behandle(?:t|des|s)\s+(?:for|bag)\s+lukkede\s+døre\b|"
    # ("Punktet er fortroligt og fremgår af det lukkede referat.": a board's closed item)
    r"(?:punktet|sagen)\s+er\s+fortroligt?\b|"
    # ("Fortroligt.": a closed item's outcome cell, the word alone: nothing published)
    r"fortroligt?\s*\.?\s*$|"
    # ("Aftale: Lukket.": the closed mark alone as the agreement's text)
    # ("Lukket punkt – beslutning fremgår af lukket referat.": minuted elsewhere)
    r"lukket(?:\s+(?:punkt|sag))?\s*(?:[.]|[–—-]\s*ikke\s+offentlig\w*|"
    r"[–—-]\s*(?:beslutning(?:en)?\s+)?fremgår\s+af\s+(?:det\s+)?lukke(?:t|de)\s+referat\b|"
    # ("Lukket punkt – konklusion fremgår af særskilt notat.": the conclusion kept apart)
    r"[–—-]\s*(?:(?:beslutning|konklusion)(?:en)?\s+)?fremgår\s+af\s+(?:et\s+|det\s+)?"
    r"(?:særskilt|separat|fortroligt?|lukke[td]e?)\s+(?:referat|notat|bilag)\b|"
    # ("Lukket punkt – beslutning ført i lukket protokol.": a protocol's closed record)
    r"[–—-]\s*(?:beslutning(?:en)?\s+)?(?:er\s+)?ført\s+(?:i|til)\s+(?:den\s+)?lukke(?:t|de)\s+"
    r"protokol\b|"
    # ("Lukket punkt – behandlet for lukkede døre.", "Lukket punkt – fremgår ikke af
    # referatet.": dealt with, nothing of it minuted here)
    # ("Lukket punkt – behandles for lukkede døre.": the same note in the present)
    r"[–—-]\s*(?:behandle[ts]\s+(?:for|bag)\s+lukkede\s+døre|(?:beslutning(?:en)?\s+)?"
    r"fremgår\s+ikke\s+af\s+(?:det\s+(?:offentlige\s+)?)?referat(?:et)?)\b|$))",
    re.IGNORECASE,
)
#: "Behandlet." / "Behandlet –" opening a closed item's decision (see ``_NOT_MINUTED``).
_HANDLED = re.compile(r"^behandlet\s*[.,–—-]\s*", re.IGNORECASE)
#: "Behandlet." alone: the item dealt with, nothing more said.
_HANDLED_ALONE = re.compile(r"^behandlet\s*\.?\s*$", re.IGNORECASE)
#: "Lukket punkt." / "Punktet er fortroligt." opening a decision that may go on to say
#: what was agreed.
_CLOSED_LEAD = re.compile(r"^(?:lukket\b|(?:punktet|sagen)\s+er\s+fortroligt?\b)", re.IGNORECASE)


#: An amount of money: "53.000 kr.", "kr. 98.700", "12,5 t.kr.", "kr. 12.500,-".
_AMOUNT = r"(?:kr\.?\s*)?\d[\d.,]*(?:,-)?(?:\s*(?:t\.\s*kr|mio\.\s*kr|kr)\b\.?)?"
#: "Sendes i høring som indstillet.", "Som indstillet.": what was put forward was done, so
#: the recommendation was approved (only where no trigger says more).
#: "Bevilget som indstillet.", "Dispensationen blev meddelt som indstillet.": the grant's,
#: permit's or release's participle (what was granted one word at most) and "som
#: indstillet" alone.
_GRANTED_AS_RECOMMENDED = re.compile(
    # ("Besluttet som indstillet.": an old protocol's decision that says no more either)
    # ("Sag 43 afgjort i overensstemmelse med indstillingen.": a closed case's ruling that
    # says no more than that it followed the recommendation; the case by its number)
    r"^(?:(?:sag|punkt)\s+\d{1,4}[a-h]?\s+|[\wæøå-]+\s+)?(?:blev\s+|er\s+)?"
    r"(?:bevilget|givet|meddelt|bevilges|gives|meddeles|besluttet|afgjort|afgøres"
    # ("Rådighedsbeløbet blev frigivet som indstillet.": an appropriation released)
    r"|frigivet|frigives"
    # ("Puljen blev fordelt som foreslået.": a pool shared out as the proposal has it)
    r"|fordelt|fordeles"
    # ("Fordelingen blev aftalt som foreslået i bilag 1.": agreed as proposed)
    r"|aftalt)"
    # ("Bevilget jf. indstillingen.": the recommendation referred to by its noun)
    r"\s+(?:som\s+(?:indstillet|foreslået)|i\s+overensstemmelse\s+med\s+indstillingen"
    r"|jf\.?\s+indstillingen)"
    # ("… som foreslået i bilag 1": where the proposal is written)
    r"(?:\s+i\s+(?:bilag(?:et)?(?:\s+\d{1,2})?|sagsfremstillingen|notatet))?"
    # ("Bevilget som indstillet, i alt 53.000 kr.", "… (i alt kr. 98.700)": the total the
    # recommendation comes to, told after it)
    rf"(?:\s*,\s*i\s+alt\s+{_AMOUNT}|\s*\(\s*i\s+alt\s+{_AMOUNT}\s*\))?"
    # ("Bevilget som indstillet, idet udgiften finansieres af kassebeholdningen.": the
    # grant's condition or funding told after it, as "Godkendt, idet …" is approved)
    r"(?:\s*,\s*idet\s+[^.!?\n]{3,200})?"
    # (the sentence's end, or "kr." closing it where the next sentence runs on in the lead)
    r"(?:\s*[.!]?$|(?<=kr\.)\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE,
)
#: "Bevilget som indstillet med undtagelse af …", "Bevilget som indstillet, dog …",
#: "Bevilges som indstillet bortset fra …": the grant as recommended, then the part it
#: changes.
_GRANTED_AS_RECOMMENDED_EXCEPT = re.compile(
    r"^(?:[\wæøå-]+\s+)?(?:blev\s+|er\s+)?(?:bevilget|bevilges|fordelt|fordeles)\s+som\s+"
    r"(?:indstillet|foreslået)"
    r"(?:\s*,\s*(?:dog|men)\s|\s*,?\s*(?:med\s+undtagelse\s+af|bortset\s+fra|undtagen)\s)",
    re.IGNORECASE,
)
#: "Ordningen videreføres som foreslået, dog …", "Planen vedtages som indstillet med undtagelse
#: af …": what was put forward done in the present passive (or its participle), then the
#: part the forum changed.
_AS_PROPOSED_EXCEPT = re.compile(
    r"^(?:[\wæøå-]+\s+)?(?:blev\s+|er\s+)?[a-zæøå]{3,}(?:es|et|t)\s+som\s+(?:indstillet|foreslået)"
    r"(?:\s*,\s*(?:dog|men)\s|\s*,?\s*(?:med\s+undtagelse\s+af|bortset\s+fra|undtagen)\s)",
    re.IGNORECASE,
)
#: "Drøftet og lagt i offentlig høring som indstillet.", "Behandlet og offentliggjort som
#: foreslået": the discussion, then an act in the participle done as recommended.
_DISCUSSED_THEN_DONE_AS_PROPOSED = re.compile(
    r"^(?:drøftet|behandlet)\s+og\s+(?P<done>(?!som\b)[a-zæøå]{3,}t\b[^.!]{0,80}?"
    r"\s+som\s+(?:indstillet|foreslået))\s*[.!]?$",
    re.IGNORECASE,
)
#: "delvist", "dog kun": a request met in part, a grant cut down as a whole.
_IN_PART_OR_LESS = re.compile(r"\bdelvis|\bdog\s+kun\b", re.IGNORECASE)
_AS_RECOMMENDED = re.compile(
    r"(?:^|\s)(?:som\s+(?:indstillet|foreslået)|jf\.?\s+indstillingen|"
    r"i\s+overensstemmelse\s+med\s+indstillingen)\s*[.!]?$",
    re.IGNORECASE,
)


#: "Som ØU.", "Som Økonomiudvalget.", "Som indstillet af Plan- og Boligudvalget.", "Som ØU's
#: indstilling": the council deciding as the body the case came through recommended (its
#: route, "ØU/BR - …"), so the recommendation before it approved, as "Som indstillet." is
#: (not "Som ovenfor.": no body named).
_AS_BODY = re.compile(
    r"^som\s+(?:(?:indstillet|anbefalet|foreslået|besluttet)\s+(?:af|fra|i)\s+)?"
    r"(?:(?-i:[A-ZÆØÅ]{2,5}(?:/[A-ZÆØÅ]{2,5})?)"
    r"|(?:[\wæøå]+-?\s+og\s+)?[\wæøå-]*?(?:udvalget|udvalg|rådet|bestyrelsen|direktionen))"
    r"(?:'?s\s+(?:indstilling|anbefaling|beslutning)|\s+(?:indstiller|indstillede|anbefaler|anbefalede))?"
    r"\s*[.!]?$",
    re.IGNORECASE,
)


#: "For stemte: A, V og C (24)" / "imod stemte: Ø (2)" / "For stemte 15, imod stemte 6":
#: a side of a vote and its count (in brackets after the parties, or right after the words).
_TALLY = re.compile(
    r"\b(?P<side>for|imod)\s+stemte\s*:?\s*(?:(?P<n1>\d{1,3})\b|[^().;\n]{1,80}?\((?P<n2>\d{1,3})\))",
    re.IGNORECASE,
)


def _vote_tally(text: str) -> str | None:
    """ "approved" / "rejected" for a decision that opens by counting the vote ("For
    stemte: A, V, C, F og O (24), imod stemte: Ø (2), …"): the proposal put to the vote
    carried or fell; None where the text does not open so or the counts tie."""
    if not text[:12].lower().startswith(("for stemte", "imod stemte")):
        return None
    counts = {"for": 0, "imod": 0}
    for m in _TALLY.finditer(text):
        counts[m.group("side").lower()] = int(m.group("n1") or m.group("n2"))
    if counts["for"] == counts["imod"]:
        return None
    return "approved" if counts["for"] > counts["imod"] else "rejected"


#: "Forslaget blev sendt i offentlig høring.", "Lokalplanforslaget sendes i offentlig
#: høring.", "Udvalget sendte planen i høring": the forum put a proposal out for
#: consultation, its decision at this meeting: a public hearing (which the deciding body
#: orders) or the sending told in the past. Not "BK sender det i høring" (a unit's next
#: step), not "Hvis planen godkendes, sendes den …" nor "indstiller, at forslaget sendes …".
_PUT_TO_CONSULTATION = re.compile(
    r"^(?![^.]*\b(?:hvis|såfremt|når|at)\b)[^.]*?\b(?:"
    r"(?:sendes|blev\s+sendt|er\s+sendt|sendte)\s+(?:\w+\s+){0,3}?(?:i|til)\s+offentlig\s+høring"
    r"|(?:blev\s+sendt|sendte)\s+(?:\w+\s+){0,3}?(?:i|til)\s+høring)\b",
    re.IGNORECASE,
)


#: "Udvalget traf afgørelse om anbringelse …", "Der blev truffet beslutning om …", "Nævnet
#: har truffet endelig afgørelse": a forum that says it made a decision (a case about one
#: person or a complaint, the ruling itself withheld or told after it). Past forms only
#: ("inden der træffes beslutning" is a decision to come); not "traf ingen afgørelse".
#: The present only as a protocol's record opening the sentence with the ruling told in
#: its "at" clause ("Rådet træffer afgørelse om, at borger A visiteres til …").
_DECISION_MADE = re.compile(
    r"\b(?:traf|(?:har|blev|er)\s+truffet)\s+(?:(?!ikke\b|ingen\b)\w+\s+){0,3}?"
    r"(?:afgørelse|beslutning)(?:\s+om|\s+i\s+sagen|\s*[.,]|$)"
    r"|^(?:[A-ZÆØÅ][\wæøå-]*\s+){1,3}træffer\s+(?:endelig\s+)?(?:afgørelse|beslutning)\s+om,?\s+at\b",
    re.IGNORECASE,
)


#: "Til orientering, alle tager plakater med.": the set phrase of an item for information
#: as the sentence's first clause, what follows it a task of no decision.
#: ("Til orientering – ingen bemærkninger.": the remark after a dash)
_NOTED_THEN = re.compile(
    r"^(?:taget\s+)?til\s+orientering(?=\s*[,;]\s*\S|\s+[–—-]\s+\S)", re.IGNORECASE
)


#: "Orientering ved PBC: …", "Orientering fra direktøren: …" as the decision's lead: who
#: told the forum what follows (another body's act told there is no decision of its own).
_TOLD_BY = re.compile(r"^orientering(?:en)?\s+(?:ved|fra|af)\s+[^:.\n]{1,60}:", re.IGNORECASE)


#: "Sagen genoptages, når der er gennemført partshøring", "Punktet genoptages efter
#: sommerferien": the case taken up again once something is done, put off until then.
_RESUMED_WHEN = re.compile(
    r"^(?:sagen|punktet|forslaget)\s+genoptages\s*,?\s+(?:først\s+)?(?:når|efter)\b",
    re.IGNORECASE,
)


#: "Vi venter til næste møde", "Film-aften venter vi med til …", "Vi tager det op igen
#: næste gang": the point put off in a youth council's or a pupils' board's words.
_WAITS_TILL_LATER = re.compile(
    r"\b(?:vi|man)\s+venter\s+(?:med\s+[^.\n]{1,60}?\s+)?til\s+(?:næste|et\s+senere|et\s+kommende)"
    r"\s+møde\b|\bventer\s+vi\s+med\b[^.\n]{0,60}?\btil\b"
    # (the later meeting named: "… op igen, når HR har …" waits on a task, the talk stands)
    r"|(?:^|(?<=[.!]\s))vi\s+tager\s+(?:det|den|emnet|punktet|sagen)\s+op\s+igen\s+"
    r"(?:på\s+)?(?:næste\s+(?:gang|møde)|et\s+senere\s+møde)\b",
    re.IGNORECASE,
)
#: "Det blev et ja!", "Nr. 1 og 2 fik ja", "Nr. 3 fik nej": the result of a show of hands
#: (or of an application) in plain words.
_PLAIN_YES_NO = re.compile(r"\b(?:det\s+blev\s+et|fik)\s+(?P<answer>ja|nej)\b", re.IGNORECASE)
#: "Vi stemte: 6 for, 2 imod", "Vi stemte om halloween: 7 for, 2 imod": the hands counted.
_HANDS_COUNTED = re.compile(
    HANDS_COUNT_LEAD + r"(?P<yes>\d{1,3})\s+for\s*,\s*"
    r"(?P<no>\d{1,3})\s+imod\b",
    re.IGNORECASE,
)


def _show_of_hands(text: str) -> list[tuple[str, str]]:
    """A youth council's or a pupils' board's result of a vote by show of hands: "Det blev et
    ja!" (approved), "Nr. 3 fik nej" (refused; a yes and a no are a split outcome, each
    typed), else the hands counted ("Vi stemte: 6 for, 2 imod"); [] where none is said."""
    out: list[tuple[str, str]] = []
    if "ja" in (low := text.lower()) or "nej" in low:
        for m in _PLAIN_YES_NO.finditer(text):
            kind = "approved" if m.group("answer").lower() == "ja" else "rejected"
            if all(kind != t for t, _ in out):
                out.append((kind, m.group(0)))
    if not out and (m := _HANDS_COUNTED.match(text)) and m.group("yes") != m.group("no"):
        out.append(("approved" if int(m.group("yes")) > int(m.group("no")) else "rejected", m[0]))
    return out


#: "Enighed om at …", "Chefgruppen var enige om at …", "Byrådet ønsker, at sekretariatet
#: udarbejder …": a seminar's outcome, where nothing is formally decided, told as the
#: agreement reached or the forum's wish for what is done next (``decided``, as "Det blev
#: aftalt, at …" alone is; beside another trigger the matcher's type stands).
_AGREED_OR_WISHED = re.compile(
    # ("Der var enighed om, at …": the comma parts the matcher's "var enighed om at")
    r"^(?:der\s+(?:var|er|blev)\s+)?(?:(?:bred|fuld)\s+)?enighed\s+om,?\s+at\s"
    r"|^(?-i:[A-ZÆØÅ])[\wæøå-]*\s+(?:var|er|blev)\s+enige\s+om,?\s+at\s"
    # ("Udvalget ønsker ikke at udarbejde plangrundlag": the forum declines to do what
    # it was asked whether to do, a decision as its wish for what is done is)
    rf"|^{_FORUM_LEAD}\s+ønsker,?\s+(?:at|en|et|ikke\s+at)\s",
    re.IGNORECASE,
)


def _agreed_or_wished(first: str) -> bool:
    """Whether the decision's first sentence is a seminar's agreement or the forum's wish
    (``_AGREED_OR_WISHED``), no request for more material."""
    low = first.lower()
    return (
        ("nig" in low or "ønsker" in low)  # (the cheap test: few decisions say either)
        and _AGREED_OR_WISHED.match(first) is not None
        and _MORE_ASKED.match(first) is None
    )


def _back_next(text: str, first: str) -> str | None:
    """The sentence after ``first`` when it opens by saying the item comes back ("Sagen
    tages op igen …", "Ansøgningen behandles igen på …", "Sagen genoptages, når …"): its
    words that say so; None otherwise."""
    rest = text[text.find(first) + len(first) :].lstrip()
    m = _TAKEN_UP_AGAIN.match(rest) or _RESUMED_WHEN.match(rest) or _DEALT_WITH_AGAIN.match(rest)
    return m.group(0) if m else None


def _terse_decision(text: str) -> list[tuple[str, str]]:
    """A decision the matcher's sentence patterns miss: a bare verb, a typo'd phrase, a
    proposal that fell, a case sent on, an item withdrawn, a vote's count."""
    first = _first_sentence(text)
    if _WITHDRAWN.match(first) and (back := _COMES_BACK.search(text[:400])):
        return [("postponed", back.group(0))]  # "Udgår. Sagen behandles på mødet den …"
    if _WITHDRAWN.match(first) or _NOT_MINUTED.match(first):
        return [("none", first)]
    if resumed := _RESUMED_WHEN.match(first):
        return [("postponed", resumed.group(0))]  # "Sagen genoptages, når …": put off till then
    if tally := _vote_tally(text.split("\n\n", 1)[0]):
        return [(tally, first)]
    if hands := _show_of_hands(text):
        return hands
    if _REFUSAL_LEAD.match(first) or _PERMIT_REFUSED.match(first):
        return [("rejected", first)]
    # (lowered once for the cheap tests below: "FREMMES IKKE", "UDVALGET TRÆFFER AFGØRELSE
    # OM, AT …", protocols in capitals)
    low = first.lower()
    if (
        "støt" in low or "fremme" in low or "bakke" in low or "videre" in low
    ) and _NOT_SUPPORTED.match(first):
        return [("rejected", first)]  # "Forslaget blev ikke støttet, da …": refused
    if ("bakke" in low or "støt" in low) and (m := _SUPPORT_WITH_REMARKS.match(first)):
        # "Naturrådet bakker op om strategien, men vil pege på følgende:": a
        # reply to a hearing that backs the proposal and makes remarks, the remarks its
        # outcome (as "Rådet har følgende bemærkninger:" is); no approval of its own
        return [("discussed", m.group(0))]
    if first[:3].lower() == "der" and _GRANT_REFUSED.match(first):
        return [("rejected", first)]
    if _AS_RECOMMENDED.search(first):
        return [("approved", first)]
    if low[:3] == "som" and _AS_BODY.match(first):
        return [("approved", first)]  # "Som ØU.": as the committee before it recommended
    if (
        "som" in low
        and (amended := _AS_PROPOSED_EXCEPT.match(first))
        and not _IN_PART_OR_LESS.search(first)
    ):
        # "Ordningen videreføres som foreslået, dog således at <forening> får 20.000 kr. i
        # stedet for 15.000 kr.": done as put forward with one change, the recommendation
        # approved with an amendment (as "Bevilget som indstillet, dog …" is)
        return [("approved", amended.group(0).strip(" ,"))]
    if _PERMIT_LEAD.match(first):  # (after "i overensstemmelse med indstillingen": approved)
        return [("decided", first)]
    word = re.sub(r"[^\w]+", " ", first).strip().lower()
    if word in _TERSE:
        return [(_TERSE[word], first)]
    if m := _NOTED_THEN.match(first):
        return [("noted", m.group(0))]  # "Til orientering, alle tager plakater med."
    if first[:6].lower() == "orient" and (m := _TOLD_BY.match(first)):
        return [("noted", m.group(0))]  # "Orientering ved formanden: …": the forum was told
    if m := _FELL.search(text):
        return [("rejected", m.group(0))]
    if "bortfald" in text and _VOTED.search(text) and (m := _LAPSED_IN_VOTE.search(text)):
        return [("rejected", m.group(0))]
    if m := _DEBATE_HELD.match(first):
        return [("discussed", m.group(0))]
    if "forespørgsl" in low and (m := _INTERPELLATION_ANSWERED.match(first)):
        return [("discussed", m.group(0))]
    if m := _TALK_ABOUT.match(first):
        return [("discussed", m.group(0).strip())]
    if "arbejde" in low and (m := _VIEWS_CARRIED_ON.match(first)):
        return [("discussed", m.group(0))]
    if m := _MEETING_MOVED.match(first):
        return [("decided", m.group(0))]
    if "holdes" in low and (m := _EVENT_SET.match(first)):
        # "Dialogmødet afholdes 12. marts kl. 17 på biblioteket.": the forum set the day of
        # the event the item asked about
        return [("decided", m.group(0))]
    if m := _TAKEN_UP_AGAIN.match(first):
        return [("postponed", m.group(0))]
    if first[-1:] == "." and _MORE_ASKED.match(first) and (back := _back_next(text, first)):
        # "Udvalget ønsker en uddybende beskrivelse af … . Sagen genoptages på mødet i
        # oktober.": more material asked for, the item resumed at a later meeting
        return [("postponed", back)]
    if first[:1] in "PpSsEeFfRrOo" and (m := _ITEM_MOVED_ON.match(first)):
        return [("postponed", m.group(0))]
    if m := _DECISION_LATER.search(first):
        return [("postponed", m.group(0))]
    if m := _DEALT_WITH_AGAIN.search(first):
        return [("postponed", m.group(0))]
    if m := _ACKNOWLEDGED.match(first):
        # "OK" alone: what was put forward is accepted; "Ok – intet at bemærke." the
        # orientation taken without remarks
        return [("noted" if m.group("remark") else "approved", first)]
    if _SENT_ON.match(first) or _RAISED_WITH.search(first):
        return [("referred", first)]
    if m := _ELECTED.match(first):
        return [("decided", m.group(0))]
    if "decharge" in first and (m := _DISCHARGED.match(first)):
        return [("approved", m.group(0))]
    if "mandat" in first and (m := _MANDATE.search(first)):
        return [("decided", m.group(0))]
    if "valgt" in first and (m := _ELECTED_PASSIVE.match(first)):
        return [("decided", m.group(0))]
    if ":" in first and "(" in first and (m := _OFFICE_FILLED.match(first)):
        return [("decided", m.group(0))]
    if ("valg" in low[:8] or "valg)" in low or "valgt)" in low) and (
        m := _ELECTED_NOUN.match(first)
    ):
        return [("decided", m.group(0))]
    if " led" in first[:40] and (m := _CHAIR_SET.match(first)):
        return [("decided", m.group(0))]
    if "høring" in first and (m := _PUT_TO_CONSULTATION.search(first)):
        return [("decided", m.group(0))]
    if ("truf" in low or "traf" in low or "træf" in low) and (m := _DECISION_MADE.search(first)):
        return [("decided", m.group(0))]
    if _agreed_or_wished(first):
        if first[-1:] == "." and (back := _back_next(text, first)):
            # "Lokaludvalget ønsker et revideret budget. Ansøgningen behandles igen på
            # marts-mødet.": the forum's wish is what it waits for, the item comes back
            return [("postponed", back)]
        # (last: "Udvalget ønsker et borgermøde, inden der træffes beslutning" is put off)
        return [("decided", first)]
    m = _NOTED_TYPO.search(text)
    return [("noted", m.group(0))] if m else []


def primary_decision_type(types: Iterable[str]) -> str:
    """The primary type among ``types``: the first of ``vocab.DECISION_PRIORITY`` present.

    The order puts the outcome that decides what happens to the case first. A refusal or a
    postponement overrides any discussion or partial approval in the same item ("Sagen
    udskydes, idet der dog kort blev drøftet …" is postponed); a formal approval ranks
    above other decisions because it settles the proposal that was put forward; a
    recommendation endorses the proposal but leaves it to the body that decides, so it
    ranks below an approval, and a referral, which only says where the case goes next,
    ranks below a recommendation ("Anbefales. Sagen fremsendes til Kommunalbestyrelsen"
    is recommended) and above taking note or a discussion; a decision (people chosen,
    process set) ranks above taking note, and taking note above a plain discussion,
    because each records a firmer outcome. ``other`` and ``none`` only win when nothing
    else is there. No types at all -> "none".
    """
    present = set(types)
    unknown = present.difference(DECISION_TYPES)  # (looked up in the dict: no set made)
    if unknown:
        raise ValueError(f"unknown decision types: {sorted(unknown)}")
    return next((t for t in DECISION_PRIORITY if t in present), "none")


def recommended_actions(text: str | None, forum: str | None = None) -> list[str]:
    """Every decision type a recommendation asks for, in order of appearance.

    "at der drøftes koblinger … samt udvælges en sparringspartner" -> [discussed, decided].
    Tense is not checked (recommendations use every form); negation, subordinate clauses
    ("inden den skal behandles") and other bodies (``forum``: see ``classify_decision``)
    are.
    """
    out: list[str] = []
    for hit in _hits((text or "").strip(), recommendation=True, forum=_own_body(forum)):
        if hit.dtype not in out:
            out.append(hit.dtype)
    return out


def recommended_action(text: str | None, forum: str | None = None) -> str | None:
    """What a recommendation asks for, in the decision vocabulary; None if not recognised.

    "at punktet drøftes" -> discussed, "at … godkendes"/"godkender" -> approved,
    "tages til efterretning" -> noted, "udvælger/beslutter/tager stilling til" -> decided,
    "at sagen anbefales over for Kommunalbestyrelsen" -> recommended, "at sagen oversendes
    til Børne- og Skoleudvalget" -> referred.
    When one point asks for several things the primary one (``primary_decision_type``)
    is returned.
    """
    actions = recommended_actions(text, forum)
    return primary_decision_type(actions) if actions else None


# --- Follow-ups -----------------------------------------------------------------------
#: Verbs of future work: present tense, present passive or after "skal/vil" they state a
#: task ("Økonomi udarbejder oplæg", "der udarbejdes", "skal … afklare").
_TASK_VERBS = frozenset(
    {
        "udarbejde",
        "sende",
        "rundsende",
        "udsende",
        "fremsende",
        "eftersende",
        "tilrette",
        "indarbejde",
        "arbejde",
        "afklare",
        "meddele",
        "forberede",
        "undersøge",
        "koordinere",
        "lave",
        "ændre",
        "justere",
        "revidere",
        "tilpasse",
        "opdatere",
        "færdiggøre",
        "udvælge",
        "udpege",
        "indkalde",
        "planlægge",
        "gennemgå",
        "kvalificere",
        "implementere",
    }
)
#: Verbs that need a particle to state a task: "følges op", "samler op", "vender tilbage".
_PARTICLE_VERBS = {
    "følge": "op",
    "samle": "op",
    "vende": "tilbage",
    "sørge": "for",
    "forholde": "sig",
}
#: Verbs of meeting business: a task only when they point ahead ("drøftes igen på …",
#: "præsenteres på mødet den 26. oktober").
_MEETING_VERBS = frozenset(
    {"drøfte", "behandle", "præsentere", "fremlægge", "forelægge", "genoptage", "godkende"}
)
#: Every lemma ``_task_trigger`` can start at (``_none_in`` skips other sentences).
_TASK_TRIGGER_LEMMAS = _TASK_VERBS | frozenset(_PARTICLE_VERBS) | _MEETING_VERBS
#: "besluttede, at …": the verb before a follow-up's "at" (not ``_DECIDE``: no "aflyse").
_DECIDED_THAT_VERB = frozenset({"beslutte"})
_COLON = frozenset({":"})
_TASK_MODALS = frozenset({"skal", "vil"})
_WEAK_TASK_MODALS = _MODALS - _TASK_MODALS
_TASK_LABEL = frozenset({"opgave", "opfølgning", "aftale", "handling", "handlingspunkt"})
_ACTOR_WORDS = re.compile(
    r"(chef|direktør|sekretariat|økonomi|jura|^hr$|^it$|grupp|afdeling|administration|"
    r"forvaltning|konsulent|tovholder|leder|ledelse|^stab|udvalg|team|enhed)"
)
_NOT_ACTORS = frozenset({"der", "det", "man", "vi", "de", "den", "dette", "disse", "som"})
_QUANTIFIERS = frozenset({"hver", "enkelt", "begge", "alle"})
_JOINERS = frozenset({"og", "&", "samt", "for"})
_CLAUSE_WORDS = frozenset({"at", "hvorefter", "som", "idet", "hvor", "men", "så", "da"})
#: Words that open a fronted adverbial, after which Danish puts the subject behind the verb
#: ("Videre sender Økonomi …", "Til kommende møde skal hver afdelingschef …").
_ADVERBIAL_STARTS = frozenset(
    {
        "til",
        "på",
        "i",
        "ved",
        "efter",
        "før",
        "inden",
        "senest",
        "frem",
        "fra",
        "med",
        "videre",
        "derefter",
        "herefter",
        "desuden",
        "derudover",
        "endvidere",
        "samtidig",
        "fremover",
        "nu",
        "så",
        "dernæst",
        "endelig",
        "også",
        "løbende",
        "snarest",
    }
)


def _future_marker(w: _Words, b: int, after: int) -> bool:
    """A later meeting or time named after token ``after`` and before ``b`` ("igen",
    "næste", "den 26.")."""
    lowers = w.lowers
    for k in range(after + 1, b):
        if lowers[k] in _FUTURE:
            return True
        if lowers[k] in ("den", "d.") and k + 1 < b and re.match(r"\d{1,2}\.$", w.texts[k + 1]):
            return True
    return False


def _task_trigger(w: _Words, a: int, b: int) -> tuple[int, int | None] | None:
    """The first (verb, modal) stating future work in the sentence ``a``-``b``, if any."""
    if _none_in(w, a, b, _TASK_TRIGGER_LEMMAS):
        return None
    lowers, lemmas = w.lowers, w.lemmas
    for k in range(a, b):
        lemma = lemmas[k]
        particle = _PARTICLE_VERBS.get(lemma)
        is_task = lemma in _TASK_VERBS or (
            particle is not None and any(lowers[r] == particle for r in _right(w, k, 2))
        )
        is_meeting = lemma in _MEETING_VERBS
        if not (is_task or is_meeting):
            continue
        if lemma in _REFER | {"sende"} and _is_referral(w, k):
            continue  # "Sagen fremsendes til Kommunalbestyrelsen" is a decision (referred)
        if lemma == "forelægge" and _is_submission(w, k):
            continue  # "Sagen forelægges Byrådet den 24. april": the same (referred)
        left = _left(w, k, 4)
        words = {lowers[x] for x in left}
        if _subordinate(w, left) or words & _WEAK_TASK_MODALS or _negation(w, k) is not None:
            continue
        modal = next((x for x in left if lowers[x] in _TASK_MODALS), None)
        form = _verb_form(w, k)
        if modal is None and form not in ("present", "passive"):
            continue
        if is_meeting and not is_task and not _future_marker(w, b, k):
            continue
        return k, modal
    return None


def _decided_that(w: _Words, a: int, b: int) -> int | None:
    """The "at" of "besluttede, at …" / "blev det besluttet at …" in the sentence."""
    if _none_in(w, a, b, _DECIDED_THAT_VERB):
        return None
    lowers = w.lowers
    for k in range(a, b):
        if w.lemmas[k] != "beslutte" or _negation(w, k) is not None:
            continue
        if {lowers[x] for x in _left(w, k, 4)} & _MODALS:
            continue
        for nxt in range(k + 1, min(k + 3, b)):
            if lowers[nxt] == "at":
                return nxt
            if w.texts[nxt] != ",":
                break
    return None


def _actor_text(w: _Words, tokens: Sequence[int]) -> str | None:
    toks = list(tokens)
    lowers = w.lowers
    while toks and (lowers[toks[0]] in ("og", "samt") or _is_stop(w, toks[0])):
        toks = toks[1:]
    while toks and (_is_stop(w, toks[-1]) or lowers[toks[-1]] in ("og", "samt")):
        toks = toks[:-1]
    if not toks or lowers[toks[0]] in _NOT_ACTORS:
        return None
    if not any(_ACTOR_WORDS.search(lowers[k]) or w.texts[k][:1].isupper() for k in toks):
        return None
    return w.span_text(toks[0], toks[-1] + 1)


def _clause_start(w: _Words, a: int, i: int) -> int:
    """Index of the first token of the clause that holds token ``i`` (sentence from ``a``)."""
    lowers, texts = w.lowers, w.texts
    j = i - 1
    while j >= a:
        if lowers[j] in _CLAUSE_WORDS or texts[j] in (":", ";") or w.space[j]:
            return j + 1
        if texts[j] == "," and j + 1 < i and lowers[j + 1] in ("og", "men", "så"):
            return j + 2
        if texts[j] == "-" and j == a:
            return j + 1
        j -= 1
    return a


def _subject_after(w: _Words, start: int, stop: int) -> list[int]:
    """The inverted subject after a finite verb: actor-like tokens from ``start``."""
    out: list[int] = []
    for k in range(start, min(stop, w.n)):
        low = w.lowers[k]
        actorish = bool(_ACTOR_WORDS.search(low)) or w.texts[k][:1].isupper()
        if actorish or low in _QUANTIFIERS or (out and low in _JOINERS):
            out.append(k)
        else:
            break
    return out


def _actor(w: _Words, a: int, b: int, verb: int, modal: int | None) -> str | None:
    """Who is to do the task: the subject of the finite verb, or None (passive, unclear)."""
    if _verb_form(w, verb) == "passive":
        return None
    finite = modal if modal is not None else verb
    start = _clause_start(w, a, finite)
    if start < finite and w.lowers[start] not in _ADVERBIAL_STARTS:
        return _actor_text(w, range(start, finite))
    stop = verb if modal is not None else min(finite + 8, b)
    return _actor_text(w, _subject_after(w, finite + 1, stop))


def _that_clause_actor(w: _Words, b: int, at: int) -> str | None:
    """Subject of the clause after "besluttede, at": tokens up to its finite verb."""
    for k in range(at + 1, min(at + 16, b)):
        low, lemma = w.lowers[k], w.lemmas[k]
        if low in ("har", "er", "bliver", "får") or low in _MODALS:
            return _actor_text(w, range(at + 1, k))
        if lemma.endswith("e") and low != lemma and not w.texts[k][:1].isupper():
            if low == lemma + "s":
                return None
            if low == lemma + "r":
                return _actor_text(w, range(at + 1, k))
    return None


def _label_end(w: _Words, a: int, b: int) -> int | None:
    """End of a task label such as "Besluttede opgaver efter behandlingen:", if any."""
    head_end = min(a + 7, b)
    if _none_in(w, a, head_end, frozenset(), _COLON):
        return None
    for k in range(a, head_end):
        if w.texts[k] == ":":
            if any(w.lemmas[x] in _TASK_LABEL for x in range(a, k)):
                return k + 1
            return None
    return None


def follow_ups(text: str | None) -> list[tuple[str | None, str]]:
    """(actor, sentence) for each sentence of a Beslutning text that states future work.

    A sentence is a follow-up when it
    * follows a task label ("Besluttede opgaver efter behandlingen: …", "Opfølgning: …")
      in the same paragraph;
    * has a work verb in the present, present passive or after "skal/vil" ("Økonomi
      udarbejder oplæg", "der udarbejdes", "følges op på", "skal … afklare");
    * has a meeting verb pointing ahead ("drøftes igen på Chefforum den …",
      "præsenteres på mødet den 26. oktober");
    * records a decision that something is to happen ("besluttede, at … vælger").
    Work after "kan/bør" (suggestions), in "når/hvis" clauses, or negated is not a task.
    The actor is the subject of that verb when it names someone, else None.
    """
    text = (text or "").strip()
    return list(_follow_ups(text)) if text else []


@lru_cache(maxsize=8192)
def _follow_ups(text: str) -> tuple[tuple[str | None, str], ...]:
    w = _words(text)
    # The sentence tests' own gates asked of the whole text once: a text without a colon,
    # a task verb or "beslutte" (most) skips that test in every sentence.
    labels = not _none_in(w, 0, w.n, frozenset(), _COLON)
    tasks = not _none_in(w, 0, w.n, _TASK_TRIGGER_LEMMAS)
    decided = not _none_in(w, 0, w.n, _DECIDED_THAT_VERB)
    out: list[tuple[str | None, str]] = []
    label_para: int | None = None
    for a, b, para in _sentences(w):
        if label_para is not None and para != label_para:
            label_para = None
        label_end = _label_end(w, a, b) if labels else None
        if label_end is not None:
            label_para = para
        trigger = _task_trigger(w, a, b) if tasks else None
        that = _decided_that(w, a, b) if decided else None
        if trigger is None and that is None and label_para is None:
            continue
        if trigger is not None:
            actor = _actor(w, a, b, *trigger)
        elif that is not None:
            actor = _that_clause_actor(w, b, that)
        else:
            actor = None
        body = w.span_text(label_end if label_end is not None else a, b)
        body = _strip_bullet(body)
        if body:
            out.append((actor, body))
    return tuple(out)


# --- Positions ------------------------------------------------------------------------
#: National list letters of the parties, by name as written (lower case; a genitive "s"
#: is stripped before the lookup). Local lists are only known by the letter given.
_PARTIES: dict[str, str] = {
    "socialdemokratiet": "A",
    "socialdemokraterne": "A",
    "radikale venstre": "B",
    "det radikale venstre": "B",
    "de radikale": "B",
    "radikale": "B",
    "det konservative folkeparti": "C",
    "konservative folkeparti": "C",
    "de konservative": "C",
    "konservative": "C",
    "nye borgerlige": "D",
    "sf": "F",
    "socialistisk folkeparti": "F",
    "liberal alliance": "I",
    "kristendemokraterne": "K",
    "moderaterne": "M",
    "dansk folkeparti": "O",
    "df": "O",
    "venstre": "V",
    "enhedslisten": "Ø",
    "alternativet": "Å",
    "danmarksdemokraterne": "Æ",
    "slesvigsk parti": "S",
}
#: Words of party names, so a run of actor tokens can hold "Det Konservative Folkeparti".
_PARTY_WORDS = frozenset(w for name in _PARTIES for w in name.split())
_LETTER = re.compile(r"([A-ZÆØÅ])(?:'s)?")
_INITIAL = re.compile(r"[A-ZÆØÅ]\.")
#: Titles before a name ("Borgmester Steen Christiansen"); alone they are the actor.
_TITLES = frozenset(
    {
        "borgmester",
        "borgmesteren",
        "viceborgmester",
        "viceborgmesteren",
        "rådmand",
        "rådmanden",
        "formand",
        "formanden",
        "næstformand",
        "næstformanden",
        "udvalgsformand",
        "udvalgsformanden",
        "byrådsmedlem",
        "byrådsmedlemmet",
        "kommunalbestyrelsesmedlem",
        "kommunalbestyrelsesmedlemmet",
        "udvalgsmedlem",
        "udvalgsmedlemmet",
    }
)
#: Words around a list of members: "Medlemmerne fra V og C", "Et flertal bestående af …".
_MEMBER_WORDS = frozenset(
    {
        "medlem",
        "medlemmer",
        "medlemmerne",
        "medlemmet",
        "repræsentant",
        "repræsentanten",
        "repræsentanter",
        "repræsentanterne",
        "gruppe",
        "gruppen",
        "byrådsgruppe",
        "byrådsgruppen",
        "partiet",
        "partierne",
        "bestående",
        "af",
        "fra",
        "et",
        "en",
    }
)
#: Majority (True) and minority (False): a majority's stance is the forum's decision.
_MAJORITY = {"flertal": True, "flertallet": True, "mindretal": False, "mindretallet": False}
#: The forum, bodies and staff: their stance is the forum's decision, not a position.
_FORUM_WORDS = re.compile(
    r"(udvalg|bestyrelse|byråd|forum|direktion|direktør|chef|forvaltning|administration|"
    r"sekretariat|ledelse|råd(et|ets)?$|^alle$|^samtlige$|^enig|^samlet$|^økonomi$|^jura$|"
    r"^hr$|^it$|afdeling|^stab)"
)
_NOT_NAMES = frozenset({"det", "den", "de", "der", "et", "en", "i", "man", "vi", "han", "hun"})
#: Nouns of what is put to the vote, written capitalised before its number or letter at a
#: sentence's start ("Forslag 3", "Punkt 2", "Model B"): never a person's name.
_NUMBERED_NOUNS = _CASE_OBJECTS | {"model", "scenarie", "bilag", "alternativ", "mulighed"}
#: Words skipped between a finite verb and an inverted subject ("kunne derfor V ikke …").
_SKIP_AFTER_VERB = frozenset({"ikke", "dog", "også", "ligeledes", "heller", "derfor"})
_CONDITIONS = frozenset({"hvis", "såfremt", "medmindre", "når"})
_VOTE = {"for": "for", "ja": "for", "imod": "imod", "mod": "imod", "nej": "imod"}
#: Verbs of support: "kunne (ikke) tiltræde", "godkendte ikke", "støttede", "tilsluttede sig".
_SUPPORT = frozenset({"tiltræde", "godkende", "anbefale", "støtte", "tilslutte", "følge"})
#: Support without "kan/kunne" or a negation is the actor deciding, except for these.
_PLAIN_SUPPORT = frozenset({"støtte", "tilslutte"})
_LEAVE_OBJECTS = frozenset({"mødet", "salen", "lokalet", "mødelokalet", "byrådssalen"})
#: Abstention ("undlod at stemme", "stemte blankt") is recognised so that its "for" and
#: "imod" are not read as votes; it becomes a row only if the vocabulary gains this key.
_ABSTAIN = "undlod"


@dataclass(frozen=True)
class _Trigger:
    position: str
    finite: int  # the finite verb: the subject stands before it or right after it
    tokens: frozenset[int]
    after: int | None  # where the actors start when they follow ("Imod stemte: V, C")


@dataclass(frozen=True)
class _Stance:
    actor: str
    party: str | None
    position: str
    sentence: str
    tokens: frozenset[int]
    majority: bool


def _letter(w: _Words, k: int, nxt: int | None = None) -> str | None:
    """The party letter of token ``k`` ("V", "Ø's"); "I" before a lower-case word is a word."""
    m = _LETTER.fullmatch(w.texts[k])
    if m is None:
        return None
    if m.group(1) == "I" and nxt is not None and w.alpha[nxt] and w.texts[nxt][:1].islower():
        return None
    return m.group(1)


def _party_at(w: _Words, toks: list[int], i: int) -> tuple[str, str, int] | None:
    """(name as written, letter, length) of a party name starting at ``toks[i]``."""
    if not w.texts[toks[i]][:1].isupper():
        return None
    for n in range(min(4, len(toks) - i), 0, -1):
        words = [w.lowers[t] for t in toks[i : i + n]]
        last = words[-1]
        for stem in (last, last.removesuffix("'s"), last.removesuffix("s")):
            key = " ".join([*words[:-1], stem])
            if key in _PARTIES:
                span = w.span_text(toks[i], toks[i + n - 1] + 1)
                if stem != last:
                    span = span[: len(span) - (len(last) - len(stem))]
                return span, _PARTIES[key], n
    return None


def _party_word(w: _Words, k: int, nxt: int | None) -> bool:
    """A capitalised word of a party name ("Venstres", "Det" before "Konservative")."""
    low = w.lowers[k]
    if not w.texts[k][:1].isupper():
        return False
    if low in ("det", "de"):
        return nxt is not None and _party_word(w, nxt, None)
    return any(x in _PARTY_WORDS for x in (low, low.removesuffix("'s"), low.removesuffix("s")))


def _name_part(w: _Words, k: int, nxt: int | None) -> bool:
    """A token of a person's name: capitalised, not inflected, not a body or a title."""
    text, low = w.texts[k], w.lowers[k]
    if _INITIAL.fullmatch(text):
        return True
    if not (text[:1].isupper() and w.alpha[k]) or len(text) < 2:
        return False
    if w.lemmas[k] != low or low in _NOT_NAMES or low in _TITLES or low in _MAJORITY:
        return False
    if low in _NUMBERED_NOUNS:
        return False  # "Forslag 3 blev ikke godkendt": a numbered proposal, no person
    if _FORUM_WORDS.search(low) or low in _PARTIES:
        return False
    # "Hans" is a pronoun unless a surname follows ("Hans Nielsen").
    return not w.stop[k] or (nxt is not None and w.texts[nxt][:1].isupper() and w.alpha[nxt])


def _actorish(w: _Words, k: int, nxt: int | None) -> bool:
    """Whether a token can be part of a list of actors ("Ole Hansen (V) og Venstre")."""
    text, low = w.texts[k], w.lowers[k]
    if text in ("(", ")", ",", "&", "/") or low in ("og", "samt") or w.num[k]:
        return True
    if low in _MEMBER_WORDS or low in _TITLES or low in _MAJORITY:
        return True
    if _letter(w, k, nxt) or _name_part(w, k, nxt) or _party_word(w, k, nxt):
        return True
    return bool(text[:1].isupper() and _FORUM_WORDS.search(low))


def _actor_start(w: _Words, k: int, nxt: int | None) -> bool:
    """Whether an inverted subject can start here ("Under behandlingen tog V forbehold")."""
    low = w.lowers[k]
    if low in ("et", "en") and nxt is not None:
        return w.lowers[nxt] in _MAJORITY
    if low in _MAJORITY or low in _TITLES or _letter(w, k, nxt):
        return True
    return _name_part(w, k, nxt) or _party_word(w, k, nxt)


def _next(w: _Words, i: int) -> int | None:
    return i + 1 if i + 1 < w.n else None


def _collect(w: _Words, a: int, b: int, i: int, step: int) -> list[int]:
    """The run of actor tokens from ``i`` going forward (step 1) or backward (step -1)
    within the sentence ``a``-``b``."""
    out: list[int] = []
    while a <= i < b:
        if step > 0 and not out and w.texts[i] == ":":
            i += 1
            continue
        if not _actorish(w, i, _next(w, i)):
            break
        out.append(i)
        i += step
    return out if step > 0 else out[::-1]


def _join(w: _Words, toks: list[int]) -> str:
    return w.span_text(toks[0], toks[-1] + 1)


def _parse_actors(w: _Words, toks: list[int]) -> tuple[list[tuple[str, str | None]], bool]:
    """The actors (name or party as written, party letter) in a run of actor tokens.

    "Ole Hansen (V) og Pia Larsen" -> [("Ole Hansen", "V"), ("Pia Larsen", None)];
    "V og C" / "15 (A, F, Ø)" / "Et flertal (A, F, Ø)" -> one actor per letter;
    "Venstre", "Enhedslistens medlemmer" -> [("Venstre", "V")] / [("Enhedslisten", "Ø")];
    "Et mindretal" -> [("Et mindretal", None)]; "Formanden" -> [("Formanden", None)].
    Bodies ("Udvalget", "Chefforum") are not actors. Also says whether a majority spoke.
    """
    texts, lowers = w.texts, w.lowers
    out: list[tuple[str, str | None]] = []
    name: list[int] = []
    group: list[int] = []
    title: list[int] = []
    majority = False

    def flush(party: str | None = None) -> None:
        if name:
            out.append((_join(w, name), party))
            name.clear()

    i = 0
    while i < len(toks):
        k = toks[i]
        low = lowers[k]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if texts[k] == "(":
            close = next((j for j in range(i + 1, len(toks)) if texts[toks[j]] == ")"), len(toks))
            inner = toks[i + 1 : close]
            letters = [_letter(w, t) or _PARTIES.get(lowers[t]) for t in inner]
            letters = [x for x in letters if x]
            if name:
                flush(letters[0] if len(letters) == 1 else None)
            else:
                out.extend((x, x) for x in letters)
                if letters:
                    group = []
            i = close + 1
            continue
        party = _party_at(w, toks, i)
        letter = _letter(w, k, nxt)
        if party is not None:
            flush()
            out.append((party[0], party[1]))
            group = []
            i += party[2]
            continue
        if letter is None and not name and _INITIAL.fullmatch(texts[k]):
            letter = texts[k][0]  # "V og C." at the end of a sentence, not an initial
        if letter is not None:
            flush()
            out.append((letter, letter))
            group = []
        elif low in _MAJORITY:
            flush()
            majority = majority or _MAJORITY[low]
            group = [toks[i - 1], k] if i and lowers[toks[i - 1]] in ("et", "en") else [k]
        elif _name_part(w, k, nxt):
            name.append(k)
        else:
            flush()
            if low in _TITLES and not title:
                title = [k]
        i += 1
    flush()
    if group:
        out.append((_join(w, group), None))
    if not out and title:
        out.append((_join(w, title), None))
    return list(dict.fromkeys(out)), majority


def _finite(w: _Words, k: int) -> int:
    """The finite verb of token ``k``'s verb group ("har ikke deltaget" -> har)."""
    if _verb_form(w, k) in ("participle", "inf") or w.lowers[k] in ("forhindret", "fraværende"):
        aux = [x for x in _left(w, k, 3) if w.lowers[x] in _AUXILIARIES]
        if aux:
            return aux[-1]
    return k


def _clause_initial(w: _Words, a: int, i: int) -> bool:
    return i == a or _is_stop(w, i - 1)


def _stance_at(w: _Words, a: int, b: int, k: int) -> _Trigger | None:
    """The position trigger at token ``k`` of the sentence ``a``-``b``, if it is one (see
    ``positions``)."""
    lowers, texts = w.lowers, w.texts
    low, lemma = lowers[k], w.lemmas[k]
    nxt = k + 1 if k + 1 < b else None
    if lemma == "forbehold":
        take = next((x for x in _left(w, k, 4) if lowers[x] in _TAKE), None)
        if take is not None:
            if _negation(w, take) is not None:
                return None
            return _Trigger("forbehold", _finite(w, take), frozenset({take, k}), None)
        if nxt is not None and lowers[nxt] in ("fra", "af"):  # "med forbehold fra V"
            return _Trigger("forbehold", k, frozenset({k}), k + 2)
        return None
    if lemma == "stemme" and low in ("stemte", "stemmer", "stemt", "stemme", "stemmes"):
        return _vote_at(w, a, b, k, nxt)
    label = nxt is not None and texts[nxt] == ":" and _clause_initial(w, a, k)
    if label and low in ("for", "imod", "undlod"):  # a vote list: "For: A, F, Ø", "Imod: V"
        return _Trigger(_VOTE.get(low, _ABSTAIN), k, frozenset({k}), k + 2)
    if low in ("for", "imod") and nxt is not None and texts[nxt] == "(":
        # "… med 15 stemmer for (A, F, Ø) og 6 imod (V, C)"
        counted = k > a and w.num[k - 1]
        if counted and "stemme" in w.lemmas[a:b]:
            return _Trigger(_VOTE[low], k, frozenset({k}), k + 1)
        return None
    if lemma in _SUPPORT:
        return _support_at(w, k)
    return _absence_at(w, a, b, k, nxt)


def _vote_at(w: _Words, a: int, b: int, k: int, nxt: int | None) -> _Trigger | None:
    lowers = w.lowers
    prev = k - 1 if k > a else None
    if prev is not None and lowers[prev] in ("for", "imod") and _clause_initial(w, a, prev):
        return _Trigger(_VOTE[lowers[prev]], k, frozenset({prev, k}), k + 1)
    if prev is not None and lowers[prev] == "at" and prev > a:
        refrain = prev - 1
        if w.lemmas[refrain] == "undlade":
            after = k + 1 if _clause_initial(w, a, refrain) else None
            return _Trigger(_ABSTAIN, refrain, frozenset({refrain, prev, k}), after)
    if nxt is None:
        return None
    if lowers[nxt] in ("blankt", "hverken"):  # "stemte hverken for eller imod"
        span = range(k, min(nxt + 4, b))
        return _Trigger(_ABSTAIN, _finite(w, k), frozenset(span), None)
    if lowers[nxt] not in _VOTE:
        return None
    tokens = frozenset({k, nxt})
    if k > a and w.num[k - 1]:  # "15 stemmer for (A, F, Ø)"
        has_list = nxt + 1 < b and w.texts[nxt + 1] == "("
        return _Trigger(_VOTE[lowers[nxt]], k, tokens, nxt + 1) if has_list else None
    finite = _finite(w, k)
    if lowers[finite] in _MODALS or _conditional(w, finite):  # "vil stemme imod", "hvis"
        return None
    return _Trigger(_VOTE[lowers[nxt]], finite, tokens, None)


def _conditional(w: _Words, k: int) -> bool:
    return any(w.lowers[x] in _CONDITIONS for x in _left(w, k, 6))


def _support_at(w: _Words, k: int) -> _Trigger | None:
    """Support or its refusal: "kunne (ikke) tiltræde", "godkendte ikke", "støttede"."""
    lemma = w.lemmas[k]
    if lemma == "følge":
        objects = ("indstilling", "anbefaling", "forslag")
        if not any(w.lemmas[x] in objects for x in _right(w, k, 3)):
            return None
    modal = next((x for x in _left(w, k, 4) if w.lowers[x] in _MODALS), None)
    neg = _negation(w, k)
    if modal is not None and w.lowers[modal] not in _ABILITY_MODALS:
        return None
    if modal is None and neg is None and lemma not in _PLAIN_SUPPORT and not _minority_says(w, k):
        return None
    finite = modal if modal is not None else _finite(w, k)
    form = _verb_form(w, k)
    if form == "passive" or _conditional(w, finite):
        return None
    if form == "participle" and w.lemmas[finite] == "blive":
        # "Ordningens del 2 (… i <by>) blev ikke godkendt": the passive's subject
        # is what was (not) approved, no member taking a stand
        return None
    tokens = {k} | {x for x in (modal, neg) if x is not None}
    return _Trigger("imod" if neg is not None else "for", finite, frozenset(tokens), None)


def _minority_says(w: _Words, k: int) -> bool:
    """Whether the support verb at ``k`` has a minority for its subject ("Et mindretal (F)
    anbefaler forslaget", "Mindretallet godkender"): a minority's plain support is its
    stance beside the forum's decision, as "kunne anbefale" is a member's."""
    sentence = next((a for a, b, _p in _sentences(w) if a <= k < b), k)
    return any(w.lowers[x] in ("mindretal", "mindretallet") for x in range(max(sentence, k - 8), k))


def _absence_at(w: _Words, a: int, b: int, k: int, nxt: int | None) -> _Trigger | None:
    """Absence: "var forhindret (i at deltage)", "deltog ikke", "var fraværende", "meldte
    afbud", "forlod mødet", "var ikke til stede", and the labels "Fraværende:" / "Afbud:".
    """
    lowers = w.lowers
    low, lemma = lowers[k], w.lemmas[k]
    absent = "fraværende"
    label = nxt is not None and w.texts[nxt] == ":" and _clause_initial(w, a, k)
    if label and low in ("fraværende", "afbud"):
        return _Trigger(absent, k, frozenset({k}), k + 2)
    if lemma in ("forhindre", "fraværende") or low == "fraværende":
        finite = _finite(w, k)
        if finite == k or _negation(w, k) is not None:
            return None
        tokens = {finite, k}
        if lemma == "forhindre":  # "forhindret i at deltage (i behandlingen)"
            tokens |= {x for x in _right(w, k, 3) if lowers[x] in ("i", "at", "deltage")}
        return _Trigger(absent, finite, frozenset(tokens), None)
    if lemma == "deltage":
        neg = _negation(w, k)
        if neg is None:
            return None
        finite = _finite(w, k)
        if _conditional(w, finite):
            return None
        return _Trigger(absent, finite, frozenset({k, neg}), None)
    if lemma == "afbud":
        verbs = ("melde", "have", "give")
        verb = next((x for x in _left(w, k, 3) if w.lemmas[x] in verbs), None)
        if verb is None:
            return None
        return _Trigger(absent, _finite(w, verb), frozenset({verb, k}), None)
    # "forlod Ole Hansen (V) mødet"
    left_meeting = next(
        (x for x in range(k + 1, min(k + 9, b)) if lowers[x] in _LEAVE_OBJECTS), None
    )
    if lemma == "forlade" and left_meeting is not None:
        return _Trigger(absent, _finite(w, k), frozenset({k, left_meeting}), None)
    if low == "stede" and k > 0 and lowers[k - 1] == "til":
        neg = _negation(w, k)
        verb = next((x for x in _left(w, k, 4) if w.lemmas[x] == "være"), None)
        if neg is None or verb is None:
            return None
        return _Trigger(absent, verb, frozenset({k, neg, verb}), None)
    return None


#: Every token ``_stance_at`` can start a trigger at has one of these lemmas or forms
#: (checked first: most tokens of a decision are none of them).
_STANCE_LEMMAS = frozenset(
    {"forbehold", "stemme", "forhindre", "fraværende", "deltage", "afbud", "forlade"}
)
_STANCE_FORMS = frozenset({"for", "imod", "undlod", "fraværende", "afbud", "stede"})


_STANCE_TRIGGER_LEMMAS = _STANCE_LEMMAS | _SUPPORT


def _triggers(w: _Words, a: int, b: int) -> list[_Trigger]:
    if _none_in(w, a, b, _STANCE_TRIGGER_LEMMAS, _STANCE_FORMS):
        return []
    out: list[_Trigger] = []
    used: set[int] = set()
    for k in range(a, b):
        if k in used:
            continue
        lemma = w.lemmas[k]
        maybe = lemma in _STANCE_LEMMAS or lemma in _SUPPORT or w.lowers[k] in _STANCE_FORMS
        if not maybe:
            continue
        trigger = _stance_at(w, a, b, k)
        if trigger is None or trigger.tokens & used:
            continue
        used |= trigger.tokens
        out.append(trigger)
    return out


def _subject(w: _Words, a: int, b: int, trigger: _Trigger) -> list[int]:
    """Actor tokens of a trigger: after a label, after the verb (inverted) or before it."""
    if trigger.after is not None:
        return _collect(w, a, b, trigger.after, 1)
    j = trigger.finite + 1
    while j < b and w.lowers[j] in _SKIP_AFTER_VERB:
        j += 1
    if j < b and j not in trigger.tokens and _actor_start(w, j, _next(w, j)):
        return _collect(w, a, b, j, 1)
    i = trigger.finite - 1
    while i > a and w.lowers[i] in _SKIP_AFTER_VERB:
        # a subordinate clause's order, the adverbs before the finite verb: "Godkendt,
        # idet Ole Hansen (F) dog ikke kunne tiltræde", "da V heller ikke kunne støtte"
        i -= 1
    return _collect(w, a, b, i, -1)


def _coordinated_verb(w: _Words, a: int, trigger: _Trigger) -> bool:
    """Whether the trigger's finite verb follows "og" with no subject of its own, and the
    sentence (from ``a``) opens with an actor ("Ole Hansen (V) erklærede sig inhabil og
    deltog ikke …", "Pia Berg forlod mødet og var fraværende …"): the verb shares the
    subject of the sentence's first verb."""
    k = trigger.finite
    return (
        trigger.after is None
        and k > a + 1
        and w.lowers[k - 1] == "og"
        and w.texts[a][:1].isupper()
        and _actor_start(w, a, _next(w, a))
    )


@lru_cache(maxsize=8192)
def _stances(text: str) -> tuple[_Stance, ...]:
    w = _words(text)
    out: list[_Stance] = []
    for a, b, _para in _sentences(w):
        triggers = _triggers(w, a, b)
        if not triggers:
            continue  # most sentences: no stance (and no need for their text)
        sentence = _strip_bullet(w.span_text(a, b))
        last: tuple[list[tuple[str, str | None]], bool] | None = None
        seen: set[tuple[str, str]] = set()
        for trigger in triggers:
            actors, majority = _parse_actors(w, _subject(w, a, b, trigger))
            if last is None and _coordinated_verb(w, a, trigger):
                # "Ole Hansen (V) erklærede sig inhabil i sagen om HGI og deltog ikke i
                # behandlingen": the subject of the sentence's first verb, not the name
                # before "og"
                opening = _parse_actors(w, _collect(w, a, b, a, 1))
                if opening[0]:
                    actors, majority = opening
            # "Ole Hansen kunne ikke tiltræde indstillingen og tog forbehold": same subject.
            if not actors and last is not None and w.lowers[trigger.finite - 1] == "og":
                actors, majority = last
            if not actors:
                continue
            last = (actors, majority)
            if trigger.position not in POSITION_TYPES:
                continue
            for actor, party in actors:
                if (actor, trigger.position) in seen:
                    continue
                seen.add((actor, trigger.position))
                out.append(
                    _Stance(actor, party, trigger.position, sentence, trigger.tokens, majority)
                )
    return tuple(out)


def positions(text: str | None) -> list[tuple[str, str, str]]:
    """(actor, position, sentence) for each stance a member or party took in a Beslutning.

    position is a key of ``vocab.POSITION_TYPES``:
    * forbehold: "X tog (et) forbehold (for …)", "har taget forbehold", "med forbehold fra X";
    * imod: "stemte imod/nej", "Imod stemte: 6 (V, C)", "kunne/kan ikke tiltræde/godkende/
      anbefale/støtte", "kunne ikke følge indstillingen", "godkendte/støttede ikke";
    * for: "stemte for/ja", "For stemte: 15 (A, F, Ø)", "kunne tiltræde/godkende/anbefale",
      "støttede", "tilsluttede sig";
    * fraværende: "var forhindret (i at deltage)", "deltog ikke", "var fraværende",
      "meldte/havde meldt afbud", "forlod mødet", "var ikke til stede", "Fraværende: X".
    The actor is the subject, before the verb or after it ("Under behandlingen tog V
    forbehold", "Imod stemte V og C"): a person ("Ole Hansen (V)" -> "Ole Hansen"), a
    party by name ("Socialdemokratiet") or letter ("V og C" -> V, C; "Et flertal (A, F,
    Ø)" -> A, F, Ø), or "Et flertal/mindretal" / a title when no one is named. The forum
    or another body as subject ("Udvalget kunne tiltræde indstillingen") is a decision,
    not a position. Announced or conditional votes ("vil stemme imod", "hvis V stemmer
    imod") are not positions. Abstentions ("undlod at stemme", "stemte blankt", "stemte
    hverken for eller imod") have no key in the vocabulary and are not recorded.
    """
    text = (text or "").strip()
    if not text:
        return []
    return [(s.actor, s.position, s.sentence) for s in _stances(text)]


# --- Tables ---------------------------------------------------------------------------
def decision_text(texts: Iterable[object]) -> str:
    """An item's Beslutning: its beslutning sections' texts, blank ones left out."""
    return "\n\n".join(str(t) for t in texts if isinstance(t, str) and t.strip())


def _decision_texts(sections: pd.DataFrame) -> dict[str, str]:
    """item_id -> its Beslutning text ("" when it has none), for every item in sections."""
    texts = {str(i): "" for i in sections["item_id"].dropna().unique()}
    dec = _by_position(sections[sections["section"] == "beslutning"])
    for item_id, grp in dec.groupby("item_id", sort=False):
        texts[str(item_id)] = decision_text(grp["text"])
    return texts


def agreed_decision(headed: Iterable[tuple[object, object]]) -> bool:
    """Whether an item's decision stands under "Aftalt:" (see ``is_agreed_label``), from
    its beslutning sections' (heading, text): each non-blank one headed by the label, or
    opening with it under a dated heading ("Beslutning <body> den <date>" over "Aftale:
    Godkendt."). An empty heading over the label says nothing of it."""
    labels = [
        is_agreed_label(heading) or (":" in text[:9] and is_agreed_label(text.partition(":")[0]))
        for heading, text in headed
        if isinstance(text, str) and text.strip()
    ]
    return bool(labels) and all(labels)


def _by_position(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows in each item's order where they carry a position; else as given."""
    if "position" not in rows:
        return rows
    return rows.sort_values(["item_id", "position"], kind="mergesort")


def _agreed_items(sections: pd.DataFrame) -> set[str]:
    """Items whose decision stands under "Aftalt" (see ``agreed_decision``)."""
    dec = _by_position(sections[sections["section"] == "beslutning"])
    headings = dec["heading"] if "heading" in dec else pd.Series(None, index=dec.index)
    return {
        str(item_id)
        for item_id, grp in dec.groupby("item_id", sort=False)
        if agreed_decision(zip(headings[grp.index], grp["text"], strict=True))
    }


def _frame(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(columns))
    df = df.astype(columns)
    sort = [c for c in ("item_id", "position") if c in df]
    return df.sort_values(sort, kind="mergesort").reset_index(drop=True)


#: Sections read for positions: this forum's decision, an earlier body's decision and the
#: notes on the item's handling written over the decision ("<name> tog forbehold.", "<name>
#: erklærede sig inhabil …", ``layouts.procedure_notes``).
POSITION_SECTIONS = ("beslutning", "tidligere_beslutning", HANDLING_NOTES)


def _decision_rows(item_id: str, types: list[tuple[str, str]]) -> list[tuple]:
    return [(item_id, pos, dtype, ev) for pos, (dtype, ev) in enumerate(types, start=1)]


def _follow_up_rows(item_id: str, found: list[tuple[str | None, str]]) -> list[tuple]:
    return [(item_id, pos, actor, text) for pos, (actor, text) in enumerate(found, start=1)]


def _position_rows(item_id: str, sections: Iterable[tuple[object, object]]) -> list[tuple]:
    """Rows of ``positions`` for one item's (section key, text) pairs in position order."""
    rows = []
    for section, text in sections:
        if section not in POSITION_SECTIONS or not isinstance(text, str) or not text.strip():
            continue
        for st in _stances(text.strip()):
            rows.append(
                (item_id, len(rows) + 1, section, st.actor, st.party, st.position, st.sentence)
            )
    return rows


def decisions_table(
    sections: pd.DataFrame, forums: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per (item, decision type) found in the item's Beslutning.

    In: sections (item_id, section, position, text); optionally forums (item_id -> the
    forum whose minutes hold the item, see ``classify_decision``). Out: item_id, position
    (order of appearance in the decision, from 1), decision_type, evidence. Items without
    a beslutning section get one row of type "none" with empty evidence.
    """
    forums = forums or {}
    agreed = _agreed_items(sections)
    rows = []
    for item_id, text in _decision_texts(sections).items():
        types = classify_decision(text, forums.get(item_id), item_id in agreed)
        rows += _decision_rows(item_id, types)
    return _frame(rows, _DECISION_COLUMNS)


def follow_ups_table(sections: pd.DataFrame) -> pd.DataFrame:
    """Follow-up tasks written in each item's Beslutning (see ``follow_ups``).

    In: sections (item_id, section, position, text). Out: item_id, position (from 1 per
    item), actor (who does it; <NA> when the sentence does not say), text (the sentence).
    """
    rows = []
    for item_id, text in _decision_texts(sections).items():
        rows += _follow_up_rows(item_id, follow_ups(text))
    return _frame(rows, _FOLLOW_UP_COLUMNS)


def positions_table(sections: pd.DataFrame) -> pd.DataFrame:
    """Stances of members and parties written in each item's decision (see ``positions``).

    In: sections (item_id, section, position, text); reads the sections in
    ``POSITION_SECTIONS``. Out: item_id, seq (order within the item, from 1, over its
    sections in order), section (beslutning, or tidligere_beslutning for an earlier
    body's decision), actor (name or party as written), party (list letter when the text
    gives one or names a national party, else <NA>), position (a key of
    ``vocab.POSITION_TYPES``), text (the sentence). Sorted by item_id, seq.
    """
    dec = _by_position(
        sections[sections["section"].isin(POSITION_SECTIONS) & sections["item_id"].notna()]
    )
    rows = []
    for item_id, grp in dec.groupby("item_id", sort=True):
        rows += _position_rows(str(item_id), zip(grp["section"], grp["text"], strict=True))
    df = pd.DataFrame(rows, columns=list(_POSITION_COLUMNS)).astype(_POSITION_COLUMNS)
    return df.sort_values(["item_id", "seq"], kind="mergesort").reset_index(drop=True)


#: Decision types that follow a recommendation of each type. A recommendation to discuss
#: or to take note asks for no formal outcome, so any handling that is not a refusal or a
#: postponement follows it (discussed, noted, or going further to a decision, approval,
#: recommendation or referral). A recommendation to approve is followed only by an
#: approval (a discussion with change requests is not); one to decide ("udvælger", "tager
#: stilling til") by a decision, an approval, a refusal or a recommendation, all of which
#: take a stance. An ask to recommend is followed by a recommendation or an approval
#: ("Godkendt" is how many committees endorse an indstilling; a bare referral without
#: endorsement is not); an ask to refer by a referral, or by a recommendation or approval,
#: which send the case on as well.
FOLLOWS: dict[str, frozenset[str]] = {
    "discussed": frozenset(
        {"discussed", "noted", "decided", "approved", "recommended", "referred"}
    ),
    "noted": frozenset({"noted", "discussed", "decided", "approved", "recommended", "referred"}),
    "approved": frozenset({"approved"}),
    "recommended": frozenset({"recommended", "approved"}),
    "referred": frozenset({"referred", "recommended", "approved"}),
    "decided": frozenset({"decided", "approved", "rejected", "recommended"}),
    "postponed": frozenset({"postponed"}),
    "rejected": frozenset({"rejected"}),
}


def followed_recommendation(decision_type: str, recommended_types: Iterable[str]) -> bool | None:
    """Whether a primary decision type followed the recommendations; None if undecidable.

    The strongest thing asked for (``primary_decision_type`` of the recommended types)
    must be delivered (see ``FOLLOWS``). When the forum is asked to recommend, its other
    points ask for approval by the body that decides ("at anlægsplanen anbefales over for
    Kommunalbestyrelsen", "at tidsplanen godkendes"), so the ask is the recommendation.
    None when nothing was recommended in a recognised way, or when the decision is
    "none"/"other" and so does not say what happened.
    """
    recs = set(recommended_types) & set(FOLLOWS)
    if "recommended" in recs:
        recs.discard("approved")
    if not recs or decision_type in ("none", "other"):
        return None
    return decision_type in FOLLOWS[primary_decision_type(recs)]


def _summary_row(item_id: str, types: list[str], asked: set[str], n_follow_ups: int) -> tuple:
    primary = primary_decision_type(types)
    followed = followed_recommendation(primary, asked)
    return (
        item_id,
        primary,
        ";".join(sorted(types)),
        ";".join(sorted(asked)) if asked else pd.NA,
        pd.NA if followed is None else followed,
        n_follow_ups,
    )


def decision_summary(
    sections: pd.DataFrame,
    recommendations: pd.DataFrame,
    forums: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
    items: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per item: its decision, what was recommended and whether it was followed.

    In: sections (item_id, section, position, text; heading if present); recommendations
    (item_id, position, text); optionally forums (item_id -> forum, see
    ``classify_decision``), titles (item_id -> clean title, see ``orientation_noted``) and
    items (item_id, meeting_id, number in document order: a decision that only points to
    an earlier item, "Som pkt. 3.", takes its types, see ``same_as_item``). Out: item_id,
    decision_type (primary), decision_types (sorted, ";"-joined), recommended_types
    (sorted, ";"-joined; <NA> when none recognised), followed_recommendation (boolean,
    <NA> when undecidable), n_follow_ups. Each item goes through ``item_decision_rows``,
    as in the build; an agenda's items, which the build leaves undecided, are typed here
    as their texts read.
    """
    forums, titles = forums or {}, titles or {}
    ordered = _by_position(sections)
    pairs: dict[str, list[tuple[str, str | None]]] = {}
    for item_id, key, text in zip(
        ordered["item_id"], ordered["section"], ordered["text"], strict=True
    ):
        pairs.setdefault(str(item_id), []).append(
            (str(key), text if isinstance(text, str) else None)
        )
    recs = _by_position(recommendations)
    proposals: dict[str, list[str]] = {}
    for item_id, text in zip(recs["item_id"], recs["text"], strict=True):
        proposals.setdefault(str(item_id), []).append(str(text))
    agreed = _agreed_items(sections)
    rows: list[tuple] = []
    typed: dict[str, dict[int, list[str]]] = {}  # meeting -> its items' types by number
    later: list[tuple[int, str, dict[int, list[str]], int | None]] = []  # (see points_to)

    def summary(item_id: str, types_by_number: dict[int, list[str]]) -> list[tuple]:
        return item_decision_rows(
            item_id,
            pairs.get(item_id, []),
            proposals.get(item_id, []),
            forums.get(item_id),
            titles.get(item_id),
            item_id in agreed,
            types_by_number,
        )["summary"]

    for item_id, meeting, number in _document_order(set(pairs) | set(proposals), items):
        earlier = typed.setdefault(meeting, {}) if meeting is not None else {}
        found = summary(item_id, earlier)
        if number is not None:
            for row in found:
                earlier[number] = str(row[2]).split(";")
        if any(row[1] in ("other", "discussed") for row in found):
            later.append((len(rows), item_id, earlier, number))
        rows += found
    for at, item_id, meeting_types, number in later:
        # "Behandlet under punkt 9." under item 4: the item pointed to typed after it
        if points_to_typed(rows[at], pairs.get(item_id, []), number, meeting_types):
            rows[at] = summary(item_id, meeting_types)[0]
    return _frame(rows, _SUMMARY_COLUMNS)


def _document_order(
    item_ids: set[str], items: pd.DataFrame | None
) -> list[tuple[str, str | None, int | None]]:
    """(item_id, meeting_id, number) in the items table's order (document order), then
    the items it does not hold by id; meeting and number None where unknown."""
    out: list[tuple[str, str | None, int | None]] = []
    if items is not None:
        for item_id, meeting, number in zip(
            items["item_id"], items["meeting_id"], items["number"], strict=True
        ):
            if str(item_id) in item_ids:
                num = None if pd.isna(number) else int(number)
                out.append((str(item_id), str(meeting), num))
    known = {i for i, _, _ in out}
    return out + [(i, None, None) for i in sorted(item_ids - known)]


def board_ruling(types: list[str], forum: str | None) -> list[str]:
    """A board's decision that matches no pattern ("Udgifterne fordeles ligeligt pr.
    lejemål.", "Nævnet fandt, at kravet skal imødekommes."): what an adjudicating board
    (a nævn, a hegnsyn) writes under its ruling's heading is its ruling on the case,
    ``decided``. Only the item's primary type follows this, after the standing items'
    readings (an Eventuelt's remark stays ``none``)."""
    if types != ["other"] or not adjudicating_board(forum):
        return types
    return ["decided"]


#: Titles of standing items that pass on news ("Meddelelser fra formanden", "Gensidig
#: orientering", "Orienteringssager"): their decision is what was told.
_ANNOUNCEMENTS = re.compile(
    r"\W*(?:gensidig\s+)?(?:meddelelse|meddelelser|orientering|orienteringer|orienteringssager)"
    r"(?!\w)",
    re.IGNORECASE,
)


#: "Eventuelt", "Evt. og punkter til næste møde": the standing item under which nothing is
#: decided (what members raise, topics for a later meeting).
_ANY_OTHER_BUSINESS = re.compile(r"\W*(?:eventuelt|evt\.?)(?!\w)", re.IGNORECASE)


def orientation_noted(types: list[str], asked: set[str], title: str | None = None) -> list[str]:
    """An orientation item's decision that records what was told ("Brev til regionen er
    afsendt.", a list of news under "Meddelelser") and matches no pattern: taken to note,
    as the recommendation asked or as the item's title says; under "Eventuelt" such a text
    (a topic raised, "Ungdomsskolens sommerprogram.") decides nothing: ``none``. Only the
    item's primary type follows this; its ``decisions`` rows keep "other"."""
    if types != ["other"]:
        return types
    if asked == {"noted"} or (not asked and title and _ANNOUNCEMENTS.match(title)):
        return ["noted"]
    if not asked and title and _ANY_OTHER_BUSINESS.match(title):
        return ["none"]
    return types


#: "Næste møde", "Næste møde og mødeplan": the standing item on when the forum meets next;
#: also the meeting's kind in a compound ("Næste fællesmøde", "Næste bestyrelsesmøde"), and
#: the year's plan set at a constituting meeting ("Fastsættelse af mødeplan 2025").
#: ("Opsamling og næste temamøde", "Evaluering og næste møde": the day's round-up and the
#: next meeting joined in one closing item)
_NEXT_MEETING_TITLE = re.compile(
    r"\W*(?:[a-zæøå]+\s+og\s+)?"
    r"(?:næste\s+[a-zæøå]*møde(?:r)?\b|(?:fastsættelse\s+af\s+)?møde(?:plan|kalender)\b)",
    re.IGNORECASE,
)
#: "Onsdag den 18. marts kl. 08.00 via Skype.", "Telefonmøde kl. 15.00.": the day or the
#: hour the forum set (a weekday, a date or a clock time in the first sentence).
#: ("Næste temamøde holdes i januar 2025": the month alone named)
_MEETING_WHEN = re.compile(
    r"\b(?:kl\.?\s*\d{1,2}|[a-zæøå]*dag\b|\d{1,2}\.\s*[a-zæøå]{3,}|\d{1,2}/\d{1,2}"
    r"|i\s+(?:" + "|".join(MONTHS_DA) + r")\b)",
    re.I,
)


def next_meeting_set(types: list[str], text: str, title: str | None = None) -> list[str]:
    """The standing item "Næste møde" whose decision names only when the forum meets next
    and matches no pattern ("Beslutning: Tirsdag kl. 07.30 samme sted."): the forum set its
    next meeting, ``decided``, as "Aftalt: Næste møde holdes …" is (a crisis staff sets its
    rhythm meeting by meeting). Only the item's primary type follows this."""
    if types != ["other"] or not title or not _NEXT_MEETING_TITLE.match(title):
        return types
    return ["decided"] if _MEETING_WHEN.search(_first_sentence(text)) else types


#: "Godkendelse af dagsorden", "Godkendelse af dagsordenen", "Dagsorden": the standing item
#: approving the meeting's agenda.
_AGENDA_APPROVAL_TITLE = re.compile(
    r"\W*(?:godkendelse\s+af\s+)?(?:den\s+)?dagsorden(?:en)?\W*$", re.IGNORECASE
)


def agenda_changes_named(types: list[str], title: str | None = None) -> list[str]:
    """The agenda's approval that names the changes made to it at the meeting ("Godkendt
    med den ændring, at … Punkt 8 blev udsat.", "Godkendt; punkt 3 udgår."): what it says
    was put off or turned down are other items, each typed under its own heading; this
    item's outcome is the approval. Only the item's primary type follows this."""
    if (
        "approved" not in types
        or len(types) < 2
        or not title
        or not _AGENDA_APPROVAL_TITLE.match(title)
    ):
        return types
    return [t for t in types if t not in ("postponed", "rejected", "none")]


#: "Udvalget besluttede i stedet, at …", "… vedtog i stedet …": the forum's own decision put
#: in place of what it turned down.
_DECIDED_INSTEAD = re.compile(
    r"\b(?:besluttede|besluttes|vedtog|vedtages)\s+(?:\w+\s+)?i\s+stedet\b"
    # ("Lejeforhøjelsen kan ikke godkendes. Lejen fastsættes til kr. 4.870 …": the figure
    # asked for refused and the board's own set in its place, a ruling met in part)
    r"|\b(?:fastsættes|fastsattes|nedsættes|nedsattes)\s+(?:i\s+stedet\s+)?til\s+(?:kr\.?\s*)?\d"
    # ("Bestyrelsen afviste at flytte tracéet og besluttede at reetablere legepladsen": the
    # request refused and, in the same sentence, the forum's own measure decided for it)
    r"|\b(?:afviste|afslog|forkastede)\b[^.;]{1,120}?\bog\s+besluttede\s+(?:i\s+stedet\s+)?at\b"
)


def refusal_replaced(types: list[str], text: str) -> list[str]:
    """A decision that turns the recommendation down and decides otherwise in its place
    ("Indstillingen blev ikke godkendt. Udvalget besluttede i stedet, at …"; a board's
    "Forhøjelsen kan ikke godkendes. Lejen fastsættes til kr. 4.870 …"): the forum's
    outcome is what it decided, ``decided``; the refusal stands in the ``decisions`` rows.
    Only the item's primary type follows this."""
    if "rejected" not in types or "decided" not in types:
        return types
    if (
        "stedet" not in text
        and "sættes" not in text
        and "sattes" not in text
        and "besluttede" not in text
    ):
        # (the cheap tests: "i stedet", "fastsættes til", "nedsattes til", "afviste … og
        # besluttede at")
        return types
    if _DECIDED_INSTEAD.search(text) is None:
        return types
    return [t for t in types if t != "rejected"]


#: A recommendation that leaves the outcome open, asking the forum only to decide: "at
#: udvalget tager stilling til ansøgningen", "træffer beslutning i sagen", "beslutter, om
#: …", "afgør, hvorvidt …"; or only to discuss it ("at ansøgningen drøftes", "at udvalget
#: drøfter sagen"): neither a grant nor a refusal proposed.
_OPEN_QUESTION = re.compile(
    r"\btag(?:er|es|e)?\s+stilling\b|\bstillingtagen\b|\bdrøft(?:es|er)\b"
    r"|\btræffe[rs]?\s+(?:en\s+)?(?:beslutning|afgørelse)\b"
    r"|\b(?:beslutte[rs]?|afgøre[rs]?|afgør)\s*,?\s+(?:om|hvorvidt)\b",
    re.IGNORECASE,
)
#: What a recommendation asks that closes the open question: a grant or a refusal proposed.
_CLOSED_ASKED = frozenset({"approved", "rejected"})


#: "at byrådet godkender, at …": a point whose approving verb frames the "at"-clause after
#: it (the house style "Magistraten indstiller, at byrådet godkender," over its points).
_APPROVAL_FRAME = re.compile(
    r"^\W*(?:at\s+)?(?:[\w-]+\s+){1,3}?godkender\s*,?\s+(?=at\s)", re.IGNORECASE
)


def unframed(recommendation: str) -> str:
    """A recommendation's point without the approving verb that frames it ("at byrådet
    godkender, at byrådet tager stilling til ansøgningen" -> "at byrådet tager stilling
    til ansøgningen"): what the point asks is the clause the frame approves; any other
    point as it is."""
    m = _APPROVAL_FRAME.match(recommendation)
    return recommendation[m.end() :] if m else recommendation


#: An amount in kroner, its figure in ``amount``, a "mio." after it in ``unit``.
_KRONER = r"(?:kr\.?\s*)?(?P<amount>\d[\d.]*(?:,\d+)?)\s*(?P<unit>mio\b|million)?"
#: "imødekommet med et tilskud på 150.000 kr.", "imødekommes med 40.000 kr.": a request
#: met with an amount, its figure in ``amount`` (a "mio." after it in ``unit``).
_MET_WITH_AMOUNT = re.compile(
    r"\bimødekom\w*\s+med\s+(?:(?:et|en|tilskud|beløb|bevilling|støtte|på|i|alt)\s+){0,4}"
    + _KRONER,
    re.IGNORECASE,
)
#: "ansøger om tilskud på 250.000 kr.", "søgte om 2,5 mio. kr.": the amount applied for.
_APPLIED_FOR = re.compile(
    r"\b(?:an)?søg(?:er|te|t)?\s+om\s+(?:(?:et|en|tilskud|støtte|beløb|bevilling|"
    r"underskudsgaranti|garanti|lån|på|i|alt)\s+){0,4}" + _KRONER,
    re.IGNORECASE,
)


def _kroner(m: re.Match[str]) -> float:
    """The amount of a ``_MET_WITH_AMOUNT`` or ``_APPLIED_FOR`` match in kroner."""
    figure = float(m["amount"].rstrip(".").replace(".", "").replace(",", "."))
    return figure * 1_000_000 if m["unit"] else figure


def met_in_part(types: list[str], text: str, case_text: str) -> list[str]:
    """A request met with less than it asked for ("Foreningen ansøger om tilskud på
    250.000 kr." / "Ansøgningen blev imødekommet med et tilskud på 150.000 kr."): met in
    part, the forum's own measure of it, ``decided`` as "Imødekommet delvist med 10.000 kr."
    is; met with the amount asked, or where the case names none, ``approved``.
    ``case_text`` is the item's other sections. Only the item's primary type follows
    this; its ``decisions`` rows keep their own."""
    if "approved" not in types or ("mødekom" not in text and "MØDEKOM" not in text):
        return types  # (the cheap gate: no request met)
    met = _MET_WITH_AMOUNT.search(text)
    if met is None:
        return types
    asked = _APPLIED_FOR.search(case_text)
    if asked is None or _kroner(met) >= _kroner(asked):
        return types
    return list(dict.fromkeys("decided" if t == "approved" else t for t in types))


#: A recommendation asking the forum only for its reply to a hearing ("Ældrerådet afgiver
#: høringssvar", "at rådet afgiver udtalelse"): what the reply says is left to the forum.
_REPLY_ASKED = re.compile(
    r"\bafgive[rs]?\s+(?:et\s+|en\s+|sit\s+|sin\s+)?(?:høringssvar|høringsudtalelse|udtalelse)\b",
    re.IGNORECASE,
)


#: The hearing reply sent on in one sentence ("udarbejder høringssvar … og sender det til
#: administrationen", "Høringssvaret sendes til forvaltningen").
_REPLY_SENT = re.compile(
    r"(?:høringssvar|høringsudtalelse|udtalelse)\w*\b[^.\n]{0,120}?\bsend", re.IGNORECASE
)


def withheld_in_reply(evidence: str, recommendations: Iterable[str]) -> bool:
    """Whether a recommendation withheld ("Rådet kan ikke anbefale ændringen", evidence
    "ikke anbefale") answers a hearing whose recommendation asked the forum only for its
    reply ("Ældrerådet afgiver høringssvar"): no proposal was put that could fall, the
    withheld support is what the forum chose to reply, ``decided`` (see
    ``refusal_decided``)."""
    if _NOT_RECOMMENDED.match(evidence) is None:
        return False
    return any(_REPLY_ASKED.search(r) for r in recommendations)


def refusal_decided(
    types: list[str], asked: set[str], evidence: str, recommendations: Iterable[str], text: str
) -> list[str]:
    """A consulted forum's support withheld in the reply it gives ("Handicaprådet kan ikke
    anbefale lukningen …" where it was asked for its reply, ``withheld_in_reply``): the reply
    given is its decision, ``decided``, not a refusal of the case. A request refused is
    ``rejected`` whatever the recommendation asked ("… indstiller, at udvalget tager stilling
    til ansøgningen" / "Ansøgningen blev ikke imødekommet", "Afslag."): as independent
    labellers read such minutes (the fifty-seventh session turned the forty-seventh round's
    ``decided`` for an open question back). ``evidence`` is the refusal's words in
    ``text``; only the item's primary type follows this."""
    if "rejected" not in types or "approved" in types or asked & _CLOSED_ASKED or not evidence:
        return types  # (a refusal beside an approval: a mixed outcome, left as it is)
    if not withheld_in_reply(evidence, recommendations):
        return types
    # (the reply written and sent to whoever asked, "Formanden udarbejder høringssvar
    # … og sender det til administrationen", is the reply given, no referral of the case)
    sent = _REPLY_SENT.search(text) is not None
    return list(
        dict.fromkeys(
            "decided" if t == "rejected" else t for t in types if not (sent and t == "referred")
        )
    )


#: "Et ændringsforslag fra A om … blev vedtaget", "Det alternative forslag … godkendt": a
#: member's or party's amendment carried (its noun, then its verb in the same sentence).
_AMENDMENT_CARRIED = re.compile(
    # (a dot inside the sentence, "før kl. 12", does not end it)
    r"\b(?:ændrings|under|alternativ(?:e|t)?\s+)forslag\w*\b"
    r"(?:[^.\n]|\.(?!\s*$|\s+(?-i:[A-ZÆØÅ]))){0,200}?"
    r"\b(?:vedtaget|vedtoges|godkendt|godkendtes)\b",
    re.IGNORECASE,
)


def amendment_decided(types: list[str], text: str, recommendations: Iterable[str]) -> list[str]:
    """An amendment carried where the recommendation only asked the forum to decide
    ("… indstiller, at udvalget tager stilling til forslaget" / "Forslaget blev forkastet
    … Et ændringsforslag fra A om … blev vedtaget"): no proposal was put that could be
    approved, the forum chose its own outcome, ``decided``, as a refusal so chosen is
    (``refusal_decided``) and as "Udvalget valgte model B" is. Where the recommendation
    proposed something, the amendment carried approves it as changed, ``approved``. Only
    the item's primary type follows this."""
    if "approved" not in types or "rejected" in types:
        return types
    if "orslag" not in text and "ORSLAG" not in text:
        return types  # (the cheap test: no proposal named)
    if _AMENDMENT_CARRIED.search(text) is None:
        return types
    if not any(_OPEN_QUESTION.search(r) for r in recommendations):
        return types
    return list(dict.fromkeys("decided" if t == "approved" else t for t in types))


def endorsement_approved(types: list[str], asked: set[str]) -> list[str]:
    """A decision that approves the recommendation and recommends it on ("Indstillingen
    tiltrådt. Anbefales over for Byrådet.") where the recommendation asked the forum only to
    recommend ("… at Økonomiudvalget over for Byrådet anbefaler, at …"): what it approved
    is its recommendation to the deciding body, ``recommended``. Only the item's primary
    type follows this."""
    if "approved" not in types or "recommended" not in types or "approved" in asked:
        return types
    if "recommended" not in asked or not set(types) <= _ENDORSED_WITH:
        return types
    return [t for t in types if t != "approved"]


#: The types beside an approval and a recommendation that leave the two one act (what was
#: discussed or noted on the way).
_ENDORSED_WITH = frozenset({"approved", "recommended", "noted", "discussed"})


#: What a proposal's and a decision's wording share once the "at" opening a proposal, the
#: closing full stop, case and spacing are set aside.
_PROPOSAL_WORDING = re.compile(r"^\W*(?:at\s+)?|[\s.!]+$", re.IGNORECASE)


def _wording(text: str) -> str:
    return " ".join(_PROPOSAL_WORDING.sub("", text).lower().split())


def restated_proposal(types: list[str], text: str, recommendations: Iterable[str]) -> list[str]:
    """A decision whose first sentence is one of the proposals put to the forum in the
    proposal's own words and matches no pattern ("Børn og Unge indstiller, at model 2
    sendes i høring." / "Model 2 sendes i høring. X tog forbehold."): the proposal
    adopted as put, ``approved``, as "Sendes i høring som indstillet." is. So is a
    shortened restatement, the proposal's passive verb with words of its clause left out
    (``passive_restated``: "Påbegyndes." under "… at arbejdet med strategien påbegyndes").
    Only the item's primary type follows this; its ``decisions`` rows keep "other"."""
    if types != ["other"] or not text.strip():
        return types
    first = _wording(_first_sentence(text))
    recommendations = list(recommendations)
    if len(first.split()) >= 3 and any(_wording(r) == first for r in recommendations):
        return ["approved"]
    return ["approved"] if passive_restated(first, recommendations) else types


#: Where a proposal's clause opens: the start of the text, or "at" after a comma or an "og"
#: ("… at udvalget godkender, at planen sendes i høring, og at …").
_PROPOSAL_CLAUSE = re.compile(r"(?:^|,|\bog\b|\bsamt\b)\s*at\s+", re.IGNORECASE)

#: A word of a decision or a proposal: letters, digits and the marks inside them.
_CLAUSE_WORD = re.compile(r"[\wæøå][\wæøå./-]*[\wæøå]|[\wæøå]", re.IGNORECASE)


def _clause_words(text: str) -> list[str]:
    return [m.group().lower() for m in _CLAUSE_WORD.finditer(text)]


def _passive(word: str) -> bool:
    """A present s-passive ("sendes", "igangsættes", "tages"): the verb of a proposal put
    as what shall be done ("at planen sendes i høring")."""
    return len(word) >= 4 and word.endswith("es") and word.isalpha()


def passive_restated(decision: str, recommendations: Iterable[str]) -> bool:
    """Whether ``decision`` (a decision's first sentence) restates a proposal's clause
    shortened: its words are the clause's, in the clause's order, with some left out (the
    subject, an adjective, "som beskrevet"), the clause's passive verb among them, and the
    clause not negated ("Udsendes i høring i 6 uger." under "… at forslaget udsendes i
    offentlig høring i 6 uger"; "Påbegyndes." under "… at arbejdet påbegyndes"). A
    refusal of what was proposed ("Påbegyndes ikke.") adds a word and is no restatement."""
    said = _clause_words(decision)
    if not said or not any(_passive(x) for x in said):
        return False
    for rec in recommendations:
        for clause in _PROPOSAL_CLAUSE.split(rec):
            words = _clause_words(clause)
            verb = next((x for x in words[1:] if _passive(x)), None)
            if verb is None or verb not in said or not _NEGATIONS.isdisjoint(words):
                continue
            rest = iter(words)
            if all(x in rest for x in said):  # (an ordered subsequence of the clause)
                return True
    return False


#: "Som pkt. 3.", "Samme afgørelse som under punkt 3.", "Jf. beslutningen under sag 3.": the
#: decision of an earlier item of the meeting given again (a sibling's case, treated with it);
#: also "Se pkt. 7", the decision pointed to where it stands ("Se beslutning under punkt
#: 4.", the noun without its article, as an item taken with another says it).
_AS_ITEM = re.compile(
    r"^(?:(?:samme\s+(?:beslutning|afgørelse|indstilling)\s+)?som|jf\.?(?:\s+beslutningen)?"
    r"|se(?:\s+beslutning(?:en)?)?)\s+"
    r"(?:under\s+|i\s+|ved\s+)?(?:pkt\.?|punkt|sag|dagsordenspunkt)\s*(?:nr\.?\s*)?"
    r"(?P<num>\d{1,4})\s*[.!]?$",
    re.IGNORECASE,
)


#: "Forespørgsel fra Venstre om …", "Forespørgsel vedrørende …": a member's interpellation,
#: which the council answers and debates (no citizen's question).
_INTERPELLATION_TITLE = re.compile(r"^forespørgsel\s+(?:fra|om|vedr|til)\b", re.IGNORECASE)


def interpellation_debated(types: list[str], text: str, title: str | None = None) -> list[str]:
    """An interpellation's decision that says no more than that it was answered
    ("Besvaret af rådmanden for …"): discussed, as the council debates the answer (a
    question answered under any other title decides nothing, ``none``). Only the item's
    primary type follows this; its ``decisions`` rows keep "none"."""
    if types != ["none"] or not title or title[:1] not in "Ff" or "esvare" not in text.lower():
        return types  # (the cheap gate: no interpellation's title, no answer)
    first = _first_sentence(text.strip())
    if not _INTERPELLATION_TITLE.match(title) or not (
        _ANSWERED_ONLY.fullmatch(first) or _ANSWERED_ACTIVE.fullmatch(first)
    ):
        return types
    return ["discussed"]


#: "Behandlet sammen med punkt 18.", "Sagen blev behandlet under ét med pkt. 4.": the item
#: taken together with an earlier one, whose decision is this one's too; also "Behandlet
#: under punkt 12.", the item decided under the other's heading.
_WITH_ITEM = re.compile(
    r"^(?:(?:sagen|punktet)\s+blev\s+)?behandlet\s+(?:(?:sammen|under\s+ét)\s+med|under)\s+"
    r"(?:pkt\.?|punkt|sag|dagsordenspunkt)\s*(?P<num>\d{1,4})\s*\.?$",
    re.IGNORECASE,
)


def points_to(types: list[str], text: str) -> int | None:
    """The item number a decision typed ``types`` does no more than point to ("Se
    beslutning under punkt 9.", "Behandlet under punkt 9."), as ``same_as_item`` reads
    it, or None. An item decided under a later one's heading (item 4: "Behandlet under
    punkt 9.") is typed again once the meeting's items are: see ``item_decision_rows``'s
    callers."""
    if types not in (["other"], ["discussed"]):
        return None
    text = text.strip()
    m = _AS_ITEM.match(text) if types == ["other"] else None
    if m is None and "ehandlet" in text.lower():
        m = _WITH_ITEM.match(text)
    return int(m["num"]) if m else None


def points_to_typed(
    summary_row: tuple,
    pairs: Iterable[tuple[str, str]],
    number: int | None,
    typed: Mapping[int, list[str]],
) -> bool:
    """Whether the item whose summary row (its primary type second) and (key, text)
    sections are given only points to another item of the meeting (``points_to``) that
    ``typed`` (types by item number) holds by now: the item is then typed again with them."""
    text = decision_text(t for k, t in pairs if k == "beslutning")
    num = points_to([str(summary_row[1])], text)
    return num is not None and num != number and num in typed


def same_as_item(types: list[str], text: str, earlier: Mapping[int, list[str]]) -> list[str]:
    """A decision that is no more than a reference to an earlier item's ("Som pkt. 3.",
    "Behandlet sammen med punkt 3.", which alone reads as a discussion) takes that item's
    types, as the meeting decided the two alike. Only the item's primary type follows
    this; its ``decisions`` rows keep their own."""
    if types not in (["other"], ["discussed"]) or not earlier:
        return types
    num = points_to(types, text)
    return earlier.get(num, types) if num is not None else types


def item_decision_rows(
    item_id: str,
    sections: Sequence[tuple[str, str | None]],
    recommendations: Sequence[str],
    forum: str | None = None,
    title: str | None = None,
    agreed: bool = False,
    earlier: Mapping[int, list[str]] | None = None,
) -> dict[str, list[tuple]]:
    """Rows of ``summary``, ``decisions``, ``follow_ups`` and ``positions`` for one item.

    ``sections`` are the item's (section key, text) pairs in position order; ``title``
    (the clean title) marks announcement items (see ``orientation_noted``); ``agreed``:
    its decision stands under "Aftalt:" (see ``classify_decision``); ``earlier``: the
    types of the meeting's items before it by number (see ``same_as_item``). The same
    rows as the table functions give for the item, with each text analysed once: the
    build runs this where each file is parsed.
    """
    out: dict[str, list[tuple]] = {"summary": [], "decisions": [], "follow_ups": []}
    if sections or recommendations:
        text = decision_text(t for k, t in sections if k == "beslutning")
        types = classify_decision(text, forum, agreed)
        found = follow_ups(text)
        asked: set[str] = set()
        for rec in recommendations:
            asked.update(recommended_actions(rec, forum))

        kinds = orientation_noted([t for t, _ in types], asked, title)
        kinds = next_meeting_set(kinds, text, title)
        kinds = refusal_replaced(agenda_changes_named(kinds, title), text)
        refused = next((e for t, e in types if t == "rejected"), "")
        # (what the points ask within an approving verb that only frames them, see unframed)
        asked_within = (
            {a for rec in recommendations for a in recommended_actions(unframed(rec), forum)}
            if refused and "approved" in asked
            else asked
        )
        kinds = refusal_decided(kinds, asked_within, refused, recommendations, text)
        kinds = amendment_decided(kinds, text, recommendations)
        kinds = met_in_part(
            kinds, text, "\n".join(t or "" for k, t in sections if k != "beslutning")
        )
        kinds = restated_proposal(kinds, text, recommendations)
        kinds = endorsement_approved(kinds, asked)
        kinds = same_as_item(kinds, text, earlier or {})
        kinds = interpellation_debated(kinds, text, title)
        kinds = board_ruling(kinds, forum)
        out["summary"].append(_summary_row(item_id, kinds, asked, len(found)))
        if sections:
            out["decisions"] = _decision_rows(item_id, types)
            out["follow_ups"] = _follow_up_rows(item_id, found)
    out["positions"] = _position_rows(item_id, sections)
    return out


__all__ = [
    "FOLLOWS",
    "POSITION_SECTIONS",
    "agenda_changes_named",
    "agreed_decision",
    "amendment_decided",
    "refusal_decided",
    "refusal_replaced",
    "withheld_in_reply",
    "unframed",
    "met_in_part",
    "classify_decision",
    "decision_summary",
    "decisions_table",
    "endorsement_approved",
    "follow_ups",
    "follow_ups_table",
    "interpellation_debated",
    "item_decision_rows",
    "is_agreed_label",
    "decision_text",
    "followed_recommendation",
    "positions",
    "positions_table",
    "primary_decision_type",
    "recommended_action",
    "recommended_actions",
    "passive_restated",
    "points_to",
    "points_to_typed",
    "restated_proposal",
    "same_as_item",
]
