"""The trajectories app: routes into the job and the map of who teaches them where. On start it
registers what it adds to the back office's home page (`portal.dashboard`, `portal.panels`)."""

from django.apps import AppConfig


class TrajectoriesConfig(AppConfig):
    name = "trajectories"
    verbose_name = "Trajecten, aanbieders en aanbod"

    def ready(self):
        from portal import dashboard, panels
        from trajectories.admin import dashboard as own

        dashboard.register_lists(own.attention_lists)
        dashboard.register_start_page(own.provider_start_page)
        panels.register("staff_dashboard", own.review_panel)
