"""Questions to her put as a wish to know, with no question mark (probe-asks7).

Found by probing with replies that ask her things: each of these was read as no news or
as thanks, so the digest showed nothing for her to do and a nudge could go to someone
waiting on her answer:

- a wish to know: "J'aimerais savoir quel est votre préavis", "me gustaría saber cuál es
  tu plazo de preaviso", "mich würde noch interessieren, wie lange deine Kündigungsfrist
  ist", "ik ben benieuwd naar je opzegtermijn", "I'd like to know when you could start";
- a use in knowing: "il serait utile de savoir si vous seriez disponible", "nos ayudaría
  saber si tendrías disponibilidad", "wäre es hilfreich zu wissen, ab wann Sie verfügbar
  wären", "het zou helpen om te weten of je ook op zaterdag beschikbaar bent", "it would
  help to know whether you'd be open to", "Interessant wäre für uns noch, welche
  Gehaltsvorstellung Sie haben", "Graag hoor ik wat je salariswensen zijn".

Each needs a word for her ("you", "Sie", "votre", "tu", "je", "u") after it in the same
sentence: "mich würde interessieren, wie das Team das sieht" and "I'd love to know how the
project ends" ask her nothing.

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The rest of the sentence up to a word for her (folded text).
_TO_HER_EN: Final = r"[^.!?\n]{0,100}?\b(?:you|your|you're|you'd|you've)\b"
_TO_HER_DE: Final = r"[^.!?\n]{0,100}?\b(?:sie|ihnen|ihr|ihre|ihren|du|dein|deine|deinen|dir)\b"
_TO_HER_FR: Final = r"[^.!?\n]{0,100}?\b(?:vous|votre|vos|tu|ton|ta|tes|te|t')"
_TO_HER_ES: Final = (r"[^.!?\n]{0,100}?\b(?:tu|tus|te|usted|ustedes|tienes|puedes|podrias"
                     r"|estarias|tendrias|podria|estaria|tendria|seria|eres|estas)\b")
_TO_HER_NL: Final = r"[^.!?\n]{0,100}?\b(?:je|jij|jou|jouw|u|uw)\b"

WONDERED_ASK_PHRASES: Final[tuple[Row, ...]] = (
    (REQUEST, STRONG, "they ask you something they would like to know", _rx(
        r"\b(?:i'd|i would|we'd|we would) (?:also |really )?(?:like|love) to (?:know|hear"
        r"|understand)\b" + _TO_HER_EN,
        r"\b(?:it would|it'd|it will|would) (?:really |also )?(?:help|be (?:good|helpful|useful"
        r"|great)) (?:me |us )?to (?:know|hear|understand)\b" + _TO_HER_EN,
        r"\b(?:i'm|i am|we're|we are) (?:also |really )?(?:curious|keen|eager) (?:to (?:know|hear)"
        r"|about|whether|if|what|how|when)\b" + _TO_HER_EN,
        # de: "mich würde noch interessieren", "wäre es hilfreich zu wissen", "ich wüsste gern"
        # Austrian "mich tät noch interessieren" (fresh set of probe-asks7, stop 45)
        r"\b(?:mich|uns) (?:wurden?|wurde es|tat|tate|tatn) (?:\w+ ){0,3}?interessieren\b"
        + _TO_HER_DE,
        # her salary, start or notice asked as a question: "Was wäre Ihr frühestmöglicher
        # Eintrittstermin und wie sieht Ihr Gehaltswunsch aus?"
        r"\b(?:ihr|ihre|dein|deine)[mnrs]? (?:\w+ ){0,2}?(?:eintrittstermin|starttermin"
        r"|gehaltswunsch|gehaltsvorstellung(?:en)?|kundigungsfrist|wunschgehalt)\b"
        r"[^.!?\n]{0,80}\?",
        r"\b(?:mich|uns) interessiert (?:es )?(?:noch |auch |zudem |besonders )?" + _TO_HER_DE,
        r"\b(?:es )?ware (?:es )?(?:\w+ ){0,3}?(?:hilfreich|gut|wichtig|nutzlich|interessant)"
        r",? zu (?:wissen|erfahren)\b" + _TO_HER_DE,
        r"\b(?:ich|wir) (?:wurden?|mochten?|wussten?) (?:\w+ ){0,2}?(?:gerne?|noch) (?:\w+ )?"
        r"(?:wissen|erfahren)\b" + _TO_HER_DE,
        r"\b(?:ich|wir) (?:wusste|wussten) (?:noch |auch )?gerne?\b" + _TO_HER_DE,
        r"\binteressant (?:ware|waere) (?:\w+ ){0,3}?(?:noch|auch|zudem|zu wissen)\b" + _TO_HER_DE,
        # fr: "j'aimerais savoir", "il serait utile de savoir", "je serais curieux de savoir"
        r"\b(?:j'aimerais|je voudrais|nous aimerions|nous voudrions|je souhaiterais|nous"
        r" souhaiterions|je souhaite|nous souhaitons) (?:bien |beaucoup |aussi |egalement"
        r" |simplement )?(?:savoir|connaitre|comprendre)\b" + _TO_HER_FR,
        r"\bil (?:me |nous )?(?:serait|sera) (?:tres |bien |aussi )?(?:utile|pratique|precieux"
        r"|bon|interessant|important) (?:pour (?:moi|nous) )?de (?:savoir|connaitre)\b"
        + _TO_HER_FR,
        r"\b(?:je serais|nous serions) (?:curieux|curieuse|curieuses|interesse|interessee)s?"
        r" de (?:savoir|connaitre)\b" + _TO_HER_FR,
        # es: "me gustaría saber", "nos ayudaría saber", "sería útil saber"
        r"\b(?:me|nos) (?:gustaria|encantaria|interesaria|ayudaria|vendria bien|seria util)"
        r" (?:mucho |tambien )?(?:saber|conocer)\b" + _TO_HER_ES,
        r"\b(?:seria|sera) (?:muy )?(?:util|de ayuda|importante|bueno) (?:para nosotros |para mi"
        r" )?(?:saber|conocer)\b" + _TO_HER_ES,
        r"\b(?:quisiera|quisieramos|quiero|queremos) (?:tambien )?saber\b" + _TO_HER_ES,
        # nl: "ik ben benieuwd naar", "het zou helpen om te weten", "ik zou graag weten"
        r"\b(?:ik ben|we zijn|wij zijn|ben ik|zijn we) (?:wel |erg |heel |ook |nog |zeer )*"
        r"benieuwd (?:naar|of|hoe|wat|wanneer|welke|waar)\b" + _TO_HER_NL,
        r"\bhet zou (?:ons |mij |me )?(?:helpen|fijn zijn|handig zijn|goed zijn|nuttig zijn)"
        r",? (?:om )?te weten\b" + _TO_HER_NL,
        r"\b(?:ik|we|wij) (?:zou|zouden|wil|willen) (?:ook |nog )?graag (?:willen )?weten\b"
        + _TO_HER_NL,
        # "Graag hoor ik wat je salariswensen zijn"; never "ik hoor graag van je": a goodbye
        r"\b(?:graag hoor ik|hoor ik graag|ik hoor (?:nog )?graag|horen we graag|we horen"
        r" (?:nog )?graag)\b(?! (?:van|terug|snel|spoedig|binnenkort))" + _TO_HER_NL,
    )),
)
