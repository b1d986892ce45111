"""Brush-offs the other tables did not read, found by a probe of curt replies (probe-cold3).

Recruiters, agencies and hiring systems close the door in few words, and the rules read
"Descartado.", "Niet weerhouden." or "Bitte sehen Sie von weiteren Nachfragen ab" as
nothing, so the curt no was left to the reader, which called it warm:

- a request to stop writing, in the four languages the English row lacked ("Bitte sehen
  Sie von weiteren Nachfragen ab", "Merci de ne plus nous relancer", "Le rogamos que no
  vuelva a contactarnos", "Wij verzoeken u geen verdere navraag te doen") and "kindly
  refrain from following up"; never "please do not reply to this email" or "no need to
  follow up, I'll write on Friday";
- a no in one or two words: "Descartado.", "Afgewezen.", "Niet weerhouden.", "Vacature
  vervuld.", "Pas de suite pour nous.", "Ya no hay vacante."; never "Descartado el
  problema de la firma";
- contact promised only to those chosen or if something fits ("Only shortlisted
  candidates will be contacted", "Nur Bewerber in der engeren Auswahl werden
  benachrichtigt", "Le cas échéant, nous prendrons contact avec vous", "Si su perfil
  aplica, lo llamamos", "indien er een geschikte functie vrijkomt"): an acknowledgement,
  and the condition that makes it cold (``ONLY_IF_IT_FITS``, in
  ``core.intent_phrases.CONDITIONAL_CONTACT``).

Data only (see ``core.phrase_rows``); ``core.intents`` decides.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.phrase_rows import (
    ACK,
    FILLED,
    REJECTION,
    SENTENCE_START,
    STRONG,
    WEAK,
    Row,
)
from silence_watch.core.phrase_rows import alternatives as _rx

_START: Final = SENTENCE_START
#: The sentence ends here, or goes on only to name the job or thank her.
_ENDS: Final = r"(?= ?(?:[.!,;]|$))"

#: Contact only for those chosen, or only if something fits (folded): what makes a short
#: acknowledgement a brush-off. Written once, read as a promise below and as its condition.
ONLY_IF_IT_FITS: Final = (
    r"\bonly (?:shortlisted|successful|selected|short-listed) (?:candidates|applicants)\b"
    r"|\b(?:should|if|when) (?:a |any )?(?:relevant|matching|appropriate|fitting) (?:requirement"
    r"|role|opening|vacancy|position|opportunity)"
    r"|\bnur (?:bewerber\w*|kandidat\w*) (?:\w+ ){0,4}?in (?:der|die) engere\w* auswahl\b"
    r"|\bbei (?:passender|geeigneter|entsprechender) (?:vakanz|stelle|position|eignung)\b"
    r"|\bsollte sich (?:etwas|was) (?:passendes|geeignetes) ergeben\b"
    r"|\ble cas echeant\b|\bsi _W_{0,3}?(?:colle|matche)\b"
    r"|\b(?:solo|solamente|unicamente) (?:nos pondremos en contacto con|contactaremos a"
    r"|llamaremos a) (?:los|las|aquell[oa]s) \w+ (?:preseleccionad|seleccionad|que)"
    r"|\ben caso de que (?:surja|haya|aparezca) (?:algo|alguna|algun)\b"
    r"|\bsi (?:su|tu) perfil (?:aplica|encaja|se ajusta|coincide)\b"
    r"|\balleen (?:geselecteerde|kandidaten die|de geselecteerde)\b"
    r"|\b(?:indien|als|wanneer|zodra) er (?:een |iets )?(?:geschikte?|passende?|passends"
    r"|geschikts) (?:\w+ )?(?:vrijkomt|beschikbaar komt|langskomt|is)\b"
    # probe-cold3's fresh set (stop 44): "Applicants selected for interview will be
    # contacted by phone", "De ser seleccionado, nos comunicaremos contigo"
    r"|\b(?:applicants|candidates) (?:who are )?(?:selected|shortlisted|chosen) for (?:an? )?"
    r"(?:interview|the next stage|further consideration)s? will be (?:contacted|notified"
    r"|invited|called)\b"
    r"|\b(?:de|en caso de|si resulta|si es|si eres|si fuera|si fueras) (?:ser )?"
    r"(?:seleccionad|preseleccionad|elegid)[oa]\b"
    # silence that means no: "Sans retour de notre part sous quinze jours, considérez que
    # votre candidature n'a pas été retenue" (stop 44)
    r"|\bsans (?:retour|reponse|nouvelles?) de (?:notre|ma) part\b"
    r"|\bif you (?:don't|do not|haven't|have not) (?:hear|heard) (?:back )?from us\b"
    # "We will contact shortlisted candidates only", "If you don't hear back in 2 weeks,
    # assume unsuccessful" (stop 47: read as a warm promise)
    r"|\b(?:contact|notify|call|reach out to|get back to) (?:the )?(?:shortlisted|successful"
    r"|selected|short-listed) (?:candidates|applicants) only\b"
    r"|\bif you (?:don't|do not|haven't|have not) (?:hear|heard) back\b"
    r"|\b(?:sollten|falls|wenn) (?:sie|du) (?:\S+ ){0,4}?nichts (?:mehr )?von uns (?:horen"
    r"|gehort)|\bsi no (?:recibes|recibe|tienes|tiene) (?:respuesta|noticias)\b"
    r"|\b(?:als|indien|wanneer) (?:je|u) (?:\S+ ){0,3}?niets (?:van ons )?(?:hoort|gehoord)"
)

#: The time she gave them, thanked for (folded): never her mere interest. "Thank you for the
#: time you invested in the process" under a portal's "Status: Not selected" (t15ag); no no
#: of the corpus labelled curt says so, 45 courteous ones do. Read by ``core.brushoffs`` and
#: in ``core.intent_phrases.PERSONAL_WARMTH``: "Merci sincèrement pour le temps que vous
#: nous avez accordé" was a warm no the rules called curt.
TIME_SHE_GAVE: Final = (
    r"\btime you(?: have|'ve)? (?:invested|put in|spent|dedicated)\b|\btime and effort\b"
    r"|\bzeit,? die (?:sie|du) (?:\w+ ){0,3}?(?:investiert|aufgewendet|eingebracht)"
    r"|\btemps que vous (?:nous )?avez (?:consacre|accorde|investi)"
    r"|\btiempo que (?:has|ha|nos has|nos ha) (?:dedicado|invertido)"
    r"|\btijd die (?:je|u) (?:hebt|heeft) (?:gestoken|besteed|geinvesteerd)"
)

#: Praise of her and a wish to keep in touch, said in a short no (folded): "you were great
#: though", "Sie haben uns wirklich überzeugt", "ce fut un plaisir de vous rencontrer", "me
#: encantaría seguir en contacto", "ik hou graag contact" were called curt. Read by
#: ``core.brushoffs`` and in ``core.intent_phrases.PERSONAL_WARMTH``.
PRAISE: Final = (
    r"\b(?:you were (?:great|fantastic|brilliant|excellent|amazing|terrific|so strong)"
    r"|best (?:conversations?|interviews?|candidates?) (?:i|we)|wirklich"
    r"|in kontakt (?:zu )?bleiben|sincerement|plaisir de (?:vous|te) rencontrer|rester en contact"
    r"|ete excellente?|sinceramente|seguir en contacto|buenisim\w*"
    r"|(?:hou|houden|blijf|blijven) (?:graag )?contact|contact (?:houden|blijven houden))\b"
)

BRUSH_OFF_PHRASES: Final[tuple[Row, ...]] = (
    (REJECTION, STRONG, "they ask you to stop writing", _rx(
        r"\brefrain from (?:following up|further (?:contact|follow[- ]?ups?|enquiries|inquiries"
        r"|correspondence|applications)|contacting us)\b",
        r"\bno further (?:correspondence|communication) will be entered into\b",
        r"\b(?:sehen|seht|sieh) (?:sie |du |ihr )?(?:bitte )?von weiteren (?:nachfragen|anfragen"
        r"|bewerbungen|kontaktaufnahmen|e-?mails|zuschriften|anrufen) ab\b"
        r"|\bvon weiteren (?:nachfragen|anfragen|bewerbungen|kontaktaufnahmen|e-?mails"
        r"|zuschriften|anrufen) abzusehen\b",
        r"\bne plus nous (?:relancer|recontacter|contacter|ecrire|solliciter|appeler)\b"
        r"|\bne plus (?:communiquer|prendre contact) avec nous\b",
        r"\bno (?:vuelva|vuelvas|volver) a (?:contactarnos|escribirnos|llamarnos|contactar con"
        r" nosotros)\b|\bno nos (?:escriba|escribas|contacte|contactes|llame|llames) mas\b",
        r"\bgeen (?:verdere|nieuwe) (?:navraag|mails|e-mails|berichten)\b"
        r"|\bgeen contact meer (?:met ons )?op te nemen\b"
        # "ons hierover niet meer te contacteren" (stop 44)
        r"|\bons (?:\w+ )?niet meer te (?:contacteren|mailen|bellen)\b",
    )),
    (REJECTION, STRONG, "you were not selected", _rx(
        rf"{_START}(?:profiel |kandidatuur |sollicitatie )?(?:niet weerhouden|afgewezen)\b{_ENDS}",
        r"\b(?:kandidatuur|sollicitatie|cv|profiel|dossier)\b _W_{0,3}?(?:werd|is|wordt)"
        r" (?:helaas |dus |daarom )?niet (?:verder )?weerhouden\b",
        rf"{_START}(?:perfil |candidatura )?descartad[oa]s?\b{_ENDS}",
        rf"{_START}pas de suite(?: pour (?:nous|le moment|l'instant))?{_ENDS}",
        r"\b(?:we've|we have|we) (?:moved on|moved forward|gone ahead|proceeded) with (?:other"
        r"|another|a different) (?:candidates?|applicants?|profiles?|person)\b",
        r"\bverzichten (?:wir )?(?:daher |leider )?auf (?:eine|die) (?:weitere )?"
        r"berucksichtigung\b",
        # probe-cold3's fresh set, fixed after it (stop 44): "Uw kandidatuur komt niet in
        # aanmerking" (read as a request), "non merci, on a trouvé." (read as thanks)
        r"\b(?:kandidatuur|sollicitatie|profiel|je|u|jij) (?:komt|komen|kwam) (?:helaas |dus "
        r"|daarom |jammer genoeg )?niet (?:verder )?in aanmerking\b",
        r"\bnon merci,? (?:on a|nous avons) (?:deja )?trouve\b",
    )),
    # nobody hired now: the answer to an open application, but a pause outranks it ("wir
    # stellen derzeit niemanden ein, die Stelle ist bis Januar eingefroren")
    (REJECTION, WEAK, "no opening for you now", _rx(
        r"\bstellen (?:wir )?(?:derzeit|aktuell|momentan|zurzeit|im moment) (?:niemanden|keine"
        r"|nicht) ein\b",
    )),
    (REJECTION, WEAK, FILLED, _rx(
        rf"{_START}(?:vacature|functie|plek|positie) (?:al |reeds )?(?:vervuld|ingevuld|bezet)\b"
        rf"{_ENDS}",
        r"\bya no (?:hay|queda|existe) (?:la )?(?:vacante|plaza|puesto|posicion)\b",
        r"\bya (?:cubrimos|hemos cubierto|se cubrio|ocupamos|hemos ocupado) (?:el puesto|la"
        r" (?:vacante|plaza|posicion))\b",  # "Ya cubrimos el puesto." (stop 44)
        r"\b(?:le |ce )?poste n'est plus (?:disponible|a pourvoir|ouvert)\b",
    )),
    (ACK, STRONG, "they will be in touch only if it fits", _rx(ONLY_IF_IT_FITS)),
)
