"""Words of a verdict as hurried hands misspell them, written right. Pure.

"We have decieded not to proceed with your applicaton at this stage" was read as
"received, will be in touch" (thanks for applying): the phrase rows know "decided not to
proceed", and a no missed is a follow-up sent after it (probe round probe-noes5). The
learned reader heard it; the rules, which decide when they are sure, did not.

Only misspellings that are no other word in any of the five languages are written right,
each a whole word: "decieded", "unfortunatly", "sucessful", "canidate", "Kanditat",
"Bewerbnug", "candidture", "malheureusment", "haz sido" (the Latin American "has sido"),
"selecionada", "sollicitaite", "hellaas". Never "entscheiden" (a verb of its own), "Lieder"
(songs), "procede" (Spanish), "suite" or "ha sido".

Rows are (literals one of which the lower-cased text must hold, the form, what it is),
written out by ``core.shorthand.expanded`` with its own shorthand.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

MISSPELLINGS: Final[tuple[tuple[tuple[str, ...], str, str], ...]] = (
    # en
    (("decie", "decidi", "decidd"), r"\b(?:decieded|decidied|decidded|decieed)\b", "decided"),
    (("appli", "aplic"), r"\b(?:applicaton|appliction|aplication|applicaiton|applciation)\b",
     "application"),
    (("unfort",), (r"\b(?:unfortunatly|unfortunetly|unfortunatley|unfortunaly"
                   r"|unfortuantely)\b"), "unfortunately"),
    (("unsuc",), r"\b(?:unsucessful|unsuccesful|unsuccessfull|unsucesful)\b", "unsuccessful"),
    (("sucess", "succesf", "successfull"), r"\b(?:sucessful|succesful|successfull|sucesful)\b",
     "successful"),
    (("canid", "candia", "candidt", "cadid"),
     r"\b(?:canidate|candiate|candidtae|cadidate)(?P<s>s?)\b", r"candidate\g<s>"),
    (("reciev",), r"\brecieve(?P<end>d|s)?\b", r"receive\g<end>"),
    (("positon",), r"\bpositon(?P<s>s?)\b", r"position\g<s>"),
    (("proceeed",), r"\bproceeed\b", "proceed"),
    # "Panel felt it wasnt the right match" (probe-noes7): the apostrophe left out
    (("wasnt", "werent", "isnt", "arent", "didnt", "hasnt", "havent"),
     r"\b(?P<verb>was|were|is|are|did|has|have)nt\b", r"\g<verb>n't"),
    (("wont be",), r"\bwont be\b", "won't be"),  # "we wont be progressing" (never a habit)
    # de
    (("kanditat",), r"\bkanditat(?P<end>\w*)", r"Kandidat\g<end>"),
    (("bewerbnug",), r"\bbewerbnug\b", "Bewerbung"),
    (("habne",), r"\bhabne\b", "haben"),
    # fr
    (("candidtu", "candidatru", "canditatu"),
     r"\b(?:candidture|candidatrue|canditature)(?P<s>s?)\b", r"candidature\g<s>"),
    (("malheureusment", "malheuresement"), r"\b(?:malheureusment|malheuresement)\b",
     "malheureusement"),
    # a phone drops the apostrophe: "ils ont pris quelquun d'autre" (probe-noes10)
    (("quelquun",), r"\bquelquun\b", "quelqu'un"),
    # es
    (("haz sido",), r"\bhaz sido\b", "has sido"),
    (("selecionad",), r"\bselecionad(?P<end>[oa]s?)\b", r"seleccionad\g<end>"),
    (("lamentablente",), r"\blamentablente\b", "lamentablemente"),
    # nl
    (("solicitatie", "sollicitiatie", "sollicitaite"),
     r"\b(?:solicitatie|sollicitiatie|sollicitaite)\b", "sollicitatie"),
    (("hellaas", "heelaas"), r"\b(?:hellaas|heelaas)\b", "helaas"),
)
