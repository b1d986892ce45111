"""A time proposed for the next round, in the words the scheduling rows lacked (probe-hold6).

The probe of paused hiring wrote near-misses where she is away, not they ("thanks for
letting me know you're on holiday until the 4th"), and they book the round for after it.
Nothing read the booking:

- "Does Wednesday, January 6 at 10am work?" (a weekday and an hour, no "for you");
- "let's book your onsite for the week you're back";
- "Dann legen wir das Gespräch direkt danach: wie wäre Mittwoch, 6. Januar, 10 Uhr?";
- "Je vous propose donc l'entretien le mercredi 6 janvier à 10h";
- "Te propongo la entrevista el miércoles 6 de enero a las 10:00";
- "Zullen we het gesprek dan plannen op woensdag 6 januari?".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if we schedule your onsite") is no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import DATE, DAY_WORDS
from silence_watch.core.phrase_rows import NEXT_STEP, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The round or meeting booked (folded, five languages).
_ROUND: Final = (
    r"(?:onsite|on-site|panel|interview|final round|second round|next round|call|chat"
    r"|meeting|video call|conversation)"
)

PROPOSED_SLOT_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they ask when you can meet", _rx(
        # "Does Wednesday, January 6 at 10am work?", "would Thursday 2pm suit you?"
        rf"\b(?:does|would|will|could|can) (?:{DAY_WORDS})\b[^.!?\n]{{0,30}}?\b\d{{1,2}}"
        r"(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?[^.!?\n]{0,12}?\b(?:work|suit you|be ok|be okay"
        r"|be possible|be convenient|suit(?: instead)? ?\?)",
        # "let's book your onsite", "we'll schedule the panel for the week you're back", at a
        # sentence's start: never "if the budget comes through, we'll schedule the panel"
        r"(?:^|[.!?:;\n-] ?)(?:(?:so|then|ok|okay|great|perfect|good|alright|no problem),? )?"
        rf"(?:let's|let us|we'll|we will|i'll|i will|shall we|we can) (?:book|schedule|set up"
        rf"|plan|pencil in|lock in|arrange) (?:your|the|an?|our) (?:[\w-]+ )?{_ROUND}\b",
        # "wie wäre Mittwoch, 6. Januar, 10 Uhr?", "wie wäre es mit dem 6.1.?"
        rf"\bwie ware(?:s| es)? (?:mit )?(?:am |dem )?(?:(?:{DAY_WORDS})\b|\d{{1,2}}\.)",
        # "dann legen wir das Gespräch direkt danach", "planen wir Ihr Interview"
        r"\b(?:legen|planen|setzen|machen|verlegen) wir (?:das|den|ihr|dein|unser|euer)"
        r" (?:\w+)?(?:gesprach|interview|termin|kennenlernen)\b",
        # "je vous propose donc l'entretien le mercredi"
        r"\b(?:je|nous) (?:vous|te) propos\w* (?:donc |alors |plutot )?(?:l'|un |une |le |la"
        r" |notre )(?:entretien|rendez-vous|rdv|echange|appel|visio|creneau)",
        # "te propongo la entrevista el miércoles"
        r"\b(?:te|le|les) propong\w* (?:entonces |pues |mejor )?(?:la|una|el|un) (?:entrevista"
        r"|llamada|reunion|cita|videollamada)\b",
        # "zullen we het gesprek dan plannen op woensdag"
        r"\bzullen we (?:het|een|de|je|jouw|uw|ons) (?:\w+)?(?:gesprek|interview|afspraak"
        r"|kennismaking) (?:_W_){0,5}?(?:plannen|inplannen|vastleggen|zetten|doen)\b",
        # their own day does not work, another proposed as a question (probe-noes10): "I'm
        # out of the office all of next week so Tuesday won't work - could we do the 15th at
        # 2pm instead?" read as an out-of-office, "Pourriez-vous plutôt le mardi 15 décembre
        # à 14h ?", "Zou dinsdag 15 december om 10:00 uur ook kunnen?"
        rf"\b(?:could|can|shall|should) we (?:do|make it|say|try|go for|move it to|push it to"
        rf"|switch to|meet) (?:on )?(?:the )?(?:(?:{DAY_WORDS})\b|{DATE})[^.!\n]{{0,40}}?\?",
        rf"\bpourriez-vous (?:plutot |alors )?(?:le |la )?(?:(?:{DAY_WORDS})\b|{DATE})"
        r"[^.!\n]{0,40}?\?",
        rf"\b(?:zou|kan) (?:(?:{DAY_WORDS})\b|{DATE})[^.!?\n]{{0,40}}?(?:ook )?(?:kunnen|lukken"
        r"|passen|schikken)\b",
    )),
)
