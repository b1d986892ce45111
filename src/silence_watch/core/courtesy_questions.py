"""A question asked out of courtesy: no question she must answer. Pure.

"Hi Jordan, hope you're well? Just wanted to say thanks again for your lovely note" and
"Hallo Jordan, ich hoffe, dir geht's gut? Wollte mich nur nochmal ... bedanken" are warmth
(probe-asks5). The question row (``core.phrases_process``) knew a greeting's "how are
you?" only at the very start of a sentence, so "Hi Jordan, hope you're well?" was read as
a question for her, and the question mark kept a pleasantry from being one: the reader
then took the thanks for a request (0.96), and the follow-up ladder waited on her.

Courtesy, in five languages, after an optional greeting: "how are you?", "hope you're
well?", "ich hoffe, es geht Ihnen gut?", "j'espère que vous allez bien ?", "¿qué tal
todo?", "espero que estés bien?", "hoe gaat het met je?", "ik hoop dat alles goed is?".
A question about her wellbeing with a real ask in it is no courtesy ("hope you're well -
could you send your CV?": the second question still counts).

Text is folded (``core.language.fold``). Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A greeting and a name in front of it: "hi jordan, ", "hallo frau lee, ".
_GREETING: Final = (
    r"(?:(?:hi|hello|hey|dear|hallo|liebe|lieber|guten tag|servus|bonjour|salut|hola|buenas"
    r"|buenos dias|estimad[ao]|hoi|beste|dag|goedemorgen|goedemiddag)\b[\w .-]{0,25}, "
    # a bare name: "Jordan, ¿cómo estás?" (stop 44)
    r"|[a-z][\w-]{1,20}, )?"
)
#: The courtesy itself, from its first word (folded).
_ASKED: Final = (
    r"(?:how are you|how's it going|how was|how are things|(?:i )?hope (?:you(?:'re| are)"
    r"|you(?:'ve| have) had|all(?:'s| is)|everything|things are)|wie geht|ich hoffe,? (?:es"
    r" geht|dir geht|ihnen geht|du hattest|sie hatten|alles|bei (?:dir|ihnen))|ca va|comment"
    r" (?:vas|allez)|wie war (?:dein|ihr|euer) (?:urlaub|wochenende|feiertag|start)"
    r"|comment (?:se sont passees|s'est passe|ca s'est passe)"
    r"|que tal (?:tus|sus|las) vacaciones"
    r"|hoe was (?:je|jouw|uw) (?:vakantie|weekend)"
    r"|j'espere que (?:vous allez|tu vas|tout (?:va|se passe)|vous avez passe"
    r"|tu as passe)|¿?(?:espero que (?:estes|este|te encuentres|se encuentre|todo)|que tal"
    r"|como (?:estas|esta|andas|te va|le va))|hoe gaat|hoe is het|ik hoop dat (?:het goed"
    r"|alles goed|je een|u een|je goed)"
    # a question that answers itself (probe-steps5): "who would have thought we're both from
    # Leeds?", "wer hätte gedacht, dass ...?", "qui aurait cru ... ?", "¿quién iba a decir
    # ...?", "wie had gedacht dat ...?"
    r"|who (?:would|could|'d) have (?:thought|guessed|known)|who knew|who doesn't love"
    r"|wer hatte (?:das )?(?:gedacht|geahnt)|qui l'eut cru|qui aurait (?:cru|pense|dit)"
    r"|¿?quien (?:iba a|lo iba a|lo hubiera|hubiera|habria|lo habria) (?:decir|pensar|dicho"
    r"|pensado)|wie had (?:dat |het )?(?:gedacht|verwacht|kunnen denken))"
)
#: For a lookahead at a sentence's start: the question that follows is courtesy.
COURTESY_QUESTION: Final = _GREETING + _ASKED
#: Such a question, whole, to its question mark (a question with no other in it).
_COURTESY_QUESTIONS: Final = lazy_pattern(
    rf"(?:^|(?<=[.!?:\n]))[ \n]*{COURTESY_QUESTION}[^.!?\n]*\?"
)


def without_courtesy_questions(folded: str) -> str:
    """``folded`` with its courtesy questions taken out ("hope you're well?")."""
    return _COURTESY_QUESTIONS.sub("", folded)
