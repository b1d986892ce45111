"""Whom a promise to be in touch is made to: the candidate, or someone else. Pure.

A recruiter often promises on a colleague's behalf: "Ole meldet sich bis spätestens
Freitag, 27.11. bei Ihnen", "Priya will be in touch by Friday", "Mme Roux reviendra vers
vous d'ici jeudi", "Lucía te escribirá antes del viernes", "Jeroen laat uiterlijk vrijdag
van zich horen". The person who promises is not the writer, and the promise is hers all
the same: its day is the one she waits for (``core.promise_cues``, ``core.dates``).

The same words said of someone else are no promise to her: "Ole meldet sich morgen bei den
Referenzen", "Priya will be in touch with the team by Friday", "Mme Roux reviendra vers vos
références", "Lucía escribirá a tus referencias", "Jeroen neemt vrijdag contact op met je
referenties". Such a promise to be in touch is left out when its day is searched for. What
follows "with" may also be what they will bring ("in touch with an update by Friday",
"with next steps"): only people, a team or referees are someone else, and never all the
candidates, she among them ("with all shortlisted candidates after the holidays").

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: Whose people a promise may be about (folded): "the team", "your referees".
_WHOSE: Final = (
    r"(?:the|your|our|his|her|their|my|all|other|the other|each of|both|den|dem|der|die"
    r"|ihren|ihre|deinen|deine|seinen|unseren|unserem|unserer|les|vos|tes|ses|nos|la|le|l'"
    r"|los|las|tus|sus|nuestros|nuestras|el|de|je|jouw|uw|onze|het)"
)
#: People who are not the candidate: a team, referees, a client, the others (folded).
_PEOPLE: Final = (
    r"(?:team\w*|\w*manager\w*|panel|referees?|references?|client\w*|colleagues?|recruiters?"
    r"|candidates|applicants|interviewers|board|department|hr|stakeholders|partners?"
    r"|referenz\w*|referenzgeber\w*|kolleg\w*|kunde\w*|fachbereich\w*|abteilung|bewerber\w*"
    r"|kandidat\w*|personalabteilung|geschaftsfuhr\w*|vorgesetzt\w*"
    r"|references|referents?|equipe\w*|collegues?|candidat\w*|direction|rh"
    r"|referencias|referentes|equipo|companer\w*|candidat\w*|cliente\w*|direccion"
    r"|referenties|referenten|collega'?s?|kandidaten|klant\w*|directie)"
)
_OTHERS: Final = rf"(?:{_WHOSE} (?:[\w'-]+ ){{0,2}}?{_PEOPLE}\b|(?:them|him)\b)"

#: A promise to be in touch, with someone else as the one it is made to (folded).
_TO_SOMEONE_ELSE: Final = lazy_pattern(
    # en: "be in touch with the team", "get back to the hiring manager", "reach out to
    # your referees", "contact your references"
    rf"(?:(?:be|get|keep) (?:back )?in touch|speak|talk|check) (?:\w+ ){{0,3}}?with {_OTHERS}"
    rf"|(?:get|come|circle|revert) back to {_OTHERS}|(?:reach out|write|speak|talk) to {_OTHERS}"
    rf"|(?:contact\w*|email\w*|call\w*|ping\w*) {_OTHERS}"
    # de: "meldet sich morgen bei den Referenzen", "wird sich bei Ihren Referenzgebern melden"
    rf"|meld\w* (?:sich|uns|mich) (?:[\w.,]+ ){{0,6}}?bei {_OTHERS}"
    rf"|(?:sich|uns|mich) (?:[\w.,]+ ){{0,6}}?bei {_OTHERS} (?:[\w.,]+ ){{0,3}}?melden"
    # fr: "reviendra vers vos références", "contactera vos références"
    rf"|(?:reviendr\w*|revien\w*|revenir) (?:\w+ ){{0,3}}?(?:vers|aupres de|aupres d') {_OTHERS}"
    rf"|(?:contacter\w*|recontacter\w*|ecrir\w*|appeler\w*) (?:a )?{_OTHERS}"
    # es: "escribirá a tus referencias", "se pondrá en contacto con el equipo",
    # "vamos a comunicarnos durante esta semana con las dos referencias"
    rf"|(?:escrib\w*|contact\w*|comunic\w*|llamar\w*) (?:[\w,]+ ){{0,4}}?(?:a|con) {_OTHERS}"
    rf"|en contacto con {_OTHERS}"
    # nl: "neemt contact op met je referenties", "laat van zich horen bij het team"
    rf"|contact (?:\w+ ){{0,3}}?op met {_OTHERS}|(?:horen|weten|melden) bij {_OTHERS}"
)
#: How far from its first word a promise's addressee is looked for (folded characters).
_REACH: Final = 90


def to_someone_else(sentence: str, start: int) -> bool:
    """Whether the promise at ``start`` of a folded ``sentence`` is made to someone else.

    Someone other than the candidate: "in touch with the team", "bei den Referenzen".
    """
    return _TO_SOMEONE_ELSE.search(sentence[start : start + _REACH]) is not None and not (
        _TO_HER.search(sentence[start : start + _REACH])
    )


#: The candidate named as the one it is made to, beside others: "with you and the team".
_TO_HER: Final = lazy_pattern(
    r"\b(?:with|to) you\b|\bbei (?:ihnen|dir|euch)\b|\bvers (?:vous|toi)\b"
    r"|\b(?:contigo|con usted|(?:a|con) ti)\b|\b(?:te|le|os) (?:escrib|contact|llam)\w*"
    r"|\bmet (?:je|jou|u)\b(?! (?:\w+ )?(?:referenties|collega|team))"
    r"|\b(?:je|u) (?:bellen|mailen)\b"
    # every candidate, her among them: "in touch with all shortlisted candidates", "bei allen
    # Bewerbern", "vers tous les candidats", "con todos los candidatos", "met alle kandidaten"
    r"|\b(?:all|every|each|allen?|tous les|toutes les|todos los|todas las)(?: of)?(?: the| our)?"
    r" (?!(?:other|anderen?|autres|otros|otras)\b)(?:[\w-]+ ){0,2}?(?:candidat\w*|applicants"
    r"|bewerber\w*|kandidat\w*)"
)
