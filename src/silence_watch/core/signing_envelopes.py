"""A person's note inside an e-signature service's envelope: that person's word. Pure.

"Maya Chen via Docusign" (Reply-To Maya) carried Maya's own note, "VP sign-off came
through this morning, so it's official - we'd love to have you join Halyard ... Your offer
letter is attached for review and signature", inside DocuSign's frame ("Maya Chen sent you
a document to review and sign", "REVIEW DOCUMENT", "Do Not Share This Email"). Read whole,
the frame's "review", "documents" and "sign" made it a hiring system's request (the next
move hers) and not the offer it was, so no status update went to the other employer
(tester round u27bg). A person's note relayed by a signing service is read like one a
hiring system relays ("Lukas Brandt via Greenhouse"): its own words, the frame left out.

Only an envelope a person sent ("<name> via <service>" as the sender's name) has a note;
the service's own reminders and receipts ("Docusign NA/EU System", "Yousign") are read
whole, as before, and an envelope whose frame leaves fewer than four words has none. A note
that says nothing the phrase rules know, or only a kind word ("Bonne lecture, n'hésitez
pas si vous avez des questions"), leaves the envelope what it is, read whole: a request to
sign; read alone, so short a note is a guess.

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.intents import intent_of
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: E-signature services, by a label of their sending domain.
SERVICES: Final = {
    "docusign": "DocuSign", "yousign": "Yousign", "echosign": "Adobe Acrobat Sign",
    "adobesign": "Adobe Acrobat Sign", "hellosign": "Dropbox Sign",
    "dropboxsign": "Dropbox Sign", "pandadoc": "PandaDoc", "signnow": "signNow",
    "skribble": "Skribble", "signrequest": "SignRequest", "oneflow": "Oneflow",
    "scrive": "Scrive", "zohosign": "Zoho Sign", "docuseal": "DocuSeal",
}  # fmt: skip
#: "Maya Chen via Docusign", "Hélène Garnier via Yousign": a person sent it.
_SENT_BY: Final = lazy_pattern(r"^(?P<name>.+?)\s+via\s+(?P<service>[\w .-]+)$", re.IGNORECASE)
#: The service's own lines around the note, in the five languages (folded).
_FRAME: Final = lazy_pattern(
    # en
    r"\bsent you (?:a |an |the )?(?:document|envelope|contract|agreement)s?\b|\breview and sign\b"
    r"|^(?:review|view|sign|open|download) (?:the )?documents?\b|\bdo not share this e-?mail"
    r"|\bsecure link\b|\baccess code\b|^about \w+|\bsign documents electronically"
    r"|\blegally binding\b|\binvited? you to sign\b|\bhas sent you\b|\bsignature request\b"
    r"|\b(?:request|link) (?:will )?expires?\b|\bplease do not reply\b|\bpowered by\b"
    r"|\bthis (?:message|e-?mail) was sent (?:to you )?(?:by|on behalf)\b|\breport this e-?mail"
    r"|\bdownload the \w+ app\b|^message (?:from|de|von|van) [^:]{1,60}:$"
    # de
    r"|\bhat (?:ihnen|dir) (?:ein|das) dokument\b|\bzum (?:uberprufen|prufen) und (?:signieren"
    r"|unterschreiben)\b|^dokument(?:e)? (?:prufen|anzeigen|signieren|offnen)\b"
    r"|\bgeben sie diese e-?mail\b|\bsicheren link\b|\bzugriffscode\b|\bim auftrag von\b"
    r"|\bdokumente elektronisch\b|\brechtsverbindlich\b|^nachricht von [^:]{1,60}:$"
    # fr
    r"|\bvous invite a signer\b|^signer le document\b|\bdemande de signature expire\b"
    r"|\bsignature electronique$|\benvoye automatiquement\b|\bne pas y repondre\b"
    r"|\bne partagez pas\b|\blien securise\b|\bcode d'acces\b|\bvous a envoye un document\b"
    # es
    r"|\b(?:te|le) ha enviado un documento\b|\brevisar y firmar\b|^revisar documento\b"
    r"|\bno comparta\b|\benlace seguro\b|\bcodigo de acceso\b|\bfirma electronica$"
    r"|^mensaje de [^:]{1,60}:$"
    # nl
    r"|\bheeft (?:u|je) een document\b|\bcontroleren en ondertekenen\b|^document (?:controleren"
    r"|bekijken|ondertekenen)\b|\bdeel deze e-?mail niet\b|\bbeveiligde link\b|\btoegangscode\b"
    r"|\belektronisch ondertekenen\b|^bericht van [^:]{1,60}:$"
)
#: An address, a link or nothing: no words of anyone's.
_BARE: Final = lazy_pattern(r"^[\W_]*(?:\S+@\S+|https?://\S+)?[\W_]*$")
#: Where a sentence ends, inside a line.
_SENTENCE_END: Final = lazy_pattern(r"(?<=[.!?])\s+")
#: A note needs this many words to be read as one.
_NOTE_WORDS: Final = 4


def signing_service(message: Message) -> str | None:
    """The e-signature service that sent ``message`` ("DocuSign"), or None."""
    sender = message.sender
    if sender is None:
        return None
    labels = sender.domain.casefold().split(".")
    return next((name for label, name in SERVICES.items() if label in labels), None)


def envelope_words(message: Message, text: str) -> str | None:
    """The words to read in a signing service's envelope: the person's note, when it has news.

    None: read ``text`` (the envelope's words) whole.
    """
    note = relayed_note(message, text)
    if note is None or (said := intent_of(note)) is None or said[0] is Intent.PLEASANTRY:
        return None
    return note


def relayed_note(message: Message, text: str) -> str | None:
    """The note the person who sent the envelope wrote, from ``text`` (its words), or None."""
    sender = message.sender
    service = signing_service(message)
    if sender is None or service is None or not (sent := _SENT_BY.match(sender.name or "")):
        return None
    name, brand = fold(sent.group("name")), fold(service).split()[0]
    kept = []
    for line in text.splitlines():  # the frame by sentence: a note may share its line
        said = [part for part in _SENTENCE_END.split(line.strip()) if _theirs(part, name, brand)]
        if said:
            kept.append(" ".join(said))
    note = "\n".join(kept).strip()
    return note if len(re.findall(r"[^\W\d_]{2,}", note)) >= _NOTE_WORDS else None


def _theirs(sentence: str, name: str, brand: str) -> bool:
    """Whether ``sentence`` is the person's, not the frame's (nor their name, an address)."""
    folded = fold(sentence)
    if _BARE.match(folded) or folded == name or _FRAME.search(folded):
        return False
    return brand not in folded or len(folded.split()) > 6  # "Yousign - Signature électronique"
