"""What was actually said in a process, in the words of each draft language. Pure.

Drafts may refer to facts the mail holds, never to invented ones: the day the employer
said they hoped to decide by (their own ``promised_by``, recalled only to the side that
said it: the agency's word to the agency, the employer's to the employer), what the
candidate sent them (references, a work sample, a portfolio: read from the candidate's
own words when they say it is attached), and the round that happened as the employer
named it when they set it up (an onsite, a phone screen, a technical or a final
interview). Days are written the way people write them in mail in each language
("Friday, December 4", "Freitag, 4. Dezember").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from datetime import date

_WEEKDAYS: Final = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
_MONTHS: Final = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november"
    " december",
}

#: What a candidate sends, by key: the words that name it in their mail.
_ITEMS: Final = {
    "references": r"references?|referees?|referenzen|références|referencias|referenties",
    "work_sample": r"work samples?|writing samples?|take-home|case study|arbeitsproben?"
    r"|fallstudie|travail demandé|étude de cas|ejercicio|caso práctico|opdracht|werkvoorbeeld",
    "portfolio": r"portfolio|portafolio|portefeuille|mappe",
}
#: Words saying it comes with the message.
_ATTACHED: Final = lazy_pattern(
    r"\b(?:attached|attaching|enclosed|please find|here (?:are|is)|sending you|i've sent"
    r"|anbei|im anhang|angehängt|ci-joint|en pièce jointe|vous trouverez|adjunto|adjunta"
    r"|te envío|le envío|bijgevoegd|in de bijlage|hierbij)\b",
    re.IGNORECASE,
)
_ITEM_RX: Final = {
    key: lazy_pattern(rf"\b(?:{words})\b", re.IGNORECASE) for key, words in _ITEMS.items()
}

#: How each item is named in a draft, by language.
ITEM_WORDS: Final = {
    "en": {"references": "my references", "work_sample": "the work sample",
           "portfolio": "my portfolio"},
    "de": {"references": "meine Referenzen", "work_sample": "die Arbeitsprobe",
           "portfolio": "mein Portfolio"},
    "fr": {"references": "mes références", "work_sample": "le travail demandé",
           "portfolio": "mon portfolio"},
    "es": {"references": "mis referencias", "work_sample": "el ejercicio práctico",
           "portfolio": "mi portafolio"},
    "nl": {"references": "mijn referenties", "work_sample": "de opdracht",
           "portfolio": "mijn portfolio"},
}  # fmt: skip
_AND: Final = {"en": "and", "de": "und", "fr": "et", "es": "y", "nl": "en"}


@dataclass(frozen=True, slots=True)
class Recall:
    """The facts a draft may mention: each empty when the mail does not hold it."""

    promised_by: date | None = None
    sent_items: tuple[str, ...] = ()
    round_kind: str | None = None  # the round as they named it: onsite, phone, technical, final
    #: The promised day was the agency's own word ("the client will come back to us by
    #: the 11th"): only the agency may be reminded of it, and only the employer of theirs.
    promised_by_agency: bool = False
    #: Their latest word said no for this role and offered a next step about another: a
    #: follow-up asks after that conversation, never after the role they filled.
    other_role: bool = False
    #: The roles of the candidate's other applications at the company: a thread titled
    #: with one of them is not this application's subject.
    other_roles: tuple[str, ...] = ()


def sent_items(own_text: str) -> tuple[str, ...]:
    """What the candidate says they attached or sent, by key, in their own words."""
    found = []
    for line in re.split(r"(?<=[.!?])\s+|\n", own_text):
        if not _ATTACHED.search(line):
            continue
        found += [key for key, rx in _ITEM_RX.items() if rx.search(line)]
    return tuple(dict.fromkeys(found))


def day_in(day: date, language: str) -> str:
    """A day as mail writes it: "Friday, December 4", "Freitag, 4. Dezember", "jeudi 3 décembre"."""
    if language not in _WEEKDAYS:
        return f"{day:%A}, {day:%B} {day.day}"
    weekday = _WEEKDAYS[language].split()[day.weekday()]
    month = _MONTHS[language].split()[day.month - 1]
    if language == "de":
        return f"{weekday}, {day.day}. {month}"
    if language == "es":
        return f"{weekday} {day.day} de {month}"
    return f"{weekday} {day.day} {month}"


def items_in(keys: tuple[str, ...], language: str) -> str:
    """The items named for a draft: "my references and the work sample"."""
    words = ITEM_WORDS.get(language, ITEM_WORDS["en"])
    named = [words[k] for k in keys if k in words]
    if len(named) <= 1:
        return "".join(named)
    return f"{', '.join(named[:-1])} {_AND.get(language, 'and')} {named[-1]}"


_TODAY: Final = {
    "en": ("today", "yesterday", "on {}"), "de": ("heute", "gestern", "am {}"),
    "fr": ("aujourd'hui", "hier", "{}"), "es": ("hoy", "ayer", "el {}"),
    "nl": ("vandaag", "gisteren", "op {}"),
}  # fmt: skip


def when_in(interview_day: date, today: date | None, language: str) -> str:
    """How a thank-you refers to the interview: "today", "gestern", "el miércoles"."""
    now, before, on = _TODAY.get(language, _TODAY["en"])
    if today is None or today == interview_day:
        return now
    if (today - interview_day).days == 1:
        return before
    weekday = (
        _WEEKDAYS[language].split()[interview_day.weekday()]
        if language in _WEEKDAYS
        else f"{interview_day:%A}"
    )
    return on.format(weekday)


#: Kinds of round, by the words employers use when they set one up.
_ROUNDS: Final = {
    "onsite": r"on-?site|in[- ]person|face[- ]to[- ]face|at our offices?|vor[- ]ort"
    r"|pers[öo]nliche[ns]? (?:gespr[äa]ch|kennenlernen|treffen|vorstellungsgespr[äa]ch)"
    r"|pers[öo]nlich kennenlernen|in unseren? (?:b[üu]ro|r[äa]umen|r[äa]umlichkeiten)"
    r"|sur site|dans nos locaux|en personne|en pr[ée]sentiel|presencial|en persona"
    r"|en nuestras oficinas|op locatie|op kantoor|op ons kantoor|fysiek(?:e)? gesprek",
    "phone": r"phone (?:screen|call|interview)|telefoninterview|telefonat|entretien"
    r" t[ée]l[ée]phonique|entrevista telef[óo]nica|telefonisch gesprek|belafspraak",
    "technical": r"technical interview|tech interview|fachgespr[äa]ch|technisches (?:interview"
    r"|gespr[äa]ch)|entretien technique|entrevista t[ée]cnica|technisch gesprek",
    "final": r"final (?:round|interview)|letzte[ns]? (?:runde|gespr[äa]ch)|finalrunde"
    r"|entretien final|dernier entretien|entrevista final|[úu]ltima entrevista|laatste"
    r" (?:ronde|gesprek)|eindgesprek",
}
_ROUND_RX: Final = {
    kind: lazy_pattern(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _ROUNDS.items()
}
#: How a draft names the interview it follows up, by language: the default first.
INTERVIEW_NAMES: Final = {
    "en": {None: "my interview", "onsite": "the onsite", "phone": "my phone screen",
           "technical": "the technical interview", "final": "the final interview"},
    "de": {None: "meinem Gespräch", "onsite": "meinem Vor-Ort-Termin",
           "phone": "meinem Telefoninterview", "technical": "meinem Fachgespräch",
           "final": "meinem abschließenden Gespräch"},
    "fr": {None: "mon entretien", "onsite": "mon entretien sur site",
           "phone": "mon entretien téléphonique", "technical": "mon entretien technique",
           "final": "mon entretien final"},
    "es": {None: "mi entrevista", "onsite": "mi entrevista presencial",
           "phone": "mi entrevista telefónica", "technical": "mi entrevista técnica",
           "final": "mi entrevista final"},
    "nl": {None: "mijn gesprek", "onsite": "mijn gesprek op locatie",
           "phone": "mijn telefonische gesprek", "technical": "mijn technische gesprek",
           "final": "mijn laatste gesprek"},
}  # fmt: skip


#: Thanks for a call already held: that call is no round being set up ("vielen Dank für
#: ... das nette Telefonat am Dienstag. Gerne laden wir Sie ... ein": tester round t84ml).
_PAST_CALL: Final = lazy_pattern(
    r"\b(?:danke f[üu]r|dank f[üu]r|nach|thanks? (?:you )?for|after|following|merci pour"
    r"|suite [àa]|gracias por|tras|bedankt voor|na)\b[^.!?\n]{0,40}?\b(?:telefonat|phone call"
    r"|call|appel(?: t[ée]l[ée]phonique)?|llamada|telefoongesprek|belafspraak)\b",
    re.IGNORECASE,
)


#: A round they look back on while setting up the next: "following your phone screen, the
#: team would love to have you back for a panel" sets up the panel, not a phone screen
#: (tester round u33fu). Thanked for, followed, or after "your" or "our" one: "after the
#: phone screen we'd like an onsite" may still be ahead, and names no kind.
_EARLIER_ROUND: Final = lazy_pattern(
    r"\b(?:(?:thanks? (?:you )?for(?! (?:confirming|accepting|booking|scheduling))|following"
    r"|danke? f[üu]r|vielen dank f[üu]r|im anschluss an|merci pour|suite [àa]|gracias por"
    r"|a ra[íi]z de|bedankt voor|naar aanleiding van)\b"
    r"|(?:after|since|nach|apr[èe]s|tras|despu[ée]s de|na) (?:your|our|ihrem|unserem|deinem"
    r"|votre|notre|ton|tu|su|nuestra|nuestro|je|uw|ons|onze)\b)"
    rf"[^.!?\n]{{0,40}}?\b(?:{'|'.join(_ROUNDS.values())})\b",
    re.IGNORECASE,
)


def round_kind(own_text: str) -> str | None:
    """The kind of round the employer's words set up, or None (nothing, or more than one)."""
    own_text = _EARLIER_ROUND.sub(" ", _PAST_CALL.sub(" ", own_text))
    kinds = [kind for kind, rx in _ROUND_RX.items() if rx.search(own_text)]
    return kinds[0] if len(kinds) == 1 else None


def interview_name(kind: str | None, language: str) -> str:
    """How a draft names the interview: "my interview", "the onsite", "meinem Fachgespräch"."""
    names = INTERVIEW_NAMES.get(language, INTERVIEW_NAMES["en"])
    return names.get(kind) or names[None]
