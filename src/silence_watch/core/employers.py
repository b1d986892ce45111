"""Who is hiring, for what, and through whom: company, role and agency as mail names them.

A proposal names the company as the company writes itself: "Acme Corp" from the subject,
the body ("your interview with Acme Corp", "the Data Engineer position at Acme"), an
applicant-tracking system's sender name ("Globex Recruiting"), the Organization header or
the signature, and only then the sender's domain, spelled as the mail spells it
("vantageorbital" -> "Vantage Orbital") and capitalised when nothing spells it. A
recruiter who writes for "my client Initech" is the agency, Initech the company. Roles are
a run of capitalised words ending in a job noun ("Senior Data Engineer").

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import (
    COMPANY_SUFFIXES,
    is_consumer_domain,
    relay_of,
)
from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence


#: Words that show a title segment names a job ("Data Engineer"), not a company.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "engineer", "developer", "designer", "manager", "analyst", "scientist", "architect", "lead",
        "director", "consultant", "specialist", "coordinator", "administrator", "intern",
        "internship", "researcher", "accountant", "officer", "associate", "assistant", "technician",
        "writer", "editor", "representative", "executive", "sre", "devops", "programmer",
        "strategist", "owner", "entwickler", "ingenieur", "berater", "développeur", "ingénieur",
        "desarrollador", "ingeniero", "ontwikkelaar"
    }
)

#: Words of the meeting itself ("Technical interview"); they are neither role nor company.
MEETING_WORDS: frozenset[str] = frozenset(
    {
        "interview", "interviews", "call", "screen", "screening", "chat", "meeting", "conversation",
        "round", "onsite", "on-site", "technical", "phone", "video", "zoom", "teams", "final",
        "first", "second", "third", "panel", "intro", "introduction", "invitation", "invite",
        "updated", "rescheduled", "canceled", "cancelled", "confirmed", "confirmation", "scheduled",
        "entretien", "vorstellungsgespräch", "gespräch", "colloquio", "entrevista",
        "sollicitatiegesprek", "intervju", "zweitgespräch", "erstgespräch", "kennenlerngespräch",
        "telefoninterview", "termin", "bestätigt", "confirmé", "confirmada", "gesprek",
        "afspraak", "bevestigd",
    }
)

#: Names that are never the employer: pronouns, tools, calendar words, job boards.
NOT_COMPANIES: Final = frozenset(
    {
        "i", "we", "you", "our", "the", "this", "that", "it", "us", "your", "my", "their", "team",
        "hiring", "recruiting", "talent", "hr", "zoom", "teams", "microsoft", "google", "meet",
        "calendly", "goodtime", "modernloop", "greenhouse", "lever", "ashby", "workday", "linkedin",
        "indeed", "glassdoor", "interview", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "tomorrow", "hi", "hello", "dear", "thanks", "thank", "best",
        "regards", "please", "looking", "great", "congratulations", "unfortunately", "a", "an",
        "confirmed", "scheduled", "invitation", "event", "meeting", "recruiter", "candidate",
        "jobs", "careers", "position", "role", "no-reply", "noreply", "ihr", "sie", "wir", "nous",
        "vous"
    }
)

#: Legal forms that end a company's registered name (and nothing else).
LEGAL_FORMS: Final = frozenset(
    {"inc", "llc", "ltd", "plc", "gmbh", "ag", "kg", "bv", "b.v", "nv", "sa", "sas", "sarl",
     "srl", "spa", "s.p.a", "ab", "oy", "asa", "pty", "llp", "corp", "co"}
)

#: Words of an agency's own name ("Talent Bridge", "Northstar Recruiting").
AGENCY_WORDS: Final = frozenset(
    {
        "talent", "recruit", "recruiting", "recruitment", "recruiters", "staffing", "search",
        "headhunters", "headhunting", "agency", "personnel", "placement", "executive-search"
    }
)

#: Titles of the people who write to candidates; never the job on offer.
_WRITERS_TITLES: Final = frozenset(
    {"hiring manager", "recruiting coordinator", "talent acquisition specialist",
     "talent acquisition manager", "technical recruiter", "recruiter"}
)

#: A capitalised word of a name ("Acme", "AT&T", "O'Reilly"); a dot only inside ("S.A").
_CAP = r"[A-Z0-9](?:[\w&'\u2019+-]|\.(?=\w))*"
#: Up to four such words on one line (a name never runs on into the next line).
_NAME = rf"(?P<c>{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,3}})"
_ROLE_RUN = r"(?P<r>(?:[A-Z][\w/+#.-]*\s+){0,4}[A-Z][\w-]*)"


def _rx(pattern: str) -> re.Pattern[str]:
    # Only the lead-in words ignore case: a company or role is written with capitals.
    return lazy_pattern(pattern)


#: Where text names the employer, most telling first, and how far each can be trusted:
#: ``client`` (a recruiter's client: the writer is an agency), ``safe`` (a company for
#: sure), ``risky`` ("interview with X": X may be a person, "Dana Ruiz").
COMPANY_PHRASES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (_rx(rf"\b(?i:my|our)\s+(?i:client),?\s+{_NAME}"), "client"),
    (_rx(rf"\b(?i:mein(?:em)?\s+Kunden?|notre\s+client|nuestro\s+cliente|onze\s+klant),?\s+"
         rf"{_NAME}"), "client"),
    (_rx(rf"\b(?i:position|role|job|opening|opportunity|vacancy|internship|career)\s+"
         rf"(?i:at|with)\s+{_NAME}"), "safe"),
    (_rx(rf"\b(?i:interest in|applying to|applying at|application to|application at|application"
         rf" with|applied to|applied at|applying for a role at|thank you for choosing)\s+{_NAME}"),
     "safe"),
    (_rx(rf"\b(?i:Gespräch|Vorstellungsgespräch|Interview|Bewerbung|Position|Stelle)\s+"
         rf"(?i:bei)\s+{_NAME}"), "safe"),
    (_rx(rf"\b(?i:entretien|poste|candidature)\s+(?i:chez|au sein de)\s+{_NAME}"), "safe"),
    (_rx(rf"\b(?i:entrevista|puesto|candidatura)\s+(?i:en)\s+{_NAME}"), "safe"),
    (_rx(rf"\b(?i:gesprek|sollicitatie|functie)\s+(?i:bij)\s+{_NAME}"), "safe"),
    (_rx(rf"\b(?i:interview|interviews|interviewing|conversation|call|chat|screen|meeting|onsite"
         rf"|loop|time|team|round)\s+(?i:with|at)\s+(?:the\s+)?{_NAME}"), "risky"),
    (_rx(rf"{_NAME}\s+(?i:would like to|is excited|team would like|has invited|is inviting"
         rf"|möchte|souhaite|quiere)\b"), "risky"),
)

#: Where text names the job.
ROLE_PHRASES: Final[tuple[re.Pattern[str], ...]] = (
    _rx(rf"\b(?i:for|as|the|of|our)\s+(?:(?i:the|a|an)\s+)?{_ROLE_RUN}\s+(?i:role|position"
        r"|opening|job|vacancy|opportunity|req|interview)\b"),
    _rx(rf"\b(?i:role|position|job title|poste|Stelle|puesto|vacature|functie)\s*(?i:of|as|de|d'"
        rf"|als|:|\u2013|-)?\s*{_ROLE_RUN}"),
    _rx(rf"\b(?i:als|comme|como)\s+{_ROLE_RUN}"),
    _rx(rf"{_ROLE_RUN}\s+(?i:interview|at|@|bei|chez)\b"),
)

_SEPARATORS_RE = lazy_pattern(
    r"\s+[-\u2013\u2014|/x·]\s+|\s*<>\s*|:\s+|[()\[\]]|\s+(?:at|with|for|between|@)\s+",
    re.IGNORECASE,
)
_DISPLAY_NOISE = lazy_pattern(
    r"\s*(?:\bvia\b.*|\((?:via|through)[^)]*\)|\b(?:recruiting|recruitment|hiring|talent"
    r"(?:\s+acquisition)?|careers?|jobs|people(?:\s+team)?|hr|team|notifications?|no-?reply"
    r"|karriere|recrutement|reclutamento)\b)+\s*$",
    re.IGNORECASE,
)
_DISPLAY_LEAD = lazy_pattern(
    r"^\s*(?:(?:recruiting|talent|hiring|careers?)(?:\s+team)?\s+(?:at|@)\s+|the\s+)",
    re.IGNORECASE,
)


def domain_label(domain: str) -> str:
    """The name part of a domain: ``acme`` in ``careers.acme.example`` or ``acme.co.uk``."""
    labels = domain.split(".")
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def company_domain(domain: str) -> bool:
    """True for a domain that can name an employer: not free mail, not a relay."""
    return bool(domain) and not is_consumer_domain(domain) and relay_of(domain) is None


def names_label(segment: str, label: str) -> bool:
    """True when ``segment`` carries ``label`` as a word, or spells it ("Acme Corp")."""
    folded = segment.casefold()
    return label in re.findall(r"\w+", folded) or re.sub(r"\W", "", folded) == label


def contains_words(segment: str, phrase: str) -> bool:
    """True when ``phrase`` stands in ``segment`` as whole words (case-folded)."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", segment.casefold()) is not None


def spelled_out(label: str, texts: Sequence[str]) -> str | None:
    """Words in ``texts`` that spell ``label`` when joined, as they are written there.

    "Vantage Orbital" spells "vantageorbital"; None when no text has such words.
    """
    for text in texts:
        words = [w for w in re.findall(r"[\w&'.-]+", text) if re.search(r"[^\W_]", w)]
        for size in (2, 3, 4, 1):
            for start in range(len(words) - size + 1):
                window = words[start : start + size]
                if squeezed("".join(window)) == squeezed(label):
                    return " ".join(window)
    return None


def title_guess(
    summary: str,
    domains: Sequence[str],
    people: Collection[str],
) -> tuple[str | None, str | None]:
    """Company and role from a title ("Acme Corp - Data Engineer - Interview")."""
    segments = [s.strip(" ,;:-") for s in _SEPARATORS_RE.split(summary)]
    segments = [
        s
        for s in segments
        if s and "@" not in s and not any(contains_words(s, person) for person in people)
    ]
    role: str | None = None
    plain: list[str] = []
    for segment in segments:
        words = {w.casefold() for w in re.findall(r"[\w-]+", segment)}
        kept = [w for w in segment.split() if w.casefold().strip(".,") not in MEETING_WORDS]
        if ROLE_NOUNS & words:
            role = role or " ".join(kept) or None
        elif kept and len(kept) == len(segment.split()):
            plain.append(segment)
    labels = [domain_label(d) for d in domains]
    # A segment that carries the organizer's domain name beats any other plain segment;
    # with a company domain but no such segment, the domain is the better guess.
    named = [s for s in plain if any(names_label(s, label) for label in labels)]
    if named:
        return named[0], role
    if labels:
        return labels[0].capitalize(), role
    return (plain[0] if plain else None), role


def display_company(name: str) -> str | None:
    """The company in a machine sender's name: "Globex Recruiting", "Acme via Greenhouse"."""
    if not name:
        return None
    core = _DISPLAY_NOISE.sub("", _DISPLAY_LEAD.sub("", name)).strip(" -|,")
    return core if plausible(core) else None


def phrase_company(text: str, people: Collection[str] = ()) -> tuple[str | None, str]:
    """The employer a text names in a telling phrase, and the phrase's kind (see above)."""
    folded_people = {p.casefold() for p in people if p}
    first_names = {p.split()[0] for p in folded_people if p.split()}
    for pattern, kind in COMPANY_PHRASES:
        for found in pattern.finditer(text):
            name = _trim(found.group("c"))
            if name is None:
                continue
            folded = name.casefold()
            if folded in folded_people or folded.split()[0] in first_names:
                continue
            return name, kind
    return None, ""


def role_in(texts: Sequence[str]) -> str | None:
    """The job the texts name ("Data Engineer"), from the first text that names one."""
    for text in texts:
        for pattern in ROLE_PHRASES:
            for found in pattern.finditer(text):
                role = _role(found.group("r"))
                if role is not None:
                    return role
    return None


def is_agency_name(name: str) -> bool:
    """True for a name made of a recruiter's words ("Talent Bridge", "Apex Staffing")."""
    return bool({w.casefold() for w in re.findall(r"[\w-]+", name)} & AGENCY_WORDS)


def tool_name(domain: str) -> str | None:
    """The scheduling tool or applicant-tracking system that sent from ``domain``."""
    return relay_of(domain)


def squeezed(name: str) -> str:
    """A name as plain letters and digits, case-folded: "Grupo Alcázar" -> "grupoalcazar"."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    return re.sub(r"[\W_]", "", "".join(c for c in plain if not unicodedata.combining(c)))


def label_words(label: str) -> str:
    """A domain's name as words when nothing spells it: "fuchs-soehne" -> "Fuchs Soehne"."""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", label) if part)


def _trim(name: str) -> str | None:
    """A captured name without trailing sentence words, or None when it names no company."""
    words = name.rstrip(".,;:!?").split()
    while words and words[-1].casefold().strip(".,'\u2019s") in NOT_COMPANIES | {"team", "s"}:
        words.pop()
    while words and words[0].casefold() in NOT_COMPANIES:
        words.pop(0)
    candidate = " ".join(words).removesuffix("'s").removesuffix("\u2019s").strip(" .,")
    return candidate if plausible(candidate) else None


def plausible(name: str) -> bool:
    """True for text that can be a company's name: 1-4 words, capitalised, no job, no pronoun."""
    words = name.split()
    if not words or len(words) > 4 or len(name) > 40:
        return False
    if all(w.casefold().strip(".,") in NOT_COMPANIES | COMPANY_SUFFIXES for w in words):
        return False
    if any(w.casefold() in ROLE_NOUNS for w in words):
        return False
    return words[0][:1].isupper() or words[0][:1].isdigit()


def with_suffix(part: str, line: str) -> str:
    """"Acme" written as "Acme Corp" in the text keeps its legal form."""
    found = re.search(rf"(?<!\w){re.escape(part)}\s+(\w+)\.?", line)
    if found and found.group(1).casefold() in COMPANY_SUFFIXES:
        return f"{part} {found.group(1)}"
    return part


def _role(run: str) -> str | None:
    words = run.split()
    while words and words[0].casefold() in {"the", "a", "an", "our", "for", "as", "of"} | (
        MEETING_WORDS
    ):
        words.pop(0)
    if not words or words[-1].casefold().strip(".,") not in ROLE_NOUNS:
        return None
    if len(words) == 1 and words[0].casefold() in {"lead", "owner", "associate", "officer"}:
        return None
    role = " ".join(words).strip(".,")
    # A title of the person writing, not the job on offer.
    return None if role.casefold() in _WRITERS_TITLES else role
