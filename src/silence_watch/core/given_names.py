"""Compound given names written without a hyphen: "María José", "Jan Willem". Pure.

Many people are called by two given names: "María José García-Pelayo" is María José, never
María (tester round u42em: she signs "María José"), as "Jean-Pierre", "Anne-Sophie" and
"Hans-Peter" are called by both halves. Written with a hyphen they are one word and need
nothing; written without one ("Marie Claire Dubois", "José Luis Ortega", "Jan Willem van
den Berg") the first word alone clips the name a person answers to.

A name's words alone cannot tell a second given name from a first surname ("Juan Martín
Pérez": Juan Martín, or Juan of the Martín Pérez family?), and how the person signs is not
kept beside the name. So only the pairs below, whose second half is rarely a surname,
count; any other name keeps its first word (``core.greetings.first_name``). The pairs are
compared without accents and in any case ("Maria Jose", "MARÍA JOSÉ").

Nothing here reads the clock or does IO.
"""

from __future__ import annotations

import unicodedata
from typing import Final

#: Compound given names people are called by whole, folded (lower case, no accents).
_COMPOUNDS: Final = frozenset(
    {# es
     "maria jose", "maria jesus", "maria luisa", "maria teresa", "maria carmen",
     "maria pilar", "maria isabel", "maria elena", "maria angeles", "maria dolores",
     "maria victoria", "maria cristina", "maria eugenia", "maria antonia", "maria belen",
     "maria fernanda", "maria paz", "maria ines", "maria soledad", "maria mercedes",
     "maria lourdes", "maria rosa", "maria alejandra", "maria del carmen", "maria del mar",
     "maria del pilar", "maria del rosario", "maria del rocio", "maria de los angeles",
     "maria de la luz", "maria de las mercedes", "maria de las nieves", "mari carmen",
     "mari luz", "ana maria", "ana belen", "ana isabel", "ana lucia", "rosa maria",
     "luz maria", "jose luis", "jose antonio", "jose manuel", "jose maria", "jose ignacio",
     "jose carlos", "jose javier", "jose miguel", "jose angel", "jose francisco",
     "jose alberto", "jose enrique", "jose pablo", "jose ramon", "juan carlos", "juan jose",
     "juan antonio", "juan manuel", "juan luis", "juan pablo", "juan ignacio",
     "juan francisco", "juan miguel", "juan ramon", "miguel angel", "francisco javier",
     "francisco jose", "luis miguel", "luis alberto", "pedro jose", "jesus maria",
     "carlos alberto",
     # fr
     "jean pierre", "jean paul", "jean marc", "jean luc", "jean claude", "jean francois",
     "jean michel", "jean philippe", "jean baptiste", "jean louis", "jean jacques",
     "jean christophe", "jean charles", "jean yves", "jean noel", "marie claire",
     "marie christine", "marie helene", "marie laure", "marie france", "marie noelle",
     "marie therese", "marie pierre", "marie odile", "marie anne", "marie jose",
     "marie louise", "marie paule", "anne sophie", "anne laure", "anne marie", "anne claire",
     "anne charlotte", "anne cecile", "pierre yves", "pierre alexandre", "paul henri",
     "louis marie",
     # de
     "hans peter", "hans jurgen", "hans georg", "hans joachim", "hans dieter",
     "hans christian", "karl heinz", "klaus peter", "klaus dieter", "anna lena",
     "marie luise", "anne kathrin", "eva maria", "rose marie",
     # nl
     "jan willem", "jan peter", "jan pieter", "jan hendrik", "willem jan", "pieter jan",
     "anne fleur", "anne wil",
     # en
     "mary ann", "mary anne", "mary beth", "mary jane", "mary kate", "mary ellen",
     "mary lou", "sarah jane", "lee ann", "jo ann", "ann marie"}
)  # fmt: skip
#: The most words a compound given name has ("María de los Ángeles").
_LONGEST: Final = 4


def compound_given(given: str) -> str:
    """The compound given name ``given`` opens with, as written, or "".

    ``given`` holds only the words before the surname: "María José" of "María José
    García-Pelayo", "María José Fernández" of "María José Fernández Ruiz".
    """
    words = given.split()
    for size in range(min(_LONGEST, len(words)), 1, -1):
        if _folded(" ".join(words[:size])) in _COMPOUNDS:
            return " ".join(words[:size])
    return ""


def _folded(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in bare if not unicodedata.combining(c))
