"""A plugin whose platform library is not installed: importing it fails."""

from __future__ import annotations

import workbench_test_no_such_platform_sdk  # noqa: F401 - the missing dependency is the point

from connectors import api


class NeverLoaded(api.Connector):
    id = "broken_import"
    display_name = "Never loaded"


CONNECTOR = NeverLoaded
