"""A line that only signs off: "Regards,", "Mit freundlichen Grüßen", "Un abrazo," (pure).

Its own module: ``core.quotes`` (where the candidate's own text ends, read by the digest's
replies and the writers' zones that ``status`` asks) needs it without the intent tables
that ``core.intents`` builds, which a reading command never uses.
"""

from __future__ import annotations

from typing import Final

from silence_watch.core.lazy_patterns import lazy_pattern

#: A line that only signs off ("Regards,", "Mit freundlichen Grüßen", "Un abrazo,"): the
#: signature after it (name, title, address, phone) is not what they wrote (folded).
SIGN_OFF: Final = lazy_pattern(
    r"^\s*(?:(?:kind|best|warm|warmest|many thanks and|with) regards|regards|best(?: wishes)?"
    r"|cheers|thanks|thx|many thanks|thank you|sincerely|yours(?: sincerely| truly)?|all the best"
    r"|mit freundlichen grussen|viele grusse|beste grusse|freundliche grusse|liebe grusse"
    r"|herzliche grusse|lg|cordialement|bien cordialement|bien a vous|(?:meilleures )?salutations"
    r"|bonne journee|bises|amities|saludos(?: cordiales)?|un saludo|un abrazo|abrazos|atentamente"
    r"|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groetjes"
    r"|hartelijke groet(?:en)?"
    # their short forms: "Mvg,", "MfG", "Gr.", "Cdlt", "Slds" (round probe-warm5: a title
    # under "Mvg," was read as her process, "Recruitment | Voorbeeld BV")
    r"|mvg|mfg|vg|gr|groet|gruss|cdlt|slds|atte)\W*$",
)
