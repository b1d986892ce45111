"""A span counted from her delivery, not from the mail that names it. Pure.

"Joris beoordeelt je uitwerking en laat je binnen een week na ontvangst weten hoe we
verdergaan" (tester round u44pp): the week runs from when Joris receives her take-home,
not from the recruitment inbox's mail that sent it. Read from the mail's date it promised
an answer by Wednesday the 18th, and a follow-up went out on the 19th, four days after her
work arrived. Such a span names no day the mail could know: it is no promised date, and
the wait runs from her answer (``core.climbing``: the usual window from it). In five
languages: "within a week of receipt", "within a week of receiving it", "innerhalb einer
Woche nach Eingang", "sous huit jours après réception", "en quince días tras recibirla",
"binnen een week na ontvangst". Her application, received, is no delivery to come: "within
three weeks of receiving your application" runs from the mail that acknowledges it. A span
from now ("within two weeks from today") or from
nothing ("binnen een week") is still counted from the mail. Nor is a span counted back
from an event a day from the mail: "u krijgt ten minste tien werkdagen op voorhand een
nieuwe uitnodiging", "die Aufgabe schicke ich Ihnen eine Woche vorher zu", "at least five
working days in advance". Nor is a rate or the days of a hybrid week ("zwei Tage pro Woche
im Büro", "tres días en oficina": round probe-steps3) a span at all.

Data only, for ``core.datephrases``; patterns are written for folded text.
"""

from __future__ import annotations

from typing import Final

#: What was received, when it is her application: the mail that names the span is its
#: receipt ("within three weeks of receiving your application", "nach Eingang Ihrer
#: Unterlagen", "suivant la réception de votre candidature", "desde la recepción de tu
#: candidatura", "na ontvangst van je sollicitatie"), so the span runs from the mail.
_OF_HER_APPLICATION: Final = (
    r",? (?:(?:of|von|de|van|der|des|del|la|el)\s)?(?:(?:the|your|ihrer|ihres|deiner|votre|ton|ta"
    r"|tu|su|je|jouw|uw|l')\s?)?(?:\w+ )?(?:application|applications|cv|resume|bewerbung\w*"
    r"|unterlagen|lebenslauf|candidature|dossier|candidatura|solicitud|sollicitatie|cv's)\b"
)
#: After a span, the event it counts from when that is her delivery: a negative lookahead.
RECEIPT: Final = (
    r"(?! (?:of|after|from|following|na|nach|ab|apres|suivant|des|tras|despues de|a partir de"
    r"|desde|vanaf)(?: (?:the|your|its|it|them|la|le|l'|de|der|dem|het|ihrer|ihres|votre|tu|su"
    r"|jouw|je|uw))? (?:receipt|receiving|submission|delivery|ontvangst|inlevering|indiening"
    r"|eingang|erhalt|zugang|abgabe|reception|remise|recepcion|recibir\w*|entrega)"
    # her application, which the mail acknowledges: received now, so counted from it
    rf"(?!{_OF_HER_APPLICATION}))"
    # nor one counted back from an event: "ten working days in advance", "eine Woche vorher"
    r"(?! (?:in advance|beforehand|ahead of time|prior|im voraus|vorher|zuvor|vorab|a l'avance"
    r"|auparavant|de antelacion|de antemano|antes|op voorhand|vooraf|van tevoren)\b)"
    # nor one an official notice counts from the day after another: "diez días hábiles
    # contados a partir del día siguiente a la notificación", "à compter du jour suivant"
    r"(?!(?: (?:habiles|laborables|naturales|ouvres|ouvrables|calendaires))?"
    r"(?: (?:contados|computados|counted|calculated|gerechnet|comptes|gerekend))?"
    r" (?:a partir|from|starting|a compter|ab|vanaf)(?: del?| on the| du| dem)? (?:dia|day|jour"
    r"|tag|dag) (?:siguiente|following|after|suivant|nach|na)\b)"
    # nor a rate, or the days of a hybrid week (round probe-steps3): "two days a week in the
    # office", "deux jours de télétravail par semaine", "zwei Tage pro Woche", "tres días en
    # oficina", "twee dagen thuiswerken" answer her question, and promised nothing
    r"(?! (?:[a-z']+ ){0,3}?(?:a|per|pro|par|por|each|every|in der|a la|in de) (?:week|woche"
    r"|semaine|semana|month|monat|mois|mes|maand)\b)"
    r"(?! (?:[a-z']+ ){0,2}?(?:en (?:la )?oficina|im buro|op kantoor|in the office|on site|onsite"
    r"|au bureau|sur site|presencial\w*|de teletravail|de teletrabajo|thuis\w*|home ?office"
    r"|remote|telework\w*|remoto|en remoto|a distance|mobil\w*)\b)"
)
