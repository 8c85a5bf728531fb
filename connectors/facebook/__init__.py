"""Facebook: Pages over the Graph API, groups through archives and manual assist.

The declaration below is all the host reads to list and check the plugin.
"""

from __future__ import annotations

from connectors.api import Capability, FieldKind, SettingField
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
            "Page ID",
            help="The numeric id of the Facebook Page to read. Leave empty for an account "
            "that only holds group archives and manual-assist replies.",
        ),
        SettingField(
            "access_token",
            "Page access token",
            secret=True,
            help="A Page access token with pages_read_engagement and pages_manage_engagement.",
        ),
        SettingField(
            "graph_version",
            "Graph API version",
            default=DEFAULT_GRAPH_VERSION,
            advanced=True,
            help="Graph versions expire about two years after release.",
        ),
        SettingField(
            "graph_url",
            "Graph API address",
            FieldKind.URL,
            default="https://graph.facebook.com",
            advanced=True,
        ),
    )


__all__ = ["FacebookConnector"]
