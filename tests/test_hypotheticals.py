"""A "no" said of a case that may come, or of other people, is no rejection (core.hypotheticals).

Hiring systems wrap invitations in such boilerplate; read as news, it drafts a feedback
request for a final-round invitation.
"""

from __future__ import annotations

import pytest

from silence_watch.core.intents import phrase_hits
from silence_watch.core.language import fold
from silence_watch.core.model import Intent

BOILERPLATE = [
    pytest.param(
        "Because of the volume of applications we are unable to provide individual "
        "feedback to candidates who are not selected.",
        id="en-candidates-who",
    ),
    pytest.param(
        "Retention notice: if you are not selected, you may apply again for other "
        "roles at any time.",
        id="en-if-you-are-not-selected",
    ),
    pytest.param(
        "If you have not heard from us within two weeks, please consider your "
        "application unsuccessful.",
        id="en-silence-means-no",
    ),
    pytest.param(
        "Applicants who are unsuccessful at this stage will be notified by email.",
        id="en-applicants-who",
    ),
    pytest.param(
        "Sollten wir Ihnen leider keine Stelle anbieten können, speichern wir Ihre "
        "Unterlagen sechs Monate.",
        id="de-sollten-wir",
    ),
    pytest.param(
        "Si vous n'êtes pas retenu, nous conserverons votre CV pendant deux ans.",
        id="fr-si-vous-n-etes-pas-retenu",
    ),
    pytest.param(
        "Les candidats qui n'ont pas été retenus seront informés par courriel.",
        id="fr-les-candidats-qui",
    ),
    pytest.param(
        "Sans réponse de notre part sous 3 semaines, vous pourrez considérer que votre "
        "candidature n'a pas été retenue.",
        id="fr-sans-reponse",
    ),
    pytest.param(
        "Si no has sido seleccionado en 15 días, entiende que tu candidatura no ha prosperado.",
        id="es-si-no-has-sido",
    ),
    pytest.param(
        "Als je niet geselecteerd wordt, bewaren we je gegevens nog zes maanden.",
        id="nl-als-je-niet",
    ),
    pytest.param(
        "Hoor je over drie weken niets, ga er dan maar van uit dat je helaas niet bent "
        "geselecteerd. Als je over drie weken niets hoort, ben je niet geselecteerd.",
        id="nl-als-je-niets-hoort",
    ),
    pytest.param(
        "Wenn du bis Ende Januar nichts hörst, haben wir uns leider anders entschieden.",
        id="de-wenn-du-nichts-horst",
    ),
]

NEWS = [
    pytest.param(
        "Tras revisar los antecedentes de todos los postulantes, lamentamos comunicarle que su "
        "perfil no ha sido seleccionado.",
        id="es-postulantes-then-que-is-no-relative",
    ),
    pytest.param("Unfortunately you were not selected for the role.", id="en-plain"),
    pytest.param("Even if your interview went well, you were not selected.", id="en-even-if"),
    pytest.param(
        "We had many strong candidates who applied, and unfortunately you were not selected.",
        id="en-candidates-who-then-you",
    ),
    pytest.param("Helaas ben je als kandidaat niet geselecteerd.", id="nl-als-kandidaat"),
    pytest.param(
        "Même si votre profil est intéressant, nous ne donnerons pas suite à votre candidature.",
        id="fr-meme-si",
    ),
    pytest.param(
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin "
        "entschieden haben.",
        id="de-andere-kandidatin",
    ),
]


@pytest.mark.parametrize("text", BOILERPLATE)
def test_boilerplate_no_is_no_rejection(text: str) -> None:
    """Conditional, generic or "assume no if you hear nothing": no rejection phrase counts."""
    assert Intent.REJECTION not in phrase_hits(fold(text))


@pytest.mark.parametrize("text", NEWS)
def test_a_no_said_to_the_candidate_stays_one(text: str) -> None:
    """A no said to the candidate, beside a concession or a generic group, still counts."""
    assert Intent.REJECTION in phrase_hits(fold(text))
