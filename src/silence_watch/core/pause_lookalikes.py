"""Pause words that are no hiring pause: denied, a meeting's, or a pause lifted. Pure.

A probe of paused hiring (round probe-hold6) found the phrase rules hearing a pause in:

- a pause denied: "der Prozess ist nicht gestoppt", "le processus n'est pas suspendu",
  "het proces ligt niet stil", "the role is not on hold" (``denied_pause``): their
  promise beside it ("Sie hören spätestens nächste Woche von uns") is the news;
- a meeting held for a day or two: "the panel debrief is on hold until Thursday", "la
  reunión del comité se ha aplazado al jueves" (``meeting_held_to_a_day``): a delay
  with a promise, never a pause of the hiring; "interviews are paused until January" and
  "the interview process is on hold" stay pauses (a month, a process);
- a pause lifted, said as news: "le gel des recrutements est levé !", "se ha levantado
  la congelación", "the hiring freeze has been lifted" (``pause_over``), never in a
  condition or an expectation ("once the freeze is lifted", "sobald der Stopp aufgehoben
  ist", "dès que le gel sera levé");
- a pause she asked for (round probe-hold7): "wie gewünscht habe ich Ihren
  Bewerbungsprozess pausiert, bis Sie aus dem Urlaub zurück sind", "je mets votre
  candidature en pause le temps de votre déménagement", "dejo en pausa tu candidatura
  hasta que vuelvas" (``paused_for_her``): her own break, not their hiring;
- a pause only thought of: "honestly we might pause and then scrap the hire altogether",
  "es könnte sein, dass wir pausieren" (``pause_only_feared``): no decision yet;
- the office still over the holidays: "daarna ligt het kantoor stil tot januari, dus we
  laten na de kerstvakantie van ons horen" (``office_still``): their promise is the news;
- the ad taken down as enough have applied: "hemos pausado la oferta en el portal porque
  ya tenemos suficientes candidatos" (``ad_paused``): her process goes on.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import DAY_WORDS, MEETING
from silence_watch.core.hypotheticals import bounds, hypothetical_no
from silence_watch.core.intent_phrases import RESUMED
from silence_watch.core.lazy_patterns import lazy_pattern

#: What ends a pause's sentence.
_SENTENCE_ENDS: Final = ".!?\n"

#: A negation right before a pause's state (folded): "nicht gestoppt", "n'est pas
#: suspendu", "niet stil", "not on hold", "no longer paused", "no está en pausa", "no, el
#: puesto no está congelado" (a verb between: stop 44).
_DENIED: Final = lazy_pattern(
    r"\b(?:not|nicht|pas|niet|no)\b (?:(?:longer|more|mehr|langer|plus|meer|mas|langer"
    r"|lenger) )?(?:(?:esta|estan|se ha|se han|ha sido|han sido|queda|quedo) )?"
    r"(?:(?:been|being|put|placed|gelegt|mis|mise|puesto|puesta|gezet|en) )?"
    r"(?:gestoppt|gestopt|pausiert|angehalten|ausgesetzt|eingefroren|auf eis|on hold|on ice"
    r"|paused|frozen|suspended|halted|suspendue?s?|en pause|en suspens|gelee?s?|stil"
    r"|stilgelegd|bevroren|opgeschort|in de wacht|en pausa|pausad[oa]|congelad[oa]"
    r"|detenid[oa]|parad[oa]|suspendid[oa]|paralizad[oa])\b"
)
#: Words of the hiring, which make a pause after a meeting word the hiring's.
_HIRING: Final = (
    r"\b(?:process\w*|prozess\w*|proceso|procedure|verfahren|search|busqueda|hiring"
    r"|recruit\w*|recrutement|werving|role|position|posicion|puesto|poste|stelle|vacature"
    r"|vacante|functie|opening|req|vacancy|embauche|contratacion\w*|einstellung\w*)\b"
)
#: A meeting word, or a meeting of the panel, with no word of the hiring after it up to
#: the pause's end.
_MEETING_BEFORE: Final = lazy_pattern(
    rf"\b(?:{MEETING}|debrief\w*|committee|comite|sitzung|besprechung|overleg|vergadering"
    rf"|review|huddle)\b(?![^.!?\n]*{_HIRING})[^.!?\n]{{0,60}}$"
)
#: A day of this week or the next after the pause, in its sentence: "until Thursday".
_A_DAY_SOON: Final = lazy_pattern(
    rf"^[^.!?\n]{{0,30}}?\b(?:{DAY_WORDS}|tomorrow|morgen|demain|manana)\b"
)
#: A pause lifted ("le gel des recrutements est levé", "the freeze has been lifted").
_LIFTED: Final = lazy_pattern(
    r"\b(?:freeze|pause|gel|stopp?|congelacion|pausa|suspension|vacaturestop"
    r"|einstellungsstopp|hiring stop)\b[^.!?\n]{0,40}?\b(?:has been|have been|was|is|est"
    r"|a ete|ist|wurde|ha sido|fue|werd|zijn|is nu) (?:now |nun |inzwischen |desormais"
    r" |enfin |ya |nu )?(?:lifted|levee?s?|aufgehoben|levantad[ao]|opgeheven)\b"
    r"|\b(?:se ha|se han|hemos|han) levantado (?:la|el) (?:congelacion|pausa|suspension"
    r"|freeze)\b"
)
#: What makes a lifted pause a wait, not news: "once", "sobald", "dès que", "cuando".
_NOT_YET: Final = lazy_pattern(
    r"\b(?:once|when|as soon as|until|till|sobald|wenn|bis|des que|quand"
    r"|lorsque|une fois|jusqu'a ce que|cuando|en cuanto|una vez|hasta que|zodra|wanneer"
    r"|totdat|tot|als)\b[^.!?\n]*$"
)


def denied_pause(folded: str, start: int, end: int) -> bool:
    """Whether the pause found at ``folded[start:end]`` is denied ("nicht gestoppt")."""
    return any(
        found.end() > start
        for found in _DENIED.finditer(folded, max(0, start - 25), min(len(folded), end + 10))
    )


def meeting_held_to_a_day(folded: str, start: int, end: int) -> bool:
    """Whether the pause at ``folded[start:end]`` holds a meeting for a day or two."""
    sentence_start, _ = bounds(folded, start, start, _SENTENCE_ENDS)
    # up to the pause's end: "the hiring committee review is on hold" is read from "hiring"
    return _MEETING_BEFORE.search(folded[sentence_start:end]) is not None and (
        _A_DAY_SOON.search(folded[end:]) is not None
    )


#: Her asking, in the pause's sentence (folded): "as you asked", "wie gewünscht", "comme
#: convenu", "tal como me pediste", "zoals je vroeg"; never "as discussed over phone, the
#: requirement is kept on hold from client side" (their pause, told on the phone: w9en-026).
_HER_ASKING: Final = lazy_pattern(
    r"\b(?:as (?:you )?(?:asked|requested|agreed)|at your request|per your request"
    r"|wie (?:gewunscht|gewuenscht|vereinbart|erbeten)|auf (?:ihren|deinen) wunsch"
    r"|comme (?:convenu|demande|vous me l'avez demande|tu me l'as demande)|a votre demande"
    r"|a ta demande|como (?:me |nos )?(?:pediste|pidio|pidiste|acordamos)|a peticion (?:tuya"
    r"|suya)|segun (?:tu|su) peticion|zoals (?:je|u) (?:vroeg|vroegt|aangaf)|zoals gevraagd"
    r"|zoals afgesproken|op (?:je|jouw|uw) verzoek)\b"
)
#: Her application as what is paused (folded): "your application", "Ihren
#: Bewerbungsprozess", "votre candidature", "tu candidatura", "je sollicitatie".
_HER_APPLICATION: Final = lazy_pattern(
    r"\b(?:your (?:application|candidacy|process|file)|(?:ihre|ihren|deine|deinen)"
    r" bewerbung\w*|(?:votre|ta) (?:candidature|dossier)|(?:tu|su) (?:candidatura|proceso"
    r"|postulacion)|(?:je|jouw|uw) (?:sollicitatie|procedure))\b"
)
#: Her reason for the pause (folded): "while you're travelling", "bis Sie ... zurück
#: sind", "le temps de votre déménagement", "hasta que vuelvas", "tot na je verhuizing".
_HER_REASON: Final = lazy_pattern(
    r"\b(?:(?:while|until|till) you(?:'re| are| get back| return| come back)\b|bis (?:sie"
    r"|du) (?:\w+ ){0,4}?zuruck|le temps de (?:votre|ton|ta)|jusqu'a (?:votre|ton) retour"
    r"|hasta (?:que )?(?:vuelvas|regreses|vuelva usted|tu vuelta|tu regreso)"
    r"|tot (?:na )?(?:je|jouw|uw) (?:terugkomst|verhuizing|vakantie|reis))"
)
#: A pause only thought of, just before it in its clause: "we might pause", "may have to
#: put the role on hold", "es könnte sein", "il se peut que", "puede que", "misschien".
_ONLY_FEARED: Final = lazy_pattern(
    # "may" with its subject, never the month ("in May we paused hiring")
    r"\b(?:(?:we|they|i|it|leadership|management|the (?:business|company|client|board))"
    r" (?:might|may|could)|possibly|perhaps|maybe|vielleicht|eventuell|moglicherweise"
    r"|es konnte sein|konnte es sein|konnten (?:wir|sie)|peut-etre|pourrait|pourrions"
    r"|risque de|quizas?|tal vez|puede que|podria|podriamos|misschien|mogelijk|zou kunnen"
    r"|zouden kunnen)\b"
    r"(?! (?:be|have been|already|\w+ (?:been|already)))[^.!?\n;]{0,40}$"
)


#: The office as what is still, just before the pause (folded): "daarna ligt het kantoor
#: stil tot januari" (w15pd-056: the office over Christmas, their promise is the news),
#: "our office is closed until", "unser Büro ruht"; never "the office role is on hold".
_OFFICE_BEFORE: Final = lazy_pattern(
    rf"\b(?:office|offices|kantoor|kantoren|buro|buros|bureau|bureaux|oficina|oficinas)\b"
    rf"(?![^.!?\n]*{_HIRING})[^.!?\n]{{0,40}}$"
)
#: An ad taken down as enough have applied (folded): "we've paused the ad because we have
#: enough applicants", "hemos pausado la oferta en el portal porque ya tenemos suficientes
#: candidatos": the posting, not her process.
_AD: Final = lazy_pattern(
    r"\b(?:ad|advert|advertisement|posting|listing|job post|anuncio|oferta en el portal"
    r"|annonce|anzeige|stellenanzeige|inserat|advertentie|vacaturetekst)\b"
)
_ENOUGH: Final = lazy_pattern(
    r"\b(?:enough|plenty of|so many|suficientes|bastantes|ausreichend|genug|genugend"
    r"|suffisamment|assez de|genoeg|voldoende)\b"
)


def office_still(folded: str, start: int, end: int) -> bool:
    """Whether the pause at ``start`` is the office's ("het kantoor ligt stil")."""
    sentence_start, _ = bounds(folded, start, start, _SENTENCE_ENDS)
    return _OFFICE_BEFORE.search(folded[sentence_start:end]) is not None


def ad_paused(folded: str, start: int, end: int) -> bool:
    """Whether the pause at ``folded[start:end]`` is the ad's, as enough have applied."""
    begin, stop = bounds(folded, start, end, _SENTENCE_ENDS)
    sentence = folded[begin:stop]
    return _AD.search(sentence) is not None and _ENOUGH.search(sentence) is not None


def paused_for_her(folded: str, start: int, end: int) -> bool:
    """Whether the pause at ``folded[start:end]`` is one she asked for ("wie gewünscht")."""
    begin, stop = bounds(folded, start, end, _SENTENCE_ENDS)
    sentence = folded[begin:stop]
    if _HER_REASON.search(sentence) is not None:
        return True  # "..., bis Sie aus dem Urlaub zurück sind"
    asked = _HER_ASKING.search(sentence) is not None
    return asked and _HER_APPLICATION.search(sentence) is not None


def pause_only_feared(folded: str, start: int) -> bool:
    """Whether the pause at ``start`` is only thought of ("we might pause")."""
    sentence_start, _ = bounds(folded, start, start, _SENTENCE_ENDS)
    return _ONLY_FEARED.search(folded[sentence_start:start]) is not None


def not_a_pause(folded: str, start: int, end: int) -> bool:
    """Whether the pause phrase at ``folded[start:end]`` is no pause of their hiring.

    Denied, a meeting's, hers, only feared, the office's or the ad's.
    """
    return (
        denied_pause(folded, start, end)
        or meeting_held_to_a_day(folded, start, end)
        or paused_for_her(folded, start, end)
        or pause_only_feared(folded, start)
        or office_still(folded, start, end)
        or ad_paused(folded, start, end)
    )


def pause_over(folded: str) -> bool:
    """Whether ``folded`` says, as news, that the pause is over ("the freeze is lifted")."""
    if any(not hypothetical_no(folded, found.start()) for found in RESUMED.finditer(folded)):
        return True  # "the role has been reopened" (tester round u21gh)
    for found in _LIFTED.finditer(folded):
        sentence_start, _ = bounds(folded, found.start(), found.start(), _SENTENCE_ENDS)
        before = folded[sentence_start : found.start()]
        if _NOT_YET.search(before) is None and "sera" not in folded[found.start() : found.end()]:
            return True
    return False


#: "On hold" that holds no hiring: a shortlist kept for a round ("Angela wants to keep you on
#: hold for a second round. In plain English, you're on the shortlist"), a phone line's
#: music ("sorry again about the hold music"): tester round t74ho (folded).
_HELD_FOR_A_ROUND: Final = lazy_pattern(
    r"\b(?:keep|keeps|keeping|kept|have|has|put|putting) (?:you|u) on hold for (?:a|the|your)"
    r" (?:second|2nd|next|final|further|later|third) (?:round|interview|stage|conversation)\b"
    r"|\bhold music\b"
)


def held_for_a_round(folded: str) -> bool:
    """True when ``folded`` says "on hold" of her place on a shortlist or of a phone line."""
    return _HELD_FOR_A_ROUND.search(folded) is not None

