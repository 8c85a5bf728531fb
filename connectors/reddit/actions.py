"""Sending actions: replies (posts, comments, modmail, internal notes) and moderation.

Each action is one or two praw calls, one request each; the outbox calls ``send`` once per
queued action, so nothing here retries on its own.
"""

from __future__ import annotations

from typing import Any

import praw

from connectors.api import (
    Action,
    ActionResult,
    ModAction,
    Moderate,
    PermissionDenied,
    Reply,
)
from connectors.reddit.errors import translate
from connectors.reddit.parsing import modmail_conversation, modmail_thread_id

# Reports are replied to and moderated through the item they report.
REPORT_MARK = "/report/"


def _target(reddit: praw.Reddit, external_id: str) -> Any:
    fullname = external_id.split(REPORT_MARK, 1)[0]
    prefix, _, reddit_id = fullname.partition("_")
    if prefix == "t1" and reddit_id:
        return reddit.comment(id=reddit_id)
    if prefix == "t3" and reddit_id:
        return reddit.submission(id=reddit_id)
    raise PermissionDenied(f"Reddit cannot act on “{external_id}” this way.")


def send(reddit: praw.Reddit, action: Action, reddit_url: str) -> ActionResult:
    with translate():
        if isinstance(action, Reply):
            return _reply(reddit, action, reddit_url)
        if isinstance(action, Moderate):
            return _moderate(reddit, action)
    from connectors.reddit.posting import submit

    return submit(reddit, action, reddit_url)


def _reply(reddit: praw.Reddit, action: Reply, reddit_url: str) -> ActionResult:
    conversation = modmail_conversation(action.target_id)
    if conversation is not None:
        # Any subreddit works here: the conversation id alone names the conversation.
        modmail = reddit.subreddit("all").modmail(conversation)
        message = modmail.reply(body=action.text, internal=action.internal)
        message_id = str(vars(message).get("id", ""))
        return ActionResult(
            external_id=f"{modmail_thread_id(conversation)}/{message_id}",
            url=f"https://mod.reddit.com/mail/all/{conversation}",
            message="Internal note added" if action.internal else "Reply sent",
        )
    if action.internal:
        raise PermissionDenied("Reddit has internal notes only in modmail.")
    comment = _target(reddit, action.target_id).reply(body=action.text)
    data = vars(comment) if comment is not None else {}
    return ActionResult(
        external_id=str(data.get("name") or ""),
        url=f"{reddit_url}{data.get('permalink', '')}" if data.get("permalink") else "",
        message="Reply sent",
    )


def _moderate(reddit: praw.Reddit, action: Moderate) -> ActionResult:
    mod = _target(reddit, action.target_id).mod
    if action.action is ModAction.APPROVE:
        mod.approve()
    elif action.action is ModAction.REMOVE:
        # The reason is kept as the removal's moderator note; the message goes to the author.
        mod.remove(mod_note=action.reason[:100]) if action.reason else mod.remove()
        if action.message:
            mod.send_removal_message(message=action.message, title="Removed", type="public")
    elif action.action is ModAction.SPAM:
        mod.remove(spam=True)
    elif action.action is ModAction.LOCK:
        mod.lock()
    elif action.action is ModAction.UNLOCK:
        mod.unlock()
    else:
        raise PermissionDenied(f"Reddit has no “{action.action}” action.")
    return ActionResult(message=f"{action.action.value} done")
