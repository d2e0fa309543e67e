from django.apps import AppConfig


class WorkplacesConfig(AppConfig):
    name = "workplaces"
    verbose_name = "Werkplekken bij werkgevers"

    def ready(self):
        from portal import dashboard, panels
        from workplaces import panels as workplace_panels

        for slot, panel in workplace_panels.PANELS:
            panels.register(slot, panel)
        dashboard.register_start_page(workplace_panels.employer_start_page)
