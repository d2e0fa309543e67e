from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.contrib.auth.signals import user_login_failed


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = "Portaal en geografie"

    def ready(self):
        # Imported here: portal.security needs the models, which are loaded only now.
        from portal.security import login_failure_record

        user_login_failed.connect(login_failure_record, dispatch_uid="portal-login-failure-record")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the back office's own site (its home page shows what needs care)."""

    default = False  # `portal` itself is PortalConfig; this one is named in INSTALLED_APPS
    default_site = "portal.admin_site.PortalAdminSite"
