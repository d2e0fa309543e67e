"""Keep the links (StudyProgramme) in each version of the history, so that undoing a
change restores them; every existing item gets a version with its links as they are now."""

import django.db.models.deletion
import simple_history.models
from django.db import migrations, models

from portal.history import links_history_start


def start(apps, schema_editor):
    links_history_start(apps, "qualifications", ["StudyProgramme"])


class Migration(migrations.Migration):
    dependencies = [
        ("qualifications", "0005_qualifying_titles_and_timeline_caveats"),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalStudyProgramme_professional_qualifications",
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
                        to="qualifications.historicalstudyprogramme",
                    ),
                ),
                (
                    "professionalqualification",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.professionalqualification",
                    ),
                ),
                (
                    "studyprogramme",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.studyprogramme",
                    ),
                ),
            ],
            options={
                "verbose_name": "HistoricalStudyProgramme_professional_qualifications",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.RunPython(start, migrations.RunPython.noop),
    ]
