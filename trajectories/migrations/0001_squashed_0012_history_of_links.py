"""The trajectories' models as the migrations 0001-0012 left them, in one migration, with the
search's indexes of 0007: a new database is made in a fraction of the time. The data step of 0012
changes existing rows only, and a new database has none. The replaced migrations stay until every
installation has applied them."""

from importlib import import_module

import django.core.serializers.json
import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

import portal.validators

search_indexes = import_module("trajectories.migrations.0007_search_indexes")


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("trajectories", "0001_initial"),
        ("trajectories", "0002_providers"),
        ("trajectories", "0003_location_unique_name_help_texts"),
        ("trajectories", "0004_history_and_checks"),
        ("trajectories", "0005_imported_offerings_and_campuses"),
        ("trajectories", "0006_caveats_and_allowance_dates"),
        ("trajectories", "0007_search_indexes"),
        ("trajectories", "0008_provider_proposals_reports_enrolment"),
        ("trajectories", "0009_route_rules"),
        ("trajectories", "0010_allowance_tiers_and_care_periods"),
        ("trajectories", "0011_provider_contact_and_place_sources"),
        ("trajectories", "0012_history_of_links"),
    ]

    dependencies = [
        ("portal", "0001_squashed_0010_glossary_terms"),
        ("qualifications", "0001_squashed_0006_history_of_links"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalDualRequirement",
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
                        help_text="Staat in de link van de zelftest.",
                        max_length=60,
                        verbose_name="slug",
                    ),
                ),
                (
                    "subject",
                    models.CharField(
                        choices=[("werkplek", "De werkplek (erkenning)"), ("mentor", "De mentor")],
                        max_length=10,
                        verbose_name="voor wie",
                    ),
                ),
                ("requirement", models.CharField(max_length=300, verbose_name="voorwaarde")),
                (
                    "question",
                    models.CharField(
                        help_text="Een vraag die je met 'ja' beantwoordt.",
                        max_length=300,
                        verbose_name="vraag in de zelftest",
                    ),
                ),
                (
                    "next_step",
                    models.TextField(
                        help_text="De volgende stap, concreet. Markdown mag.",
                        verbose_name="wat te doen als het ontbreekt",
                    ),
                ),
                (
                    "exception",
                    models.TextField(
                        blank=True,
                        help_text="Wanneer er van de voorwaarde afgeweken kan worden.",
                        verbose_name="uitzondering",
                    ),
                ),
                (
                    "caveat",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen over deze voorwaarde niet bevestigen, met de bron. De lezer ziet het bij de vraag, nog vóór hij antwoordt.",
                        verbose_name="onzeker",
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
                "verbose_name": "historical voorwaarde duaal leren",
                "verbose_name_plural": "historical voorwaarden duaal leren",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalLearningContract",
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
                ("abbreviation", models.CharField(max_length=12, verbose_name="afkorting")),
                ("name", models.CharField(max_length=160, verbose_name="naam")),
                (
                    "education",
                    models.CharField(
                        help_text="Bv. 'secundair onderwijs' of 'volwassenenonderwijs'.",
                        max_length=60,
                        verbose_name="onderwijs",
                    ),
                ),
                ("components", models.TextField(verbose_name="les- en/of werkplekcomponent")),
                ("social_security", models.TextField(verbose_name="sociale zekerheid")),
                ("allowance", models.TextField(verbose_name="leervergoeding")),
                (
                    "allowance_holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Sinds wanneer de bedragen van de leervergoeding gelden. Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="leervergoeding geldt sinds",
                    ),
                ),
                (
                    "holidays",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="vakantieregeling"
                    ),
                ),
                (
                    "workplace_component",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="werkplekcomponent"
                    ),
                ),
                (
                    "duration",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="duur van de opleiding"
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Waar bronnen verschillen of de bron onduidelijk is: zeg het hier, met de datum.",
                        verbose_name="kanttekening",
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
                "verbose_name": "historical leerovereenkomst",
                "verbose_name_plural": "historical leerovereenkomsten",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalProvider",
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
                        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
                        max_length=120,
                        verbose_name="slug",
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="naam")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("school", "School (secundair onderwijs)"),
                            ("cvo", "Centrum voor volwassenenonderwijs"),
                            ("syntra", "Syntra-campus"),
                            ("evc", "EVC-testcentrum"),
                            ("ander", "Andere"),
                        ],
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "school_number",
                    models.CharField(
                        blank=True,
                        db_index=True,
                        help_text="Het schoolnummer van Onderwijs Vlaanderen; de import herkent scholen hieraan.",
                        max_length=20,
                        null=True,
                        verbose_name="schoolnummer",
                    ),
                ),
                (
                    "kbo_number",
                    models.CharField(blank=True, max_length=20, verbose_name="KBO-nummer"),
                ),
                ("website", models.URLField(blank=True, max_length=300, verbose_name="website")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        max_length=40,
                        validators=[portal.validators.phone_number_validate],
                        verbose_name="telefoon",
                    ),
                ),
                (
                    "education_level",
                    models.CharField(
                        blank=True,
                        help_text="Zoals in de officiële lijst.",
                        max_length=120,
                        verbose_name="onderwijsniveau",
                    ),
                ),
                (
                    "is_verified",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als iemand het aanbod bij de aanbieder zelf heeft nagekeken. Uit: de pagina meldt dat de gegevens uit een openbare bron komen en nog niet geverifieerd zijn.",
                        verbose_name="nagekeken",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer moet weten, bv. waarom iets onzeker is.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="opmerking",
                    ),
                ),
                (
                    "provider_updated_on",
                    models.DateField(
                        blank=True,
                        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
                        null=True,
                        verbose_name="bijgewerkt door de aanbieder op",
                    ),
                ),
                (
                    "contact_source_url",
                    models.URLField(
                        blank=True,
                        help_text="De openbare pagina waar website, e-mail of telefoon staan, bv. de eigen site.",
                        max_length=500,
                        verbose_name="bron van de contactgegevens",
                    ),
                ),
                (
                    "contact_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="De dag waarop iemand ze bij die bron las (of de aanbieder ze zelf gaf).",
                        null=True,
                        verbose_name="contactgegevens nagekeken op",
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
                "verbose_name": "historical aanbieder",
                "verbose_name_plural": "historical aanbieders",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalRoute",
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
                        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
                        max_length=60,
                        verbose_name="slug",
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "summary",
                    models.TextField(
                        help_text="Twee of drie zinnen voor wie kiest.", verbose_name="in het kort"
                    ),
                ),
                ("duration", models.TextField(verbose_name="hoe lang")),
                (
                    "duration_summary",
                    models.CharField(
                        blank=True,
                        help_text="Wat de routeplanner naast het traject toont, bv. 'Enkele weken'. Een regel van het traject of de duur per kwalificatie gaat voor.",
                        max_length=120,
                        verbose_name="duur in één regel",
                    ),
                ),
                (
                    "schedule",
                    models.TextField(
                        help_text="Dag, avond, weekend, of op de werkplek.", verbose_name="wanneer"
                    ),
                ),
                (
                    "pay",
                    models.TextField(
                        help_text="Leervergoeding, loon of geen vergoeding.",
                        verbose_name="betaald?",
                    ),
                ),
                ("workplace_share", models.TextField(verbose_name="deel op de werkplek")),
                (
                    "outcome",
                    models.TextField(
                        help_text="Diploma, beroepskwalificatie, bewijs.",
                        verbose_name="wat je krijgt",
                    ),
                ),
                (
                    "is_dual",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als leren op de werkplek de kern van dit traject is.",
                        verbose_name="duaal",
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
                "verbose_name": "historical traject",
                "verbose_name_plural": "historical trajecten",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalSupportService",
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
                ("name", models.CharField(max_length=160, verbose_name="naam")),
                ("summary", models.TextField(verbose_name="in het kort")),
                (
                    "for_candidates",
                    models.TextField(
                        blank=True, help_text="Markdown.", verbose_name="voor kandidaten"
                    ),
                ),
                (
                    "for_employers",
                    models.TextField(
                        blank=True, help_text="Markdown.", verbose_name="voor werkgevers"
                    ),
                ),
                ("is_free", models.BooleanField(default=False, verbose_name="gratis")),
                ("website", models.URLField(blank=True, max_length=500, verbose_name="website")),
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
                "verbose_name": "historical ondersteuning",
                "verbose_name_plural": "historical ondersteuning",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="LearningContract",
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
                ("abbreviation", models.CharField(max_length=12, verbose_name="afkorting")),
                ("name", models.CharField(max_length=160, verbose_name="naam")),
                (
                    "education",
                    models.CharField(
                        help_text="Bv. 'secundair onderwijs' of 'volwassenenonderwijs'.",
                        max_length=60,
                        verbose_name="onderwijs",
                    ),
                ),
                ("components", models.TextField(verbose_name="les- en/of werkplekcomponent")),
                ("social_security", models.TextField(verbose_name="sociale zekerheid")),
                ("allowance", models.TextField(verbose_name="leervergoeding")),
                (
                    "allowance_holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Sinds wanneer de bedragen van de leervergoeding gelden. Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="leervergoeding geldt sinds",
                    ),
                ),
                (
                    "holidays",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="vakantieregeling"
                    ),
                ),
                (
                    "workplace_component",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="werkplekcomponent"
                    ),
                ),
                (
                    "duration",
                    models.TextField(
                        help_text="Markdown-lijstje.", verbose_name="duur van de opleiding"
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Waar bronnen verschillen of de bron onduidelijk is: zeg het hier, met de datum.",
                        verbose_name="kanttekening",
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
                "verbose_name": "leerovereenkomst",
                "verbose_name_plural": "leerovereenkomsten",
                "ordering": ["position"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalAllowanceTier",
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
                    "label",
                    models.CharField(
                        help_text="Wie in deze schijf zit, bv. 'na het eerste jaar van de 3de graad'.",
                        max_length=200,
                        verbose_name="voor wie",
                    ),
                ),
                (
                    "amount_eur",
                    models.DecimalField(
                        decimal_places=2, max_digits=8, verbose_name="bedrag (€ per maand)"
                    ),
                ),
                (
                    "holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="geldt sinds",
                    ),
                ),
                (
                    "stated_for_year",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Het jaar waarvoor de bron dit bedrag noemt, bv. 2025.",
                        null=True,
                        verbose_name="bedrag van het jaar",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="De lezer ziet het naast het bedrag.",
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
                (
                    "contract",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.learningcontract",
                        verbose_name="leerovereenkomst",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical schijf van de leervergoeding",
                "verbose_name_plural": "historical schijven van de leervergoeding",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Location",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'campus Brugge'; leeg als er maar één is.",
                        max_length=200,
                        verbose_name="naam",
                    ),
                ),
                (
                    "street",
                    models.CharField(
                        blank=True,
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="straat",
                    ),
                ),
                (
                    "house_number",
                    models.CharField(
                        blank=True,
                        max_length=20,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="huisnummer",
                    ),
                ),
                (
                    "postcode",
                    models.CharField(
                        blank=True,
                        max_length=4,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{4}$", "Een Belgische postcode heeft vier cijfers."
                            )
                        ],
                        verbose_name="postcode",
                    ),
                ),
                (
                    "campus_number",
                    models.CharField(
                        blank=True,
                        help_text="Het 'intern_vplnummer' uit de officiële lijst: een school met meer campussen heeft per campus een nummer. De import herkent de vestiging hieraan; leeg als onbekend.",
                        max_length=10,
                        verbose_name="vestigingsplaatsnummer",
                    ),
                ),
                (
                    "place_note",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'waarschijnlijk Antwerpen (afgeleid uit de webadres)'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="plaats volgens de bron",
                    ),
                ),
                (
                    "place_source_url",
                    models.URLField(
                        blank=True,
                        help_text="De openbare pagina die zegt waar deze vestiging is.",
                        max_length=500,
                        verbose_name="bron van de plaats",
                    ),
                ),
                (
                    "place_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="De dag waarop iemand dat bij die bron las.",
                        null=True,
                        verbose_name="plaats nagekeken op",
                    ),
                ),
                ("latitude", models.FloatField(blank=True, null=True, verbose_name="breedtegraad")),
                ("longitude", models.FloatField(blank=True, null=True, verbose_name="lengtegraad")),
                (
                    "is_approximate",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als de ligging het centrum van de gemeente is, niet het adres.",
                        verbose_name="ligging bij benadering",
                    ),
                ),
                (
                    "municipality",
                    models.ForeignKey(
                        blank=True,
                        help_text="Leeg als de gemeente niet zeker is; vul dan 'plaats volgens de bron' in.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="locations",
                        to="portal.municipality",
                        verbose_name="gemeente",
                    ),
                ),
            ],
            options={
                "verbose_name": "vestiging",
                "verbose_name_plural": "vestigingen",
                "ordering": ["provider__name", "name"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalOffering",
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
                ("slug", models.SlugField(max_length=160, verbose_name="slug")),
                (
                    "title",
                    models.CharField(
                        help_text="Zoals de aanbieder ze noemt, bv. '7de jaar Kinderbegeleider (duaal)'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="naam van de opleiding",
                    ),
                ),
                ("is_daytime", models.BooleanField(default=False, verbose_name="overdag")),
                ("is_evening", models.BooleanField(default=False, verbose_name="'s avonds")),
                ("is_weekend", models.BooleanField(default=False, verbose_name="in het weekend")),
                (
                    "is_distance",
                    models.BooleanField(default=False, verbose_name="afstandsonderwijs"),
                ),
                ("is_dual", models.BooleanField(default=False, verbose_name="duaal")),
                (
                    "school_year",
                    models.CharField(
                        blank=True,
                        help_text="Het jaar waarin het begint en het jaar erna, met een streepje ertussen (bv. het schooljaar dat in september 2026 begint: 2026-2027); leeg als onbekend.",
                        max_length=9,
                        verbose_name="schooljaar",
                    ),
                ),
                (
                    "starts_on",
                    models.DateField(
                        blank=True,
                        help_text="Om op te sorteren; leeg als onbekend.",
                        null=True,
                        verbose_name="eerste startdatum",
                    ),
                ),
                (
                    "ends_on",
                    models.DateField(
                        blank=True,
                        help_text="De laatste lesdag van wie op de eerste startdatum begint; leeg als onbekend.",
                        null=True,
                        verbose_name="einddatum",
                    ),
                ),
                (
                    "start_note",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'september en februari'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="startmomenten",
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="duur",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        default="Nederlands",
                        max_length=40,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="taal",
                    ),
                ),
                (
                    "enrolment",
                    models.CharField(
                        choices=[
                            ("onbekend", "Niet bekend"),
                            ("open", "Inschrijven kan"),
                            ("volzet", "Volzet"),
                            ("gestopt", "Inschrijvingen gestopt"),
                        ],
                        default="onbekend",
                        help_text="Of men zich nog kan inschrijven voor dit schooljaar.",
                        max_length=10,
                        verbose_name="inschrijvingen",
                    ),
                ),
                (
                    "enrolment_opens_on",
                    models.DateField(
                        blank=True,
                        help_text="Alleen als de inschrijvingen pas later openen.",
                        null=True,
                        verbose_name="inschrijven kan vanaf",
                    ),
                ),
                (
                    "is_imported",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als een import van een opleidingslijst dit aanbod aanmaakte. Een volgende import van die lijst beëindigt het als de school er niet meer in staat; wat je zelf invult (lesmomenten, start, duur, opmerkingen) overschrijft de import nooit.",
                        verbose_name="uit een officiële lijst",
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(
                        blank=True,
                        help_text="Gevuld als de school niet meer in de officiële lijst staat: het aanbod verdwijnt uit de zoekresultaten maar blijft bewaard. Maak leeg om het terug te tonen.",
                        null=True,
                        verbose_name="beëindigd op",
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True,
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="opmerkingen",
                    ),
                ),
                (
                    "provider_updated_on",
                    models.DateField(
                        blank=True,
                        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
                        null=True,
                        verbose_name="bijgewerkt door de aanbieder op",
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
                (
                    "location",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.location",
                        verbose_name="vestiging",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical opleidingsaanbod",
                "verbose_name_plural": "historical opleidingsaanbod",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Offering",
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
                ("slug", models.SlugField(max_length=160, unique=True, verbose_name="slug")),
                (
                    "title",
                    models.CharField(
                        help_text="Zoals de aanbieder ze noemt, bv. '7de jaar Kinderbegeleider (duaal)'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="naam van de opleiding",
                    ),
                ),
                ("is_daytime", models.BooleanField(default=False, verbose_name="overdag")),
                ("is_evening", models.BooleanField(default=False, verbose_name="'s avonds")),
                ("is_weekend", models.BooleanField(default=False, verbose_name="in het weekend")),
                (
                    "is_distance",
                    models.BooleanField(default=False, verbose_name="afstandsonderwijs"),
                ),
                ("is_dual", models.BooleanField(default=False, verbose_name="duaal")),
                (
                    "school_year",
                    models.CharField(
                        blank=True,
                        help_text="Het jaar waarin het begint en het jaar erna, met een streepje ertussen (bv. het schooljaar dat in september 2026 begint: 2026-2027); leeg als onbekend.",
                        max_length=9,
                        verbose_name="schooljaar",
                    ),
                ),
                (
                    "starts_on",
                    models.DateField(
                        blank=True,
                        help_text="Om op te sorteren; leeg als onbekend.",
                        null=True,
                        verbose_name="eerste startdatum",
                    ),
                ),
                (
                    "ends_on",
                    models.DateField(
                        blank=True,
                        help_text="De laatste lesdag van wie op de eerste startdatum begint; leeg als onbekend.",
                        null=True,
                        verbose_name="einddatum",
                    ),
                ),
                (
                    "start_note",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'september en februari'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="startmomenten",
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="duur",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        default="Nederlands",
                        max_length=40,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="taal",
                    ),
                ),
                (
                    "enrolment",
                    models.CharField(
                        choices=[
                            ("onbekend", "Niet bekend"),
                            ("open", "Inschrijven kan"),
                            ("volzet", "Volzet"),
                            ("gestopt", "Inschrijvingen gestopt"),
                        ],
                        default="onbekend",
                        help_text="Of men zich nog kan inschrijven voor dit schooljaar.",
                        max_length=10,
                        verbose_name="inschrijvingen",
                    ),
                ),
                (
                    "enrolment_opens_on",
                    models.DateField(
                        blank=True,
                        help_text="Alleen als de inschrijvingen pas later openen.",
                        null=True,
                        verbose_name="inschrijven kan vanaf",
                    ),
                ),
                (
                    "is_imported",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als een import van een opleidingslijst dit aanbod aanmaakte. Een volgende import van die lijst beëindigt het als de school er niet meer in staat; wat je zelf invult (lesmomenten, start, duur, opmerkingen) overschrijft de import nooit.",
                        verbose_name="uit een officiële lijst",
                    ),
                ),
                (
                    "ended_on",
                    models.DateField(
                        blank=True,
                        help_text="Gevuld als de school niet meer in de officiële lijst staat: het aanbod verdwijnt uit de zoekresultaten maar blijft bewaard. Maak leeg om het terug te tonen.",
                        null=True,
                        verbose_name="beëindigd op",
                    ),
                ),
                (
                    "notes",
                    models.TextField(
                        blank=True,
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="opmerkingen",
                    ),
                ),
                (
                    "provider_updated_on",
                    models.DateField(
                        blank=True,
                        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
                        null=True,
                        verbose_name="bijgewerkt door de aanbieder op",
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
                (
                    "location",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="offerings",
                        to="trajectories.location",
                        verbose_name="vestiging",
                    ),
                ),
                (
                    "qualifications",
                    models.ManyToManyField(
                        blank=True,
                        related_name="offerings",
                        to="qualifications.professionalqualification",
                        verbose_name="beroepskwalificaties",
                    ),
                ),
            ],
            options={
                "verbose_name": "opleidingsaanbod",
                "verbose_name_plural": "opleidingsaanbod",
                "ordering": ["location__provider__name", "title"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalOffering_qualifications",
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
                        to="trajectories.historicaloffering",
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
                    "offering",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.offering",
                    ),
                ),
            ],
            options={
                "verbose_name": "HistoricalOffering_qualifications",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Provider",
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
                        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
                        max_length=120,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                ("name", models.CharField(max_length=200, verbose_name="naam")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("school", "School (secundair onderwijs)"),
                            ("cvo", "Centrum voor volwassenenonderwijs"),
                            ("syntra", "Syntra-campus"),
                            ("evc", "EVC-testcentrum"),
                            ("ander", "Andere"),
                        ],
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "school_number",
                    models.CharField(
                        blank=True,
                        help_text="Het schoolnummer van Onderwijs Vlaanderen; de import herkent scholen hieraan.",
                        max_length=20,
                        null=True,
                        unique=True,
                        verbose_name="schoolnummer",
                    ),
                ),
                (
                    "kbo_number",
                    models.CharField(blank=True, max_length=20, verbose_name="KBO-nummer"),
                ),
                ("website", models.URLField(blank=True, max_length=300, verbose_name="website")),
                ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        max_length=40,
                        validators=[portal.validators.phone_number_validate],
                        verbose_name="telefoon",
                    ),
                ),
                (
                    "education_level",
                    models.CharField(
                        blank=True,
                        help_text="Zoals in de officiële lijst.",
                        max_length=120,
                        verbose_name="onderwijsniveau",
                    ),
                ),
                (
                    "is_verified",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als iemand het aanbod bij de aanbieder zelf heeft nagekeken. Uit: de pagina meldt dat de gegevens uit een openbare bron komen en nog niet geverifieerd zijn.",
                        verbose_name="nagekeken",
                    ),
                ),
                (
                    "note",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer moet weten, bv. waarom iets onzeker is.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="opmerking",
                    ),
                ),
                (
                    "provider_updated_on",
                    models.DateField(
                        blank=True,
                        help_text="Gezet als de redactie een voorstel van de aanbieder aanvaardt.",
                        null=True,
                        verbose_name="bijgewerkt door de aanbieder op",
                    ),
                ),
                (
                    "contact_source_url",
                    models.URLField(
                        blank=True,
                        help_text="De openbare pagina waar website, e-mail of telefoon staan, bv. de eigen site.",
                        max_length=500,
                        verbose_name="bron van de contactgegevens",
                    ),
                ),
                (
                    "contact_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="De dag waarop iemand ze bij die bron las (of de aanbieder ze zelf gaf).",
                        null=True,
                        verbose_name="contactgegevens nagekeken op",
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
                (
                    "editors",
                    models.ManyToManyField(
                        blank=True,
                        help_text="Accounts (rol Aanbieder) die het aanbod van deze aanbieder mogen bijhouden. Nodig iemand uit met de knop bovenaan deze pagina.",
                        related_name="edited_providers",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="medewerkers van de aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "aanbieder",
                "verbose_name_plural": "aanbieders",
                "ordering": ["name"],
                "permissions": [
                    (
                        "keep_own_offer",
                        "Kan het eigen aanbod bijhouden (met nazicht door de redactie)",
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="location",
            name="provider",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="locations",
                to="trajectories.provider",
                verbose_name="aanbieder",
            ),
        ),
        migrations.CreateModel(
            name="HistoricalReport",
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
                    "handled_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="afgehandeld op"),
                ),
                ("what", models.TextField(max_length=1000, verbose_name="wat klopt er niet")),
                (
                    "contact",
                    models.CharField(
                        blank=True, max_length=200, verbose_name="contact van de melder"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("open", "Open"), ("afgehandeld", "Afgehandeld")],
                        db_index=True,
                        default="open",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "resolution",
                    models.TextField(
                        blank=True,
                        help_text="Wat er met de melding gebeurd is, voor wie ze later leest.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="afhandeling",
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
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="afgehandeld door",
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
                    "offering",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.offering",
                        verbose_name="opleidingsaanbod",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.provider",
                        verbose_name="aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical melding",
                "verbose_name_plural": "historical meldingen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalProposal",
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
                    "handled_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="afgehandeld op"),
                ),
                (
                    "is_new",
                    models.BooleanField(
                        default=False,
                        help_text="Een nieuw aanbod staat als concept klaar; aanvaarden publiceert het.",
                        verbose_name="nieuw aanbod",
                    ),
                ),
                (
                    "changes",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                        verbose_name="wijzigingen",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("ingediend", "Wacht op nazicht"),
                            ("aanvaard", "Aanvaard"),
                            ("teruggestuurd", "Teruggestuurd"),
                        ],
                        db_index=True,
                        default="ingediend",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                (
                    "message",
                    models.TextField(
                        blank=True,
                        help_text="Waarom het voorstel teruggestuurd is.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="bericht aan de aanbieder",
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
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="afgehandeld door",
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
                    "proposed_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="voorgesteld door",
                    ),
                ),
                (
                    "location",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.location",
                        verbose_name="vestiging",
                    ),
                ),
                (
                    "offering",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.offering",
                        verbose_name="opleidingsaanbod",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.provider",
                        verbose_name="aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical voorstel van een aanbieder",
                "verbose_name_plural": "historical voorstellen van aanbieders",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalLocation",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'campus Brugge'; leeg als er maar één is.",
                        max_length=200,
                        verbose_name="naam",
                    ),
                ),
                (
                    "street",
                    models.CharField(
                        blank=True,
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="straat",
                    ),
                ),
                (
                    "house_number",
                    models.CharField(
                        blank=True,
                        max_length=20,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="huisnummer",
                    ),
                ),
                (
                    "postcode",
                    models.CharField(
                        blank=True,
                        max_length=4,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{4}$", "Een Belgische postcode heeft vier cijfers."
                            )
                        ],
                        verbose_name="postcode",
                    ),
                ),
                (
                    "campus_number",
                    models.CharField(
                        blank=True,
                        help_text="Het 'intern_vplnummer' uit de officiële lijst: een school met meer campussen heeft per campus een nummer. De import herkent de vestiging hieraan; leeg als onbekend.",
                        max_length=10,
                        verbose_name="vestigingsplaatsnummer",
                    ),
                ),
                (
                    "place_note",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'waarschijnlijk Antwerpen (afgeleid uit de webadres)'.",
                        max_length=200,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="plaats volgens de bron",
                    ),
                ),
                (
                    "place_source_url",
                    models.URLField(
                        blank=True,
                        help_text="De openbare pagina die zegt waar deze vestiging is.",
                        max_length=500,
                        verbose_name="bron van de plaats",
                    ),
                ),
                (
                    "place_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="De dag waarop iemand dat bij die bron las.",
                        null=True,
                        verbose_name="plaats nagekeken op",
                    ),
                ),
                ("latitude", models.FloatField(blank=True, null=True, verbose_name="breedtegraad")),
                ("longitude", models.FloatField(blank=True, null=True, verbose_name="lengtegraad")),
                (
                    "is_approximate",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als de ligging het centrum van de gemeente is, niet het adres.",
                        verbose_name="ligging bij benadering",
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
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "municipality",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="Leeg als de gemeente niet zeker is; vul dan 'plaats volgens de bron' in.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="portal.municipality",
                        verbose_name="gemeente",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.provider",
                        verbose_name="aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical vestiging",
                "verbose_name_plural": "historical vestigingen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Report",
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
                    "handled_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="afgehandeld op"),
                ),
                ("what", models.TextField(max_length=1000, verbose_name="wat klopt er niet")),
                (
                    "contact",
                    models.CharField(
                        blank=True, max_length=200, verbose_name="contact van de melder"
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("open", "Open"), ("afgehandeld", "Afgehandeld")],
                        db_index=True,
                        default="open",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "resolution",
                    models.TextField(
                        blank=True,
                        help_text="Wat er met de melding gebeurd is, voor wie ze later leest.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="afhandeling",
                    ),
                ),
                (
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="afgehandeld door",
                    ),
                ),
                (
                    "offering",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="reports",
                        to="trajectories.offering",
                        verbose_name="opleidingsaanbod",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reports",
                        to="trajectories.provider",
                        verbose_name="aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "melding",
                "verbose_name_plural": "meldingen",
                "ordering": ["-created_at"],
            },
        ),
        migrations.CreateModel(
            name="Route",
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
                        help_text="Staat in gedeelde links: niet meer wijzigen na publicatie.",
                        max_length=60,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "summary",
                    models.TextField(
                        help_text="Twee of drie zinnen voor wie kiest.", verbose_name="in het kort"
                    ),
                ),
                ("duration", models.TextField(verbose_name="hoe lang")),
                (
                    "duration_summary",
                    models.CharField(
                        blank=True,
                        help_text="Wat de routeplanner naast het traject toont, bv. 'Enkele weken'. Een regel van het traject of de duur per kwalificatie gaat voor.",
                        max_length=120,
                        verbose_name="duur in één regel",
                    ),
                ),
                (
                    "schedule",
                    models.TextField(
                        help_text="Dag, avond, weekend, of op de werkplek.", verbose_name="wanneer"
                    ),
                ),
                (
                    "pay",
                    models.TextField(
                        help_text="Leervergoeding, loon of geen vergoeding.",
                        verbose_name="betaald?",
                    ),
                ),
                ("workplace_share", models.TextField(verbose_name="deel op de werkplek")),
                (
                    "outcome",
                    models.TextField(
                        help_text="Diploma, beroepskwalificatie, bewijs.",
                        verbose_name="wat je krijgt",
                    ),
                ),
                (
                    "is_dual",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als leren op de werkplek de kern van dit traject is.",
                        verbose_name="duaal",
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
                    "resources",
                    models.ManyToManyField(
                        blank=True,
                        help_text="Wat dit traject ondersteunt: instrumenten voor stages, projecten, zoekers.",
                        related_name="routes",
                        to="portal.resource",
                        verbose_name="instrumenten en projecten",
                    ),
                ),
            ],
            options={
                "verbose_name": "traject",
                "verbose_name_plural": "trajecten",
                "ordering": ["position", "name"],
            },
        ),
        migrations.AddField(
            model_name="offering",
            name="route",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="offerings",
                to="trajectories.route",
                verbose_name="traject",
            ),
        ),
        migrations.AddField(
            model_name="learningcontract",
            name="routes",
            field=models.ManyToManyField(
                blank=True,
                related_name="contracts",
                to="trajectories.route",
                verbose_name="trajecten",
            ),
        ),
        migrations.CreateModel(
            name="HistoricalRouteSection",
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
                ("title", models.CharField(max_length=200, verbose_name="titel")),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: lijstjes met '- ', links als [tekst](url).",
                        verbose_name="tekst",
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
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical onderdeel van een traject",
                "verbose_name_plural": "historical onderdelen van een traject",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalRouteRule",
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
                    "kind",
                    models.CharField(
                        choices=[
                            ("toegang", "Wie mag starten"),
                            ("aanrader", "Reden die het traject aanraadt"),
                            ("let-op", "Let op (sluit niet uit)"),
                        ],
                        help_text="'Wie mag starten': minstens één zo'n regel van het traject moet passen, anders valt het traject af (behalve als de regel onzeker is). 'Reden' en 'Let op' tonen hun tekst als ze passen, en tellen hun punten mee voor de volgorde.",
                        max_length=10,
                        verbose_name="soort regel",
                    ),
                ),
                (
                    "who",
                    models.CharField(
                        blank=True,
                        help_text="Alleen bij 'wie mag starten': kort, zoals in 'Dit traject is voor …', bv. 'leerlingen van 15 tot 25 jaar'. De routeplanner zegt het als het traject niet past.",
                        max_length=200,
                        verbose_name="voor wie",
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        blank=True,
                        help_text="De reden zoals de routeplanner en de pagina van het traject ze tonen als de regel past. Leeg: de regel telt mee, maar toont niets.",
                        verbose_name="wat de lezer leest",
                    ),
                ),
                (
                    "min_age",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="vanaf leeftijd"
                    ),
                ),
                (
                    "max_age",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="tot en met leeftijd"
                    ),
                ),
                (
                    "situations",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: elke situatie. Anders: de regel past alleen bij deze situaties.",
                        max_length=120,
                        verbose_name="situaties",
                    ),
                ),
                (
                    "diplomas",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: elke vooropleiding. Wie 'soort niet bekend' invult, krijgt een regel die OK3 of OK4 vraagt te zien als 'hangt af van je diploma'.",
                        max_length=120,
                        verbose_name="vooropleiding",
                    ),
                ),
                (
                    "experiences",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: ervaring speelt geen rol. Anders: één van deze soorten ervaring.",
                        max_length=120,
                        verbose_name="ervaring die telt",
                    ),
                ),
                (
                    "min_experience_years",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        null=True,
                        verbose_name="minstens zoveel jaar ervaring in de kinderopvang",
                    ),
                ),
                (
                    "moments",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: het lesmoment speelt geen rol.",
                        max_length=60,
                        verbose_name="lesmomenten",
                    ),
                ),
                (
                    "wants_pay",
                    models.BooleanField(
                        blank=True,
                        help_text="Ja: de regel past alleen bij wie betaald wil leren. Leeg: speelt geen rol.",
                        null=True,
                        verbose_name="als de kandidaat betaald wil leren",
                    ),
                ),
                (
                    "needs_held_qualification",
                    models.BooleanField(
                        default=False,
                        verbose_name="als de kandidaat al een kwalificatie kinderbegeleider heeft",
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'Avondopleiding: 2 lesavonden per week, 2 jaar'. Leeg: de gewone duur.",
                        max_length=120,
                        verbose_name="duur als deze regel past",
                    ),
                ),
                (
                    "points",
                    models.SmallIntegerField(
                        default=0,
                        help_text="Hoe sterk deze regel het traject aanraadt als hij past (negatief: minder sterk). Trajecten met meer punten staan hoger in de routeplanner.",
                        verbose_name="gewicht",
                    ),
                ),
                (
                    "is_uncertain",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als de bronnen deze regel niet (eenduidig) bevestigen. Een onzekere regel sluit nooit uit: het traject blijft staan, met wat onzeker is.",
                        verbose_name="onzeker",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Eén of twee zinnen voor de lezer, met de bron. Staat overal waar de regel gebruikt wordt.",
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
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical regel van een traject",
                "verbose_name_plural": "historical regels van een traject",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalRouteQualification",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        help_text="Alleen als die verschilt van de duur van het traject, bv. '720 lestijden'.",
                        max_length=200,
                        verbose_name="duur voor deze kwalificatie",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=300, verbose_name="opmerking")),
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
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "qualification",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="qualifications.professionalqualification",
                        verbose_name="beroepskwalificatie",
                    ),
                ),
                (
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical kwalificatie van een traject",
                "verbose_name_plural": "historical kwalificaties van een traject",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalRoute_resources",
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
                        to="trajectories.historicalroute",
                    ),
                ),
                (
                    "resource",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="portal.resource",
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
                "verbose_name": "HistoricalRoute_resources",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name="historicaloffering",
            name="route",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="trajectories.route",
                verbose_name="traject",
            ),
        ),
        migrations.CreateModel(
            name="HistoricalLearningContract_routes",
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
                        to="trajectories.historicallearningcontract",
                    ),
                ),
                (
                    "learningcontract",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.learningcontract",
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
                "verbose_name": "HistoricalLearningContract_routes",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalCarePeriod",
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
                    "care",
                    models.CharField(
                        choices=[
                            ("baby-peuter", "Baby's en peuters (kinderdagverblijf)"),
                            ("bko", "Buitenschoolse kinderopvang (BKO)"),
                            ("gezinsopvang", "Gezinsopvang"),
                        ],
                        max_length=12,
                        verbose_name="soort opvang",
                    ),
                ),
                ("min_months", models.PositiveSmallIntegerField(verbose_name="minstens (maanden)")),
                (
                    "max_months",
                    models.PositiveSmallIntegerField(verbose_name="hoogstens (maanden)"),
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
                (
                    "route",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical periode in een soort opvang",
                "verbose_name_plural": "historical periodes in een soort opvang",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="CarePeriod",
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
                    "care",
                    models.CharField(
                        choices=[
                            ("baby-peuter", "Baby's en peuters (kinderdagverblijf)"),
                            ("bko", "Buitenschoolse kinderopvang (BKO)"),
                            ("gezinsopvang", "Gezinsopvang"),
                        ],
                        max_length=12,
                        verbose_name="soort opvang",
                    ),
                ),
                ("min_months", models.PositiveSmallIntegerField(verbose_name="minstens (maanden)")),
                (
                    "max_months",
                    models.PositiveSmallIntegerField(verbose_name="hoogstens (maanden)"),
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
                (
                    "route",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="care_periods",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "periode in een soort opvang",
                "verbose_name_plural": "periodes in een soort opvang",
                "ordering": ["route__position", "care"],
            },
        ),
        migrations.CreateModel(
            name="AllowanceTier",
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
                    "label",
                    models.CharField(
                        help_text="Wie in deze schijf zit, bv. 'na het eerste jaar van de 3de graad'.",
                        max_length=200,
                        verbose_name="voor wie",
                    ),
                ),
                (
                    "amount_eur",
                    models.DecimalField(
                        decimal_places=2, max_digits=8, verbose_name="bedrag (€ per maand)"
                    ),
                ),
                (
                    "holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="geldt sinds",
                    ),
                ),
                (
                    "stated_for_year",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Het jaar waarvoor de bron dit bedrag noemt, bv. 2025.",
                        null=True,
                        verbose_name="bedrag van het jaar",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="De lezer ziet het naast het bedrag.",
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
                (
                    "contract",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="allowance_tiers",
                        to="trajectories.learningcontract",
                        verbose_name="leerovereenkomst",
                    ),
                ),
                (
                    "routes",
                    models.ManyToManyField(
                        blank=True,
                        help_text="De trajecten waarvan de lerende in deze schijf zit.",
                        related_name="allowance_tiers",
                        to="trajectories.route",
                        verbose_name="geldt voor de lerenden van",
                    ),
                ),
            ],
            options={
                "verbose_name": "schijf van de leervergoeding",
                "verbose_name_plural": "schijven van de leervergoeding",
                "ordering": ["contract__position", "amount_eur"],
            },
        ),
        migrations.CreateModel(
            name="RouteQualification",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        help_text="Alleen als die verschilt van de duur van het traject, bv. '720 lestijden'.",
                        max_length=200,
                        verbose_name="duur voor deze kwalificatie",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=300, verbose_name="opmerking")),
                (
                    "qualification",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="route_links",
                        to="qualifications.professionalqualification",
                        verbose_name="beroepskwalificatie",
                    ),
                ),
                (
                    "route",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="qualification_links",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "kwalificatie van een traject",
                "verbose_name_plural": "kwalificaties van een traject",
                "ordering": ["route__position", "qualification__position"],
            },
        ),
        migrations.CreateModel(
            name="RouteRule",
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
                    "kind",
                    models.CharField(
                        choices=[
                            ("toegang", "Wie mag starten"),
                            ("aanrader", "Reden die het traject aanraadt"),
                            ("let-op", "Let op (sluit niet uit)"),
                        ],
                        help_text="'Wie mag starten': minstens één zo'n regel van het traject moet passen, anders valt het traject af (behalve als de regel onzeker is). 'Reden' en 'Let op' tonen hun tekst als ze passen, en tellen hun punten mee voor de volgorde.",
                        max_length=10,
                        verbose_name="soort regel",
                    ),
                ),
                (
                    "who",
                    models.CharField(
                        blank=True,
                        help_text="Alleen bij 'wie mag starten': kort, zoals in 'Dit traject is voor …', bv. 'leerlingen van 15 tot 25 jaar'. De routeplanner zegt het als het traject niet past.",
                        max_length=200,
                        verbose_name="voor wie",
                    ),
                ),
                (
                    "text",
                    models.TextField(
                        blank=True,
                        help_text="De reden zoals de routeplanner en de pagina van het traject ze tonen als de regel past. Leeg: de regel telt mee, maar toont niets.",
                        verbose_name="wat de lezer leest",
                    ),
                ),
                (
                    "min_age",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="vanaf leeftijd"
                    ),
                ),
                (
                    "max_age",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="tot en met leeftijd"
                    ),
                ),
                (
                    "situations",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: elke situatie. Anders: de regel past alleen bij deze situaties.",
                        max_length=120,
                        verbose_name="situaties",
                    ),
                ),
                (
                    "diplomas",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: elke vooropleiding. Wie 'soort niet bekend' invult, krijgt een regel die OK3 of OK4 vraagt te zien als 'hangt af van je diploma'.",
                        max_length=120,
                        verbose_name="vooropleiding",
                    ),
                ),
                (
                    "experiences",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: ervaring speelt geen rol. Anders: één van deze soorten ervaring.",
                        max_length=120,
                        verbose_name="ervaring die telt",
                    ),
                ),
                (
                    "min_experience_years",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        null=True,
                        verbose_name="minstens zoveel jaar ervaring in de kinderopvang",
                    ),
                ),
                (
                    "moments",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: het lesmoment speelt geen rol.",
                        max_length=60,
                        verbose_name="lesmomenten",
                    ),
                ),
                (
                    "wants_pay",
                    models.BooleanField(
                        blank=True,
                        help_text="Ja: de regel past alleen bij wie betaald wil leren. Leeg: speelt geen rol.",
                        null=True,
                        verbose_name="als de kandidaat betaald wil leren",
                    ),
                ),
                (
                    "needs_held_qualification",
                    models.BooleanField(
                        default=False,
                        verbose_name="als de kandidaat al een kwalificatie kinderbegeleider heeft",
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'Avondopleiding: 2 lesavonden per week, 2 jaar'. Leeg: de gewone duur.",
                        max_length=120,
                        verbose_name="duur als deze regel past",
                    ),
                ),
                (
                    "points",
                    models.SmallIntegerField(
                        default=0,
                        help_text="Hoe sterk deze regel het traject aanraadt als hij past (negatief: minder sterk). Trajecten met meer punten staan hoger in de routeplanner.",
                        verbose_name="gewicht",
                    ),
                ),
                (
                    "is_uncertain",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als de bronnen deze regel niet (eenduidig) bevestigen. Een onzekere regel sluit nooit uit: het traject blijft staan, met wat onzeker is.",
                        verbose_name="onzeker",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Eén of twee zinnen voor de lezer, met de bron. Staat overal waar de regel gebruikt wordt.",
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
                    "route",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="rules",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "regel van een traject",
                "verbose_name_plural": "regels van een traject",
                "ordering": ["route__position", "position"],
            },
        ),
        migrations.CreateModel(
            name="RouteSection",
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
                ("title", models.CharField(max_length=200, verbose_name="titel")),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: lijstjes met '- ', links als [tekst](url).",
                        verbose_name="tekst",
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
                    "route",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="sections",
                        to="trajectories.route",
                        verbose_name="traject",
                    ),
                ),
            ],
            options={
                "verbose_name": "onderdeel van een traject",
                "verbose_name_plural": "onderdelen van een traject",
                "ordering": ["route", "position"],
            },
        ),
        migrations.CreateModel(
            name="SupportService",
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
                ("name", models.CharField(max_length=160, verbose_name="naam")),
                ("summary", models.TextField(verbose_name="in het kort")),
                (
                    "for_candidates",
                    models.TextField(
                        blank=True, help_text="Markdown.", verbose_name="voor kandidaten"
                    ),
                ),
                (
                    "for_employers",
                    models.TextField(
                        blank=True, help_text="Markdown.", verbose_name="voor werkgevers"
                    ),
                ),
                ("is_free", models.BooleanField(default=False, verbose_name="gratis")),
                ("website", models.URLField(blank=True, max_length=500, verbose_name="website")),
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
                    "provinces",
                    models.ManyToManyField(
                        blank=True,
                        help_text="De provincies (en Brussel) waar deze ondersteuning beschikbaar is.",
                        related_name="support_services",
                        to="portal.province",
                        verbose_name="werkt in",
                    ),
                ),
            ],
            options={
                "verbose_name": "ondersteuning",
                "verbose_name_plural": "ondersteuning",
                "ordering": ["position", "name"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalSupportService_provinces",
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
                        to="trajectories.historicalsupportservice",
                    ),
                ),
                (
                    "province",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="portal.province",
                    ),
                ),
                (
                    "supportservice",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        db_tablespace="",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="trajectories.supportservice",
                    ),
                ),
            ],
            options={
                "verbose_name": "HistoricalSupportService_provinces",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="DualRequirement",
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
                        help_text="Staat in de link van de zelftest.",
                        max_length=60,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "subject",
                    models.CharField(
                        choices=[("werkplek", "De werkplek (erkenning)"), ("mentor", "De mentor")],
                        max_length=10,
                        verbose_name="voor wie",
                    ),
                ),
                ("requirement", models.CharField(max_length=300, verbose_name="voorwaarde")),
                (
                    "question",
                    models.CharField(
                        help_text="Een vraag die je met 'ja' beantwoordt.",
                        max_length=300,
                        verbose_name="vraag in de zelftest",
                    ),
                ),
                (
                    "next_step",
                    models.TextField(
                        help_text="De volgende stap, concreet. Markdown mag.",
                        verbose_name="wat te doen als het ontbreekt",
                    ),
                ),
                (
                    "exception",
                    models.TextField(
                        blank=True,
                        help_text="Wanneer er van de voorwaarde afgeweken kan worden.",
                        verbose_name="uitzondering",
                    ),
                ),
                (
                    "caveat",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen over deze voorwaarde niet bevestigen, met de bron. De lezer ziet het bij de vraag, nog vóór hij antwoordt.",
                        verbose_name="onzeker",
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
                "verbose_name": "voorwaarde duaal leren",
                "verbose_name_plural": "voorwaarden duaal leren",
                "ordering": ["subject", "position"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("subject__in", ["werkplek", "mentor"])),
                        name="trajectories_dualrequirement_subject_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Proposal",
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
                    "handled_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="afgehandeld op"),
                ),
                (
                    "is_new",
                    models.BooleanField(
                        default=False,
                        help_text="Een nieuw aanbod staat als concept klaar; aanvaarden publiceert het.",
                        verbose_name="nieuw aanbod",
                    ),
                ),
                (
                    "changes",
                    models.JSONField(
                        blank=True,
                        default=dict,
                        encoder=django.core.serializers.json.DjangoJSONEncoder,
                        verbose_name="wijzigingen",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("ingediend", "Wacht op nazicht"),
                            ("aanvaard", "Aanvaard"),
                            ("teruggestuurd", "Teruggestuurd"),
                        ],
                        db_index=True,
                        default="ingediend",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                (
                    "message",
                    models.TextField(
                        blank=True,
                        help_text="Waarom het voorstel teruggestuurd is.",
                        max_length=2000,
                        validators=[portal.validators.plain_text_validate],
                        verbose_name="bericht aan de aanbieder",
                    ),
                ),
                (
                    "handled_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="afgehandeld door",
                    ),
                ),
                (
                    "location",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="trajectories.location",
                        verbose_name="vestiging",
                    ),
                ),
                (
                    "offering",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="trajectories.offering",
                        verbose_name="opleidingsaanbod",
                    ),
                ),
                (
                    "proposed_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="voorgesteld door",
                    ),
                ),
                (
                    "provider",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="trajectories.provider",
                        verbose_name="aanbieder",
                    ),
                ),
            ],
            options={
                "verbose_name": "voorstel van een aanbieder",
                "verbose_name_plural": "voorstellen van aanbieders",
                "ordering": ["-created_at"],
                "permissions": [("review_proposal", "Kan voorstellen van aanbieders aanvaarden")],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("offering__isnull", False), ("status", "ingediend")),
                        fields=("offering",),
                        name="trajectories_proposal_one_pending_per_offering",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("location__isnull", False), ("status", "ingediend")),
                        fields=("location",),
                        name="trajectories_proposal_one_pending_per_location",
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(
                            ("location__isnull", True),
                            ("offering__isnull", True),
                            ("status", "ingediend"),
                        ),
                        fields=("provider",),
                        name="trajectories_proposal_one_pending_per_provider",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("location__isnull", True), ("offering__isnull", True), _connector="OR"
                        ),
                        name="trajectories_proposal_one_target",
                    ),
                ],
            },
        ),
        migrations.AddIndex(
            model_name="location",
            index=models.Index(fields=["latitude", "longitude"], name="traj_location_lat_lon"),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.UniqueConstraint(
                fields=("provider", "name"), name="trajectories_location_unique_name_per_provider"
            ),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.UniqueConstraint(
                condition=models.Q(("campus_number", ""), _negated=True),
                fields=("provider", "campus_number"),
                name="trajectories_location_unique_campus_per_provider",
            ),
        ),
        migrations.AddConstraint(
            model_name="location",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("latitude__isnull", True), ("longitude__isnull", True)),
                    models.Q(("latitude__range", (49.4, 51.6)), ("longitude__range", (2.5, 6.5))),
                    _connector="OR",
                ),
                name="trajectories_location_coordinates_in_belgium",
            ),
        ),
        migrations.AddConstraint(
            model_name="offering",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("school_year", ""), ("school_year__regex", "^\\d{4}-\\d{4}$"), _connector="OR"
                ),
                name="trajectories_offering_school_year_format",
            ),
        ),
        migrations.AddConstraint(
            model_name="offering",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("ends_on__isnull", True),
                    ("starts_on__isnull", True),
                    ("ends_on__gte", models.F("starts_on")),
                    _connector="OR",
                ),
                name="trajectories_offering_ends_after_start",
            ),
        ),
        migrations.AddConstraint(
            model_name="offering",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_imported", True)),
                fields=("location", "route", "title", "school_year"),
                name="trajectories_offering_unique_imported_programme",
            ),
        ),
        migrations.AddConstraint(
            model_name="careperiod",
            constraint=models.UniqueConstraint(
                fields=("route", "care"), name="trajectories_careperiod_one_per_care"
            ),
        ),
        migrations.AddConstraint(
            model_name="careperiod",
            constraint=models.CheckConstraint(
                condition=models.Q(("max_months__gte", models.F("min_months"))),
                name="trajectories_careperiod_max_after_min",
            ),
        ),
        migrations.AddConstraint(
            model_name="allowancetier",
            constraint=models.CheckConstraint(
                condition=models.Q(("amount_eur__gt", 0)),
                name="trajectories_allowancetier_positive",
            ),
        ),
        migrations.AddConstraint(
            model_name="routequalification",
            constraint=models.UniqueConstraint(
                fields=("route", "qualification"), name="trajectories_routequalification_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="routerule",
            constraint=models.CheckConstraint(
                condition=models.Q(("kind__in", ["toegang", "aanrader", "let-op"])),
                name="trajectories_routerule_kind_valid",
            ),
        ),
        migrations.AddConstraint(
            model_name="routerule",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("max_age__isnull", True),
                    ("min_age__isnull", True),
                    ("max_age__gte", models.F("min_age")),
                    _connector="OR",
                ),
                name="trajectories_routerule_age_window",
            ),
        ),
        migrations.AddConstraint(
            model_name="routerule",
            constraint=models.CheckConstraint(
                condition=models.Q(("is_uncertain", True), ("uncertainty", ""), _negated=True),
                name="trajectories_routerule_uncertain_says_why",
            ),
        ),
        migrations.RunPython(
            search_indexes.create_search_indexes, search_indexes.drop_search_indexes
        ),
    ]
