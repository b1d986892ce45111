"""A colleague's word that someone on the process has left: their address is dead. Pure.

"Herr Albers hat unser Haus zum 30. November verlassen, und ich habe die Betreuung seiner
Kandidaten übernommen" (tester round u55ag), written by the agency's new consultant: the
configured contact, Markus Albers, reads nothing any more, and a check-in to him reaches
nobody. The leaver says nothing himself and no automatic reply or bounce ever comes, so the
colleague's words are all there is. The name is resolved to an address from the people the
process knows (its contacts, its agency's, and the message's own recipients): a name nobody
configured is no address, and nothing is marked.

Only the third person counts here, a person named right before the words ("Markus is no
longer with the agency", "Mme Roux a quitté le cabinet", "Carmen ya no trabaja con
nosotros", "Pieter is sinds vorige maand uit dienst"); the writer's own departure is
``core.departures``'. A name in another clause ("Herr Albers sagte, dass Sie ...") is not
the subject, and "left us a voicemail" or "hat das Büro verlassen" is no departure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold
from silence_watch.core.model import Contact, MessageKind
from silence_watch.core.other_client_news import pitch_reading
from silence_watch.core.phrase_rows import compile_phrase
from silence_watch.core.quotes import own_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from silence_watch.core.classify import Classification
    from silence_watch.core.model import Interview, Message

#: "The company" in the five languages, as a colleague says it of their own employer.
_PLACE_EN: Final = (
    r"(?:the (?:company|firm|agency|business|organi[sz]ation|team|group)|our (?:company|firm"
    r"|agency|team|organi[sz]ation|office)|us)"
)
_PLACE_DE: Final = (
    r"(?:unser(?:e|em)? (?:haus|unternehmen|team|firma|agentur|beratung)|das unternehmen"
    r"|die (?:firma|agentur)|uns)"
)
_PLACE_FR: Final = (
    r"(?:la societe|l'entreprise|le cabinet|l'agence|l'equipe|le groupe|nos effectifs|notre"
    r" (?:societe|entreprise|cabinet|agence|equipe|groupe))"
)
_PLACE_ES: Final = (
    r"(?:la (?:empresa|compania|consultora|agencia|organizacion)|nuestr[ao] (?:empresa"
    r"|compania|consultora|agencia|equipo|organizacion)|el equipo)"
)
_PLACE_NL: Final = (
    r"(?:ons|het bedrijf|het bureau|de organisatie|ons (?:bedrijf|bureau|team)|onze organisatie)"
)

#: The words after a name that say its person has left, in the five languages (folded).
_HAS_LEFT_WORDS: Final = (
    # en: "left us" never "left us a voicemail"
    rf"\b(?:has|have) (?:now |since |recently |just )?left {_PLACE_EN}\b(?! (?:a|an|some|you"
    r"|with|word|the|her|his|my|your)\b)"
    rf"|\bleft {_PLACE_EN} (?:last|in|on|at the end|earlier|a few|recently)\b"
    rf"|\b(?:is|'s) no longer (?:with {_PLACE_EN}|at (?!the (?:office|desk)|(?:her|his) desk"
    r"|work)\w+|working (?:here|for|at|with)|employed)\b|\bno longer works (?:here|for|at|with)\b"
    r"|\b(?:has|have) moved on (?:from (?:the|our|us)\b|to (?:a new|another) (?:role|company"
    r"|position|job|opportunity))"
    r"|\b(?:'s|his|her) last day (?:(?:at|with|here) _W_{0,3}?)?was\b"
    # de: "hat unser Haus zum 30. November verlassen", "... verlassen hat", "ist ausgeschieden"
    rf"|\b(?:hat|haben) {_PLACE_DE} _W_{{0,6}}?verlassen\b|\b{_PLACE_DE} _W_{{0,6}}?verlassen"
    r" (?:hat|haben)\b"
    r"|\barbeitet (?:seit (?:\S+ ){1,3}?)?nicht mehr (?:bei uns|fur uns|hier)\b"
    r"|\b(?:ist|sind) (?:seit (?:\S+ ){1,3}?)?nicht mehr (?:bei uns|fur uns tatig|im (?:haus"
    r"|unternehmen|team)|in unserem (?:haus|unternehmen|team)|teil unseres teams)\b"
    r"|\b(?:ist|sind) _W_{0,4}?aus (?:dem unternehmen|unserem (?:haus|unternehmen|team)|der firma)"
    r" ausgeschieden\b"
    # fr
    rf"|\ba quitte {_PLACE_FR}\b|\bnous a quittes?\b"
    r"|\bne fait plus partie (?:de la |de l'|de nos |de notre |du |des )(?:societe|entreprise"
    r"|cabinet|agence|equipe|groupe|effectifs)\b"
    r"|\bn'est plus (?:chez nous|parmi nous|en poste|au sein)\b"
    r"|\bne travaille plus (?:chez nous|avec nous|pour nous|ici|au sein)\b"
    # es
    rf"|\bya no (?:trabaja|esta|forma parte) (?:con nosotros|en {_PLACE_ES}|de {_PLACE_ES})"
    rf"|\b(?:ha dejado|dejo) {_PLACE_ES}\b"
    # nl
    r"|\bis (?:sinds \S+ (?:\S+ )?)?uit dienst\b"
    r"|\b(?:werkt|is) (?:sinds (?:\S+ ){1,3}?)?niet (?:meer|langer) (?:bij ons\b(?: in dienst)?"
    r"|werkzaam bij|(?:bij \S+ )?in dienst\b)"
    rf"|\bheeft {_PLACE_NL} _W_{{0,5}}?verlaten\b|\b{_PLACE_NL} _W_{{0,5}}?verlaten heeft\b"
)
_HAS_LEFT: Final = compile_phrase(_HAS_LEFT_WORDS)
#: What cuts a name off from the words after it: a sentence's end, or a new clause whose
#: subject is someone else ("Herr Albers sagte, dass Sie ...", "Tom said that you ...").
_CLAUSE: Final = re.compile(
    r"[.!?;:]\s|\b(?:dass|that|que|dat|ob|if|wenn|when|quand|lorsque|cuando|weil|because"
    r"|parce|porque|omdat)\b"
)
#: How far before the words a name may stand (folded characters).
_REACH: Final = 60
#: The shortest word of a name that names someone (not "Li" or "Jo" alone).
_SHORTEST: Final = 3


def named_leavers(
    text: str, people: Iterable[Contact], sender: str = "", places: Iterable[str] = ()
) -> tuple[str, ...]:
    """The addresses of ``people`` that ``text`` says have left (never ``sender``'s own).

    ``places``: the names of the company and the agency, as in "Priya has left Talentbridge".
    """
    folded = fold(text)
    left = _left_of(tuple(sorted({fold(p) for p in places if len(p) >= _SHORTEST})))
    departures = list(left.finditer(folded))
    if not departures:
        return ()
    known = _words_of(p for p in people if p.email.lower() != sender.lower())
    names = _name_words(known)
    found: list[str] = []
    for said in departures:
        before = folded[max(0, said.start() - _REACH) : said.start()]
        cuts = list(_CLAUSE.finditer(before))
        before = before[cuts[-1].end() :] if cuts else before
        named = [(m.end(), known[m.group(0)]) for m in names.finditer(before)]
        if named and (address := max(named)[1]) and address not in found:
            found.append(address)  # the name nearest the words is their subject
    return tuple(found)


def leavers_reading(message: Message, reading: Classification, interview: Interview) -> (
    Classification
):
    """``reading`` with the people a colleague's mail says have left among its dead addresses."""
    if reading.kind is not MessageKind.HUMAN or message.body is None or message.sender is None:
        return reading
    people = [*interview.contacts, *(interview.agency.contacts if interview.agency else ()),
              *(Contact(a.name, a.email) for a in message.recipients() if a.name)]  # fmt: skip
    places = (interview.company, *((interview.agency.name,) if interview.agency else ()))
    gone = named_leavers(own_text(message.body), people, message.sender.email, places)
    if not gone:
        return reading
    why = f"says {', '.join(gone)} has left: not written to again"
    return replace(reading, bounced_recipients=(*reading.bounced_recipients, *gone),
                   reasons=(*reading.reasons, why))  # fmt: skip


def as_its_process_reads(message: Message, reading: Classification, interview: Interview) -> (
    Classification
):
    """``reading`` as ``interview``'s process reads it: pitches aside, named leavers dead.

    An agency's pitch for another client is set aside (``core.other_client_news``).
    """
    return leavers_reading(message, pitch_reading(message, reading, interview), interview)


@lru_cache(maxsize=64)
def _left_of(places: tuple[str, ...]) -> re.Pattern[str]:
    """``_HAS_LEFT``, and "has left Talentbridge" with the names of ``places`` (folded)."""
    if not places:
        return _HAS_LEFT
    named = "|".join(map(re.escape, places))
    return compile_phrase(
        rf"{_HAS_LEFT_WORDS}|\b(?:has|have) (?:now |since |recently |just )?left (?:{named})\b"
        rf"|\bleft (?:{named}) (?:last|in|on|at the end|earlier|a few|recently)\b"
        rf"|\b(?:is|'s) no longer (?:with|at|working (?:at|for)) (?:{named})\b"
        rf"|\b(?:hat|haben) (?:{named}) _W_{{0,6}}?verlassen\b|\b(?:ist|arbeitet) nicht mehr"
        rf" (?:bei|fur) (?:{named})\b|\ba quitte (?:{named})\b|\bne (?:fait|travaille) plus"
        rf" (?:partie de |chez )(?:{named})\b|\b(?:ha dejado|dejo) (?:{named})\b|\bya no"
        rf" (?:trabaja|esta) (?:en|con|para) (?:{named})\b|\bheeft (?:{named}) _W_{{0,5}}?"
        rf"verlaten\b|\b(?:werkt|is) niet (?:meer|langer) (?:bij|werkzaam bij) (?:{named})\b"
    )


def _words_of(people: Iterable[Contact]) -> dict[str, str]:
    """Each name word (folded) and full name of ``people`` -> the one address it names.

    A word two people share names neither ("Herr Berger" with two Bergers): empty.
    """
    words: dict[str, set[str]] = {}
    for person in people:
        parts = [w for w in fold(person.name).replace(",", " ").split() if len(w) >= _SHORTEST]
        for word in {" ".join(parts), *parts} - {""}:
            words.setdefault(word, set()).add(person.email.lower())
    return {w: (next(iter(a)) if len(a) == 1 else "") for w, a in words.items()}


def _name_words(known: dict[str, str]) -> re.Pattern[str]:
    """One pattern for every name word in ``known``, the longest first."""
    words = sorted(known, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else (
        re.compile(r"(?!)"))  # fmt: skip
