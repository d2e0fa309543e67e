"""The editorial roles keep the glossary too: a Redacteur adds and edits terms, a Hoofdredacteur
also deletes them (publishing is the site-wide right the roles already have or lack)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = ["add_term", "change_term", "view_term"]
CHIEF = [*EDITOR, "delete_term"]


def roles_extend(apps, schema_editor):
    # Permissions are normally made after all migrations; make the glossary's now.
    app_config = apps.get_app_config("portal")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codenames):
        return Permission.objects.filter(content_type__app_label="portal", codename__in=codenames)

    for name, codenames in [("Redacteur", EDITOR), ("Hoofdredacteur", CHIEF)]:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*perms(codenames))


def roles_shrink(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label="portal", codename__in=CHIEF)
    for group in Group.objects.filter(name__in=["Redacteur", "Hoofdredacteur"]):
        group.permissions.remove(*found)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_provider_role"),
        ("portal", "0010_glossary_terms"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(roles_extend, roles_shrink)]
