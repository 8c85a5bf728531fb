"""Test helpers for connector authors: local fake platform servers speaking the real wire format,
and the contract suite every connector passes.

``connectors.testing.reddit_server.FakeReddit`` is a fake Reddit for praw-based code. The
servers bind 127.0.0.1 on a free port, record every request, and fail on demand.
``connectors.testing.contract.ConnectorContract`` checks a connector against the plugin
contract (docs/plugins.md, "Test").
"""
