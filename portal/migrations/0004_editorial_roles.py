"""The editorial roles as groups: Redacteur (writes, cannot publish or delete) and Hoofdredacteur.

Superusers are for operators only. A model added later needs a migration that extends these groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_APPS = ["portal", "qualifications", "trajectories", "incentives"]
REFERENCE_MODELS = {"province", "municipality", "formermunicipality", "postallocality", "linkcheck"}


def groups_create(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups can get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(app_label, actions, exclude=()):
        found = Permission.objects.filter(content_type__app_label=app_label)
        return [
            p
            for p in found
            if p.codename.split("_", 1)[0] in actions
            and p.codename.split("_", 1)[1] not in exclude
            and not p.codename.split("_", 1)[1].startswith("historical")
        ]

    editor, _ = Group.objects.get_or_create(name="Redacteur")
    chief, _ = Group.objects.get_or_create(name="Hoofdredacteur")
    editor_perms, chief_perms = [], []
    for app_label in CONTENT_APPS:
        exclude = {"user"} | (REFERENCE_MODELS if app_label == "portal" else set())
        editor_perms += perms(app_label, {"add", "change", "view"}, exclude)
        chief_perms += perms(app_label, {"add", "change", "delete", "view"}, exclude)
    reference_view = [
        p for p in perms("portal", {"view"}) if p.codename.split("_", 1)[1] in REFERENCE_MODELS
    ]
    editor_perms += reference_view
    chief_perms += reference_view
    preview = Permission.objects.get(codename="preview_content", content_type__app_label="portal")
    publish = Permission.objects.get(codename="publish_content", content_type__app_label="portal")
    users = perms("portal", {"add", "change", "delete", "view"})
    users = [p for p in users if p.codename.endswith("_user")]
    groups_view = Permission.objects.filter(content_type__app_label="auth", codename="view_group")
    editor.permissions.set([*editor_perms, preview])
    chief.permissions.set([*chief_perms, preview, publish, *users, *groups_view])


def groups_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Redacteur", "Hoofdredacteur"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_history_and_checks"),
        ("qualifications", "0002_history_and_checks"),
        ("trajectories", "0004_history_and_checks"),
        ("incentives", "0002_history_and_checks"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(groups_create, groups_delete)]
