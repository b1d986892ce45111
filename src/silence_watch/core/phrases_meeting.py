"""Next steps said without the word "interview", in en, de, fr, es, nl.

Read from the development part of batches w20dp and w21nr, where the rows of
``core.phrases_process`` missed them: an introduction to a colleague ("I'd like to
introduce you to our CTO"), an invitation to come by and meet the people ("¿Podés pasar
por la oficina a conocer a los chicos?"), an earlier round skipped ("go straight to a
conversation with our analytics lead"), time asked for a chat ("Zou u tijd hebben voor een
babbel met Marta?"), and references named as the next step. Data only (see
``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: An agency presenting the candidate to its client ("para presentarte al cliente me faltan
#: dos datos"): its own step before the candidate's, not an introduction (folded).
_NOT_A_CLIENT: Final = (
    r"(?! ?(?:\S+ ){0,2}?(?:client|clients|cliente|clientes|klant|klanten|opdrachtgever\w*"
    r"|kunde\w*|kundin\w*)\b)"
)

MEETING_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they introduce you to someone who decides", _rx(
        # never "introduce you to our talent community": a list, not a person
        r"\b(?:introduce|introducing) you to (?:our|my|the|their|a few of)\b(?! (?:talent"
        r" (?:community|pool|network)|newsletter|job alerts?|careers? (?:site|page|portal))\b)"
        + _NOT_A_CLIENT,
        r"\b(?:like|love|want) you to meet (?:our|my|the|their|a few of)\b" + _NOT_A_CLIENT,
        r"\b(?:sie|dich|ihnen|dir) (?:gerne? )?(?:mit )?(?:unsere[mnr]?|de[mnr]) (?:[\w-]+ ){0,2}?"
        r"(?:cto|ceo|cfo|coo|chef\w*|leiter\w*|geschaftsfuhr\w*|teamleit\w*|kolleg\w*"
        r"|grunder\w*|vorgesetzt\w*)(?: [\w-]+){0,3}? (?:vorstellen|bekannt machen)\b",
        # not "vous présenter à l'accueil": where to go on the day
        r"\b(?:vous|te) presenter (?:a|aux?) (?!l'accueil\b|la reception\b|notre accueil\b"
        r"|l'adresse\b|l'entree\b|nos bureaux\b|l'heure\b|la loge\b|poste de)" + _NOT_A_CLIENT,
        r"\b(?:presentarte|presentarle|presentarla|te presento|le presento) (?:a|al|con)"
        r" (?!la recepcion\b)" + _NOT_A_CLIENT,
        r"(?:\b(?:je|jou|u) (?:graag )?(?:even )?(?:voorstellen|introduceren) aan\b"
        r"|\bstel (?:ik )?(?:je|jou|u) (?:graag )?(?:even )?voor aan\b) " + _NOT_A_CLIENT,
    )),
    (NEXT_STEP, STRONG, "they ask you to come by and meet the people", _rx(
        r"\b(?:come|pop|drop|swing|stop) (?:in|by|over) and meet\b"
        r"|\bmeet (?:the|our) (?:whole |wider |rest of the )?(?:crew|folks|founders|guys)\b",
        r"\bbei uns (?:\w+ ){0,4}?vorbei(?:zu)?(?:kommen|schauen)\b",
        r"\b(?:passer|venir) (?:nous )?(?:voir|rencontrer) (?:l'equipe|les equipes|nos equipes"
        r"|le reste de l'equipe)\b|\bpasser nous voir\b",
        r"\bpasar(?:te|se)? por (?:la|nuestra|nuestras|el|nuestro) (?:oficina|oficinas|taller"
        r"|tienda|local|planta|sede|fabrica)\b",
        r"\bconocer (?:a )?(?:los chicos|las chicas|la gente|los companeros|las companeras"
        r"|tus futuros companeros|tus futuras companeras|al resto del equipo)\b",
    )),
    (NEXT_STEP, STRONG, "they take you straight to a later round", _rx(
        r"\b(?:go|skip|jump|move|fast-track)(?: you)? (?:straight|directly|right) (?:on )?to"
        r" (?:a|an|the) (?:[\w-]+ ){0,2}?(?:conversation|call|chat|interview|round|panel"
        r"|meeting|stage)\b",
        r"\bskip (?:the|your) (?:usual )?(?:first|initial|phone|screening) (?:round|screen"
        r"|call|interview|stage)\b",
        r"\b(?:direkt|gleich) (?:zu[mr]?|in die|ins) (?:einem |einer )?\w*(?:gesprach"
        r"|runde|interview)\b",
        r"\bpasser directement (?:a|au|aux) (?:un |une |l'|le |la )?(?:entretien|echange"
        r"|dernier|derniere|second|deuxieme|rencontre|etape)",
        r"\b(?:pasar|pasamos|pasarte|saltar\w*) (?:directamente|directo) a (?:la|una|el)"
        r" (?:entrevista|charla|conversacion|llamada|ultima|segunda|siguiente|final)",
        r"\b(?:meteen|direct|rechtstreeks) (?:door )?naar (?:een|het|de) (?:gesprek|tweede"
        r"|laatste|volgende|eindgesprek)",
    )),
    (NEXT_STEP, STRONG, "they ask for time to talk with someone", _rx(
        r"\b(?:time|free) for (?:a|an) (?:quick |short |brief |informal )?(?:chat|call|coffee"
        r"|conversation) with\b",
        r"\bzeit fur (?:ein|einen) (?:kurzes |kurzen )?(?:gesprach|kaffee|telefonat|austausch"
        r"|kennenlernen) mit\b",
        r"\bdisponible pour (?:un|une) (?:echange|cafe|appel|discussion|rencontre) avec\b",
        r"\btiempo para (?:una|un) (?:charla|llamada|cafe|conversacion|reunion|videollamada)"
        r" con\b",
        r"\btijd (?:hebben |heeft |hebt )?voor een (?:babbel|gesprek|kennismaking|(?:kop )?koffie"
        r"|belletje|videogesprek|kort gesprek) met\b",
    )),
    (NEXT_STEP, STRONG, "references are the next step", _rx(
        r"\b(?:next|last|final) step (?:is|will be|would be) (?:a |the |some |your )?"
        r"(?:references?|reference checks?|referees)\b",
        r"\bnachste schritt (?:ist|sind|waren|ware) (?:die |ihre |deine )?referenz\w*",
        r"\bprochaine etape (?:est|sera|serait) (?:la (?:prise|verification) des |les )?"
        r"references\b",
        r"\b(?:siguiente|proximo) paso (?:es|son|sera|seran) (?:las |pedir |pedirte |tus )?"
        r"referencias\b",
        r"\bvolgende stap (?:is|zijn|wordt) (?:het (?:nabellen|opvragen) van )?(?:de |je |uw )?"
        r"referenties\b",
    )),
)
