"""Oblique ways to say no or "paused", which the other phrase rows lacked (issue 12, w21ns).

Read from the development part's misses (out of fold), each a cause written for en, de,
fr, es and nl, never one message's words:

- **their choice fell on someone else**: "le choix s'est finalement porté sur un profil
  ayant davantage d'expérience", "nous avons porté notre choix sur une autre candidature",
  "our choice fell on another candidate", "die Wahl fiel auf eine andere Bewerberin", "la
  elección recayó en otra persona", "de keuze is gevallen op een andere kandidaat". Only
  when the one chosen is another: "le choix s'est porté sur vous" is good news and matches
  nothing here;
- **no opening matches her profile** (the answer to an open application): "nous ne
  disposons pas, à ce jour, de poste correspondant à votre profil", "we don't currently
  have a position that matches your profile", "derzeit haben wir keine passende Stelle",
  "no disponemos de ninguna vacante acorde a su perfil", "we hebben momenteel geen passende
  vacature". A condition ("if we have no suitable role ...", "De existir una posición
  acorde a su perfil") is no such fact: ``core.hypotheticals`` and the words themselves
  keep those out;
- **a vacancy held back**, the Dutch public employer's pause: "de vacature is tijdelijk
  aangehouden", "we houden de procedure voorlopig aan"; and its neighbours "le recrutement
  est ajourné / mis entre parenthèses", "el proceso queda en suspenso", "the search is
  parked until", "die Besetzung ist vorerst auf Eis". An application "in behandeling
  gehouden" goes on, and is not held back.

Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import ON_HOLD, REJECTION, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Someone other than her, as the object of a choice (folded).
_OTHER_EN: Final = (
    r"(?:another|an? (?:other|different|internal|external)|someone else|a candidate (?:who|with"
    r"|whose)|a profile (?:with|that|which))"
)
_OTHER_DE: Final = (
    r"(?:ein(?:e[nr]?)? (?:andere[nr]?|interne[nr]?|externe[nr]?) (?:kandidat\w*"
    r"|bewerber\w*|person|profil|kolleg\w*|losung)|jemand(?:en)? (?:anders|anderen)"
    r"|ein(?:e[nr]?)? (?:kandidat\w*|bewerber\w*|profil) (?:mit|der|die|das))"
)
_OTHER_FR: Final = (
    r"(?:une? autres?|d'autres|quelqu'un d'autre|une? (?:profil|candidat\w*|personne"
    r"|candidature) (?:ayant|avec|qui|plus|interne|externe|dont))"
)
_OTHER_ES: Final = (
    r"(?:otr[oa]s?|alguien (?:mas|con)|un[ao]? (?:perfil|candidat[oa]|persona) (?:con|que|mas"
    r"|intern[oa]))"
)
_OTHER_NL: Final = (
    r"(?:een andere|iemand anders|een (?:interne|externe) \w+|een (?:kandidaat|profiel"
    r"|sollicitant) (?:met|die|dat))"
)
#: What a spontaneous application is answered with: a post, an opening (folded).
_POST_EN: Final = r"(?:positions?|roles?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|jobs?)"
_POST_FR: Final = r"(?:postes?|offres?|ouvertures?|opportunites?|emplois?)"
_POST_ES: Final = r"(?:vacantes?|posiciones?|puestos?|ofertas?|oportunidades?)"
_POST_NL: Final = r"(?:vacatures?|functies?|posities?|plekken|plek|rollen|rol)"

OBLIQUE_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "their choice fell on someone else", _rx(
        rf"\b(?:choice|decision) (?:has |finally |ultimately )?(?:fell|fallen|went) (?:on|to)"
        rf" {_OTHER_EN}",
        rf"\b(?:wahl|entscheidung) (?:\w+ ){{0,5}}?(?:auf|fur) {_OTHER_DE}",
        # also "la décision finale s'est portée sur une autre personne" (probe-noes9)
        rf"\b(?:choix|decision|preference)(?: finale?)? (?:s'est|se sont|s'etait) (?:\w+ )?"
        rf"porte\w* sur {_OTHER_FR}",
        rf"\b(?:porte|portons|porter|portent|porterons) (?:notre|son|leur|mon) choix sur"
        rf" {_OTHER_FR}",
        rf"\b(?:eleccion|decision) (?:final )?(?:ha )?(?:recaido|recayo|se decanto|se ha"
        rf" decantado) (?:\w+ )?(?:en|por|sobre) {_OTHER_ES}",
        rf"\bkeuze (?:is |werd )?(?:\w+ )?(?:gevallen|uitgekomen|gemaakt) (?:\w+ )?(?:op|voor)"
        rf" {_OTHER_NL}",
    )),
    (REJECTION, STRONG, "no opening matches your profile", _rx(
        rf"\b(?:do not|don't|currently do not|currently don't) (?:currently )?have (?:any )?"
        rf"(?:an? )?(?:open |suitable |available )?{_POST_EN} (?:available )?(?:that )?"
        rf"(?:match\w*|suit\w*|fit\w*|align\w* with|in line with) (?:your|you)\b",
        rf"\bthere (?:are|is) (?:currently )?no (?:suitable |open |available )?{_POST_EN}"
        rf" (?:that )?(?:match\w*|suit\w*|fit\w*) (?:your|you)\b",
        r"\b(?:haben|gibt es) (?:wir )?(?:\w+ ){0,3}?keine (?:passende|passenden|geeignete"
        r"|geeigneten|ihrem profil entsprechende|offene|offenen) (?:stelle|stellen|position"
        r"|positionen|vakanz|vakanzen)\b",
        rf"\bn(?:e |')(?:disposons|avons|dispose|proposons) pas(?:,? [^.!?,]{{1,30}},)? d(?:e |')"
        rf"(?:\w+ )?{_POST_FR} (?:\w+ ){{0,2}}?(?:correspondant|qui correspond\w*|adapte\w*"
        rf"|en adequation|en lien) (?:a|avec) (?:votre|ton|vos|tes)\b",
        rf"\bno (?:disponemos|tenemos|contamos con|hay) (?:\w+ ){{0,5}}?(?:ninguna |ningun )?"
        rf"{_POST_ES} (?:\w+ ){{0,2}}?(?:que se ajuste\w*|que encaje\w*|acorde\w*|adecuad[ao]s?"
        rf"|que coincida\w*|que correspond\w*) (?:a|con) (?:su|tu|sus|tus)\b",
        rf"\b(?:hebben|heeft|is|zijn) (?:we |wij |er )?(?:\w+ ){{0,3}}?geen (?:passende"
        rf"|geschikte|openstaande) {_POST_NL}\b",
    )),
    (ON_HOLD, STRONG, "hiring is paused", _rx(
        # nl: "de vacature is tijdelijk aangehouden", "we houden de procedure voorlopig aan"
        r"\b(?:tijdelijk|voorlopig|even) (?:is |wordt |worden )?aangehouden\b",
        r"\b(?:vacature|procedure|werving|functie|selectie|sollicitatieprocedure|invulling)\b"
        r" (?:\w+ ){0,6}?(?:wordt|is|zijn|worden) (?:\w+ ){0,2}?aangehouden\b",
        r"\b(?:houden (?:we|wij)|(?:we|wij) houden) (?:de|het|deze) (?:vacature|procedure"
        r"|werving|selectie) (?:\w+ ){0,2}?aan\b",
        # fr: "le recrutement est ajourné", "mis entre parenthèses"
        r"\b(?:recrutement|processus|poste|procedure|embauche|selection)s? (?:\w+ ){0,4}?"
        r"(?:est|sont|a ete|ont ete) (?:\w+ )?(?:ajourne|differe|mis entre parentheses)e?s?\b",
        # es: "el proceso queda en suspenso", "en stand by"
        r"\b(?:proceso|vacante|busqueda|seleccion|contratacion|puesto) (?:\w+ ){0,4}?"
        r"(?:queda|quedan|esta|estan|ha quedado) (?:\w+ )?(?:en suspenso|en stand ?-?by)\b",
        # en: "the search is parked until January", "the role has been shelved"
        r"\b(?:search|role|position|hiring|process|requisition|req|vacancy) (?:\w+ ){0,3}?"
        r"(?:is|has been|have been|was|will be) (?:\w+ )?(?:parked|shelved|on pause"
        r"|put on pause)\b",
        # de: the filling of the post "ist vorerst auf Eis", "wird vertagt"
        r"\b(?:besetzung|stelle|verfahren|suche|auswahl\w*) (?:\w+ ){0,4}?(?:ist|wird|wurde)"
        r" (?:\w+ )?(?:vertagt|zuruckgestellt|auf eis)\b",
        # fr (Québec): the hiring "mis sur la glace"; nl: the vacancy "uitgesteld naar
        # volgend jaar" (an interview put off is a move, not a pause: not its subject)
        r"\b(?:mise?s?|mettre|mettons|remis) _W_{0,4}?sur la glace\b"
        r"|\b(?:poste|recrutement|processus|embauche|affichage|projet)s? (?:\w+ ){0,3}?"
        r"(?:est|sont|reste|restent|demeure) (?:\w+ )?sur la glace\b",
        r"\b(?:vacature|procedure|werving|functie|invulling|selectie|aanwerving)\b"
        r" (?:\w+ ){0,4}?(?:is|wordt|worden|zijn) (?:\w+ )?uitgesteld"
        r" (?:naar|tot) (?:volgend jaar|het nieuwe jaar|nader order|\w+ jaar)\b",
    )),
)
