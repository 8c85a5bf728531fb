"""Facebook: Pages over the Graph API, groups through archives and manual assist.

The declaration below is all the host reads to list and check the plugin.
"""

from __future__ import annotations

from connectors.api import QT_TRANSLATE_NOOP, Capability, FieldKind, SettingField
from connectors.facebook.connector import FacebookConnectorBase

DEFAULT_GRAPH_VERSION = "v23.0"


class FacebookConnector(FacebookConnectorBase):
    id = "facebook"
    display_name = "Facebook"
    version = "1.0"
    api_versions = (1,)
    platform = "facebook"
    capabilities = frozenset(
        {
            Capability.READ,
            Capability.REPLY,
            Capability.MODERATE,
            Capability.MANUAL_ASSIST,
            Capability.IMPORT_ARCHIVE,
        }
    )
    settings_fields = (
        SettingField(
            "page_id",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Page ID"),
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "The numeric id of the Facebook Page to read. Leave empty for an account "
                "that only holds group archives and manual-assist replies.",
            ),
        ),
        SettingField(
            "access_token",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Page access token"),
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "A Page access token with pages_read_engagement and pages_manage_engagement.",
            ),
        ),
        SettingField(
            "graph_version",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Graph API version"),
            default=DEFAULT_GRAPH_VERSION,
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "Graph versions expire about two years after release."
            ),
        ),
        SettingField(
            "graph_url",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Graph API address"),
            FieldKind.URL,
            default="https://graph.facebook.com",
            advanced=True,
        ),
    )


__all__ = ["FacebookConnector"]
