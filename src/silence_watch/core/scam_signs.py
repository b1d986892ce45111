"""The signs of a fake recruiter: money or identity numbers asked for in hiring mail. Pure.

"I am happy to extend an offer ... kindly reply today with your Social Security number
and your bank account and routing number ... You will also receive a check for $3,850 to
purchase your home office equipment" came from a Gmail address in the hiring manager's
name (tester round u06sc). Read as her offer, it settled the process and an update told
another employer "I have received an offer". An employer's mail that asks for a fee,
gift cards, crypto, a check to buy equipment, or asks her to reply with her Social
Security or bank account number is not read as news: it is asked about, so the candidate
decides.

Patterns for folded text, in en, de, fr, es, nl.

Pure: no IO, no clock.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.language import fold
from silence_watch.core.lazy_patterns import lazy_pattern
from silence_watch.core.model import Intent

#: What a fake recruiter asks for (folded). Not an identity card or bank details alone:
#: real employers ask for those (bring your DNI, your IBAN for travel costs, onboarding).
_ASKS: Final = lazy_pattern(
    # en
    r"\b(?:(?:reply|send|e-?mail|provide|text)\b[^.!?]{0,80}\b(?:social security number|ssn"
    r"|routing number|bank (?:account|login) (?:number|details|password))"
    r"|gift ?cards?|bitcoin|\bbtc\b|\busdt\b"
    r"|crypto(?:currency)? (?:wallet|deposit|transfer|payment)"
    r"|wire (?:transfer )?(?:the|a|your) (?:fee|deposit|payment)"
    r"|(?:processing|registration|training|onboarding|application|visa|equipment) fee\b"
    r"|(?:check|cheque) (?:for \S+ )?to (?:purchase|buy) (?:your )?(?:home office |work )?"
    r"(?:equipment|laptop|software)|from our approved vendor"
    # you pay first, it is "refunded after your probation" (u06sc)
    r"|(?:eur|usd|gbp|\$|€|£) ?\d[\d,.]*\b[^.!?]{0,40}\b(?:refunded|reimbursed|returned)"
    r" (?:after|once|when|at the end of) (?:your |the )?(?:probation|first (?:pay|salary"
    r"|paycheck|month)|you start|start date|onboarding|training))"
    # de
    r"|\b(?:bearbeitungsgebuhr|schulungsgebuhr|anmeldegebuhr|gutscheinkarten?|kryptowahrung)"
    # fr
    r"|\b(?:frais de (?:dossier|formation|inscription)|cartes? cadeaux?|cryptomonnaie)"
    # es
    r"|\b(?:tarjetas? regalo|tasa de (?:inscripcion|tramitacion)|cuota de (?:alta|inscripcion)"
    r"|pago (?:por|de) (?:la )?(?:formacion|inscripcion|tramitacion)|criptomoneda)"
    # nl
    r"|\b(?:inschrijfkosten|administratiekosten|cadeaukaarten?|cryptovaluta)"
)
#: Readings a fake recruiter's mail must not be taken for.
_NEWS: Final = frozenset(
    {Intent.OFFER, Intent.NEXT_STEP, Intent.REQUEST, Intent.ACKNOWLEDGEMENT, Intent.REJECTION}
)


def scam_signs(text: str) -> str | None:
    """The words in ``text`` (the sender's own) that ask for money or identity, or None."""
    found = _ASKS.search(fold(text))
    return found.group(0) if found is not None else None


def asked_if_scam(
    text: str, intent: Intent | None, confidence: float, reasons: list[str], *, asked: float
) -> tuple[Intent | None, float]:
    """An employer's reading, or "other", asked about, when it asks for money or identity."""
    words = scam_signs(text) if text else None
    if words is None or intent not in _NEWS:
        return intent, confidence
    reasons.append(f'intent other: it asks for "{words}", as fake recruiters do; it asks you'
                   " before anything is read as news")  # fmt: skip
    return Intent.OTHER, min(confidence, asked)
