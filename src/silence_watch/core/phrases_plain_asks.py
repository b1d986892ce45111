"""Asks for her papers and answers in the plain forms the request rows lacked (probe-asks6).

Found by probing with 100 replies about what employers ask of her; each was read as no
news, a courtesy or a pleasantry, so the digest showed nothing for her to do and a nudge
was drafted to someone waiting on her:

- two verbs joined, the ask in the second: "please read and sign the attached privacy
  notice", "veuillez lire et signer", "firme y devuelva el documento", "graag ondertekend
  retour";
- "por favor," with a comma before the verb: "Sra. Lee, por favor, firme ...";
- the German du-imperative before "bitte": "Schick mir das bitte bis Mittwoch"; the Dutch
  one around its object: "vul a.u.b. de vragenlijst in via het portaal";
- a need put as a statement about her things: "Il me faudrait ton RIB", "j'aurais besoin
  de votre attestation", "nos haría falta tu número", "ik heb nog je IBAN nodig"; and, in
  variants tried after, "il me manquerait ton", "faltaría tu", "ik mis nog je", "we'll need
  a copy of your", "ich bräuchte noch Ihre" (never their own homework: "j'aurais besoin de
  vérifier en interne", "we'll need to check", "wir brauchen noch etwas Zeit" name nothing
  of hers);
- after the fresh set: "j'ai besoin de connaître votre rémunération", Austrian "Wir
  ersuchen Sie, diesen ausgefüllt zu retournieren";
- a start date asked in the middle of a long mail, beside "te digo algo pronto": "¿desde
  qué fecha podrías incorporarte?", "ab wann könnten Sie anfangen?", "à partir de quand
  pourriez-vous commencer ?", "per wanneer kun je beginnen?", "when could you start?";
- a move asked as "would it be thinkable for you": "wär's für dich vorstellbar, nach
  München umzuziehen?", "¿te plantearías mudarte?", "zou je open staan voor verhuizen?";
- her papers said to "be useful" (stop 45): "vos fiches de paie me seraient utiles", "your
  payslips would be helpful", "Ihre Zeugnisse wären hilfreich"; only papers and answers
  are named, so "your experience would be useful to the team" stays praise.

Data only (see ``core.phrase_rows``); ``core.intents`` decides. Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import REQUEST, STRONG, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Her things, after a need: "ton RIB", "votre", "tu número", "je IBAN", "a copy".
_HERS: Final = (
    r"(?:ton|ta|tes|votre|vos|une copie|tu|tus|su|sus|una copia|je|jouw|uw|een kopie)"
)

#: Papers and answers of hers (folded): "fiches de paie", "references", "Zeugnisse".
_PAPERS: Final = (
    r"(?:payslips?|pay slips?|references?|passport|id|diplomas?|certificates?|transcripts?"
    r"|availability|fiches? de paie|bulletins? de (?:paie|salaire)|references|diplomes?"
    r"|disponibilites?|\w*zeugnisse?|\w*nachweise?|lohnzettel|referenzen|verfugbarkeit"
    r"|nominas?|referencias|titulos?|disponibilidad|loonstro(?:ok|ken)|referenties"
    r"|diploma's|getuigschriften|beschikbaarheid)"
)

PLAIN_ASK_PHRASES: Final[tuple[Row, ...]] = (
    (REQUEST, STRONG, "they ask you for something", _rx(
        # two verbs joined: "please read and sign", "please review, sign and return"
        r"\bplease,? (?:[a-z]+,? ){1,3}?(?:and|&) (?:sign|return|send|submit|complete|upload"
        r"|fill (?:in|out)|send (?:it|them) back)\b",
        r"\b(?:merci de|veuillez|je vous prie de) (?:bien vouloir )?(?:[a-z]+,? ){1,2}?et"
        r" (?:nous |me )?(?:le |la |les )?(?:signer|retourner|renvoyer|completer|remplir"
        r"|transmettre)\b",
        r"\b(?:firme|firma|rellene|rellena|complete|completa|lea|lee|revise|revisa) y"
        r" (?:nos |me )?(?:lo |la |los |las )?(?:devuelv[ae]|envi[ae]|remit[ae]|mand[ae]"
        r"|firm[ae])(?:nos|me)?(?:lo|la|los|las)?\b",  # "rellene y envíenos la ficha"
        r"\b(?:graag|gelieve) (?:\w+ ){0,4}?(?:ondertekend|getekend|ingevuld) (?:retour|terug)",
        # "por favor," then the verb: "por favor, firme y devuelva"
        r"\bpor favor, (?:(?:nos|me) )?(?:firm|envi|mand|complet|rellen|devuelv|sub|adjunt"
        r"|remit|confirm|indiq)\w*",
        # the du-imperative: "Schick mir das bitte", "bitte schick mir", "lad sie hoch"
        r"\b(?:schick|schicke|sende|lass|leite) (?:mir|uns) (?:\w+ ){0,5}?bitte\b"
        r"|\bbitte (?:schick|schicke|sende|lad|fulle?|unterschreib)\b",
        # the Dutch imperative around its object: "vul a.u.b. de vragenlijst in"
        r"\bvul (?:a\.?u\.?b\.? |aub |even |nog |alsjeblieft |alstublieft |s\.?v\.?p\.? )*(?:de|het"
        r"|je|uw|dit|deze|onderstaande|bijgevoegde) (?:\w+ ){0,3}?in\b",
        # a need said of her things
        rf"\b(?:il (?:me|nous) (?:faudrait|faut|manquerait|manque)|(?:j'aurais|nous aurions"
        rf"|j'ai|nous avons) (?:encore |aussi |juste )?besoin de) (?:encore |aussi |egalement"
        rf" |juste |seulement )?(?:de )?(?:(?:connaitre|savoir|recevoir|avoir) )?{_HERS}\b",
        # Austrian officialese (set2): "Wir ersuchen Sie, diesen ... zu retournieren"
        r"\b(?:wir ersuchen|ich ersuche|ersuchen wir|ersuche ich) (?:sie|dich|euch)\b"
        r"|\b(?:zu retournieren|retournieren sie)\b",
        rf"\b(?:me|nos) (?:haria|harian|hace|hacen) falta (?:tambien )?{_HERS}\b"
        rf"|\bnecesitaria(?:mos)? (?:tambien )?{_HERS}\b"
        # a need of hers said plainly beside "no decision yet" (probe-hold7): "todavía no
        # tenemos decisión, pero necesito tu pretensión salarial. ¿Me la confirmas?"
        rf"|\bnecesit(?:o|amos) (?:todavia |aun |tambien |ya )?{_HERS}\b"
        r"|\b(?:me|nos) (?:lo|la|los|las) (?:confirmas|confirma|confirmais|envias|envia|mandas"
        r"|manda|pasas|pasa|facilitas|facilita|indicas|indica)\b"
        rf"|\b(?:falta|faltaria|faltan|faltarian) (?:todavia |aun |solo |tambien )?{_HERS}\b",
        rf"\b(?:ik|we|wij) (?:heb|hebben|zou|zouden) (?:nog |graag |even |ook )*{_HERS}"
        r" (?:\w+ ){1,4}?nodig\b",  # never "we hebben je cv goed ontvangen": a receipt
        rf"\b(?:ik|we|wij) (?:mis|missen) (?:nog |alleen nog |ook )*{_HERS}\b",
        # the paper she signs, needed back (probe-sure2): "me temo que necesito el acuerdo
        # de confidencialidad firmado antes del viernes", "ik heb helaas nog de getekende
        # geheimhoudingsverklaring nodig", "il me manque l'accord de confidentialite signe"
        r"\b(?:necesito|necesitamos|me hace falta|nos hace falta) (?:todavia |aun |tambien )?"
        r"(?:el|la|los|las) (?:\w+ ){0,4}?(?:firmad[oa]s?|rellenad[oa]s?|cumplimentad[oa]s?)\b"
        r"|\b(?:ik|we|wij) (?:heb|hebben) (?:helaas |nog |ook |alleen )*(?:de|het)"
        r" (?:getekende|ondertekende|ingevulde) (?:\w+ ){1,3}?nodig\b"
        r"|\bil (?:me|nous) manque (?:encore |toujours )?(?:le |la |l'|les )(?:\w+ ){0,4}?"
        r"(?:signee?s?|rempli(?:e|s|es)?|complete(?:e|s|es)?)\b",
        r"\b(?:we'll|we will|i'll|i will|we're going to|we are going to) (?:still |also )?need"
        r" (?:your|a copy|you to|a signed|the signed)\b",
        r"\b(?:ich|wir) (?:brauchte|brauchten|brauche|brauchen|benotige|benotigen) (?:noch |dann"
        r" |bitte |auch |nur )*(?:ihre?n?|deine?n?|eure?n?|eine kopie)\b",
        # more du-imperatives, and a Dutch pair: "Füll bitte den Bogen aus", "teken en stuur"
        r"\b(?:full|fulle|unterschreib|unterschreibe|lad|lade|reich|reiche|schick|schicke)"
        r" (?:mir |uns )?bitte\b",
        r"\b(?:teken|onderteken|lees|vul \w+ in) en (?:stuur|mail|lever|upload|onderteken"
        r"|teken)\b",
    )),
    (REQUEST, STRONG, "they ask you for something", _rx(
        # her papers "would be useful": "vos fiches de paie me seraient utiles"
        rf"\b(?:your|{_HERS}|ihre?n?|deine?n?) (?:\w+ ){{0,3}}?{_PAPERS} (?:\w+ ){{0,3}}?"
        r"(?:me |nous |nos )?(?:would be|seraient|serait|waren|ware|seria|serian|zou|zouden)"
        r" (?:\w+ ){0,3}?(?:useful|helpful|utiles?|hilfreich|nutzlich|util|handig|nuttig"
        r"|welkom)\b",
    )),
    (REQUEST, STRONG, "they ask when you could start", _rx(
        r"\bwhen (?:could|can|would|will) you (?:start|join|begin)\b",
        r"\bab wann (?:konnten|konnen|kannst|konntest|wurden|wurdest|waren|warst) (?:sie|du)\b",
        r"\b(?:a partir de|des) quand (?:pourriez|pourrais|pouvez|peux|seriez|serais)"
        r"(?:-| )(?:vous|tu)\b",
        r"\bdesde (?:que|cuando) (?:fecha |dia )?(?:podrias|podria|puedes|puede|estarias"
        r"|estaria)\b|\b(?:podrias|podria) (?:incorporarte|incorporarse|empezar|comenzar)\b",
        r"\b(?:per|vanaf) wanneer (?:kun|kan|kunt|zou|zoudt|ben|bent) (?:je|u|jij)\b"
        r"|\bwanneer (?:kun|kan|kunt|zou) (?:je|u) (?:beginnen|starten|in dienst)\b",
    )),
    (REQUEST, STRONG, "they ask if a move would suit you", _rx(
        r"\b(?:ware es|war's|wars|ware das) (?:fur (?:sie|dich) )?(?:grundsatzlich |denn |auch )?"
        r"(?:fur (?:sie|dich) )?(?:vorstellbar|denkbar|eine option|moglich)[^.!?]*\?",
        r"\b(?:te plantearias|se plantearia|considerarias|consideraria|estarias dispuest[oa]"
        r"|estaria dispuest[oa])\b[^.!?]*\?",
        r"\b(?:zou|zoudt|sta|staat) (?:je|u|jij) open (?:staan )?(?:voor|om)\b[^.!?]*\?",
    )),
)
