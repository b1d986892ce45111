"""Words around a date in a promise that change what it says (en, de, fr, es, nl). Pure.

``core.dates`` reads the date a promise to answer names; these say when that date is
something else, or more:

- a meeting's day ("your interview on Thursday", "la entrevista del jueves", "votre
  entretien de jeudi") is when the meeting is, not when an answer comes; unless the answer
  comes after it: "I'll be back in touch after our board meeting on the 12th", "nach
  unserem Gespräch am Montag melde ich mich" promise that day ("after X" is X, as "before
  X" is);
- "at the latest" ("by Wednesday the 9th at the latest", "no later than", "spätestens",
  "au plus tard", "a más tardar", "uiterlijk", "ten laatste"): the writer names the outer
  bound, and no vaguer promise in the same message ("hoping to ... next week") reaches
  past it;
- a promise the writer recalls and takes back ("I know I told you we'd have an answer by
  Monday - I'm sorry", "Ich hatte Ihnen bis Freitag eine Antwort versprochen, aber ...",
  "Ik had je beloofd dat je voor de kerst iets zou horen, maar dat gaat helaas niet
  lukken"): its day is the old promise, already given up, not a new one. One recalled and
  kept ("As I told you, we'll decide by Monday") is read; so is one with no apology or
  "but" in its sentence or the next;
- a day of the month alone is read ahead in a promise ("by the 3rd" written on 17
  November is 3 December), but before the promise word only after a deadline word ("By
  the 3rd we'll get back to you"): "the panel convened on the 2nd and we'll let you
  know", written on the 5th, is the 2nd gone by, not the 2nd of next month; so is an
  English a/b date read in its other order because the writer's had gone by ("we met on
  10/12 and will let you know", written on 30 November, is 12 October, no promise);
- a span she is given ("you'll have a week to complete it", "tienes una semana para
  entregarla", "du hast zwei Wochen Zeit", "vous avez une semaine pour", "je hebt een week
  om") is her deadline, not the day their answer comes;
- a weekday of opening hours ("du lundi au vendredi de 9h à 17h", "Monday to Friday,
  9am-5pm") is no day at all: neither a promise nor an absence's end.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from silence_watch.core.calendardays import Context, day_only
from silence_watch.core.calloff_words import MEETING
from silence_watch.core.datewords import MONTHS, WEEKDAYS
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.numeric_dates import turned_from_past

if TYPE_CHECKING:
    from silence_watch.core.datephrases import Found

#: A meeting just before a day names when it is, not when an answer comes (folded).
_MEETINGS_DAY: Final = lazy_pattern(
    # ... but not the call that is the answer ("give you a call on Monday", "make the call
    # after Thanksgiving")
    rf"(?<!give you a )(?<!make the )(?<!make a )(?<!make our )(?<!make the final )"
    rf"(?<!make our final )(?<!make a final )\b{MEETING}s?\s+"
    r"(?:(?:on|of|this|next|del|de|el|este|am|vom|von|du|de|le|ce|op|van|deze|a|las|at)\s+){0,2}$"
)
#: "After" before that meeting: the answer comes once it is over ("after our board
#: meeting on the 12th", "nach unserem Gespräch am Montag", "après notre réunion du 12",
#: "después de la reunión del lunes", "na ons gesprek op maandag").
_AFTER: Final = lazy_pattern(
    r"\b(?:after|following|once|nach|apres|despues de|tras|na|na afloop van)\s+(?:\S+\s+){0,3}$"
)


def meetings_day(sentence: str, item: Found) -> bool:
    """True when ``item`` is the day of a meeting named before it, not after which to answer."""
    meeting = _MEETINGS_DAY.search(sentence[max(0, item.start - 30) : item.start])
    if meeting is None:
        return False
    before = max(0, item.start - 30) + meeting.start()
    return _AFTER.search(sentence[max(0, before - 40) : before]) is None


#: The outer bound, said before the date ("no later than Friday", "spätestens am 9.",
#: "au plus tard le 9", "a más tardar el 9", "uiterlijk 9 december") ...
_LATEST_BEFORE: Final = lazy_pattern(
    r"\b(?:no later than|not later than|at the (?:very )?latest(?: by| on)?|latest by"
    r"|spae?testens|au plus tard|a mas tardar|como (?:muy )?tarde|uiterlijk|ten laatste"
    r"|op zijn laatst)\b(?:\s+\S+){0,2}\s*$"
)
#: ... or after it ("by Wednesday the 9th at the latest", "le 9 au plus tard"), unless the
#: word leads to a day of its own: "nächste Woche, spätestens Mittwoch" is that Wednesday
#: at the latest, not next week (probe-dates7).
_LATEST_AFTER: Final = lazy_pattern(
    r"\s*,?\s*(?:at the (?:very )?latest|at latest|spae?testens|au plus tard|a mas tardar"
    r"|como (?:muy )?tarde|op zijn laatst|ten laatste|uiterlijk)\b"
    r"(?!,? (?:(?:am|le|el|op|on|by|bis|den|zum) )?(?:\d|" + "|".join(
        sorted((day for day in WEEKDAYS if len(day) > 3), key=len, reverse=True)) + r")\b)"
)


def at_the_latest(sentence: str, item: Found) -> bool:
    """True when ``sentence`` says ``item`` is the latest day the answer comes."""
    return (
        _LATEST_BEFORE.search(sentence[max(0, item.start - 30) : item.start]) is not None
        or _LATEST_AFTER.match(sentence, item.end) is not None
    )


#: A promise the writer made before, now recalled: "I know I told you", "we had hoped
#: to", "ich hatte Ihnen ... versprochen", "je vous avais promis", "te había dicho", "ik
#: had je beloofd". German and Dutch put the verb last: the date may sit inside.
_RECALL: Final = lazy_pattern(
    r"\b(?:(?:told|promised|assured) (?:you|u)|(?:i|we) (?:had )?said (?:that )?(?:we|i|you)"
    r"|(?:i|we) had (?:hoped|planned|expected|aimed|intended|wanted)|(?:i|we) were hoping"
    r"|(?:i|we) was hoping"
    # a plan in the past, given up after it: "We wanted to give you an answer by Friday, but
    # that won't be possible", "eigentlich wollten wir bis Freitag entscheiden, das klappt
    # leider nicht", "Queríamos darte una respuesta el viernes, pero" (probe-dates3); never
    # news told now ("we wanted to let you know", "wir wollten Ihnen kurz mitteilen")
    r"|(?:i|we) (?:wanted|hoped|planned|meant|intended) to(?! (?:let|update|inform|tell|share))"
    r"|(?:wollten wir|wir wollten|wollte ich|ich wollte)(?! (?:ihnen |dir |euch )?(?:nur|kurz"
    r"|mitteilen|informieren|sagen))|(?:nous voulions|je voulais|nous esperions|j'esperais"
    r"|nous pensions|je pensais|nous comptions|je comptais)"
    r"|(?:queriamos|queria) (?:\w+ ){0,2}?(?:dar|tener|decidir|cerrar|responder|contestar)\w*"
    r"|(?:we|wij|ik) (?:wilden|wilde)"
    r"|hatten? (?:ihnen|dir|euch)\b[^,.;]{0,60}?\b(?:versprochen|zugesagt|gesagt|angekundigt)"
    r"|hatten? (?:eigentlich )?gehofft|(?:ich|wir) wollten? (?:ihnen|dir) eigentlich"
    r"|(?:vous|t') (?:avais|avions|ai|avons) (?:promis|dit|annonce|indique)"
    r"|(?:j'avais|nous avions) (?:espere|prevu|pense)"
    r"|(?:te|le|os|les) (?:habia|habiamos|dije|dijimos|prometi|prometimos|comente)"
    r"(?: (?:dicho|prometido|comentado|asegurado))?|(?:esperaba|esperabamos|habiamos previsto)"
    r"|had(?:den)? (?:je|jou|u|jullie)\b[^,.;]{0,60}?\b(?:beloofd|gezegd|toegezegd)"
    r"|had(?:den)? (?:gehoopt|gepland))\b"
)
#: "As I told you": a promise recalled to say it stands.
_AS: Final = lazy_pattern(r"\b(?:as|like|wie|comme|como|zoals)\s+(?:\S+\s+)?$")
#: Giving a promise up, in its sentence or the next: an apology, "unfortunately", a delay.
_GIVEN_UP: Final = (
    r"sorry|apolog\w*|unfortunately|regret\w*|afraid|won't be able|not be able|couldn't"
    r"|can't|slipped|delayed|taking longer|later than|leider|entschuldig\w*|tut (?:mir|uns)"
    r" leid|klappt (?:leider )?nicht|verzog\w*|verzogert|malheureusement|desole\w*|excus\w*"
    r"|ne (?:pourrons|pourrai|pourra) pas|en retard|lamentablemente|desafortunadamente"
    r"|lo siento|sentimos|disculp\w*|perdon|no (?:podremos|podre|va a ser posible)"
    r"|retras\w*|helaas|excuses|gaat niet lukken|lukt niet|vertraging|uitgesteld"
)
#: ... or "but" and its kin, in the same sentence after the date.
_TAKEN_BACK: Final = lazy_pattern(
    rf"\b(?:{_GIVEN_UP}|but|however|aber|jedoch|doch nicht|mais|toutefois|cependant|pero"
    r"|sin embargo|maar|echter)\b"
)
_GIVEN_UP_NEXT: Final = lazy_pattern(rf"\b(?:{_GIVEN_UP})\b")


def recalled(sentence: str, item: Found, following: str = "") -> bool:
    """True when ``item`` is the day of a promise made before and now given up.

    ``following`` is the next sentence, which may give it up ("... by Monday. Sorry,").
    """
    for start, end in _recalls(sentence):
        if start > item.start:
            break
        if _AS.search(sentence[max(0, start - 14) : start]):
            continue
        if _TAKEN_BACK.search(sentence, end, item.start) is not None:
            continue  # "I told you Monday - sorry - we'll now answer by Thursday"
        if _TAKEN_BACK.search(sentence, item.end) or _GIVEN_UP_NEXT.search(following):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _recalls(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where ``sentence`` recalls an earlier promise: searched once, not once a date."""
    return tuple(found.span() for found in _RECALL.finditer(sentence))


#: A day of the month alone, as ``core.datephrases`` finds it ("the 3rd", "zum 3.", "le 3").
_DAY_ALONE: Final = lazy_pattern(
    r"(?:the|zum|am|dem|le|au|du|el|del|dia|de) (?P<day>\d{1,2})\D{0,2}"
)
#: A deadline word just before a date: "by", "before", "bis", "avant", "antes del", "voor".
_BY: Final = lazy_pattern(
    r"\b(?:by|before|until|till|no later than|bis|bis zum|vor|spae?testens|avant|d'ici"
    r"|jusqu'a|au plus tard|antes del?|hasta|a mas tardar|voor|uiterlijk|tot)\s*$"
)


def rolled_ahead(sentence: str, item: Found, context: Context) -> bool:
    """True for a date read ahead of its closest day, with no deadline word before it.

    A day alone rolled to the next month, an a/b date turned from a day gone by.
    """
    alone = _DAY_ALONE.fullmatch(item.text)
    rolled = alone is not None and day_only(Context(context.sent), int(alone["day"])) != item.day
    if not rolled and not turned_from_past(item.text, item.day, context):
        return False
    return _BY.search(sentence[max(0, item.start - 24) : item.start]) is None


#: The time she is given, just before a span: "you'll have a week to complete it", "tienes
#: una semana para entregarla", "du hast zwei Wochen Zeit", "vous avez une semaine pour",
#: "je hebt een week om" (folded). Her deadline, never the day their answer comes.
_HER_TIME: Final = lazy_pattern(
    # never after a pronoun for their answer: "la respuesta la tendrá usted el 15" (probe-dates5)
    r"\b(?<!\bla )(?<!\blo )(?<!\blas )(?<!\blos )"
    r"(?:you(?:'ll| will| would)? (?:then )?(?:have|get)|you'd have|tienes|tendras|tenes"
    r"|tiene usted|tendra usted|dispones de|dispondras de|du hast|hast du|du bekommst|sie haben"
    r"|haben sie|vous avez|vous aurez|tu as|tu auras|vous disposez de|vous disposerez de"
    r"|je hebt|heb je|je krijgt|krijg je|u heeft|heeft u|u krijgt|krijgt u)"
    r"(?: (?:then|dann|alors|entonces|dan|only|just|nur|noch|seulement|solo|nog|maximum"
    # her time up to a day: "Je hebt tot vrijdag 11 december om te beslissen" (probe-dates11)
    r"|max\.?|up to|bis zu|jusqu'a|hasta|tot|until|till|bis|jusqu'au|hasta el))*\s*$"
)


def her_time(sentence: str, item: Found) -> bool:
    """True when ``item`` is a span she is given ("tienes una semana para entregarla").

    Not when what she gets on that day is their answer: "du bekommst heute noch eine
    Antwort", "je krijgt vrijdag antwoord" (probe round p51).
    """
    if _HER_DELIVERY.search(sentence[max(0, item.start - 80) : item.start]) is not None:
        return True
    if _HER_TIME.search(sentence[max(0, item.start - 40) : item.start]) is None:
        return False
    return _THEIR_WORD.match(sentence, item.end) is None


#: What of hers they await on a day, just before it: "nous attendons donc votre dossier
#: complet vendredi et reviendrons vers vous à réception", "quedamos a la espera de tu
#: documentación el viernes", "we ontvangen je documenten dus vrijdag", "wir erwarten Ihre
#: Unterlagen am Freitag", "we expect your signed NDA by Friday" (probe-dates11): her day,
#: never the answer's that follows it (folded).
_HER_DELIVERY: Final = lazy_pattern(
    r"\b(?:attend(?:ons|s)|esperamos|quedamos a la espera de|quedo a la espera de|ontvangen"
    r"|verwachten|erwarten|expect|await|awaiting|look forward to (?:receiving|getting))"
    r" (?:donc |dus |then |so |also |entonces )?(?:votre|ton|ta|vos|tes|tu|tus|su|sus|je|jouw"
    r"|uw|ihre|deine|your) (?:[\w'-]+ ){1,4}?(?:(?:on|le|el|am|op|by|d'ici|antes del?|bis"
    r"|uiterlijk|voor|before|avant) )?(?:the )?$"
)


#: Their answer, right after the day she "gets": "je krijgt vrijdag antwoord van ons",
#: "du bekommst heute noch eine Antwort", "you'll get Friday our decision" (folded).
_THEIR_WORD: Final = lazy_pattern(
    r"\s*(?:(?:noch|nog|still|then|dann|alors|dan|an?|eine?n?|een|une?|una?|our|unsere?"
    r"|onze|ons|notre|nos|nuestras?|la|el|the|de|het|die|das|mehr|meer|plus|mas) )*"
    r"(?:answer|response|reply|news|feedback|decision|word|update|antwort|nachricht|bescheid"
    r"|ruckmeldung|entscheidung|antwoord|bericht|uitsluitsel|terugkoppeling|beslissing"
    r"|besluit|reponse|nouvelles|retour|decision|respuesta|noticias|novedades)\b"
)


#: Opening hours after a weekday ("du lundi au vendredi de 9h à 17h", "Monday to Friday,
#: 9am-5pm", "Mo bis Fr von 9 bis 17 Uhr", "de lunes a viernes de 9 a 14"): a week's
#: working days, never the end of an absence (w6fr), folded.
#: What may follow an hour: its minutes or its unit ("9h30", "9am", "17 Uhr"), folded.
_CLOCK_UNIT: Final = r"(?:[:.h]\d\d|h\b| ?(?:am|pm|uhr|uur|heures?|horas?)\b)?"
_OPENING_HOURS: Final = lazy_pattern(
    r",?\s*(?:(?:de|from|von|van|vanaf|between|entre|zwischen|tussen|,)\s*)?\d{1,2}"
    rf"{_CLOCK_UNIT}\s*(?:[-\u2013]|to|a|bis|tot|et|and|und|en|y)\s*\d{{1,2}}{_CLOCK_UNIT}"
)


def opening_hours(sentence: str, item: Found) -> bool:
    """True when ``item`` is a weekday of opening hours ("Monday to Friday, 9am-5pm").

    The last day of a week's range is one too when the sentence gives hours anywhere: "our
    office hours are from 9-5, Monday to Friday", "Montag bis Freitag, 9 bis 17 Uhr" (whose
    "Freitag, 9" reads as a date).
    """
    first = item.text.split(",")[0].rstrip(". ")
    if first in WEEKDAYS and _FROM_WEEKDAY.search(sentence[max(0, item.start - 32) : item.start]):
        return _HOURS.search(sentence) is not None
    if item.text.rstrip(". ") not in WEEKDAYS:
        return False
    to = _TO_WEEKDAY.match(sentence, item.end)  # "du lundi au vendredi": its first day too
    return _OPENING_HOURS.match(sentence, item.end if to is None else to.end()) is not None


#: Weekday names, longest first, and the words that join a week's first day to its last.
_WEEKDAY_NAMES: Final = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DAYS_JOIN: Final = r"(?:au|to|through|thru|bis|a|al|tot(?: en met)?|t/m|-|\u2013)"
_TO_WEEKDAY: Final = lazy_pattern(rf"\s*{_DAYS_JOIN}\s*(?:{_WEEKDAY_NAMES})\b\.?")
#: A week's range just before a weekday: "Monday to", "montag bis", "de lunes a" (folded).
_FROM_WEEKDAY: Final = lazy_pattern(rf"\b(?:{_WEEKDAY_NAMES})\.?\s*{_DAYS_JOIN}\s*$")
#: Hours of a working day anywhere in a sentence: "9-5", "9 bis 17 Uhr", "de 9h a 17h",
#: "9am to 5pm", never a range of days with its month ("from 9 to 13 november").
_HOURS: Final = lazy_pattern(
    rf"\b(?:[01]?\d|2[0-4]){_CLOCK_UNIT}\s*(?:[-\u2013]|to|a|bis|tot)\s*(?:[01]?\d|2[0-4])"
    rf"{_CLOCK_UNIT}"
    r"(?![\d.]|\s*(?:de\s+)?(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len,
                                                   reverse=True)) + r")\b)"
)
