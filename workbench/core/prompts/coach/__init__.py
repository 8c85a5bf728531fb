"""The question coach: flags closed, leading, double-barrelled and either/or questions in
English and French prompts, says why in one line and offers open rewrites. Offline and
rule-based (no model); ``check()`` judges the first ``MAX_CHARS`` characters.

    from workbench.core.prompts.coach import check
    check("Did you like the training?").rewrites[0]
    # 'What did you like most about the training?'
"""

from workbench.core.prompts.coach.checking import check
from workbench.core.prompts.coach.language import detect_language
from workbench.core.prompts.coach.text import MAX_CHARS
from workbench.core.prompts.coach.verdict import REASONS, Verdict

__all__ = ["MAX_CHARS", "REASONS", "Verdict", "check", "detect_language"]
