"""Noes said as a fact settled elsewhere, found by the probe round probe-noes5. Pure.

Each follow-up after a no is mail that must not exist; these noes were read by no phrase
row, and some as good news:

- the offer went to someone else and was taken: "we have made an offer for the role and
  it has been accepted" (read as a next step), "Wir haben einer anderen Kandidatin eine
  Zusage gemacht" (read as an offer: "eine Zusage"), "hemos hecho una oferta a otra
  persona", "we hebben een aanbod gedaan aan een andere kandidaat" (read as a
  pleasantry, surely); this no outranks the offer its words name
  (``core.offer_denials.taken_back``), never "we've made you an offer" nor her own
  acceptance ("thrilled you accepted");
- the choice went the other way, in the word order each language puts it: "voor een
  interne kandidaat gegaan", "de functie aan iemand anders te geven", "helaas val je af"
  (never "de andere kandidaat is afgevallen"), "nous orienter vers un autre profil", "mit
  anderen Kandidat*innen weiterzumachen", "continuar el proceso con candidatos cuyo
  perfil se ajusta más", "give the role to someone else";
- the process not continued, said as French writes it without "pas" ("au regret de ne
  pouvoir poursuivre le processus avec vous") and as Dutch puts the verb last ("het
  proces met jou niet voort te zetten");
- "the team is passing on your application" (never "passing on your application to
  Dana": forwarded);
- "not for this role, but ...": this role's no, which another role offered makes a next
  step ("Para este puesto no, pero tenemos otra vacante ... ¿Hablamos el martes?").

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if we give the role to someone else") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import FILLED, REJECTION, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: The reason of an offer made to, or taken by, someone else: it outranks the offer it names.
OFFER_ELSEWHERE: Final = "the offer went to someone else"

#: Someone else, in each language (folded).
_EN_OTHER: Final = (
    r"(?:another|a different|an internal|an external|the other|one of the other|someone"
    r"|somebody|a candidate|an applicant)"
)
_DE_OTHER: Final = (
    r"(?:eine[mr]? (?:anderen?|internen?|externen?|weiteren?) (?:kandidat|bewerber|person"
    r"|kolleg|mitbewerber)\S*|jemand(?:em)? (?:anderem|anders|internem))"
)
_FR_OTHER: Final = r"(?:un(?:e)? autre|l'autre|d'autres|quelqu'un|une? candidat\w*|une personne)"
_ES_OTHER: Final = r"(?:otr[oa]s?|alguien|una? candidat[oa]|la otra|el otro|una persona)"
_NL_OTHER: Final = (
    r"(?:(?:een|de) (?:andere|interne|externe) (?:kandidaat|kandidate|sollicitant|persoon"
    r"|collega)|iemand (?:anders|intern))"
)
#: Words between an offer and its acceptance that never speak to her (folded).
_NOT_TO_YOU: Final = r"(?:(?!\byou\b|\byour\b)[^.!?;]){0,80}?"

SETTLED_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, OFFER_ELSEWHERE, _rx(
        rf"\b(?:made|extended|given|presented|offered) (?:an|a|the|our) (?:\w+ )?offer to"
        rf" {_EN_OTHER}\b",
        # made, then taken: "we have made an offer for the role and it has been accepted"
        rf"\b(?:we|we've|they|they've|the client|the team|the company) (?:have |has |had )?"
        rf"(?:now |since |already )?(?:made|extended) (?:an|the|a|our) (?:\w+ )?offer\b"
        rf"(?! to you\b){_NOT_TO_YOU}\b(?:(?:has|have|had) been|was|been|(?:who|which|and"
        rf" (?:he|she|they|it)) (?:has |have )?(?:since |now )?(?:been )?)accepted\b",
        rf"\boffered to and accepted by {_EN_OTHER}\b",
        rf"\b{_DE_OTHER} _W_{{0,3}}?(?:eine |die |ein |das |unsere? )?(?:zusage|angebot"
        rf"|vertragsangebot|stellenangebot|jobangebot) (?:gemacht|gegeben|erteilt|unterbreitet"
        rf"|ausgesprochen)\b",
        rf"\b(?:zusage|angebot|stellenangebot) (?:an|fur) {_DE_OTHER}",
        rf"\b(?:fait|faire|adresse|transmis|formule|propose) (?:une|notre|la) (?:proposition"
        rf"|offre)(?: d'(?:embauche|emploi))? a {_FR_OTHER}",
        rf"\b(?:hecho|hicimos|extendido|extendimos|presentado|enviado|dado) (?:una|la|nuestra)"
        rf" (?:oferta|propuesta)(?: de (?:empleo|trabajo))? a {_ES_OTHER}",
        rf"\b(?:aanbod|bod|voorstel|contractvoorstel) (?:gedaan|gegeven|uitgebracht|gestuurd)"
        rf" aan {_NL_OTHER}\b",
        rf"\b{_NL_OTHER} _W_{{0,2}}?(?:een|ons) (?:aanbod|voorstel|contractvoorstel)"
        rf" (?:gedaan|gegeven)\b",
    )),
    (REJECTION, STRONG, "they chose another candidate", _rx(
        # nl: the verb last
        r"\bvoor (?:een |de )?(?:andere|interne|externe|meer ervaren|sterkere|ervarenere)"
        r" (?:kandidaat|kandidate|sollicitant|persoon|collega|profiel)\b _W_{0,2}?(?:gegaan"
        r"|gekozen|geopteerd)\b",
        r"\bvoor iemand (?:anders|intern|van binnenuit|met _W_{0,3}?\w+) _W_{0,2}?(?:gegaan"
        r"|gekozen|geopteerd)\b",
        r"\b(?:functie|baan|rol|positie|vacature|plek|job|opdracht)\b _W_{0,4}?aan "
        rf"{_NL_OTHER} (?:te )?(?:geven|gegeven|aangeboden|aan te bieden|aanbieden|toegekend"
        r"|toe te kennen|gunnen|gegund)\b",
        # "helaas val je af", "u valt helaas af", "ben je afgevallen"; never "de andere
        # kandidaat is afgevallen", nor "als je afvalt"
        r"\b(?:val|valt) (?:je|jij|u) (?:helaas |dus |daarom |hiermee |bij deze |nu )?af\b"
        r"(?!,? dan\b)"  # "Valt u af, dan ontvangt u bericht": a condition
        r"|\b(?:je|jij|u) (?:valt|vallen) (?:helaas |dus |daarom |nu )?af\b"
        r"|\b(?:ben|bent) (?:je|jij|u) (?:helaas |dus |daarom )?afgevallen\b"
        r"|\b(?:je|jij|u) (?:bent|ben) (?:helaas |dus |daarom )?afgevallen\b",
        # en
        r"\b(?:give|gave|given|giving|award|awarded|awarding) (?:the|this|that) (?:\w+ ){0,3}?"
        rf"(?:role|position|job|post) to {_EN_OTHER}\b",
        # de
        r"\bmit (?:den )?(?:anderen|ubrigen) (?:kandidat|bewerber|profil|person)\S*"
        r" _W_{0,2}?(?:weiterzumachen|weitermachen|weiterzugehen|weitergehen|fortzufahren"
        r"|fortfahren|weiterzuarbeiten)\b",
        # fr
        r"\b(?:orienter|oriente|orientes|orientee|orientees|orientons|tourner|tournes"
        r"|tournons) (?:_W_)?vers (?:un(?:e)? autre|d'autres|l'autre|une? candidat\w*"
        r"|une candidature (?:plus|davantage|interne)|un profil (?:plus|davantage|interne)"
        r"|quelqu'un)",
        r"\b(?:poursuivre|poursuivons|continuer|continuons|avancer|avancons) _W_{0,3}?avec"
        r" (?:des|les) (?:candidat\w*|profils|personnes) (?:dont|qui (?:correspond|repond"
        r"|present|ont (?:davantage|plus)))",
        # es: with candidates who fit better, never "contigo y con ..."
        r"\b(?:continuar|seguir|avanzar|seguiremos|continuaremos|avanzaremos|seguimos"
        r"|continuamos|avanzamos)(?!(?: \w+){0,3} (?:contigo|con usted|con vos)\b) _W_{0,3}?con"
        r" (?:los |las |aquell[oa]s |unos |unas )?(?:candidat\w*|perfiles|postulantes|personas"
        r"|profesionales) (?:cuy[oa]s?|que (?:se ajust|encaj|tien\w* (?:mas|mayor)"
        r"|cumpl\w* (?:mejor|mas)|mejor))",
        r"\b(?:dar|dado|dimos|darle|otorgado|adjudicado) (?:el puesto|la plaza|la posicion"
        rf"|la vacante) a {_ES_OTHER}\b",
        # nl
        r"\b(?:verder|door)\w* _W_{0,2}?met (?:de )?(?:kandidaten|sollicitanten|profielen)"
        r" die (?:beter|meer|dichter)\b",
        # the fresh set of this round, fixed after it (stop 44): "ze kiezen helaas niet voor
        # jou maar voor een kandidaat met meer sectorervaring"
        r"\b(?:kiezen|kozen|kiest|koos|gekozen) (?:\w+ ){0,2}?niet voor (?:jou|je|u)\b"
        r"(?:,? maar voor\b| _W_{0,2}?gekozen\b)",
        # "Die Entscheidung ist leider zugunsten eines anderen Kandidaten ausgefallen"
        r"\bzugunsten (?:eines|einer) (?:anderen|internen|externen|weiteren) (?:kandidat"
        r"|bewerber|person|profil|mitbewerber)\S*",
        # "die Rolle mit jemandem aus dem eigenen Team zu besetzen"
        r"\b(?:stelle|rolle|position|vakanz)\b _W_{0,2}?mit (?:jemandem|einer? (?:internen?"
        r"|anderen?)\S* \S+)(?: (?:aus|von) _W_{0,4}?)? ?(?:zu )?(?:besetzen|besetzt"
        r"|nachzubesetzen|nachbesetzen)\b",
        # "el puesto se lo han dado a una persona de dentro de la empresa"
        r"\b(?:el puesto|la plaza|la posicion|la vacante) se (?:lo|la) (?:han|hemos|ha)"
        rf" (?:dado|ofrecido|adjudicado|dejado) a {_ES_OTHER}\b",
        # "elle avait finalisé son recrutement avec une autre personne"
        r"\b(?:finalise|boucle|clos|clot|conclu|termine|cloture)\w* (?:son|leur|notre|le)"
        rf" recrutement avec {_FR_OTHER}",
        # "they're going to go with the person they interviewed the week before you"
        r"\b(?:go|going to go|gone|went|decided to go|going) with (?:the|a) (?:person"
        r"|candidate|applicant|guy|woman|man|lady) (?:they|we|who|that)\b(?!.*\b(?:or|if"
        r"|whether)\b)",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # fr: "pouvoir" without "pas"
        r"\bne (?:pouvoir|pouvons|pourrons|pourrions|saurions|saurons|pouvant)"
        r" (?:malheureusement |donc |helas )?(?:poursuivre|continuer|donner (?:une )?suite"
        r"|retenir (?:votre|ta)|avancer|aller plus loin|aller de l'avant)\b"
        r"(?! avec (?:d'autres|les autres|un autre|une autre))",
        # nl: the verb last, "het proces met jou niet voort te zetten"
        r"\b(?:proces|procedure|sollicitatieprocedure|selectieprocedure|sollicitatie)\b"
        r" (?:met (?:jou|je|u) )?(?:helaas )?niet (?:verder |langer )?(?:voort te zetten"
        r"|voortzetten|door te zetten|doorzetten|te vervolgen|vervolgen)\b",
        r"\b(?:zetten|zet) (?:het|de) (?:proces|procedure|sollicitatieprocedure"
        r"|sollicitatie)\b (?:met (?:jou|je|u) )?(?:helaas )?niet (?:verder )?(?:voort|door)\b"
        r"(?! (?:tot|totdat|voordat|zolang)\b)",
        # en: "passing on your application", never forwarded ("to Dana", "along", "I'm
        # passing on your application now")
        r"(?<!\bi'm )(?<!\bi am )(?<!\bi'll )(?<!\bi will )(?<!\bi've )(?<!\bi have )(?<!\bi'd )"
        r"(?<!\bwill )(?<!\bhappy to )(?<!\bjust )"
        r"\b(?:passing|pass|passed) on (?:your|this|the) (?:application|candidacy|profile"
        r"|candidature)\b(?![^.!?\n]{0,60}\b(?:to|onto|along|with)\b)",
    )),
    (REJECTION, WEAK, "bad news, kindly put", _rx(
        r"\b(?:isn't|is not|it's not|it is not|not) (?:the )?good news\b(?! yet\b)",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        # "we hebben de functie inmiddels kunnen invullen" (stop 44), never "we hopen de
        # functie snel te kunnen invullen"
        r"\bhebben (?:\w+ )?(?:de|deze|die|onze) (?:functie|vacature|positie|rol|plek)"
        r" (?:\w+ ){0,2}?(?:kunnen invullen|ingevuld|kunnen vervullen|vervuld)\b",
        # "not for this role, but ...": this role's no; another role may follow
        r"\bnot (?:for|with) (?:this|the|that) (?:\w+ )?(?:role|position|job|opening|vacancy)"
        r"\b,?(?: (?:unfortunately|i'm afraid|sadly),?)? but\b",
        r"\bnicht fur (?:diese|die) (?:\w+ )?(?:stelle|position|rolle)\b,?(?: leider,?)? aber\b",
        r"\bpas pour (?:ce|le|cet) (?:\w+ )?poste(?:-ci|-la)?\b,?(?: malheureusement,?)? mais\b",
        r"\b(?:para|en) (?:este|esta|el|la) (?:puesto|posicion|vacante|rol|cargo|busqueda)"
        r" no\b,? pero\b",
        r"\bniet voor (?:deze|de|die) (?:\w+ )?(?:functie|vacature|rol|positie|baan)\b,?"
        r"(?: helaas,?)? maar\b",
    )),
)
