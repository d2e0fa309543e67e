"""The incentives app: premiums and subsidies. On start it registers its lists on the back
office's dashboard (`portal.dashboard`)."""

from django.apps import AppConfig


class IncentivesConfig(AppConfig):
    name = "incentives"
    verbose_name = "Premies en subsidies"

    def ready(self):
        from incentives.dashboard import attention_lists
        from portal import dashboard

        dashboard.register_lists(attention_lists)
