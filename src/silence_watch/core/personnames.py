"""A person's name as display names write it: given name, surname and titles. Pure.

A display name carries more than a name: Outlook's "Brandt, Lukas (NW-HR Shared
Services)", a signature's "Lukas Brandt | Nordwerk HR", a hiring system's "Dana Ruiz via
Greenhouse", titles ("Prof. Dr."), suffixes ("PhD"), a surname in capitals ("BRANDT
Lukas"), or no person at all ("Talent Acquisition", an address). ``person_name`` keeps
the name and leaves the rest out; a draft greets by it. It never guesses a name that is
not written: a team's or a company's name is no name (nor is the sender's domain:
"Nordwerk" <hr@nordwerk.example>), and the address only settles the order of two written
words ("Brandt Lukas" from lukas.brandt@).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from silence_watch.core.degrees import academic_title, is_degree
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Address
from silence_watch.core.team_names import is_team_word

#: Titles a person may be addressed by, written as they are written in a greeting.
TITLES: Final = {
    "dr": "Dr.", "prof": "Prof.", "professor": "Professor", "mr": "Mr.", "mrs": "Mrs.",
    "ms": "Ms.", "mx": "Mx.", "herr": "Herr", "frau": "Frau", "mme": "Mme", "m": "M.",
    "sr": "Sr.", "sra": "Sra.", "dra": "Dra.", "dhr": "Dhr.", "mevr": "Mevr.", "ing": "Ing.",
}  # fmt: skip
#: Academic titles: a title wherever they stand ("Haas, Stefan Dr."); the others only lead.
_ACADEMIC: Final = frozenset({"dr", "dra", "prof", "professor"})
#: What follows a doctor's title and is no name ("Dr. med.", "Dr. rer. nat.", "Dr.-Ing.").
_TITLE_TAILS: Final = frozenset(
    {"med", "rer", "nat", "phil", "jur", "oec", "pol", "h.c", "-ing", "techn", "univ", "vet"}
)
#: What may follow a surname and is not part of it (degrees: ``core.degrees``).
_SUFFIXES: Final = lazy_pattern(r"^(?:jr|sr|ii|iii|iv|esq|cpa|shrm-cp|sphr)\.?$", re.IGNORECASE)
#: Words that make a display name a team's, a role's or a company's, not a person's.
_NOT_PERSON: Final = frozenset(
    {"recruiting", "recruiter", "recruiters", "recruitment", "talent", "acquisition", "team",
     "hr", "human", "resources", "people", "hiring", "careers", "career", "jobs", "job",
     "personal", "personalabteilung", "personalwesen", "bewerbermanagement", "karriere",
     "recrutement", "rh", "rrhh", "reclutamiento", "seleccion", "selección", "werving",
     "selectie", "services", "service", "department", "abteilung", "office", "support",
     "admin", "notifications", "notification", "noreply", "no-reply", "scheduling",
     "coordinator", "coordination", "group", "gruppe", "company", "sourcing", "staffing",
     "onboarding", "shared", "info", "mailbox", "calendar", "kalender", "&", "und", "and",
     # a shared mailbox: "Werken bij Koopmans", "Bewerbungen", "Empleo", "Emplois"
     "werken", "werkenbij", "vacature", "vacatures", "sollicitaties", "bewerbungen",
     "bewerbung", "empleo", "empleos", "trabaja", "emplois", "candidatures",
     # hiring systems and job boards that relay a person's mail under their own name
     "greenhouse", "linkedin", "workday", "indeed", "personio", "teamtailor", "ashby",
     "smartrecruiters", "recruitee", "bamboohr", "icims", "taleo", "successfactors", "xing",
     "stepstone", "lever", "gmbh", "inc", "ltd", "llc", "corp", "plc"}
)  # fmt: skip
#: A firm's legal form, written with or without dots ("LLP", "B.V.", "S.A.R.L."): after a
#: first word, the name is a firm's ("Harcourt Pryce LLP" is no Harcourt: u33fu).
_LEGAL_FORMS: Final = frozenset(
    {"llp", "lp", "llc", "ltd", "limited", "plc", "inc", "corp", "pty", "gmbh", "mbh", "ag",
     "kg", "kgaa", "ohg", "ug", "gbr", "ev", "bv", "nv", "vof", "sarl", "sas", "sasu", "sa",
     "sl", "slu", "srl", "spa", "oy", "oyj", "kft", "ab", "as", "asa", "aps"}
)  # fmt: skip
#: Words in brackets that say what someone is, never what they are called ("(Contractor)").
_NOT_CALLED: Final = frozenset(
    {"contractor", "consultant", "external", "extern", "externe", "externo", "intern",
     "interim", "temp", "guest", "vendor", "freelance", "freelancer", "student", "trainee",
     "werkstudent", "werkstudentin", "praktikant", "praktikantin", "stagiaire", "stagiair",
     "becario", "becaria", "retired", "former", "partner", "sales", "marketing", "finance",
     "legal", "engineering", "operations", "ops", "product", "design", "research", "it",
     "remote", "emea", "apac", "americas", "global", "europe", "uk", "us", "usa"}
)  # fmt: skip
#: Lower-case words that belong to the surname they precede ("van der Berg", "de la Cruz").
_PARTICLES: Final = frozenset(
    {"van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "von", "zu",
     "ten", "ter", "dos", "das", "y", "af", "al", "bin", "el"}
)  # fmt: skip

#: Parts of a display name that are not the name: brackets, addresses, pronouns.
_ASIDES: Final = lazy_pattern(
    r"\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?|<[^>]*>?|\S+@\S+|\b\w+/\w+(?:/\w+)?\b"
)
#: Where the name ends and the company, team or relaying system begins.
_TAIL: Final = lazy_pattern(r"\s+(?:via|from|at|@)(?:\s+.*)?$", re.IGNORECASE)
#: Separators between a name and what the display name adds ("Lukas Brandt | Nordwerk").
_SEPARATORS: Final = lazy_pattern(r"\s*[|/\u00b7\u2022]\s*|\s+[-\u2013\u2014]+\s+")
_QUOTES: Final = "\"'`\u201a\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb "


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name: ``given`` may be empty ("Dr. Weber"), ``surname`` too ("Dana").

    ``called`` is the name in brackets people call them by, when the display name gives
    one: "Moore, Katherine (Kate)", the Dutch "A.M. (Anne) van der Berg".
    """

    given: str
    surname: str
    titles: tuple[str, ...] = ()
    called: str = ""

    @property
    def whole(self) -> str:
        """Given name and surname, without titles: "Lukas Brandt"."""
        return " ".join(part for part in (self.given, self.surname) if part)


@functools.lru_cache(maxsize=4096)
def person_name(display: str, email: str = "") -> PersonName | None:
    """The person a display name names; None for a team, a role, an address or nothing.

    Remembered: a timeline names its few people on every one of its messages (``status``
    asked for 14,494 names of 50 processes' people).

    ``email`` only decides the order of two words a directory wrote surname first ("Brandt
    Lukas (NW-HR)" for lukas.brandt@); a name written without a department keeps its order
    (some companies spell addresses surname first).
    """
    text = _ASIDES.sub(" ", display.replace("\\", ""))
    for part in _SEPARATORS.split(text):
        found = _name_in(_TAIL.sub("", part).strip(_QUOTES + ",;:"), email, "(" in display)
        if found is not None and not _names_the_domain(found, email):
            # the first part that names a person ("Recruiting | Dana Ruiz")
            called = _call_name(display, found.given, email)
            return dataclasses.replace(found, called=called) if called else found
    return None


#: One word in brackets: a call name ("(Kate)") or an aside ("(Contractor)", "(NW-HR)").
_BRACKETED_WORD: Final = lazy_pattern(r"\(\s*([^\W\d_][^\W\d_'\u2019-]*)\s*\)")


def _call_name(display: str, given: str, email: str) -> str:
    """The name in brackets people call this person by, or "".

    Beside initials it is the name they go by (the Dutch "voorletters (roepnaam)": "A.M.
    (Anne) van der Berg"); beside a written given name only a shorter form of it is, one
    that starts alike ("Katherine (Kate)", "Christopher (Chris)"): a department, a
    company, a status or a city in brackets ("(Contractor)", "(Sales)", "(London)") is no
    name, and "Robert (Bob)" keeps Robert rather than guess.
    """
    names = given.split()
    for found in _BRACKETED_WORD.finditer(display):
        word = found.group(1)
        bare = _bare(word)
        if (
            not word[0].isupper() or _shouts(word) or _not_person(word)
            or bare in _NOT_CALLED or _names_the_domain(PersonName(word, ""), email)
        ):
            continue
        if names and all(_initial(n) for n in names):
            return word
        if any(
            not _initial(n) and n[0].casefold() == word[0].casefold() and len(word) < len(n)
            for n in names
        ):
            return word
    return ""


def _names_the_domain(name: PersonName, email: str) -> bool:
    """True when the "name" is the sender's domain: "Nordwerk" <hr@nordwerk.example>."""
    labels = email.rpartition("@")[2].casefold().split(".")[:-1]
    spelled = "".join(c for c in name.whole.casefold() if c.isalnum())
    return bool(spelled) and any(spelled == label.replace("-", "") for label in labels)


def _name_in(text: str, email: str, directory: bool) -> PersonName | None:  # noqa: FBT001
    """The name in one part of a display name, or None when it names no person.

    "Brandt, Lukas" is written surname first; "Dana Ruiz, PhD", "Dana Ruiz, Talent
    Acquisition" and "Dana Ruiz, Nordwerk" from dana.ruiz@ are a name and what follows it.
    """
    before, _, after = text.partition(",")
    leading, head = _titles(before.split())
    trailing, tail = _titles(after.split())
    head, tail = _words(head), _words(tail)
    if not head:
        head, tail = tail, []
    if (
        not head or any(map(_not_person, head)) or any(map(_legal, head[1:]))
        or len([w for w in (*head, *tail) if not is_particle(w)]) > 5
    ):
        return None
    named = [w for w in head if w.casefold() not in _PARTICLES]  # "Sáenz de Ugarte Ibáñez"
    if (
        any(_not_person(w) or _legal(w) for w in tail) or len(named) > 3
        or _leads(head, email)
    ):
        tail = []  # "Dana Ruiz, Talent Acquisition": a name, then the team
    titles = (*leading, *trailing)
    if tail:  # "Brandt, Lukas": the surname comes first
        # "Wit, Johannes de": the particle a directory moved to the end is the surname's
        cut = len(tail)
        while cut > 1 and tail[cut - 1].casefold() in _PARTICLES:
            cut -= 1
        words = [_case(w) for w in (*tail[:cut], *tail[cut:], *head)]
        given, surname = words[:cut], words[cut:]
    else:
        given, surname = _ordered(head, email if directory else "")
    if not surname or (not given and not titles and len(surname) == 1):
        given, surname = [*given, *surname][:1], [*given, *surname][1:]
    return PersonName(" ".join(given), " ".join(surname), titles)


def _words(words: list[str]) -> list[str]:
    """The words of a name, without suffixes ("PhD") and stray punctuation."""
    kept = [w if _initial(w) else w.strip(".,;:") for w in words]
    return [w for w in kept if w and not _SUFFIXES.match(w) and any(c.isalpha() for c in w)]


def _titles(words: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """Titles out of the words: leading ones, and academic ones wherever they stand."""
    titles: list[str] = []
    kept: list[str] = []
    after_title = False
    for index, word in enumerate(words):
        bare = _bare(word)
        if bare in _ACADEMIC or (bare in TITLES and not kept):
            titles.append(TITLES[bare])
            after_title = True
        elif after_title and bare in _TITLE_TAILS:
            continue  # "Dr. med."
        elif title := academic_title(word):
            titles.append(title)  # "Dr.-Ing.", "DDr.", "Univ.-Prof."
            after_title = True
        elif not is_degree(word, words[index + 1] if index + 1 < len(words) else ""):
            kept.append(word)  # "Mag.", "DI", "Dipl.-Kffr." are no name (u42em)
            after_title = False
    return tuple(titles), kept


def _ordered(words: list[str], email: str) -> tuple[list[str], list[str]]:
    """Given names and surname of words written in one run, cased as names are.

    A word in capitals among others that are not is the surname ("BRANDT Lukas"); two
    words the address spells the other way round are turned ("Brandt Lukas"); particles
    belong to the surname ("Anne van der Berg").
    """
    shouting = [_shouts(w) for w in words]
    if any(shouting) and not all(shouting):
        given = [w for w, loud in zip(words, shouting, strict=True) if not loud]
        return given, [_case(w) for w, loud in zip(words, shouting, strict=True) if loud]
    words = [_case(w) for w in words]
    if len(words) == 2 and _spelled_reversed(words, email):
        words = [words[1], words[0]]
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return words[:start], words[start:]


def _leads(words: list[str], email: str) -> bool:
    """True when the address starts with the first of two or more words ("dana.ruiz@")."""
    parts = [p for p in re.split(r"[._-]", email.rpartition("@")[0].casefold()) if p]
    return len(words) > 1 and bool(parts) and parts[0] in _plain(words[0])


def _spelled_reversed(words: list[str], email: str) -> bool:
    """True when the address's local part spells two words the other way ("lukas.brandt")."""
    parts = [p for p in re.split(r"[._-]", email.rpartition("@")[0].casefold()) if p]
    if len(parts) != 2 or words[0].casefold() == words[1].casefold():
        return False
    first, second = (_plain(w) for w in words)
    return parts[1] in first and parts[0] in second


def _plain(word: str) -> set[str]:
    """A word as an address may spell it: "Müller" is "muller" or "mueller"."""
    folded = word.casefold()
    spelled = folded.translate(_UMLAUTS)
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return {folded, spelled, bare}


_UMLAUTS: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _shouts(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and not _initial(word)


def _case(word: str) -> str:
    """A word in capitals or in lower case written as a name ("MÜLLER-LÜDENSCHEIDT")."""
    if word in _PARTICLES:
        return word
    if _initial(word):
        return word.upper()  # "a.m." is A.M.
    if _shouts(word) or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


#: Initials: "J.", "A.M.", "J.H.M.", "A.-M." (a dot after each letter; the last one may
#: be lost with the punctuation around it: "A.M").
_INITIALS: Final = lazy_pattern(r"^(?:[^\W\d_]\.[-\u2011]?)+[^\W\d_]?$")


def _initial(word: str) -> bool:
    """True for initials ("J.", "A.M."), which are no name to call anyone by."""
    return _INITIALS.match(word) is not None


def is_particle(word: str) -> bool:
    """True for a word that belongs to the surname it precedes ("van", "de la", "von")."""
    return word.casefold() in _PARTICLES


def initials_only(given: str) -> bool:
    """True when the given names are written as initials only ("J.", "A.M."), or not at all."""
    return all(_initial(word) for word in given.split())


def _legal(word: str) -> bool:
    """True for a firm's legal form ("LLP", "GmbH", "B.V.", "S.A.R.L.")."""
    return _bare(word).replace(".", "") in _LEGAL_FORMS


def _not_person(word: str) -> bool:
    """True for a word of a team's, a role's or a system's name ("Recruiting", "Humaines")."""
    return _bare(word) in _NOT_PERSON or is_team_word(word)


def _bare(word: str) -> str:
    return word.casefold().strip(".,;:")


#: "Marta Gil (marta.gil@alcarria.example)", "Marta Gil <marta.gil@...>", "Marta Gil:
#: marta.gil@...": a name written just before an address.
_NAMED_ADDRESS: Final = lazy_pattern(
    r"(?P<name>\b[A-ZÀ-Þ][\w'\u2019-]+(?:\s+(?:[A-ZÀ-Þ][\w'\u2019-]+|de|del|la|van|von|der|den)){0,4})"
    r"\s*(?:[(<\[]|:|,|-)\s*(?:mailto:)?(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)


def addresses_in(text: str) -> list[Address]:
    """The people a text names with their address, as addresses (a name only if it is one)."""
    found = []
    for match in _NAMED_ADDRESS.finditer(text):
        email = match.group("email").rstrip(".").lower()
        name = person_name(match.group("name"), email)
        found.append(Address(name.whole if name is not None else "", email))
    return found
