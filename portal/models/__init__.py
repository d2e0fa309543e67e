"""Models of the site shell: accounts and the base of all content (`base`), geography
(`geography`), the shell's own content (`content`) and what the site keeps about itself
(`records`)."""

from portal.models.base import PublishableModel, PublishableQuerySet, TimestampedModel, User
from portal.models.content import ContactOrganisation, Resource, Term, TextBlock
from portal.models.geography import (
    FormerMunicipality,
    FormerNisCode,
    Municipality,
    PostalLocality,
    Province,
    Region,
)
from portal.models.records import ContentVersion, ImportRecord, LinkCheck, RateLimitHit

__all__ = [
    "ContactOrganisation",
    "ContentVersion",
    "FormerMunicipality",
    "FormerNisCode",
    "ImportRecord",
    "LinkCheck",
    "Municipality",
    "PostalLocality",
    "Province",
    "PublishableModel",
    "PublishableQuerySet",
    "RateLimitHit",
    "Region",
    "Resource",
    "Term",
    "TextBlock",
    "TimestampedModel",
    "User",
]
