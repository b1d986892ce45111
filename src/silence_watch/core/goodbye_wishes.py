"""A wish of luck in her job search, as all a reply says: a goodbye, asked about. Pure.

Two days after Marta's thank-you, the recruiter's whole answer was "¡Igualmente, un placer!
Te deseo mucha suerte en tu búsqueda 🍀". Warm words with no news are a pleasantry, and a
pleasantry lets the ladder run on: a week later silence-watch drafted "me encantaría
conocer los próximos pasos" to a man who had said goodbye (tester round u38pl). Luck in her
*search* ("All the best in your search", "Viel Erfolg bei Ihrer weiteren Jobsuche",
"bonne chance dans vos recherches", "veel succes bij je zoektocht"), her applications
elsewhere, her future career or "the future", is what one wishes someone one will not hire.
Nobody said no in so many words, so it is not acted on as a no either: it is read as
"perhaps a rejection", below the line where readings are sure, and the candidate is asked
(``docs/process.md``, rule 2).

Only where the reading found no news (a pleasantry, or an "other" it was not sure of):
a promise, a next step, a request or a no keep their reading, and so does a reply that asks
her something or is a long letter. Luck in what comes next in this process is warmth, not a
goodbye: "best of luck with the rest of the process", "best of luck on Thursday", "all the
best for the half on Sunday", "viel Erfolg beim nächsten Gespräch", "bonne chance pour la
suite du processus", "suerte con el proceso", "succes met de volgende ronde"; and so is a
search for something else ("good luck with the search for a flat", "bei der Suche nach
einer Wohnung", "la búsqueda de piso", "de zoektocht naar een huis").

A hiring system says goodbye the same way, with no word of a no: "Thank you for your
interest in Wexford Analytics. We wish you every success in your job search." from a
no-reply Greenhouse address, "Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Jobsuche"
from Personio. A system's courtesy is read as "other" (it carries no thanks of a person),
surely, and was left alone: no news to her, and the ladder ran on; its "Thank you for your
interest in the BI Developer role" was read as a receipt of her application, news too,
though it promises nothing. From a system
(``system=True``) a sure "other", or an acknowledgement with no word of a promise
(``core.promise_cues``), with such a wish is asked about too, in a template's
length (its footer, its privacy notice), and a footer's "Questions? Visit our help centre"
asks her nothing; a notice that says what it is about (a status behind a login, a survey,
a stage: ``core.system_notices``) keeps its reading.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.her_declined_round import she_declined
from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.promise_cues import has_promise_cue
from silence_watch.core.questions_to_her import question_to_her
from silence_watch.core.system_notices import notice_of

#: How sure "perhaps a rejection" is: just under the line, so it is asked about, as a no
#: only the model reads is (``core.intent_blend``).
PERHAPS: Final = round(UNSURE_BELOW - 0.01, 2)
#: A reply longer than this is a letter, which may hold news no phrase knows.
_MOST_WORDS: Final = 60
#: A hiring system's template, with its footer and privacy notice, is longer.
_MOST_SYSTEM_WORDS: Final = 220
#: What a job is called after "search for a ...", "Suche nach einer ...": a search for
#: anything else (a flat, a venue) is no job search.
_JOB: Final = (
    r"(?:a|an|your|the|my|einer|einem|einen|un|une|una|un nuevo|een|je|jouw)"
    r" (?:new |next |right |nouveau |nouvel |nouvelle |neuen |passenden |nieuwe |leuke )?"
    r"(?:job|role|position|opportunity|challenge|stelle|position|herausforderung|aufgabe"
    r"|poste|emploi|travail|trabajo|empleo|puesto|oportunidad|baan|functie|uitdaging)"
)
#: Her way on ("Ihren weiteren Weg", "beruflichen Weg"), not the way home.
_ON_WAY: Final = r"(?:berufsweg|(?:(?<=weiteren )|(?<=beruflichen ))weg)"

#: The wish and what it is for, in five languages (folded: "glück" is "gluck").
_GOODBYE: Final = lazy_pattern(
    # en: "all the best in your search", "best of luck with the job hunt", "good luck in
    # your future endeavours", "wishing you every success with your applications"
    r"\b(?:luck|success|the (?:very )?best|best wishes|wish(?:ing)? you well)\b (?:\w+ ){0,2}?"
    r"(?:with|in|on|for) (?:all )?(?:the rest of )?(?:your |the )?(?:ongoing |continued "
    r"|current )?"
    rf"(?:(?:(?:job|career|employment) )?(?:search|hunt|hunting)\b(?! for (?!{_JOB}\b))"
    r"|(?:job )?applications\b|(?:future )?(?:endeavou?rs|career)\b"
    r"|future\b(?! (?:of|round|interview|stage|steps?)\b)"
    r"|(?:next|future) (?:role|job|position|chapter|adventure|opportunity)\b)"
    # en, a hope for her: "I hope you find the right role soon"
    r"|\bhope (?:that )?you(?:'ll| will)? (?:find|land) (?:something (?:great|good|soon|that)"
    r"|the right (?:role|job|position|fit|opportunity)|your next (?:role|job|position)"
    r"|a (?:great |good |new |fantastic )?(?:role|job|position))\b"
    # de: "viel Erfolg bei Ihrer weiteren Jobsuche", "alles Gute für die Zukunft"
    r"|\b(?:erfolg|gluck|alles (?:erdenklich )?gute|gutes gelingen|das beste)\b (?:\w+ ){0,2}?"
    r"(?:bei|beim|fur|mit|auf) (?:ihrer|ihren|ihre|ihrem|deiner|deinen|deine|deinem|der|die|den"
    r"|dem)? ?(?:weitere[nr]? |kunftige[nr]? |zukunftige[nr]? )?(?:berufliche[nr]? )?"
    rf"(?:(?:job|stellen|arbeits)?suche\b(?! nach (?!{_JOB}\b))|bewerbungen\b|bewerben\b"
    rf"|zukunft\b|{_ON_WAY}\b|laufbahn\b|werdegang\b|karriere\b)"
    # de, the wish after: "für Ihre berufliche Zukunft wünsche ich Ihnen alles Gute"
    r"|\b(?:bei|fur|auf) (?:ihrer|ihre|ihren|ihrem|deiner|deine|deinen|deinem|der|die|den"
    r"|dem) (?:weitere[nr]? )?(?:berufliche[nr]? )?(?:(?:job|stellen|arbeits)?suche"
    rf"|bewerbungen|zukunft|{_ON_WAY}|laufbahn|karriere)"
    r"\b,? (?:\w+ ){0,4}?(?:viel erfolg|viel gluck|alles (?:erdenklich )?gute|das beste)\b"
    # fr: "bonne chance dans vos recherches", "bon courage pour la suite de votre parcours"
    r"|\b(?:chance|courage|succes|reussite|voeux|continuation|le meilleur)\b (?:\w+ ){0,2}?"
    r"(?:dans|pour|avec|en) (?:la suite de )?(?:vos|tes|votre|ta|l')? ?"
    r"(?:future |futures |prochaine )?"
    r"(?:recherches?\b(?! (?:sur|de (?!(?:l')?emploi|travail|poste|job)))"
    r"|candidatures\b|projets (?:professionnels|futurs)\b|parcours\b|carriere\b|avenir\b)"
    # fr, bare: "Bonne chance pour la suite !" (what comes next for her, not "la suite du
    # processus": stop 44)
    r"|\b(?:bonne chance|bon courage|bonne continuation) pour la suite\b(?! (?:du|de|des|avec"
    r"|chez|ici)\b)"
    # es: "mucha suerte en tu búsqueda", "éxito en su búsqueda laboral", "lo mejor en tu futuro"
    r"|\b(?:suerte|exitos?|lo mejor)\b (?:\w+ ){0,2}?(?:en|con|para) (?:tu|su|vuestra|la|el"
    r"|tus|sus|vuestros|vuestras)? ?(?:nueva |proxima |futura )?"
    rf"(?:busqueda\b(?! de (?!{_JOB}\b|empleo|trabajo))|postulaciones\b|candidaturas\b"
    r"|(?:futuro|camino|carrera|trayectoria) (?:profesional|laboral)\b|futuro\b"
    r"|proximos pasos profesionales\b)"
    # nl: "veel succes bij je zoektocht", "het beste voor je verdere loopbaan"
    r"|\b(?:succes|het beste|alle goeds|veel geluk|sterkte)\b (?:\w+ ){0,2}?"
    r"(?:met|bij|in|voor|op) (?:je|jouw|uw|de|het)? ?(?:verdere |toekomstige |nieuwe )?"
    rf"(?:zoektocht\b(?! naar (?!{_JOB}\b))|sollicitaties\b|solliciteren\b|loopbaan\b"
    r"|carriere\b|toekomst\b)"
)
#: Readings that found no news: the goodbye may be all there is.
_NO_NEWS: Final = frozenset({Intent.PLEASANTRY, Intent.OTHER})


def goodbye_wish(text: str) -> str | None:
    """The wish of luck in her search that ``text`` holds, or None."""
    found = _GOODBYE.search(fold(text))
    return found.group(0) if found is not None else None


def wished_goodbye(
    text: str, intent: Intent | None, confidence: float, reasons: list[str], *,
    system: bool = False,
) -> tuple[Intent | None, float]:
    """A reply with no news but luck in her search: perhaps a rejection, asked about.

    ``system``: a hiring system or a no-reply sender wrote it, whose courtesy is read as
    "other", surely.
    """
    # a system's "thank you for your interest", read as a receipt, promises nothing
    thanks_only = system and intent is Intent.ACKNOWLEDGEMENT and not has_promise_cue(fold(text))
    if (intent not in _NO_NEWS and not thanks_only) or (
        intent is Intent.OTHER and confidence >= UNSURE_BELOW and not system
    ):
        return intent, confidence  # news, or "other" read surely (a parking note)
    if not text or len(text.split()) > (_MOST_SYSTEM_WORDS if system else _MOST_WORDS):
        return intent, confidence
    asks = question_to_her(text) is not None if system else "?" in text
    if asks or (system and notice_of(fold(text)) is not None):
        return intent, confidence  # a question to her; a status behind a login, a survey
    wish = goodbye_wish(text)
    if wish is None or she_declined(fold(text)):
        return intent, confidence  # "schade, dass Sie nicht ... kommen möchten": her goodbye
    who = "a hiring system's message" if system else "it"
    reasons.append(f'intent rejection, perhaps: all {who} says is a wish of luck in your'
                   f' search ("{wish}"), a goodbye; it asks you')  # fmt: skip
    return Intent.REJECTION, PERHAPS
