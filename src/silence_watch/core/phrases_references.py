"""Phrases of a reference check set for the candidate, in en, de, fr, es and nl.

"We'd like to move forward with references. You'll receive an email from SkillSurvey
asking you to enter two professional references" sets her a task, as an assessment does:
the move is hers until she has named them (tester round u32ta), whatever date the same
mail promises a decision by. Only words that ask for references count: "thanks for
providing two references", "your references have responded" or "we took up your
references" set nothing. Data only (``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

REFERENCE_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they ask for your references", _rx(
        # en
        r"\b(?:move|moving|go|going|proceed|proceeding) (?:forward |ahead )?(?:with|to) (?:the"
        r" |your )?references\b|\b(?:like|want|need) to take up (?:your )?references\b",
        r"\b(?:enter|provide|nominate|submit|name|list|send us) (?:the (?:names|details|contact"
        r" details) of )?(?:two|2|three|3|your) (?:professional )?(?:references|referees)\b",
        # de
        r"\b(?:nennen|geben|benennen) (?:sie|du) (?:uns )?(?:bitte )?(?:zwei|2|drei)"
        r" (?:berufliche |fachliche )?(?:referenzen|referenzpersonen)\b"
        r"|\b(?:zwei|2|drei) (?:berufliche |fachliche )?(?:referenzen|referenzpersonen)"
        r" (?:anzugeben|zu nennen|zu benennen)\b",
        # fr
        r"\b(?:indiquer|communiquer|transmettre|renseigner) (?:deux|2|trois) (?:references"
        r"|referents)\b|\b(?:passer a|proceder a) (?:la )?prise de references\b",
        # es
        r"\b(?:indicar|facilitar|enviar|proporcionar)(?:nos)? (?:dos|2|tres) referencias\b"
        r"|\b(?:pasar|avanzar) a (?:la )?(?:comprobacion|verificacion) de referencias\b",
        # nl
        r"\b(?:twee|2|drie) referenties _W_{0,2}(?:opgeven|doorgeven|aanleveren|invullen"
        r"|op te geven|door te geven)\b|\b(?:gaan|gaat) (?:graag )?door met (?:het )?(?:de )?"
        r"referent\w*",
        # references to be taken, or their stage reached (issue 12, probes): "afin que nous
        # puissions prendre des références", "passer à l'étape des prises de références". A
        # bare ask for referees' contact details is a request in the corpus' labels
        # (w20rp-071: "send me names and contact details for two references"), left alone.
        r"\b(?:prendre|contacter|verifier|solliciter) (?:des|vos|tes) references\b"
        r"|\b(?:etape|stade|phase) (?:des |de la |de )?prises? de references\b",
        # "Graag zouden wij referenties bij uw vorige werkgevers opvragen" takes them up, as
        # "we'd like to take up your references" does (round probe-steps3)
        r"\breferenties (?:bij \S+ (?:\S+ )?\S+ )?(?:opvragen|op te vragen|natrekken|na te trekken"
        r"|nagaan|checken)\b",
    )),
)
