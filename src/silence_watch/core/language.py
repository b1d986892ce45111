"""Which of five languages a text is in, its tone, and text folded for matching. Pure.

Counted, not guessed: each language (en, de, fr, es, nl) has a list of its commonest short
words, and the language with the most of them in the text wins; a tie or too few says
nothing. The classifier shows the language beside its reading (one word is enough to
guess); drafts are written in it only when three or more words agree (``detect``).

Informal means the employer wrote "du", "tu", "tú" or "je" to the candidate; drafts then
answer in kind, else they use Sie, vous, usted and u. ``conversation_language`` is the one
place the drafts' language is chosen: a ``language:`` the candidate set wins, then the
employer's latest message that said something.

``fold`` is how phrases and dates are matched: lower case, accents dropped, "ß" as "ss",
typographic quotes straightened, invisible characters (zero-width, soft hyphen) dropped,
single spaces, so one pattern reads "Rückmeldung" and "Ruckmeldung", "décembre" and
"decembre", "Thursday,&zwnj; December" and "Thursday, December".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from silence_watch.core.invisible_chars import INVISIBLE
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: The languages drafts are written in; the first is the default.
LANGUAGES: Final = ("en", "de", "fr", "es", "nl")
LANGUAGE_NAMES: Final = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch",
}  # fmt: skip


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (a space-separated list)."""
    return frozenset(text.split())


#: The commonest short words of each language, few of which are words in the others.
FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        "the and you your for with that this have will we are our thanks thank would about "
        "from been not be it is to of hi thx regards received if please next week interview "
        "role team on should unsuccessful application vacancy suitable which there what",
    ),
    "de": _words(
        "und der die das ich sie ihnen ihr ihre nicht mit für wir uns ist ein eine einen auf "
        "dem den zu dass bei wird haben vielen dank danke gerne kein keine von meinem dir auch "
        "war hallo gruß grüße grüßen freundlichen leider gespräch bewerbung woche noch schon aber "
        "sind wurde werden ihrer dein deine deiner eigentlich zurück rückmeldung nachricht",
    ),
    "fr": _words(
        "le la les et vous votre vos nous pour avec est un une des dans que pas sur je merci "
        "bonjour cordialement oui salut désolé désolée au entretien candidature semaine bien de "
        "te ce ça on en il elle mais très qui ai avons sommes suis êtes sera toi ton ta mon ma "
        "mes poste retenu suite nouvelle coucou bonne journée",
    ),
    "es": _words(
        "el la los las y que con por para una usted su sus tu nos nosotros es del gracias "
        "hola saludos muy te le ya está fue un placer contigo vos ti buenas estimada estimado "
        "enviado desde agradecemos entrevista candidatura semana de en se lo al pero como más "
        "este esta hemos estamos tenemos ha han sido mucho muchas mi buenos días solicitud "
        "puesto oferta empresa recibo hasta sobre cuando",
    ),
    "nl": _words(
        "het een je jij u uw we wij ons met voor van niet op dat dank bedankt groet groeten "
        "graag geen al mijn verzonden vanaf hoi beste en de is gesprek sollicitatie week maar ook "
        "ik ben terug gelieve wel nog naar bij zijn hebben heeft wordt worden kunnen jullie "
        "fijne fijn leuk succes vacature helaas hartelijk vriendelijke insgelijks gesproken "
        "ontmoet",
    ),
}
#: Languages silence-watch neither reads nor writes, known by words of their own, so that
#: an Italian "ci dispiace comunicarle" is not taken for Spanish, nor Swedish for Dutch.
FOREIGN_WORDS: Final[dict[str, frozenset[str]]] = {
    "Italian": _words(
        "il di che non per sono siamo abbiamo grazie buongiorno cordiali saluti della delle "
        "degli nel nella questo questa anche alla gli ci lei sua suo nostra nostro molto "
        "colloquio dispiace comunicarle ringraziamo abbiamo deciso profilo",
    ),
    "Portuguese": _words(
        "não você obrigado obrigada olá até também então infelizmente ainda novidades vaga "
        "seletivo com os uma muito seu sua retorno dou estamos temos boa tarde abraço "
        "atenciosamente processo",
    ),
    "Polish": _words(
        "w z na do nie się jest że dla od po pan pani panu dziękujemy dzień dobry pozdrawiam "
        "poważaniem niestety rekrutacja rekrutacji proces jednak bardzo oraz został została",
    ),
    "Swedish": _words(
        "och att det är som för med på ett inte vi du dig tack hej hälsningar vänliga tyvärr "
        "vill kan har till av jag er ni nästa steg intervju tjänsten",
    ),
}
_WORD: Final = lazy_pattern(r"[^\W\d_]+")
#: Words that must agree before a draft is written in their language.
_ENOUGH_TO_WRITE: Final = 3

#: Each function word and the languages it belongs to.
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {}
for _language, _words_of in [*FUNCTION_WORDS.items(), *FOREIGN_WORDS.items()]:
    for _word in _words_of:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


def language_of(text: str, *, at_least: int = 1) -> str | None:
    """The language of ``text`` (``en``, ``de``, ``fr``, ``es``, ``nl``), or None.

    None when fewer than ``at_least`` of its words are a language's, or two languages tie.
    """
    best, count, second = _ranked(text)
    if count < at_least or count == second or best not in FUNCTION_WORDS:
        return None  # too few words, a tie, or a language it does not read
    return best


def foreign_language(text: str) -> str | None:
    """The name of a language silence-watch does not read ("Italian"), when ``text`` is in it."""
    best, count, second = _ranked(text)
    return best if best in FOREIGN_WORDS and count >= _ENOUGH_TO_WRITE and count > second else None


@functools.lru_cache(maxsize=64)
def _ranked(text: str) -> tuple[str, int, int]:
    """The language with most of its words in ``text``, their count, and the runner-up's.

    Remembered for the last few texts: one reading asks for the language of its text
    twice or more (``language_of``, ``foreign_language``).
    """
    counts = dict.fromkeys([*FUNCTION_WORDS, *FOREIGN_WORDS], 0)
    for word in _WORD.findall(text.casefold()):
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    ranked = sorted(counts, key=lambda language: -counts[language])
    return ranked[0], counts[ranked[0]], counts[ranked[1]]


def detect(text: str) -> str | None:
    """The language to write back in, when ``text`` says so clearly; else None."""
    return language_of(text, at_least=_ENOUGH_TO_WRITE)


#: Typographic quotes and dashes, straightened before accents are dropped; characters that
#: show nothing (a zero-width non-joiner, a soft hyphen) dropped (``core.invisible_chars``).
_STRAIGHT: Final[dict[str, str | None]] = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u00a0": " ",
}  # fmt: skip
_PUNCTUATION: Final = {**str.maketrans(_STRAIGHT), **INVISIBLE}
_COMBINING: Final = lazy_pattern(r"[\u0300-\u036f]")
#: Any character ``_PUNCTUATION`` maps: a search in C tells whether a text needs the table.
_ANY_PUNCTUATION: Final = re.compile("[" + "".join(map(chr, _PUNCTUATION)) + "]")


@functools.lru_cache(maxsize=256)
def fold(text: str) -> str:
    """``text`` for phrase matching: lower case, no accents, straight quotes, single spaces."""
    # every character ``_PUNCTUATION`` maps is outside ASCII, and ASCII's case fold is lower()
    text = text.lower() if text.isascii() else _folded_unicode(text)
    return " ".join(text.split())


def _folded_unicode(text: str) -> str:
    """``text`` (not ASCII) straightened, case-folded and without its accents."""
    if _ANY_PUNCTUATION.search(text) is not None:  # most accented texts have no curly quote
        text = text.translate(_PUNCTUATION)
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text


_INFORMAL: Final = {
    # "Hallo Frau Vogt", "Hallo Jordan": a greeting, not a "du"
    "de": lazy_pattern(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner)\b", re.IGNORECASE),
    "fr": lazy_pattern(r"\b(?:tu|te|toi|ton|ta|tes|t')\b", re.IGNORECASE),
    # "Hola" opens formal Spanish mail too ("Hola Jordan: Le confirmo la entrevista"); an
    # infinitive with "te" ("confirmarte", "verte", "escribirte") is tú, but not the words
    # that only end alike: "formar parte", "por nuestra parte", "mucha suerte" (u33fu)
    "es": lazy_pattern(
        r"\b(?:tú|tu|te|ti|contigo|tus|avísame|cuéntame|escríbeme"
        r"|(?!(?:\w*[^\Wiu]parte|parte|arte|marte|baluarte|estandarte|descarte)\b)"
        r"\w+(?:ar|(?<![iu])er|ir)te)\b",
        re.IGNORECASE,
    ),
    "nl": lazy_pattern(r"\b(?:je|jij|jou|jouw|hoi|hey)\b", re.IGNORECASE),
}
_FORMAL: Final = {
    "de": lazy_pattern(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|sehr geehrte[rs]?)\b"),
    "fr": lazy_pattern(r"\b(?:vous|votre|vos|madame|monsieur)\b", re.IGNORECASE),
    # "Le confirmo ...", "Le escribo ...": a sentence that opens with "Le" speaks to usted;
    # so do "le confirmo", "le ruego", "le daremos" within one (not "le comenté a Ramón",
    # said of someone else) and "no dude en avisarme" (u33fu)
    "es": lazy_pattern(
        r"\b(?:usted|ustedes|estimad[oa]|disculpe|avíseme|escríbame|no duden?|(?-i:Le)"
        r"|(?-i:le) \w+(?:o|amos|emos|imos|é)(?! a\b))\b",
        re.IGNORECASE,
    ),
    "nl": lazy_pattern(r"\b(?:u|uw|geachte)\b", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class Tongue:
    """A conversation's language and tone, and where that was read."""

    language: str
    informal: bool = False
    source: str = "default"  # "config", "their mail" or "default"


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
    Informal once they wrote informally in that language: a later "Danke, melde mich!",
    with no pronoun to tell, does not make a CTO who said "du" a "Sie" again.
    """
    known = [(lang, informal) for lang, informal in readings if lang in LANGUAGES]
    if declared:
        tone = [informal for lang, informal in known if lang == declared]
        return Tongue(declared, informal=any(tone), source="config")
    if known:
        lang = known[-1][0]
        informal = any(tone for other, tone in known if other == lang)
        return Tongue(lang, informal=informal, source="their mail")
    return Tongue(LANGUAGES[0])


def language_for(
    declared: str | None, groups: Sequence[Sequence[tuple[str | None, bool]]]
) -> Tongue:
    """The language of a draft to one person: the first group of readings that has one.

    ``groups`` run from the closest to the farthest: what the recipient wrote, what their
    side wrote (the employer or the agency), what the candidate wrote to them, anything
    anyone wrote. A German agency's mail does not make a follow-up to an English-speaking
    hiring manager German; ``declared`` (the config) still comes first, its tone read from
    the last (widest) group.
    """
    if declared:
        return conversation_language(declared, groups[-1] if groups else [])
    for group in groups:
        if any(lang in LANGUAGES for lang, _ in group):
            return conversation_language(None, group)
    return Tongue(LANGUAGES[0])
