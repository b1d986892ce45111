"""A formal "no" of a selection procedure: excluded, inadmissible, not admitted, failed.

Public employers, federal selection offices and exam-based procedures do not say "we went
with someone else": they say the application "figura ... como EXCLUIDA", was "déclarée
irrecevable", "vom weiteren Auswahlverfahren ausgeschlossen", "niet ontvankelijk
verklaard"; that the candidate "did not obtain the minimum score" and so "ne pourra pas
participer aux épreuves", "no podrá participar en las pruebas selectivas", "kann nicht am
Auswahlverfahren teilnehmen". The learned reader heard a no there but not surely enough,
and the rules were silent, so it was asked about (development part, batches w2 and w6).

Never the negation ("no ha sido excluida", "nicht ausgeschlossen"): a lookbehind keeps
those out; a condition ("if you do not send the diploma, you will be excluded") is left
to ``core.hypotheticals`` like every rejection row. Data only (see
``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REJECTION, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Tests, stages and procedures one is kept out of (folded).
_STAGE_EN: Final = r"(?:selection|assessment|written|oral|next|remaining|following)"
_STAGE_DE: Final = r"(?:auswahlverfahren|auswahl\w*|prufung\w*|test\w*|assessment|verfahren)"

EXCLUSION_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "you were excluded from the selection procedure", _rx(
        # en
        r"(?<!\bnot )(?<!n't )\b(?:deemed|found|declared|marked|listed as) (?:to be )?"
        r"(?:ineligible|inadmissible|not eligible|excluded)\b",
        r"\byou (?:did not|didn't) (?:obtain|reach|achieve|attain|meet) the (?:minimum|required"
        r"|pass(?:ing)?) (?:score|mark|grade|threshold)\b",
        rf"\b(?:will|can) not be (?:able to )?(?:take part|participate|invited|admitted) (?:in|to)"
        rf" the {_STAGE_EN} (?:tests?|exams?|stages?|rounds?|process|procedure)\b",
        # de
        r"(?<!\bnicht )\b(?:vom|aus dem|von dem) (?:weiteren )?(?:auswahl|bewerbungs)?verfahren"
        r" ausgeschlossen\b",
        rf"\bnicht (?:zum|zur|zu den) {_STAGE_DE} zugelassen\b",
        rf"\b(?:konnen|durfen) (?:daher |deshalb |somit |folglich )?(?:leider )?nicht (?:am|an der"
        rf"|an den|an dem) (?:weiteren |nachsten )?{_STAGE_DE} teilnehmen\b",
        r"\b(?:mindestpunktzahl|mindestpunkte|mindestanforderungen|bestehensgrenze) (?:\w+ )"
        r"{0,3}?nicht erreicht\b",
        # fr
        r"(?<!\bpas )\b(?:declaree?|jugee?|consideree?) (?:comme )?(?:irrecevable|non recevable"
        r"|inadmissible|non admissible)\b",
        r"\bn'avez pas obtenu (?:le score|la note|le seuil|le minimum|la moyenne)\b",
        r"\bne (?:pourrez|pouvez|pourra|pourrons) (?:donc |des lors |par consequent )?pas (?:etre"
        r" (?:convoquee?|admise?|retenue?) |participer )(?:a|aux|pour) (?:l'epreuve|les epreuves"
        r"|la suite de la (?:selection|procedure))\b",
        r"\bnon admise? (?:a concourir|aux epreuves|a l'epreuve)\b",
        # es
        # a provisional list leaves days to put it right: that is a request (dev, w8es)
        r"(?<!\bno )\b(?:figura|aparece|consta|queda|ha quedado) (?:(?!provisional)\w+ ){0,4}?"
        r"(?:como )?excluid[oa]\b",
        r"(?<!\bno )\b(?:ha|han) (?:sido|resultado) excluid[oa]s? (?:del|de la|de las|de los)\b",
        r"\bno (?:podra|puede|podras) (?:participar|continuar|presentarse) en (?:las|la|el)"
        r" (?:pruebas|prueba|fase|proceso|examen)\b",
        r"\bno (?:ha )?(?:superado|alcanzado|obtenido) (?:la )?(?:puntuacion|nota|calificacion)"
        r" minima\b",
        # nl
        r"(?<!\bniet )\b(?:niet-?|on)ontvankelijk (?:verklaard|bevonden)\b",
        r"\b(?:kunt|kan|mag|mogen) (?:daarom |dus |helaas |bijgevolg )*niet (?:deelnemen|verder)"
        r" (?:aan|in|met) (?:de|het) (?:selectie\w*|examen|proef|test|assessment|volgende"
        r" (?:fase|ronde|proef))\b",
        r"\bniet (?:toegelaten|geslaagd) (?:tot|voor) (?:de|het) (?:selectie\w*|examen|proef"
        r"|test|volgende (?:fase|ronde|proef))\b",
        r"\b(?:vereiste |minimum)?(?:minimumscore|score|cijfer) niet (?:behaald|gehaald)\b",
    )),
)
