"""The demo's sample events, in English and French: what ``core.demo`` seeds in the Events
pane so a newcomer sees a calendar with a series, a workshop, a meetup, a Q&A with a
promotion plan and a past event with its outcome.

Each entry names its community by the demo connector's external id (one per language), its
day relative to the seeding day and its local time; ``core.demo`` turns them into drafts.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.events.model import ChecklistItem
from workbench.core.events.state import EventKind, EventStatus


@dataclass(frozen=True)
class SampleEvent:
    key: str  # which sample: the Q&A gets the promotion plan, the past one its outcome
    kind: EventKind
    community: str  # the demo community's external id
    days: int  # from the seeding day (negative: in the past)
    hour: int  # local start time, in the language's zone
    minutes: int  # duration
    title: str
    description: str
    hosts: tuple[str, ...] = ()
    rrule: str | None = None
    online_link: str = ""
    place: str = ""
    capacity: int | None = None
    registration_link: str = ""
    agenda: str = ""
    checklist: tuple[str, ...] = ()
    status: EventStatus = EventStatus.SCHEDULED
    weekday: int | None = None  # 0 Monday .. 6 Sunday: the first such day from ``days`` on


@dataclass(frozen=True)
class Outcome:
    recording_link: str
    notes: str
    attendance: int


@dataclass(frozen=True)
class SampleEvents:
    zone: str
    events: tuple[SampleEvent, ...]
    outcome: Outcome  # of the past event ("past")


ENGLISH = SampleEvents(
    zone="Europe/London",
    events=(
        SampleEvent(
            "series",
            EventKind.WEBINAR,
            "r/LearnPythonTogether",
            -14,
            18,
            60,
            "Python study hour (webinar series)",
            "A weekly webinar: one exercise solved live, then your questions.\n\n"
            "Bring the code you are stuck on.",
            hosts=("cm_alex", "priya_nguyen"),
            rrule="FREQ=WEEKLY;COUNT=6",
            online_link="https://meet.example.com/python-study-hour",
            agenda="1. This week's exercise\n2. Live solution\n3. Open questions",
        ),
        SampleEvent(
            "workshop",
            EventKind.WORKSHOP,
            "fb-page-1207",
            10,
            10,
            120,
            "Barista workshop: milk texture and latte art",
            "Two hours behind the counter with our head barista. Coffee included.",
            hosts=("cm_alex",),
            place="Brewly Coffee, 12 Market Street",
            capacity=12,
            registration_link="https://brewly.example.com/workshop",
            checklist=("Order the milk", "Print the recipe cards", "Send the reminder"),
        ),
        SampleEvent(
            "meetup",
            EventKind.MEETUP,
            "r/UrbanSketchers",
            3,
            14,
            180,
            "Saturday sketchwalk by the river",
            "We meet at the bridge, sketch for two hours, then share our pages at the café.",
            place="North end of the old bridge",
            weekday=5,
        ),
        SampleEvent(
            "qa",
            EventKind.QA,
            "fb-group-4410",
            20,
            17,
            60,
            "Live Q&A with the Acme Cloud support team",
            "Ask us anything about the new dashboard, backups and billing.\n\n"
            "Post your questions in advance in the thread.",
            hosts=("cm_alex", "grace_park"),
            online_link="https://live.example.com/acme-qa",
            registration_link="https://acme.example.com/qa",
        ),
        SampleEvent(
            "past",
            EventKind.WEBINAR,
            "li-group-5521",
            -10,
            16,
            60,
            "Incident reviews without blame: show-and-tell",
            "Three members walk through a real incident review and what changed after it.",
            hosts=("cm_alex",),
            online_link="https://meet.example.com/devops-show-and-tell",
            status=EventStatus.DONE,
        ),
    ),
    outcome=Outcome(
        recording_link="https://video.example.com/devops-show-and-tell",
        notes="Good questions on on-call; follow up with the runbook template.",
        attendance=46,
    ),
)

FRENCH = SampleEvents(
    zone="Europe/Paris",
    events=(
        SampleEvent(
            "series",
            EventKind.WEBINAR,
            "r/ApprendrePythonEnsemble",
            -14,
            18,
            60,
            "L’heure d’étude Python (série de webinaires)",
            "Un webinaire chaque semaine : un exercice résolu en direct, puis vos questions.\n\n"
            "Venez avec le code sur lequel vous bloquez.",
            hosts=("cm_alex", "camille_martin"),
            rrule="FREQ=WEEKLY;COUNT=6",
            online_link="https://meet.example.com/heure-etude-python",
            agenda="1. L’exercice de la semaine\n2. La solution en direct\n3. Questions ouvertes",
        ),
        SampleEvent(
            "workshop",
            EventKind.WORKSHOP,
            "fb-page-2093",
            10,
            10,
            120,
            "Atelier barista : texture du lait et latte art",
            "Deux heures derrière le comptoir avec notre chef barista. Café compris.",
            hosts=("cm_alex",),
            place="Brûlerie du Canal, 12 quai de Jemmapes, Paris",
            capacity=12,
            registration_link="https://brulerie.example.com/atelier",
            checklist=(
                "Commander le lait",
                "Imprimer les fiches recettes",
                "Envoyer le rappel",
            ),
        ),
        SampleEvent(
            "meetup",
            EventKind.MEETUP,
            "r/CroquisUrbains",
            3,
            14,
            180,
            "Balade croquis du samedi au bord du canal",
            "Rendez-vous à la passerelle, deux heures de croquis, puis nous partageons nos "
            "carnets au café.",
            place="Passerelle de la Grange-aux-Belles",
            weekday=5,
        ),
        SampleEvent(
            "qa",
            EventKind.QA,
            "fb-group-7731",
            20,
            17,
            60,
            "Questions-réponses en direct avec l’équipe support d’Acme Cloud",
            "Posez-nous toutes vos questions sur le nouveau tableau de bord, les sauvegardes et "
            "la facturation.\n\nDéposez vos questions à l’avance dans le fil.",
            hosts=("cm_alex", "sarah_diallo"),
            online_link="https://live.example.com/acme-questions",
            registration_link="https://acme.example.com/questions-reponses",
        ),
        SampleEvent(
            "past",
            EventKind.WEBINAR,
            "li-group-6634",
            -10,
            16,
            60,
            "Revues d’incident sans reproches : retours d’expérience",
            "Trois membres présentent une vraie revue d’incident et ce qui a changé ensuite.",
            hosts=("cm_alex",),
            online_link="https://meet.example.com/devops-retours",
            status=EventStatus.DONE,
        ),
    ),
    outcome=Outcome(
        recording_link="https://video.example.com/devops-retours",
        notes="Bonnes questions sur les astreintes ; relancer avec le modèle de runbook.",
        attendance=46,
    ),
)

SAMPLES = {"en": ENGLISH, "fr": FRENCH}


def checklist(event: SampleEvent) -> list[ChecklistItem]:
    return [ChecklistItem(text) for text in event.checklist]
