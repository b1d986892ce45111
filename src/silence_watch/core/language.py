"""Text in the five languages the classifier reads (en, de, fr, es, nl): which one, folded.

Counted, not guessed: each language has a list of its commonest short words, and the
language with the most of them in the text wins. Good enough for the mail this product
reads (a few sentences in one language), and shown to the candidate with the reading so
they can see why a message was read the way it was. None for a text too short to tell.

``fold`` is how phrases and dates are matched: lower case, accents dropped, "ß" as "ss",
typographic quotes straightened, single spaces, so one pattern reads "Rückmeldung" and
"Ruckmeldung", "décembre" and "decembre".

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (a space-separated list)."""
    return frozenset(text.split())


#: The commonest short words of each language, few of which are words in the others.
FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        "the and you your for with that this have will we are our thanks thank would about "
        "from been not be it is to of hi thx regards received if",
    ),
    "de": _words(
        "und der die das ich sie ihnen ihre nicht mit für wir uns ist eine einen auf dass "
        "bei wird haben vielen dank danke gerne kein keine von meinem dir auch war hallo "
        "gruß grüße leider",
    ),
    "fr": _words(
        "le les et vous votre nous pour avec est une des que pas sur dans je merci bonjour "
        "cordialement oui salut désolé désolée au",
    ),
    "es": _words(
        "el los las y que con por para una usted su tu nos es del gracias hola saludos muy "
        "te le ya está fue un placer contigo vos ti buenas estimada estimado enviado desde "
        "agradecemos",
    ),
    "nl": _words(
        "het een je jij u uw we wij ons met voor van niet op dat bedankt groet graag geen al "
        "mijn verzonden vanaf hoi beste",
    ),
}
_WORD: Final = re.compile(r"[^\W\d_]+")
_MIN_HITS = 1


#: Each function word and the languages it belongs to.
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {}
for _language, _words_of in FUNCTION_WORDS.items():
    for _word in _words_of:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


def language_of(text: str) -> str | None:
    """The language of ``text`` (``en``, ``de``, ``fr``, ``es``, ``nl``), or None."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    for word in _WORD.findall(text.casefold()):
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    ranked = sorted(counts, key=lambda language: -counts[language])
    best, second = ranked[0], ranked[1]
    if counts[best] < _MIN_HITS or counts[best] == counts[second]:
        return None
    return best


#: Typographic quotes and dashes, straightened before accents are dropped.
_PUNCTUATION: Final = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
     "\u00a0": " "},
)
_COMBINING: Final = re.compile(r"[\u0300-\u036f]")


@functools.lru_cache(maxsize=256)
def fold(text: str) -> str:
    """``text`` for phrase matching: lower case, no accents, straight quotes, single spaces."""
    text = text.translate(_PUNCTUATION).casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(text.split())
