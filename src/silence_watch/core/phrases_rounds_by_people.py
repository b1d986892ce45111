"""Next rounds named by their people or platform, asks with a split verb (probe-steps6).

A probe of 60 next steps and requests in forms earlier rounds had not tried found rounds and
asks the rules read as nothing, or as a mere request (the learned reader alone took the
long warm mail for an acknowledgement, p=0.86: the ladder would have nudged for news while
a round waited on her answer):

- a round named only by the people she will meet: "donderdag maak je kennis met Lukas en
  de CTO", "am Donnerstag lernen Sie Herrn Braun kennen", "vas a conocer a Martín";
- a round asked for at the end of a long thank-you: "we'd love to have you back for a
  final conversation with our VP";
- an assessment platform's invitation announced by a person: "vous allez recevoir une
  invitation de SHL pour passer des tests d'aptitude" (read as a request for its "merci de
  les compléter"), "you'll shortly receive an invite from HackerRank", "recibirás una
  invitación de Codility";
- a trial day, in the words the rows lacked: "une journée d'immersion", "a trial shift",
  "ein Probetag", "proefdraaien";
- the German imperative with its particle at the end: "teilen Sie uns bitte noch Ihre
  Kündigungsfrist sowie Ihre Gehaltsvorstellung mit" (read as thanks), "nenn mir kurz
  deinen frühesten Eintrittstermin", "schicken Sie mir bitte Ihren Lebenslauf".

Near misses stay as they were: a meeting she already had ("je hebt kennisgemaakt met",
"Sie haben Herrn Braun kennengelernt", "great to have you back in the office"), an
invitation on a condition of hers ("if you're shortlisted you'll receive an invitation":
the guards of ``core.intents``), and an offer of help ("teilen Sie uns gern mit, wenn Sie
Fragen haben": no possession of hers named).

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Text is folded
(``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import NEXT_STEP, REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: An invitation or a link on its way (folded).
_INVITE: Final = r"(?:invitation|invite|einladung|uitnodiging|invitacion|link|lien|enlace)"

#: The particles a German imperative takes before its object: "teile mir doch kurz".
_PARTICLES: Final = r"(?:(?:bitte|noch|kurz|gerne?|einmal|mal|doch|eben|nochmal) ){0,3}"

ROUNDS_BY_PEOPLE_PHRASES: Final[tuple[Row, ...]] = (
    (NEXT_STEP, STRONG, "a next round with the people you will meet", _rx(
        # "donderdag maak je kennis met Lukas en de CTO", "gaat u kennismaken met"
        r"\b(?:maak je|maakt u|ga je|gaat u|zal je|zult u) (?:_W_){0,4}?kennis(?:maken| maken)?"
        r" met\b",
        # "am Donnerstag lernen Sie Herrn Braun kennen", "wirst du ... kennenlernen"
        r"\b(?:lernen sie|lernst du|werden sie|wirst du) (?:_W_){0,8}?kennen(?:lernen)?\b",
        # "vas a conocer a Martín y al CTO"
        r"\b(?:vas a|va a|vais a|van a|vas a poder) conocer a\b",
        # "we'd love to have you back for a final conversation"
        r"\b(?:have|get|bring|see|welcome) you back (?:in )?(?:for (?:a|an|the|one|another)"
        r"|to (?:meet|speak|talk|chat))\b",
    )),
    (NEXT_STEP, STRONG, "an assessment or its invitation is on its way", _rx(
        # "vous allez recevoir une invitation de la part de SHL"
        rf"\b(?:vous allez|tu vas) recevoir (?:un|une) (?:\w+ )?{_INVITE}\b"
        rf"|\b(?:vous recevrez|tu recevras) (?:sous peu )?(?:un|une) (?:\w+ )?{_INVITE}\b",
        rf"\byou(?:'ll| will) (?:shortly |soon |now |also )?(?:receive|get) (?:an?|the) (?:\w+ )?"
        rf"{_INVITE} (?:from|to|for|via)\b",
        rf"\b(?:recibiras|recibira|vas a recibir|va a recibir) (?:una?|el|la) (?:\w+ )?{_INVITE}\b",
        # the German inverted: "als nächsten Schritt erhalten Sie heute noch eine Einladung
        # von TestGorilla" (on a condition of hers: ``core.phrases_round_invites``)
        r"\b(?:erhalten|bekommen) (?:sie|du) (?:_W_){0,3}?(?:eine|die|den|einen) (?:\w+ )?"
        r"(?:einladung|link|testeinladung)\b",
        # "pour passer des tests d'aptitude en ligne" (never "merci d'avoir passé les tests")
        r"\bpasser (?:un|une|des|les|le|la|vos|votre|tes|ton) (?:\w+ )?(?:tests?|evaluations?"
        r"|epreuves?|assessments?)\b",
    )),
    (NEXT_STEP, STRONG, "a trial day is proposed", _rx(
        # "nous vous proposons une journée d'immersion" (read as its "merci de confirmer"),
        # "une journée d'essai", "a trial shift", "ein Probetag", "proefdraaien"
        # one to come, with "a": never "zu Ihrem Probetag" (the one she did, w16dt-027)
        r"\b(?:a|an|une|un|einen|einem|ein|een|una) (?:\w+ )?(?:journee (?:d'immersion|d'essai"
        r"|de decouverte|de mise en situation)|trial (?:day|shift|session)|probetag|proefdag)\b"
        r"|(?<!het )\bproefdraaien\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # "teilen Sie uns bitte noch Ihre Kündigungsfrist ... mit": a thing of hers named
        rf"\b(?:teilen sie|teil|teile) (?:uns|mir) {_PARTICLES}(?:ihre|ihren|ihr|deine|deinen"
        r"|dein) (?:_W_){0,10}?mit\b",
        r"\b(?:nennen sie|nenn|nenne|senden sie|schicken sie|schick|schicke|sende)"
        rf" (?:uns|mir) {_PARTICLES}(?:ihre|ihren|ihr|deine|deinen|dein)\b",
    )),
)
