"""Engagement prompts: the library, the coach, suggestions and outcomes."""
