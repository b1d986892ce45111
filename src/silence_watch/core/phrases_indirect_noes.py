"""Short and indirect noes: the no said without "unfortunately" or "reject" (probe-noes7).

A hiring manager's one-liner or a panel's verdict says no in words the other tables did
not read, so the no was thanks, nothing, or (to the learned reader) a guess, and a nudge
could follow it:

- **the panel's verdict on the fit**, with the verb and its negation joined: "Panel felt
  it wasn't the right match", "le jury a estimé que ton profil ne correspondait pas",
  "votre profil n'était pas tout à fait en adéquation", "el panel consideró que tu perfil
  no era el indicado", "de commissie vond het net niet de juiste match", the Belgian "om uw
  kandidatuur niet weerhouden";
- **another chosen, said sideways**: "Die Wahl ist auf eine Kandidatin gefallen", Swiss
  "mir händ üs für en anderi Person entschiede", "on a choisi de poursuivre avec un profil
  plus proche", "nous avons fait un autre choix", "optamos por otra persona", "ya elegimos
  a alguien", "besloten een andere kandidaat aan te nemen", "we found someone else";
- **not going on, said plainly**: "Not going to move ahead on our side", "we've decided
  against progressing your application", "es hat diesmal nicht geklappt", "Sie sind nicht
  weiter im Rennen", "ça ne va pas le faire", "we laten het hierbij".

Never the near-misses: "Die Wahl ist auf Sie gefallen" (her offer), "Die Wahl ist noch
nicht gefallen", "we hebben nog geen andere kandidaat aangenomen", "not going to move
forward until the panel meets" (a delay), "niet helemaal de juiste toon" (feedback).

Data only (see ``core.phrase_rows``); ``core.intents`` decides, and its guards apply: a
condition ("if it wasn't the right match ...") or words said of others are no news.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.no_one_yet import NO_ONE_YET
from silence_watch.core.phrase_rows import ACK, FILLED, REJECTION, STRONG, WEAK, Row
from silence_watch.core.phrase_rows import alternatives as _rx

#: Not a question about it ("was it not the right fit?") in the rest of the sentence.
_NO_QUESTION: Final = r"(?![^.!?\n]*\?)"
#: Not a delay: "not going to move forward until the panel meets on Thursday".
_NOT_UNTIL: Final = r"(?!,? (?:until|till|before|unless)\b)"

INDIRECT_NO_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "you were not selected", _rx(
        # en: "it wasn't the right match", "wasnt" is written out (core.misspellings)
        r"\b(?:was|were)(?:n't| not) (?:quite |really |exactly |entirely )?(?:the right|a good"
        rf"|a strong|the best|a great|a) (?:fit|match)\b{_NO_QUESTION}",
        # fr: the verdict in the past or the conditional
        r"\bne (?:correspondai(?:t|ent)|correspondrai(?:t|ent)|convenai(?:t|ent)"
        r"|conviendrai(?:t|ent)) (?:_W_)?pas\b",
        r"\b(?:profil|candidature|parcours|experience)\b _W_{0,2}?n'(?:etait|est|etaient|sont)"
        r" pas (?:tout a fait |totalement |suffisamment |assez |vraiment )?(?:en adequation"
        r"|adaptee?|adequate?|alignee?|le bon|celui que|ce que (?:nous|l'on|on))",
        # es: "tu perfil no era el indicado", "no resultó la más idónea"
        r"\b(?:tu|su) (?:perfil|candidatura|experiencia|postulacion) no (?:es|era|fue|resulta"
        r"|resultaba|resulto) (?:el |la |lo )?(?:mas )?(?:indicad|adecuad|idone|apropiad)",
        r"\bno (?:eras|era|fue|fuiste|es|eres) (?:el perfil |la persona |el candidato |la"
        r" candidata |el |la )?(?:mas )?(?:indicad|adecuad|idone)[oa]\b",
        # nl: "net niet de juiste match", Belgian "kandidatuur niet (te) weerhouden"
        # never the writer's own ("ik ben hier niet de juiste persoon voor": stop 48)
        r"(?<!\bik ben )(?<!\bik ben (?:hier|daar|echt) )(?<!\bben ik )"
        r"(?<!\bben ik (?:hier|daar|echt) )"
        r"\b(?:net )?niet (?:helemaal |echt |precies )?(?:de|het) (?:juiste|goede) (?:match|fit"
        rf"|kandidaat|persoon|profiel|klik)\b{_NO_QUESTION}",
        r"\b(?:kandidatuur|sollicitatie|cv|profiel|dossier) (?:(?!nog\b|of\b)\w+ ){0,7}?niet"
        r" (?:te )?(?:verder )?weerhouden\b",
        r"\b(?:bent|ben|is) (?:helaas |jammer genoeg )?afgevallen\b",
        # out of the race in German, or it did not work out ("hat es diesmal nicht geklappt");
        # never a date or a link that did not ("leider hat es mit dem Termin nicht geklappt -
        # wir melden uns mit einem neuen Vorschlag", a sure no once: stop 48)
        r"\bnicht (?:mehr |weiter )?im rennen\b",
        r"\b(?:(?:es|das) hat|hat (?:es|das)) (?:(?!termin\w*\b|zeit\w*\b|datum\b|slot\b"
        r"|uhrzeit\b|verbindung\b|link\b|raum\b|video\w*\b|teams\b|zoom\b|kalender\w*\b"
        rf"|einladung\b)\w+ ){{0,3}}?nicht geklappt\b{_NO_QUESTION}",
        # nothing came of it ("leider ist's diesmal nix geworden", "het wordt helaas niks")
        r"\b(?:ist'?s|ist es|es ist|das ist) (?:\w+ ){0,2}?(?:nix|nichts) geworden\b",
        r"\bhet wordt (?:\w+ ){0,2}?(?:niks|niets)(?= ?(?:[.,!;]|$| (?:dit|deze) keer\b))",
        # the French shrug of a no ("ça ne va pas le faire")
        r"\b(?:ca|cela) ne (?:va|le fera|fera) pas (?:le faire|l'affaire)\b",
        # a pass, a no said by someone, not what they need, no interview offered
        r"\b(?:it's|it is|that's|that is) a pass\b(?![/-])",
        r"\b(?:hiring manager|manager|client|team|panel|hm|they|he|she) (?:has |have )?said no\b"
        r"(?! to\b)",
        r"\b(?:you're|you are|you were) not (?:quite |exactly |really )?what (?:we|they|the client"
        rf"|the team) (?:need|needs|needed|want|are looking for|were looking for)\b{_NO_QUESTION}",
        r"\b(?:unable|not able|cannot|can't|won't be able) to (?:offer|invite) you (?:to )?(?:an?"
        r" )?(?:interview|first interview|meeting)\b",
        # out of the process, in Spanish ("quedaste fuera del proceso")
        r"\b(?:quedaste|quedas|quedo|ha quedado|has quedado|queda) fuera (?:del proceso|de la"
        r" seleccion|de la convocatoria)\b",
    )),
    (REJECTION, STRONG, "they chose another candidate", _rx(
        # de: the choice fell on someone (never "auf Sie", nor "noch nicht gefallen")
        r"\b(?:wahl|entscheidung) (?:ist|fiel) (?:(?!nicht\b|noch\b)\w+ ){0,3}?auf (?:eine[nr]?"
        r"|jemand\w*) (?:\w+ ){0,3}?(?:kandidat\w*|bewerber\w*|person|profil|mitbewerber\w*"
        r"|anderen?|andere)\b",
        # Swiss German: "für en anderi Person entschiede", "für öpper anders"
        r"\bfur (?:(?:en|e|ei|eine?n?) (?:anderi|andere[nr]?) (?:person|kandidat\w*"
        r"|bewerber\w*)|opper anders) _W_{0,2}?entschiede\b",
        # fr: "on a choisi de poursuivre avec un profil plus proche", "un autre choix"
        r"\b(?:choisi|decide|prefere) (?:de |d')?(?:poursuivre|continuer|avancer|aller plus loin"
        r"|aller de l'avant) (?:le processus |le recrutement )?avec (?:un|une|des|d'autres)"
        r" (?:autres? )?(?:profils?|candidat\w*|personnes?)\b",
        r"\b(?:fait|faire) un autre choix\b|\bperle rare ailleurs\b",
        # es: "optamos por otra persona", "ya elegimos a alguien"
        r"\b(?:optamos|elegimos|escogimos|seleccionamos|contratamos|optaron|eligieron"
        r"|escogieron|contrataron) (?:(?:por|a) otr[oa]|a alguien|otr[oa] (?:persona|perfil"
        r"|candidat[oa]))\b(?! (?:dia|fecha|hora|horario|momento|lugar|turno)\b)",
        # another taken on, in Dutch ("besloten een andere kandidaat aan te nemen")
        r"(?<!geen )(?<!niet )\b(?:een|de) andere (?:kandidaat|kandidate|sollicitant|persoon)"
        r" (?:aan te nemen|aan te stellen|te kiezen|te selecteren)\b",
        # someone else found ("we found someone else")
        r"\b(?:found|hired|chosen|picked) (?:someone|somebody) else\b",
        # the past tense typed as the present: "the team choose someone else"
        r"\b(?:we|they|team|client|manager|panel|hm) (?:chose|choose|picked) (?:someone|somebody)"
        r" else\b",
        r"\bmade (?:a|our) hire\b",
        # others whose profiles fit better, with no word that she is among them
        r"\b(?:chosen|decided|opted) to (?:continue|proceed|move forward|go ahead) with"
        r" (?:applicants|candidates|profiles|people) (?:whose|who|that)\b"
        r"(?![^.!?\n]*\b(?:including you|you are one|you're one|like you)\b)",
        r"\b(?:entschlossen|entschieden|beschlossen),? andere[n]? (?:kandidat|bewerber|person"
        r"|profil)\w* (?:\w+ ){0,5}?(?:einzuladen|weiterzuverfolgen|zu berucksichtigen)\b",
        r"\b(?:fur|zugunsten) (?:ein|eines) (?:anderes|anderen) (?:dossier|profil)s?\b",
        r"(?<!niet )\bvoor (?:een |de )?(?:andere (?:kandidaat|kandidate|finalist|sollicitant"
        r"|persoon)|iemand anders) (?:\w+ )?gekozen\b",
        r"\b(?:partis?|parti|partons|part) sur (?:l'autre|un autre|une autre) (?:finaliste"
        r"|candidat\w*|profil|personne)",
        # someone else won the race, or became it
        r"\brennen (?:hat|machte) (?:\w+ ){0,3}?(?:jemand|eine?[rn]?|der|die)\b(?! (?:sie|dich)\b)",
        r"\bes ist (?:\w+ ){0,3}?(?:jemand anderes|ein anderer|eine andere) (?:\w+ )?geworden\b",
        r"\bhet is (?:\w+ )?(?:een andere (?:kandidaat|kandidate|sollicitant|persoon)|iemand"
        r" anders) geworden\b",
        r"(?<!niet )\b(?:een ander|iemand anders) gekozen\b",
        r"\bvoorkeur (?:gaat|ging) (?:\w+ ){0,3}?uit naar (?:een |de )?(?:andere|iemand)",
        # an internal solution ("Wir gehen mit einer internen Lösung weiter")
        r"\b(?:mit|fur) einer? (?:internen|anderen) (?:losung|besetzung)\b",
        # another profile preferred, in Spanish ("preferimos seguir con un perfil más senior")
        r"\b(?:preferimos|prefirieron|prefirio|decidimos|optamos por) (?:seguir|continuar|avanzar"
        r"|ir) con (?:un|una) (?:perfil|candidat[oa]|persona)\b",
    )),
    # from the round's fresh set, fixed after it (stop 45): the choice fell on someone,
    # others fit better, the application taken no further, in words the rows above lacked
    (REJECTION, STRONG, "they chose another candidate", _rx(
        r"\bkeuze is (?:(?!niet\b|nog\b)\w+ )?gevallen op (?:een|de|iemand)\b",
        r"\blanded on (?:another|a different|an internal|the other) (?:candidate|applicant"
        r"|person|finalist|profile)\b",
        r"\bandere (?:kandidaten|sollicitanten|profielen) (?:\w+ ){0,2}?beter (?:aansluiten"
        r"|aansloten|passen|pasten|voldoen|voldeden)\b",
        r"\bother (?:candidates|applicants|profiles) (?:\w+ ){0,2}?(?:more closely|better)"
        r" (?:matched|match|fit|fitted|suited|aligned)\b",
        r"\bandere (?:bewerber\w*|kandidat\w*|profile) (?:(?:\w+ ){0,2}?(?:besser|eher) (?:passten"
        r"|passen|entsprachen|entsprechen)|(?:passten|passen|entsprachen|entsprechen)"
        r" (?:\w+ ){0,3}?(?:besser|eher))\b",
        r"\botros (?:perfiles|candidatos|candidatas|postulantes) (?:\w+ ){0,2}?(?:se ajustaban"
        r"|se ajustan|encajaban|encajan) mejor\b",
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        r"\b(?:application|candidacy|candidature) (?:\w+ ){0,3}?(?:will|would|is|has) not"
        r" (?:be |been )?(?:taken|progressed|moved) (?:any )?further\b" + _NOT_UNTIL,
        r"\b(?:kandidatur|bewerbung) (?:\w+ ){0,2}?nicht (?:weiter ?fuhren|weiter ?verfolgen"
        r"|weiter berucksichtigen)\b",
        r"\b(?:perfil|candidatura|postulacion) (?:\w+ ){0,2}?(?:quedo|ha quedado|queda|fue"
        r"|ha sido) descartad[oa]\b",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        # "Nous avons pourvu le poste en interne" (another role may follow)
        r"\b(?:avons|a|ont) pourvu (?:le|ce) poste\b",
    )),
    (REJECTION, WEAK, "they will not move forward", _rx(
        r"\b(?:not|n't) (?:going to|gonna|be able to) (?:move|go|proceed|progress) (?:forward"
        r"|ahead|further)\b(?! with (?:the |any |all )?(?:of the )?(?:other|remaining|rest of"
        rf" the) ){_NOT_UNTIL}",
        r"\b(?:not|n't) (?:going to |gonna )?tak(?:e|ing) (?:your application|your candidacy"
        r"|this|it|things) (?:any )?further\b" + _NOT_UNTIL,
        r"\bdecided against (?:progressing|proceeding|moving forward|taking)\b",
        r"\bhave to say no\b(?! to\b)",  # never "I have to say no to Thursday"
    )),
    (REJECTION, STRONG, "they will not move forward", _rx(
        # nl: "we laten het hierbij" (never the end of a call: "voor vandaag")
        r"\b(?:we|wij) laten het (?:helaas )?(?:hier ?bij|daar ?bij)\b(?! voor vandaag\b)",
    )),
    # the near-miss: no one goes on yet, a wait ("not progressing anyone ... until the 18th",
    # "not going to move forward until the panel meets"): they are still deciding
    (ACK, STRONG, "they are still deciding", (
        NO_ONE_YET.pattern,
        (r"\b(?:not|n't) (?:going to |gonna )?(?:move|moving|go|going) (?:forward|ahead),?"
         r" (?:until|till|before) (?:the|we|our|after)\b"),
    )),
)
