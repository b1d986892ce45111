"""Dates stated in the text of a message: promises to answer and out-of-office ends.

Everything resolves against the message's own date in the sender's own offset: "by
Friday" means the sender's Friday. What each date phrase means ("by Friday", "end of
next week", "4 Dec") is ``core.datephrases``; this module finds the phrase that
answers the question: the date promised for an answer, or the end of an absence.

Out-of-office phrases come in two shapes, and ``Absence`` keeps which one was used:
"until/through/bis/jusqu'au/hasta X" names the last day away; "back on/returning/de retour
le X" names the first day back. ``Absence.last_day_away`` normalises both, so the policy can
send on the first business day after it.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from silence_watch.core.datephrases import first_date


class Phrasing(StrEnum):
    """How an out-of-office names its end."""

    UNTIL = "until"  # the stated date is the last day away
    BACK_ON = "back_on"  # the stated date is the first day back


@dataclass(frozen=True, slots=True)
class Absence:
    """The end of an out-of-office as written: the stated date and how it was phrased."""

    stated: date
    phrasing: Phrasing
    phrase: str

    @property
    def last_day_away(self) -> date:
        """The last day the person is away."""
        if self.phrasing is Phrasing.UNTIL:
            return self.stated
        return self.stated - timedelta(days=1)

    @property
    def first_day_back(self) -> date:
        """The first day the person is back."""
        if self.phrasing is Phrasing.BACK_ON:
            return self.stated
        return self.stated + timedelta(days=1)


# --- Promises ---------------------------------------------------------------------------

#: A sentence that promises an answer; only such sentences are searched for a date, so a
#: proposed interview slot ("can you do Tuesday?") is not taken for a promise.
PROMISE_CUES: Final = re.compile(
    r"\b(?:get back to you|get back in touch|come back to you|circle back|hear (?:back )?from us"
    r"|hear back|be in touch|get in touch|let you know|update you|keep you (?:posted|updated)"
    r"|(?:make|reach|have|expect|finali[sz]e) (?:a|our|the|any) (?:final )?decision|decisions? "
    r"(?:will|should|by|within|is expected)|decide\b|respond(?:ing)?\b|reply to you|follow up with"
    r"|reach out|contact you|feedback|an answer|an update|news\b|next steps"
    r"|revert\b|melden uns|melde mich|rückmeldung|bescheid|nous reviendrons vers vous"
    r"|te contactaremos|le responderemos)",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"(?<=[!?;])\s+|(?<=[^\s.\d]{4}\.)\s+|\n\s*\n")


def _sentences(text: str) -> list[str]:
    paragraphs = re.split(r"\n\s*\n", text)
    result: list[str] = []
    for paragraph in paragraphs:
        flat = " ".join(paragraph.split())
        result.extend(part for part in _SENTENCE_END.split(flat) if part)
    return result


def promised_date(text: str, sent_at: datetime) -> date | None:
    """The date an employer promised to answer by, resolved in the sender's own zone."""
    base = sent_at.date()
    for sentence in _sentences(text):
        cue = PROMISE_CUES.search(sentence)
        if cue is None:
            continue
        # "We're wrapping up this week and will get back to you by Friday, November 20":
        # the date that follows the promise is the promised one; one before it counts only
        # when nothing follows ("By Friday we'll get back to you").
        found = first_date(sentence[cue.end() :], base) or first_date(sentence, base)
        if found is not None and found[0] >= base:
            return found[0]
    return None


# --- Out of office ----------------------------------------------------------------------

#: Words that introduce the end of an absence, with how they name it.
ABSENCE_CUES: Final[tuple[tuple[re.Pattern[str], Phrasing], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), phrasing)
    for pattern, phrasing in (
        ((r"\b(?:back|return(?:ing)?|returns|be back|i'?ll be back|i will be back|in the office"
         r"|back in the office|back at (?:my|the) desk|available again|reachable again"
         r"|again on)\b"), Phrasing.BACK_ON),
        (r"\bfrom\b.{3,40}?\s(?:to|-|\u2013)\s", Phrasing.UNTIL),
        (r"\b(?:until|till|til|through|thru|to and including|up to and including)\b",
         Phrasing.UNTIL),
        ((r"\b(?:wieder (?:im büro|erreichbar|da|zurück|verfügbar)?\s*(?:am|ab)?|zurück am|ab dem|"
         r"ab)\b"), Phrasing.BACK_ON),
        (r"\b(?:bis (?:einschließlich|einschliesslich|zum|am)?|bis)\b", Phrasing.UNTIL),
        ((r"(?:de retour (?:le|au bureau le)?|retour (?:le|prévu le)|à partir du|a partir du|"
         r"je serai de retour)"), Phrasing.BACK_ON),
        (r"(?:jusqu'?au|jusqu\u2019au|jusqu'?à|jusqu\u2019\xe0)", Phrasing.UNTIL),
        (r"\b(?:de vuelta el|regreso el|regresaré el|volveré el|a partir del|estaré de vuelta)",
         Phrasing.BACK_ON),
        (r"\b(?:hasta el|hasta)\b", Phrasing.UNTIL),
        (r"\b(?:rientro il|rientrerò il|di ritorno il|tornerò il|a partire da)", Phrasing.BACK_ON),
        (r"\b(?:fino al|fino a|fino all'|fino a tutto)", Phrasing.UNTIL),
        (r"\b(?:terug op|weer aanwezig op|weer op kantoor op|vanaf)\b", Phrasing.BACK_ON),
        (r"\b(?:tot en met|t/m|tot)\b", Phrasing.UNTIL),
        (r"\b(?:de volta em|de volta a|retorno em|retorno no dia|regresso a|a partir de)",
         Phrasing.BACK_ON),
        (r"(?:\baté\b|\bate o dia\b|\baté o dia\b)", Phrasing.UNTIL),
        (r"\b(?:tillbaka(?: den)?|åter(?: den)?|från och med|fr\.o\.m\.)", Phrasing.BACK_ON),
        (r"\b(?:till och med|t\.o\.m\.|fram till|till)\b", Phrasing.UNTIL),
    )
)
_CUE_REACH = 45  # how far after the cue the date may start ("back in the office on Monday,")


def absence(text: str, sent_at: datetime) -> Absence | None:
    """The end of an out-of-office stated in ``text``, or None."""
    base = sent_at.date()
    for sentence in _sentences(text):
        best: tuple[int, Absence] | None = None
        for cue, phrasing in ABSENCE_CUES:
            for match in cue.finditer(sentence):
                after = sentence[match.end(): match.end() + _CUE_REACH + 40]
                found = first_date(after, base)
                if found is None or found[2] > _CUE_REACH or found[0] < base:
                    continue
                candidate = Absence(found[0], phrasing, f"{match.group(0)} {found[1]}".strip())
                position = match.start()
                if best is None or position > best[0]:
                    best = (position, candidate)
        if best is not None:
            return best[1]
    return None


def return_date(text: str, sent_at: datetime) -> date | None:
    """The date an out-of-office names as its end, as written.

    That is the last day away for "until/through X" and the first day back for "back
    on/returning X"; call ``absence`` to know which, or use ``Absence.last_day_away``.
    """
    found = absence(text, sent_at)
    return found.stated if found is not None else None
