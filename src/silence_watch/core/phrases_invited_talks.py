"""A talk, a slot or papers asked for in the words the other rows lacked (probe-asks5).

The probe of next steps and asks wrote invitations as people type them, and the rules
read nothing in them (the learned reader, alone, was unsure or wrong), so a step she must
answer could be nudged for as if they owed her news:

- a call proposed as a question: "can we do a quick call sometime this week w/ the
  hiring mgr?", "lass uns diese Woche mal kurz telefonieren", "on peut s'appeler cette
  semaine pour la suite ?", "¿podemos hablar x tel esta semana?", "kunnen we deze week
  even bellen over de volgende stap?";
- a slot that suits *for* the meeting: "Would Tuesday the 15th at 3pm suit for a chat
  with Priya?", "jeudi à 11h vous conviendrait pour un entretien ?", "¿te cuadra el
  jueves 17 por la mañana?";
- the German invitation whose "ein" comes far after its "laden Sie": "wir laden Sie
  herzlich zu einem persönlichen Gespräch an unserem Standort in Stuttgart ein";
- "nous souhaitons vous rencontrer" (typed "vous rencontré"), "buchen Sie sich über
  folgenden Link einen Termin";
- references to be taken up: "quisiéramos solicitar referencias",
  "Referenzauskünfte einholen";
- papers still missing: "fehlt uns noch eine Kopie Ihres Aufenthaltstitels. Wir bitten um
  Zusendung";
- going on with her, in Dutch word order (tester round u55sw): "we hebben de andere finalist
  afgewezen en willen graag met jou verder" was read as "still deciding", the others told
  no, and the CEO she was asked to meet a mere question; a negation in front makes it a no
  ("we gaan niet met je verder").

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if we decide to go ahead, ...": ``core.go_ahead_conditions``) is no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.calloff_words import DAY_WORDS
from silence_watch.core.phrase_rows import NEXT_STEP, POLAR, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A short call or talk (folded, five languages).
_CALL: Final = (
    r"(?:(?:quick|short|brief|\d\d[- ]?min(?:ute)?s?) )?(?:phone |video |zoom |teams )?"
    r"(?:call|chat|catch[- ]up)"
)

INVITED_TALK_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "they ask when you can meet", _rx(
        # "can we do a quick call sometime this week?", "could we set up a chat?"
        rf"\b(?:can|could|shall) we (?:(?:do|have|set up|jump on|hop on|grab|schedule|book)"
        rf" )?(?:a )?{_CALL}\b",
        # "lass uns diese Woche mal kurz telefonieren", "können wir kurz telefonieren?"
        r"\b(?:lass|lasst|lassen) uns (?:_W_){0,4}?(?:telefonieren|sprechen|austauschen"
        r"|zusammensetzen)\b|\bkonnen wir (?:_W_){0,4}?(?:telefonieren|sprechen)\b",
        # "on peut s'appeler cette semaine ?", "pourrions-nous caler un point ?"
        r"\b(?:on peut|on pourrait|peut-on|pourrait-on|pourrions-nous|pouvons-nous)"
        r" (?:s'appeler|se parler|s'appeller|se telephoner|faire un (?:point|appel|call)"
        r"|caler un (?:point|appel|call|creneau))\b",
        # "¿podemos hablar x tel esta semana?", "podríamos tener una llamada"
        r"\b(?:podemos|podriamos|pudieramos) (?:hablar|charlar|tener una llamada"
        r"|hacer una llamada|agendar una llamada|coordinar una llamada)\b",
        # "kunnen we deze week even bellen?", "zullen we volgende week even spreken?"
        r"\b(?:kunnen|zullen) we (?:_W_){0,4}?(?:bellen|videobellen|spreken|afspreken)\b",
        # "Would Tuesday the 15th at 3pm suit for a chat with Priya?"
        rf"\b(?:would|does|could|will) (?:{DAY_WORDS})\b[^.!?\n]{{0,40}}?\b(?:suit|work)"
        r"(?: for you)? (?:for|with) (?:a|an|the|our)\b",
        # "jeudi 17 décembre à 11h vous conviendrait pour un entretien ?"
        r"\b(?:vous|te) (?:conviendrai(?:t|ent)|irai(?:t|ent))\b[^.!?\n]{0,30}?\bpour (?:un|une"
        r"|l'|le|la|notre) (?:\w+ )?(?:entretien|echange|rendez-vous|appel|rencontre|visio)",
        # "¿te cuadra el jueves 17 por la mañana?"
        rf"\b(?:te|le|os|les) (?:cuadra|cuadraria|acomoda|acomodaria|sirve|serviria)"
        rf" (?:el |la )?(?:(?:{DAY_WORDS})\b|\d)",
        # "wir laden Sie herzlich zu einem persönlichen Gespräch an unserem Standort ein"
        r"\b(?:laden|lade) (?:wir |ich )?(?:sie|dich|euch) (?:herzlich |gerne? )?(?:zu|zum|zur)"
        r" [^.!?;:\n]{0,100}?\bein(?= ?(?:[,.;:!)]|$|\n))",
        # "nous souhaitons vous rencontrer pour un entretien" ("vous rencontré" typed)
        r"\b(?:souhait\w+|aimerions|aimerait|voudrions|voudrait) (?:vous|te) rencontr\w*",
        # "I'll send an invite shortly for Thursday 10am", "je vous envoie l'invitation Teams"
        r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to) (?:\w+ )?(?:send|shoot"
        r"|forward)(?: you)?(?: over| across| out| through)? (?:an?|the|my|our) (?:\w+ )?"
        r"(?:invite|invitation)\b",
        r"\b(?:je|nous) (?:vous|te) (?:envoie|envoyons|enverrai|enverrons|transmets"
        r"|transmettrai) (?:l'|une |la |le )?(?:invitation|invit|convocation)",
        # "Dan plan ik het gesprek met de teamlead in", once her times are known
        r"\b(?:dan )?plan (?:ik|we) (?:het|een|de|je|jouw) (?:\w+ )?(?:gesprek|interview"
        r"|afspraak|kennismaking)\b",
        # "buchen Sie sich über folgenden Link einen Termin für das Fachinterview"
        r"\bbuchen sie (?:sich )?(?:_W_){0,5}?(?:einen|ihren) (?:\w+)?termin\b",
    )),
    (NEXT_STEP, STRONG, "they ask for your references", _rx(
        # "quisiéramos solicitar referencias", "Referenzauskünfte einholen"
        r"\b(?:solicitar|pedir|pedirle|pedirte|comprobar|verificar|contrastar)"
        r" (?:sus |tus |las |unas )?referencias\b",
        # "nos gustaría hablar con dos referencias laborales tuyas" (w2esnl-015)
        r"\b(?:hablar|contactar) con (?:dos|2|tres|tus|sus) referencias\b",
        r"\breferenz(?:auskunfte|auskunft|en) (?:_W_){0,5}?(?:einholen|einzuholen|anfragen)\b",
    )),
    (NEXT_STEP, POLAR, "they go on with you", _rx(
        # "willen graag met jou verder", "gaan met u verder in de procedure", "dat we met je
        # verder willen"
        r"\b(?:willen|wil|gaan|ga|gaat) (?:\w+ ){0,2}?met (?:je|jou|u) verder\b"
        # never "we weten nog niet of we met je verder willen": whether, not that
        r"|(?<!\bof we )(?<!\bof wij )\bmet (?:je|jou|u) verder (?:willen|wil|gaan)\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # "fehlt uns noch eine Kopie ... Wir bitten um Zusendung bis zum 11.12."
        r"\bbitten (?:wir )?(?:sie |dich )?(?:hoflich |freundlich )?um (?:die |eine |ihre )?"
        r"(?:zusendung|ubersendung|nachreichung|ubermittlung)\b",
        # her papers only: never "fehlt uns noch die Abstimmung mit dem Fachbereich" (w21ns)
        r"\bfehl(?:t|en) (?:uns )?(?:leider )?noch (?:eine?|ihre?|dein\w*|die|das|der)"
        r" (?:\w+ )?(?:kopie|nachweis\w*|\w*zeugnis\w*|unterlage\w*|dokument\w*|lebenslauf"
        r"|anschreiben|bescheinigung\w*|ausweis\w*|aufenthalts\w*|zertifikat\w*|unterschrift)\b",
    )),
)
