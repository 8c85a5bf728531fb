"""Sample communities and the words the demo connector writes with.

Seven communities, one of each community type, across Reddit, Facebook and LinkedIn. Each
has its own topics so the inbox reads like real work, not lorem ipsum.
"""

from __future__ import annotations

from dataclasses import dataclass

from connectors.api import CommunityType


@dataclass(frozen=True)
class SampleCommunity:
    external_id: str
    name: str
    platform: str
    url: str
    community_type: CommunityType
    topics: tuple[str, ...]
    description: str
    # What members of this kind of community write, before the shared tables (the French
    # demo has them; the English one uses the shared tables only).
    bodies: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()


COMMUNITIES: tuple[SampleCommunity, ...] = (
    SampleCommunity(
        "r/LearnPythonTogether",
        "r/LearnPythonTogether",
        "reddit",
        "https://www.reddit.com/r/LearnPythonTogether",
        CommunityType.LEARNING,
        (
            "list comprehensions",
            "virtual environments",
            "decorators",
            "async code",
            "unit tests",
            "type hints",
            "the weekly study group",
            "pandas dataframes",
        ),
        "A study group for people learning Python, with weekly exercises.",
    ),
    SampleCommunity(
        "li-org-8812",
        "Product Managers Network",
        "linkedin",
        "https://www.linkedin.com/company/product-managers-network",
        CommunityType.PROFESSIONAL,
        (
            "roadmap planning",
            "stakeholder interviews",
            "pricing experiments",
            "OKRs",
            "discovery sprints",
            "hiring a first PM",
            "the mentoring programme",
        ),
        "Peers in product management sharing practice and jobs.",
    ),
    SampleCommunity(
        "fb-group-4410",
        "Acme Cloud Help Desk",
        "facebook",
        "https://www.facebook.com/groups/acmecloudhelp",
        CommunityType.SUPPORT,
        (
            "login problems",
            "billing",
            "the mobile app",
            "backups",
            "two-factor codes",
            "the new dashboard",
            "data export",
        ),
        "Customers helping customers with Acme Cloud; staff answer daily.",
    ),
    SampleCommunity(
        "r/UrbanSketchers",
        "r/UrbanSketchers",
        "reddit",
        "https://www.reddit.com/r/UrbanSketchers",
        CommunityType.INTEREST,
        (
            "watercolour washes",
            "fountain pens",
            "the Saturday sketchwalk",
            "perspective",
            "travel sketchbooks",
            "drawing people in cafés",
        ),
        "Drawing the cities we live in, one sketch at a time.",
    ),
    SampleCommunity(
        "fb-page-1207",
        "Brewly Coffee",
        "facebook",
        "https://www.facebook.com/brewlycoffee",
        CommunityType.BRAND,
        (
            "the autumn blend",
            "the loyalty card",
            "the new grinder",
            "oat milk",
            "shop opening hours",
            "the barista workshop",
        ),
        "Brewly Coffee's page: new roasts, events and customer care.",
    ),
    SampleCommunity(
        "li-group-5521",
        "DevOps Practitioners Circle",
        "linkedin",
        "https://www.linkedin.com/groups/5521",
        CommunityType.PRACTICE,
        (
            "incident reviews",
            "on-call rotations",
            "Terraform modules",
            "SLOs",
            "the runbook template",
            "Kubernetes upgrades",
            "the monthly show-and-tell",
        ),
        "Practitioners comparing how they run production systems.",
    ),
    SampleCommunity(
        "r/IndieGameDevs",
        "r/IndieGameDevs",
        "reddit",
        "https://www.reddit.com/r/IndieGameDevs",
        CommunityType.HYBRID,
        (
            "the game jam",
            "Steam wishlists",
            "pixel art",
            "playtesting",
            "the devlog thread",
            "marketing a demo",
            "the Discord launch",
        ),
        "Part support forum, part showcase, part meetup for small game studios.",
    ),
)

FIRST = (
    "alex",
    "sam",
    "priya",
    "jonas",
    "mei",
    "omar",
    "lucia",
    "tomasz",
    "aisha",
    "ben",
    "chloe",
    "diego",
    "elena",
    "farid",
    "grace",
    "hiro",
    "ines",
    "jamal",
    "kaito",
    "lena",
    "marco",
    "nadia",
    "olu",
    "pablo",
    "quinn",
    "rosa",
    "sven",
    "tara",
    "uma",
    "victor",
    "wen",
    "yara",
)
LAST = (
    "okafor",
    "smith",
    "nguyen",
    "garcia",
    "kowalski",
    "haddad",
    "rossi",
    "tanaka",
    "muller",
    "silva",
    "khan",
    "dubois",
    "larsen",
    "cohen",
    "ivanova",
    "mensah",
    "park",
    "costa",
)

POST_OPENERS = (
    "How do you approach {topic}?",
    "What is your favourite resource for {topic}?",
    "Has anyone found a good way to handle {topic}?",
    "Quick question about {topic}",
    "Sharing what I learned about {topic} this week",
    "What would you change about {topic}?",
    "Looking for advice on {topic}",
    "Our experience with {topic} so far",
    "Is there a checklist for {topic}?",
    "Show and tell: {topic}",
)
POST_BODIES = (
    "I have been stuck on this for a few days and the usual guides did not help. "
    "What worked for you, and what would you avoid next time?",
    "We tried two approaches last month. The first was quick but fragile, the second took "
    "longer and held up. Curious how others compare them.",
    "Posting this because it took me ages to figure out. Happy to answer questions in the "
    "comments, and corrections are welcome.",
    "I am new here and a bit lost. Where should a beginner start, and which mistakes should "
    "I watch out for?",
    "Our team is planning changes next quarter. What questions should we ask before we commit?",
    "Here is a short write-up with screenshots. Feedback on the second part would be great.",
)
COMMENTS = (
    "Thanks for sharing, this is really useful.",
    "I ran into the same thing. Restarting from a clean setup fixed it for me.",
    "Could you say more about the second step? I am not sure I follow.",
    "We do something similar, but we review it every Friday with the whole team.",
    "Have you tried asking in the weekly thread? People there are very helpful.",
    "This does not work for me, I still get the same error after following the steps.",
    "Great write-up. Bookmarking this for later.",
    "Which version are you on? The behaviour changed recently.",
    "Strongly disagree with the last point, but the rest is spot on.",
    "Following, I have the same question.",
    "What made you pick this over the alternatives?",
    "Check the pinned post, it covers most of this.",
)
TEAM_REPLIES = (
    "Thanks for asking! We have added this to the FAQ and will cover it at the next live Q&A.",
    "Good question. Could you share a bit more detail so we can help?",
    "We are looking into this and will update the thread today.",
    "Welcome to the community! The pinned guide is the best place to start.",
)
MESSAGES = (
    "Hi, can I promote my course in the community? Happy to follow the rules.",
    "I was removed from the group by mistake, can you add me back?",
    "Would you be interested in co-hosting a webinar next month?",
    "Someone keeps sending me unsolicited messages after I posted, can you help?",
    "Is there a way to get notified about upcoming events?",
    "I would like to volunteer as a moderator.",
)
REPORT_REASONS = (
    "Spam or self-promotion",
    "Harassment",
    "Off-topic",
    "Misinformation",
    "Breaks rule 3: be kind",
    "Duplicate post",
)
MENTIONS = (
    "@{community} do you have any events planned for beginners?",
    "Big thanks to @{community} for the help with {topic}!",
    "Does anyone at @{community} know when the next meetup is?",
)
# The connector's own words (progress, the manager's name, edits), beside the tables.
READY = "Demo data ready: {count} sample communities."
MANAGER_NAME = "You (demo manager)"
REPORTED_TITLE = "Reported post"
EDIT_NOTE = " (edit: solved, thanks everyone!)"
PROGRESS = "Reading demo activity"


@dataclass(frozen=True)
class Tables:
    """Everything the connector writes with, in one language (see content_fr for French)."""

    communities: tuple[SampleCommunity, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    post_openers: tuple[str, ...]
    post_bodies: tuple[str, ...]
    comments: tuple[str, ...]
    team_replies: tuple[str, ...]
    messages: tuple[str, ...]
    report_reasons: tuple[str, ...]
    mentions: tuple[str, ...]
    ready: str
    manager_name: str
    reported_title: str
    edit_note: str
    progress: str


ENGLISH = Tables(
    communities=COMMUNITIES,
    first=FIRST,
    last=LAST,
    post_openers=POST_OPENERS,
    post_bodies=POST_BODIES,
    comments=COMMENTS,
    team_replies=TEAM_REPLIES,
    messages=MESSAGES,
    report_reasons=REPORT_REASONS,
    mentions=MENTIONS,
    ready=READY,
    manager_name=MANAGER_NAME,
    reported_title=REPORTED_TITLE,
    edit_note=EDIT_NOTE,
    progress=PROGRESS,
)
