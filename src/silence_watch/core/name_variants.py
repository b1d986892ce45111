"""Whether two display names are one person's, as different mail writes it. Pure.

A contact configured as "Jordi Ferrer" signs his personal mail "Jordi Ferrer Vidal" (a
second surname, tester round u31cc); "Anna Schmidt" is "Anna M. Schmidt" or "Anna Maria
Schmidt" in another client, "Sanne van der Berg" is "Berg, Sanne van der" or "Sanne Berg"
in a directory, "Núria Pons" is "Nuria PONS" and "Lukas Müller" is "Lukas Mueller" when
typed without accents. These are one person: the first given names agree (or one is the
other's initial: "J. Ferrer"), and every other word of the shorter name is in the longer one,
in order (particles, "van der", "de la", "y", left out), with at least one whole surname
among them. A first name alone ("Jordi", "Jordi F."), another surname ("Jordi Ferrero",
"Jordi Puig") or another given name ("Joan Ferrer") is never enough: namesakes exist, and
the callers ask for more (the company named, ``core.new_address``). A service's mail about
a person ("Sam Okonkwo via LinkedIn", "Dana Ruiz via Greenhouse") is not the person
writing: ``NameIndex`` never finds it (the relay rules of ``core.match`` tie it).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.personnames import person_name

if TYPE_CHECKING:
    from collections.abc import Iterable

#: Words that join a surname to the name and are no name of their own: "van der Berg",
#: "de la Cruz", "Ferrer y Vidal", "von Hohenberg", "ten Cate".
_PARTICLES: Final = frozenset(
    {"van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "les", "von",
     "zu", "ten", "ter", "te", "dos", "das", "do", "y", "i", "e", "af", "al", "el", "vd",
     "v.d"}
)  # fmt: skip
_PUNCTUATION: Final = "\"'`.,;:()[]{}<>|/\u00ab\u00bb\u201c\u201d\u2018\u2019"
_VIA: Final = lazy_pattern(r"\svia\s", re.IGNORECASE)
_SPELLED: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@functools.lru_cache(maxsize=4096)
def name_words(display: str) -> tuple[str, ...]:
    """A person's name as it compares: given names first, folded; empty unless two words.

    Titles, departments and a relaying system are left out (``core.personnames``), and
    so are particles before a surname ("van der", "de la"); a hyphen parts two surnames
    ("Schmidt-Weber"), never two given names ("Jean-Pierre"). An initial keeps its dot.
    """
    person = person_name(display) if display else None
    if person is None:
        return ()
    written = [*person.given.split(), *person.surname.replace("-", " ").split()]
    words = []
    for at, word in enumerate(written):
        folded = word.casefold().strip(",;:")
        if not folded.rstrip(".") or (folded in _PARTICLES and at < len(written) - 1):
            continue  # a particle precedes its surname; "Minh Le" keeps his
        words.append(folded if _initial(folded) else folded.rstrip("."))
    return tuple(words) if len(words) >= 2 and not _initial(words[-1]) else ()


def same_person(one: str, other: str) -> bool:
    """Whether display names ``one`` and ``other`` name the same person (see the module)."""
    return _same(name_words(one), name_words(other))


def _same(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    if not one or not other:
        return False
    if frozenset(map(_bare, one)) == frozenset(map(_bare, other)):
        return True  # the same words in another order ("Ferrer Jordi")
    return _within(one, other) or _within(other, one)


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is ``whole`` with words left out: its first, then the rest in order."""
    if len(part) > len(whole) or not _agree(part[0], whole[0]):
        return False
    rest = iter(whole[1:])  # in order: each word found after the one before it
    if not all(any(_agree(word, found) for found in rest) for word in part[1:]):
        return False
    return any(not _initial(word) for word in part[1:])  # a surname, never "Jordi F."


def _agree(word: str, other: str) -> bool:
    """One word of a name and another: the same when folded, or an initial of it."""
    if _initial(word) or _initial(other):
        return word[0] == other[0] or _bare(word)[:1] == _bare(other)[:1]
    return not _spellings(word).isdisjoint(_spellings(other))


def _initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


def _bare(word: str) -> str:
    """A word without its accents ("núria" is "nuria")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


@functools.lru_cache(maxsize=8192)
def _spellings(word: str) -> frozenset[str]:
    """A word as it may be typed: "müller" is also "muller" and "mueller".

    Remembered: the same senders' names come back on every message.
    """
    if word.isascii():
        return frozenset((word,))
    return frozenset((word, _bare(word), word.translate(_SPELLED)))


class NameIndex:
    """People's names, looked up by any name that is theirs (``same_person``).

    Indexed by every whole word after the first, so that most names are turned away by
    one set lookup: a name with none of those words is nobody's.
    """

    __slots__ = ("_by_word",)

    def __init__(self, names: Iterable[str]) -> None:
        """Index ``names`` (display names as configured or as mail wrote them)."""
        self._by_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for name in names:
            words = name_words(name)
            keys = {key for w in words[1:] if not _initial(w) for key in _spellings(w)}
            for key in keys:
                self._by_word.setdefault(key, []).append((name, words))

    def _shares_a_word(self, display: str) -> bool:
        """Whether ``display`` has a word of an indexed name: most senders have none.

        No parsing until then: the reach lookup asks this for every message in the mailbox.
        """
        for token in display.casefold().replace("-", " ").split():
            word = token.strip(_PUNCTUATION)
            if word in self._by_word:
                return True
            if not word.isascii() and not self._by_word.keys().isdisjoint(_spellings(word)):
                return True
        return False

    def __bool__(self) -> bool:
        """Whether any name is indexed."""
        return bool(self._by_word)

    def find(self, display: str) -> str | None:
        """The indexed name ``display`` is one person with, or None."""
        if not self._by_word or not display or _VIA.search(display):
            return None  # "Sam Okonkwo via LinkedIn": a service's mail, tied by the relay rules
        if not self._shares_a_word(display):
            return None
        words = name_words(display)
        for key in {key for word in words for key in _spellings(word)}:
            for name, known in self._by_word.get(key, ()):
                if _same(words, known):
                    return name
        return None
