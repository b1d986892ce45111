"""Rejections in words the other tables lacked, found by probing with unseen voices (issue 12).

Each row is one way of saying no, written in every language where people say it that way:

- the job offered to someone else as it happens ("we ended up offering the PM spot to an
  internal candidate", "de functie is aan een andere kandidaat aangeboden");
- her application or profile closed ("the hiring manager decided to close your profile",
  "nous avons clôturé votre candidature", "hemos cerrado tu proceso", "je sollicitatie is
  afgesloten");
- a negative answer named as such ("je reviens vers vous avec une réponse négative", "eine
  negative Rückmeldung", "una respuesta negativa", "een negatief bericht"), never "not a
  negative answer";
- an answer that cannot be favourable ("nous ne sommes pas en mesure d'y répondre
  favorablement", "unable to respond favourably", "no podemos atender favorablemente");
- the process carried on with one other person ("de procedure met een andere kandidaat
  voort te zetten", "continuaremos el proceso con otra candidata"), a chosen candidate
  "wiens ervaring beter aansluit";
- nobody needed at all ("No necesitamos a nadie.", "Wir brauchen derzeit niemanden",
  "we hebben niemand nodig"), and a bare "Past niet." or "No encaja." after a greeting;
- the job gone, in plain speech ("Stelle ist schon weg", "the job's gone", "de baan is al
  weg", "le poste ayant déjà été attribué"): only filled, as another role may follow.

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if we close your application") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import FILLED, REJECTION, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Where a short sentence starts in folded text (one line): the text's start, or a stop.
_START: Final = r"(?:^|[.!?,:;] )"
#: A question later in the sentence: "Dinsdag past niet, kan woensdag?" asks, it says no no.
_NO_QUESTION: Final = r"(?![^.!?]*\?)"

CLOSED_DOOR_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "they chose another candidate", _rx(
        # en: "offering", "spot", "seat" too ("offered the role to" is in phrases_outcome)
        r"\b(?:offering|giving|gave|given) (?:the|this|that|our) _W_{0,3}?(?:role|position|job"
        r"|post|vacancy|opening|spot|seat|place) to (?:a|an|another|someone|somebody|one of"
        r"|the other|an internal)\b",
        # "we went w/ an internal for the PMM role" (u49sh): an internal person, never
        # "we went with an internal tool"
        r"\b(?:gone|went|go|going) with an internal(?: (?:candidate|applicant|hire|person"
        r"|transfer|move|promotion))?(?= for\b| on this\b|[.,;:!)]| ?[-\u2013\u2014] |$)",
        # nl
        r"\b(?:functie|baan|vacature|rol|positie|plek)\b _W_{0,3}?aan (?:een andere|iemand"
        r" anders|een interne|een collega) _W_{0,2}?(?:aangeboden|aanbieden|gegeven|gegund)\b",
        r"\b(?:gekozen|gegaan|besloten te gaan) voor (?:een )?(?:andere )?(?:kandidaat|kandidate"
        r"|sollicitant|sollicitante) (?:wiens|wier|die|met)\b",
        r"\b(?:procedure|sollicitatieprocedure|selectie|proces) _W_{0,2}?met (?:een andere"
        r" (?:kandidaat|kandidate|sollicitant)|iemand anders) _W_{0,2}?(?:voort|voortzetten"
        r"|vervolgen|verder)",
        # es: one other person named ("con otros candidatos" may only be still deciding)
        r"\b(?:continuar|continuaremos|continuamos|seguir|seguiremos|seguimos|avanzar"
        r"|avanzaremos|avanzamos) (?:el proceso |adelante )?con (?:otr[oa] (?:candidat[oa]"
        r"|persona|postulante|perfil)|alguien mas)\b",
    )),
    (REJECTION, STRONG, "they closed your application", _rx(
        r"\b(?:decided|decision|had|have|has|'ve) (?:to )?(?:close|closed) (?:your|the)"
        r" (?:profile|application|candidature|candidacy)\b",
        r"\byour (?:profile|application|candidature|candidacy) (?:has been|is being|was|is now)"
        r" (?:closed|archived)\b",
        r"\b(?:cloture|clos|ferme|cloturer|fermer) (?:votre|ta) (?:candidature|dossier)\b"
        r"|\b(?:votre|ta) candidature (?:a ete|est) (?:cloturee|close|fermee)\b",
        r"\b(?:cerrado|cerrar|cerramos) (?:tu|su) (?:candidatura|proceso|postulacion)\b"
        r"|\b(?:tu|su) (?:candidatura|postulacion) (?:ha sido|fue|queda|ha quedado) cerrada\b",
        r"\b(?:je|jouw|uw) (?:sollicitatie|kandidatuur|dossier) _W_{0,2}?(?:afgesloten"
        r"|gesloten|gearchiveerd)\b|\bsluiten (?:je|jouw|uw) (?:sollicitatie|kandidatuur) af\b",
    )),
    (REJECTION, WEAK, "they have a negative answer", _rx(
        r"(?<!\bno )(?<!\bnot )\b(?:a|the|our) (?:negative|unfavou?rable) (?:answer|response"
        r"|decision|outcome)\b|\b(?:answer|decision|outcome) (?:is|was) (?:unfortunately "
        r"|sadly )?(?:negative|unfavou?rable)\b",
        r"(?<!\bpas )(?<!\baucune )\b(?:une|la|notre|ma) reponse (?:est |sera )?(?:negative"
        r"|defavorable)\b",
        r"(?<!\bkeine )\b(?:eine|die|unsere|meine) (?:negative|abschlagige) (?:ruckmeldung"
        r"|antwort|nachricht|entscheidung)\b",
        r"(?<!\bninguna )\b(?:una|la|nuestra) respuesta (?:es |sera |ha sido )?(?:negativa"
        r"|desfavorable)\b",
        r"(?<!\bgeen )\b(?:een|het|ons) negatie(?:f|ve) (?:bericht|antwoord|nieuws|besluit"
        r"|terugkoppeling|uitslag)\b|\b(?:antwoord|uitslag|besluit) (?:is|was) (?:helaas )?"
        r"negatief\b",
    )),
    (REJECTION, STRONG, "they cannot answer you favourably", _rx(
        r"\b(?:unable|not able|cannot|can't) (?:to )?(?:respond|reply|answer) favou?rably\b",
        r"\bne (?:pouvons|pourrons|sommes|pouvions|peux|suis|pourrai)\b _W_{0,2}?pas (?:en"
        r" mesure )?(?:d'|de )?(?:y )?(?:repondre|donner (?:une )?reponse) favorabl",
        r"\bno (?:podemos|podremos|hemos podido|es posible) (?:responder|atender|contestar)"
        r" _W_{0,3}?favorablemente\b",
        r"\bnicht (?:positiv|zu ihren gunsten) (?:beantworten|bescheiden|entscheiden)\b",
        r"\bniet (?:positief|gunstig) (?:beantwoorden|ingaan|reageren|beoordelen)\b",
    )),
    (REJECTION, STRONG, "they need nobody", _rx(
        r"\b(?:we|we're|we are) (?:currently |really |just )?(?:don't|do not|dont) (?:need"
        r"|require) (?:anyone|anybody)\b|\b(?:we're|we are) not (?:currently )?hiring\b"
        r"(?! (?:until|before|for now))",
        r"\b(?:brauchen|benotigen|suchen) (?:wir )?(?:derzeit |aktuell |momentan |zur zeit"
        r" |gerade |leider )*niemand(?:en)?\b",
        r"\bn'(?:avons|ai) besoin de personne\b|\bne recrut(?:ons|e) (?:personne|pas"
        r" (?:en ce moment|actuellement|pour le moment))\b",
        r"\bno (?:necesitamos|buscamos|requerimos) (?:a )?(?:nadie|personal)\b"
        r"|\bno estamos (?:contratando|buscando (?:a nadie|personal))\b",
        r"\b(?:(?:hebben|zoeken) (?:we|wij)|(?:we|wij) (?:hebben|zoeken)) (?:momenteel |nu "
        r"|op dit moment |even )?(?:niemand"
        r"|geen (?:nieuwe )?(?:mensen|personeel|medewerkers)) (?:nodig|aan)\b"
        r"|\bzoeken (?:we|wij) (?:momenteel |nu |op dit moment )?niemand\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        # a bare "Past niet." / "No encaja." after the greeting (de and en are in the table)
        rf"{_START}(?:het |dat |je profiel |uw profiel )?past (?:helaas |gewoon |echt )?niet\b"
        rf"{_NO_QUESTION}",
        rf"{_START}(?:tu perfil |su perfil )?no encaja\b{_NO_QUESTION}",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        r"\b(?:job|position|role|spot|vacancy|opening)(?:'s| is| has| was) (?:already |now "
        r"|long )?(?:been )?gone\b(?! to\b)",
        r"\b(?:stelle|job|position|platz)\b (?:ist|war) (?:leider |schon |bereits |jetzt "
        r"|inzwischen |auch )*weg\b",
        r"\bposte _W_{0,3}(?:est |a |ayant )(?:donc |deja |desormais |maintenant )*(?:ete )?"
        r"attribue\b|\bposte (?:est )?(?:deja |malheureusement )+pris\b",
        r"\b(?:puesto|vacante|plaza) (?:ya )?(?:esta|fue|ha sido) (?:ya )?(?:dad[oa]|tomad[oa]"
        r"|adjudicad[oa])\b",
        r"\b(?:baan|vacature|functie|plek|positie) (?:is|was) (?:helaas |al |inmiddels "
        r"|intussen |ook )*(?:weg|vergeven|bezet)\b",
    )),
)
