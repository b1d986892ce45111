"""Mail written to someone else and sent to the candidate by mistake. Pure.

"Mark - Nadia's notes below. Can we grab 10 min before I get back to Jordan?": an internal
note, forwarded to Jordan because autocomplete picked the wrong name. Its words are not
said to the candidate, so nothing may be read into them (a leaked "leaning no hire" is no
rejection to answer with a feedback request, a "we'll close this out this week" no promise
to wait for): silence-watch asks the candidate what it was.

The sign: the sender's own text opens by greeting someone by a first name that is not the
one recipient's, and then names that recipient in the third person. Or it greets another
person plainly, with a greeting word ("Hola Sergio:" in María's thread, "Bonjour Thomas"
over an offer for another role: tester round t68ic), or by a bare name and then speaks of
a "she" or "he" ("Birgit, zur Info ... dass sie ...", "Sophie, peux-tu organiser le
prochain tour avec elle ?"). A nickname is the recipient's own name ("Maddie" for
Madison, "Vero" for Verónica), and "Dear Applicant" or "Madame," greets no one else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from silence_watch.core.language import fold

if TYPE_CHECKING:
    from silence_watch.core.model import Message

#: The words that open a greeting or thank someone, in the five languages ("Hi", "Beste",
#: "Estimado", "merci"): before a name, they say the name is the one greeted.
_GREETING_WORDS: Final = (
    "buenas (?:tardes|noches)", "buenos d[ií]as", "good (?:morning|afternoon|evening)",
    "guten (?:morgen|tag|abend)", "hi", "hello", "hey", "dear", "hallo", "hoi", "beste",
    "liebe[rs]?", "bonjour", "salut", "hola", "buenas", "goedemorgen", "goedemiddag", "bonsoir",
    "estimad[oa]", "querid[oa]", "cher", "ch[eè]re", "sehr geehrte[rs]?(?: herr| frau)?",
)
_THANKS_WORDS: Final = ("thanks", "thank you", "cheers", "danke", "bedankt", "merci", "gracias")
#: A first line that greets someone: "Mark -", "Mark,", "Hi Mark,", "Hallo Mark:". The name
#: is written as names are (one capital, then small letters: not "OFFICIAL - SENSITIVE"),
#: and what follows is no date ("Asunción, 12 de noviembre": a letter's place and day).
_GREETING: Final = re.compile(
    rf"^(?i:(?:{'|'.join(_GREETING_WORDS)})\s+)?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+)\s*(?:[-\u2013\u2014:,](?!\s*\d)|$)",
)
#: A name said to its bearer: followed by a comma, "!", ":" or the line's end ...
_VOCATIVE_AFTER: Final = re.compile(r"[ \t]*(?:[,:!]|$)", re.MULTILINE)
#: ... or after a comma, a greeting or thanks ("ya lo pedí, Mariana", "thanks Ava",
#: "Estimado Gustavo", "merci Léa").
_VOCATIVE_BEFORE: Final = re.compile(
    rf"(?:,|(?i:\b(?:{'|'.join((*_GREETING_WORDS, *_THANKS_WORDS))})))[ \t]*$"
)
#: Courtesy that opens a line before a comma, in five languages (folded): "Likewise, Dario -
#: enjoyed the conversation" answers Dario, it greets no one called Likewise (tester round
#: u38pl); nor do "Igualmente, Marta", "Ebenso, ...", "Pareillement, ...", "Eveneens, ...",
#: "Noted, ...", "Absolutely, ...".
_COURTESY_OPENERS: Final = frozenset({
    # a wish or thanks returned: "likewise", "same to you"
    "likewise", "ditto", "dito", "same", "idem", "ebenso", "ebenfalls", "gleichfalls",
    "insgleichen", "desgleichen", "pareillement", "egalement", "mutuellement",
    "reciproquement", "igualmente", "tambien", "asimismo", "evenzo", "eveneens", "insgelijks",
    "welcome", "anytime", "pleasure", "delighted", "glad", "cheers", "encantado", "encantada",
    "enchante", "enchantee", "gern", "gerne", "graag", "volontiers", "dankjewel", "dankje",
    "dank", "thx", "ta",
    # a word of agreement or of feeling
    "noted", "recibido", "understood", "agreed", "absolutely", "certainly", "apologies",
    "unfortunately", "congratulations", "wonderful", "excellent", "lovely", "brilliant",
    "awesome", "amazing", "fantastic", "indeed", "exactly", "done", "received", "confirmed",
    "gladly", "sounds", "perfect", "good", "nice", "cool", "top", "helaas", "leider", "genau",
    "prima", "klar", "verstanden", "perfekt", "richtig", "naturlich", "selbstverstandlich",
    "fantastisch", "parfait", "entendu", "bravo", "exactement", "certainement", "claro",
    "perfecto", "entendido", "genial", "estupendo", "excelente", "exacto", "duidelijk",
    "precies", "akkoord", "prachtig", "klopt", "inderdaad", "natuurlijk", "zeker",
})
#: Words that open a line like a greeting and are no one's name.
_NOT_NAMES: Final = _COURTESY_OPENERS | frozenset({
    "hi", "hello", "hey", "dear", "thanks", "thank", "ok", "okay", "sure", "great", "perfect",
    "sorry", "yes", "no", "all", "team", "folks", "everyone", "guys", "morning", "afternoon",
    "evening", "update", "note", "fyi", "quick", "re", "fwd", "also", "again", "danke", "merci",
    "gracias", "bedankt", "gut", "super", "bien", "vale", "tardes", "noches", "dias",
    "morgen", "tag", "abend", "buenas", "buenos", "estimado", "estimada", "querido", "querida",
    "jaja", "jeje", "haha", "aww", "aw", "ay", "oh", "ah", "wow", "yay", "ole", "hehe", "lol",
    # interjections that open a line ("Ugh, sorry Jordan - crazy week", tester round t52cd)
    "ugh", "argh", "oops", "oopsie", "whoops", "jeez", "geez", "gosh", "yikes", "eek", "ha",
    "hah", "hmm", "hm", "phew", "whew", "ouch", "damn", "dang", "shoot", "och", "oje", "ojemine",
    "mist", "uff", "puh", "ach", "oha", "ups", "hups", "oups", "ouf", "mince", "zut", "bon",
    "vaya", "uy", "uf", "huy", "ostras", "jo", "tja", "nou", "oei", "goh", "jeetje", "well",
    "so", "right", "alright", "okey", "hola", "hallo", "voila", "ciao", "salut", "yo",
})


#: Words a greeting addresses that are no other person: a form of address, a role (words
#: of courtesy are no name at all: ``_NOT_NAMES``).
_NO_ONE_ELSE: Final = frozenset({
    "sender", "applicant", "candidate", "sir", "madam", "sirs", "colleague", "friend",
    "bewerber", "bewerberin", "kandidat", "kandidatin", "candidat", "candidato",
    "candidata", "postulante", "sollicitant", "kandidaat", "madame", "monsieur", "mademoiselle",
    "mesdames", "messieurs", "senor", "senora", "senorita", "heer", "mevrouw", "herr", "frau",
    "offre", "sehr", "dag", "goeiedag", "goedendag", "gruezi", "hiya", "bonjour", "bonsoir",
    "beste", "cher", "chere", "saludos", "goedemiddag", "goedemorgen", "hola", "hoi", "servus",
    "moin", "postula",
})
#: A word that makes the name after it spoken of, whatever follows it ("see below from
#: Aoife, she was the strong one": u46nw), in five languages.
_AFTER_A_PREPOSITION: Final = re.compile(
    r"\b(?i:from|about|for|with|re|von|uber|über|mit|für|fur|zu|sur|pour|avec|de la part de"
    r"|con|sobre|para|van|over|met|voor)[ \t]+$"
)
#: A he or she spoken of (case kept: "Sie" is the formal you, "sie" a she or they).
_THIRD_PERSON: Final = re.compile(
    r"\b(?:she|her|he|him|sie|ihr|ihn|elle|lui|ella|zij|haar|hem)\b"
)


def _same_person(greeted: str, names: list[str]) -> bool:
    """Whether ``greeted`` is one of ``names`` (folded), or a short form of one."""
    short = fold(greeted)
    return any(
        name == short or name.startswith(short) or short.startswith(name)
        or (len(short) >= 3 and name[:3] == short[:3])
        for name in names if name
    )  # fmt: skip


def _greets_another(message: Message, first: str, greeted: re.Match[str], text: str) -> bool:
    """A greeting word, or a bare name and a she or he: someone else is greeted."""
    name = greeted.group("name")
    names = [fold(word) for word in re.split(r"[\s,]+", message.to[0].name.strip('"')) if word]
    if fold(name) in _NO_ONE_ELSE or _same_person(name, names):
        return False
    with_word = first[: greeted.start("name")].strip() != ""
    bare_to_one = first[greeted.end("name") :].lstrip().startswith(",")
    rest = text[text.find(first) + greeted.end() :]
    return with_word or (bare_to_one and _THIRD_PERSON.search(rest) is not None)


def _recipient_first_name(message: Message) -> str | None:
    """The given name of the one person the message is to ("Lee, Jordan" too)."""
    if len(message.to) != 1:
        return None
    name = message.to[0].name.strip().strip('"')
    if "@" in name or not name:  # a bare address for a name (Outlook, t90cl): no name to tell
        return None
    if "," in name:
        name = name.partition(",")[2]
    words = name.split()
    return words[0] if words and words[0][:1].isalpha() else None


#: A person named with a title, in the third person ("pour Mme Moreau", "mit Frau Kühne").
_TITLE: Final = (
    r"(?:mme|madame|mlle|m\.|monsieur|mr\.?|mrs\.?|ms\.?|miss|frau|herrn?|sr\.?|sra\.?|senor"
    r"|senora|don|dona|mevrouw|meneer|mevr\.?|dhr\.?)"
)


def _copied_spoken_of(message: Message, rest: str) -> str | None:
    """A person only copied whom the text speaks of by title and name (tester round u15in).

    "Claire, peux-tu caler un 2e tour pour Mme Moreau ...", to a colleague, Inès in Cc: an
    internal note. "Bonjour Inès, un 2e tour avec Mme Martin (en copie)" is said to Inès.
    """
    home = message.sender.domain.lower() if message.sender else ""
    if not home or len(message.to) != 1 or message.to[0].domain.lower() != home:
        return None  # only a note to a colleague, about someone from outside
    folded = fold(rest)
    for person in (p for p in message.cc if p.domain.lower() != home):  # named, or "ines.moreau@"
        said = f"{person.name.strip(chr(34))} {person.email.partition('@')[0]}"
        for word in re.split(r"[\s,._-]+", said):
            if len(word) > 1 and re.search(rf"\b{_TITLE} {re.escape(fold(word))}\b", folded):
                return word
    return None


def meant_for_someone_else(message: Message, text: str) -> str | None:
    """Why ``text`` (the sender's own words) reads as written to someone else, or None."""
    recipient = _recipient_first_name(message)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    greeted = _GREETING.match(first)
    if recipient is None or greeted is None:
        return None
    name = greeted.group("name")
    rest = text[text.find(first) + greeted.end() :]
    if fold(name) not in _NOT_NAMES and (copied := _copied_spoken_of(message, rest)):
        return f"it is written to {name} and speaks of {copied}, only copied: not said to you"
    if fold(name) in _NOT_NAMES or name.casefold() == recipient.casefold():
        return None
    spoken_of = [
        found for found in re.finditer(rf"\b{re.escape(recipient)}\b", rest, re.IGNORECASE)
        if _AFTER_A_PREPOSITION.search(rest, 0, found.start())  # "see below from Aoife, she"
        or (not _VOCATIVE_AFTER.match(rest, found.end())
            and not _VOCATIVE_BEFORE.search(rest, 0, found.start()))
    ]  # fmt: skip
    if spoken_of:
        return f"it greets {name} and speaks of {recipient}: perhaps meant for someone else"
    if _greets_another(message, first, greeted, text):
        return f"it greets {name}, not {recipient}: perhaps meant for someone else"
    return None  # "Jaja, gracias Mariana!", "Estimado Gustavo:": words to them
