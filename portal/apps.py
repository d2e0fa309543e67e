from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = "Portaal en geografie"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from portal.caching import connect_signals
        from portal.sessions import session_start

        connect_signals()
        user_logged_in.connect(session_start, dispatch_uid="portal.sessions")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the back office's own site (its home page shows what needs care)."""

    default = False  # `portal` itself is PortalConfig; this one is named in INSTALLED_APPS
    default_site = "portal.admin_site.PortalAdminSite"
