"""Nothing decided yet, and she is still in it: a wait, in five languages. Pure.

"Noch ist nichts entschieden. Am Dienstag wissen wir mehr", "Rien n'est joué, vous êtes
toujours dans la course", "Todavía no hay nada decidido", "We kunnen je helaas nog geen
uitsluitsel geven": the English rows read "nothing has been decided" and "still in the
running", the others had no row, and the learned reader heard "leider", "helaas" and the
negations as a no. Read so, at 0.32 to 0.59, the process stopped and the digest asked what a
plain delay meant (tester round u52hd).

The rows name no object, as the English ones do: in a reply about her process, a decision
not yet taken is hers. A no in the same mail ("intern ist noch nichts entschieden, aber für
diese Stelle haben wir uns für eine andere Kandidatin entschieden") is read by its own rows,
and ``core.intents`` weighs the two as it weighs "still deciding" beside a no elsewhere.

Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ACK, DECIDING_WHEN, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

STILL_OPEN_PHRASES: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "they are still deciding", _rx(
        # de: "noch ist nichts entschieden", "es ist noch keine Entscheidung gefallen"
        r"\bnoch (?:ist |wurde )?nichts (?:entschieden|beschlossen)\b"
        r"|\b(?:ist|wurde) (?:bisher |bislang )?noch nichts (?:entschieden|beschlossen)\b"
        r"|\bnoch keine entscheidung gefallen\b"
        r"|\b(?:sind|bist) (?:weiterhin|nach wie vor|immer noch|noch) (?:voll )?im rennen\b",
        # her application still being read, beside an ad taken down (probe-hold7): "Ihre
        # Bewerbung ist davon nicht betroffen und wird weiterhin geprüft"
        r"\b(?:ihre|deine) (?:bewerbung|unterlagen)\b[^.!?\n]{0,60}?\b(?:wird|werden)"
        r" (?:aber |jedoch |naturlich |selbstverstandlich )?(?:weiterhin|nach wie vor|noch|gerade"
        r"|derzeit|aktuell) (?:gepruft|bearbeitet|berucksichtigt|gesichtet)\b",
        # fr: "rien n'est (encore) décidé", "pas encore de décision"
        r"\brien n'est (?:encore )?(?:decide|joue|tranche|arrete|fait)\b"
        r"|\bpas encore (?:de|pris de|pris la|pris notre) decision\b"
        r"|\b(?:vous etes|tu es) (?:toujours|encore) (?:dans la course|en lice)\b",
        # es: "todavía no hay nada decidido", "aún no tenemos una decisión"
        r"\b(?:todavia|aun) no (?:hay|tenemos|hemos tomado) (?:nada decidido|(?:una |ninguna )?"
        r"decision)\b|\bno hay nada decidido\b",
        # nl: "nog niets besloten", "nog geen uitsluitsel", "je bent nog steeds in de race"
        r"\bnog (?:niets|niks) (?:besloten|beslist)\b|\bnog geen uitsluitsel\b"
        r"|\b(?:je|u) (?:bent|zit) (?:nog steeds|nog altijd) in de race\b",
        # and in English, what the older rows missed: "nothing's decided", "you're still very
        # much in the running"
        r"\bnothing's (?:been )?(?:decided|settled)\b"
        r"|\bstill very much in (?:the running|contention|the mix|the process)\b",
        # she stays in it, said with "remain": "You remain in the process" after news of the
        # other finalists (stop 47), "Sie bleiben im Verfahren", "vous restez en lice",
        # "sigues/continúas en el proceso", "je blijft in de race"
        r"\byou (?:remain|stay) (?:very much )?(?:in (?:the process|the running|contention"
        r"|consideration)|on (?:the|our) shortlist|under consideration)\b"
        r"|\b(?:sie bleiben|du bleibst) (?:weiterhin )?(?:im (?:verfahren|rennen|prozess)"
        r"|in der (?:engeren )?auswahl)\b|\b(?:vous restez|tu restes) (?:en lice|dans la course"
        r"|dans le processus)\b|\b(?:continuas|continua|sigues|sigue) (?:dentro del|en el) proceso"
        r"\b|\b(?:je blijft|u blijft) (?:in de race|in de procedure|in beeld)\b",
        # still interviewing, as "we are still interviewing" reads (stop 47): "wir führen
        # derzeit noch Gespräche", "nous menons encore des entretiens", "seguimos haciendo
        # entrevistas", "we voeren nog gesprekken"
        r"\b(?:wir )?fuhren (?:derzeit |gerade |aktuell |momentan )?noch (?:weitere )?"
        r"(?:gesprache|interviews|vorstellungsgesprache)\b"
        r"|\b(?:nous )?(?:menons|poursuivons|avons) encore (?:des|quelques|d'autres) entretiens\b"
        r"|\b(?:seguimos|estamos) (?:todavia |aun )?(?:haciendo|realizando) (?:las |mas )?"
        r"entrevistas\b|\b(?:we|wij) (?:voeren|hebben) (?:momenteel |nu )?nog (?:enkele |een paar"
        r" |andere )?gesprekken\b",
        # her application still being read, said by a person (probe-dates11: "Votre
        # candidature est toujours à l'étude", "su candidatura sigue en proceso", "je
        # sollicitatie is nog in behandeling" were read as nothing, one as perhaps a no)
        r"\b(?:your|votre|ta|su|tu|je|jouw|uw) (?:application|candidature|candidatura"
        r"|sollicitatie|kandidatuur)(?: \w+){0,3}? (?:is|remains|est|reste|sigue|continua|esta"
        r"|blijft) (?:still |toujours |encore |todavia |aun |nog |nog steeds )?(?:under review"
        r"|under consideration|being reviewed|a l'etude|en cours d'(?:etude|examen)|en proceso"
        r"|en revision|en estudio|en evaluacion|in behandeling|in beoordeling|in overweging)\b",
    )),
    (ACK, STRONG, DECIDING_WHEN, _rx(
        # a decision about when to decide (stop 48: "wir haben uns entschieden, die
        # Entscheidung erst nach dem Teammeeting am Donnerstag zu treffen" was a sure no,
        # 0.99, to the learned reader alone): "we've decided to make the final call after",
        # "nous avons décidé de ne trancher qu'après", "hemos decidido tomar la decisión
        # después de", "we hebben besloten pas na ... te beslissen"
        r"\bentschieden,? (?:die|unsere) (?:endgultige )?entscheidung (?:erst )?(?:nach|am|bis"
        r"|im|in der)\b|\bentscheidung (?:erst )?(?:nach|am) (?:\w+ ){1,4}?zu treffen\b",
        r"\bdecided to (?:make|take|hold off on|postpone|delay) (?:the|our) (?:final )?"
        r"(?:decision|call)(?: until| after| once)?\b|\bdecided to wait (?:until|till|for)\b",
        r"\bdecide (?:de|d') (?:ne )?(?:prendre|trancher|arreter) (?:(?:la|notre) (?:decision )?"
        r"(?:finale )?)?(?:qu')?(?:apres|a l'issue)\b|\bdecide d'attendre\b",
        r"\bdecidido (?:tomar|posponer|retrasar|esperar) (?:la|nuestra)? ?(?:decision )?"
        r"(?:final )?(?:hasta|despues|tras)\b",
        r"\bbesloten (?:om )?(?:de|onze) (?:definitieve )?beslissing (?:pas )?(?:na|op|in)\b"
        r"|\bbesloten (?:om )?(?:pas )?na (?:\w+ ){1,4}?te beslissen\b",
    )),
)
