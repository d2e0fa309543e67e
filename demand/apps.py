from django.apps import AppConfig


class DemandConfig(AppConfig):
    name = "demand"
    verbose_name = "Vraag naar opleidingen"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from demand import panels as demand_panels
        from portal import panels

        panels.register("search", demand_panels.near_search)
        panels.register("planner", demand_panels.near_planner)
        panels.register("route", demand_panels.on_route)
        panels.register("provider_start", demand_panels.on_provider_start)
        panels.register("staff_dashboard", demand_panels.on_staff_dashboard)
