"""The words of a paused process: when it starts again, and what is no such day. Pure.

``core.dates.revisit_date`` reads when a paused process is to be picked up again; these
are its words (five languages, folded text):

- the cues that say when it resumes ("until", "revisit", "wieder", "jusqu'", "retomar",
  "hervatten", "gaan verder", and a move by a span: "pushing the interviews back by a
  couple of weeks", "um zwei Wochen verschoben", "repoussé de deux semaines");
- a month, a quarter or the new year alone, and which day of it a pause runs to
  (``period_after``), never a year that names a thing: "the budget for next year",
  "le budget pour l'année prochaine" say what waits, not until when;
- a pause until an event ("hasta la reapertura", "until the budget is confirmed", "bis
  die Umstrukturierung abgeschlossen ist"): a day before it in the sentence is when
  something else happens ("el hotel cierra el 8 de noviembre y ... hasta la reapertura"),
  never the end of the pause (``until_an_event``);
- a day they will *tell* her how or whether it resumes ("Te confirmo a finales de enero
  cómo retomamos", "I'll let you know by the 20th whether we pick it up again"): their
  promise, read as one by ``core.dates.promise``, not the pause's end (``told_how``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import closest
from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.resume_word import RESUME_VERB
from silence_watch.core.season_days import QUARTER_NUMBERS

if TYPE_CHECKING:
    from datetime import date

    from silence_watch.core.calendardays import Context

#: Words that say when a paused process starts again.
RESUME_CUES: Final = lazy_pattern(
    # "frozen til january" (probe-hold7): the short spelling too
    rf"\b(?:until|till|til|revisit|{RESUME_VERB}|reopen\w*|restart"
    # "paused through the end of January", never "going through a reorg" (probe round p51)
    r"|(?:paus\w*|frozen|freez\w*|hold|suspend\w*|closed) (?:\w+ ){0,2}?(?:through|thru)"
    r"|pick (?:\w+ )?(?:back )?up|back up"
    r"|come back|get back|return to|for (?:another |the next |a |an )?(?:few|couple|\d+|one|two"
    r"|three|four|five|six)\b(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    # "für ca. zwei Wochen", "pour quelques semaines", "durante un par de semanas", "voor
    # een paar weken", "for about two weeks" (probe round p51)
    r"|(?:for|fur|pour|por|durante|voor) (?:about |around |roughly |ca\.? |etwa |rund |environ"
    r" |unos |unas |ongeveer |zo'n )(?:few|couple|\d+|one|two|three|four|five|six)?\b"
    # a span right after the pause, no word between: "queda en pausa unas semanas", "ligt
    # een paar weken stil", "on hold a couple of weeks" (probe-dates10)
    r"|(?:pausa|pause|paused|hold|congelad[oa]s?|gele|suspendu|suspendue|suspendid[oa])"
    r" (?=(?:unas|unos|quelques|a few|a couple of|een paar|enkele|dos|deux|two|twee)"
    r" (?:semanas|semaines|weeks|weken)\b)"
    r"|(?:fur|pour|durante|voor) (?:einige|ein paar|zwei|drei|vier|\d+|quelques|deux|trois"
    r"|quatre|un par|dos|tres|cuatro|een paar|enkele|twee|drie|vier)\b"
    # "reactivar el proceso en el primer trimestre", "une fois ... nous reviendrons vers
    # vous en mars", "das Verfahren Anfang Februar fortzusetzen" (probe round probe-hold6)
    r"|reactiv\w*|reviendr\w*|fortzusetz\w*|fortzufuhr\w*|weiterzufuhr\w*|d'ici la\b"
    r"|again|opnieuw|de nouveau|a nouveau|de nuevo|nuevamente|know more|expect"
    r"|hope|(?<!as )plan(?!t)\w*|bis|wieder|weiter|voraussichtlich|rechnen"
    r"|jusqu|repren\w*|reprise|relanc\w*|prevoyons|hasta|retom\w*|reanud\w*|tot|hervat\w*"
    r"|weer|verwacht\w*|continu\w*|fortsetz\w*|fortgesetzt|fortfuhr\w*|fortfuehr\w*"
    r"|prosegu\w*|poursuiv\w*|poursuit\w*|voortzet\w*|voort te zetten|verder\w*"
    # moved by a span: "pushing the final interviews back by a couple of weeks"
    r"|push\w* (?:[\w-]+ ){0,4}?(?:back|out)\b|postpon\w*|verschieb\w*|verschob\w*|repouss\w*"
    r"|report(?:e|ee|es|ees|er|ons)\b|decal\w*|aplaz\w*|pospon\w*|pospus\w*|posterg\w*|uitgesteld|uitstel\w*|verschuiv\w*|verschov\w*)",
    grouped=True,
)
#: A day something already happened on: "our Executive Committee met on Tuesday" (u04cw).
DONE_ON: Final = lazy_pattern(
    r"\b(?:met|convened|decided|announced|agreed|discussed|reviewed|spoke|concluded|was held"
    r"|tagte|getagt|entschieden|s'est reuni|se reunio|se reunieron|vergaderde|besloot)"
    r" (?:on |last |this past |am |le |el |op )?$"
)
#: Where one clause ends and another starts ("..., and", "; ", "..., aber").
CLAUSE_BREAK: Final = lazy_pattern(
    r";|, (?:and|but|so|und|aber|doch|et|mais|donc|y|pero|en|maar|dus)\b"
)
#: Month names long enough to be nothing else ("mar", "ene" are words too), May's, and
#: the short names that are no word ("until after our budget review in Feb").
_MONTH_WORDS: Final = "|".join(
    re.escape(name) for name in sorted(MONTHS, key=len, reverse=True)
    if len(name) > 3 or name in ("may", "mai", "mei", "maj", "feb", "apr", "aug", "oct", "okt")
)
#: A date phrase that names its day (a number, a month, a weekday), not a span from the
#: sent date ("for a few weeks").
NAMED_DAY: Final = lazy_pattern(
    rf"\d|\b(?:{_MONTH_WORDS}|{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b"
)
#: Words for a thing that belongs to a year, just before it: "the budget for next year".
_FOR: Final = r"(?<!\bfor )(?<!\bfur )(?<!\bpour )(?<!\bpara )(?<!\bvoor )"
#: A time of year with no day: "until January", "jusqu'en janvier", "in Q1", "until the
#: new year" (folded); ``period_after`` says which day of it a pause runs to.
_PERIOD: Final = lazy_pattern(
    # a month as an event's attribute after "until after": "jusqu'après notre arbitrage
    # budgétaire de février", "hasta después de la revisión de febrero" (probe-dates6)
    rf"\b(?:(?:until|till|til|in|into|by|after|jusqu'en|jusqu'a|en|bis|im|ab|hasta|tot|apres"
    r"|despues de|na|(?:jusqu'|hasta )?(?:apres|despues del?)(?: [\w']+){1,5}? del?)"
    rf" (?:early |debut |anfang |principios de |begin )?(?P<month>{_MONTH_WORDS})\b(?! ?\d)"
    r"|\b(?:q|t|quarter )(?P<quarter>[1-4])\b|\b(?P<nth>first|1st|second|2nd|third|3rd|fourth"
    r"|4th|premier|1er|deuxieme|2e|troisieme|3e|quatrieme|4e|primer|segundo|tercer|cuarto"
    r"|ersten?|zweiten?|dritten?|vierten?|1\.|2\.|3\.|4\.|eerste|tweede|derde|vierde)"
    r" (?:quarter|trimestre|quartal|kwartaal)\b"
    rf"|{_FOR}\b(?P<year>(?:until|till|into|after|(?:early )?in) the new year|(?:early )?next"
    r" year|jusqu'a la nouvelle annee|jusqu'au nouvel an|apres le nouvel an"
    r"|(?:(?:au )?debut de )?l'annee prochaine|en debut d'annee"
    r"|bis ins neue jahr|im neuen jahr|(?:anfang )?(?:des )?(?:nachsten|kommenden) jahres"
    r"|anfang des (?:neuen )?jahres|jahresanfang|jahresbeginn"
    r"|(?:im )?(?:nachsten|kommenden) jahr|(?:auf das|ins) (?:nachste|kommende) jahr"
    r"|nach dem jahreswechsel|al (?:proximo|nuevo) ano|al ano que viene"
    r"|hasta el ano nuevo|(?:a )?(?:principios|comienzos) del (?:proximo|nuevo|ano que viene)"
    r"|(?:el|en el) (?:proximo|nuevo) ano|el ano que viene"
    r"|tot het nieuwe jaar|in het nieuwe jaar|(?:begin )?volgend jaar|na de jaarwisseling))"
)


def period_after(text: str, context: Context) -> date | None:
    """When a pause that names only a month, a quarter or the new year is to be looked in.

    Its early days, the 10th (of the quarter's first month; of January), whether it runs
    "until January" or resumes "in January", "in Q1", "im ersten Quartal": the rule the
    corpus labels follow (tests/corpus/replies/README.md). A look in when they said
    they would start again, not three months of silence after it.
    """
    found = _PERIOD.search(text)
    if found is None:
        return None
    if found.group("year"):
        first = 1
    elif found.group("month"):
        first = MONTHS[found.group("month")]
    else:
        first = 3 * int(found.group("quarter") or QUARTER_NUMBERS[found.group("nth")]) - 2
    day = closest(context, first, 10)
    return day if day is not None and day > context.sent else None


#: An "until" that points back to the day or month just named: "the budget is approved in
#: March, so we're holding off till then", "im März genehmigt, bis dahin liegt der Prozess
#: auf Eis" (probe round probe-hold6): that day or month ends the pause, across the comma.
UNTIL_THEN: Final = lazy_pattern(
    r"\b(?:until|till|til) (?:then|that point|that time)\b|\bbis (?:dahin|dann|zu diesem"
    r" zeitpunkt)\b|\bjusque-?la\b|\bd'ici la\b|\bjusqu'a ce moment(?:-la)?\b|\bhasta"
    r" (?:entonces|ese momento|esa fecha)\b|\btot (?:dan|die tijd|dat moment)\b"
)
#: Words of "until" that may take an event, not a day: "hasta la reapertura" (folded).
_UNTIL: Final = lazy_pattern(r"until|till|bis|jusqu|hasta|tot\b")
#: How far after "until" its day starts, if it has one ("until early January", "bis zum").
_UNTIL_REACH = 16


def until_an_event(sentence: str, cue: re.Match[str], starts: list[int]) -> bool:
    """True when ``cue`` is an "until" whose end is an event, not a day or a period.

    ``starts``: where the sentence's dates start. "Hasta la reapertura", "until the budget
    is confirmed": no date, month or year right after the word.
    """
    if not _UNTIL.match(cue.group(0)):
        return False
    if any(0 <= start - cue.end() <= _UNTIL_REACH for start in starts):
        return False
    return _PERIOD.match(sentence, cue.start()) is None


#: "How" or "whether" it resumes, just before the cue: what they will tell her (folded).
_HOW: Final = lazy_pattern(
    r"\b(?:how|whether|if|wie|ob|comment|si|como|de que manera|hoe|of)"
    r"(?: (?:and when|we|wir|nous|on|es|het|it|they|zij|ze|we'll|we will))? $"
    # whether the process resumes, and the day it does, told: "je vous confirme la semaine
    # prochaine si le processus reprend", "la date de reprise", "te confirmo la semana que
    # viene la fecha en que lo retomamos", "the date we restart" (probe-dates10)
    r"|\b(?:si|ob|whether|if|of) (?:le|la|l'|les|das|der|die|the|het|de) ?[\w-]+ $|\bs'ils? $"
    r"|\b(?:date|datum|fecha)(?: (?:de|du|d'|del|en (?:la )?que|van|voor|when|that|on which))?"
    r"(?: (?:lo|la|los|on|nous|we|it|wir))? ?$"
)


def told_how(sentence: str, at: int) -> bool:
    """True when the cue at ``at`` is how or whether it resumes, which they will tell her."""
    return _HOW.search(sentence[max(0, at - 24) : at]) is not None
