"""What an employer's message means: intents, coldness, as tables of phrases.

A rejection, an offer, a next step, a request or an acknowledgement, each recognised by
phrases in the sender's own words (``core.quotes``), or by a fresh subject when only the
headers are known. When phrases of several intents occur, ``INTENT_ORDER`` decides, so
"we regret we are unable to offer you" is a rejection, not an offer.

Pure: no IO, never reads the clock.
"""

from __future__ import annotations

import re
from typing import Final

from silence_watch.core.model import Intent


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Each row: (pattern, intent, reason); the first intent in INTENT_ORDER with a matching
# row wins, so "we regret we are unable to offer you" is a rejection, not an offer.

INTENT_RULES: Final[tuple[tuple[re.Pattern[str], Intent, str], ...]] = (
    (_rx(r"\b(?:decided|chosen|elected|opted|made the (?:difficult )?decision) (?:not )?to "
         r"(?:move|go|proceed|continue|pursue)\w* (?:forward )?with (?:other|another|a different"
         r"|(?:a|the) candidate)"), Intent.REJECTION, "they chose another candidate"),
    (_rx(r"\b(?:will|won't|would|are|have|has|we're|we've|i'm|am|cannot|can't|unable to"
         r"|decided|not) (?:not )?(?:be )?(?:to )?(?:moving|move|proceed(?:ing)?"
         r"|progress(?:ing)?|advanc(?:e|ing)"
         r"|pursu(?:e|ing)|continu(?:e|ing)|going|taking) (?:forward |further |ahead )?"
         r"(?:with (?:you|your)|your (?:application|candidacy)|to the next|any further|further)"),
     Intent.REJECTION, "they will not move forward"),
    (_rx(r"\bnot (?:be )?(?:moving|move|proceeding|going) (?:forward|ahead)"), Intent.REJECTION,
     "they will not move forward"),
    (_rx(r"\b(?:position|role|vacancy|job|opening)s? (?:has|have|is|was) (?:now |already )?"
         r"(?:been )?(?:filled|closed)"), Intent.REJECTION, "the position is filled"),
    (_rx(r"\b(?:we(?:'ve| have)|we) (?:already |now )?filled (?:the|this) (?:position|role|job)"),
     Intent.REJECTION, "the position is filled"),
    (_rx(r"\b(?:went|go|gone|going|proceed(?:ed|ing)?) (?:ahead )?with (?:another|a different|"
         r"other|an internal|a more) (?:candidate|applicant|person|profile|experienced)"),
     Intent.REJECTION, "they chose another candidate"),
    (_rx(r"\bnot (?:a|the right|the best|quite the right) (?:fit|match)\b"), Intent.REJECTION,
     "not a fit"),
    (_rx(r"\b(?:pursue|pursuing|consider|considering|proceed with|proceeding with|move forward "
         r"with|moving forward with|continue with|go with|selected|chosen) (?:other|another|"
         r"different) (?:candidates?|applicants?|profiles?)"), Intent.REJECTION,
     "they chose other candidates"),
    (_rx(r"\bdecided not to (?:proceed|move forward|continue|progress|pursue|go ahead)"),
     Intent.REJECTION, "they decided not to proceed"),
    (_rx(r"\b(?:go|going|gone|went) (?:in )?a different direction"), Intent.REJECTION,
     "a different direction"),
    (_rx(r"\b(?:won't|will not|not) be (?:extending|making|offering) (?:you )?(?:an |a )?"
         r"(?:offer|position)"), Intent.REJECTION, "no offer"),
    (_rx(r"\b(?:offer(?:ed)?|extended an offer|give|gave|offering|hired|hiring) (?:the (?:role|"
         r"position|job) )?to (?:another|someone|a different|other) ?(?:candidate|applicant|"
         r"person|else)?|\bselected (?:other |another )?candidates? whose"),
     Intent.REJECTION, "the role went to someone else"),
    (_rx(r"^\W*(?:we'll|we will|i'll|i will|we'd|we would) (?:have to |need to )?pass\b"
         r"|^\W*no,? thanks?\b"), Intent.REJECTION, "a curt no"),
    (_rx(r"\bnot interested\b"), Intent.REJECTION, "not interested"),
    (_rx(r"\b(?:unable|not able|won't be able) to (?:offer you|extend (?:you )?an offer"
         r"|move forward)"), Intent.REJECTION, "they cannot offer"),
    (_rx(r"\bregret to (?:inform|let you know|tell you|advise)"), Intent.REJECTION,
     "regret to inform"),
    (_rx(r"\b(?:not been|were not|was not|haven't been|have not been) (?:selected|successful|"
         r"shortlisted)|\bunsuccessful\b"), Intent.REJECTION, "not selected"),
    (_rx(r"\bno longer (?:being )?(?:considered|consider(?:ing)?|under consideration|in "
         r"consideration|in the running)"), Intent.REJECTION, "no longer considered"),
    (_rx(r"\b(?:leider|bedauerlicherweise)\b.*\b(?:absage|nicht berücksichtigen|anderen "
         r"kandidaten|nicht weiter)|\babsage\b"), Intent.REJECTION, "German rejection"),
    (_rx(r"\b(?:pleased|happy|delighted|excited|thrilled|glad) to (?:formally )?"
         r"(?:offer you|extend|"
         r"make you)"), Intent.OFFER, "they offer the position"),
    (_rx(r"\b(?:like|love|want|able|glad) to offer you (?:the|a|this) (?:position|role|job)"),
     Intent.OFFER, "they offer the position"),
    (_rx(r"\b(?:extend|make|making|extending) (?:you )?(?:an|a formal|a verbal|a written|our|the)"
         r" (?:job |employment )?offer"), Intent.OFFER, "they make an offer"),
    (_rx(r"\boffer (?:letter|of employment|package)\b|\byour offer\b|\bverbal offer\b"
         r"|\bwritten offer\b"), Intent.OFFER, "an offer letter"),
    (_rx(r"\b(?:second|2nd|third|3rd|final|technical|onsite|on-site|panel|follow-up"
         r"|in-person|virtual) (?:round|interview|loop)s?\b|\bonsite loop\b"), Intent.NEXT_STEP,
     "a next interview round"),
    (_rx(r"\b(?:invite|inviting|move|moving|advance|advancing) you (?:to|for|forward|on)\b"),
     Intent.NEXT_STEP, "they move you forward"),
    (_rx(r"\b(?:schedule|scheduling|reschedule|set up|arrange|book) (?:a|an|the|your|some)? ?"
         r"(?:time|call|chat|meeting|interview|conversation|video|phone|zoom|slot|session)"),
     Intent.NEXT_STEP, "scheduling"),
    (_rx(r"\b(?:your availability|times? (?:that )?work(?:s)? for you|when (?:are|would) you "
         r"(?:be )?(?:available|free)|are you (?:available|free)|pick a time|select a time"
         r"|book a time|time slots?|calendly|meet the team|next steps? (?:is|would be|will be)"
         r"|as a next step)"), Intent.NEXT_STEP, "asks for your availability"),
    (_rx(r"\b(?:move|push|shift|reschedule) (?:\w+'s |our |the |your |this )?(?:chat|call|"
         r"interview|meeting|conversation)|\b(?:does|would|do) [^.?!]{0,40}\bwork for (?:you|a)\b"
         r"|\bconfirmed? (?:for|our|the|your) (?:call|interview|meeting|chat|\w+day)|\bsee you "
         r"(?:then|on|there|next)\b"), Intent.NEXT_STEP, "arranging a meeting"),
    (_rx(r"\b(?:join|have|do) (?:a|an|our) (?:quick |short )?(?:zoom|teams|video|phone) "
         r"(?:call|chat|meeting|interview)|\binvited (?:you )?to (?:an? )?(?:onsite|on-site"
         r"|interview|on-demand|video|final|in-person)"), Intent.NEXT_STEP,
     "an invitation to meet"),
    (_rx(r"\b(?:event|interview|meeting|call) (?:has been|is|was) (?:scheduled|booked|"
         r"confirmed)|\bnew event\b|\bselected for an interview\b"), Intent.NEXT_STEP,
     "a meeting is booked"),
    (_rx(r"\b(?:could|can|would) you (?:please |kindly )?(?:send|share|provide|forward|complete|"
         r"fill|confirm|let (?:me|us) know|tell|submit|sign|upload|return)"), Intent.REQUEST,
     "they ask you for something"),
    (_rx(r"\bplease (?:send|share|provide|complete|fill out|fill in|submit|sign|confirm|return"
         r"|answer|upload|forward|reply with|let (?:me|us) know)"), Intent.REQUEST,
     "they ask you for something"),
    (_rx(r"\b(?:we(?:'d| would)?|i(?:'d| would)?) need (?:you to|your|a copy|the)"),
     Intent.REQUEST, "they ask you for something"),
    (_rx(r"\bwould you mind (?:sending|sharing|providing|completing|filling|forwarding)"),
     Intent.REQUEST, "they ask you for something"),
    (_rx(r"\bwhat (?:are|is|would be) your (?:salary|compensation|notice|expected|earliest|"
         r"start|current)|\b(?:are|would) you (?:still )?(?:be )?interested\b"
         r"|\blet (?:me|us) know (?:either way|if you(?:'re| are)|whether)"), Intent.REQUEST,
     "they ask you a question"),
    (_rx(r"\b(?:received|receiving|reviewing) your (?:application|resume|résumé|cv|email|"
         r"message|note|submission)"), Intent.ACKNOWLEDGEMENT, "they received your mail"),
    (_rx(r"\bthank(?:s| you) for (?:applying|your (?:application|interest|submission|email|"
         r"note|message|follow[- ]?up|patience|time|e-mail))"), Intent.ACKNOWLEDGEMENT,
     "they thank you"),
    (_rx(r"\b(?:we(?:'ll| will)|i(?:'ll| will)|will) (?:be in touch|get back to you|let you know|"
         r"reach out|update you|follow up|come back to you|contact you|respond|circle back"
         r"|revert)"
         r"|\b(?:get|come) back to you\b|\bhear (?:back )?from (?:us|me)\b|\b(?:have|share|"
         r"make) (?:a|an|our) (?:final )?(?:decision|answer|update)\b"),
     Intent.ACKNOWLEDGEMENT, "they will be in touch"),
    (_rx(r"\b(?:wir melden uns|ich melde mich|melden uns|rückmeldung|noch in gesprächen)"),
     Intent.ACKNOWLEDGEMENT, "they will be in touch (German)"),
    (_rx(r"\b(?:still|currently) (?:reviewing|evaluating|interviewing|considering|meeting|"
         r"in the process)|haven't (?:yet )?(?:made|reached) a decision|no decision yet|"
         r"(?:under|in) review\b"), Intent.ACKNOWLEDGEMENT, "still deciding"),
)

INTENT_ORDER: Final[tuple[Intent, ...]] = (
    Intent.REJECTION,
    Intent.OFFER,
    Intent.NEXT_STEP,
    Intent.REQUEST,
    Intent.ACKNOWLEDGEMENT,
)

#: Subjects that decide the intent without a body (only for fresh, non-reply subjects).
SUBJECT_INTENT_RULES: Final[tuple[tuple[re.Pattern[str], Intent, str], ...]] = (
    (_rx(r"^\W*(?:invitation|updated invitation|invitation updated):"), Intent.NEXT_STEP,
     "calendar invitation subject"),
    (_rx(r"\b(?:interview (?:invitation|request|confirmation)|invitation to interview"
         r"|schedule (?:your|an) interview)\b"), Intent.NEXT_STEP, "interview invitation subject"),
    (_rx(r"\b(?:offer letter|job offer|offer of employment)\b"), Intent.OFFER, "offer subject"),
    (_rx(r"^\W*(?:application received|we(?:'ve| have) received your application"
         r"|thank(?:s| you) for applying)"), Intent.ACKNOWLEDGEMENT,
     "application-received subject"),
)

#: Courtesy that keeps a short rejection from being cold.
WARMTH: Final = _rx(r"\b(?:(?<!no )(?<!no, )thank|appreciate|luck|wish|enjoyed|pleasure|grateful|"
                    r"impressed|encourage|future opportunit|dank|danke|merci|gracias|grazie"
                    r"|bedankt|obrigad|tack)")
_COLD_MAX_WORDS = 25


def intent_of(text: str) -> tuple[Intent, str] | None:
    """The strongest intent whose phrase occurs in ``text`` (already stripped of quotes)."""
    hits = {intent: why for pattern, intent, why in reversed(INTENT_RULES) if pattern.search(text)}
    for intent in INTENT_ORDER:
        if intent in hits:
            return intent, hits[intent]
    return None


def is_curt(text: str) -> bool:
    """True for a short text with no courtesy in it ("We've filled the position.")."""
    words = text.split()
    return 0 < len(words) <= _COLD_MAX_WORDS and not WARMTH.search(text)
