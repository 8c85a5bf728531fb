"""The English rules (patterns match folded text: lower case, plain apostrophes)."""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import Rules

WH = r"(?:what|what's|whats|how|how's|why|where|where's|when|who|who's|whom|whose|which)"
PREPOSITION = (
    r"(?:in|to|for|with|from|on|at|by|about|of|under|during|through|into|after|before|since)"
)
AUX = (
    r"(?:do|does|did|is|are|am|was|were|have|has|had|can|could|will|would|shall|should|"
    r"may|might|must)"
)
NEG_AUX = (
    r"(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|can't|"
    r"cannot|couldn't|won't|wouldn't|shan't|shouldn't|mightn't|mustn't|ain't)"
)
PRONOUN = r"(?:you|u|we|i|they|he|she|it|there|this|that|these|those|everyone|everybody)"
SUBJECT = (
    rf"(?:{PRONOUN}|the|a|an|your|our|my|their|his|her|its|any|anyone|anybody|someone|"
    r"somebody|people|members|newcomers|[a-z]+s)"
)
TELL = (
    r"(?:share|sharing|tell|telling|describe|describing|explain|explaining|walk|walking|"
    r"give|giving|talk|talking|say|saying|show|showing|list|listing|expand|elaborate|"
    r"outline|summari[sz]e|recall|remember|name|paint|think of|help us understand|write|"
    r"suggest|recount)"
)
VERBS = (
    r"(?:like|dislike|love|hate|enjoy|plan|track|organi[sz]e|promote|recruit|train|keep|"
    r"drop|measure|share|read|write|use|manage|build|test|review|start|stop|create|find|"
    r"learn|apply|attend|prepare|follow|lead|moderate|welcome|onboard|choose|run|grow|"
    r"improve|change|fix|support|engage|reward|thank|plan|schedule|record|edit|publish)"
)
QUALITIES = (
    r"(?:useful|clear|helpful|enjoyable|fun|interesting|easy|fast|relevant|friendly|"
    r"engaging|informative|long|short|frequent|simple|welcoming|accessible|practical|"
    r"affordable|safe|inspiring|challenging|boring|difficult|hard|slow|expensive|cheap|"
    r"well organi[sz]ed|organi[sz]ed|valuable|easy to follow)"
)

_CLOSED_START = re.compile(
    rf"(?:{NEG_AUX}|{AUX}|any|anyone|anybody|anything|anywhere|anymore)\b(?!-)"
)
_SHAPE = re.compile(rf"(?:{NEG_AUX}|{AUX})(?: not)? {SUBJECT}\b")


def _closed_start(clause: str, asks: bool) -> bool:
    return bool(_CLOSED_START.match(clause))


def _shape(head: str) -> bool:
    return bool(_SHAPE.match(head))


_SHORT = r"(?:[a-z0-9'-]+ ){0,3}[a-z0-9'-]+"

RULES = Rules(
    discourse=re.compile(
        r"(?:so|and|but|or|well|ok|okay|oh|hey|hi|hello|also|then|now|alright|right|"
        r"honestly|seriously|quick question|question|just curious|btw|by the way|ps|"
        r"please|finally|lastly|first|one more thing)"
        r"\b[ ,!.]*"
    ),
    tag=re.compile(
        rf"(?:right|correct|yes|no|ok|okay|agreed|true|yeah|eh|huh|isn't that so|"
        rf"{NEG_AUX} (?:you|we|it|they|he|she|i|there|that|this|ya)|"
        rf"(?:do|does|did|is|are|was|were|have|has|will|would|can|could|should) "
        rf"(?:you|we|it|they|he|she|i|there|that|this)(?: not)?)"
    ),
    open_start=re.compile(rf"(?:{PREPOSITION} )?(?:{WH}\b|how come\b)"),
    invite=re.compile(
        r"(?:please )?(?:tell|describe|share|explain|walk us|give us|list|name|talk|let us|"
        r"let me|introduce|show|post|drop|reply|comment|vote|pick|imagine|think of)\b"
    ),
    request=re.compile(
        rf"(?:can|could|would|will)(?: you| u| someone| somebody| anyone| anybody)(?: please)?"
        rf"(?: (?:mind|like to|care to|be willing to|be able to|want to|be up for))?"
        rf"(?: please)? {TELL}\b(?! (?:me |us )?(?:if|whether)\b)"
    ),
    closed_start=_closed_start,
    shape=_shape,
    exclaim=re.compile(
        r"(?:what an?|how (?:nice|great|cool|lovely|kind|wonderful|amazing|awesome|fun))\b"
    ),
    in_situ=None,
    leading_any=re.compile(
        r"\bsurely\b|^(?:you|we)(?: all)? (?:would |'d )?agree\b|^you'd agree\b|"
        r"\bisn't it true\b|\bwouldn't you say\b|\bdon't you agree\b"
    ),
    leading_open=re.compile(
        r"how (?:great|amazing|awesome|wonderful|fantastic|brilliant|cool|fun) "
        r"(?:was|is|were|are)\b|how much did you (?:love|enjoy)\b|"
        r"why (?:is|are|was|were) [^?]{1,60}? so (?:much )?(?:better|great|good|amazing)\b"
    ),
    negative=re.compile(rf"(?:{NEG_AUX}\b|{AUX} (?:you|we|it|they) not\b|shouldn't we\b)"),
    cue=re.compile(
        r"\b(?:think|agree|find|feel|say|believe|love|like|enjoy|glad|happy|notice|noticed|"
        r"great|better|best|worse|amazing|awesome|wonderful|fantastic|faster|easier|clearer|"
        r"nicer|simpler|more|time|obvious|clear|true|fair|cool|fun|perfect|brilliant|nice|"
        r"good|useful|helpful|beautiful|lovely|exciting|we)\b"
    ),
    second_ask=re.compile(
        # "…, and why?" alone asks to explain the first answer: not a second ask.
        rf"[ ,](?P<cut>and (?:then |also )?)(?:{WH}\b(?! *$)|(?:{AUX}|{NEG_AUX}) "
        rf"(?:you|we|it|they|i)\b)"
    ),
    pairs=(
        re.compile(rf"\b(?P<a>{VERBS})\b(?: [a-z']+){{0,3}}? and (?P<b>{VERBS})\b"),
        re.compile(
            rf"\b(?P<a>(?:(?:too|very|more|less|really) )?{QUALITIES}) and "
            rf"(?P<b>(?:(?:too|very|more|less|really) )?{QUALITIES})\b"
        ),
        re.compile(
            r"\b(?P<a>when|where|what|why|how|who) and (?P<b>when|where|what|why|how|who)\b"
        ),
    ),
    conj=re.compile(r" and "),
    fixed=re.compile(
        r"pros and cons|q and a|rock and roll|black and white|now and then|more and more|"
        r"and so on|up and running|back and forth|trial and error|here and there|"
        r"and more\b|and others\b|and stuff\b"
    ),
    alt=re.compile(
        r" or (?!not\b|so\b|(?:two|three)(?:$| (?:days?|weeks?|hours?|minutes?|times?|months?|years?)\b)|more\b|less\b|something\b|anything\b|other\b|"
        r"else\b|whatever\b|otherwise\b|later\b|never\b|anyone\b|somewhere\b|no\b)"
    ),
    any_before=re.compile(r"\b(?:any|anything|anyone|anybody|some|something|ever|other)\b"),
    choice_tail=re.compile(rf"[,:] (?P<a>{_SHORT}(?:, {_SHORT}){{0,4}}),? or (?P<b>{_SHORT})$"),
    alone=re.compile(
        r"(?:(?:your|any|other) )?(?:thoughts|ideas|opinions|feedback|suggestions|"
        r"impressions|reactions|comments|views)(?: (?:on|about|for|regarding) .+)?"
    ),
    either=re.compile(r"\beither\b[^?]*\bor\b"),
    second_clause=re.compile(rf"(?:{AUX}|{NEG_AUX}) {PRONOUN}\b"),
    opener=re.compile(rf"(?:{AUX}|{NEG_AUX}) "),
    verb_before=re.compile(
        r"(?:you |we )?(?:prefer|rather|want|like|join|meet|hold|have|come|go|attend|get|"
        r"need|choose|pick)(?: to)? "
    ),
)
