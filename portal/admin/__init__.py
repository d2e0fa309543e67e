"""The back office of the site shell: accounts, geography and the shell's content, the base every
content admin builds on (`base`) and the invitation page of providers and employers
(`invitations`). The admin site itself (its home page, content export and import,
"gecontroleerd") is `portal.admin_site`: the site is made while admins register, so it lives
outside this package."""

from portal.admin import accounts, content, geography  # noqa: F401 (they register their admins)
from portal.admin.base import (
    HistoryAdmin,
    HistoryInline,
    PartHistoryAdmin,
    PublishableAdmin,
    PublishableInlineMixin,
    live_status,
    may_publish,
)

__all__ = [
    "HistoryAdmin",
    "HistoryInline",
    "PartHistoryAdmin",
    "PublishableAdmin",
    "PublishableInlineMixin",
    "live_status",
    "may_publish",
]
