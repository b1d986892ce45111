"""The line a draft opens with: "Hi Kate,", "Guten Tag Dr. Weber,", "Hola, Lucía:". Pure.

Out of a display name (``core.personnames``) it takes the name the person goes by:

- among colleagues (English, and any informal draft), the given name, or the name in
  brackets they are called by ("Moore, Katherine (Kate)" is Kate); a title with the
  surname in English ("Hi Dr. Weber,"), but not beside "du", "tu", "tú" or "je": a
  CTO who writes "bei uns duzen sich alle" and signs "Jonas" is "Hallo Jonas," (u33fu);
- formally (Sie, vous, usted, u), the whole name, never a guessed "Herr" or "Frau": the
  name in brackets stands for initials ("A.M. (Anne) van der Berg" is "Beste Anne van
  der Berg,"), a title with the surname ("Guten Tag Dr. Weber,");
- an initial is no name to greet by: "J. Whitcombe" is "Hello," where the greeting would
  be the given name alone, and "J. Whitcombe" where it is the whole name;
- a Spanish name carries two surnames, each of which may start with particles: "María
  José Fernández Ruiz" is María José, "María del Carmen Ruiz Pérez" María del Carmen, and
  "Lucía de la Fuente" Lucía, never "Lucía de";
- a compound given name written without a hyphen is called whole, in every language:
  "María José García-Pelayo" is María José, "Jan Willem van den Berg" Jan Willem
  (``core.given_names``; u42em).

Nothing here reads the clock or does IO.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.given_names import compound_given
from silence_watch.core.personnames import PersonName, initials_only, is_particle, person_name

#: (formal, informal, without a name) greetings by language; English is "Hi {},".
_GREETINGS: Final = {
    "de": ("Guten Tag {},", "Hallo {},", "Guten Tag,"),
    "fr": ("Bonjour {},", "Bonjour {},", "Bonjour,"),
    "es": ("Buenos días, {}:", "Hola, {}:", "Buenos días:"),
    "nl": ("Beste {},", "Hoi {},", "Goedendag,"),
}
_ENGLISH: Final = ("Hi {},", "Hi {},", "Hello,")


def greeting(name: str, language: str = "en", *, informal: bool = False, email: str = "") -> str:
    """``Hi Dana,``; ``Hello,`` when there is no name; in other languages as they greet."""
    formal, casual, nobody = _GREETINGS.get(language, _ENGLISH)
    person = person_name(name, email)
    if person is None:
        return nobody
    # "Fernández Ruiz, María José" is written surname first; "Nerea Otxoa Zubiaurre,
    # Recursos Humanos" is a name, then her department (u42em)
    after_comma = name.partition(",")[2].split()
    surname_first = bool(person.given) and person.given.split()[0] in after_comma
    first = first_name(person, language, surname_first=surname_first)
    titled = f"{person.titles[0]} {person.surname or person.given}" if person.titles else ""
    if language not in _GREETINGS:
        who = titled or first
    elif informal:
        who = first or titled
    else:
        who = titled or whole_name(person)
    return (casual if informal else formal).format(who) if who else nobody


def first_name(person: PersonName, language: str = "en", *, surname_first: bool = False) -> str:
    """The name a person is called by among colleagues; empty when only initials are known.

    ``surname_first``: the display name was "Fernández Ruiz, María José", whose given
    names are all written after the comma.
    """
    if person.called:
        return person.called
    if not person.given:
        return person.surname.split()[0] if person.surname and not person.titles else ""
    if initials_only(person.given):
        return ""  # "J. Whitcombe": no first name is known
    if surname_first:
        return person.given
    units = _name_units(person.whole)
    if language == "es" and len(units) == 4 and not compound_given(person.given):
        return " ".join(units[:2])  # two given names, two surnames
    # "María José García-Pelayo" is María José, "Jan Willem van den Berg" Jan Willem (u42em)
    return compound_given(person.given) or person.given.split()[0]


def whole_name(person: PersonName) -> str:
    """The whole name, the name in brackets in place of initials: "Anne van der Berg"."""
    given = person.called if person.called and initials_only(person.given) else person.given
    return " ".join(part for part in (given, person.surname) if part)


def _name_units(whole: str) -> list[str]:
    """The words of a name, each with the particles before it: "de la Fuente" is one."""
    units: list[str] = []
    pending: list[str] = []
    for word in whole.split():
        pending.append(word)
        if not is_particle(word):
            units.append(" ".join(pending))
            pending = []
    if pending:
        units.append(" ".join(pending))
    return units
