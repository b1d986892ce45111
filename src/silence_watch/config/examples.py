"""Placeholders left in a configuration: example addresses and domains (pure over settings).

``example.com``, ``example.org``, ``example.net`` and the ``.example`` top-level domain are
reserved for documentation (RFC 2606, RFC 6761): no real person or server is there. A
configuration that still names one was copied from the sample and not finished, and
``doctor`` says which keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from silence_watch.config.settings import Settings

_RESERVED = ("example.com", "example.org", "example.net")


def is_example_domain(domain: str) -> bool:
    """A reserved example domain, or a name under one (``imap.example.com``, ``acme.example``)."""
    name = domain.strip().lower().rstrip(".")
    if name == "example" or name.endswith(".example"):
        return True
    return any(name == reserved or name.endswith(f".{reserved}") for reserved in _RESERVED)


def is_example_address(address: str) -> bool:
    """An address at an example domain."""
    return is_example_domain(address.rpartition("@")[2])


def example_keys(settings: Settings) -> list[str]:
    """The YAML paths whose values are still examples, in file order."""
    found: list[str] = []

    def address(path: str, value: str | None) -> None:
        if value and is_example_address(value):
            found.append(path)

    def host(path: str, value: str | None) -> None:
        if value and is_example_domain(value):
            found.append(path)

    address("me.email", settings.me.email)
    for n, alias in enumerate(settings.me.aliases):
        address(f"me.aliases[{n}]", alias)
    host("mailbox.host", settings.mailbox.host)
    address("mailbox.username", settings.mailbox.username)
    if settings.smtp is not None:
        host("smtp.host", settings.smtp.host)
        address("smtp.username", settings.smtp.username)
    address("digest.to", settings.digest.to)
    for n, interview in enumerate(settings.interviews):
        addresses = [c.email for c in interview.contacts]
        if interview.agency is not None:
            addresses += [c.email for c in interview.agency.contacts]
        if any(is_example_address(a) for a in addresses) or any(
            is_example_domain(d) for d in interview.domains
        ):
            found.append(f"interviews[{n}] ({interview.company})")
    return found
