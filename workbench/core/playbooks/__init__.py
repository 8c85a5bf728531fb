"""Playbooks: prompts, guidelines, event templates, removal reasons and saved views shared
as one versioned JSON file (docs/playbooks.md, docs/playbook.schema.json)."""
