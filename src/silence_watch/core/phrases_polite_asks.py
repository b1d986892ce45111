"""Requests put politely or passed on, and steps offered as a session (issue 12, probes).

Found by probing with voices unlike the corpus':

- a request in the form of thanks: "Merci de nous préciser votre date de disponibilité"
  (French for "please tell us", never thanks: "merci de nous avoir transmis" is), "we'd
  be grateful if you could", "wir wären Ihnen dankbar, wenn Sie", "le agradeceríamos que
  nos enviara", "we stellen het op prijs als u";
- a question passed on from someone else: "our hiring manager asked whether you'd be open
  to a hybrid setup", "le client m'a demandé si vous seriez ouverte", "er fragt, ob Sie",
  "pregunta si estarías dispuesta", "de klant vraagt of je open staat";
- a next step named as a session to have with her: "the team wants to do a pairing
  session w you", "organiser une session avec toi", "hacer una sesión contigo", "een
  sessie met je inplannen" (good news a negation in front turns into a no).

A second probe (150 replies in voices we did not use) added: a question passed on by
asking her ("me pide que te pregunte si", "hat mich gebeten, Sie zu fragen, ob", "vroeg me
om je te vragen of", "m'a demandé de vous demander si"); a quick call asked for ("T'aurais
10 min demain pour un appel rapide ?"); a meeting over coffee wished for ("j'aimerais
beaucoup qu'on se voie autour d'un café"); a task they will send ("möchten wir Ihnen eine
kleine Probeaufgabe schicken").

Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, POLAR, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

POLITE_ASK_PHRASES: Final[tuple[Row, ...]] = (
    (REQUEST, STRONG, "they ask you for something", _rx(
        r"\bmerci (?:de|d') (?:bien vouloir )?(?:nous |me |m')?(?:preciser|transmettre|envoyer"
        r"|faire parvenir|indiquer|confirmer|communiquer|retourner|renvoyer|fournir|joindre"
        r"|completer|remplir|adresser|repondre|signer)\b",
        r"\b(?:i|we)(?:'d| would) (?:be (?:very )?grateful|(?:really )?appreciate(?: it)?) if"
        r" you (?:could|would|can)\b",
        r"\b(?:waren|ware) (?:wir|ich) (?:ihnen|dir) (?:sehr )?dankbar, wenn (?:sie|du)\b"
        r"|\b(?:wir waren|ich ware) (?:ihnen|dir) (?:sehr )?dankbar, wenn (?:sie|du)\b",
        r"\bagradecer(?:ia|iamos|emos|e) (?:que )?(?:nos |me )?(?:envi|indiqu"
        r"|confirm|remit|facilit|mand|complet|respond|hag)\w*",
        r"\b(?:(?:stellen|zouden) (?:we|wij|ik)|(?:we|wij|ik) (?:stellen|zouden)) (?:het )?"
        r"(?:zeer )?op prijs (?:stellen )?(?:als|indien) (?:je|u)\b",
        # "Le escribo para solicitarle que nos haga llegar ...", "il nous manque encore votre
        # bulletin de salaire" (probe-steps3's fresh set): an ask in a statement's clothes
        r"\b(?:solicitarle|solicitarte|pedirle|pedirte|rogarle) que (?:nos |me )?(?:haga|hagas"
        r"|envie|envies|mande|mandes|remita|remitas|facilite|facilites|indique|indiques"
        r"|confirme|confirmes|complete|completes)\b",
        r"\b(?:il )?(?:nous|me) manque (?:encore |toujours )?(?:votre|ton|ta|vos|tes)\b",
    )),
    # her answer awaited by a day (probe-dates11): "I'd appreciate a reply within 48 hours",
    # "wir freuen uns auf Ihre Rückmeldung bis Freitag", "nous attendons votre réponse sous
    # huitaine", "te agradecería una respuesta en las próximas 48 horas", "graag je reactie
    # binnen 48 uur": read as their news, the wait ran for them while they waited for her.
    # Only with the deadline: "Looking forward to hearing from you" alone signs off.
    (REQUEST, STRONG, "they await your answer by a day", _rx(
        r"\b(?:(?:i|we)(?:'d| would) appreciate (?:a|an|your)(?: quick| prompt)? (?:reply"
        r"|response|answer|decision|confirmation)|(?:look|looking) forward to (?:hearing from"
        r" you|your (?:reply|response|answer|decision))|(?:await|awaiting) your (?:reply"
        r"|response|answer|decision))[^.!?;]{0,20}?\b(?:by|within|before|no later than)\b",
        r"\b(?:freu(?:e|en) (?:uns|mich) auf (?:ihre|deine) (?:ruckmeldung|antwort|entscheidung"
        r"|zusage)|erwarten (?:ihre|deine) (?:ruckmeldung|antwort|entscheidung)|(?:bitten"
        r"|bitte) um (?:ihre |deine |eine |kurze )*(?:ruckmeldung|antwort))[^.!?;]{0,20}?"
        r"\b(?:bis|innerhalb|binnen|spae?testens)\b",
        r"\b(?:merci de (?:me|nous) faire (?:un |votre |ton )?retour|(?:nous )?attend(?:ons|s)"
        r" (?:votre|ta) (?:reponse|retour|decision)|dans l'attente de (?:votre|ta) (?:reponse"
        r"|retour))[^.!?;]{0,20}?\b(?:d'ici|avant|sous|au plus tard|dans les)\b",
        r"\b(?:agradecer(?:ia|iamos|e|emos) (?:una |tu |su )?(?:respuesta|confirmacion"
        r"|contestacion)|(?:esperamos|espero|quedo a la espera de|quedamos a la espera de)"
        r" (?:tu|su|vuestra) (?:respuesta|confirmacion|decision))[^.!?;]{0,20}?\b(?:antes"
        r"|en (?:las|los) proxim|a mas tardar|en un plazo|como (?:muy )?tarde)",
        r"\b(?:graag (?:je|uw|jouw) (?:reactie|antwoord|beslissing)|(?:zien|zie) (?:je|uw"
        r"|jouw) (?:reactie|antwoord|beslissing) graag)[^.!?;]{0,20}?\b(?:binnen|uiterlijk"
        r"|voor|tegen)\b",
    )),
    (REQUEST, STRONG, "they pass on a question to you", _rx(
        r"\b(?:asked|asks|asking|wondering|wondered|wonders|wants to know|would like to know"
        r"|'d like to know|wanted to know) (?:me )?(?:whether|if) you(?:'d| would| are|'re"
        r"| have| could| can| might)\b",
        r"\b(?:fragt|fragte|mochte (?:gerne? )?wissen|will wissen|wollte wissen|erkundigt"
        r" sich)(?: \w+){0,3},? ob (?:sie|du)\b",
        r"\b(?:demande|demandait|aimerait savoir|voudrait savoir|souhaite savoir|souhaiterait"
        r" savoir) (?:\S+ ){0,2}?si (?:vous|tu)\b",
        r"\b(?:pregunta|pregunto|preguntaba|quiere saber|quisiera saber|gustaria saber)"
        r" (?:\S+ ){0,2}?si (?:estarias|estaria|estas|tienes|tiene|podrias|podria|puedes"
        r"|te|le|usted|tu)\b",
        r"\b(?:vraagt|vroeg|wil (?:graag )?weten|vraagt zich af) (?:\S+ ){0,3}?of (?:je|u"
        r"|jij)\b",
    )),
    (NEXT_STEP, POLAR, "they want a session with you", _rx(
        r"\b(?:want|wants|wanted|would like|'d like|love|keen) to (?:do|have|run|set up|book)"
        r" (?:a|an|one more|another) (?:\S+ ){0,2}?(?:session|exercise) (?:with|w/?) you\b",
        r"\b(?:faire|organiser|caler|planifier) (?:une|un) (?:session|atelier|exercice)"
        r" (?:\S+ ){0,3}?avec (?:vous|toi)\b",
        r"\b(?:hacer|tener|organizar|agendar) (?:una|un) (?:sesion|ejercicio) (?:\S+ ){0,3}?"
        r"con(?:tigo| usted| vos)\b",
        r"\b(?:eine?n?) (?:\S+ ){0,2}?(?:session|ubung) mit (?:ihnen|dir) (?:machen|fuhren"
        r"|vereinbaren|durchfuhren|ansetzen)\b",
        r"\b(?:sessie|opdracht) met (?:je|jou|u) (?:doen|houden|plannen|inplannen)\b",
    )),
    (REQUEST, STRONG, "they pass on a question to you", _rx(
        r"\b(?:me pide|me pidio|me ha pedido|nos pide|nos ha pedido) que (?:te|le|os) (?:pregunte"
        r"|preguntemos|consulte|consultemos) si\b",
        r"\b(?:gebeten|bittet mich|bat mich|bittet uns|bat uns),? (?:sie|dich|euch) zu fragen,?"
        r" ob\b|\blasst (?:sie |dich )?(?:kurz )?fragen,? ob\b",
        r"\b(?:vroeg|vraagt|heeft gevraagd|vroegen) (?:me|mij|ons) (?:om )?(?:je|jou|u) te"
        r" vragen of\b",
        r"\b(?:m'a|nous a|me|nous) demande(?:nt)? de (?:vous|te) (?:demander|poser la question)"
        r" si\b",
        r"\basked (?:me|us) to (?:ask|check with) you (?:whether|if)\b",
    )),
    (REQUEST, STRONG, "they ask when you can meet", _rx(
        # "T'aurais 10 min demain pour un appel rapide ?": a call asked for, in a question
        r"\b(?:t'aurais|tu aurais|aurais-tu|auriez-vous|vous auriez|as-tu|avez-vous|t'as|tu as"
        r"|vous avez)\b(?! eu\b)[^.!?]{0,40}?\bpour (?:un |une )?(?:petit |petite |rapide "
        r"|court |bref )?"
        r"(?:appel|call|coup de fil|echange|point|visio|telephone)\b[^.!?]*\?",
    )),
    (NEXT_STEP, POLAR, "they want to see you again", _rx(
        # a meeting wished for: "j'aimerais beaucoup qu'on se voie autour d'un café"
        r"\b(?:j'aimerais|je voudrais|nous aimerions|nous voudrions|je souhaiterais|on pourrait"
        r"|ca te dirait|ca vous dirait|ca vous dirait de) (?:beaucoup |bien |vraiment )?"
        r"(?:qu'on se (?:voie|voit|rencontre)|que nous nous (?:voyions|rencontrions)|(?:de )?"
        r"(?:vous|te) rencontrer|(?:de )?prendre un cafe)\b",
    )),
    (NEXT_STEP, POLAR, "an interview or a task is set", _rx(
        # "möchten wir Ihnen eine kleine Probeaufgabe schicken"
        r"\b(?:ihnen|dir|euch) (?:gerne? |noch |dann |morgen |zeitnah )*(?:eine|die|unsere)"
        r" (?:kleine |kurze )?(?:probeaufgabe"
        r"|testaufgabe|arbeitsprobe|case study|coding challenge|aufgabe)\b _W_{0,3}?(?:schicken"
        r"|senden|zusenden|zukommen|zuschicken|geben|stellen)\b",
    )),
)
