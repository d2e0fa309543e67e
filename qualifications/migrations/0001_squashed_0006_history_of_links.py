"""The qualifications' models as the migrations 0001-0006 left them, in one migration: a new
database is made in a fraction of the time. The data steps of 0003 and 0006 change existing rows
only, and a new database has none. The replaced migrations stay until every installation has
applied them."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("qualifications", "0001_initial"),
        ("qualifications", "0002_history_and_checks"),
        ("qualifications", "0003_timeline_told_against_today"),
        ("qualifications", "0004_qualification_uncertainty"),
        ("qualifications", "0005_qualifying_titles_and_timeline_caveats"),
        ("qualifications", "0006_history_of_links"),
    ]

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="EducationQualification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=20, unique=True, verbose_name="slug")),
                (
                    "code",
                    models.CharField(
                        help_text="Bv. OK3 of OK4.", max_length=10, unique=True, verbose_name="code"
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                ("description", models.TextField(blank=True, verbose_name="uitleg")),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
            ],
            options={
                "verbose_name": "onderwijskwalificatie",
                "verbose_name_plural": "onderwijskwalificaties",
                "ordering": ["code"],
            },
        ),
        migrations.CreateModel(
            name="Finality",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=40, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=80, verbose_name="naam")),
                (
                    "structure",
                    models.CharField(
                        choices=[
                            ("oud", "Voor de modernisering"),
                            ("nieuw", "Na de modernisering"),
                        ],
                        max_length=5,
                        verbose_name="structuur",
                    ),
                ),
                (
                    "diploma",
                    models.CharField(
                        blank=True,
                        help_text="Welk diploma, en wanneer, bv. 'Diploma secundair onderwijs (OK3) na 6 jaar'.",
                        max_length=120,
                        verbose_name="diploma",
                    ),
                ),
                (
                    "points",
                    models.TextField(
                        blank=True,
                        help_text="Markdown-lijstje met wat deze finaliteit kenmerkt voor de kinderopvang.",
                        verbose_name="kenmerken",
                    ),
                ),
                (
                    "links",
                    models.TextField(
                        blank=True,
                        help_text="Eén link per regel: de studiefiches waar de bron naar verwijst.",
                        verbose_name="studiefiches",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "education_qualification",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="finalities",
                        to="qualifications.educationqualification",
                        verbose_name="onderwijskwalificatie",
                    ),
                ),
                (
                    "successor",
                    models.OneToOneField(
                        blank=True,
                        help_text="Bij een oude onderwijsvorm: de finaliteit die haar vervangt in de matrix.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="predecessor",
                        to="qualifications.finality",
                        verbose_name="vervangen door",
                    ),
                ),
            ],
            options={
                "verbose_name": "finaliteit",
                "verbose_name_plural": "finaliteiten",
                "ordering": ["position", "name"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalEducationQualification",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=20, verbose_name="slug")),
                (
                    "code",
                    models.CharField(
                        db_index=True,
                        help_text="Bv. OK3 of OK4.",
                        max_length=10,
                        verbose_name="code",
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                ("description", models.TextField(blank=True, verbose_name="uitleg")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical onderwijskwalificatie",
                "verbose_name_plural": "historical onderwijskwalificaties",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalFinality",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=40, verbose_name="slug")),
                ("name", models.CharField(max_length=80, verbose_name="naam")),
                (
                    "structure",
                    models.CharField(
                        choices=[
                            ("oud", "Voor de modernisering"),
                            ("nieuw", "Na de modernisering"),
                        ],
                        max_length=5,
                        verbose_name="structuur",
                    ),
                ),
                (
                    "diploma",
                    models.CharField(
                        blank=True,
                        help_text="Welk diploma, en wanneer, bv. 'Diploma secundair onderwijs (OK3) na 6 jaar'.",
                        max_length=120,
                        verbose_name="diploma",
                    ),
                ),
                (
                    "points",
                    models.TextField(
                        blank=True,
                        help_text="Markdown-lijstje met wat deze finaliteit kenmerkt voor de kinderopvang.",
                        verbose_name="kenmerken",
                    ),
                ),
                (
                    "links",
                    models.TextField(
                        blank=True,
                        help_text="Eén link per regel: de studiefiches waar de bron naar verwijst.",
                        verbose_name="studiefiches",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "education_qualification",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.educationqualification",
                        verbose_name="onderwijskwalificatie",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "successor",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="Bij een oude onderwijsvorm: de finaliteit die haar vervangt in de matrix.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.finality",
                        verbose_name="vervangen door",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical finaliteit",
                "verbose_name_plural": "historical finaliteiten",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalProfessionalQualification",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                ("name", models.CharField(db_index=True, max_length=120, verbose_name="naam")),
                (
                    "summary",
                    models.TextField(
                        blank=True,
                        help_text="Eén of twee zinnen: voor welk werk is deze BK?",
                        verbose_name="in het kort",
                    ),
                ),
                (
                    "dossier_number",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="Nummer van het beroepskwalificatiedossier in de Vlaamse kwalificatiestructuur.",
                        null=True,
                        verbose_name="dossiernummer",
                    ),
                ),
                (
                    "level",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Alleen invullen als de bron het zegt.",
                        null=True,
                        verbose_name="kwalificatieniveau",
                    ),
                ),
                (
                    "official_url",
                    models.URLField(
                        blank=True,
                        help_text="De fiche in de Vlaamse kwalificatiestructuur, als die bekend is.",
                        max_length=500,
                        verbose_name="officiële fiche",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen over deze kwalificatie niet bevestigen, bv. welk dossiernummer erbij hoort. De lezer ziet het bij het gegeven zelf.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                (
                    "is_core",
                    models.BooleanField(
                        default=False,
                        help_text="Aan voor de twee kwalificaties kinderbegeleider, waar dit portaal over gaat.",
                        verbose_name="kernkwalificatie",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical beroepskwalificatie",
                "verbose_name_plural": "historical beroepskwalificaties",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalStudyProgramme",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("2de-graad", "2de graad"),
                            ("3de-graad", "3de graad"),
                            ("7de-jaar", "7de jaar"),
                            ("daarna", "Daarna"),
                        ],
                        max_length=10,
                        verbose_name="graad of jaar",
                    ),
                ),
                (
                    "domain",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'Maatschappij en welzijn'.",
                        max_length=80,
                        verbose_name="domein",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bron over deze richting zegt, in één zin.",
                        verbose_name="opmerking",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "finality",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.finality",
                        verbose_name="finaliteit",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical studierichting",
                "verbose_name_plural": "historical studierichtingen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalTimelineEvent",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, verbose_name="slug")),
                (
                    "happens_on",
                    models.DateField(
                        help_text="Voor een maand of schooljaar: de eerste dag ervan (de tijdlijn sorteert zo).",
                        verbose_name="datum",
                    ),
                ),
                (
                    "precision",
                    models.CharField(
                        choices=[
                            ("dag", "Op een dag"),
                            ("maand", "In een maand"),
                            ("schooljaar", "In een schooljaar (1 september tot 31 augustus)"),
                        ],
                        default="dag",
                        help_text="Bepaalt hoe de datum getoond wordt ('1 september 2025', 'juni 2026', 'schooljaar 2025-2026') en tot wanneer het moment 'nu' is.",
                        max_length=10,
                        verbose_name="hoe precies",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        help_text="In de verleden tijd, bv. 'De eerste leerlingen studeerden af'.",
                        max_length=200,
                        verbose_name="titel als het voorbij is",
                    ),
                ),
                (
                    "title_planned",
                    models.CharField(
                        blank=True,
                        help_text="In de toekomende tijd, bv. 'De eerste leerlingen studeren af'. Leeg: de titel als het voorbij is, met het label 'gepland'.",
                        max_length=200,
                        verbose_name="titel zolang het gepland is",
                    ),
                ),
                (
                    "title_now",
                    models.CharField(
                        blank=True,
                        help_text="Voor een maand of schooljaar dat nu loopt. Leeg: de titel zolang het gepland is.",
                        max_length=200,
                        verbose_name="titel terwijl het loopt",
                    ),
                ),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Wat het betekent, zonder werkwoord in de tijd: het blijft waar als de datum voorbij is.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("uitrol", "Uitrol van de modernisering"),
                            ("instroom", "Instroom van kinderbegeleiders"),
                            ("stage", "Stages"),
                        ],
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als één bron zonder datum dit moment noemt, of als het afgeleid is: zeg het. De lezer ziet het bij het moment.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical moment op de tijdlijn",
                "verbose_name_plural": "historical tijdlijn",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="ProfessionalQualification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=120, unique=True, verbose_name="naam")),
                (
                    "summary",
                    models.TextField(
                        blank=True,
                        help_text="Eén of twee zinnen: voor welk werk is deze BK?",
                        verbose_name="in het kort",
                    ),
                ),
                (
                    "dossier_number",
                    models.PositiveIntegerField(
                        blank=True,
                        help_text="Nummer van het beroepskwalificatiedossier in de Vlaamse kwalificatiestructuur.",
                        null=True,
                        verbose_name="dossiernummer",
                    ),
                ),
                (
                    "level",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Alleen invullen als de bron het zegt.",
                        null=True,
                        verbose_name="kwalificatieniveau",
                    ),
                ),
                (
                    "official_url",
                    models.URLField(
                        blank=True,
                        help_text="De fiche in de Vlaamse kwalificatiestructuur, als die bekend is.",
                        max_length=500,
                        verbose_name="officiële fiche",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen over deze kwalificatie niet bevestigen, bv. welk dossiernummer erbij hoort. De lezer ziet het bij het gegeven zelf.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                (
                    "is_core",
                    models.BooleanField(
                        default=False,
                        help_text="Aan voor de twee kwalificaties kinderbegeleider, waar dit portaal over gaat.",
                        verbose_name="kernkwalificatie",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
            ],
            options={
                "verbose_name": "beroepskwalificatie",
                "verbose_name_plural": "beroepskwalificaties",
                "ordering": ["-is_core", "position", "name"],
            },
        ),
        migrations.CreateModel(
            name="StudyProgramme",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("2de-graad", "2de graad"),
                            ("3de-graad", "3de graad"),
                            ("7de-jaar", "7de jaar"),
                            ("daarna", "Daarna"),
                        ],
                        max_length=10,
                        verbose_name="graad of jaar",
                    ),
                ),
                (
                    "domain",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'Maatschappij en welzijn'.",
                        max_length=80,
                        verbose_name="domein",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bron over deze richting zegt, in één zin.",
                        verbose_name="opmerking",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "finality",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="programmes",
                        to="qualifications.finality",
                        verbose_name="finaliteit",
                    ),
                ),
                (
                    "professional_qualifications",
                    models.ManyToManyField(
                        blank=True,
                        related_name="programmes",
                        to="qualifications.professionalqualification",
                        verbose_name="leidt tot beroepskwalificaties",
                    ),
                ),
            ],
            options={
                "verbose_name": "studierichting",
                "verbose_name_plural": "studierichtingen",
                "ordering": ["finality__position", "stage", "position", "name"],
            },
        ),
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
        migrations.CreateModel(
            name="HistoricalQualifyingTitle",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="aangemaakt op"),
                ),
                (
                    "updated_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="gewijzigd op"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Staat in de link.", max_length=80, verbose_name="slug"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Zoals op het diploma of attest.",
                        max_length=200,
                        verbose_name="titel",
                    ),
                ),
                (
                    "origin",
                    models.CharField(
                        choices=[
                            ("secundair", "Secundair onderwijs (school)"),
                            ("cvo", "Volwassenenonderwijs (CVO)"),
                            ("syntra", "Syntra"),
                            ("evc", "EVC-testcentrum"),
                        ],
                        max_length=10,
                        verbose_name="behaald in",
                    ),
                ),
                (
                    "qualifies_baby_toddler",
                    models.BooleanField(default=False, verbose_name="telt voor baby's en peuters"),
                ),
                (
                    "qualifies_school_age",
                    models.BooleanField(
                        default=False, verbose_name="telt voor schoolgaande kinderen"
                    ),
                ),
                (
                    "obtained_from",
                    models.DateField(
                        blank=True,
                        help_text="Leeg: geen begindatum bekend.",
                        null=True,
                        verbose_name="behaald vanaf",
                    ),
                ),
                (
                    "obtained_until",
                    models.DateField(
                        blank=True,
                        help_text="Bv. 31 augustus 2022 voor het attest kinderbegeleider baby's en peuters (CVO). Leeg: geen einddatum.",
                        null=True,
                        verbose_name="behaald tot en met",
                    ),
                ),
                (
                    "planner_diploma",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Zegt niets over een diploma secundair onderwijs"),
                            ("ok3", "Diploma secundair onderwijs met OK3"),
                            ("ok4", "Diploma secundair onderwijs met OK4"),
                            ("secundair", "Diploma secundair onderwijs, soort niet bekend"),
                        ],
                        help_text="Wat de routeplanner als diploma invult als de titel niet (helemaal) telt.",
                        max_length=10,
                        verbose_name="diploma voor de routeplanner",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer moet weten, bv. 'ook schoolgaande kinderen in een vergunde opvang van baby's en peuters'.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als de bron niet de lijst van Kind en Gezin zelf is: zeg het hier.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "held_qualification",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="De beroepskwalificatie die de routeplanner als 'heb je al' invult.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.professionalqualification",
                        verbose_name="staat gelijk aan",
                    ),
                ),
                (
                    "programme",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="Bij een oude of nieuwe studierichting: de lezer gaat naar de matrix.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.studyprogramme",
                        verbose_name="studierichting in de onderwijsmatrix",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical titel die kwalificeert",
                "verbose_name_plural": "historical titels die kwalificeren",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="TimelineEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
                (
                    "happens_on",
                    models.DateField(
                        help_text="Voor een maand of schooljaar: de eerste dag ervan (de tijdlijn sorteert zo).",
                        verbose_name="datum",
                    ),
                ),
                (
                    "precision",
                    models.CharField(
                        choices=[
                            ("dag", "Op een dag"),
                            ("maand", "In een maand"),
                            ("schooljaar", "In een schooljaar (1 september tot 31 augustus)"),
                        ],
                        default="dag",
                        help_text="Bepaalt hoe de datum getoond wordt ('1 september 2025', 'juni 2026', 'schooljaar 2025-2026') en tot wanneer het moment 'nu' is.",
                        max_length=10,
                        verbose_name="hoe precies",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        help_text="In de verleden tijd, bv. 'De eerste leerlingen studeerden af'.",
                        max_length=200,
                        verbose_name="titel als het voorbij is",
                    ),
                ),
                (
                    "title_planned",
                    models.CharField(
                        blank=True,
                        help_text="In de toekomende tijd, bv. 'De eerste leerlingen studeren af'. Leeg: de titel als het voorbij is, met het label 'gepland'.",
                        max_length=200,
                        verbose_name="titel zolang het gepland is",
                    ),
                ),
                (
                    "title_now",
                    models.CharField(
                        blank=True,
                        help_text="Voor een maand of schooljaar dat nu loopt. Leeg: de titel zolang het gepland is.",
                        max_length=200,
                        verbose_name="titel terwijl het loopt",
                    ),
                ),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Wat het betekent, zonder werkwoord in de tijd: het blijft waar als de datum voorbij is.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("uitrol", "Uitrol van de modernisering"),
                            ("instroom", "Instroom van kinderbegeleiders"),
                            ("stage", "Stages"),
                        ],
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als één bron zonder datum dit moment noemt, of als het afgeleid is: zeg het. De lezer ziet het bij het moment.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
            ],
            options={
                "verbose_name": "moment op de tijdlijn",
                "verbose_name_plural": "tijdlijn",
                "ordering": ["happens_on", "title"],
            },
        ),
        migrations.CreateModel(
            name="QualifyingTitle",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "created_at",
                    models.DateTimeField(auto_now_add=True, verbose_name="aangemaakt op"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "status",
                    models.CharField(
                        choices=[("concept", "Concept"), ("gepubliceerd", "Gepubliceerd")],
                        default="concept",
                        help_text="Een concept is niet zichtbaar voor het publiek.",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "source_url",
                    models.URLField(
                        help_text="De openbare pagina waar dit gegeven vandaan komt.",
                        max_length=500,
                        verbose_name="bron (link)",
                    ),
                ),
                (
                    "source_name",
                    models.CharField(
                        blank=True,
                        help_text="Hoe de bron heet voor de lezer, bv. 'Vlaanderen.be' of 'Webinar VIVO 2025'.",
                        max_length=200,
                        verbose_name="bron (naam)",
                    ),
                ),
                (
                    "checked_on",
                    models.DateField(
                        help_text="De dag waarop iemand dit gegeven nog bij de bron heeft nagekeken.",
                        verbose_name="laatst gecontroleerd op",
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Staat in de link.",
                        max_length=80,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="Zoals op het diploma of attest.",
                        max_length=200,
                        verbose_name="titel",
                    ),
                ),
                (
                    "origin",
                    models.CharField(
                        choices=[
                            ("secundair", "Secundair onderwijs (school)"),
                            ("cvo", "Volwassenenonderwijs (CVO)"),
                            ("syntra", "Syntra"),
                            ("evc", "EVC-testcentrum"),
                        ],
                        max_length=10,
                        verbose_name="behaald in",
                    ),
                ),
                (
                    "qualifies_baby_toddler",
                    models.BooleanField(default=False, verbose_name="telt voor baby's en peuters"),
                ),
                (
                    "qualifies_school_age",
                    models.BooleanField(
                        default=False, verbose_name="telt voor schoolgaande kinderen"
                    ),
                ),
                (
                    "obtained_from",
                    models.DateField(
                        blank=True,
                        help_text="Leeg: geen begindatum bekend.",
                        null=True,
                        verbose_name="behaald vanaf",
                    ),
                ),
                (
                    "obtained_until",
                    models.DateField(
                        blank=True,
                        help_text="Bv. 31 augustus 2022 voor het attest kinderbegeleider baby's en peuters (CVO). Leeg: geen einddatum.",
                        null=True,
                        verbose_name="behaald tot en met",
                    ),
                ),
                (
                    "planner_diploma",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Zegt niets over een diploma secundair onderwijs"),
                            ("ok3", "Diploma secundair onderwijs met OK3"),
                            ("ok4", "Diploma secundair onderwijs met OK4"),
                            ("secundair", "Diploma secundair onderwijs, soort niet bekend"),
                        ],
                        help_text="Wat de routeplanner als diploma invult als de titel niet (helemaal) telt.",
                        max_length=10,
                        verbose_name="diploma voor de routeplanner",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer moet weten, bv. 'ook schoolgaande kinderen in een vergunde opvang van baby's en peuters'.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als de bron niet de lijst van Kind en Gezin zelf is: zeg het hier.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                (
                    "checked_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gecontroleerd door",
                    ),
                ),
                (
                    "held_qualification",
                    models.ForeignKey(
                        blank=True,
                        help_text="De beroepskwalificatie die de routeplanner als 'heb je al' invult.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="qualifying_titles",
                        to="qualifications.professionalqualification",
                        verbose_name="staat gelijk aan",
                    ),
                ),
                (
                    "programme",
                    models.ForeignKey(
                        blank=True,
                        help_text="Bij een oude of nieuwe studierichting: de lezer gaat naar de matrix.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="qualifying_titles",
                        to="qualifications.studyprogramme",
                        verbose_name="studierichting in de onderwijsmatrix",
                    ),
                ),
            ],
            options={
                "verbose_name": "titel die kwalificeert",
                "verbose_name_plural": "titels die kwalificeren",
                "ordering": ["origin", "position", "name"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("obtained_until__isnull", True),
                            ("obtained_from__isnull", True),
                            ("obtained_until__gte", models.F("obtained_from")),
                            _connector="OR",
                        ),
                        name="qualifications_qualifyingtitle_until_after_from",
                    )
                ],
            },
        ),
    ]
