"""An absence the candidate announces in her own mail to them, and its last day. Pure.

Lucía confirms her second interview and tells Marta "estaré fuera del 21 de diciembre al 6
de enero ... apenas miraré el correo. A partir del jueves 7 de enero vuelvo a estar al cien
por cien" (tester round u36ow). Marta's "como muy tarde el miércoles 30 de diciembre"
passed while she was away, and a follow-up in her name was drafted for the 31st. Her own
absence holds the steps that ask them for news until the business morning after it, as a
pause she asked for does (``core.closures.paused_until``, docs/process.md rule 18).

Her words, in the first person, with an end: "I'm away / out of office until ...", "I'll
be on holiday from ... to ...", "bin bis ... im Urlaub", "je serai absente jusqu'au ...",
"estaré fuera hasta ...", "ik ben tot ... weg / op vakantie"; or her return: "I'll be back
in the office on ...", "ab dem ... bin ich wieder erreichbar", "je serai de retour le ...",
"a partir del ... vuelvo a estar", "vanaf ... ben ik weer terug". The end is read as
``core.absences`` reads an out-of-office ("until X": X is her last day away; "back on Y":
the day before Y).

Not hers, or no absence: a question ("are you away until the 6th?"), someone else's absence
("Jordi estará fuera hasta el 6"), a trip already over ("I was away until Monday", or an
end before the day she wrote), a day she is free for an interview ("I'm available from the
7th", "ik ben vrij op donderdag"). Her words are never the employer's promise: they set no
``promised_by``.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.absences import absence
from silence_watch.core.dates import sentences
from silence_watch.core.language import fold, language_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Direction, MessageKind

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from silence_watch.core.model import TimelineEntry

#: A few words between her verb and the word of absence ("I'll be mostly away", "bin ab
#: morgen bis zum 6.1. im Urlaub").
_GAP: Final = r"(?:(?:[^.!?;]|(?<=\d)\.){0,45}?\s)?"
#: She is away, in the first person (folded), with the words that say where.
_AWAY: Final = lazy_pattern(
    # en
    rf"\b(?:i'm|im|i am|i'll be|ill be|i will be|i'm going to be|i shall be|i'll mostly be)\s"
    rf"{_GAP}(?:away|out of (?:the )?office|ooo|off (?:work|sick)|on (?:holiday|vacation"
    r"|leave|annual leave|pto|parental leave|maternity leave|paternity leave|my honeymoon)"
    r"|travell?ing|abroad|offline|unreachable|not (?:reachable|available|around)"
    r"|unavailable|without (?:internet|e-?mail|signal))\b"
    r"|\bi(?:'m| am)? off (?:from|until|till|through|between)\b|\bi(?:'m| am) taking"
    r" (?:some |a few days |two weeks |a week )?(?:time )?off\b"
    r"|^(?:away|out of (?:the )?office|ooo|on (?:holiday|vacation|leave))\b"
    rf"|\bi(?:'ll| will) be back(?! to\b| in touch| with\b){_GAP}(?:in the office|at work"
    r"|at my desk|online|home|on|from)\b"
    r"|\bi(?:'m| am) back (?:in the office |at work |at my desk )?(?:on|from)\b"
    # de
    rf"|\b(?:ich bin|bin ich|bin|ich werde|werde ich)\s{_GAP}(?:im urlaub|in urlaub"
    r"|(?:im )?ausland|verreist|unterwegs|abwesend|auf reisen|ausser haus|offline|in elternzeit"
    r"|nicht (?:erreichbar|im buro|da|verfugbar|online))\b|\bich (?:mache|nehme) (?:\w+ )?urlaub\b"
    rf"|\b(?:ich bin|bin ich|bin)\s{_GAP}wieder (?:da|erreichbar|im buro|zuruck|online"
    r"|verfugbar)\b"
    # fr
    rf"|\b(?:je serai|je suis|je vais etre|je pars)\s{_GAP}(?:absente?|en (?:conges?|vacances"
    r"|deplacement|voyage)|pas (?:disponible|joignable|la)|indisponible|injoignable|hors (?:du"
    r" bureau|ligne)|a l'etranger|partie?)\b|\bje (?:serai|suis) de retour\b"
    # es
    rf"|\b(?:estare|estoy|voy a estar|me voy|me ire|me tomo|me cojo)\s{_GAP}(?:fuera|de"
    r" vacaciones|de viaje|ausente|sin (?:acceso|conexion|cobertura|correo)|desconectad[oa]"
    r"|de baja|de permiso|no disponible|unos dias|lejos)\b|\bno (?:estare|voy a estar)"
    r" disponible\b|\b(?:estare de vuelta|vuelvo|volvere|regreso|regresare|me reincorporo)\b"
    # nl
    rf"|\b(?:ik ben|ben ik|ik zit|zit ik|ik ga|ga ik)\s{_GAP}(?:weg|op vakantie|met vakantie"
    r"|afwezig|met verlof|niet bereikbaar|er niet|op reis|in het buitenland|niet aanwezig"
    r"|niet beschikbaar)\b|^ben\s[^.!?]{0,45}?\b(?:weg|op vakantie|afwezig|met verlof"
    r"|niet bereikbaar|er niet)\b|\b(?:ik ben|ben ik)\s{_GAP}(?:weer|terug)\b"
)
#: Her trip is over, or it is someone else's (folded).
_NOT_AHEAD: Final = lazy_pattern(
    r"\b(?:i was|i've been|ive been|i have been|i had been|i got back|i came back|i returned"
    r"|i just got back|war ich|ich war|bin \w+ zuruckgekommen|gewesen|j'etais|j'ai ete"
    r"|je suis rentree?|je suis revenue?|estuve|estaba|he estado|volvi|regrese|acabo de volver"
    r"|ik was|was ik|ben \w+ teruggekomen|geweest)\b"
)


def away_until(text: str, sent_at: datetime | None) -> date | None:
    """The last day she says she is away in ``text``, written at ``sent_at``; or None.

    The latest of the ends she names, and only one not before the day she wrote.
    """
    if sent_at is None or not text:
        return None
    language = language_of(text)
    ends = []
    for sentence in sentences(text):
        if "?" in sentence or _AWAY.search(sentence) is None or _NOT_AHEAD.search(sentence):
            continue
        found = absence(sentence, sent_at, language)
        if found is not None and _bare_range(sentence):
            continue
        if found is not None and found.last_day_away >= sent_at.date():
            ends.append(found.last_day_away)
    return max(ends, default=None)


#: A range of days she names with no word before it ("I'm away 23 Dec to 3 Jan"), folded.
_BARE_RANGE: Final = lazy_pattern(r"\d{1,2}(?:st|nd|rd|th|\.)?\s?(?:\w+\.? )?(?:to|au|bis|al|tot"
                                  r"|t/m|-|\u2013)\s?(?:\w+\.?,? )?\d")
#: Words that put her absence's start at hand: "from", "between", "until", "back".
_FROM_NOW: Final = lazy_pattern(r"\b(?:from|between|until|till|through|du|vom|ab|del|desde"
                                r"|van|vanaf|entre|zwischen|tussen|hasta|jusqu|bis zum|tot)\b")


def _bare_range(sentence: str) -> bool:
    """A range of days with no word that starts it now ("I'm away 23 Dec to 3 Jan").

    Its start is not kept (an absence is read by its end), and it may lie weeks after the
    day she wrote: holding her nudges from that day would hold one due before she leaves
    (u09ex: a follow-up on 21 December, written on 2 December about 23 December to 3
    January). Such a range holds nothing, as before a range with no "from" was read.
    """
    folded = fold(sentence)
    return _BARE_RANGE.search(folded) is not None and _FROM_NOW.search(folded) is None


def announced_absence(timeline: Sequence[TimelineEntry]) -> date | None:
    """The last day of the latest-ending absence she announced in her own mail, if any.

    Her words as ``away_until`` read them, stored on her message as its ``return_date``
    (an out-of-office's end is a machine's; hers is a person's mail).
    """
    return max((e.return_date for e in timeline
                if e.direction is Direction.OUTBOUND and e.kind is MessageKind.HUMAN
                and e.return_date is not None), default=None)  # fmt: skip
