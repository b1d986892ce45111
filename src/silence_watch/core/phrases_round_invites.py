"""Invitations to her next round in the words the other rows lacked (probe-steps4).

A probe of 100 invitations and their near-misses found rounds asked for that the rules
read as a mere question, or as nothing (the learned reader, alone, was unsure or wrong,
so a round she had to answer could be nudged for as if they owed her news):

- the German infinitive with "zu": "freuen wir uns, Sie zur finalen Runde mit unserem
  Vorstand einzuladen" (read as nothing at all), and the invitation in the future: "Sie
  werden in Kürze zu einem Gespräch eingeladen", "you will be invited to", "vous serez
  convoquée à", "será convocada a" ("Sie werden leider nicht ... eingeladen": a no);
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

An invitation promised for later after a condition of hers ("if ..., we will invite
you", "sollten Sie ..., würden wir Sie ... einladen", "si ..., vous serez convoquée", "en
caso de que ..., sería convocada", "mocht u ..., dan wordt u uitgenodigd") is also a weak
promise to write: where the condition takes the invitation away ("Mocht u door de eerste
selectie komen, dan wordt u uitgenodigd voor een gesprek en een assessment"), the promise
is what is left, not nothing (the learned reader alone heard a next step there, p=0.89:
her move, and no follow-up ever). Unconditioned, the next step outranks it.

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply (a
condition: "if successful, you would be invited to ..." is no news).

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, CHOSEN_FIRST, NEXT_STEP, POLAR, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A meeting of hers, in five languages (folded).
_MEETING: Final = (
    r"(?:gesprach|zweitgesprach|vorstellungsgesprach|interview|termin|entretien|entrevista"
    r"|reunion|cita|gesprek|sollicitatiegesprek|kennismaking|afspraak|chat|call"
    # a call in its everyday words (probe-steps6): "kunnen we ons belletje naar 15.00 uur
    # verzetten?", "unser Telefonat verschieben"
    r"|belletje|telefoontje|gesprekje|videocall|meeting|telefonat|anruf)"
)

ROUND_INVITE_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, POLAR, "they invite you to the next step", _rx(
        # "Sie zur finalen Runde mit unserem Vorstand einzuladen" ("nicht einzuladen": a no)
        r"\b(?:sie|dich|euch) (?:_W_){0,8}?einzuladen\b",
        # "Graag nodigen wij u uit voor een assessmentdag"
        r"\bnodigen (?:wij|we|ik) (?:je|u|jou) (?:_W_){0,6}?uit\b",
        # the invitation in the future ("Sie werden leider nicht ... eingeladen": a no);
        # after a condition of hers it is none, and the promise row below is left
        r"\byou(?:'ll| will) (?:then |soon |shortly )?be invited to\b"
        # (never verb first, a condition: "Werden Sie nicht eingeladen, erhalten Sie ...")
        r"|(?:\bsie werden|\bdu wirst|(?<=[a-z] )werden sie|(?<=[a-z] )wirst du)"
        r" (?:_W_){0,6}?eingeladen\b"
        r"|\bvous serez (?:\w+ )?(?:convie|convoque|invite)\w* (?:a|pour)\b"
        r"|\b(?:sera|seras) (?:\w+ )?(?:convocad|invitad|citad)\w* a\b",
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
        # ... or with its new day and hour between (probe-noes8): "Können wir unser Gespräch
        # auf Donnerstag, 10. Dezember um 15 Uhr verschieben?"
        rf"\b{_MEETING}\b(?:_SW_){{0,8}}? (?:verzetten|verplaatsen|verschuiven|verschieben)\b",
        # our call moved, in Spanish: "mover nuestra llamada al jueves" (probe-noes8)
        rf"\b(?:mover|cambiar|reprogramar|pasar) (?:tu|su|la) {_MEETING}\b",
        rf"\b(?:mover|cambiar|reprogramar|posponer|aplazar) (?:tu|su|la|nuestra|nuestro|el)"
        rf" (?:{_MEETING}|llamada|videollamada)\b",  # never "pasar la llamada a Marta"
        # ... unless to a time (probe-steps6): "¿podemos pasar nuestra llamada a las 15:00?"
        rf"\bpasar (?:tu|su|la|nuestra|nuestro|el) (?:{_MEETING}|llamada|videollamada)"
        r" (?:a|al|para) (?:las? \d|(?:el )?(?:lunes|martes|miercoles|jueves|viernes)|manana)",
        # a chat moved to a day, a case study to prepare for the next meeting (fresh set of
        # probe-steps4, stop 45): "we're bumping your chat to Monday 14th at 4pm",
        # "l'étude de cas que nous vous proposons de préparer pour votre prochain rendez-vous"
        r"\b(?:bump|bumping|bumped|push|pushing|shift|shifting|shifted) (?:your|our|the)"
        r" (?:\w+ )?(?:chat|call|interview|meeting|catch-?up|onsite|panel) (?:back )?to"
        r" (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|next|the \d)",
        r"\b(?:etude de cas|cas pratique) (?:\w+ ){0,6}?(?:preparer|presenter)\b",
        # a talk with someone senior asked of her: "¿Puedes hablar con la gerente el martes
        # 15?" (u55sw), "¿te gustaría conocer al director?"
        r"\b(?:puedes|podrias|puede|podria|quieres|quiere|te gustaria|le gustaria) (?:\w+ )?"
        r"(?:hablar|reunirte|reunirse|charlar|conocer) (?:con (?:el|la|los|las|nuestr[oa]s?)"
        r"|al?|a la|a nuestr[oa]) (?:\w+ )?(?:gerente|director\w*|responsable|ceo|cto|cfo"
        r"|equipo|jef[ea]|fundador\w*|socio\w*)\b",
        # the last round reached, and a slot asked (fresh set of probe-noes7, stop 45):
        # "du bist also in der Endrunde! Passt dir Mittwoch um 15 Uhr?"
        r"\b(?:du bist|sie sind|ihr seid) (?:\w+ ){0,2}?in der (?:endrunde|finalrunde|finalen"
        r" runde|nachsten runde|letzten runde)\b",
        r"\bpasst (?:dir|ihnen|euch) (?:der |am )?(?:montag|dienstag|mittwoch|donnerstag|freitag"
        r"|samstag|morgen|ubermorgen)\b[^.!?\n]{0,40}\?",
    )),
)

#: A condition in front, in the same sentence: "if ...", "sollten Sie ...", "mocht u ...".
_IF: Final = (
    r"\b(?:if|should|once|when|falls|sollten?|wenn|sofern|sobald|si|en caso de(?: que)?"
    r"|mocht(?:en)?|indien|als|zodra)\b"
    # not her answer to what they just asked: "Could you work with 70k? If so, we will
    # invite you" asks her (a request), "falls ja", "si oui", "si es así", "zo ja"
    r"(?! (?:so|yes|that works|ja|das passt|oui|c'est le cas|es asi|afirmativo|dat zo is"
    r"|dat past)\b)[^.!?;\n]{0,120}?"
)
#: Words in front of the invitation with no negation among them.
_UNDENIED: Final = r"(?:(?!nicht\b|kein\w*\b|not\b|pas\b|no\b|niet\b|geen\b)\w+ )"

#: An invitation promised for later after a condition of hers: a promise to write, weaker
#: than any step ("You will be invited to an onsite next week", unconditioned, is not it).
LATER_INVITE_PHRASES: Final[tuple[Row, ...]] = (
    (ACK, WEAK, CHOSEN_FIRST, _rx(
        rf"{_IF}\b(?:we(?:'ll| will| would|'d)) (?:then )?(?:invite|ask) you (?:to|for)\b"
        rf"|{_IF}\byou (?:will|would|'ll|'d) (?:then )?(?:be invited|go on to meet|be asked to"
        r" (?:attend|come))\b",
        rf"{_IF}\b(?:werden|wurden) wir (?:sie|dich) {_UNDENIED}{{0,8}}?einladen\b"
        rf"|{_IF}\b(?:sie (?:werden|wurden)|du (?:wirst|wurdest)|(?:werden|wurden) sie"
        rf"|(?:wirst|wurdest) du) {_UNDENIED}{{0,6}}?eingeladen\b",
        rf"{_IF}\bvous (?:serez|seriez) (?:\w+ )?(?:convie|convoque|invite)\w*"
        rf"|{_IF}\bnous vous (?:convierons|convoquerons|inviterons)\b",
        rf"{_IF}\b(?:seria|serias|sera|seras) (?:\w+ )?(?:convocad|invitad|citad)\w*"
        rf"|{_IF}\b(?:le|te|la) (?:convocaremos|invitaremos|citaremos)\b",
        rf"{_IF}\b(?:wordt|word) (?:u|je) {_UNDENIED}{{0,3}}?uitgenodigd\b"
        rf"|{_IF}\b(?:zullen|nodigen) (?:wij|we) (?:u|je) {_UNDENIED}{{0,4}}?uit(?:nodigen)?\b",
        # the invitation she would receive (probe-steps6): "if you are shortlisted you will
        # receive an invitation", "falls Sie ..., erhalten Sie eine Einladung", "si ...,
        # vous recevrez une invitation", "recibirás una invitación", "ontvang je een
        # uitnodiging"
        rf"{_IF}\byou(?:'ll| will| would|'d) (?:then )?(?:receive|get) (?:an? )?(?:\w+ )?"
        r"(?:invitation|invite)\b",
        rf"{_IF}\blade[n]? (?:wir|ich) (?:sie|dich) {_UNDENIED}{{0,8}}?ein\b",
        rf"{_IF}\b(?:erhalten|bekommen|erhaltst|bekommst) (?:sie|du) (?:dann )?(?:eine )?"
        r"(?:\w+ )?einladung\b",
        rf"{_IF}\b(?:vous recevrez|tu recevras) (?:alors )?(?:une|un) (?:\w+ )?(?:invitation"
        r"|convocation|lien)\b",
        rf"{_IF}\b(?:recibiras|recibira) (?:una|un) (?:\w+ )?(?:invitacion|convocatoria|enlace)\b",
        rf"{_IF}\b(?:ontvang|ontvangt|krijg|krijgt) (?:je|u) (?:dan )?(?:een )?(?:\w+ )?"
        r"uitnodiging\b",
        # ... or they would send it (mine, stop 48): "if you're shortlisted, we'll send an
        # invite for a video interview", "falls Sie in die engere Wahl kommen, schicken wir
        # Ihnen eine Einladung", "nous vous enverrons une invitation", "te enviaremos una
        # invitación", "sturen we je een uitnodiging" (read as her next round, p=0.99)
        rf"{_IF}\b(?:we|i)(?:'ll| will| would|'d) (?:then )?(?:send|email) (?:you )?(?:over )?"
        r"(?:an? )?(?:\w+ ){0,2}?(?:invitation|invite)\b",
        rf"{_IF}\b(?:schicken|senden) (?:wir|ich) (?:ihnen|dir) {_UNDENIED}{{0,4}}?einladung\b",
        rf"{_IF}\b(?:nous|je) (?:vous|te) (?:enverrons|enverrai|adresserons|ferons parvenir)"
        r" (?:alors )?(?:une|un) (?:\w+ )?(?:invitation|convocation)\b",
        rf"{_IF}\b(?:te|le|les) (?:enviaremos|mandaremos|haremos llegar|enviare|mandare)"
        r" (?:una|un) (?:\w+ )?(?:invitacion|convocatoria)\b",
        rf"{_IF}\b(?:sturen|mailen) (?:we|wij) (?:je|u) {_UNDENIED}{{0,4}}?uitnodiging\b",
    )),
)
