"""Keep the links (Premium) in each version of the history, so that undoing a
change restores them; every existing item gets a version with its links as they are now."""

import django.db.models.deletion
import simple_history.models
from django.db import migrations, models

from portal.history import links_history_start


def start(apps, schema_editor):
    links_history_start(apps, "incentives", ["Premium"])


class Migration(migrations.Migration):
    dependencies = [
        ("incentives", "0004_premium_outcomes_and_mentors"),
        ("trajectories", "0011_provider_contact_and_place_sources"),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalPremium_excluded_routes",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("m2m_history_id", models.AutoField(primary_key=True, serialize=False)),
                (
                    "history",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        to="incentives.historicalpremium",
                    ),
                ),
                (
                    "premium",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="incentives.premium",
                    ),
                ),
                (
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                    ),
                ),
            ],
            options={
                "verbose_name": "HistoricalPremium_excluded_routes",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPremium_routes",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("m2m_history_id", models.AutoField(primary_key=True, serialize=False)),
                (
                    "history",
                    models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        to="incentives.historicalpremium",
                    ),
                ),
                (
                    "premium",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="incentives.premium",
                    ),
                ),
                (
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                    ),
                ),
            ],
            options={
                "verbose_name": "HistoricalPremium_routes",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(start, migrations.RunPython.noop),
    ]
