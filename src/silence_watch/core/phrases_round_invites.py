"""Invitations to her next round in the words the other rows lacked (probe-steps4).

A probe of 100 invitations and their near-misses found rounds asked for that the rules
read as a mere question, or as nothing (the learned reader, alone, was unsure or wrong,
so a round she had to answer could be nudged for as if they owed her news):

- the German infinitive with "zu" and the declined round: "freuen wir uns, Sie zur
  finalen Runde mit unserem Vorstand einzuladen" (read as nothing at all);
- a test or a visit she is asked to come for: "magst du nächste Woche für einen
  technischen Test vorbeikommen?", "Keen to get you in to meet the rest of the crew";
- a slot to book by link: "hier der Link, um einen Termin für Ihr Gespräch mit dem
  Fachbereich zu buchen";
- the Dutch inverted invitation: "Graag nodigen wij u uit voor een assessmentdag", and a
  case to prepare: "We vragen je een korte business case voor te bereiden";
- a trial day in Spanish ("una jornada de trabajo en la oficina (día de prueba)") and a
  call proposed as a question ("¿Hablamos el jueves?"; never "como hablamos el jueves",
  what was said);
- a round moved to a new time: "Je gesprek met de CTO moeten we helaas verzetten. Nieuwe
  tijd: ...", "Ihr Zweitgespräch müssen wir leider verschieben", "tuvimos que mover tu
  entrevista".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply (a
condition: "if successful, you would be invited to ..." is no news).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, POLAR, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A meeting of hers, in five languages (folded).
_MEETING: Final = (
    r"(?:gesprach|zweitgesprach|vorstellungsgesprach|interview|termin|entretien|entrevista"
    r"|reunion|gesprek|sollicitatiegesprek|kennismaking|afspraak|chat|call)"
)

ROUND_INVITE_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, POLAR, "they invite you to the next step", _rx(
        # "Sie zur finalen Runde mit unserem Vorstand einzuladen" ("nicht einzuladen": a no)
        r"\b(?:sie|dich|euch) (?:_W_){0,8}?einzuladen\b",
        # "Graag nodigen wij u uit voor een assessmentdag"
        r"\bnodigen (?:wij|we|ik) (?:je|u|jou) (?:_W_){0,6}?uit\b",
    )),
    (NEXT_STEP, STRONG, "an interview or a task is set", _rx(
        # "für einen technischen Test vorbeikommen", "eine fachliche Aufgabe"
        r"\b(?:technischen?|fachlichen?|praktischen?) (?:test|aufgabe|ubung)\b",
        r"\b(?:magst|kannst|willst|mochtest) du (?:_W_){0,8}?vorbei(?:kommen|schauen)\b"
        r"|\b(?:mochten|konnen|wollen|wurden) sie (?:_W_){0,8}?vorbei(?:kommen|schauen)\b",
        # "Link, um einen Termin für Ihr Gespräch mit dem Fachbereich zu buchen"
        r"\btermin (?:_W_){0,6}?zu buchen\b",
        # "Keen to get you in to meet the rest of the crew", "have you in for a chat"
        r"\b(?:get|have|bring) you (?:back )?in (?:to meet|for (?:a|an|the))\b",
        # "een korte business case voor te bereiden", "een thuisopdracht"
        r"\b(?:business ?case|thuisopdracht|praktijkopdracht|praktijkcase)\b",
        # a trial day, as in "una jornada de trabajo en la oficina (día de prueba)"
        r"\b(?:dia|jornada) de (?:prueba|trabajo en (?:la|nuestra) oficina)\b",
        # "¿Hablamos el jueves?" (never "como hablamos el jueves": what was said)
        r"(?<!como )(?<!que )(?<!lo )\bhablamos (?:el|este|esta|la|manana|hoy|pronto|luego)\b"
        r"[^.!?\n]{0,60}\?",
        # a round moved to a new time: "Je gesprek met de CTO moeten we helaas verzetten"
        rf"\b{_MEETING}\b(?:_SW_){{0,6}}? (?:verzetten|verplaatsen|verschuiven|verschieben)\b",
        rf"\b(?:mover|cambiar|reprogramar|pasar) (?:tu|su|la) {_MEETING}\b",
    )),
)
