"""Their answer to her own no to a round: good wishes, no news of theirs. Pure.

A candidate who lets them know she will not come to the next round (she took another
job, or has changed her mind) gets a kind reply that names the round she declined:
"Totally understand that you'd rather not do the final round given the other offer",
"schade, dass Sie nicht zum zweiten Gespräch kommen möchten", "Bien noté que vous ne
souhaitez pas donner suite au second entretien", "Entiendo perfectamente que prefieras no
seguir con la segunda entrevista", "Jammer dat je niet verder wilt met het tweede
gesprek" (probe-steps4). The rules read the round as her next step, or her own "not go
on" as their no (a sure rejection, p=0.99 for the Dutch one): a feedback request would
have gone to people she had just said goodbye to.

The corpus labels such a reply a pleasantry (a recruiter congratulating a candidate who
withdrew). A round or a "not go on" in the sentence of her refusal is hers, not theirs,
and a reply with nothing else in it is that pleasantry. Her refusal as a condition is
none: "if you'd rather not do the final round, let me know", "falls Sie nicht mehr ...
möchten", "si vous ne souhaitez pas poursuivre", "als je niet verder wilt" (a question).

Matched on folded text (``core.language.fold``): lower case, no accents.
"""

from __future__ import annotations

import functools
from typing import Final

from silence_watch.core.hypotheticals import bounds
from silence_watch.core.lazy_patterns import lazy_pattern

#: Her refusal, with her as its subject (folded, five languages).
_SHE_DECLINES: Final = lazy_pattern(
    # English, as in "you'd rather not do the final round"
    # (going on, a round: never "you'd rather not relocate, so the final round is remote")
    r"\byou(?:'d| would) (?:rather|prefer) not (?:to )?(?:do|go|continue|proceed|attend|come"
    r"|take|join|move|pursue|carry on|sit)\b"
    r"|\byou(?:'ve| have)? (?:decided|chosen|opted) (?:not to|to (?:withdraw|step back|pull"
    r" out|decline|bow out))\b"
    r"|\byou(?:'re| are) (?:withdrawing|pulling out|stepping back|stepping away|bowing out)\b"
    # her other offer taken (probe-noes10): "sorry to hear you've accepted another offer, but
    # congratulations!", "dass Sie ein anderes Angebot angenommen haben", "vous avez accepté
    # une autre offre", "has aceptado otra oferta", "je een ander aanbod hebt aangenomen"
    r"|\byou(?:'ve| have)? (?:accepted|taken) (?:another|an|a) (?:offer|role|position|job)\b"
    # ... or chosen, or theirs turned down (probe-noes11: "Schade, dass Sie sich für ein
    # anderes Angebot entschieden haben" a sure no, 0.99): "you're going with another
    # company", "que vous ayez accepté une autre proposition", "dass Sie unser Angebot
    # nicht annehmen", "que rechaces nuestra oferta", "dat je ons aanbod afslaat"
    r"|\byou(?:'ve| have|'re| are)? (?:going|gone|went|decided to go) with (?:another|a"
    r" different|the other) (?:offer|company|role|employer|opportunity|position)\b"
    r"|\b(?:sie|du) (?:sich|dich) (?:\w+ ){0,2}?(?:fur (?:ein|eine|einen) (?:anderes|andere"
    r"|anderen) (?:angebot|stelle|unternehmen|arbeitgeber|job|position)|gegen (?:unser|das"
    r"|unsere|die) (?:angebot|vertragsangebot|zusage)) entschieden\b"
    r"|\b(?:sie|du) (?:unser|das) (?:vertrags)?angebot (?:leider )?(?:nicht annehmen\w*"
    r"|ablehnen|ablehnst|ausschlagen|abgelehnt)\b"
    r"|\b(?:vous ayez|tu aies) accepte une autre (?:offre|proposition)\b"
    r"|\b(?:vous|tu) (?:declinez|declines|avez decline|as decline|refusez|refuses|avez refuse"
    r"|as refuse) (?:notre|l'|cette|mon) ?(?:offre|proposition)\b"
    r"|\b(?:rechaces|rechazas|has rechazado|declinas|has declinado|no (?:vas a aceptar"
    r"|aceptaras|aceptes|aceptaste)) (?:nuestra|la|mi) (?:oferta|propuesta)\b"
    r"|\b(?:je|u) (?:ons|het|mijn) aanbod (?:niet aanneemt|afslaat|hebt afgeslagen"
    r"|heeft afgeslagen|afwijst)\b"
    r"|\b(?:je|u) (?:hebt |heeft )?(?:gekozen )?voor (?:een )?(?:ander aanbod|andere baan"
    r"|andere werkgever|ander bedrijf) (?:hebt |heeft )?(?:gekozen|kiest)\b"
    r"|\b(?:sie|du) (?:ein|eine) (?:anderes|andere) (?:angebot|stelle|zusage) angenommen\b"
    r"|\b(?:vous avez|tu as) accepte une autre (?:offre|proposition)\b"
    r"|\b(?:has|haya?s) aceptado otra (?:oferta|propuesta)\b"
    r"|\b(?:je|u) (?:een )?(?:ander aanbod|andere baan) (?:hebt |heeft )?(?:aangenomen"
    r"|geaccepteerd)\b"
    r"|\byou (?:don't|do not|no longer) (?:want|wish) to (?:continue|proceed|go ahead|move"
    r" forward|pursue|attend|do|take part|come)\b"
    r"|\byou won't be (?:attending|joining us|continuing|going ahead|proceeding|coming)\b"
    r"|\byou(?:'ve| have) (?:declined|turned down) (?:the|our|my) (?:invitation|interview"
    r"|final|next|second)\b"
    # German, as in "dass Sie nicht zum zweiten Gespräch kommen möchten", "Ihre Absage"
    r"|\b(?:sie|du) (?:\w+ ){0,4}?(?:nicht|nicht mehr|doch nicht|nicht weiter|keine?n?)"
    r" (?:\w+ ){0,4}?(?:kommen|teilnehmen|weitermachen|fortfahren|weiter|dabei sein"
    r"|wahrnehmen|fortsetzen) (?:mochten|mochtest|wollen|willst)\b"
    r"|\b(?:ihre|deine) absage\b|\b(?:ihren|deinen) ruckzug\b"
    r"|\b(?:sie|du) (?:ziehen|ziehst) (?:ihre|deine) bewerbung zuruck\b"
    r"|\b(?:sie|du) (?:ihre|deine) bewerbung zuruck(?:ziehen|ziehst|gezogen)\b"
    # French, as in "vous ne souhaitez pas donner suite", "votre désistement"
    r"|\b(?:vous|tu) ne (?:souhaitez|souhaites|voulez|veux|desirez|desires) (?:pas|plus)"
    r" (?:donner suite|poursuivre|continuer|participer|venir|passer|vous presenter"
    r"|te presenter|aller plus loin)\b"
    r"|\b(?:vous|tu) (?:avez|as) (?:decide|choisi|prefere) de ne pas (?:donner suite"
    r"|poursuivre|continuer|participer|venir|passer|vous presenter|te presenter)\b"
    r"|\b(?:vous|tu) (?:preferez|preferes|prefereriez|preferais) ne pas (?:donner suite"
    r"|poursuivre|continuer|participer|venir|passer|vous presenter|te presenter)\b"
    r"|\b(?:vous vous|tu te) (?:desistez|desistes|retirez|retires)\b|\b(?:votre|ton) desistement\b"
    # ... and her application withdrawn: "que tu retires ta candidature" (probe-noes8)
    r"|\b(?:vous|tu) (?:retirez|retires|retiriez|retiries|avez retire|as retire) (?:votre|ta)"
    r" candidature\b"
    # Spanish in the tú forms only, as in "que prefieras no seguir con la segunda
    # entrevista": "la empresa ha decidido no seguir adelante" is their no
    r"|\b(?:prefieras|prefieres|prefirieras|decidiste|has decidido) no (?:seguir|continuar"
    r"|avanzar|participar|hacer|asistir|venir|presentarte)\b"
    r"|\bno (?:quieres|quieras|deseas|desees) (?:seguir|continuar|avanzar|participar|asistir"
    r"|presentarte)\b|\b(?:te retiras|te retires|retirar tu candidatura|retiras tu candidatura"
    r"|retires tu candidatura)\b"
    # Dutch, as in "Jammer dat je niet verder wilt met het tweede gesprek"
    r"|\b(?:je|jij|u) (?:\w+ ){0,3}?(?:niet|niet meer|toch niet|liever niet) (?:verder"
    r" (?:wilt|wil|wenst|gaat)|(?:\w+ ){0,3}?(?:komt|komen wilt|meedoet|deelneemt|doet"
    r"|wilt doen))\b"
    r"|\b(?:je|u) (?:hebt|heeft) (?:besloten|gekozen) (?:om )?(?:niet|je terug|zich terug)\b"
    r"|\b(?:je|u) (?:je|zich) terug(?:trekt|te trekken)\b"
    # "dank dat je laat weten dat je je sollicitatie intrekt", Flemish "je kandidatuur"
    r"|\b(?:je|u) (?:je|jouw|uw) (?:sollicitatie|kandidatuur) (?:intrekt|in te trekken"
    r"|hebt ingetrokken|heeft ingetrokken|terugtrekt)\b"
    # her application withdrawn, named as hers (probe-sure2): "you've withdrawn your
    # application", "votre decision de retirer votre candidature", "que hayas decidido
    # retirarte del proceso", "dat je je sollicitatie hebt ingetrokken"
    r"|\byou(?:'ve| have) withdrawn (?:your application|from (?:the|our) process)\b"
    r"|\b(?:votre|ta) decision de (?:retirer (?:votre|ta) candidature|vous retirer|te retirer"
    r"|ne pas (?:donner suite|poursuivre|continuer))\b"
    r"|\b(?:hayas|has) decidido (?:retirarte|retirar tu candidatura|no seguir)\b"
    r"|\b(?:je|u) (?:je |uw )?sollicitatie (?:hebt |heeft )?ingetrokken\b"
    r"|\b(?:ihre|deine) (?:entscheidung|entschluss),? (?:ihre|deine) bewerbung zuruckzuziehen\b"
    # her wish, noted (mine, stop 48): "we have noted that you wish to withdraw your
    # application" (read as their no, 0.59); "damos de baja tu candidatura tal como nos
    # pediste"; "dass Sie Ihre Bewerbung zurückziehen möchten"
    r"|\byou(?:'d| would)? (?:wish|want|like|wanted|wished) to withdraw\b"
    r"|\b(?:damos|dimos|hemos dado) de baja (?:tu|su) (?:candidatura|postulacion|solicitud)"
    r",? (?:tal |tal y )?como (?:nos |me )?(?:pediste|solicitaste|indicaste|pidio|solicito)\b"
    r"|\b(?:sie|du) (?:ihre|deine) bewerbung (?:gerne |lieber )?zuruckziehen (?:mochten"
    r"|mochtest|wollen|willst)\b",
    grouped=True,
)
#: A condition or a question in front of it: her refusal only thought of.
_ONLY_THOUGHT_OF: Final = lazy_pattern(
    r"\b(?:if|whether|in case|should|falls|wenn|ob|sofern|sollten?|si|au cas ou|en caso de"
    r"(?: que)?|als|of|indien|mocht|mochten|tenzij|unless|sauf si|a menos que)\b[^.!?,;]*$"
)
_SENTENCE_ENDS: Final = (".", "!", "?", ";", "\n")


@functools.lru_cache(maxsize=64)
def _refusals(folded: str) -> tuple[tuple[int, int], ...]:
    """The spans of her refusals in ``folded``, each not in a condition or a question.

    Found once a text: ``core.intents`` asks for every rejection and next-step phrase in
    it, and ``core.step_lookalikes`` and ``intent_of`` ask again.
    """
    found = []
    for match in _SHE_DECLINES.finditer(folded):
        begin, stop = bounds(folded, match.start(), match.end(), _SENTENCE_ENDS)
        if _ONLY_THOUGHT_OF.search(folded[max(begin, match.start() - 40) : match.start()]):
            continue
        if folded[stop : stop + 1] == "?":
            continue  # "you'd rather not do the final round?": asked
        found.append((begin, stop))
    return tuple(found)


def in_her_refusal(folded: str, start: int) -> bool:
    """True when the phrase at ``folded[start]`` is in a sentence in which she declines."""
    return any(begin <= start <= stop for begin, stop in _refusals(folded))


def she_declined(folded: str) -> bool:
    """True when ``folded`` says she declined (a round, or going on), not as a condition."""
    return bool(_refusals(folded))
