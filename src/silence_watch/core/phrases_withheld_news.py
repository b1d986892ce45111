"""Rejections said through the good thing withheld, found by a fourth probe (issue 12).

The no is the word for the good news, negated or refused: the selection, the offer, the
favourable answer, the next round. The other tables read the good word and stopped there:

- not selected for a round ("you weren't selected for the next round" was read as an
  invitation to it), the job given to someone else in the passive ("the role has been
  offered to someone else");
- a question answered with a no ("will there be a second interview? Sadly no"), only when
  the question is about what comes next, never "does Friday work? Sadly not";
- no offer in a few words ("no offer this time", "kein Angebot, sorry"), never an offer
  not sent by post;
- a commitment refused after its noun ("Eine Zusage können wir Ihnen leider nicht geben"
  was read as an offer), never "noch nicht" (not yet);
- French: "ce ne sera pas une suite positive", "classée sans suite", "nous n'irons pas
  plus loin avec votre candidature";
- Spanish: "no podemos darte una respuesta favorable", "no quedaste en el proceso", "no
  continuarás en el proceso";
- Dutch: "een aanbod komt er niet", "gaan we de procedure niet met je voortzetten".

``ONLY_THE_MEDIUM`` is the near-miss that taught the other side: "Geen uitnodiging per
post, alleen de link" withholds the paper, not the invitation.

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if you are not selected for the next round") or words said of others are no
news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.phrase_rows import ACK, REJECTION, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Not yet, or not before a day: a delay, never a no ("not selected yet", "noch nicht").
_NOT_YET: Final = r"(?! (?:yet|until|before|noch|encore|todavia|aun|nog)\b)"
#: What a question about the process asks for: a round, an offer, a step.
_WHAT_COMES_NEXT: Final = (
    r"(?:interview|round|offer|step|stage|entretien|tour|offre|etape|gesprach|runde|angebot"
    r"|zusage|schritt|entrevista|ronda|oferta|paso|fase|gesprek|ronde|aanbod|stap)"
)

WITHHELD_NEWS_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "you were not selected", _rx(
        # "you weren't selected for the next round", "you have not been shortlisted"
        # hers, never another's: "the other was not selected, so you're the only one left"
        r"\b(?:(?:you|u) (?:weren't|were not|haven't been|have not been|have unfortunately not"
        r" been|were unfortunately not)|your (?:application|profile|candidacy|candidature)"
        r" (?:wasn't|was not|hasn't been|has not been)) (?:selected|shortlisted|chosen"
        r"|picked)\b" + _NOT_YET,
        # es: "no quedaste en el proceso", "no continuarás en el proceso"
        r"\bno (?:quedaste|has quedado|ha quedado|quedo|continuas|continuaras|continua"
        r"|continuara|sigues|seguiras|sigue|seguira) (?:en|dentro de) (?:el|este) proceso\b",
        r"\bno (?:quedaste|has quedado|ha quedado|resultaste|has resultado) (?:seleccionad"
        r"|elegid|finalista)",
    )),
    (REJECTION, STRONG, "they chose another candidate", _rx(
        # "the role has been offered to someone else": the passive the other rows lacked
        r"\b(?:role|position|job|post|vacancy|opening|it) (?:has|had) (?:now |already )?been"
        r" (?:offered|given) to (?:someone|somebody|another|a different|an? (?:internal"
        r"|other|external))\b",
    )),
    (REJECTION, STRONG, "they answer no to what comes next", _rx(
        # "will there be a second interview? Sadly no", "¿Habrá oferta? Lamentablemente no"
        r"\b(?:will there be|is there|are there|any news on|gibt es|wird es|y a-t-il|y"
        r" aura-t-il|habra|hay|komt er|is er)\b[^.!?]{0,40}?\b" + _WHAT_COMES_NEXT
        + r"\w*[^.!?]{0,30}\?\s*(?:sadly|unfortunately|regrettably|i'm afraid|i am afraid"
        r"|leider|malheureusement|helas|lamentablemente|desafortunadamente|por desgracia"
        r"|me temo que|helaas),? (?:no|not|nein|nicht|non|pas|nee|niet)\b" + _NOT_YET,
        # the question only a round named: "Un second entretien ? Malheureusement non, le poste
        # a été pourvu" was read as an invitation (0.84); "¿Una segunda entrevista? Me temo
        # que no". Never "... Thursday? Unfortunately not all of the panel can"
        r"(?:^|[.!?:,]\s+|\n)\W{0,2}(?:(?:a|an|the|un|une|le|la|ein|eine|einen|der|die|el|una"
        r"|een|de) )?(?:second|2nd|third|final|next|further|deuxieme|troisieme|dernier|prochain"
        r"\w*|zweite\w*|dritte\w*|letzte\w*|nachste\w*|weitere\w*|segund\w*|tercer\w*|ultim\w*"
        r"|siguiente|otra|otro|tweede|derde|laatste|volgende|nieuwe?) " + _WHAT_COMES_NEXT
        + r"\w*\s*\?\s*(?:sadly|unfortunately|regrettably|i'm afraid|i am afraid|leider"
        r"|malheureusement|helas|lamentablemente|desafortunadamente|por desgracia|me temo que"
        r"|helaas),? (?:no|not|nein|nicht|non|pas|nee|niet)\b(?! (?:all|everyone|alle|tous"
        r"|todos|iedereen)\b)" + _NOT_YET,
    )),
    (REJECTION, STRONG, "they will not make you an offer", _rx(
        r"\bno offer (?:this time|on this occasion|for you|at this (?:time|stage))\b",
        # "kein Angebot, sorry", "leider kein Angebot." (never "kein Angebot per Post")
        # (never "noch keine Zusage": not yet, tester round u52hd; nor "keine Absage und keine
        # Zusage", "keine Zusage, aber auch keine Absage": no news either way, probe-noes7)
        r"(?<!\bnoch )(?<!\bbisher )(?<!\bbislang )(?<!absage, )(?<!absage und )"
        r"\b(?:leider )?kein(?:e|en)? (?:angebot|stellenangebot|jobangebot|vertragsangebot"
        r"|zusage)(?= ?[,.;!]| ?$| (?:\w+ )?(?:machen|unterbreiten|geben|vorlegen))"
        r"(?![^.!?;]{0,40}?\bkeine (?:negative|absage))",
        # "Eine Zusage können wir Ihnen leider nicht geben", never "noch nicht"
        r"\b(?:eine|die) zusage\b[^.!?]{0,60}?(?<!\bnoch )(?<!\bjetzt )(?<!\bheute )nicht"
        r" (?:geben|erteilen|aussprechen|machen|senden|schicken)\b",
        # nl: "een aanbod komt er niet", "een tweede gesprek komt er helaas niet"
        r"\b(?:aanbod|aanbieding|contract|uitnodiging|tweede gesprek|vervolggesprek"
        r"|volgende ronde) komt er (?:\w+ ){0,2}?niet\b" + _NOT_YET,
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # fr: "ce ne sera pas une suite positive", "pas de suite favorable"
        r"\bpas (?:de |une |d'une )?(?:suite|reponse|issue) (?:positive|favorable)\b",
        r"\bclassee?s? sans suite\b",
        r"\bn'(?:irons|irai|ira|allons|irons donc) pas plus loin\b(?! (?:avant|tant que)\b)",
        # Spanish, "no podemos darte una respuesta favorable"
        r"\bno (?:podemos|podremos|vamos a poder|nos es posible) dar(?:te|le|les)? (?:una )?"
        r"respuesta (?:favorable|positiva)\b",
        # Dutch, "gaan we de procedure niet met je voortzetten"
        r"\b(?:procedure|sollicitatieprocedure|selectieprocedure|sollicitatie|proces)"
        r" (?:\w+ )?niet (?:met (?:je|jou|u) )?(?:voortzetten|vervolgen|voort te zetten"
        r"|te vervolgen)\b",
    )),
)

#: A no put off to a day is still deciding: "We won't move forward until the panel meets on
#: Thursday" was read as a no; "we are not rejecting anyone before Friday" (near-misses).
DEFERRED_NO_PHRASES: Final[tuple[Row, ...]] = (
    (ACK, STRONG, "they are still deciding", _rx(
        r"\b(?:won't|will not|can't|cannot|not) (?:be )?(?:mov(?:e|ing) forward|decid(?:e|ing)"
        r"|proceed(?:ing)?|mak(?:e|ing) (?:a|any|our|the) (?:final )?decisions?)"
        r" (?:\w+ ){0,2}?(?:until|till|before)\b",
        r"\bnot (?:be )?(?:rejecting|turning down|ruling out|declining) (?:anyone|anybody|any"
        r" (?:candidates?|applicants?)) (?:\w+ ){0,2}?(?:before|until|till)\b",
        r"\b(?:sagen|lehnen) (?:wir )?niemande[mn]? ab,? (?:bevor|vor|bis)\b",
        r"\b(?:n'ecart\w+|ne rejet\w+|n'elimin\w+) (?:aucune? (?:\w+ )?|personne )(?:avant|tant"
        r" que)\b",
        r"\bno (?:vamos a |van a )?(?:descartar|descartamos|rechazar|rechazamos) a nadie (?:antes"
        r"|hasta)\b",
        r"\b(?:wijzen|wijs) (?:we |ik )?niemand af (?:voordat|voor|tot|totdat)\b",
    )),
)

#: After a withheld invitation, only the medium is withheld: "Geen uitnodiging per post,
#: alleen de link", "no invitation by post", "pas de convocation papier".
ONLY_THE_MEDIUM: Final = lazy_pattern(
    r" ?(?:by (?:post|mail|letter)|per (?:post|brief)|on paper|par (?:courrier|la poste)"
    r"|papier|por correo(?: postal)?|en papel|op papier|schriftlich)\b"
)
