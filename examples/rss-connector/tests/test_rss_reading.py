"""Reading real feed documents from a local server: conditional GET, items, text, errors."""

from __future__ import annotations

import json
import re

import pytest
from connectors.api import (
    AuthExpired,
    BadData,
    ConfigurationError,
    ItemKind,
    NotFound,
    RateLimited,
    TemporaryError,
)
from connectors.testing.contract import read_all
from feed_server import FeedServer
from rss_support import MakeConnector


def test_discourse_latest_topics_become_posts_in_one_community(make: MakeConnector) -> None:
    reading = read_all(make("/discourse-latest.rss"), None)
    (community,) = reading.communities
    assert community.name == "Fablab Forum - Latest topics"
    items = {i.external_id: i for i in reading.items}
    assert list(items) == ["forum.example.org-topic-123", "forum.example.org-topic-122"]
    topic = items["forum.example.org-topic-123"]
    assert topic.kind is ItemKind.POST
    assert topic.title == "Laser cutter won't home after the firmware update?"
    assert topic.url == "https://forum.example.org/t/laser-cutter-wont-home/123"
    assert topic.author is not None and topic.author.name == "ines_m"
    assert topic.created_at.isoformat() == "2026-11-30T08:55:01+00:00"
    assert topic.community_id == community.external_id


def test_remote_markup_is_kept_as_text(make: MakeConnector) -> None:
    reading = read_all(make("/discourse-latest.rss", "/mastodon.rss"), None)
    items = {i.external_id: i for i in reading.items}
    topic = items["forum.example.org-topic-123"]
    assert "stops at the X limit switch." in topic.text
    assert "<" not in topic.text and "alert(" not in topic.text  # tags and scripts dropped
    assert topic.html == ""
    toot = items["https://social.example/@fablab/113570000000000001"]
    # Mastodon posts have no title; an escaped tag in the text stays visible text.
    assert toot.title == ""
    assert toot.text == "The new #3dprinting corner is ready. Who wants a tour? <b>not bold</b>"


def test_reddit_and_youtube_atom_feeds(make: MakeConnector) -> None:
    reading = read_all(make("/reddit-new.rss", "/youtube.xml"), None)
    names = [c.name for c in reading.communities]
    assert names == ["newest submissions : python", "Fablab Tutorials"]
    items = {i.external_id: i for i in reading.items}
    post = items["t3_1h3xk2q"]
    assert post.author is not None and post.author.name == "/u/pep_fan"
    assert post.text.startswith("Is there a way to pin a transitive dependency & keep")
    video = items["yt:video:dQw4w9WgXcQ"]
    assert video.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert video.text.startswith("Focus, power and speed")
    assert video.raw is not None and video.raw["yt_videoid"] == "dQw4w9WgXcQ"
    assert video.edited_at is not None and video.edited_at > video.created_at


def test_conditional_get_sends_the_validators_and_304_yields_nothing(
    make: MakeConnector, feeds: FeedServer
) -> None:
    first = read_all(make(), None)
    cursor = first.cursors[-1][1]
    again = read_all(make(), cursor)
    assert again.items == []
    (request_one, request_two) = feeds.seen("/discourse-latest.rss")
    assert "If-None-Match" not in request_one.headers
    assert request_two.headers["If-None-Match"].startswith('"')
    assert request_two.headers["If-Modified-Since"].endswith("GMT")
    assert request_two.status == 304
    assert again.cursors[-1][1] == cursor  # the validators stay


def test_last_modified_alone_is_enough(make: MakeConnector, feeds: FeedServer) -> None:
    body = feeds.feeds["/mastodon.rss"].body
    feeds.serve("/plain.rss", body, etag=False)
    cursor = read_all(make("/plain.rss"), None).cursors[-1][1]
    assert read_all(make("/plain.rss"), cursor).items == []
    assert [r.status for r in feeds.seen("/plain.rss")] == [200, 304]


def test_a_changed_feed_yields_only_new_and_changed_entries(
    make: MakeConnector, feeds: FeedServer
) -> None:
    cursor = read_all(make(), None).cursors[-1][1]
    body = feeds.feeds["/discourse-latest.rss"].body.decode()
    new_item = (
        "<item><title>Who has the spare key?</title><link>https://forum.example.org/t/key/124"
        "</link><guid>forum.example.org-topic-124</guid>"
        "<pubDate>Mon, 30 Nov 2026 11:00:00 +0000</pubDate></item>"
    )
    changed = body.replace("Doors open at 18:00.", "Doors open at 18:30.")
    feeds.update(
        "/discourse-latest.rss", changed.replace("<item>", new_item + "<item>", 1).encode()
    )
    later = read_all(make(), cursor)
    assert [i.external_id for i in later.items] == [
        "forum.example.org-topic-124",
        "forum.example.org-topic-122",
    ]
    assert "18:30" in later.items[1].text


def test_a_server_without_validators_still_gives_no_repeats(
    make: MakeConnector, feeds: FeedServer
) -> None:
    feeds.serve("/bare.rss", feeds.feeds["/mastodon.rss"].body, etag=False, last_modified=False)
    cursor = read_all(make("/bare.rss"), None).cursors[-1][1]
    assert read_all(make("/bare.rss"), cursor).items == []
    assert [r.status for r in feeds.seen("/bare.rss")] == [200, 200]


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (401, AuthExpired, "asks for a sign-in"),
        (404, NotFound, "has no feed (HTTP 404)"),
        (429, RateLimited, "asks to slow down"),
        (503, TemporaryError, "failed (HTTP 503); will retry"),
    ],
)
def test_http_failures_are_the_api_errors(
    make: MakeConnector, feeds: FeedServer, status: int, error: type[Exception], words: str
) -> None:
    feeds.fail("/discourse-latest.rss", status, Retry_After="120")
    with pytest.raises(error, match=re.escape(words)):
        read_all(make(), None)


def test_rate_limit_says_when_to_retry(make: MakeConnector, feeds: FeedServer) -> None:
    feeds.fail("/discourse-latest.rss", 429, Retry_After="120")
    with pytest.raises(RateLimited) as caught:
        read_all(make(), None)
    assert caught.value.retry_at is not None


def test_redirects_are_followed_but_bounded(make: MakeConnector, feeds: FeedServer) -> None:
    feeds.redirects["/old.rss"] = feeds.feed_url("/mastodon.rss")
    assert len(read_all(make("/old.rss"), None).items) == 2
    for hop in range(8):
        feeds.redirects[f"/loop{hop}.rss"] = feeds.feed_url(f"/loop{hop + 1}.rss")
    with pytest.raises(BadData, match="redirects more than 5 times"):
        read_all(make("/loop0.rss"), None)


def test_a_feed_over_5_mb_is_refused(make: MakeConnector, feeds: FeedServer) -> None:
    feeds.serve("/huge.rss", b"<rss>" + b" " * (5 * 1024 * 1024) + b"</rss>")
    with pytest.raises(BadData, match="larger than 5 MB"):
        read_all(make("/huge.rss"), None)


def test_a_page_that_is_not_a_feed_is_bad_data(make: MakeConnector, feeds: FeedServer) -> None:
    feeds.serve("/page.rss", b"<html><body>Welcome!</body></html>", "text/html")
    with pytest.raises(BadData, match="is not an RSS or Atom feed"):
        read_all(make("/page.rss"), None)


def test_only_http_addresses_are_read(make: MakeConnector) -> None:
    from connectors.api import ConnectorContext

    from workbench_rss import RssConnector

    context = ConnectorContext("feeds", {"feed_urls": "file:///etc/passwd"})
    with pytest.raises(ConfigurationError, match="is not an http"):
        RssConnector(context)


def test_a_feed_behind_a_sign_in_and_its_password_never_stored(
    make: MakeConnector, feeds: FeedServer
) -> None:
    feeds.login = ("maker", "s3cret-feed-pass")
    with pytest.raises(AuthExpired):
        read_all(make(), None)
    reading = read_all(make(username="maker", password="s3cret-feed-pass"), None)
    assert len(reading.items) == 2
    stored = json.dumps([repr(b) for b in reading.batches])
    assert "s3cret-feed-pass" not in stored


def test_test_connection_names_the_feed(make: MakeConnector) -> None:
    info = make("/youtube.xml", "/mastodon.rss").test_connection()
    assert info.summary == "Reading “Fablab Tutorials” (1 entries) and 1 more feeds."


def test_the_community_name_setting_wins(make: MakeConnector) -> None:
    reading = read_all(make("/mastodon.rss", community="Fablab on Mastodon"), None)
    assert [c.name for c in reading.communities] == ["Fablab on Mastodon"]


def test_a_server_that_is_gone_is_offline() -> None:
    from connectors.api import ConnectorContext, Offline

    from workbench_rss import RssConnector

    with FeedServer() as server:
        url = server.feed_url("/mastodon.rss")
    connector = RssConnector(ConnectorContext("feeds", {"feed_urls": url, "timeout": "5"}))
    with pytest.raises(Offline, match="cannot be reached"):
        read_all(connector, None)
