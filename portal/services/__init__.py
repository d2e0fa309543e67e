"""Services of the site shell: places, the geography, and the portal's content."""

from portal.services.content import (
    CONTENT_FIXTURES,
    ContentImportError,
    DeletedItem,
    content_export,
    content_import,
    content_load,
    content_publish,
    content_restore,
    deleted_content,
    exported_models,
)
from portal.services.geography import GEO_FIXTURES, LoadReport, geography_load
from portal.services.places import PlaceResolution, PlaceSuggestion, place_resolve

__all__ = [
    "CONTENT_FIXTURES",
    "GEO_FIXTURES",
    "ContentImportError",
    "DeletedItem",
    "LoadReport",
    "PlaceResolution",
    "PlaceSuggestion",
    "content_export",
    "content_import",
    "content_load",
    "content_publish",
    "content_restore",
    "deleted_content",
    "exported_models",
    "geography_load",
    "place_resolve",
]
