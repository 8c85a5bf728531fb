"""Write the starter playbooks (workbench/resources/playbooks/<type>.<lang>.json) from the
bundled prompts and guideline templates and the per-type words below. Run it again after
changing those; the files are checked in, and tests/playbooks checks them."""

from __future__ import annotations

import sys
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.events.promotion import DEFAULT_STEPS  # noqa: E402
from workbench.core.events.templates import template as step_words  # noqa: E402
from workbench.core.guidelines.templates import template_for  # noqa: E402
from workbench.core.inbox.query import ME, View  # noqa: E402
from workbench.core.playbooks.format import Header, Playbook, PlaybookItem  # noqa: E402
from workbench.core.playbooks.items import portable_query  # noqa: E402
from workbench.core.playbooks.state import PlaybookArea  # noqa: E402
from workbench.core.prompts.bundle import PromptRecord, bundle_files, read_file  # noqa: E402

OUT = ROOT / "workbench" / "resources" / "playbooks"
CREATED = "2026-12-01T00:00:00Z"
PROMPTS_PER_STARTER = 8

TYPES = {
    "learning": ("Learning community", "Communauté d'apprentissage", "workshop",
                 ("Study-group workshop", "Atelier du groupe d'étude")),
    "professional-network": ("Professional network", "Réseau professionnel", "webinar",
                             ("Members' webinar", "Webinaire des membres")),
    "support": ("Support community", "Communauté d'entraide", "qa",
                ("Ask the team: live Q&A", "Questions à l'équipe en direct")),
    "interest-social": ("Interest group", "Groupe de passionnés", "meetup",
                        ("Monthly meetup", "Rencontre du mois")),
    "brand": ("Brand community", "Communauté de marque", "live-stream",
              ("Product live stream", "Live produit")),
    "community-of-practice": ("Community of practice", "Communauté de pratique", "workshop",
                              ("Show-and-tell workshop", "Atelier de partage")),
    "hybrid": ("Hybrid community", "Communauté hybride", "live-chat",
               ("Open live chat", "Discussion ouverte en direct")),
}  # fmt: skip

WORDS = {
    "en": {
        "title": "Starter playbook: {name}",
        "description": "Prompts, rules, an event template with its promotion plan, removal "
        "reasons and inbox views to start a {name} with. Import it, then make it yours.",
        "event": "A {minutes}-minute session for members. Share the link a week ahead.",
        "agenda": "1. Welcome and introductions\n2. The main part\n3. Questions\n4. What's next",
        "checklist": ["Pick a date and a host", "Prepare the link and the slides",
                      "Post the announcement", "Share the recording afterwards"],
        "reasons": [
            ("off-topic", "Off topic", "Hi {author}, your {kind} was removed because it is off "
             "topic here. Have a look at our rules, and thank you for understanding."),
            ("self-promotion", "Self-promotion", "Hi {author}, your {kind} was removed: links "
             "to {domain} count as self-promotion in this community.\n\n{reason}"),
            ("duplicate", "Already asked", "Hi {author}, this has been asked before. Please "
             "search first: {url}"),
        ],
        "views": [("Unanswered questions", View(unanswered_hours=24.0, hide_own=True)),
                  ("Waiting for my reply", View(states=("needs_reply",), assignee=ME))],
    },
    "fr": {
        "title": "Playbook de départ : {name}",
        "description": "Des questions, des règles, un modèle d'événement avec sa promotion, "
        "des motifs de retrait et des vues de la boîte de réception pour lancer une {name}. "
        "Importez-le, puis adaptez-le.",
        "event": "Une séance de {minutes} minutes pour les membres. Partagez le lien une "
        "semaine avant.",
        "agenda": "1. Accueil et présentations\n2. Le cœur de la séance\n3. Questions\n4. La suite",
        "checklist": ["Choisir une date et un animateur", "Préparer le lien et les supports",
                      "Publier l'annonce", "Partager l'enregistrement ensuite"],
        "reasons": [
            ("hors-sujet", "Hors sujet", "Bonjour {author}, votre publication a été retirée "
             "car elle est hors sujet ici. Consultez nos règles, merci de votre compréhension."),
            ("autopromotion", "Autopromotion", "Bonjour {author}, votre publication a été "
             "retirée : les liens vers {domain} sont de l'autopromotion ici.\n\n{reason}"),
            ("doublon", "Déjà posée", "Bonjour {author}, cette question a déjà été posée. "
             "Pensez à chercher d'abord : {url}"),
        ],
        "views": [("Questions sans réponse", View(unanswered_hours=24.0, hide_own=True)),
                  ("En attente de ma réponse", View(states=("needs_reply",), assignee=ME))],
    },
}  # fmt: skip


def starter(kind: str, lang: str) -> Playbook:
    name_en, name_fr, event_kind, event_titles = TYPES[kind]
    name = name_en if lang == "en" else name_fr
    words = WORDS[lang]
    items: list[PlaybookItem] = []
    records = [r for path in bundle_files() for r in read_file(path, both_languages=True)[0]]
    by_purpose: dict[str, list[PromptRecord]] = {}
    for record in records:
        if kind in record.types:
            by_purpose.setdefault(record.purposes[0], []).append(record)
    # One of each purpose in turn, so a starter has an icebreaker, a debate, a reflection...
    mixed = [r for group in zip_longest(*by_purpose.values()) for r in group if r is not None]
    for record in mixed[:PROMPTS_PER_STARTER]:
        items.append(PlaybookItem(PlaybookArea.PROMPTS, f"{record.id}.{lang}", {
            "pair": record.id, "lang": lang, "text": record.texts[lang],
            "types": sorted(record.types), "purposes": sorted(record.purposes),
        }))  # fmt: skip
    found = template_for(kind, lang)
    assert found is not None, (kind, lang)
    document = found.document
    items.append(PlaybookItem(PlaybookArea.GUIDELINES, f"starter-{kind}-{lang}-rules", {
        "title": document.title, "introduction": document.introduction, "language": lang,
        "community_type": kind, "rules": [r.to_json() for r in document.rules],
    }))  # fmt: skip
    minutes = 60
    steps = []
    for step, offset in DEFAULT_STEPS:
        said = step_words(step, lang)
        steps.append({"step": str(step), "offset_minutes": int(offset.total_seconds() // 60),
                      "title": said.title, "text": said.text})  # fmt: skip
    items.append(PlaybookItem(PlaybookArea.EVENTS, f"starter-{kind}-{lang}-event", {
        "title": event_titles[0 if lang == "en" else 1], "kind": event_kind, "language": lang,
        "description": words["event"].format(minutes=minutes), "duration_minutes": minutes,
        "agenda": words["agenda"], "checklist": list(words["checklist"]), "promotion": steps,
    }))  # fmt: skip
    for key, title, text in words["reasons"]:
        items.append(PlaybookItem(PlaybookArea.REASONS, key, {"title": title, "text": text}))
    for number, (view_name, view) in enumerate(words["views"], 1):
        items.append(PlaybookItem(PlaybookArea.VIEWS, f"starter-view-{lang}-{number}", {
            "name": view_name, "query": portable_query(view),
        }))  # fmt: skip
    header = Header(
        id=f"starter-{kind}-{lang}",
        title=words["title"].format(name=name),
        version=1,
        author="Community Workbench",
        created=CREATED,
        description=words["description"].format(name=name.lower()),
    )
    return Playbook(header, tuple(items))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for kind in TYPES:
        for lang in ("en", "fr"):
            path = OUT / f"{kind}.{lang}.json"
            path.write_text(starter(kind, lang).to_text(), encoding="utf-8")
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
