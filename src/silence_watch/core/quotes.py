"""Where the sender's own words end in a mail body.

Everything after the first line that starts quoted or forwarded text is someone else's
words: an attribution line ("On Tue, ... wrote:", in en/de/fr/es/nl/pt/it), Outlook's
header block of the original ("From: ... Sent: ..."), "-----Original Message-----", a
forwarded original, or the signature separator ``-- ``. Header blocks and dashed
separators are also known by their shape in any language (``core.quoteshapes``). Lines
quoted with ``>`` above that point are skipped too (a reply written between quoted lines
keeps its own lines). A reply may also be written below the quote, with nothing above
it, or between its lines ("Good questions - my answers are inline.", their lines standing
between ``>`` blocks): after an attribution whose next lines are quoted with ``>``, the
unquoted lines are then the sender's own, up to the next start.

The classifier reads only these words for intent, promises and out-of-office dates; the
digest reader reads only these lines for commands, so a quoted digest is never obeyed.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from silence_watch.core.bracketed_answers import prefaced_answers
from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.line_gates import GatedStarts
from silence_watch.core.quoteshapes import (
    DASHED_SEPARATOR,
    header_block_at,
    header_block_end,
    lone_from_line,
)
from silence_watch.core.sign_offs import SIGN_OFF


def _rx(pattern: str) -> re.Pattern[str]:
    return lazy_pattern(pattern, re.IGNORECASE)


#: A date or a time before the verb of an attribution ("Am 24.11.2026 um 10:00 schrieb").
_DATED = r"[^\n]{0,200}?\d[^\n]{0,200}?"
#: What follows the verb: nothing (the name wrapped onto the next line), or a name that
#: ends with a colon or holds an address ("schrieb Dana Ruiz <dana@acme.example>:").
#: "am Montag schrieb ich Ihnen bereits ..." is a sentence, not an attribution.
_WHO = r"(?:\s*|\s.{0,200}:\s*|\s.{0,200}[<@].*)$"

#: Attribution lines a mail client writes above the quoted message, by language.
ATTRIBUTIONS: Final[tuple[re.Pattern[str], ...]] = (
    _rx(r"^\s*on\b.{0,200}\bwrote:?\s*$"),  # en: On Tue, 24 Nov 2026, Dana wrote:
    _rx(rf"^\s*am\b{_DATED}\bschrieb{_WHO}"),  # de: Am 24.11.2026 um 10:00 schrieb Dana:
    _rx(r"^\s*le\b.{0,200}\ba écrit\s*:?\s*$"),  # fr: Le 24 nov. 2026 à 10:00, Dana a écrit :
    _rx(r"^\s*el\b.{0,200}\bescribió\s*:?\s*$"),  # es: El 24 nov 2026, a las 10:00, Dana escribió:
    _rx(rf"^\s*op\b{_DATED}\bschreef{_WHO}"),  # nl: Op 24 nov. 2026 om 10:00 schreef Dana:
    _rx(r"^\s*op\b.{0,200}\bhet volgende geschreven\s*:?\s*$"),  # nl, Apple Mail
    _rx(r"^\s*em\b.{0,200}\bescreveu\s*:?\s*$"),  # pt: Em 24/11/2026 10:00, Dana escreveu:
    _rx(r"^\s*il\b.{0,200}\bha scritto\s*:?\s*$"),  # it: Il 24 nov 2026, Dana ha scritto:
)

#: Separators above an original or forwarded message, in the same languages.
SEPARATORS: Final[tuple[re.Pattern[str], ...]] = (
    _rx(
        r"^\s*-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht"
        r"|weitergeleitete nachricht|message d'origine|message transféré|mensaje original"
        r"|mensaje reenviado|oorspronkelijk bericht|doorgestuurd bericht|mensagem original"
        r"|mensagem encaminhada|messaggio originale|messaggio inoltrato)\s*-{2,}",
    ),
    _rx(
        r"^\s*(?:begin forwarded message|anfang der weitergeleiteten nachricht"
        r"|début du message réexpédié|inicio del mensaje reenviado|begin doorgestuurd bericht"
        r"|início da mensagem reencaminhada|inizio messaggio inoltrato)\s*:?\s*$",
    ),
    _rx(r"^\s*_{10,}\s*$"),  # Outlook's rule above the header block
    DASHED_SEPARATOR,  # "-------- Originalmeddelande --------", in any language
)

#: The first line of Outlook's header block of the original. English and German are
#: taken alone; the shorter words of other languages only with an address on the line.
HEADER_BLOCKS: Final[tuple[re.Pattern[str], ...]] = (
    _rx(r"^\s*from:\s.+$"),
    _rx(r"^\s*von:\s.+$"),
    _rx(r"^\s*(?:de|van|da)\s*:\s.+@.+$"),
)

#: The first line of a legal footer: a confidentiality notice or a company register, in
#: en, de, fr, es, nl. Nobody writes their answer below one; its words ("intended only
#: for", "do not disclose") would otherwise be read as the sender's.
LEGAL_FOOTERS: Final[tuple[re.Pattern[str], ...]] = (
    _rx(r"^\W*(?:disclaimer|confidentiality(?: notice)?|legal notice|important notice)\s*[:.\-]"),
    # "Quillon Systems, Inc. - Confidential. This communication may contain ..."
    _rx(r"^\W*[^\n]{0,60}?\b(?:confidential|vertraulich|confidentiel|confidencial"
        r"|vertrouwelijk)\s*[.:]\s+(?:this|the|diese|dieses|ce|cette|este|esta|dit|deze)\b"),
    _rx(
        r"^\W*(?:this|the information (?:contained )?in this|the content of this) (?:e-?mail"
        r"|message|communication|electronic message|transmission)\b.{0,100}\b(?:confidential"
        r"|privileged|intended (?:only|solely|exclusively))",
    ),
    _rx(
        r"^\W*(?:ce (?:message|courriel|mail|e-mail)|les informations contenues dans ce)\b.{0,100}"
        r"\b(?:confidenti|destinataire|exclusivement)",
    ),
    _rx(
        r"^\W*(?:diese|dieses) (?:e-?mail|nachricht)\b.{0,100}\b(?:vertraulich|irrtümlich"
        r"|ausschließlich für)",
    ),
    _rx(r"^\W*(?:amtsgericht|registergericht|handelsregister|sitz der gesellschaft|ust-?id"
        r"|persönlich haftende)"),
    # a register line after the company's name ("Hafenkontor Logistik GmbH | Sitz: Hamburg")
    _rx(r"^\W*[^\n]{0,80}\b(?:gmbh|ag|kg|se|mbh)\b[^\n]{0,40}\b(?:sitz(?: der gesellschaft)?"
        r"|registergericht|amtsgericht|handelsregister)\b\s*:"),
    # an employer's standing statement: "... is an Equal Opportunity Employer. Member FDIC."
    _rx(r"^\W*[^\n]{0,80}\b(?:is an? |an )?equal (?:employment )?opportunity employer\b"
        r"|^\W*member fdic\b"),
    # a company register line: registered in England and Wales, KvK, RCS, SIRET
    _rx(r"^\W*(?:[^\n]{0,60}\bregistered in (?:england|scotland|wales|northern ireland|ireland)"
        r"|registered office\b|(?:kvk|kamer van koophandel)\b|rcs [a-z]|siret\b"
        r"|inscrita en el registro mercantil)"),
    _rx(
        r"^\W*(?:este (?:mensaje|correo|e-?mail)\b.{0,160}\b(?:confidencial|destinatari"
        r"|exclusivamente)"
        r"|la información (?:contenida|incluida) en este|en cumplimiento de(?:l| la| lo)"
        r" (?:reglamento|ley|dispuesto)|aviso legal|aviso de confidencialidad)",
    ),
    # "Si usted no es el destinatario ...", "If you are not the intended recipient ...":
    # the line a disclaimer often starts with, never the sender's own words (u29es)
    _rx(
        r"^\W*(?:if you (?:are not|have received this)\b.{0,60}\b(?:intended recipient|in error)"
        r"|si (?:usted )?(?:no es|ha recibido este)\b.{0,60}\b(?:destinatario|por error)"
        r"|si vous (?:n'[eê]tes pas|avez re[çc]u ce)\b.{0,60}\b(?:destinataire|par erreur)"
        r"|(?:wenn|falls|sollten) sie (?:nicht der|diese)\b.{0,60}(?:adressat|empfänger|irrtümlich)"
        r"|(?:indien|als) u (?:niet de|dit)\b.{0,60}\b(?:geadresseerde|ontvanger|per abuis))",
    ),
    _rx(
        r"^\W*(?:dit (?:e-?mail)?bericht|de informatie (?:in|verzonden met) dit)\b.{0,100}"
        r"\b(?:vertrouwelijk|uitsluitend|bestemd)",
    ),
)

#: The first line of a signature's promotional banner: a pictograph, then an advert ("🚀
#: We're hiring! 40+ open roles", "📅 Free webinar ... register now", "🏆 named one of the
#: Best Places to Work"). Its words are the company's, not the sender's answer.
BANNERS: Final[tuple[re.Pattern[str], ...]] = (
    _rx(
        "^\\s*[\\U0001F300-\\U0001FAFF\\u2600-\\u27BF\\u2B50]\\W*(?:we[\\u2019']?re hiring"
        r"|we are hiring|join (?:us|our team)|(?:free |upcoming |our )?webinar|register"
        r"|(?:\S+ ){0,4}(?:named|voted) (?:one of )?(?:the )?best|follow us|download (?:our|the)"
        r"|subscribe|\d+\+? open (?:roles|positions|jobs)|wir stellen ein|nous recrutons"
        r"|estamos contratando|wij zoeken|we zoeken)",
    ),
)

#: The signature separator (RFC 3676: dash, dash, space).
SIGNATURE: Final = lazy_pattern(r"^--\s*$")

#: "On Tue, 24 Nov 2026 at 10:00 AM Jordan Lee <j@example.com>" with "wrote:" wrapped
#: onto the next line.
_WRAPPED_ON = _rx(r"^\s*on\b.{0,120}(?:\d{4}|[ap]m)[^\n]{0,80}$")
_WRAPPED_WROTE = _rx(r"^\s*.{0,80}\bwrote:\s*$")

#: The rest of an attribution Gmail wrapped inside the writer's address: "Am Mo., 30. Nov.
#: 2026 um 18:14 Uhr schrieb Lukas Brenner <" / "lukas.brenner@example.org>:", "Op ma 30
#: nov. 2026 om 18:14 schreef Noor <" / "noor@example.net>:" (tester round u51il).
_ATTRIBUTION_TAIL = _rx(r"^\s*[^\s>][^\n]{0,120}@[^\n]{0,80}>\)?[^\n]{0,20}:\s*$")

#: A rule of stars or equals signs under their signed words: what follows was pasted (a job
#: ad in its portal's "du", below "Mit freundlichen Grüßen / Svenja Kröger": tester t84ml).
PASTED: Final = lazy_pattern(r"^\s*([*=~#])\1{4,}\s*$")
#: How many of their last lines may stand between a sign-off and a pasted block's rule.
_SIGNED_LINES: Final = 6
_STARTS: Final = (*ATTRIBUTIONS, *SEPARATORS, *HEADER_BLOCKS, *LEGAL_FOOTERS, *BANNERS)
#: The footers that read up to 80 characters before their words ("... GmbH | Sitz:"): they
#: cost more than all other starts together, so a line is tried with them only when it holds
#: one of their words (``core.line_gates``).
_SCANNING: Final = tuple(
    footer for footer in LEGAL_FOOTERS
    if footer.pattern.startswith((r"^\W*[^\n]{0,", r"^\W*(?:[^\n]{0,"))
)  # fmt: skip
#: All of them at once: every line of every reply is tried, so one search a line.
_ANY_START: Final = GatedStarts((SIGNATURE, *_STARTS), costly=_SCANNING)


#: How many ``Label: value`` lines stand in for an attribution above a quote.
_HEADER_LINES: Final = 3


#: A mail gateway's warning stamped above the sender's words on the way in ("EXTERNAL
#: SENDER: This message originated outside ...", "CAUTION: This email originated from
#: outside the organization", Outlook's "You don't often get email from ..."): its "do not
#: click links or open attachments" read as the sender's request (tester round t46sf).
GATEWAY_BANNER: Final = _rx(
    r"^\W*(?:\[?external\]?|caution|warning|attention|notice|achtung|vorsicht|warnung|extern"
    r"|externe?|avertissement|precaucion|precaución|advertencia|atencion|atención|externo"
    r"|let op|waarschuwing)?\W*.{0,80}(?:originated (?:from )?outside|from outside (?:of )?"
    r"(?:the|your|our) (?:organi[sz]ation|company|university|network)|external (?:sender|e-?mail)"
    r"|do not click (?:on )?links|unless you recogni[sz]e the sender|externe[rn]? absender"
    r"|au[sß]erhalb (?:ihrer|der|unserer) organisation|l'ext[ée]rieur de (?:votre|l'|notre)"
    r" ?organisation|fuera de (?:la|su|nuestra) organizaci[oó]n|buiten (?:de|uw|onze)"
    r" organisatie)"
    r"|^\W*you don[\u2019']?t often get (?:e-?mail|messages?) from",
)


#: How far below a signature's "-- " an attribution is looked for.
_SIGNATURE_LINES: Final = 10


def own_lines(body: str) -> list[str]:
    """The sender's own lines, in order, blank lines kept and line ends removed."""
    kept: list[str] = []
    lines = without_banner(body.splitlines())
    for index, line in enumerate(lines):
        if PASTED.match(line) and _signed_off(kept):
            return kept
        if quote_starts(lines, index):
            # Gmail puts the signature above the quote: "-- / Claire Morel / ..., then "Le
            # mar. 8 déc. ... a écrit :" and her answers between its lines (t77lt).
            start = _past_signature(lines, index)
            below = _below_the_quote(lines, start)
            if not any(k.strip() for k in kept):  # nothing above it: perhaps written below
                return below
            # Written between the quote's lines ("my answers are inline"): their lines
            # stand between ``>`` blocks. One block, then a line, may be an older message.
            if _interleaved(lines[start + 1 :]):
                return [*kept, "", *below]
            # Outlook's "[Megan Holt] you'll have our decision by ..." in the quoted mail
            answers = prefaced_answers(kept, _quoted_message(lines, start))
            return [*kept, "", *answers] if answers else kept
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return kept


def _signed_off(kept: list[str]) -> bool:
    """Whether one of the last few lines kept signs off ("Mit freundlichen Grüßen")."""
    last = [line for line in kept if line.strip()][-_SIGNED_LINES:]
    return any(SIGN_OFF.match(fold(line)) for line in last)


def _past_signature(lines: list[str], index: int) -> int:
    """The attribution a few lines below a signature's "-- " at ``index``, else ``index``."""
    if not SIGNATURE.match(lines[index]):
        return index
    for below in range(index + 1, min(len(lines), index + _SIGNATURE_LINES)):
        if lines[below].lstrip().startswith(">"):
            return index
        if any(p.match(lines[below]) for p in ATTRIBUTIONS):
            return below
    return index


def without_banner(lines: list[str]) -> list[str]:
    """``lines`` without a gateway's warning paragraph at the top (``GATEWAY_BANNER``)."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not GATEWAY_BANNER.match(lines[first]):
        return lines
    end = next((n for n in range(first, len(lines)) if not lines[n].strip()), len(lines))
    return lines[end:] if any(line.strip() for line in lines[end:]) else lines


def _below_the_quote(lines: list[str], start: int) -> list[str]:
    """A bottom-posted reply's own lines: after an attribution and its ``>`` lines.

    "On 11/4/26 9:12 AM, Nadia wrote:", the quoted message, then her answer (Thunderbird,
    mailing-list habit); or a header block in the place of the attribution (web.de and
    GMX quote so). Only when it is followed by ``>`` lines: a forward or an unmarked
    original is never taken for the sender's words.
    """
    if (end := header_block_end(lines, start)) - start >= _HEADER_LINES:
        start = end - 1  # web.de, GMX: "Gesendet: ... / Von: ... / An: ... / Betreff: ..."
    elif not any(p.match(lines[start]) for p in ATTRIBUTIONS):
        wrapped = start + 1 < len(lines) and _WRAPPED_WROTE.match(lines[start + 1])
        if not (wrapped and _WRAPPED_ON.match(lines[start])):
            return []
        start += 1
    rest = lines[start + 1 :]
    if rest and _ATTRIBUTION_TAIL.match(rest[0]):
        rest = rest[1:]  # "... schrieb Lukas Brenner <" / "lukas@example.org>:" (u51il)
    first = next((line for line in rest if line.strip()), "")
    if not first.lstrip().startswith(">"):
        return []
    kept: list[str] = []
    for index, line in enumerate(rest):
        if quote_starts(rest, index):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return kept


def _quoted_message(lines: list[str], start: int) -> list[str]:
    """The quoted message at or after ``lines[start]``, down to where an older one starts.

    A legal footer or a signature's "-- " may come first ("Hafenkran Logistik GmbH, Sitz:
    Hamburg" above Outlook's "Von: / Gesendet:" block): the message is the one below it.
    """
    opens = (*ATTRIBUTIONS, *SEPARATORS)
    start = next((n for n in range(start, len(lines)) if header_block_at(lines, n)
                  or any(p.match(lines[n]) for p in opens)), start)  # fmt: skip
    first = max(header_block_end(lines, start), start + 1)
    end = next((n for n in range(first, len(lines)) if quote_starts(lines, n)), len(lines))
    return lines[first:end]


def _interleaved(rest: list[str]) -> bool:
    """True when a line of their own stands between two ``>`` blocks of ``rest``."""
    quoted = answered = False
    for index, line in enumerate(rest):
        if quote_starts(rest, index):
            return False
        if line.lstrip().startswith(">"):
            if answered:
                return True
            quoted = True
        elif quoted and line.strip():
            answered = True
    return False


@functools.lru_cache(maxsize=64)
def own_text(body: str) -> str:
    """The sender's own words: quoted replies, forwarded originals and signature removed.

    Remembered for the last few bodies: reading one message asks for its own words up to
    eight times (its kind, its intent, rounds, moves, withdrawals, notes), and a long
    body costs milliseconds each time.
    """
    return "\n".join(own_lines(body)).strip()


def quote_starts(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` begins what is not the sender's own (quote or signature)."""
    line = lines[index]
    if _starts_alone(line) and not lone_from_line(lines, index):
        return True
    if header_block_at(lines, index):
        return True
    # "On ..." first: it fails at once on most lines, "... wrote:" tries 80 places
    on = _WRAPPED_ON.match(line) is not None
    return on and index + 1 < len(lines) and _WRAPPED_WROTE.match(lines[index + 1]) is not None


@functools.lru_cache(maxsize=512)
def _starts_alone(line: str) -> bool:
    """Whether ``line`` alone opens a quote, a signature or a footer (``_ANY_START``).

    Remembered for recent lines: a third of all lines are empty and many more are the
    same sign-offs ("Mit freundlichen Grüßen"), each costing every alternative's try.
    """
    return _ANY_START.match(line)


#: How much of a long message is read: its head and its tail, where people put what they
#: decided (an offer opens with it; a long letter of feedback ends with the no). Every
#: message of the labelled corpus is shorter than both together (its longest: 1,253).
_HEAD_CHARS: Final = 3000
_TAIL_CHARS: Final = 1000


def gist(text: str) -> str:
    """A long text's head and tail, cut at whole words; a short text whole.

    Reading 12 KB of prose costs ten times what a recruiter's note does, and what decides
    a process is not in the middle of a long message.
    """
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return text
    head = text[:_HEAD_CHARS].rsplit(None, 1)[0]
    tail = text[-_TAIL_CHARS:].split(None, 1)[-1]
    return f"{head}\n\n{tail}"
