"""Plugin discovery: broken plugins are isolated with a reason, good ones load, built-ins win."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from plugins.support import install

from connectors.registry import PluginState, Registry, discover
from workbench.core.workspace import Workspace

BAD = ("broken_import", "raises_at_import", "incompatible")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "shadow_demo", *BAD)
    return folder


def by_id(registry: Registry) -> dict[str, object]:
    return {p.id: p for p in registry.plugins}


def test_folder_plugin_loads_through_discovery(workspace: Workspace) -> None:
    info = workspace.registry.info("scripted")
    assert info is not None
    assert info.state is PluginState.LOADED
    assert info.source == f"folder {workspace.plugin_dir / 'scripted.py'}"
    assert info.version == "2.1"
    assert info.api_versions == "1"
    cls = workspace.registry.get("scripted")
    assert cls is not None and cls.display_name == "Scripted test platform"
    assert cls in workspace.registry.loaded()


def test_plugin_that_fails_to_import_is_listed_with_its_reason(workspace: Workspace) -> None:
    info = workspace.registry.info("broken_import")
    assert info is not None
    assert info.state is PluginState.FAILED
    assert "ModuleNotFoundError" in info.reason
    assert "workbench_test_no_such_platform_sdk" in info.reason
    assert workspace.registry.get("broken_import") is None


def test_plugin_that_raises_at_import_is_listed_with_its_reason(workspace: Workspace) -> None:
    info = workspace.registry.info("raises_at_import")
    assert info is not None
    assert info.state is PluginState.FAILED
    assert info.reason == "RuntimeError: the plugin could not read its licence file"
    assert workspace.registry.get("raises_at_import") is None


def test_incompatible_plugin_is_listed_and_not_usable(workspace: Workspace) -> None:
    info = workspace.registry.info("future")
    assert info is not None
    assert info.state is PluginState.INCOMPATIBLE
    assert "99" in info.reason and "1" in info.reason
    assert info.display_name == "From the future"
    assert workspace.registry.get("future") is None


def test_bad_plugins_do_not_stop_the_app(workspace: Workspace) -> None:
    # The built-in demo and the good folder plugin are both usable next to three bad ones.
    demo = workspace.ensure_demo_account()
    assert workspace.accounts.get(demo).connector_name == "Demo communities"
    assert workspace.registry.get("scripted") is not None


def test_failures_are_logged_with_the_plugin(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="connectors.registry"):
        discover([data_dir / "plugins"])
    text = caplog.text
    assert "broken_import.py failed to load" in text
    assert "raises_at_import.py failed to load" in text


def test_built_in_cannot_be_shadowed(workspace: Workspace) -> None:
    demo = workspace.registry.info("demo")
    assert demo is not None
    assert demo.source == "built-in"
    assert demo.display_name == "Demo communities"
    assert [p.id for p in workspace.registry.plugins].count("demo") == 1
    cls = workspace.registry.get("demo")
    assert cls is not None and cls.version != "666"


def test_missing_plugin_folder_is_fine(tmp_path: Path) -> None:
    plugins = discover([tmp_path / "nowhere"])
    assert any(p.id == "demo" and p.state is PluginState.LOADED for p in plugins)


def test_account_of_a_failed_plugin_says_why(workspace: Workspace) -> None:
    from workbench.core.accounts.service import AccountError

    with pytest.raises(AccountError, match="not available: RuntimeError: the plugin could not"):
        workspace.accounts.add("raises_at_import", "Broken", {})


def test_package_plugin_and_malformed_plugins(tmp_path: Path) -> None:
    from plugins.support import PLUGINS

    folder = tmp_path / "plugins"
    package = folder / "packaged"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text((PLUGINS / "midstream.py").read_text())
    (folder / "no_connector.py").write_text("VALUE = 1\n")
    (folder / "wrong_type.py").write_text("CONNECTOR = dict\n")
    (folder / "_private.py").write_text("raise SystemExit('must not be imported')\n")
    (folder / "notes.txt").write_text("not a plugin")
    plugins = {p.id: p for p in discover([folder])}
    assert plugins["midstream"].state is PluginState.LOADED
    assert plugins["midstream"].source == f"folder {package}"
    assert plugins["no_connector"].state is PluginState.FAILED
    assert "has no attribute 'CONNECTOR'" in plugins["no_connector"].reason
    assert (plugins["wrong_type"].state, plugins["wrong_type"].reason) == (
        PluginState.FAILED,
        "not a Connector subclass",
    )
    assert "_private" not in plugins and "notes" not in plugins


def test_entry_point_plugin_failures_are_isolated() -> None:
    from importlib.metadata import EntryPoint

    from connectors.registry import ENTRY_POINT_GROUP, _from_entry_point

    missing = _from_entry_point(
        EntryPoint("mastodon", "workbench_mastodon_plugin:Connector", ENTRY_POINT_GROUP)
    )
    assert missing.state is PluginState.FAILED
    assert missing.source == "package unknown"
    assert "No module named 'workbench_mastodon_plugin'" in missing.reason
    demo = _from_entry_point(EntryPoint("demo", "connectors.demo:DemoConnector", ENTRY_POINT_GROUP))
    assert (demo.state, demo.source) == (PluginState.LOADED, "built-in")


def test_a_malformed_declaration_fails_that_plugin_only(tmp_path: Path) -> None:
    from workbench.core.workspace import Workspace

    plugins = tmp_path / "ws" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "bad_versions.py").write_text(
        "from connectors.api import Connector\n"
        "class Bad(Connector):\n"
        "    id = 'bad-versions'\n"
        "    display_name = 'Bad'\n"
        "    api_versions = 1  # not a tuple\n"
        "CONNECTOR = Bad\n"
    )
    workspace = Workspace.open(tmp_path / "ws")  # the app still opens
    try:
        info = workspace.registry.info("bad_versions")
        assert info is not None and info.state.value == "failed"
        assert "bad declaration" in info.reason
        assert workspace.registry.get("demo") is not None
    finally:
        workspace.close()


def test_the_workspace_discovers_on_first_use_once(tmp_path: Path) -> None:
    """Opening a workspace imports no plugin (the window does not wait for them); the first
    question imports each once, even when two threads ask together."""
    from plugins.support import PLUGINS

    folder = tmp_path / "ws" / "plugins"
    folder.mkdir(parents=True)
    marker = tmp_path / "imported"
    source = (PLUGINS / "midstream.py").read_text()
    (folder / "counted.py").write_text(
        f"{source}\nwith open({str(marker)!r}, 'a') as seen:\n    seen.write('x')\n"
    )
    workspace = Workspace.open(tmp_path / "ws")
    try:
        assert not marker.exists()
        with ThreadPoolExecutor(4) as pool:
            found = list(pool.map(lambda _: workspace.registry.plugins, range(4)))
        assert all(plugins is found[0] for plugins in found)
        assert marker.read_text() == "x"
        assert workspace.registry.get("midstream") is not None
        assert marker.read_text() == "x"
    finally:
        workspace.close()
