"""Subject lines: reply and forward prefixes in every language, and subject normalising.

The one table of prefixes mail clients put before a subject ("Re:", "AW:", "Fwd:",
"回复:" ...). The threader compares normalised subjects, the classifier asks whether a
subject is a reply or a forward, and compose writes the ``Re:`` of a follow-up: all of
them read this table, so a prefix learnt here is learnt everywhere.

Normalising removes the tags that mail gateways add on the way in ("[EXTERNAL]") because
they come and go within one conversation. The prefixes that open a subject are read
through such tags ("RE: [EXTERNAL] Re: Interview" is two replies, "[EXT] Fwd: Offer" a
forward), and the tags before and among them are left out of what follows: a subject we
write says "Re:" once ("Re: Interview"), and the employer's gateway tags our mail again on
its way in (tester round u33fu). A tag after the prefixes ("Re: [acme-jobs] Interview") is the
subject's own.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import TYPE_CHECKING

from silence_watch.core.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from collections.abc import Mapping


class PrefixKind(StrEnum):
    """Whether a prefix marks a reply or a forward."""

    REPLY = "reply"
    FORWARD = "forward"


_REPLY = PrefixKind.REPLY
_FORWARD = PrefixKind.FORWARD

#: Reply and forward prefixes, by language: prefix -> (kind, who writes it).
#: Matched case-insensitively, with an optional counter ("Re[2]:", "RE(3):") and an
#: optional space before the colon (French clients write "RE :"). "Ref:" is left out on
#: purpose: fresh subjects use it for a reference number ("Ref: application 4521"), and so
#: is "Reply" ("Reply needed: Offer"). HCL (Lotus) Notes writes the whole word in the
#: user's language ("Antwort: Re: ...", "Réponse : ..."): a reply, not a new mail (u42em).
PREFIXES: Mapping[str, tuple[PrefixKind, str]] = {
    "re": (_REPLY, "most clients"),
    "aw": (_REPLY, "German (Antwort)"),
    "sv": (_REPLY, "Swedish, Danish, Norwegian (svar)"),
    "antw": (_REPLY, "Dutch (antwoord)"),
    "antwort": (_REPLY, "German HCL Notes"),
    "antwoord": (_REPLY, "Dutch HCL Notes"),
    "réponse": (_REPLY, "French HCL Notes"),
    "reponse": (_REPLY, "French HCL Notes, without its accent"),
    "respuesta": (_REPLY, "Spanish HCL Notes"),
    "risposta": (_REPLY, "Italian HCL Notes"),
    "resposta": (_REPLY, "Portuguese HCL Notes"),
    "svar": (_REPLY, "Swedish, Danish, Norwegian HCL Notes"),
    "rif": (_REPLY, "Italian (riferimento)"),
    "r": (_REPLY, "Italian Outlook"),
    "res": (_REPLY, "Portuguese (resposta)"),
    "vs": (_REPLY, "Finnish (vastaus)"),
    "odp": (_REPLY, "Polish (odpowiedź)"),
    "ynt": (_REPLY, "Turkish (yanit)"),
    "回复": (_REPLY, "Chinese (simplified)"),
    "回覆": (_REPLY, "Chinese (traditional)"),
    "答复": (_REPLY, "Chinese"),
    "fwd": (_FORWARD, "most clients"),
    "fw": (_FORWARD, "Outlook"),
    "wg": (_FORWARD, "German (weitergeleitet)"),
    "tr": (_FORWARD, "French (transféré)"),
    "enc": (_FORWARD, "Portuguese (encaminhado)"),
    "rv": (_FORWARD, "Spanish (reenviado)"),
    "doorst": (_FORWARD, "Dutch (doorsturen)"),
    "vl": (_FORWARD, "Finnish (välitetty)"),
    "pd": (_FORWARD, "Polish (przekaż dalej)"),
    "i": (_FORWARD, "Italian Outlook (inoltro)"),
    "転送": (_FORWARD, "Japanese"),
    "转发": (_FORWARD, "Chinese"),
}

#: Tags that mail gateways insert into subjects on the way in. They come and go within a
#: thread (the company's gateway tags the candidate's reply, not the original), so they
#: never tell threads apart. Other bracketed tags, like a mailing list's "[acme-jobs]",
#: are kept: they are part of the subject on both sides.
GATEWAY_TAGS: frozenset[str] = frozenset(
    {
        "external",
        "ext",
        "external email",
        "external sender",
        "external message",
        "caution",
        "caution: external",
        "warning",
        "spam",
        "suspected spam",
        "possible spam",
        "extern",
        "externe",
        "externo",
        "externt",
        "ekstern",
    },
)

_PREFIX_ALTERNATIVES = "|".join(
    re.escape(prefix) for prefix in sorted(PREFIXES, key=len, reverse=True)
)
_PREFIX_RE = lazy_pattern(
    # \uff1a is the full-width colon of Chinese and Japanese clients.
    rf"^\s*({_PREFIX_ALTERNATIVES})\s*(?:\[\d+\]|\(\d+\))?\s*[:\uff1a]\s*",
    re.IGNORECASE,
)
_TAG_RE = lazy_pattern(r"^(?:\[([^\[\]]*)\]|\*([^*]*)\*|\(([^()]*)\))\s*")
_TRAILER_RE = lazy_pattern(r"\s*\((?:fwd|fw)\)\s*$", re.IGNORECASE)
_GATEWAY_WORD_RE = lazy_pattern(r"^(?:external|ext|extern)\s*:\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def leading_prefixes(subject: str) -> tuple[tuple[PrefixKind, ...], str]:
    """The kinds of the prefixes that open ``subject``, and the subject after them.

    Remembered, like ``_strip_subject``: a thread repeats its subject on every message,
    and ``status`` reads every process's whole timeline (12,662 messages at 100k).

    Only prefixes at the very start count: ``"Fwd: RE: Offer"`` gives
    ``((FORWARD, REPLY), "Offer")``. Gateway tags before and between them are read past
    and left out: ``"RE: [EXTERNAL] Re: Offer"`` gives ``((REPLY, REPLY), "Offer")``.
    """
    kinds: list[PrefixKind] = []
    rest = _without_gateway_tags(subject)
    while (found := _PREFIX_RE.match(rest)) is not None:
        kinds.append(PREFIXES[found.group(1).casefold()][0])
        rest = _without_gateway_tags(rest[found.end() :])
    return tuple(kinds), rest


def _without_gateway_tags(text: str) -> str:
    """``text`` without the gateway tags that open it ("[EXTERNAL] ", "*EXT* ", "EXTERNAL: ")."""
    while True:
        rest = text.lstrip()
        tag = _TAG_RE.match(rest)
        inner = "" if tag is None else next(g for g in tag.groups() if g is not None)
        if tag is not None and " ".join(inner.split()).casefold() in GATEWAY_TAGS:
            text = rest[tag.end() :]
        elif (stripped := _GATEWAY_WORD_RE.sub("", rest, count=1)) != rest:
            text = stripped
        else:
            return text


def without_prefixes(subject: str) -> str:
    """``subject`` without its opening reply and forward prefixes and gateway tags."""
    return leading_prefixes(subject)[1].strip()


def normalise_subject(subject: str) -> str:
    """The subject without reply/forward prefixes or gateway tags, case-folded.

    ``"RE: [EXTERNAL] Aw: Interview  follow-up"`` becomes ``"interview follow-up"``.
    """
    return _strip_subject(subject)[0]


def is_reply_subject(subject: str) -> bool:
    """True when the subject starts with a reply or forward prefix (after gateway tags)."""
    return _strip_subject(subject)[1]


@functools.lru_cache(maxsize=4096)
def _strip_subject(subject: str) -> tuple[str, bool]:
    """Return the bare subject and whether a reply or forward prefix was removed.

    A list tag like ``[acme-jobs]`` is kept but moved to the front, because clients put
    "Re:" on either side of it.
    """
    text = " ".join(subject.split())
    kept: list[str] = []
    was_reply = False
    while text:
        tag = _TAG_RE.match(text)
        if tag is not None:
            inner = " ".join(next(g for g in tag.groups() if g is not None).split()).casefold()
            if inner in GATEWAY_TAGS:
                text = text[tag.end() :]
                continue
            if tag.group(1) is not None:
                if f"[{inner}]" not in kept:
                    kept.append(f"[{inner}]")
                text = text[tag.end() :]
                continue
        stripped = _GATEWAY_WORD_RE.sub("", text, count=1)
        prefix = _PREFIX_RE.match(stripped)
        if prefix is not None:
            was_reply = True
            stripped = stripped[prefix.end() :]
        if stripped == text:
            break
        text = stripped
    text = _TRAILER_RE.sub("", text).casefold().strip()
    return " ".join([*kept, text]).strip(), was_reply
