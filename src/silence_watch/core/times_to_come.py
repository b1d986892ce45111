"""A next step whose times they will send by a day: their promise, and their move. Pure.

"We'd love to offer you a second interview ... Our coordinator Becca will send over a few
time options by Wednesday, December 9" (tester round u43of) sets a next step, but asks
nothing of the candidate: the times are theirs to send, and the day is their promise.
Read as "the next move is yours", nothing would ever be drafted when no times came (a
silent stop). So, in five languages:

- the day is their promise, not the meeting's slot: their side sends (or proposes) the
  times, dates, slots or the invitation, with a deadline word just before the day: "will
  send over a few time options by Wednesday", "Becca schickt Ihnen bis Mittwoch, 9.12.,
  einige Terminvorschläge", "Becca vous enverra d'ici le mercredi 9 décembre quelques
  créneaux", "Becca te enviará antes del miércoles 9 de diciembre varias opciones de
  horario", "Becca stuurt je uiterlijk woensdag 9 december een paar tijdsopties"
  (``core.step_promises`` asks ``sends_times_by``);
- when the step asks nothing of her (no question, no request the rules read), it is read
  as their promise to come back by that day, an acknowledgement (``their_move``): the
  wait runs to the day, then the follow-up comes, as after "will send the invite over by
  Friday" once she had replied (t68ic).

Near misses stay as they were: a slot ("we'll send you the invite for Friday"), times
asked of her ("send us a few times by Wednesday", "schicken Sie uns bis Mittwoch Ihre
Verfügbarkeit", "envoyez-nous vos disponibilités avant mercredi"), and a step that also
asks her something ("could you also send your references?", "let me know if mornings
suit you"): the move stays hers, as rule 9 says.

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

#: The verb before its subject, in German and Dutch: "De planning stuur ik je uiterlijk
#: donderdag", "die Termine schicke ich Ihnen bis Freitag" (folded).
_SEND_FIRST: Final = (
    r"\b(?:stuur|mail) ik (?:je|jou|u)\b|\b(?:sturen|mailen) (?:we|wij) (?:je|jou|u|jullie)\b"
    r"|\b(?:schicke|sende) ich (?:ihnen|dir|euch)\b"
    r"|\b(?:schicken|senden) wir (?:ihnen|dir|euch)\b"
)
#: Their side sends or proposes, to her (folded); never her sending to them.
_THEY_SEND: Final = (
    r"(?:\b(?:will|'ll|is going to|are going to|shall|aims? to|plans? to|intends? to)"
    r" (?:\w+ )?(?:send|share|propose|suggest|circulate|email|forward|offer|provide|get)"
    r"(?! (?:us|me)\b)"
    r"|\b(?:schickt|sendet|schicken|senden|schicke|sende|schlagt|schlagen|schlage|wird|werden"
    r"|werde|lasst|lassen|lasse) (?:ihnen|dir|euch)\b"
    r"|\b(?:vous|te) (?:enverr\w+|propos(?:era|erons|erai|eront)|transmettr\w+|adresser\w+"
    r"|fer(?:a|ons|ai|ont) parvenir|(?:va|vont|allons|vais) (?:envoyer|proposer|transmettre))"
    r"|\b(?:te|le|os|les) (?:enviar(?:a|emos|e|an)|mandar(?:a|emos|e|an)|propondr\w+"
    r"|pasar(?:a|emos|e|an)|har(?:a|emos|e|an) llegar|(?:va|vamos|voy|van) a (?:enviar|mandar"
    r"|proponer|pasar))"
    r"|\b(?:stuurt|sturen|stuur|mailt|mailen|zal|zullen|gaat|gaan|ga|krijg|krijgt)"
    r" (?:je|jou|u|jullie)\b"
    rf"|{_SEND_FIRST})"
)
#: The present for the near future: "je vous envoie des créneaux d'ici mercredi", "te mando
#: unas opciones antes del miércoles" (probe-steps5); only with a deadline word before its
#: day: "Mañana te propongo un par de huecos para la semana que viene" names the slots'
#: week, not a day to send them by (t62ml).
_THEY_SEND_NOW: Final = (
    r"(?:\b(?:je vous|je t'|nous vous|nous t') ?(?:envoie|envoyons|propose|proposons|transmets"
    r"|transmettons)\b|\b(?:te|le|os|les) (?:mando|envio|paso|mandamos|enviamos|pasamos"
    r"|propongo|proponemos)\b)"
)
#: What is sent: the times, slots, dates or the invitation (folded).
_TIMES_WORDS: Final = (
    r"\b(?:times?|time ?(?:options|slots)|slots?|dates?|availability|options|(?:calendar )?"
    r"(?:invite|invitation|hold)|zeitfenster|zeitslots?|zeiten|termin\w*|einladung|creneaux?|horaires?|propositions"
    r" de (?:dates?|creneaux?)|invitation|convocation|horarios?|opciones|fechas?|huecos?"
    r"|invitacion|convocatoria|tijd(?:en|stippen|sloten|slots|sopties|svoorstellen)?|momenten|opties|data|uitnodiging|agendaverzoek"
    r"|planning)\b"
)
_TIMES: Final = lazy_pattern(_TIMES_WORDS)
#: The same, for the present tense with its day (``core.present_sends``).
TIMES_WORDS: Final = _TIMES_WORDS
#: A deadline word, as ``core.step_promises`` writes it: just before the day.
_BY_WORDS: Final = (
    r"\b(?:by|before|no later than|not later than|bis(?: spae?testens)?(?: zum| am)?"
    r"|spae?testens(?: bis)?(?: zum| am)?|d'ici(?: au| le)?|avant(?: le)?|au plus tard(?: le)?"
    r"|antes del?|a mas tardar(?: el)?|uiterlijk(?: op)?|ten laatste(?: op)?"
    # never the slot of the invitation: "een Teams-uitnodiging voor donderdag 10.00"
    r"|(?<!uitnodiging )(?<!agendaverzoek )(?<!uitnodigingen )voor)"
    r"(?: (?:the|le|el|den|dem))?"
)
#: Their side sending the times, a few words on: a promise's words (``core.promise_cues``).
TIMES_TO_COME: Final = (
    rf"(?:{_THEY_SEND}[^.!?;:]{{0,60}}?{_TIMES_WORDS}"
    rf"|{_THEY_SEND_NOW}[^.!?;:]{{0,60}}?{_TIMES_WORDS}[^.!?;:]{{0,40}}?{_BY_WORDS} "
    rf"|{_TIMES_WORDS}[^.!?;:]{{0,40}}?(?:{_SEND_FIRST}))"  # "de planning stuur ik je"
)
#: Either tense, where a deadline word follows.
_THEY_SEND_ANY: Final = rf"(?:{_THEY_SEND}|{_THEY_SEND_NOW})"
_SENDS_BY: Final = lazy_pattern(rf"{_THEY_SEND_ANY}[^.!?;:]{{0,80}}?\s?{_BY_WORDS} $")
#: The same in a whole sentence, with the day (a word) after the deadline word.
_SENDS_BY_A_DAY: Final = lazy_pattern(rf"{_THEY_SEND_ANY}[^.!?;:]{{0,80}}?\s?{_BY_WORDS} \w")
#: What asks her something beside the step (folded): a question, or a plain request.
_ASKS_HER: Final = lazy_pattern(
    r"\?|\b(?:let (?:me|us) know|please (?:send|confirm|share|let)|could you|can you|would you"
    r"|teilen sie|geben sie|schicken sie|senden sie|bitte|merci de|pourriez|pouvez-vous"
    r"|envoyez|indiquez|dites-moi|podrias|podria|puedes|envia(?:me|nos)|indica(?:me|nos)"
    r"|dime|avisame|kun je|kunt u|laat (?:je |u )?(?:me|ons|mij) \w*\s?weten|stuur (?:me|ons))\b"
)


#: Their side sending the times just after a day that opens the sentence (mine, stop 48):
#: "Uiterlijk woensdag stuur ik je een paar tijden", "el jueves te mando horarios".
_SENDS_AFTER: Final = lazy_pattern(
    rf"[\s,]*[^.!?;:]{{0,12}}?{_THEY_SEND_ANY}[^.!?;:]{{0,60}}?{_TIMES_WORDS}"
)


def sends_times_after(sentence: str, end: int) -> bool:
    """True when their side sends the times just after the day that ends at ``end``."""
    return _SENDS_AFTER.match(sentence, end) is not None


def sends_times_by(sentence: str, at: int) -> bool:
    """True when ``sentence`` has their side send the times by the day found at ``at``."""
    return _SENDS_BY.search(sentence[max(0, at - 160) : at]) is not None and (
        _TIMES.search(sentence) is not None
    )


def their_move(sentences: Sequence[str]) -> bool:
    """True when a next step's ``sentences`` ask nothing of her and promise the times.

    ``sentences``: folded, as ``core.dates.sentences`` gives them.
    """
    if any(_ASKS_HER.search(sentence) for sentence in sentences):
        return False
    return any(_SENDS_BY_A_DAY.search(s) and _TIMES.search(s) for s in sentences)
