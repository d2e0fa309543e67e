from django.apps import AppConfig


class WorkplacesConfig(AppConfig):
    name = "workplaces"
    verbose_name = "Werkplekken bij werkgevers"

    def ready(self):
        from portal import panels
        from workplaces import panels as workplace_panels

        for slot, panel in workplace_panels.PANELS:
            panels.register(slot, panel)
