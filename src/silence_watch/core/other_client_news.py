"""An agency's mail, in one process's thread, whose own words are about another client. Pure.

An agency writes about all its clients from one mailbox, and on a phone it answers
whatever thread is on top (tester round u41ag):

- Becky answers Rhys's Wrenfield debrief, in the Wrenfield thread, with "sorry, replying
  on the wrong email ... Ashby & Cole have just rung - they've decided to go with an
  internal candidate for the BI Developer role". Tied by its thread, the no settled
  Wrenfield, and a feedback request went to Wrenfield's interviewer for a decision
  Wrenfield never made. When the own words (the quote and the thread's "RE:" subject left
  out) name another of her processes placed by the same agency, by its company or its
  role, and neither the company nor the role of the thread's process, the mail is that
  other process's (``client_named_instead``). Words that name both stay in doubt and are
  asked about (``core.role_doubt``).
- Svenja answers Murat's Havelberg debrief with a pitch: "Ich hab seit gestern ein neues
  Mandat bei der Kessler Maschinenbau AG ... Hättest du Lust, dass ich dich da auch
  vorstelle? Sag mir einfach bis Montag Bescheid". Her question is about Kessler, not a
  step Havelberg set him: read as Havelberg's request, the process waited on him for
  good. A new opening at a company that is neither this process's nor the agency's, in
  the agency's own words, is no news of this process ("other", surely: the waiting goes
  on), unless its other sentences (those before the pitch, and those after it that name
  this process's company or role) say something of their own: then the reading stands.
  A decision read in such mail (a no, an offer, a pause) may be the other client's: it
  is asked about, never acted on (``pitch_reading``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from silence_watch.core.companies import company_key
from silence_watch.core.dates import plain_sentences, promised_date
from silence_watch.core.intents import intent_of
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.other_clients import company_named, names_in
from silence_watch.core.quotes import own_text
from silence_watch.core.reach import agency_domains
from silence_watch.core.roles import names_role

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.classify import Classification
    from silence_watch.core.model import Interview, Message

#: How sure a decision is at most when it sits beside a pitch for another client: asked.
_DOUBTFUL: Final = 0.5
#: Readings that decide: beside a pitch they may be the other client's.
_DECISIONS: Final = frozenset({Intent.REJECTION, Intent.OFFER, Intent.ON_HOLD})
#: Readings that say nothing of the process on their own.
_NO_NEWS: Final = frozenset({Intent.PLEASANTRY, Intent.OTHER, None})

#: A new opening (folded): "ein neues Mandat", "another role", "une nouvelle mission",
#: "una nueva posición", "een nieuwe vacature"; or one said to suit her ("una posición ...
#: que te encaja", "a role that would suit you", "passt perfekt zu dir").
_OPENING_NOUN: Final = (
    r"(?:mandat|stelle|position|rolle|vakanz|suchauftrag|job|role|opportunity|opening|vacancy"
    r"|mandate|search|poste|mission|opportunite|posicion|puesto|vacante|oportunidad|vacature"
    r"|functie|rol|positie|opdracht)"
)
_NEW_OPENING: Final = lazy_pattern(
    r"\b(?:neue[snrm]?|weitere[snrm]?|andere[snrm]?|new|another|other|further|nouve(?:au|l|lle)s?"
    r"|autres?|nuev[oa]s?|otr[oa]s?|nieuwe?)\s+(?:\w+\s+){0,2}?" + _OPENING_NOUN + r"\w*\b"
    r"|\b" + _OPENING_NOUN + r"\b[^.!?]{0,160}?\b(?:te encaja|would suit you|suits you|fits you"
    r"|passt (?:perfekt |gut |super )?zu (?:dir|ihnen)|correspond(?:rait)? a (?:ton|votre)"
    r" profil|past (?:goed |perfect )?bij (?:je|jou|u))\b"
)
#: The company an opening is at, as written: "bei der Kessler Maschinenbau AG", "at Ferngrove
#: Analytics", "chez Valmont", "en Grupo Bellavista", "bij Zeeburg Logistics".
_AT_COMPANY: Final = lazy_pattern(
    r"\b(?:at|with|bei|bij|chez|en|voor)\s+(?:(?:der|dem|den|the|de|la|el|het)\s+)?"
    r"(?!(?:Sie|Ihnen|Dich|Dir|Du|You|Vous|Usted|Ustedes|Ti|Jou|Je|U|Uns|Us|Nous|Nosotros|Ons"
    r"|Herrn?|Frau|Mr|Mrs|Ms|Dr|Mme|Mlle|Monsieur|Madame|Sr|Sra|Dhr|Mevr|Meneer|Mevrouw"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Lunes|Martes"
    r"|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Lundi|Mardi|Mercredi|Jeudi|Vendredi)\b)"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,3})"
)
#: How far after the opening its company is named ("una posición de Jefa de Compras en ...").
_NEAR: Final = 60
#: "Ashby & Cole Logistics" is "Ashby & Cole" in a hurried message: the pair its name opens with.
_PAIR: Final = lazy_pattern(r"^(\w+ (?:&|and|und|et|y|en) \w+) \w")


def client_named_instead(
    message: Message, interview: Interview, interviews: Sequence[Interview]
) -> Interview | None:
    """Another process through the same agency that the agency's own words are about, alone.

    ``interview`` is the round the message was tied to; the round returned is the other
    process's latest before the message (else its first).
    """
    if interview.agency is None or not _from_agency(message, interview):
        return None
    text = own_text(message.body or "")
    if _names_process(text, interview):
        return None
    sentences = plain_sentences(text)
    agency = company_key(interview.agency.name)
    named = [
        iv for iv in interviews
        if iv.agency is not None and company_key(iv.agency.name) == agency and not iv.closed
        and iv.process_id != interview.process_id
        and iv.company.casefold() != interview.company.casefold()
        and _news_of(iv, sentences, message, unlike=interview.role)
    ]  # fmt: skip
    if len({iv.process_id for iv in named}) != 1:
        return None  # none, or two others: which one is not for the words to say
    when = message.date
    before = [iv for iv in named if when is None or iv.date <= when]
    return max(before, key=lambda iv: iv.date) if before else min(named, key=lambda iv: iv.date)


def pitch_reading(
    message: Message, reading: Classification, interview: Interview
) -> Classification:
    """The reading of an agency's mail once a pitch for another client in it is set aside."""
    if interview.agency is None or reading.kind is not MessageKind.HUMAN or (
        not _from_agency(message, interview)
    ):
        return reading
    sentences = plain_sentences(own_text(message.body or ""))
    at = next((i for i, s in enumerate(sentences) if _pitched(s, interview)), None)
    if at is None:
        return reading
    company = _pitched(sentences[at], interview)
    if reading.intent in _DECISIONS:  # maybe the other client's decision: ask
        why = f"it pitches another client ({company}): is its news about {interview.company}?"
        return replace(reading, confidence=min(reading.confidence, _DOUBTFUL),
                       reasons=(*reading.reasons, why))  # fmt: skip
    ours = [*sentences[:at], *(s for s in sentences[at + 1 :] if _names_process(s, interview))]
    if any(_news(s, message) for s in ours):
        return reading  # it says something of this process too: read as before
    why = (f"intent other, surely: {interview.agency.name} pitches another client ({company});"
           f" nothing in it is news of {interview.company}")  # fmt: skip
    return replace(reading, intent=Intent.OTHER, confidence=CERTAIN, promised_by=None,
                   revisit_by=None, reasons=(why, *reading.reasons))  # fmt: skip


def _pitched(sentence: str, interview: Interview) -> str | None:
    """The company a new opening in ``sentence`` is at, when it is neither ours nor the agency's."""
    opening = _NEW_OPENING.search(fold(sentence))  # folding keeps the places, near enough
    if opening is None or _names_process(sentence, interview, by_role=False):
        return None  # "Frank would like to meet you for another role at Brandwerk": ours
    ours = {*_words(interview.company), *_words(interview.agency.name if interview.agency else "")}
    for found in _AT_COMPANY.finditer(sentence, opening.start()):
        if found.start() > opening.end() + _NEAR:
            break  # "... nah an Ihrem bisherigen Job bei der Uni": not where it is
        name = found.group("name").rstrip(".")
        if found.group(0).startswith("en ") and len(name.split()) < 2:
            continue  # "en Santiago", "en Marketing": a place or a team, not a firm
        if _words(name) and not _words(name) & ours:
            return name
    return None


def _news_of(
    interview: Interview, sentences: Sequence[str], message: Message, unlike: str
) -> bool:
    """Whether a sentence that names the process, or the one after it, says something.

    "Ashby & Cole have just rung. They've decided to go with an internal candidate" is
    their news; "Good luck at Ashby & Cole tomorrow!", and nothing after it, is none.
    """
    return any(
        _names_process(sentence, interview, unlike=unlike)
        and any(_news(s, message) for s in sentences[i : i + 2])
        for i, sentence in enumerate(sentences)
    )


def _news(sentence: str, message: Message) -> bool:
    """Whether a sentence says something of its own: a known phrase or a day promised."""
    found = intent_of(sentence)
    if found is not None and found[0] not in _NO_NEWS:
        return True
    return message.date is not None and promised_date(sentence, message.date) is not None


def _names_process(
    text: str, interview: Interview, unlike: str = "", *, by_role: bool = True
) -> bool:
    """Whether ``text`` names the process's company, or its role (when not ``unlike``'s).

    A pitch names its own company: its title may well be the process's ("Senior Data
    Engineer" at Kessler, for Murat's Data Engineer process at Havelberg), so ``by_role``
    is off there.
    """
    words = text.casefold()
    if company_named(interview.company, words) or names_in(_pair(interview.company), words):
        return True
    role = interview.role.strip() if by_role else ""
    return bool(role) and role.casefold() != unlike.strip().casefold() and names_role(text, role)


def _pair(company: str) -> tuple[str, ...]:
    found = _PAIR.search(company.casefold())
    return (found.group(1),) if found else ()


def _words(name: str) -> set[str]:
    """The words of a name that tell it apart (three letters or more, no legal form)."""
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) >= 3} - _COMMON


#: Words too common to tell one company from another.
_COMMON: Final = frozenset({
    "the", "and", "und", "group", "groupe", "gruppe", "grupo", "groep", "gmbh", "ltd", "inc",
    "corp", "llc", "plc", "sas", "sarl", "s.a", "b.v", "holding", "company", "consulting",
    "services", "solutions", "recruitment", "search", "executive", "partners",
})


def _from_agency(message: Message, interview: Interview) -> bool:
    """Whether one of the agency's people (or anyone at its domain) wrote it."""
    sender = message.sender.email.lower() if message.sender is not None else ""
    if interview.agency is None or not sender:
        return False
    people = {c.email.lower() for c in interview.agency.contacts}
    return sender in people or sender.rpartition("@")[2] in agency_domains(interview)
