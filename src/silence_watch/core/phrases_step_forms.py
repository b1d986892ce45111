"""Next rounds and asks in forms the rows lacked (probe-steps5).

A probe of 80 replies that set her next move found these read as no news, as thanks, or
as a plain question (so the digest showed nothing for her to do, or the wrong thing):

- a round proposed as a question without a day: "When would suit you for a chat with
  Priya?", "Wann würde es Ihnen für ein Gespräch mit Frau Becker passen?", "Can you do a
  30-minute call with our COO?" (read as a question, not a round), "Ben je woensdag
  beschikbaar voor ronde 2?", "Would you be up for a final chat with our founder?", "quand
  pourriez-vous échanger avec notre DRH ?";
- a booking link for the round: "bitte tragen Sie sich über diesen Link für das
  Fachgespräch ein", "vous pouvez réserver directement votre entretien technique via ce
  lien", "je kunt via deze link zelf een tijdstip kiezen", "reserva tu entrevista aquí",
  "you can schedule your onsite directly via this link";
- the next stage named with no time: "votre candidature passe à l'étape suivante", "dass
  Sie eine Runde weiter sind", "vous êtes retenu pour la suite", "El director quiere verte
  otra vez";
- an ask put as the last step: "Como último paso, ¿podrías facilitarnos dos contactos?",
  "als letzten Schritt", "als laatste stap";
- a call back asked for (a request): "Frau Carter bittet um Rückruf", "Rückrufbitte",
  "merci de me rappeler au 01 ...", "call me back", "belt u mij even terug?". Never "merci
  de me rappeler que ..." (thanks for reminding me) nor "feel free to call me back".

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if you're successful, the next step would be ...") is no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, POLAR, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A round or a meeting, as the questions name it (folded, five languages).
_TALK: Final = (
    r"(?:chat|call|conversation|interview|meeting|catch-up|coffee|session|video call|zoom"
    r"|\w*gesprach|kennenlernen|interview|telefonat|treffen|austausch|termin"
    r"|entretien|echange|rendez-vous|rdv|appel|visio|entrevista|charla|llamada|reunion|cita"
    r"|\w*gesprek|kennismaking|ronde)"
)

STEP_FORM_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they ask when you can meet", _rx(
        # "When would suit you for a chat with Priya?", "when would work for you to have a
        # call with the team?"
        r"\bwhen (?:would|will|does|might|could) (?:it )?(?:suit|work for|be good for"
        rf"|be convenient for|be best for) you (?:for|to have|to do) (?:a|an|the|your) "
        rf"(?:\S+ ){{0,2}}?{_TALK}\b",
        # "Can you do a 30-minute call with our COO next Tuesday?", "would you be up for a
        # final chat with our founder?"
        rf"\b(?:can|could|would) you do (?:a|an|the) (?:\S+ ){{0,2}}?{_TALK} with\b"
        r"|\b(?:would|are|will) you (?:be )?(?:up for|keen (?:on|for)|open to) (?:a|an|another"
        rf"|one more) (?:\S+ ){{0,2}}?{_TALK}\b",
        # "you can schedule your onsite directly via this link"
        # never their own plan: "If the budget comes through, we'll schedule the panel"
        r"(?<!\bwe'll )(?<!\bwill )(?<!\bi'll )(?<!\bgoing to )(?<!\bwe'd )"
        r"\b(?:schedule|book|set up|arrange) (?:your|the) (?:\S+ )?(?:onsite|on-site|panel"
        r"|(?:final|second|next|technical|tech) (?:round|interview|screen))\b",
        # "Wann würde es Ihnen für ein Gespräch mit Frau Becker passen?"
        r"\bwann (?:wurde|ware|passt|passen|ginge|konnten|hatten|hattest) (?:es )?(?:ihnen"
        rf"|dir|euch|sie|du) (?:\S+ ){{0,3}}?(?:fur|zu) (?:ein|einen|eine|einem|das|den|ihr"
        rf"|dein|unser) (?:\S+ )?{_TALK}\b",
        # "passt es dir nächste Woche für ein Gespräch mit unserem CTO?"
        r"\b(?:passt|ginge|ware) es (?:ihnen|dir|euch) (?:\S+ ){0,4}?(?:fur|zu) (?:ein|einen"
        rf"|eine|einem|das|den) (?:\S+ )?{_TALK}\b",
        # "quand pourriez-vous échanger avec notre DRH ?"
        r"\bquand (?:pourriez-vous|pourrais-tu|seriez-vous disponible pour|serais-tu disponible"
        r" pour|auriez-vous (?:le temps|un moment) (?:de|pour)|vous serait-il possible de)"
        r" (?:\S+ ){0,2}?(?:echanger|discuter|parler|rencontrer|un echange|un appel|un entretien"
        r"|une visio)\b",
        # "Ben je woensdag beschikbaar voor ronde 2?", "bent u vrij voor een tweede gesprek?"
        r"\b(?:ben je|bent u|zou je|zou u|ben jij) (?:\S+ ){0,3}?(?:beschikbaar|vrij) (?:zijn )?"
        r"voor (?:ronde\b|(?:de|een|het) (?:\S+ )?(?:ronde|\w*gesprek|interview|kennismaking)\b)",
        # "wanneer schikt het jou voor een gesprek met Pieter?"
        r"\bwanneer (?:schikt|past|komt) het (?:je|jou|u) (?:\S+ ){0,2}?(?:uit )?voor"
        rf" (?:een|het|de) (?:\S+ )?{_TALK}\b",
        # booking links: "tragen Sie sich über diesen Link für das Fachgespräch ein"
        r"\btrag\w* (?:sie sich|dich|euch) (?:\S+ ){0,8}?(?:\w*gesprach|interview|termin|call"
        r"|kennenlernen)",
        # "réservez directement votre entretien technique via ce lien"
        r"\breserv(?:ez|er|e|es) (?:directement |vous-meme |ici )?(?:votre|ton|un|une)"
        r" (?:\S+ )?(?:entretien|rendez-vous|rdv|echange|appel|visio|creneau)\b",
        # "reserva tu entrevista aquí", "elige el hueco que mejor te venga"
        r"\b(?:reserva|reservar|elige|elegir|escoge|escoger) (?:tu|una|un|el|la) (?:\S+ )?"
        r"(?:entrevista|llamada|cita|hueco|franja|horario)\b",
        # "je kunt via deze link zelf een tijdstip kiezen", "boek een tijdslot"
        r"\b(?:tijdstip|tijdslot|tijdsslot|slot) (?:\S+ )?(?:kiezen|prikken|inplannen|boeken"
        r"|reserveren)\b|\b(?:kies|boek|reserveer|plan) (?:zelf )?(?:een|je) (?:tijdstip"
        r"|tijdslot|moment)\b|\bplan (?:\S+ ){0,4}?een (?:moment|tijdstip|tijdslot|afspraak) in\b",
        # Microsoft Bookings, HubSpot: "book a time on my calendar", "via my booking page"
        r"\b(?:book|schedule|find|pick|grab) (?:a |some )?time (?:on|in) (?:my|our|the)"
        r" (?:calendar|diary)\b|\b(?:my|our|the) (?:bookings?|scheduling) (?:page|link)\b",
    )),
    (NEXT_STEP, POLAR, "they invite you to the next step", _rx(
        # "votre candidature passe à l'étape suivante" ("ne passe pas": a no); never of
        # others, "on vous dira vendredi qui passe au second tour"
        r"(?<!qui )(?<!lesquels )(?<!lesquelles )\b(?:passe|passez|passes|passer|accede|accedez)"
        r" (?:\S+ ){0,2}?(?:a l'etape"
        r" suivante|a la (?:prochaine|derniere|seconde|deuxieme) (?:etape|phase)|a la phase"
        r" suivante|au (?:tour|stade) suivant|au (?:second|deuxieme) tour)\b",
        # "dass Sie eine Runde weiter sind", "Sie sind einen Schritt weiter"
        r"\b(?:eine|einen) (?:runde|stufe|schritt) weiter\b",
        # "vous êtes retenu pour la suite du processus" ("pas retenu": a no)
        r"\bretenue?s? pour (?:la suite|l'etape suivante|la phase suivante|le tour suivant)\b",
        # "El director quiere verte otra vez", "le gustaría volver a verla"
        r"\b(?:quiere|queremos|quieren|quisiera|quisieramos|gustaria) (?:mucho )?(?:volver a"
        r" (?:verte|verle|verla|reunirse contigo|reunirnos contigo)|verte (?:otra vez|de"
        r" nuevo))\b",
    )),
    (NEXT_STEP, STRONG, "an interview or a task is set", _rx(
        # "Como último paso, ¿podrías facilitarnos ...?", "als laatste stap willen we ..."
        r"(?:^|[.!?:;\n] ?)(?:as (?:a|the|our) (?:final|last|next) step|como (?:ultimo"
        r"|siguiente|proximo) paso|als (?:letzten|letzter|nachsten|nachster) schritt|als"
        r" (?:laatste|volgende) stap|(?:comme|en guise de) (?:derniere|prochaine) etape)\b",
    )),
    (REQUEST, STRONG, "they ask you to call back", _rx(
        r"(?<!free to )(?<!hesitate to )(?<!welcome to )\b(?:call|ring|phone) (?:me|us)"
        r" back\b|\breturn (?:my|our) call\b|\bcall-?back request\b|(?<!free to )(?<!hesitate to )"
        r"\bgive (?:me|us) a (?:call|ring|bell) back\b",
        r"\b(?:bitte|bittet|bitten|bat) (?:\S+ ){0,2}?um (?:einen |ihren |deinen |kurzen"
        r" |baldigen )*ruckruf\b|\bruckrufbitte\b|\b(?:rufen sie|ruf|ruft) (?:mich|uns)"
        r" (?:\S+ ){0,8}?zuruck\b|(?<!nicht )\bzuruckzurufen\b",
        r"\bmerci de (?:bien vouloir )?me rappeler(?! (?:que|qu'|ce|cela|ca|votre|ton|ta|vos"
        r"|tes|le|la|les|l')\b)|\b(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu) me rappeler\b"
        r"|\brappelez-moi\b|\brappelle-moi\b",
        r"\b(?:devuelveme|devolverme|devuelvame|devolverle) la llamada\b|\bme (?:llamas|llama"
        r"|puedes llamar|podrias llamar) (?:cuando|en cuanto|lo antes)\b"
        r"|\b(?:llamame|llameme|llamadme) (?:cuando puedas|cuando pueda|en cuanto puedas|lo antes"
        r" posible|por favor|porfa)\b|\bpor favor,? (?:llamame|llameme)\b",
        r"\b(?:bel|belt) (?:je|jij|u) (?:me|mij|ons) (?:even |eventjes |zo snel mogelijk )?terug"
        r"\b|\bterugbelverzoek\b",
    )),
)
