"""An answer with no news that only leaves the door open: "other", surely. Pure.

Karla answers Ximena's own question about the hybrid schedule ("El esquema es híbrido:
tres días en la planta ... Quedamos atentos.") and the reader, which found no phrase and
no news in it, was unsure what it was: the process stopped to ask, inside the week she
had promised (tester round u29es). Such a reply is neither news nor a new wait: the
waiting goes on as it was, as after a pleasantry or a logistics note (``core.logistics``).

It is known by the sign-off that leaves the door open, in five languages: "Quedamos
atentos", "quedo a sus órdenes", "estoy a tu disposición para cualquier duda", "let me
know if you have any other questions", "happy to answer any further questions", "bei
weiteren Fragen stehe ich Ihnen gerne zur Verfügung", "je reste à votre disposition",
"n'hésitez pas si vous avez d'autres questions", "mocht je nog vragen hebben". Only where
nothing else was read (the reading is "other"), and never:

- when they wait on her: "quedamos atentos a su confirmación", "I look forward to your
  reply", "ich freue mich auf Ihre Rückmeldung" (a request, which the rules or the reader
  may still find);
- when their words ask something (a question mark) or speak of the hiring: a decision, an
  offer, an interview, a pause, other candidates ("La posición ya se cubrió. Quedamos
  atentos." is news whatever the reader missed);
- in a long letter, which may hold news no phrase knows, nor in one that points at its
  answer elsewhere ("see attached") or asks for money (``core.scam_signs``).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.intent_phrases import NOT_COURTESY
from silence_watch.core.ladder import CERTAIN
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent
from silence_watch.core.scam_signs import scam_signs

#: The sign-off that leaves the door open (folded).
_OPEN_DOOR: Final = lazy_pattern(
    # es
    r"\b(?:quedo|quedamos|seguimos|sigo) (?:atent[oa]s?|a (?:tus|sus|vuestras) (?:ordenes"
    r"|gratas ordenes)|a (?:tu|su|vuestra) (?:entera |total )?disposicion)\b"
    r"|\b(?:estoy|estamos) a (?:tu|su|vuestra) (?:entera |total )?disposicion\b"
    r"|\b(?:para|ante) cualquier (?:otra )?(?:duda|consulta|pregunta|inquietud)\b"
    # en
    r"|\b(?:let|tell) (?:me|us) know if (?:you have|there are) (?:any )?(?:other |more"
    r" |further )?questions\b|\b(?:happy|glad) to (?:answer|help with) any (?:other |more"
    r" |further )?questions\b|\bany (?:other |more |further )?questions,? (?:just )?(?:let me"
    r" know|shout|give me a shout|feel free)|\bdon't hesitate to (?:ask|reach out|get in"
    r" touch)\b|\bat your disposal\b"
    # de
    r"|\b(?:bei|fur) (?:weitere[n]? |offene[n]? )?(?:fragen|ruckfragen)\b[^.!?]{0,40}"
    r"\b(?:zur verfugung|gerne|jederzeit)\b|\b(?:stehe|stehen) (?:ich|wir) (?:ihnen|dir|euch)"
    r" (?:\w+ ){0,4}?zur verfugung\b"
    # fr
    r"|\b(?:je reste|nous restons|reste|restons) a (?:votre|ta) (?:entiere |pleine )?"
    r"disposition\b|\bn'hesite[zr]? pas (?:a (?:me|nous) (?:contacter|ecrire|solliciter)"
    r"|si (?:vous avez|tu as) (?:d'autres |des )?questions)\b|\bpour toute (?:autre )?"
    r"question\b"
    # nl
    r"|\b(?:mocht|als|heb) (?:je|u) (?:nog )?(?:andere |verdere )?vragen\b"
    r"|\bvoor (?:eventuele |verdere )?vragen (?:sta|staan|ben|zijn) (?:ik|we|wij)\b"
)
#: They wait on her word: "quedamos atentos a su confirmación", "I look forward to your
#: reply", "ich freue mich auf Ihre Rückmeldung", "dans l'attente de votre retour".
_AWAITING_HER: Final = lazy_pattern(
    r"\batent[oa]s? a (?:tu|su|vuestra|tus|sus|vuestros) (?:respuesta|confirmacion|comentarios"
    r"|disponibilidad|decision|noticias|retroalimentacion|cv|documentos?|envio)"
    r"|\b(?:look(?:ing)? forward to|await(?:ing)?|wait(?:ing)? for) (?:your|hearing from you)"
    r"|\b(?:freue|freuen) (?:mich|uns) auf (?:ihre|deine) (?:ruckmeldung|antwort|nachricht"
    r"|unterlagen)|\bwarte (?:auf|gespannt auf) (?:ihre|deine)"
    r"|\bdans l'attente de (?:votre|ta)|\bj'attends (?:votre|ta)"
    r"|\b(?:espero|esperamos|esperando) (?:tu|su|vuestra|tus|sus) (?:respuesta|confirmacion"
    r"|comentarios|noticias)"
    r"|\bik (?:kijk uit naar|wacht op) (?:je|jouw|uw)"
)
#: Words of the hiring itself: a reply that speaks of them may hold news no phrase knows.
_HIRING_NEWS: Final = lazy_pattern(
    r"\b(?:decision|decide\w*|decidi\w*|decisi\w*|entscheid\w*|beslis\w*|besluit|outcome"
    r"|resultado|resolucion|ergebnis|feedback|retour|ruckmeldung|next steps?|siguientes? pasos?"
    r"|prochaines? etapes?|nachste\w* schritt\w*|volgende stap\w*|offer\w*|oferta|angebot"
    r"|offre|aanbod|contrat\w*|contract|vertrag|candidat\w*|kandidat\w*|finalist\w*|shortlist\w*"
    r"|interview\w*|entrevista\w*|gesprach\w*|entretien\w*|gesprek\w*|round|ronda|runde|tour"
    r"|ronde|hold|pause\w*|pausa\w*|paus\w*|freeze|frozen|congel\w*|gefroren|filled|cubiert[oa]s?"
    r"|cubri\w*|ocupad[oa]|besetzt|pourvu\w*|vervuld|ingevuld|closed|cerrad[oa]|geschlossen"
    r"|gesloten|descart\w*|avanz\w*|move forward|moving forward|proceed\w*|proceso|process"
    r"|prozess|processus|procedure|procedimiento|seleccion\w*|selection|auswahl\w*|selectie"
    r"|unfortunately|lamentablemente|leider|malheureusement"
    r"|helaas|regret|sorry|lamentamos|bedauern|desole\w*|application\w*|candidatura\w*"
    r"|bewerbung\w*|sollicitatie\w*)\b"
    # an answer elsewhere: attached or below ("see attached and let me know if you have
    # any questions" is asked about: ``core.attachments``, ``core.answer_elsewhere``)
    r"|\b(?:attach\w*|enclosed|anbei|anhang|ci-joint\w*|piece jointe|en piece|adjunt\w*"
    r"|bijlage|bijgevoegd|see below|siehe unten|ci-dessous|mas abajo|hieronder)\b"
)
#: What may open the sentence before the sign-off: "y", "and", "also", "pour", "bei".
_LEAD: Final = lazy_pattern(
    r"(?:^|[.!\n]|,\s*)\s*(?:(?:y|e|and|also|so|und|et|en|pues|asi que|anyway|sinon|ansonsten"
    r"|verder|igualmente|likewise|de todas formas)\s*,?\s*)?$"
)
#: A letter longer than this may hold news no phrase knows.
_MOST_WORDS: Final = 90


def _opens(folded: str, start: int) -> bool:
    """Whether the sign-off at ``start`` opens its sentence (or a clause after a comma)."""
    return _LEAD.search(folded[max(0, start - 30) : start]) is not None


def door_left_open(
    text: str, intent: Intent | None, confidence: float, reasons: list[str]
) -> tuple[Intent | None, float]:
    """An answer read as nothing, signed off "quedamos atentos": "other", surely (no news)."""
    if intent is not Intent.OTHER or not text or "?" in text:
        return intent, confidence
    folded = fold(text)
    door = next((found for found in _OPEN_DOOR.finditer(folded) if _opens(folded, found.start())),
                None)  # fmt: skip
    if door is None or _AWAITING_HER.search(folded) or _HIRING_NEWS.search(folded) or (
        NOT_COURTESY.search(folded) or len(folded.split()) > _MOST_WORDS or scam_signs(text)
    ):  # "Por favor, diríjase a Luis para cualquier consulta": a hand-over, not a sign-off
        return intent, confidence
    # certain: "other" at this confidence is no news, never a question
    # (``conversation.is_pleasantry``), as the parking note is (``core.logistics``)
    reasons.append(f'intent other, surely: an answer with no news that leaves the door open'
                   f' ("{door.group(0)}")')  # fmt: skip
    return Intent.OTHER, CERTAIN
