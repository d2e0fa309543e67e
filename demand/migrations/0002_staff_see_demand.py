"""Sector staff (Redacteur, Hoofdredacteur) see the demand: the overview and the rows, read-only.

An Aanbieder does not: it sees only the pooled requests near its own campuses, on its start page.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SEE_DEMAND = ["view_trainingrequest", "view_unansweredsearch"]
ROLES = ["Redacteur", "Hoofdredacteur"]


def roles_extend(apps, schema_editor):
    app_config = apps.get_app_config("demand")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    see = Permission.objects.filter(content_type__app_label="demand", codename__in=SEE_DEMAND)
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*see)


def roles_shrink(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    see = Permission.objects.filter(content_type__app_label="demand", codename__in=SEE_DEMAND)
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*see)


class Migration(migrations.Migration):
    dependencies = [
        ("demand", "0001_initial"),
        ("portal", "0006_provider_role"),
    ]

    operations = [migrations.RunPython(roles_extend, roles_shrink)]
