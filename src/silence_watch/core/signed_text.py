"""The sender's own words with their signature: what a message shows of its writer. Pure.

``core.quotes.own_text`` is what the sender says: it stops at the signature's "-- " and at
a company's legal footer. Who the sender is stands in exactly those lines: the phone
numbers of a signature ("+44 20 7946 0958"), the company's name ("Thamesbridge Talent
Ltd"), its register ("registered in England and Wales"). ``signed_text`` keeps them, and
still never the quoted or forwarded mail below (an attribution "On ... wrote:", a
separator, a header block), which may be the candidate's own, nor a job ad pasted under a
rule of stars.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

from silence_watch.core.quotes import (
    LEGAL_FOOTERS,
    PASTED,
    SIGNATURE,
    own_text,
    quote_starts,
    without_banner,
)


def signed_text(body: str, *, footers: bool = True) -> str:
    """The sender's own text with its signature, quoted and forwarded text left out.

    ``footers``: a legal footer's lines (a company register, a confidentiality notice) are
    the signature's too. A reply written below the quote, with nothing of the sender's
    above it, is its own words (``own_text``).
    """
    lines = without_banner(body.splitlines())
    kept: list[str] = []
    for index, line in enumerate(lines):
        signed = SIGNATURE.match(line) or (footers and any(p.match(line) for p in LEGAL_FOOTERS))
        if not signed and quote_starts(lines, index):
            break
        if PASTED.match(line) and any(k.strip() for k in kept):
            break  # a pasted job ad under their name is the portal's words
        if not line.lstrip().startswith(">"):
            kept.append(line)
    text, own = "\n".join(kept).strip(), own_text(body)
    return text if own in text else f"{own}\n{text}".strip()
