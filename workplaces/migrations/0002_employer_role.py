"""The Werkgever role, made like the Aanbieder role (portal 0006), and the review rights of the
editorial roles over employers.

A Werkgever keeps the places of the employers it is tied to (`Employer.editors`): it sees and
changes only those rows; its first publication and a new name or KBO number wait for a Redacteur
or Hoofdredacteur. It cannot publish, delete, or see accounts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EMPLOYER_ROLE = [
    "keep_own_places",
    "view_employer",
    "change_employer",
    "view_site",
    "add_site",
    "change_site",
    "view_placeoffer",
    "add_placeoffer",
    "change_placeoffer",
    "view_employerreview",
    "view_contactmessage",
]
REVIEW = [
    "review_employer",
    "view_employer",
    "add_employer",
    "change_employer",
    "view_site",
    "change_site",
    "view_placeoffer",
    "change_placeoffer",
    "view_employerreview",
    "view_contactmessage",
]
HEAD_ONLY = ["delete_employer", "delete_site", "delete_placeoffer", "delete_contactmessage"]


def roles_extend(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codenames):
        return list(
            Permission.objects.filter(content_type__app_label="workplaces", codename__in=codenames)
        )

    role, _ = Group.objects.get_or_create(name="Werkgever")
    role.permissions.set(perms(EMPLOYER_ROLE))
    for name, extra in [("Redacteur", []), ("Hoofdredacteur", HEAD_ONLY)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms([*REVIEW, *extra]))


def roles_shrink(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Werkgever").delete()
    ours = Permission.objects.filter(content_type__app_label="workplaces")
    for group in Group.objects.filter(name__in=["Redacteur", "Hoofdredacteur"]):
        group.permissions.remove(*ours)


class Migration(migrations.Migration):
    dependencies = [
        ("workplaces", "0001_initial"),
        ("portal", "0006_provider_role"),
        ("portal", "0009_resource_end_date"),
    ]

    operations = [migrations.RunPython(roles_extend, roles_shrink)]
