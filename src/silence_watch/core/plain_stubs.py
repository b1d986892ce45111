"""A plain-text part that only says "read the HTML": the message is in its HTML part. Pure.

Hiring systems (iCIMS, Taleo, many careers portals) send multipart/alternative mail whose
text/plain part is a placeholder: "This is an HTML message. Please use an HTML capable
mail program to read this message." Mail clients show the HTML; the reader took the
placeholder, which says nothing, and missed the no the HTML held (tester round u25mm).

A plain part is such a stub when a placeholder sentence is in it and, with those
sentences, links and "click here" lines taken out, almost no words are left. A real
plain alternative that opens with "View this email in your browser" above the letter
itself is no stub: its letter stays.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern

#: A sentence that points to the HTML version, in five languages (folded).
_PLACEHOLDER: Final = lazy_pattern(
    # en: "This is an HTML message", "use an HTML capable mail program", "view this email
    # in your browser", "your email client does not support HTML", "if you cannot read ..."
    r"\b(?:this (?:is an? )?(?:html|multi-?part)[ -](?:formatted )?(?:message|e-?mail)"
    r"|this (?:message|e-?mail) (?:is|was) (?:in|sent in|written in|formatted (?:in|as)) html"
    r"|(?:use|requires?|need) an? html[ -](?:capable|compatible|enabled)"
    r"|(?:view|read|open|see) (?:this|the) (?:e-?mail|message|newsletter)(?: online)? in "
    r"(?:your|a|the) (?:web )?browser"
    r"|(?:view|read) (?:this|the) (?:e-?mail|message) online"
    r"|(?:your|this) (?:e-?mail|mail) (?:client|program|programme|software|reader|application)"
    r" (?:does not|doesn't|cannot|can't|can not|is unable to|may not|might not) "
    r"(?:support|display|show|render|read)"
    r"|(?:if|in case) (?:you (?:cannot|can't|can not|are unable to|have trouble) "
    r"(?:see|read|view|display)(?:ing)?|this (?:e-?mail|message) (?:does not|doesn't) "
    r"(?:display|show|appear)) (?:this|it|the (?:e-?mail|message)|correctly|properly)"
    # de: "Ihr E-Mail-Programm kann diese Nachricht nicht anzeigen", "im Browser ansehen"
    r"|(?:ihr|dein) (?:e-?mail-?|mail-?)?(?:programm|client|postfach) (?:kann|unterstutzt)"
    r" (?:diese (?:nachricht|e-?mail) |dies |kein(?:e)? )?(?:nicht |html)"
    r"|diese (?:nachricht|e-?mail) (?:ist|wurde) (?:im|in|als) html"
    r"|(?:e-?mail|nachricht|newsletter) (?:im|in ihrem|in deinem) (?:web-?)?browser "
    r"(?:an(?:sehen|zeigen)|offnen|lesen)"
    r"|(?:wird|sollte) diese (?:e-?mail|nachricht) nicht (?:richtig|korrekt|einwandfrei) "
    r"angezeigt"
    # fr: "votre client de messagerie ne peut pas afficher", "voir dans votre navigateur"
    r"|(?:votre|ton) (?:client de messagerie|logiciel de messagerie|messagerie|client mail)"
    r" ne (?:peut|permet|prend|sait) pas"
    r"|ce (?:message|courriel|mail|e-?mail) est (?:au|en) format html"
    r"|(?:voir|afficher|consulter|lire) (?:cet? (?:e-?mail|message|courriel|mail)|la version "
    r"(?:en ligne|web)) (?:dans|sur) (?:votre|ton|le|un) navigateur"
    r"|si (?:ce (?:message|courriel|mail|e-?mail) ne s'affiche pas|vous ne (?:parvenez|pouvez)"
    r" pas a (?:lire|voir|afficher))"
    # es: "su cliente de correo no puede mostrar", "ver este correo en su navegador"
    r"|(?:su|tu) (?:cliente|programa|gestor) de correo(?: electronico)? no (?:puede|admite|"
    r"soporta|permite)"
    r"|este (?:mensaje|correo) (?:esta|fue enviado) en (?:formato )?html"
    r"|(?:ver|abrir|leer) (?:este|el) (?:correo|mensaje|e-?mail)(?: electronico)? en (?:su|tu|el"
    r"|un) navegador"
    r"|si no (?:puede|puedes|consigue|consigues) (?:ver|leer) (?:este|el|correctamente)"
    # nl: "uw e-mailprogramma kan dit bericht niet weergeven", "bekijk in je browser"
    r"|(?:uw|je|jouw) (?:e-?mail-?)?(?:programma|client|mailprogramma) (?:kan|ondersteunt)"
    r" (?:dit bericht |deze e-?mail )?(?:niet|geen html)"
    r"|dit (?:bericht|e-?mailbericht|e-?mail) is (?:in|opgemaakt in) html"
    r"|(?:bekijk|open|lees) (?:dit bericht|deze e-?mail|de e-?mail|het bericht)(?: online)? in "
    r"(?:uw|je|jouw|de|een) (?:web)?browser"
    r"|(?:wordt|is) (?:deze e-?mail|dit bericht) niet (?:goed|juist|correct) (?:weergegeven|"
    r"zichtbaar)"
    r")",
    grouped=True,
)
#: Where a sentence ends, to take placeholder sentences out one by one.
_SENTENCE_END: Final = lazy_pattern(r"(?<=[.!?])\s+|\n+")
#: Links and the words that go with them in a placeholder.
_LINK: Final = lazy_pattern(r"<?(?:https?://|www\.|mailto:)\S+>?|\[[^\]]*\]")
_WORD: Final = lazy_pattern(r"[^\W_]+")
#: The most words a stub may keep beside its placeholder sentences (a brand, a copyright).
_FEW_WORDS: Final = 12
#: A stub is short; longer text is a real alternative with a browser link in it.
_MOST_CHARS: Final = 800


def is_placeholder(text: str) -> bool:
    """True when ``text`` only says that the message is to be read as HTML."""
    if not text.strip() or len(text) > _MOST_CHARS or _PLACEHOLDER.search(fold(text)) is None:
        return False
    left = [
        sentence
        for sentence in _SENTENCE_END.split(text)
        if sentence.strip() and _PLACEHOLDER.search(fold(sentence)) is None
    ]
    words = _WORD.findall(_LINK.sub(" ", " ".join(left)))
    return len(words) <= _FEW_WORDS
