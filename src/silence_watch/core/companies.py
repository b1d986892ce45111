"""How mail names a company: its domains, the relays that write for it, its name's words.

Facts about the world, shared by matching and by reading invitations: applicant-tracking
systems and scheduling tools send on a company's behalf from their own domains; free mail
providers (gmail.com, outlook.com, ...) are shared by thousands of strangers, so their
domains never identify a company; and "Acme Systems Corp" signs its mail as "Acme".

Pure: no IO, no clock.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

#: Sending domains of applicant-tracking systems (subdomains included), by product.
ATS_DOMAINS: Mapping[str, str] = {
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",
    "hire.lever.co": "Lever",
    "jobs.lever.co": "Lever",
    "myworkday.com": "Workday",
    "myworkdayjobs.com": "Workday",
    "ashbyhq.com": "Ashby",
    "smartrecruiters.com": "SmartRecruiters",
    "icims.com": "iCIMS",
    "jobvite.com": "Jobvite",
    "workablemail.com": "Workable",
    "workable.com": "Workable",
    "bamboohr.com": "BambooHR",
    "teamtailor.com": "Teamtailor",
    "teamtailor-mail.com": "Teamtailor",
    "recruitee.com": "Recruitee",
    "personio.de": "Personio",
    "personio.com": "Personio",
    "applytojob.com": "JazzHR",
    "successfactors.com": "SAP SuccessFactors",
    "successfactors.eu": "SAP SuccessFactors",
    "taleo.net": "Oracle Taleo",
    "join.com": "JOIN",  # a word: its vendor's own domain only, never a label elsewhere
    "homerun.co": "Homerun",  # a word too: "messages.homerun.co", never "homerun" elsewhere
    "breezy.hr": "Breezy HR",
    # public employers' hiring systems
    "civilservicejobs.service.gov.uk": "Civil Service Jobs",
    "usajobs.gov": "USAJOBS",
    "governmentjobs.com": "NEOGOV",
    "jobs.nhs.uk": "NHS Jobs",
    "trac.jobs": "TRAC",
}

#: Applicant-tracking systems and assessment platforms known by a label of their mail
#: domain ("mail.personio.de", "softgarden.io", "eu.greenhouse-mail.io"): a relay wherever
#: they send from. Only labels no employer is likely to own; the kind rules
#: (``core.kinds.ATS_DOMAIN``) know these and a few more.
ATS_LABELS: Mapping[str, str] = {
    "greenhouse": "Greenhouse", "myworkday": "Workday", "myworkdayjobs": "Workday",
    "ashbyhq": "Ashby", "smartrecruiters": "SmartRecruiters", "icims": "iCIMS",
    "jobvite": "Jobvite", "workable": "Workable", "workablemail": "Workable",
    "bamboohr": "BambooHR", "teamtailor": "Teamtailor", "recruitee": "Recruitee",
    "personio": "Personio", "successfactors": "SAP SuccessFactors", "taleo": "Oracle Taleo",
    "applytojob": "JazzHR", "jazzhr": "JazzHR", "taleez": "Taleez", "softgarden": "Softgarden",
    "breezyhr": "Breezy HR", "pinpointhq": "Pinpoint", "jobylon": "Jobylon",
    "welcomekit": "Welcome to the Jungle", "flatchr": "Flatchr", "dvinci": "d.vinci",
    "rexx-systems": "rexx", "onlyfy": "onlyfy", "prescreen": "prescreen",
    "concludis": "concludis", "talentsoft": "Talentsoft", "beetween": "Beetween",
    "csod": "Cornerstone", "cornerstoneondemand": "Cornerstone", "ultipro": "UKG",
    "dayforcehcm": "Dayforce", "paylocity": "Paylocity", "avature": "Avature",
    "phenompeople": "Phenom", "bullhorn": "Bullhorn", "jobadder": "JobAdder",
    "manatal": "Manatal", "zohorecruit": "Zoho Recruit", "freshteam": "Freshteam",
    "hibob": "HiBob", "hirehive": "HireHive", "occupop": "Occupop", "carerix": "Carerix",
    "recruiterbox": "Recruiterbox", "hireology": "Hireology", "hirevue": "HireVue",
    "hackerrank": "HackerRank", "codility": "Codility", "codingame": "CodinGame",
    "testgorilla": "TestGorilla", "codesignal": "CodeSignal", "coderbyte": "Coderbyte",
    "devskiller": "DevSkiller",
    "welcometothejungle": "Welcome to the Jungle", "wttj": "Welcome to the Jungle",
    "rexx-recruitment": "rexx", "umantis": "Abacus Umantis", "kenjo": "Kenjo",
    "factorialhr": "Factorial", "digitalrecruiters": "Digitalrecruiters",
    "jobaffinity": "Jobaffinity", "tribepad": "Tribepad", "oleeo": "Oleeo", "eploy": "Eploy",
    "pageuppeople": "PageUp", "brassring": "Kenexa BrassRing", "applicantpro": "ApplicantPro",
    "hiringthing": "HiringThing", "recruiterflow": "Recruiterflow", "talentlyft": "TalentLyft",
    "jobdiva": "JobDiva", "ceipal": "Ceipal", "harver": "Harver", "vervoe": "Vervoe",
    "criteriacorp": "Criteria", "pymetrics": "pymetrics", "alvalabs": "Alva Labs",
}

#: Job boards that relay an employer's word ("Your application status: Not selected",
#: "Dana Whitfield via Indeed", "Birte Petersen hat Ihnen eine Nachricht geschickt"): by
#: the label before the top-level domain, like the hiring systems (tester round t66jb).
#: Networks whose messages are a person's (LinkedIn, XING) are ``core.network_messages``';
#: Glassdoor is none: it sends reviews and "how was your interview?" prompts (t34mm).
JOB_BOARDS: Mapping[str, str] = {
    "indeed": "Indeed", "indeedemail": "Indeed", "stepstone": "StepStone", "otta": "Otta",
    "infojobs": "InfoJobs", "jobteaser": "JobTeaser", "malt": "Malt",
    "totaljobs": "Totaljobs", "ziprecruiter": "ZipRecruiter", "hellowork": "HelloWork",
    "computrabajo": "Computrabajo", "bumeran": "Bumeran", "jobat": "Jobat",
    "nationalevacaturebank": "Nationale Vacaturebank", "wellfound": "Wellfound",
}

#: Scheduling tools that send interview invitations on a company's behalf.
SCHEDULER_DOMAINS: Mapping[str, str] = {
    "calendly.com": "Calendly",
    "goodtime.io": "GoodTime",
    "youcanbook.me": "YouCanBookMe",
    "modernloop.io": "ModernLoop",
}

#: Free mail providers: a company's recruiter may write from one, but the domain alone
#: never says which company.
CONSUMER_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "gmx.de",
        "web.de",
        "t-online.de",
        "mail.com",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "tutanota.com",
        "yandex.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "126.com",
        "naver.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "seznam.cz",
        "wp.pl",
        "comcast.net",
        "btinternet.com",
    },
)

#: Providers with a domain per country (yahoo.co.uk, hotmail.fr, outlook.de, ...).
CONSUMER_PROVIDERS: frozenset[str] = frozenset(
    {"gmail", "yahoo", "hotmail", "outlook", "live", "gmx", "aol", "icloud", "yandex"},
)

#: Words that end a company's name without naming it: legal forms and the generic words
#: mail drops ("Acme Corp" and "Cyberdyne Systems" sign as "Acme" and "Cyberdyne").
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "llc",
        "ltd",
        "limited",
        "plc",
        "gmbh",
        "ag",
        "kg",
        "se",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "sl",
        "slu",
        "cv",
        "de",  # "S.A. de C.V."
        "sprl",
        "bvba",
        "bv",
        "nv",
        "ab",
        "as",
        "asa",
        "oy",
        "pty",
        "lp",
        "llp",
        "group",
        "holdings",
        "systems",
        "technologies",
        "technology",
        "software",
        "solutions",
        "industries",
        "labs",
        "international",
    },
)


def mail_domain(written: str) -> str:
    """The mail domain a person wrote: "https://www.acme.example/careers" is acme.example.

    Raises ``ValueError`` for what is no domain ("acme", "acme corp"): mail could never
    match it, and the candidate would not know why.
    """
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", written.strip().lower()).lstrip("@")
    host = re.split(r"[/?#:]", host, maxsplit=1)[0].removeprefix("www.").strip(".")
    if "." not in host or not re.fullmatch(r"[\w.-]+", host):
        raise ValueError(f"{written.strip()!r} is not a mail domain (write it like acme.example)")
    return host


def domain_matches(domain: str, company_domains: Collection[str]) -> bool:
    """True when ``domain`` is one of ``company_domains`` or a subdomain of one."""
    domain = domain.lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in company_domains)


def is_consumer_domain(domain: str) -> bool:
    """True for free mail providers, whose domain says nothing about a company."""
    domain = domain.lower().rstrip(".")
    if domain in CONSUMER_DOMAINS:
        return True
    labels = domain.split(".")
    # "yahoo.co.uk", "hotmail.fr": a provider's name followed only by a country suffix;
    # "gmail.example": the reserved stand-in (RFC 2606) tests and examples write for it.
    return (
        len(labels) in {2, 3}
        and labels[0] in CONSUMER_PROVIDERS
        and all(len(label) <= 3 or label == "example" for label in labels[1:])
    )


@functools.lru_cache(maxsize=4096)
def relay_of(domain: str) -> str | None:
    """The applicant-tracking system or scheduling tool that owns ``domain``, if any.

    Compared without the top-level domain, as the classifier does: relays send from
    national variants (``greenhouse-mail.eu``) and test mail uses ``.example``. Cached:
    the index asks this for every sender of every message, and senders repeat.
    """
    name = _without_tld(domain.lower().rstrip("."))
    for relay_name, product in _RELAY_NAMES:
        if name == relay_name or name.endswith("." + relay_name):
            return product
    # The vendor's own name, the label before the top-level domain ("mail.softgarden.io";
    # "greenhouse-mail", "codingame-assess" with a suffix), never a company's subdomain.
    label = name.rpartition(".")[2]
    return (
        ATS_LABELS.get(label) or ATS_LABELS.get(label.rpartition("-")[0]) or JOB_BOARDS.get(label)
    )


def vendor_named(name: str, domain: str) -> bool:
    """Whether a relay's mail is signed with the vendor's own name, not an employer's.

    "Welcome to the Jungle <hello@news.welcometothejungle...>" is the platform's newsletter
    (tester round t56av), never a company's hiring system writing under its name.
    """
    product = relay_of(domain)
    return product is not None and _letters(name) == _letters(product)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _without_tld(domain: str) -> str:
    return domain.rpartition(".")[0] or domain


#: The relay tables with the top-level domain already removed, in lookup order.
_RELAY_NAMES: tuple[tuple[str, str], ...] = tuple(
    (_without_tld(relay_domain), product)
    for table in (ATS_DOMAINS, SCHEDULER_DOMAINS)
    for relay_domain, product in table.items()
)


#: Letters written with stops: "b.v.", "s.a", "n.v." (a legal form spelled out).
_DOTTED = re.compile(r"\b(?:\w\.){1,3}\w\b\.?")


def company_names(company: str) -> tuple[str, ...]:
    """The ways mail names a company, case-folded: in full, then shorter without suffixes.

    ``"Acme Systems Corp"`` is named ``"acme systems corp"``, ``"acme systems"``, ``"acme"``;
    a legal form written with stops ("B.V.", "S.A.", "N.V.") is that form.
    """
    undotted = _DOTTED.sub(lambda found: found.group(0).replace(".", ""), company.casefold())
    words = re.findall(r"[\w&'-]+", undotted)
    names = [" ".join(words)]
    while len(words) > 1 and words[-1].strip(".") in COMPANY_SUFFIXES:
        words = words[:-1]
        names.append(" ".join(words))
    return tuple(dict.fromkeys(name for name in names if name))


@functools.lru_cache(maxsize=65536)
def company_key(name: str) -> str:
    """A company's name as it compares: case, accents, punctuation and legal form dropped.

    ``"Acme Corp"``, ``"ACME Corporation"`` and ``"Acme, Inc."`` are all ``"acme"``.
    """
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = _DOTTED.sub(lambda found: found.group(0).replace(".", ""), plain.casefold())
    plain = re.sub(r"[^\w&\s-]", " ", plain)
    plain = re.sub(r"^the\s+", "", plain.strip())
    names = company_names(plain)
    return names[-1] if names else ""
