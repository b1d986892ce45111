"""A no called a no: "it's a no from Fernhill this time, I'm afraid". Pure.

An agency's consultant off the phone with the client, a manager in two lines, say the
answer with the word itself, softened only by "I'm afraid" or "helaas": "it's a no from
the hiring manager", "the answer is no", "es ist leider ein Nein geworden", "c'est un non",
"ha sido un no", "het is helaas een nee geworden". No other row read it, and the learned
reader heard the "not the news either of us wanted" of its courtesy as a delay: the process
waited, and the nudges after a no were mail that must not exist (tester round u52hd).

Never the words that say it is none ("it's not a no", "no es un no, es un todavía no",
"het is geen nee"), a no still to come ("whether it's a yes or a no", "ob es ein Ja oder ein
Nein wird", "si c'est un non"), nor "no" as another word ("it's a no-brainer", "the answer is
no longer needed", "c'est un non-sens").

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if it's a no, I'll tell you straight away") is no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REJECTION, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Softeners that may stand between the verb and the no.
_SOFT: Final = (
    r"(?:(?:unfortunately|sadly|i'm afraid|afraid|leider|also|wohl|doch|malheureusement"
    r"|finalement|donc|lamentablemente|al final|helaas|toch|dus) )?"
)
#: The word "no" that ends there: not "no-brainer", "no longer", "non-sens", "nee-zegger".
_NO_ENDS: Final = r"(?![-\w])(?! (?:longer|later|more|brainer|way|matter|problem)\b)"

SAID_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "the answer is no", _rx(
        # in English, a consultant off the phone with the client
        rf"(?<!\bif )(?<!\bwhether )\b(?:it's|it is|it was|it's been|it has been|that's"
        rf"|that is) {_SOFT}a (?:(?:firm|definite|clear|hard|final|polite) )?no\b{_NO_ENDS}"
        rf"(?! or\b)",
        rf"\b(?:the|their|his|her|the client's|the manager's) (?:final )?(?:answer|decision"
        rf"|verdict) (?:is|was|has been|came back(?: as)?) {_SOFT}(?:a )?no\b{_NO_ENDS}",
        # de: "es ist leider ein Nein geworden", "die Antwort ist leider nein"
        rf"(?<!\bob )(?<!\bfalls )(?<!\bwenn )\b(?:es|das) (?:ist|war|wurde) {_SOFT}"
        rf"(?:ein|eine) (?:klares |definitives )?nein\b{_NO_ENDS}(?! oder\b)",
        rf"\b(?:ist|wurde) es {_SOFT}(?:ein|eine) (?:klares )?nein\b{_NO_ENDS}",
        rf"\bdie (?:antwort|entscheidung) (?:ist|war|lautet) {_SOFT}nein\b{_NO_ENDS}",
        # fr: "c'est un non", "la réponse est non"
        rf"(?<!\bsi )\bc'(?:est|etait) {_SOFT}un non\b{_NO_ENDS}(?! ou\b)",
        rf"\bla reponse (?:est|a ete|fut) {_SOFT}non\b{_NO_ENDS}",
        # es: "ha sido un no", never "no es un no"
        rf"(?<!\bno )(?<!\bsi )\b(?:es|ha sido|fue) {_SOFT}un no\b{_NO_ENDS}(?! o\b)(?!,? es\b)",
        rf"\bla respuesta (?:es|ha sido|fue) {_SOFT}(?:que )?no\b{_NO_ENDS}",
        # nl: "het is helaas een nee geworden", never "het is geen nee"
        rf"(?<!\bof )(?<!\bals )\b(?:het|dat) (?:is|was|wordt|werd) {_SOFT}een nee\b{_NO_ENDS}"
        rf"(?! of\b)",
        rf"\bhet antwoord (?:is|was) {_SOFT}nee\b{_NO_ENDS}",
        # the answer called negative (probe-noes10): "la réponse est négative", "the
        # answer is negative", "die Antwort ist leider negativ ausgefallen", "la respuesta
        # ha sido negativa", "het antwoord is helaas negatief"
        rf"(?<!\bif )(?<!\bsi )(?<!\bwenn )(?<!\bals )\b(?:the|their|our|la|die|unsere|het|ons)"
        rf" (?:final |finale |definitieve )?(?:answer|response|decision|reponse|decision"
        rf"|antwort|entscheidung|ruckmeldung|respuesta|antwoord|beslissing)(?: (?:des|der|du|de"
        rf"|del|van|from|of) (?:\w+ )?\w+)? (?:is|was|has been"
        rf"|est|a ete|ist|war|fiel|es|ha sido|fue|werd) {_SOFT}(?:negative|negativ|negativa"
        r"|negatief)\b",
        # the German verb first: "Leider ist die Rückmeldung des Kunden negativ ausgefallen"
        rf"\b(?:ist|war|fiel) (?:die|unsere) (?:antwort|entscheidung|ruckmeldung)(?: (?:des|der)"
        rf" (?:\w+ )?\w+)? {_SOFT}negativ\b",
    )),
)
