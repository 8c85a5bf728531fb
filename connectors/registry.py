"""Connector discovery: entry points plus a user plugin folder, with isolation.

Built-ins are declared as entry points of this distribution, so they are found exactly like
pip-installed plugins. The frozen app cannot see entry points of packages installed later,
so plugins can also be dropped into a folder: each ``*.py`` file or package there that
defines ``CONNECTOR`` (a Connector subclass) is loaded. A plugin that fails to import, raises,
or declares an unsupported API version is recorded with its reason and skipped.
"""

from __future__ import annotations

import enum
import importlib.util
import logging
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from connectors.api import API_MAJOR, Connector

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "workbench.connectors"

# Used when the distribution's metadata is not available (the frozen app).
BUILT_INS: dict[str, str] = {
    "demo": "connectors.demo:DemoConnector",
    "reddit": "connectors.reddit:RedditConnector",
    "facebook": "connectors.facebook:FacebookConnector",
    "linkedin": "connectors.linkedin:LinkedInConnector",
}


class PluginState(enum.StrEnum):
    LOADED = "loaded"
    INCOMPATIBLE = "incompatible"
    FAILED = "failed"


@dataclass(frozen=True)
class PluginInfo:
    id: str
    source: str
    state: PluginState
    reason: str = ""
    connector: type[Connector] | None = None

    @property
    def display_name(self) -> str:
        return self.connector.display_name if self.connector else self.id

    @property
    def version(self) -> str:
        return self.connector.version if self.connector else "?"

    @property
    def api_versions(self) -> str:
        if self.connector is None:
            return "?"
        return ",".join(str(v) for v in self.connector.api_versions)


def _check(plugin_id: str, source: str, obj: object) -> PluginInfo:
    if not (isinstance(obj, type) and issubclass(obj, Connector)):
        return PluginInfo(plugin_id, source, PluginState.FAILED, "not a Connector subclass")
    try:
        declared_id = obj.id
        obj.display_name  # noqa: B018 - the declaration must exist
        versions = tuple(obj.api_versions)
    except Exception as error:  # a malformed declaration (missing, or api_versions = 1)
        return PluginInfo(plugin_id, source, PluginState.FAILED, f"bad declaration: {error}")
    if API_MAJOR not in versions:
        reason = f"supports plugin API {versions}, this app provides {API_MAJOR}"
        return PluginInfo(declared_id, source, PluginState.INCOMPATIBLE, reason, obj)
    return PluginInfo(declared_id, source, PluginState.LOADED, "", obj)


def _from_entry_point(ep: EntryPoint) -> PluginInfo:
    dist = ep.dist.name if ep.dist else "unknown"
    source = "built-in" if ep.value.startswith("connectors.") else f"package {dist}"
    try:
        obj = ep.load()
    except Exception as error:  # a plugin may raise anything: isolate it
        log.warning("connector %s failed to load: %s", ep.name, error)
        log.debug("connector %s import failure", ep.name, exc_info=True)
        return PluginInfo(ep.name, source, PluginState.FAILED, f"{type(error).__name__}: {error}")
    return _check(ep.name, source, obj)


def _from_path(path: Path) -> PluginInfo:
    name = path.stem
    module_name = f"workbench_user_plugins.{name}"
    try:
        target = path / "__init__.py" if path.is_dir() else path
        spec = importlib.util.spec_from_file_location(
            module_name, target, submodule_search_locations=[str(path)] if path.is_dir() else None
        )
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
        obj = getattr(module, "CONNECTOR")  # noqa: B009 - name the attribute in the error
    except Exception as error:
        sys.modules.pop(module_name, None)
        log.warning("plugin %s failed to load: %s", path, error)
        log.debug("plugin %s import failure", path, exc_info=True)
        return PluginInfo(
            name, f"folder {path}", PluginState.FAILED, f"{type(error).__name__}: {error}"
        )
    return _check(name, f"folder {path}", obj)


def _entry_points() -> list[EntryPoint]:
    # Imported here: importlib.metadata (and zipp) cost the start some 30 ms otherwise.
    from importlib.metadata import EntryPoint, entry_points

    found = list(entry_points(group=ENTRY_POINT_GROUP))
    names = {ep.name for ep in found}
    for name, value in BUILT_INS.items():
        if name not in names:
            found.append(EntryPoint(name=name, value=value, group=ENTRY_POINT_GROUP))
    return found


def discover(plugin_dirs: Iterable[Path] = ()) -> list[PluginInfo]:
    """Find every connector. Never raises: failures come back as FAILED entries."""
    plugins = [_from_entry_point(ep) for ep in _entry_points()]
    for folder in plugin_dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith(("_", ".")):
                continue
            if path.suffix == ".py" or (path / "__init__.py").is_file():
                plugins.append(_from_path(path))
    seen: set[str] = set()
    unique = []
    for plugin in plugins:  # the first one found wins: built-ins cannot be shadowed
        if plugin.id in seen:
            log.warning(
                "connector id %s found twice; keeping the first (%s)", plugin.id, plugin.source
            )
            continue
        seen.add(plugin.id)
        unique.append(plugin)
    return unique


class Registry:
    """The connectors this app run can use, by id."""

    def __init__(
        self, plugins: list[PluginInfo] | None = None, plugin_dirs: Iterable[Path] = ()
    ) -> None:
        self._plugins = plugins  # None: discovered from plugin_dirs on first use
        self._dirs = list(plugin_dirs)
        self._lock = threading.Lock()  # a worker and the GUI thread may ask first together

    @classmethod
    def discover(cls, plugin_dirs: Iterable[Path] = ()) -> Registry:
        return cls(discover(plugin_dirs))

    @classmethod
    def on_first_use(cls, plugin_dirs: Iterable[Path] = ()) -> Registry:
        """Discovers when first asked: importing every connector (and what they import)
        kept the window waiting at start for what only a sync or the Accounts pane needs."""
        return cls(None, plugin_dirs)

    @property
    def plugins(self) -> list[PluginInfo]:
        if self._plugins is None:
            with self._lock:
                if self._plugins is None:
                    self._plugins = discover(self._dirs)
        return self._plugins

    def loaded(self) -> list[type[Connector]]:
        return [p.connector for p in self.plugins if p.state is PluginState.LOADED and p.connector]

    def get(self, connector_id: str) -> type[Connector] | None:
        for plugin in self.plugins:
            if plugin.id == connector_id and plugin.state is PluginState.LOADED:
                return plugin.connector
        return None

    def info(self, connector_id: str) -> PluginInfo | None:
        return next((p for p in self.plugins if p.id == connector_id), None)
