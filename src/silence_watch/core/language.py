"""Which language a conversation is in, and whether it is on first-name terms. Pure.

Read from the employer's own words (never the candidate's, never quoted text): the
commonest short words of English, German, French, Spanish and Dutch, counted; a text too
short to tell says nothing. Informal means the employer wrote "du", "tu", "tú" or "je"
to the candidate; the drafts then answer in kind, else they use Sie, vous, usted and u.

``conversation_language`` is the one place the choice is made: a ``language:`` the
candidate set wins, then the employer's latest message that said something. When the
classifier stores each message's language, the shell feeds those readings here instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable

#: The languages drafts are written in; the first is the default.
LANGUAGES: Final = ("en", "de", "fr", "es", "nl")
LANGUAGE_NAMES: Final = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch",
}  # fmt: skip

_COMMON: Final = {
    "en": "the and you to of for your we with this our have will be are that about thank"
    " thanks would please next week interview role team",
    "de": "und die der das sie ihr ihre ihnen wir uns ist nicht mit für auf dem den zu ein"
    " eine vielen dank gespräch bewerbung freundlichen grüßen gerne woche",
    "fr": "et le la les vous votre vos nous est pour avec des une un dans merci entretien"
    " candidature cordialement semaine bien sur pas",
    "es": "y el la los las usted su sus nosotros es para con una por gracias entrevista"
    " candidatura saludos semana muy del que",
    "nl": "en de het een u uw wij we is niet met voor op van dank bedankt gesprek"
    " sollicitatie groet groeten week graag",
}
_WORDS: Final = {lang: frozenset(words.split()) for lang, words in _COMMON.items()}
#: Fewer matching words than this and the text does not tell its language.
_ENOUGH: Final = 3
_INFORMAL: Final = {
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|hallo)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes|t')\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:tú|te|ti|contigo|tus|hola)\b", re.IGNORECASE),
    "nl": re.compile(r"\b(?:je|jij|jou|jouw|hoi|hey)\b", re.IGNORECASE),
}
_FORMAL: Final = {
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|sehr geehrte[rs]?)\b"),
    "fr": re.compile(r"\b(?:vous|votre|vos|madame|monsieur)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:usted|ustedes|estimad[oa])\b", re.IGNORECASE),
    "nl": re.compile(r"\b(?:u|uw|geachte)\b", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class Tongue:
    """A conversation's language and tone, and where that was read."""

    language: str
    informal: bool = False
    source: str = "default"  # "config", "their mail" or "default"


def detect(text: str) -> str | None:
    """The language of ``text`` (one of ``LANGUAGES``), or None when it does not tell."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    scores = {lang: sum(1 for w in words if w in common) for lang, common in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < _ENOUGH or ranked[0] == ranked[1]:
        return None
    return best


def is_informal(text: str, language: str) -> bool:
    """True when the employer addressed the candidate informally in ``language``.

    English has no such switch; elsewhere the informal words must outnumber the formal ones.
    """
    informal, formal = _INFORMAL.get(language), _FORMAL.get(language)
    if informal is None or formal is None:
        return False
    return len(informal.findall(text)) > len(formal.findall(text))


def conversation_language(
    declared: str | None, readings: Iterable[tuple[str | None, bool]]
) -> Tongue:
    """The language drafts use: ``declared`` (config), else the latest employer reading.

    ``readings`` are ``(language, informal)`` of the employer's messages, oldest first.
    """
    known = [(lang, informal) for lang, informal in readings if lang in LANGUAGES]
    if declared:
        tone = [informal for lang, informal in known if lang == declared]
        return Tongue(declared, informal=bool(tone and tone[-1]), source="config")
    if known:
        lang, informal = known[-1]
        return Tongue(lang, informal=informal, source="their mail")
    return Tongue(LANGUAGES[0])
