"""A question only the candidate can answer, asked beside a promise or a kind word. Pure.

Marcus promises "I'll get back to you by Wednesday the 18th" and asks in the same mail "are
you in process anywhere else, and is there any deadline I should know about?" (tester round
u36ow). Read as the promise alone, the process waited for the 18th while the move was hers
(docs/process.md rule 9): a follow-up after the 18th would nudge someone still waiting on
her answer. A question to her turns a promise or a pleasantry into a request; the day it
promised is kept (``core.classify`` reads it as before), so once she answered it still holds
(rule 10).

Asked of her: a sentence that ends in a question mark and speaks to her ("you", "Sie",
"du", "vous", "tu", "usted", "estás", "je", "u"), in en, de, fr, es, nl. Not asked of her:

- a tag after their own promise ("I'll come back to you Monday, ok?", "te escribo el
  jueves, ¿vale?", "ça vous va ?", "is dat ok?");
- small talk ("how are you?", "¿cómo estás?", "wie geht's?", "hoe gaat het met je?");
- an offer of help or of answers ("any questions, let me know", "Questions? Call me",
  "Haben Sie noch Fragen?", "¿Alguna duda?", "Heb je nog vragen?");
- her own question, in quotation marks or recalled ("you asked whether ...?"); what she
  quoted below is not in the text it is given (``core.quotes.gist``);
- a question about them or a third party ("What happens next?", "Wie geht's weiter?").

Pure: no IO, no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.intent_blend import UNSURE_BELOW
from silence_watch.core.language import fold, language_of
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent, MessageKind
from silence_watch.core.phrase_rows import TAG_WORDS
from silence_watch.core.reading_corrections import still_interested
from silence_watch.core.sign_offs import SIGN_OFF

if TYPE_CHECKING:
    from collections.abc import Sequence

    from silence_watch.core.intent_blend import RuleVerdict
    from silence_watch.core.model import Address, Message

#: Readings that leave the next move to them: a question to her makes it hers.
_NO_MOVE_OF_HERS: Final = frozenset({Intent.ACKNOWLEDGEMENT, Intent.PLEASANTRY})
#: Web addresses carry question marks of their own.
_URL: Final = lazy_pattern(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
#: A question in quotation marks is someone's words recalled, not one asked now.
_QUOTES: Final = r"\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019"
_QUOTED: Final = lazy_pattern(rf"[{_QUOTES}][^{_QUOTES}\n]{{0,200}}\?\s*[{_QUOTES}]")
#: A name as written ("Marcus", "Léa", "O'Neil"), and the greetings and titles before it.
_NAME: Final = r"[A-ZÀ-Ý][a-zà-ÿ'-]+"
_GREETING_WORD: Final = (
    r"(?i:hi|hello|hey|dear|hallo|hoi|beste|liebe[rs]?|bonjour|salut|hola|buenas|estimad[oa]s?"
    r"|querid[oa]s?|cher|chère|guten tag|guten morgen|goedemorgen|goedemiddag|sehr geehrte[rs]?"
    r"|good morning|good afternoon|morning)"
)
_TITLE: Final = (
    r"(?i:dr|herr|frau|mr|mrs|ms|mx|mme|mlle|madame|monsieur|sr|sra|srta|don|doña|dhr|mevr"
    r"|mevrouw|meneer)\.?"
)
#: One greeting of a first line ("Hi Marcus", "hi Nadia", "Frau Okafor"), and what parts it.
_GREETING: Final = lazy_pattern(
    rf"(?:{_GREETING_WORD}\s+)?(?:{_TITLE}\s+)?(?P<name>{_NAME})(?:\s+{_NAME})?"
)
_GREETING_PARTS: Final = lazy_pattern(r"[,;:!]|\s[-\u2013\u2014]\s|\s(?:and|&|y|et|und|en)\s")
#: A paragraph that opens by naming the one it speaks to: "Marcus - ", "Nadia, ", "Ben: ".
_VOCATIVE: Final = lazy_pattern(
    rf"(?:{_TITLE}\s+)?(?P<name>{_NAME})\s*(?:[,:]|\s[-\u2013\u2014])\s"
)
#: The most lines a signature under a closing has (name, title, address, phones, banner).
_SIGNATURE_LINES: Final = 8
#: A postscript below the name is written: "P.S. Are you free Tuesday?".
_POSTSCRIPT: Final = lazy_pattern(r"^\W*(?:p\.?\s?s|n\.?\s?b)\b", re.IGNORECASE)
#: Paragraphs, and the sentences in them (a question mark ends one).
_PARAGRAPH: Final = lazy_pattern(r"\n\s*\n")
_SENTENCE_END: Final = lazy_pattern(r"(?<=[.!?])\s+")
#: Where the last clause of a question starts.
_CLAUSE: Final = lazy_pattern(r"[,;:]|\s[-\u2013\u2014]\s")
#: Words that speak to her, by the language of the mail (folded; "je" is French "I" too,
#: "le" French "the", "has" English). German "Sie", "Ihnen" count only capitalised.
_TO_HER: Final = {
    "en": lazy_pattern(r"\b(?:you|your|yours|yourself|u)\b"),
    "de": lazy_pattern(r"\b(?:du|dich|dir|dein\w*|euch|euer\w*)\b"),
    "fr": lazy_pattern(r"\b(?:tu|te|t'|toi|ton|ta|tes|vous|votre|vos)\b|-(?:tu|vous)\b"),
    "es": lazy_pattern(
        r"\b(?:tu|te|ti|contigo|tus|usted|ustedes|vos|os|vuestr[oa]s?|su|sus|le|estas|tienes"
        r"|tenes|puedes|podes|sabes|quieres|queres|prefieres|preferis|podrias|tendrias|estarias"
        r"|serias|eres|sos|has|vas|vienes|sigues|seguis|recibiste|pudiste|viste|tuviste"
        r"|pensaste|\w+(?:ar|er|ir)(?:te|le))\b"
    ),
    "nl": lazy_pattern(r"\b(?:je|jij|jou|jouw|u|uw|jullie)\b"),
}
_TO_HER_FORMAL: Final = lazy_pattern(r"\b(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")
#: A tag that asks only for a nod to their own plan (folded, no question mark).
_TAG: Final = lazy_pattern(
    rf"(?:and |y |et |und |en )?(?:{TAG_WORDS}|alright|all right|fine|good|cool|deal|fair"
    r"|agreed|sounds? good|(?:does|would) (?:that|this) (?:work|suit|sound (?:ok|okay|good|right"
    r"|alright))(?: for you| with you)?|(?:is |would )?(?:that|this) (?:be )?(?:ok|okay"
    r"|alright|all right|fine|good)(?: (?:for|with) you)?|works? for you|make sense"
    r"|does (?:that|this) make sense|ja|nein|gut|passt(?: (?:das|dir das|ihnen das|so))?"
    r"|in ordnung|ist das (?:ok|okay|in ordnung|recht)(?: fur (?:dich|sie))?|geht das"
    r"(?: fur (?:dich|sie))?|klingt gut|ca (?:te|vous) (?:convient|dit)|cela (?:te|vous)"
    r" (?:va|convient)|ca marche|c'est bon(?: pour (?:toi|vous))?|non|oui|bien|te va bien"
    r"|le va bien|(?:te|le) (?:viene|sirve)(?: bien)?|no crees|combinado|quedamos asi"
    r"|is dat (?:oke|okay|akkoord"
    r"|prima)|akkoord|afgesproken|toch|schikt dat|past dat|lukt dat)"
)
#: Small talk (folded): asked, but nothing the process waits on.
_SMALL_TALK: Final = lazy_pattern(
    r"\bhow (?:are|r) (?:you|u|things)\b|\bhow(?:'s| is) (?:it going|things|everything|life)\b"
    r"|\bhow (?:have you been|are you doing)\b|\bhow was (?:your|the) (?:weekend|week"
    r"|holidays?|trip|flight|journey|christmas|break|summer|vacation)\b|\bhope (?:you(?:'re| are)"
    r"|all(?:'s| is)|everything(?:'s| is)|you had)\b|\b(?:wie|dir|ihnen) geht(?:'s|s| es)\b"
    r"|\bwie (?:war|lief) (?:dein|ihr|euer|das) (?:\w+ )?(?:wochenende|urlaub|tag|feiertage)\b"
    r"|\balles (?:gut|klar|ok|fit)\b|\bcomment (?:vas-tu|allez-vous|ca va|tu vas|vous allez"
    r"|vas tu|allez vous)\b|^(?:et )?ca va\b|\b(?:tu vas|vous allez) bien\b|\bbon (?:week-end"
    r"|weekend)\b|\b(?:que|como) tal\b|\bcomo (?:estas|esta|andas|te va|le va|va todo|vas|va"
    r" (?:todo|la cosa))\b|\btodo bien\b|\bhoe (?:gaat|is) het\b|\balles goed\b"
    r"|\bhoe was (?:je|jouw|uw|het) (?:weekend|vakantie|reis)\b"
    # her weekend asked after, in French and Spanish too (probe-steps6): "comment s'est
    # passé votre week-end ?", "¿cómo te fue el finde?"
    r"|\bcomment (?:s'est passe|se sont passees|se sont passes|ca s'est passe|c'est passe|etait)"
    r" (?:ton|votre|vos|tes|le|les|la) (?:\w+ )?(?:week-end|weekend|vacances|conges|fetes"
    r"|voyage|sejour)\b|\bcomo (?:te|le|les) (?:fue|ha ido) (?:el|en el|las|en las|tu|su)"
    r" (?:\w+ )?(?:fin de semana|finde|vacaciones|viaje|puente|fiestas)\b"
)
#: An offer of answers or help (folded): "any questions?", "Haben Sie noch Fragen?".
_OFFERS_ANSWERS: Final = lazy_pattern(
    r"\b(?:any|any other|any further|any more|got any|have any|more|further|other|outstanding)"
    r" questions\b|^questions\b|\b(?:noch|weitere|irgendwelche|offene|haben sie|hast du"
    r"|gibt es) (?:\w+ ){0,3}?fragen\b|^fragen\b|\b(?:des|d'autres|vos|tes) questions\b"
    r"|\b(?:alguna|algunas|cualquier|mas|otra|otras|tienes|tiene|hay) (?:\w+ )?(?:duda"
    r"|pregunta)s?\b|^(?:dudas|preguntas)\b|\b(?:nog|andere|verdere|heb je|heeft u|zijn er)"
    r" (?:\w+ ){0,3}?vragen\b|^vragen\b|\b(?:can|may|could) (?:i|we) help\b"
    r"|\bneed (?:any )?help\b|\bkann ich (?:dir"
    r"|ihnen) (?:noch )?(?:\w+ )?helfen\b|\b(?:puis-je|puis je) (?:vous|t') ?aider\b"
    r"|\b(?:te|le) (?:puedo|podemos) ayudar\b|\bkan ik (?:je|u) (?:ergens )?(?:mee )?helpen\b"
)
#: A question that asks only to be told if something happens, or to set a mail aside
#: (folded): "let me know if anything comes up?", "would you please ignore it?".
_ASKS_NOTHING: Final = lazy_pattern(
    r"\b(?:if|when|als|wenn|falls|si|en cas|en caso)\b[^?]{0,40}\b(?:anything|something|iets"
    r"|etwas|quelque chose|algo)\b[^?]{0,20}\b(?:comes? up|changes?|tussenkomt|verandert"
    r"|dazwischenkommt|andert|change|cambia|surge)\b|\b(?:ignore|disregard|negeren|ignorieren"
    r"|ignorer|ignorar|caso omiso)\b|\b(?:drinks?|beers?|a pint|(?:a )?coffee|cerveza|un cafe"
    r"|un verre|une biere|(?:ein )?bier|biertje|borrel) (?:when|once|after|sometime|soon"
    r"|cuando|quand|wenn|als|na)\b"
)
#: Her own question, recalled before the answer (folded).
_RECALLED: Final = lazy_pattern(
    r"^(?:you asked|you wondered|to answer your question|as (?:for|to) your question"
    r"|re(?::| your) question|sie fragten|du hast gefragt|du fragtest|vous demandiez"
    r"|tu demandais|me preguntabas|me preguntaba usted|je vroeg|u vroeg)\b"
)


def question_to_her(text: str, recipients: Sequence[Address] = ()) -> str | None:
    """The first sentence of ``text`` that asks her something only she can answer.

    ``recipients``: whom the mail went to. A paragraph that opens by naming one of them, or
    one of several it greets ("Marcus - could you get your scorecard in?", "Hi Marcus, hi
    Nadia"), asks that person, not her; one that names the one person it greets asks her.
    """
    text = _QUOTED.sub(" ", _URL.sub(" ", _above_signature(text)))
    spoken = language_of(text)
    languages = (spoken,) if spoken in _TO_HER else ("en", "de", "fr")
    greeted = _greeted(text)
    named = {word for person in recipients for word in person.name.replace(",", " ").split()}
    for paragraph in _PARAGRAPH.split(text):
        called = _VOCATIVE.match(paragraph.strip())
        if called is not None and (name := called.group("name")) not in (greeted if len(
            greeted) == 1 else set()) and (name in named or name in greeted):  # fmt: skip
            continue  # "Ben - can you grab the big room?": asked of someone else (u01cc)
        for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
            if sentence.endswith("?") and _asks_her(sentence, languages):
                return sentence
    return None


def _greeted(text: str) -> set[str]:
    """The names the first line greets ("Hi Marcus, hi Nadia," -> Marcus, Nadia)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    names: set[str] = set()
    for part in _GREETING_PARTS.split(first):
        found = _GREETING.fullmatch(part.strip())
        if found is None:
            break
        names.add(found.group("name"))
    return names


def _above_signature(text: str) -> str:
    """``text`` above its closing and signature, and any postscript below them.

    A banner under the name asks nobody ("¿Te unes? Descubre nuestras vacantes"); "P.S. are
    you free Tuesday?" is written.
    """
    lines = text.splitlines()
    closing = next((index for index in range(len(lines) - 1, 0, -1)
                    if SIGN_OFF.match(fold(lines[index]))
                    and sum(1 for line in lines[index + 1 :] if line.strip()) <= _SIGNATURE_LINES
                    ), None)  # fmt: skip
    if closing is None:
        return text
    postscript = [line for line in lines[closing:] if _POSTSCRIPT.match(line)]
    return "\n".join([*lines[:closing], "", *postscript])


def _asks_her(sentence: str, languages: tuple[str | None, ...]) -> bool:
    """True when ``sentence``, a question, asks her something (see the module's notes).

    ``languages``: the mail's language, or those to try when it is not clear.
    """
    folded = fold(sentence).strip("¿¡? ")
    last = _CLAUSE.split(folded)[-1].strip(" ¿?!")
    if _TAG.fullmatch(last) or _SMALL_TALK.search(last):
        return False
    if _OFFERS_ANSWERS.search(folded) or _RECALLED.search(folded) or _ASKS_NOTHING.search(folded):
        return False
    if "de" in languages and _TO_HER_FORMAL.search(sentence) is not None:
        return True
    return any(_TO_HER[language].search(folded) for language in languages if language)


def asked_of_her(
    rules: RuleVerdict,
    said: tuple[Message, MessageKind, str | None],
    intent: Intent | None,
    confidence: float,
    reasons: list[str],
) -> tuple[Intent | None, float]:
    """The reading once what they ask of her was looked at (``said``: the mail, its kind, text).

    "Are you still interested?" and "meld dich bis Fr" as ``still_interested`` reads them;
    then a person's sure promise or kind word that also asks her a question: a request, as
    sure as it was. An unsure one is left to the second looks after it, and asked about,
    unless the rules read the same question as a request: then the reader's doubt is only
    about their thanks around it ("Dank voor je sollicitatie! Eén praktische vraag ...: heb
    je een verblijfsvergunning ...?"), and the move is hers, sure enough (issue 12).
    """
    intent, confidence = still_interested(rules, intent, confidence, reasons)
    message, kind, text = said
    unsure = confidence < UNSURE_BELOW
    if kind is not MessageKind.HUMAN or intent not in _NO_MOVE_OF_HERS or not text or (
        unsure and rules.intent != Intent.REQUEST.value
    ):
        return intent, confidence
    question = question_to_her(text, message.recipients())
    if question is None:
        return intent, confidence
    reasons.append(f'intent request: they ask you something only you can answer ("{question}")')
    return Intent.REQUEST, max(confidence, UNSURE_BELOW)
