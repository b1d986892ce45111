"""What an employer's own words say of feedback after a no: refused, given, or neither."""

from __future__ import annotations

import pytest

from silence_watch.core.feedback_words import GIVEN, PROMISED, REFUSED, feedback_said

CASES = [
    # refused, in the ways hiring teams write it
    (("Given the number of applicants, we are not able to give individual feedback on each"
     " application."), REFUSED),
    ("Please note that we don't provide feedback at the screening stage.", REFUSED),
    ("Unfortunately no personalised feedback can be given for unsuccessful applications.",
     REFUSED),
    ("Aus Kapazitätsgründen können wir Ihnen leider kein individuelles Feedback geben.",
     REFUSED),
    ("Wir bitten um Verständnis, dass wir keine Rückmeldung zu den einzelnen Gründen geben.",
     REFUSED),
    (("Nous ne pourrons malheureusement pas vous apporter de retour détaillé sur votre"
     " candidature."), REFUSED),
    (("Debido al volumen de candidaturas no nos es posible dar una respuesta personalizada a"
     " cada persona."), REFUSED),
    ("Vanwege het grote aantal reacties kunnen wij helaas geen persoonlijke feedback geven.",
     REFUSED),
    # given, after the no
    (("Honestly, what held you back was the stakeholder piece — the panel wanted someone who"
     " has run a migration with finance in the room."), GIVEN),
    ("A couple of areas to work on: sizing estimates, and saying no to scope creep.", GIVEN),
    ("Je voulais vous dire ce qui a fait la différence : l'autre finaliste parle allemand.",
     GIVEN),
    ("Was uns gefehlt hat, war ehrlich gesagt die Erfahrung mit SAP S/4.", GIVEN),
    ("Was uns letztlich gefehlt hat, war die Führungserfahrung im Vertrieb.", GIVEN),
    ("Te cuento el porqué: buscábamos a alguien con más rodaje en retail.", GIVEN),
    ("Wat we misten was ervaring met grote aanbestedingen.", GIVEN),
    # the gap named (tester round u15in)
    (("The short version: everyone loved your SQL, but the team needs someone who has owned"
      " A/B testing end to end, and that's where you were behind the other finalist."), GIVEN),
    ("Daran lagen Sie im Vergleich zur anderen Kandidatin leider zurück.", GIVEN),
    ("Honnêtement, c'est là que vous étiez en retrait par rapport à l'autre finaliste.", GIVEN),
    ("Y ahí es donde estabas por detrás del otro finalista.", GIVEN),
    ("Daar zat je net achter de andere kandidaat.", GIVEN),
    # a short aside inside the words that say what was missing (tester round u28re)
    (("Die Entscheidung ist uns nicht leicht gefallen. Was uns am Ende gefehlt hat, war"
      " praktische Erfahrung mit SAP S/4HANA im Controlling."), GIVEN),
    ("Was uns im Vergleich gefehlt hat, war die Erfahrung mit Konzernabschlüssen.", GIVEN),
    ("Was Ihnen im Vergleich gefehlt hat, war die Führungserfahrung.", GIVEN),
    ("Was am Ende den Ausschlag gegeben hat, war die Branchenerfahrung.", GIVEN),
    ("In all honesty, what ultimately held you back was the system design round.", GIVEN),
    ("What was, in the end, missing was hands-on experience with dbt.", GIVEN),
    ("Ce qui, au final, a fait la différence, c'est l'expérience SAP.", GIVEN),
    ("Ce qui nous a finalement manqué, c'est une expérience en grand groupe.", GIVEN),
    ("Lo que al final nos faltó fue experiencia con clientes de retail.", GIVEN),
    ("Wat we uiteindelijk misten was ervaring met Azure.", GIVEN),
    ("Wat ons in vergelijking ontbrak was ervaring met grote klanten.", GIVEN),
    # near-misses: neither
    ("Was uns noch fehlt, ist Ihr Arbeitszeugnis.", ""),
    ("Was hat Ihnen im Bewerbungsprozess gefehlt? Sagen Sie es uns in der Umfrage.", ""),
    ("Sagen Sie uns gern, was Ihnen im Bewerbungsprozess gefehlt hat.", ""),
    ("Tell us what do you think held you back in the process.", ""),
    ("Lo que nos falta es tu carta de recomendación.", ""),
    ("Wat we nog missen is je VOG-verklaring.", ""),
    ("Uns hat das Gespräch am Ende sehr gut gefallen, wir melden uns bis Freitag.", ""),
    ("Everyone loved your energy, but we are still deciding between the two of you.", ""),
    ("I've now had client feedback: they've decided to progress with other candidates.", ""),
    ("Leider können wir Ihnen keine positive Rückmeldung geben.", ""),
    ("We are unable to provide feedback until the whole panel has met on Thursday.", ""),
    ("If you'd like, I'm happy to tell you why we went with the other candidate on a call.", ""),
    ("Wenn du magst, gebe ich dir gern noch ausführlicheres Feedback am Telefon.", ""),
    # promised: feedback to come (before a no this is their promise to answer)
    ("You'll have our feedback by Wednesday at the latest.", PROMISED),
    ("Iker está preparando un feedback detallado. Te lo envío la semana que viene sin falta.",
     PROMISED),
    ("Das ausführliche Feedback aus dem Fachbereich schicke ich Ihnen nächste Woche.", PROMISED),
    ("Je vous appelle demain pour vous expliquer pourquoi nous avons fait ce choix.", PROMISED),
    ("Ik bel je volgende week met de feedback van het panel.", PROMISED),
    ("Nous vous ferons un retour au plus tard le 2 octobre.", ""),
    ("Porque el cliente todavía no ha decidido, te escribo la semana que viene.", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_feedback_said(text: str, expected: str) -> None:
    """Refusals and feedback given are told apart from promises, offers and plain no's."""
    assert feedback_said(text) == expected
