"""The Aanbieder role, made like the editorial roles (0004), and the review rights of those roles.

An Aanbieder keeps the offer of the providers it is tied to (`Provider.editors`): it sees and
changes only those rows, and its changes wait as proposals until a Redacteur or Hoofdredacteur
accepts them. It cannot publish, delete, or see accounts.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PROVIDER_ROLE = {
    "trajectories": [
        "keep_own_offer",
        "view_provider",
        "change_provider",
        "view_location",
        "change_location",
        "view_offering",
        "add_offering",
        "change_offering",
        "view_proposal",
        "view_report",
        "change_report",
    ],
}
REVIEW = ["review_proposal", "view_proposal", "change_proposal", "view_report", "change_report"]


def roles_extend(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codenames):
        return list(
            Permission.objects.filter(
                content_type__app_label="trajectories", codename__in=codenames
            )
        )

    provider_role, _ = Group.objects.get_or_create(name="Aanbieder")
    provider_role.permissions.set(perms(PROVIDER_ROLE["trajectories"]))
    for name, extra in [("Redacteur", []), ("Hoofdredacteur", ["delete_report"])]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*perms([*REVIEW, *extra]))


def roles_shrink(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Aanbieder").delete()
    review = Permission.objects.filter(
        content_type__app_label="trajectories", codename__in=[*REVIEW, "delete_report"]
    )
    for group in Group.objects.filter(name__in=["Redacteur", "Hoofdredacteur"]):
        group.permissions.remove(*review)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_editorial_roles"),
        ("portal", "0005_former_nis_codes"),
        ("trajectories", "0008_provider_proposals_reports_enrolment"),
    ]

    operations = [migrations.RunPython(roles_extend, roles_shrink)]
