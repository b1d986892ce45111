"""A new contact's hello, with no news and no day: a courtesy, not a word on the wait. Pure.

Markus Albers at the agency relayed the client's "bis spätestens Mittwoch, den 2.
Dezember"; on Dec 1 Julia Krämer wrote that he had left and "ich habe die Betreuung ...
übernommen ... Sobald ich von Frau Dr. Vogel höre, melde ich mich umgehend" (tester round
u55ag). Read as a fresh "they will be in touch", it restarted the usual window from her
hello: the client's day was dropped, no check-in went to the agency on Dec 3, and the
first word would have gone to the client a week later. She brought no news and no day; she
introduced herself. So, like a "lovely to meet you", it leaves the wait as it was (the day
promised stands), while her address is there to be written to.

The forms, in en, de, fr, es, nl (folded text): "I've taken over your application", "I'll
be your new point of contact"; "ich habe Ihre Betreuung übernommen", "Ihre neue
Ansprechpartnerin"; "j'ai repris le suivi de votre candidature", "votre nouvelle
interlocutrice"; "he asumido tu proceso", "me hago cargo de tu candidatura", "tu nueva
persona de contacto"; "ik heb je dossier overgenomen", "ik neem je begeleiding over", "je
nieuwe contactpersoon". Only a reading of "they will be in touch" with no day and no
decision is changed: a hello that gives a day ("You'll have a decision from me by Friday,
December 18", u53rv) or news is read as it is.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

if TYPE_CHECKING:
    from datetime import date

#: What the candidate's file is called: her application, process, care, file.
_HER_FILE: Final = (
    r"(?:application|candidacy|search|process|file"
    r"|betreuung|bewerbung|kandidatur|prozess|bewerbungsprozess|unterlagen"
    r"|dossier|candidature|suivi|accompagnement"
    r"|proceso|candidatura|expediente"
    r"|begeleiding|sollicitatie|procedure)"
)
_POSSESSIVE: Final = r"(?:your|ihre[nm]?|deine[nm]?|votre|ton|ta|tu|su|je|jouw|uw|die|den|le|la)"
#: The leaver's whole desk, hers among it: "ik heb haar vacatures overgenomen, dus ook de
#: jouwe", "I've taken over his searches", "j'ai repris ses dossiers" (stop 46).
_THEIR_DESK: Final = (
    r"(?:her|his|their|ihre|seine|ses|sus|haar|zijn|hun) (?:roles|searches|reqs|requisitions"
    r"|candidates|vacancies|openings|portfolio|desk|files|stellen|vakanzen|mandate|kandidat\w*"
    r"|postes|dossiers|recrutements|candidat\w*|procesos|vacantes|expedientes|vacatures"
    r"|kandidaten|werkzaamheden|portefeuille)"
)

#: A newcomer taking the candidate over, one sentence (no full stop inside).
TAKES_HER_OVER: Final = lazy_pattern(
    # en
    rf"\b(?:i've|i have|i'm|i am|i'll be|i will be) (?:now )?(?:taken over|taking over|picked up"
    rf"|picking up|looking after) {_POSSESSIVE} {_HER_FILE}\b"
    r"|\bi(?:'ll| will)? (?:be|am|'m) your new (?:point of contact|recruiter|consultant|contact)\b"
    # de
    rf"|\b{_POSSESSIVE} {_HER_FILE}\b[^.!?]{{0,80}}\b(?:ubernommen|ubernehme)\b"
    r"|\b(?:ihre|deine) neue ansprechpartnerin\b|\b(?:ihr|dein) neuer ansprechpartner\b"
    # fr
    rf"|\b(?:j'ai repris|je reprends|je prends en charge|j'ai pris en charge)"
    rf" (?:le suivi de )?{_POSSESSIVE} {_HER_FILE}\b"
    r"|\b(?:votre|ton) nouve(?:au|l|lle) (?:interlocut(?:eur|rice)|contact|consultante?)\b"
    # es
    rf"|\b(?:he asumido|asumo|he retomado|retomo|me (?:he hecho|hago) cargo de)"
    rf" {_POSSESSIVE} {_HER_FILE}\b"
    r"|\b(?:tu|su) nuev[oa] (?:persona de )?(?:contacto|consultora?|interlocutora?)\b"
    # nl
    rf"|\b(?:ik heb|heb ik) {_POSSESSIVE} {_HER_FILE}\b[^.!?]{{0,60}}\bovergenomen\b"
    rf"|\b(?:ik neem|neem ik) {_POSSESSIVE} {_HER_FILE}\b[^.!?]{{0,60}}\bover\b"
    r"|\b(?:je|jouw|uw) nieuwe (?:contactpersoon|consultant|aanspreekpunt)\b"
    # the leaver's desk taken over, hers among it
    rf"|\b(?:i've|i have|i'm|i am) (?:now )?(?:taken over|taking over|picked up|picking up)"
    rf" {_THEIR_DESK}\b|\b{_THEIR_DESK}\b[^.!?]{{0,60}}\b(?:ubernommen|ubernehme|overgenomen)\b"
    rf"|\b(?:j'ai repris|je reprends|j'ai pris en charge|he asumido|asumo|me (?:he hecho|hago)"
    rf" cargo de) {_THEIR_DESK}\b"
)


def newcomers_hello(
    text: str, intent: Intent | None, promised: date | None, reasons: list[str]
) -> Intent | None:
    """A pleasantry for a newcomer's "I've taken you over, I'll be in touch" with no day."""
    if intent is not Intent.ACKNOWLEDGEMENT or promised is not None:
        return intent
    found = TAKES_HER_OVER.search(fold(text))
    if found is None:
        return intent
    reasons.append(f'intent pleasantry: a new contact introduces themselves ("{found.group(0)}")'
                   " with no news and no day; the wait goes on as it was")  # fmt: skip
    return Intent.PLEASANTRY
