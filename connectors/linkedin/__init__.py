"""LinkedIn: organization pages over the Community Management API, the data export, and
manual assist for groups (LinkedIn has no Groups API).

The declaration below is all the host reads to list and check the plugin.
"""

from __future__ import annotations

from connectors.api import QT_TRANSLATE_NOOP, Capability, FieldKind, SettingField
from connectors.linkedin.connector import LinkedInConnectorBase

# LinkedIn retires a version about a year after release; 426 answers say when to move on.
DEFAULT_LINKEDIN_VERSION = "202610"


class LinkedInConnector(LinkedInConnectorBase):
    id = "linkedin"
    display_name = "LinkedIn"
    version = "1.0"
    api_versions = (1,)
    platform = "linkedin"
    capabilities = frozenset(
        {
            Capability.READ,
            Capability.REPLY,
            Capability.MANUAL_ASSIST,
            Capability.IMPORT_ARCHIVE,
        }
    )
    settings_fields = (
        SettingField(
            "organization_id",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Organization ID"),
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "The number in the organization page's admin address. Leave empty for an "
                "account that only holds data exports and manual-assist replies.",
            ),
        ),
        SettingField(
            "access_token",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Access token"),
            secret=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "A token with r_organization_social and w_organization_social."
            ),
        ),
        SettingField(
            "token_expires_at",
            QT_TRANSLATE_NOOP("ConnectorSettings", "Token expires on"),
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings",
                "YYYY-MM-DD. LinkedIn tokens last 60 days; you are warned a week before.",
            ),
        ),
        SettingField(
            "linkedin_version",
            QT_TRANSLATE_NOOP("ConnectorSettings", "LinkedIn API version"),
            default=DEFAULT_LINKEDIN_VERSION,
            advanced=True,
            help=QT_TRANSLATE_NOOP(
                "ConnectorSettings", "YYYYMM, sent as the LinkedIn-Version header."
            ),
        ),
        SettingField(
            "api_url",
            QT_TRANSLATE_NOOP("ConnectorSettings", "LinkedIn API address"),
            FieldKind.URL,
            default="https://api.linkedin.com",
            advanced=True,
        ),
    )


__all__ = ["LinkedInConnector"]
