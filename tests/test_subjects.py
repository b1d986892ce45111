"""Subject lines: reply and forward prefixes, gateway tags, and the subject we write back."""

from __future__ import annotations

import pytest

from silence_watch.core.compose import reply_subject
from silence_watch.core.subjects import (
    PrefixKind,
    is_reply_subject,
    leading_prefixes,
    normalise_subject,
    without_prefixes,
)

REPLY = PrefixKind.REPLY
FORWARD = PrefixKind.FORWARD

#: subject, normalised, whether it is a reply or forward.
NORMALISED = (
    ("Interview", "interview", False),
    ("Re: Interview", "interview", True),
    ("RE: RE: Re:Interview", "interview", True),
    ("Re[2]: Interview", "interview", True),
    ("RE(3): Interview", "interview", True),
    ("RE : Entretien", "entretien", True),
    ("AW: WG: Vorstellungsgespräch", "vorstellungsgespräch", True),
    ("SV: Intervju", "intervju", True),
    ("Antw: Sollicitatie", "sollicitatie", True),
    ("Doorst: Sollicitatie", "sollicitatie", True),
    ("Rif: R: Colloquio", "colloquio", True),
    ("I: Colloquio", "colloquio", True),
    ("TR: Entretien", "entretien", True),
    ("RV: Entrevista", "entrevista", True),
    ("ENC: Res: Entrevista", "entrevista", True),
    ("VS: Haastattelu", "haastattelu", True),
    ("Odp: Rozmowa", "rozmowa", True),
    ("Fwd: FW: Offer letter (fwd)", "offer letter", True),
    ("\u56de\u590d\uff1a\u9762\u8bd5", "\u9762\u8bd5", True),  # Chinese: full-width colon
    ("\u8ee2\u9001: \u9762\u63a5", "\u9762\u63a5", True),  # Japanese forward
    ("[EXTERNAL] RE: [External] Interview", "interview", True),
    ("*EXTERNAL* Re: Interview", "interview", True),
    ("External: Re: Interview", "interview", True),
    ("[acme-jobs] Re: Opening", "[acme-jobs] opening", True),
    ("Re: [acme-jobs] Opening", "[acme-jobs] opening", True),
    ("Rebooking your interview", "rebooking your interview", False),
    ("Trial day", "trial day", False),
    ("Ref: application 4521", "ref: application 4521", False),
    ("Re:", "", True),
    ("  Interview   with   Acme  ", "interview with acme", False),
)


@pytest.mark.parametrize(("subject", "normal", "reply"), NORMALISED)
def test_normalise_subject(subject: str, normal: str, reply: object) -> None:
    """Prefixes and gateway tags go, list tags stay, words that merely start alike stay."""
    assert normalise_subject(subject) == normal
    assert is_reply_subject(subject) is reply


LEADING = (
    ("Interview", (), "Interview"),
    ("Re: Interview", (REPLY,), "Interview"),
    ("Fwd: RE: Offer", (FORWARD, REPLY), "Offer"),
    ("WG: Unzustellbar: Interview", (FORWARD,), "Unzustellbar: Interview"),
    ("TR : Non remis", (FORWARD,), "Non remis"),
    # a gateway tag is read past, before a prefix and between two (tester round u33fu)
    ("[EXTERNAL] Fwd: Offer", (FORWARD,), "Offer"),
    ("RE: [EXTERNAL] Re: Offer", (REPLY, REPLY), "Offer"),
    ("AW: [Extern] AW: Angebot", (REPLY, REPLY), "Angebot"),
    ("RE : [EXTERNE] RE : Offre", (REPLY, REPLY), "Offre"),
    ("Antw: [EXT] Re: Aanbod", (REPLY, REPLY), "Aanbod"),
    ("RV: *EXTERNAL* RE: Oferta", (FORWARD, REPLY), "Oferta"),
    ("Re: EXTERNAL: Re: Offer", (REPLY, REPLY), "Offer"),
    # near misses: a list's tag, a word that is no prefix, a tag after the subject begins
    ("Re: [acme-jobs] Re: Offer", (REPLY,), "[acme-jobs] Re: Offer"),
    ("Reply needed: Offer", (), "Reply needed: Offer"),
    ("Re: Offer [EXTERNAL]", (REPLY,), "Offer [EXTERNAL]"),
)


@pytest.mark.parametrize(("subject", "kinds", "rest"), LEADING)
def test_leading_prefixes(subject: str, kinds: tuple[PrefixKind, ...], rest: str) -> None:
    """Only prefixes at the very start are read, each as a reply or a forward."""
    assert leading_prefixes(subject) == (kinds, rest)


WRITTEN = (
    ("Interview", "Re: Interview"),
    ("Re: Interview", "Re: Interview"),
    ("RE: re: AW: Interview", "Re: Interview"),
    ("SV: Intervju", "Re: Intervju"),
    ("Fwd: Interview", "Re: Interview"),
    ("Re[2]: Interview", "Re: Interview"),
    # the gateway's tags are its own: its mail comes back tagged anyway (u33fu)
    ("[EXTERNAL] Interview", "Re: Interview"),
    ("RE: [EXTERNAL] Re: Interview", "Re: Interview"),
    ("RE: [EXTERNAL] Re: Onsite interview - Senior Data Analyst",
     "Re: Onsite interview - Senior Data Analyst"),
    ("AW: [EXTERN] Re: Ihre Bewerbung", "Re: Ihre Bewerbung"),
    ("[Externe] RE : Votre candidature", "Re: Votre candidature"),
    ("Antw: [EXT] RE: Uitnodiging gesprek", "Re: Uitnodiging gesprek"),
    ("RE: [acme-jobs] Interview", "Re: [acme-jobs] Interview"),
    ("", ""),
    ("Re: ", ""),
)


@pytest.mark.parametrize(("subject", "expected"), WRITTEN)
def test_reply_subject_has_one_re(subject: str, expected: str) -> None:
    """A follow-up carries exactly one Re:, never a gateway's tag between two of them."""
    assert reply_subject(subject) == expected


#: HCL (Lotus) Notes writes the reply word whole, in the user's language (tester round u42em).
WHOLE_WORDS = (
    ("Antwort: Re: Ihre Bewerbung - Einladung", (REPLY, REPLY), "Ihre Bewerbung - Einladung"),
    ("Réponse : Convocation à un entretien", (REPLY,), "Convocation à un entretien"),
    ("REPONSE: RE: Votre candidature", (REPLY, REPLY), "Votre candidature"),
    ("Respuesta: RE: Entrevista en planta", (REPLY, REPLY), "Entrevista en planta"),
    ("Antwoord: Uitnodiging tweede gesprek", (REPLY,), "Uitnodiging tweede gesprek"),
    ("Svar: Intervju", (REPLY,), "Intervju"),
    ("Risposta: Colloquio", (REPLY,), "Colloquio"),
    ("Resposta: Entrevista", (REPLY,), "Entrevista"),
    # near misses: the same words opening a fresh subject, with no colon after them
    ("Antwort erforderlich: Ihre Unterlagen", (), "Antwort erforderlich: Ihre Unterlagen"),
    ("Réponse à votre candidature", (), "Réponse à votre candidature"),
    ("Respuesta a tu candidatura: Product Designer", (),
     "Respuesta a tu candidatura: Product Designer"),
    ("Antwoorden op je vragen", (), "Antwoorden op je vragen"),
    ("Antworten: bis Freitag", (), "Antworten: bis Freitag"),
)


@pytest.mark.parametrize(("subject", "kinds", "rest"), WHOLE_WORDS)
def test_a_reply_word_written_whole_is_a_reply(
    subject: str, kinds: tuple[PrefixKind, ...], rest: str
) -> None:
    """"Antwort:", "Réponse :", "Respuesta:", "Antwoord:" open a reply; other words do not."""
    assert leading_prefixes(subject) == (kinds, rest)
    assert is_reply_subject(subject) is bool(kinds)


def test_a_notes_reply_is_written_back_with_one_re() -> None:
    """The follow-up to "Antwort: Re: ..." answers it as "Re: ...", never "Re: Antwort:"."""
    assert reply_subject("Antwort: Re: Einladung zum Gespräch") == "Re: Einladung zum Gespräch"
    assert reply_subject("Réponse : RE : Entretien") == "Re: Entretien"
    assert normalise_subject("Respuesta: Entrevista") == normalise_subject("RE: Entrevista")


def test_without_prefixes_keeps_the_case() -> None:
    """The subject we write back keeps the employer's capitals."""
    assert without_prefixes("AW: Data Engineer at ACME") == "Data Engineer at ACME"


def test_a_thread_titled_with_another_application_is_not_this_ones_subject() -> None:
    """A recruiter reused the withdrawn role's thread for a new one (t82rt): a fresh subject."""
    old = "RE: Project Coordinator - interview"
    assert reply_subject(old, ("Project Coordinator",), "Operations Manager") == ""
    assert reply_subject(old, ("Data Analyst",), "Operations Manager") == (
        "Re: Project Coordinator - interview"
    )
    both = "Re: Project Coordinator / Operations Manager"
    assert reply_subject(both, ("Project Coordinator",), "Operations Manager") == both
