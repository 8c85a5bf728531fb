"""The prompts' purposes, languages and states in the user's words (literal for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.text import Words
from workbench.gui.words import words

translate = QCoreApplication.translate

PURPOSES = ("icebreaker", "reflection", "feedback", "show-and-tell", "debate", "onboarding",
            "event-follow-up", "live-qa", "weekly-thread")  # fmt: skip
LANGUAGES = ("en", "fr")


def purpose_word(purpose: str) -> str:
    return {
        "icebreaker": translate("PromptWords", "Icebreaker"),
        "reflection": translate("PromptWords", "Reflection"),
        "feedback": translate("PromptWords", "Feedback"),
        "show-and-tell": translate("PromptWords", "Show and tell"),
        "debate": translate("PromptWords", "Debate"),
        "onboarding": translate("PromptWords", "Onboarding"),
        "event-follow-up": translate("PromptWords", "Event follow-up"),
        "live-qa": translate("PromptWords", "Live Q&A"),
        "weekly-thread": translate("PromptWords", "Weekly thread"),
    }.get(str(purpose), str(purpose))


def language_word(lang: str) -> str:
    return {
        "en": translate("PromptWords", "English"),
        "fr": translate("PromptWords", "French"),
    }.get(lang, lang)


def use_state_word(state: str) -> str:
    """A use's state (core's UseState values) as the Use dialog and the detail say it."""
    return {
        "sent": translate("PromptWords", "Posted"),
        "scheduled": translate("PromptWords", "Scheduled (waits in the outbox)"),
        "manual": translate("PromptWords", "To post by hand"),
        "done": translate("PromptWords", "Posted by hand"),
        "failed": translate("PromptWords", "Failed"),
        "linked": translate("PromptWords", "Posted; its replies are counted"),
        "cancelled": translate("PromptWords", "Taken back"),
    }.get(str(state), str(state))


def explained(text: Words | str) -> str:
    """Core's explanation (marked Words, or plain text) in the user's language."""
    return words(text) if isinstance(text, Words) else str(text)
