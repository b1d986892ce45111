"""Next rounds and asks the other rows missed, in en, de, fr, es and nl (round probe-steps3).

A probe of 150 replies about invitations and asks found these said in ways no row read:

- chosen for a named round: "Félicitations, vous êtes retenue pour le dernier tour !",
  "Ha sido seleccionada para la entrevista final", "je bent geselecteerd voor de laatste
  ronde", "Sie wurden für die finale Runde ausgewählt" (the French one was read as a
  request for its "merci de confirmer votre présence", the Spanish one as nothing); a
  negation in front makes it a no ("n'avez pas été retenue pour le second tour");
- through to the next round: "Sie sind eine Runde weiter!" beside "ich melde mich mit
  Terminen" (read as the promise alone), "Bonne nouvelle : vous passez au tour suivant !"
  (read as nothing; stop 44);
- the next stage offered: "Nous vous proposons de passer à l'étape suivante", "als
  volgende stap vragen we je een praktijkcase uit te werken" (read as a request);
- meeting the team asked of her: "Könnten Sie sich vorstellen, nächste Woche das Team
  kennenzulernen?" (a bare "kennenzulernen" is the pleasantry "schön, Sie
  kennenzulernen", so only with "Sie" or "du" asked first);
- German asks put as "bitten Sie ... zu senden": "bitten wir Sie, uns noch Ihre
  Arbeitszeugnisse zukommen zu lassen", "Wir bitten Sie, diesen ausgefüllt bis Freitag
  zurückzusenden", "Dürfte ich Sie bitten, uns Ihr Portfolio zu senden?" (read as nothing
  at all) and the salary asked: "Wie hoch ist Ihre Gehaltsvorstellung?";
- Spanish asks put as "le rogamos nos envíe copia de su DNI" and "necesito saber tu
  pretensión salarial" (the second read as a pleasantry).

Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, POLAR, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: A named round, after "selected for" (folded).
_ROUND_EN: Final = (
    r"(?:the |our |a )?(?:next|final|second|last|third|technical|panel) (?:round|stage"
    r"|interview|phase)"
)
_ROUND_DE: Final = (
    r"(?:die |den |das )?(?:nachste|finale|zweite|dritte|letzte)n? (?:runde|auswahlrunde|phase"
    r"|stufe|gesprachsrunde)"
)
#: Her, being or coming somewhere, either word order: "Sie sind", "sind Sie", "kommst du".
_YOU_ARE_DE: Final = (
    r"(?:sie sind|sind sie|du bist|bist du|sie kommen|kommen sie|du kommst|kommst du)"
)
_ROUND_FR: Final = (
    r"(?:le |la |l')?(?:dernier tour|second tour|deuxieme tour|tour final|prochain tour"
    r"|prochaine etape|etape suivante|phase finale|entretien final|dernier entretien"
    r"|second entretien|deuxieme entretien)"
)
_ROUND_ES: Final = (
    r"(?:la |el )?(?:entrevista final|ronda final|fase final|siguiente (?:fase|etapa|ronda)"
    r"|segunda (?:entrevista|fase|ronda)|ultima (?:fase|etapa|ronda|entrevista)"
    r"|proxima (?:fase|etapa|ronda))"
)
_ROUND_NL: Final = (
    r"(?:de |het |een )?(?:laatste|tweede|volgende|finale|derde) (?:ronde|gesprek|fase"
    r"|selectieronde)"
)

ROUND_AND_ASK_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, POLAR, "you are chosen for the next round", _rx(
        # her, never "only candidates selected for the final round will be contacted"
        r"\b(?:you(?:'ve| have)? been|you are|you're|you were) (?:\S+ ){0,2}?(?:selected"
        rf"|shortlisted|chosen|invited|put forward) (?:for|to) {_ROUND_EN}\b",
        r"\b(?:sie|du) (?:wurden|wurdest|sind|bist|haben sich|hast dich) (?:\S+ ){0,2}?"
        rf"(?:fur|zu|in) {_ROUND_DE} (?:ausgewahlt|eingeladen|qualifiziert)\b",
        r"\b(?:vous etes|vous avez ete|tu es|tu as ete) (?:\S+ )?(?:retenue?s?|selectionnee?s?"
        rf"|qualifiee?s?|invitee?s?) (?:pour|a|au) {_ROUND_FR}\b",
        r"\b(?:ha|has) sido (?:\S+ )?(?:seleccionad[oa]|preseleccionad[oa]|elegid[oa]"
        rf"|convocad[oa]) (?:para|a) {_ROUND_ES}\b",
        r"\b(?:je|u) (?:bent|wordt|werd|ben je|bent u) (?:\S+ ){0,2}?(?:geselecteerd"
        rf"|uitgenodigd|gekozen) voor {_ROUND_NL}\b",
    )),
    (NEXT_STEP, POLAR, "you are through to the next round", _rx(
        # "Sie sind eine Runde weiter!", "du hast es in die nächste Runde geschafft", "vous
        # passez au tour suivant" (stop 44: read as nothing, or as the promise beside it)
        rf"\b{_YOU_ARE_DE} (?:\S+ ){{0,2}}?(?:eine|1) runde weiter\b",
        rf"\b{_YOU_ARE_DE} (?:\S+ ){{0,2}}?(?:in|zu) (?:der |dem )?{_ROUND_DE}\b",
        rf"\b(?:sie haben|du hast) es (?:\S+ ){0,2}?in {_ROUND_DE} geschafft\b",
        r"\b(?:vous (?:ne )?(?:passez|accedez)|tu (?:ne )?(?:passes|accedes)) (?:\S+ )?(?:a|au)"
        r" (?:l'etape suivante|la prochaine etape|la phase suivante|tour suivant|prochain tour"
        r"|second tour|deuxieme tour|dernier tour|l'etape d'apres)\b",
    )),
    (NEXT_STEP, POLAR, "they offer you the next stage", _rx(
        r"\bpasser (?:a|au) (?:l'etape suivante|la prochaine etape|la phase suivante|tour"
        r" suivant|l'etape d'apres|la suite du processus)\b",
        r"\bals (?:volgende|laatste|tweede) stap (?:vragen|nodigen|willen|gaan|plannen|zouden"
        r"|sturen) (?:we|wij|ik)\b",
    )),
    (NEXT_STEP, STRONG, "they ask you to meet the team", _rx(
        r"\b(?:konnten|konnen|wurden|mochten|wollen|magst|mochtest|hatten|hattest|wurdest)"
        r" (?:sie|du) (?:sich |dir )?(?:\S+ ){0,8}?(?:das|unser|ihr|dein|unser ganzes) team"
        r" (?:\S+ ){0,3}?kennen ?(?:zu ?)?lernen\b",
    )),
    (NEXT_STEP, STRONG, "they ask to meet you", _rx(
        # introduced to the team: "We zouden je graag voorstellen aan het team", "Wir würden
        # Sie gerne dem Team vorstellen", "On aimerait bien te présenter à l'équipe"
        r"\b(?:je|jou|u) (?:\S+ ){0,2}?voorstellen aan (?:het|ons|de) (?:team|collega's)\b",
        r"\b(?:sie|dich) (?:\S+ ){0,2}?(?:dem|unserem) team (?:\S+ )?vorstellen\b",
        r"\b(?:vous|te) presenter a (?:l'equipe|notre equipe|toute l'equipe|mon equipe)\b",
        r"\b(?:presentarte|presentarle) (?:a|al) (?:el |nuestro |todo el )?equipo\b",
        r"\bintroduce you to (?:the|our|my) (?:wider |whole )?team\b",

        # "Nuestro CEO quiere tomarse un café contigo ... ¿Tienes un hueco el viernes?"
        r"\b(?:tomar(?:se|nos|te)?|tomemos) un cafe (?:contigo|con usted|con vos)\b",
        r"\b(?:tienes|tiene|tendrias|tendria|tenes) (?:un )?hueco\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # "bitten wir Sie, uns noch Ihre Zeugnisse zukommen zu lassen"; never "wir bitten
        # Sie um etwas Geduld" (no verb of sending)
        r"\b(?:bitten|bitte|bat|mochten|durfte|darf) (?:wir |ich )?(?:sie|dich|euch)\b,?"
        r"(?: \S+){0,16}? (?:zukommen zu lassen|zu (?:senden|schicken|ubermitteln|ubersenden"
        r"|nennen|beantworten|unterschreiben|unterzeichnen)|zuzusenden|zuzuschicken"
        r"|zuruckzusenden|zuruckzuschicken|nachzureichen|einzureichen|hochzuladen|mitzuteilen"
        r"|auszufullen)\b",
        # her notice period asked, "wie lang" too (probe-dates4)
        r"\b(?:wie hoch|was|wie lang|wie lange) (?:ist|sind|ware|waren) (?:ihre|deine)"
        r" (?:aktuelle |derzeitige |jetzige )?(?:gehalts\w+|kundigungsfrist)\b",
        r"\b(?:le|les|te|os) (?:rogamos|ruego|pedimos|pido|solicitamos|solicito) (?:que )?"
        r"(?:nos |me )?(?:\S+ ){0,2}?(?:envi|remit|mand|facilit|adjunt|devuelv|indiqu"
        r"|confirm|complet|rellen|firm|aport|sub)\w*\b",
        r"\bnecesit(?:o|amos|aria|ariamos) (?:saber|conocer|que me (?:envies|mandes|digas"
        r"|indiques|confirmes)|que nos (?:envie|envies|mande|mandes|indique|indiques|confirme"
        r"|confirmes|diga|digas))\b",
    )),
)
