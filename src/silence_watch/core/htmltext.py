"""An HTML mail body as the lines a person sees, without what they quoted or signed. Pure.

inscriptis lays the HTML out as text the way a browser shows it: each block (``<div>``,
``<p>``, a heading) on its own lines, ``<br>`` as a line break, entities decoded, inline
markup joined into its line. Before that, the containers mail clients put around the
quoted message and the signature are taken out of the tree, so none of their lines can
be read as the candidate's:

- every ``<blockquote>`` (Gmail, Apple Mail and iOS ``type=cite``, Fastmail ``#qt``,
  Thunderbird, Proton), and the block just above it when that is its attribution
  ("On ... wrote:" in a plain ``<div>``); the text after one (a bottom-posted answer) is
  kept;
- Gmail's ``.gmail_quote`` (with its ``.gmail_attr`` attribution) and ``.gmail_signature``;
- Outlook's ``#divRplyFwdMsg`` header and everything after it, and its mobile signature;
- Yahoo's ``.yahoo_quoted``; Proton's ``.protonmail_quote`` and signature block;
- Thunderbird's ``.moz-cite-prefix`` attribution and ``.moz-signature``.

Clients that quote without a container (Outlook for Windows puts the original after a
``From:``/``Sent:`` block) are left to ``core.replylines``, which reads the text.

Never fetches anything (images and links are not followed) and never raises on bad HTML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from silence_watch.core.replylines import attribution_span

if TYPE_CHECKING:
    from lxml.html import HtmlElement as Node

#: Class names of quote and signature containers, by client.
_CLASSES: Final = (
    "gmail_quote",  # Gmail: the attribution and the quote
    "gmail_quote_container",
    "gmail_attr",
    "gmail_signature",
    "yahoo_quoted",  # Yahoo
    "protonmail_quote",  # Proton
    "protonmail_signature_block",
    "moz-cite-prefix",  # Thunderbird: "On ... wrote:" above its blockquote
    "moz-signature",
)
#: Ids of containers whose element and every following sibling are the quoted original.
_FROM_HERE_ON: Final = ("divRplyFwdMsg", "appendonsend")
#: Ids of signature containers.
_SIGNATURE_IDS: Final = ("Signature", "ms-outlook-mobile-signature")

_CLASS_TEST = " or ".join(
    f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in _CLASSES
)
_DROP_XPATH: Final = f"//blockquote | //*[{_CLASS_TEST}] | " + " | ".join(
    f"//*[@id='{ident}']" for ident in _SIGNATURE_IDS
)

def html_to_text(html: str) -> str:
    """The text a person sees in ``html``, quoted message and signature left out."""
    # inscriptis and lxml load with the first HTML part read (~20 ms a start otherwise).
    from inscriptis import Inscriptis  # noqa: PLC0415
    from inscriptis.css_profiles import STRICT_CSS_PROFILE  # noqa: PLC0415
    from inscriptis.model.config import ParserConfig  # noqa: PLC0415
    from lxml.etree import ParserError  # noqa: PLC0415
    from lxml.html import document_fromstring  # noqa: PLC0415

    if not html.strip():
        return ""
    try:
        tree = document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    _drop_quotes(tree)
    for paragraph in tree.xpath("//p[contains(@class, 'MsoNormal')]"):
        # Outlook for Windows writes every line as a margin-less <p class=MsoNormal>, and a
        # blank line as one holding only a no-break space.
        paragraph.tag = "div"
        if not paragraph.text_content().strip(" \xa0\t\r\n"):
            paragraph.clear()
            paragraph.append(paragraph.makeelement("br"))
    # A browser's layout of the tags (the default profile indents every <div>).
    config = ParserConfig(
        css=dict(STRICT_CSS_PROFILE), display_images=False, display_links=False
    )
    text = str(Inscriptis(tree, config).get_text())
    return "\n".join(line.rstrip() for line in text.splitlines())


def _drop_quotes(tree: Node) -> None:
    """Remove quote and signature containers (and what follows Outlook's header)."""
    for ident in _FROM_HERE_ON:
        for element in tree.xpath(f"//*[@id='{ident}']"):
            parent = element.getparent()
            if parent is None:
                continue
            for sibling in [element, *element.itersiblings()]:
                parent.remove(sibling)
    for element in tree.xpath(_DROP_XPATH):
        parent = element.getparent()
        if parent is not None:
            if element.tag == "blockquote":
                _drop_attribution(element, parent)
            _remove_keeping_tail(element, parent)


def _drop_attribution(quote: Node, parent: Node) -> None:
    """Remove the block just above ``quote`` when it is the quote's attribution.

    Fastmail and others write "On ... wrote:" in a plain ``<div>`` above the blockquote:
    with the quote gone, the attribution would stand above a bottom-posted answer and
    make it look quoted.
    """
    previous = quote.getprevious()
    if previous is None or (previous.tail or "").strip():
        return
    line = " ".join(previous.text_content().split())
    if line and attribution_span([line], 0):
        _remove_keeping_tail(previous, parent)


def _remove_keeping_tail(element: Node, parent: Node) -> None:
    """Remove ``element`` but keep the text that follows it inside ``parent``."""
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
