"""The portal's models as the migrations 0001-0010 left them, in one migration: a new database
is made in a fraction of the time. The roles (0004, 0006, 0011) stay migrations of their own, run
after the models of the apps they name. The replaced migrations stay until every installation has
applied them."""

import django.contrib.auth.models
import django.contrib.auth.validators
import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("portal", "0001_initial"),
        ("portal", "0002_textblock_alter_resource_url"),
        ("portal", "0003_history_and_checks"),
        ("portal", "0005_former_nis_codes"),
        ("portal", "0007_rate_limit_hits"),
        ("portal", "0008_content_version"),
        ("portal", "0009_resource_end_date"),
        ("portal", "0010_glossary_terms"),
    ]

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32, verbose_name="versie")),
                (
                    "changed_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="gewijzigd op"
                    ),
                ),
            ],
            options={
                "verbose_name": "versie van de inhoud",
                "verbose_name_plural": "versies van de inhoud",
            },
        ),
        migrations.CreateModel(
            name="LinkCheck",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("url", models.URLField(max_length=500, unique=True, verbose_name="link")),
                (
                    "status_code",
                    models.PositiveSmallIntegerField(
                        help_text="Het antwoord van de server, bv. 200 (werkt) of 404 (niet gevonden). Leeg als er geen antwoord kwam.",
                        null=True,
                        verbose_name="HTTP-status",
                    ),
                ),
                (
                    "error",
                    models.CharField(
                        blank=True,
                        help_text="Wat er misliep, bv. 'Pagina niet gevonden' of 'Server niet gevonden'.",
                        max_length=300,
                        verbose_name="probleem",
                    ),
                ),
                (
                    "is_broken",
                    models.BooleanField(
                        help_text="Aan als de link bij de laatste controle niet werkte.",
                        verbose_name="stuk",
                    ),
                ),
                ("checked_at", models.DateTimeField(verbose_name="nagekeken op")),
                (
                    "first_broken_at",
                    models.DateTimeField(
                        help_text="Sinds wanneer de link zonder onderbreking stuk is. Leeg als hij werkt.",
                        null=True,
                        verbose_name="stuk sinds",
                    ),
                ),
            ],
            options={
                "verbose_name": "linkcontrole",
                "verbose_name_plural": "linkcontroles",
                "ordering": ["-is_broken", "url"],
            },
        ),
        migrations.CreateModel(
            name="Municipality",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("nis_code", models.CharField(max_length=5, unique=True, verbose_name="NIS-code")),
                ("name_nl", models.CharField(max_length=80, verbose_name="naam")),
                (
                    "name_fr",
                    models.CharField(blank=True, max_length=80, verbose_name="Franse naam"),
                ),
                ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
                ("latitude", models.FloatField(verbose_name="breedtegraad")),
                ("longitude", models.FloatField(verbose_name="lengtegraad")),
                ("search_key", models.CharField(db_index=True, editable=False, max_length=80)),
                ("search_key_fr", models.CharField(db_index=True, editable=False, max_length=80)),
            ],
            options={
                "verbose_name": "gemeente",
                "verbose_name_plural": "gemeenten",
                "ordering": ["name_nl"],
            },
        ),
        migrations.CreateModel(
            name="Province",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("slug", models.SlugField(max_length=40, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=60, unique=True, verbose_name="naam")),
                (
                    "region",
                    models.CharField(
                        choices=[
                            ("vlaams-gewest", "Vlaams Gewest"),
                            ("brussels-gewest", "Brussels Hoofdstedelijk Gewest"),
                        ],
                        max_length=20,
                        verbose_name="gewest",
                    ),
                ),
            ],
            options={
                "verbose_name": "provincie",
                "verbose_name_plural": "provincies",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="User",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("password", models.CharField(max_length=128, verbose_name="password")),
                (
                    "last_login",
                    models.DateTimeField(blank=True, null=True, verbose_name="last login"),
                ),
                (
                    "is_superuser",
                    models.BooleanField(
                        default=False,
                        help_text="Designates that this user has all permissions without explicitly assigning them.",
                        verbose_name="superuser status",
                    ),
                ),
                (
                    "username",
                    models.CharField(
                        error_messages={"unique": "A user with that username already exists."},
                        help_text="Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.",
                        max_length=150,
                        unique=True,
                        validators=[django.contrib.auth.validators.UnicodeUsernameValidator()],
                        verbose_name="username",
                    ),
                ),
                (
                    "first_name",
                    models.CharField(blank=True, max_length=150, verbose_name="first name"),
                ),
                (
                    "last_name",
                    models.CharField(blank=True, max_length=150, verbose_name="last name"),
                ),
                (
                    "email",
                    models.EmailField(blank=True, max_length=254, verbose_name="email address"),
                ),
                (
                    "is_staff",
                    models.BooleanField(
                        default=False,
                        help_text="Designates whether the user can log into this admin site.",
                        verbose_name="staff status",
                    ),
                ),
                (
                    "is_active",
                    models.BooleanField(
                        default=True,
                        help_text="Designates whether this user should be treated as active. Unselect this instead of deleting accounts.",
                        verbose_name="active",
                    ),
                ),
                (
                    "date_joined",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="date joined"
                    ),
                ),
                (
                    "organisation",
                    models.CharField(
                        blank=True,
                        help_text="Voor welke sectororganisatie deze persoon werkt (bv. VIVO, VVSG).",
                        max_length=120,
                        verbose_name="organisatie",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        blank=True,
                        help_text="The groups this user belongs to. A user will get all permissions granted to each of their groups.",
                        related_name="user_set",
                        related_query_name="user",
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
                (
                    "user_permissions",
                    models.ManyToManyField(
                        blank=True,
                        help_text="Specific permissions for this user.",
                        related_name="user_set",
                        related_query_name="user",
                        to="auth.permission",
                        verbose_name="user permissions",
                    ),
                ),
            ],
            options={
                "verbose_name": "gebruiker",
                "verbose_name_plural": "gebruikers",
                "permissions": [
                    ("publish_content", "Kan inhoud publiceren en offline halen"),
                    ("preview_content", "Kan concepten bekijken op hun publieke pagina"),
                ],
                "abstract": False,
            },
            managers=[
                ("objects", django.contrib.auth.models.UserManager()),
            ],
        ),
        migrations.CreateModel(
            name="ContactOrganisation",
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
                ("slug", models.SlugField(max_length=60, unique=True, verbose_name="slug")),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "description",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin voor de lezer: voor wie spreekt deze organisatie?",
                        max_length=300,
                        verbose_name="wie ze zijn",
                    ),
                ),
                ("website", models.URLField(max_length=300, verbose_name="website")),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lagere getallen staan eerst.", verbose_name="volgorde"
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
                "verbose_name": "contactorganisatie",
                "verbose_name_plural": "contactorganisaties",
                "ordering": ["position", "name"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalContactOrganisation",
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
                ("slug", models.SlugField(max_length=60, verbose_name="slug")),
                ("name", models.CharField(max_length=120, verbose_name="naam")),
                (
                    "description",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin voor de lezer: voor wie spreekt deze organisatie?",
                        max_length=300,
                        verbose_name="wie ze zijn",
                    ),
                ),
                ("website", models.URLField(max_length=300, verbose_name="website")),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lagere getallen staan eerst.", verbose_name="volgorde"
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
                "verbose_name": "historical contactorganisatie",
                "verbose_name_plural": "historical contactorganisaties",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalResource",
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
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer er vindt, in één of twee zinnen.",
                        verbose_name="beschrijving",
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        blank=True,
                        help_text="Leeg laten als de bron het instrument of project noemt zonder link.",
                        max_length=500,
                        verbose_name="link",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("vinder", "Scholen en opleidingen vinden"),
                            ("instrument", "Instrument"),
                            ("project", "Project"),
                            ("website", "Website"),
                        ],
                        max_length=12,
                        verbose_name="soort",
                    ),
                ),
                (
                    "ends_on",
                    models.DateField(
                        blank=True,
                        help_text="Voor een project of maatregel met een einddatum. Daarna toont de site het als afgelopen, met die datum, nooit als een weg die nu openstaat.",
                        null=True,
                        verbose_name="liep tot en met",
                    ),
                ),
                (
                    "is_for_employers",
                    models.BooleanField(default=False, verbose_name="voor werkgevers"),
                ),
                (
                    "is_for_mentors",
                    models.BooleanField(default=False, verbose_name="voor mentoren en kandidaten"),
                ),
                (
                    "is_for_sector",
                    models.BooleanField(default=False, verbose_name="voor sectorpersoneel"),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lagere getallen staan eerst.", verbose_name="volgorde"
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
                "verbose_name": "historical externe bron",
                "verbose_name_plural": "historical externe bronnen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalTerm",
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
                        help_text="Vast: pagina's linken naar /begrippen/#slug. Niet wijzigen.",
                        max_length=60,
                        verbose_name="slug",
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text="Zoals de pagina's het schrijven, bv. 'OK3' of 'lestijden'.",
                        max_length=80,
                        verbose_name="begrip",
                    ),
                ),
                (
                    "full_name",
                    models.CharField(
                        blank=True,
                        help_text="Wat de afkorting voluit betekent. Leeg als het geen afkorting is, of als geen bron het voluit schrijft.",
                        max_length=200,
                        verbose_name="voluit",
                    ),
                ),
                (
                    "also_written",
                    models.CharField(
                        blank=True,
                        help_text="Andere schrijfwijzen die de lezer tegenkomt, gescheiden door komma's, bv. 'ODOW'.",
                        max_length=120,
                        verbose_name="ook geschreven als",
                    ),
                ),
                (
                    "meaning",
                    models.TextField(
                        help_text="In gewone taal, voor een werkgever of een kandidaat van 19: één tot drie zinnen. Markdown.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als de bron het begrip gebruikt zonder het uit te leggen, of als iets aan de uitleg niet bevestigd is: zeg het. De lezer ziet het bij het begrip.",
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
                "verbose_name": "historical begrip",
                "verbose_name_plural": "historical begrippen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalTextBlock",
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
                        help_text="Vast: de pagina zoekt de tekst op met deze naam. Niet wijzigen.",
                        max_length=80,
                        verbose_name="slug",
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="titel")),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: **vet**, *schuin*, lijstjes met '- ', links als [tekst](https://...).",
                        verbose_name="tekst",
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
                "verbose_name": "historical tekstblok",
                "verbose_name_plural": "historical tekstblokken",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="ImportRecord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("scholenlijst", "Officiële scholenlijst"),
                            ("inhoud", "Inhoud (export van het portaal)"),
                        ],
                        max_length=20,
                        verbose_name="soort",
                    ),
                ),
                ("file_name", models.CharField(max_length=255, verbose_name="bestand")),
                ("summary", models.TextField(verbose_name="resultaat")),
                ("imported_at", models.DateTimeField(auto_now_add=True, verbose_name="op")),
                (
                    "imported_by",
                    models.ForeignKey(
                        blank=True,
                        help_text="Leeg: via de opdrachtregel.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="door",
                    ),
                ),
            ],
            options={
                "verbose_name": "import",
                "verbose_name_plural": "imports",
                "ordering": ["-imported_at"],
            },
        ),
        migrations.CreateModel(
            name="FormerNisCode",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "nis_code",
                    models.CharField(max_length=5, unique=True, verbose_name="oude NIS-code"),
                ),
                ("name", models.CharField(max_length=80, verbose_name="naam van de gemeente toen")),
                ("merged_on", models.DateField(verbose_name="gefusioneerd op")),
                ("source_url", models.URLField(max_length=300, verbose_name="bron")),
                (
                    "municipality",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="former_nis_codes",
                        to="portal.municipality",
                        verbose_name="nu deel van",
                    ),
                ),
            ],
            options={
                "verbose_name": "NIS-code van voor een fusie",
                "verbose_name_plural": "NIS-codes van voor een fusie",
                "ordering": ["nis_code"],
            },
        ),
        migrations.CreateModel(
            name="FormerMunicipality",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=80, unique=True, verbose_name="naam")),
                ("merged_on", models.DateField(verbose_name="gefusioneerd op")),
                ("search_key", models.CharField(db_index=True, editable=False, max_length=80)),
                (
                    "municipality",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="former_municipalities",
                        to="portal.municipality",
                        verbose_name="opgegaan in",
                    ),
                ),
            ],
            options={
                "verbose_name": "voormalige gemeente",
                "verbose_name_plural": "voormalige gemeenten",
                "ordering": ["name"],
            },
        ),
        migrations.AddField(
            model_name="municipality",
            name="province",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="municipalities",
                to="portal.province",
                verbose_name="provincie",
            ),
        ),
        migrations.CreateModel(
            name="RateLimitHit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("scope", models.CharField(max_length=40, verbose_name="soort")),
                ("subject", models.CharField(max_length=64, verbose_name="afzender (versleuteld)")),
                ("at", models.DateTimeField(verbose_name="op")),
            ],
            options={
                "verbose_name": "geteld gebruik",
                "verbose_name_plural": "getelde gebruiken",
                "ordering": ["-at"],
                "indexes": [
                    models.Index(fields=["scope", "subject", "at"], name="portal_ratelimit_lookup"),
                    models.Index(fields=["at"], name="portal_ratelimit_at"),
                ],
            },
        ),
        migrations.CreateModel(
            name="Resource",
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
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="Wat de lezer er vindt, in één of twee zinnen.",
                        verbose_name="beschrijving",
                    ),
                ),
                (
                    "url",
                    models.URLField(
                        blank=True,
                        help_text="Leeg laten als de bron het instrument of project noemt zonder link.",
                        max_length=500,
                        verbose_name="link",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("vinder", "Scholen en opleidingen vinden"),
                            ("instrument", "Instrument"),
                            ("project", "Project"),
                            ("website", "Website"),
                        ],
                        max_length=12,
                        verbose_name="soort",
                    ),
                ),
                (
                    "ends_on",
                    models.DateField(
                        blank=True,
                        help_text="Voor een project of maatregel met een einddatum. Daarna toont de site het als afgelopen, met die datum, nooit als een weg die nu openstaat.",
                        null=True,
                        verbose_name="liep tot en met",
                    ),
                ),
                (
                    "is_for_employers",
                    models.BooleanField(default=False, verbose_name="voor werkgevers"),
                ),
                (
                    "is_for_mentors",
                    models.BooleanField(default=False, verbose_name="voor mentoren en kandidaten"),
                ),
                (
                    "is_for_sector",
                    models.BooleanField(default=False, verbose_name="voor sectorpersoneel"),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Lagere getallen staan eerst.", verbose_name="volgorde"
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
                "verbose_name": "externe bron",
                "verbose_name_plural": "externe bronnen",
                "ordering": ["kind", "position", "title"],
            },
        ),
        migrations.CreateModel(
            name="Term",
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
                        help_text="Vast: pagina's linken naar /begrippen/#slug. Niet wijzigen.",
                        max_length=60,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text="Zoals de pagina's het schrijven, bv. 'OK3' of 'lestijden'.",
                        max_length=80,
                        verbose_name="begrip",
                    ),
                ),
                (
                    "full_name",
                    models.CharField(
                        blank=True,
                        help_text="Wat de afkorting voluit betekent. Leeg als het geen afkorting is, of als geen bron het voluit schrijft.",
                        max_length=200,
                        verbose_name="voluit",
                    ),
                ),
                (
                    "also_written",
                    models.CharField(
                        blank=True,
                        help_text="Andere schrijfwijzen die de lezer tegenkomt, gescheiden door komma's, bv. 'ODOW'.",
                        max_length=120,
                        verbose_name="ook geschreven als",
                    ),
                ),
                (
                    "meaning",
                    models.TextField(
                        help_text="In gewone taal, voor een werkgever of een kandidaat van 19: één tot drie zinnen. Markdown.",
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Als de bron het begrip gebruikt zonder het uit te leggen, of als iets aan de uitleg niet bevestigd is: zeg het. De lezer ziet het bij het begrip.",
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
                "verbose_name": "begrip",
                "verbose_name_plural": "begrippen",
                "ordering": [django.db.models.functions.text.Lower("term")],
            },
        ),
        migrations.CreateModel(
            name="TextBlock",
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
                        help_text="Vast: de pagina zoekt de tekst op met deze naam. Niet wijzigen.",
                        max_length=80,
                        unique=True,
                        verbose_name="slug",
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="titel")),
                (
                    "body",
                    models.TextField(
                        help_text="Markdown: **vet**, *schuin*, lijstjes met '- ', links als [tekst](https://...).",
                        verbose_name="tekst",
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
                "verbose_name": "tekstblok",
                "verbose_name_plural": "tekstblokken",
                "ordering": ["slug"],
            },
        ),
        migrations.CreateModel(
            name="PostalLocality",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "postcode",
                    models.CharField(db_index=True, max_length=4, verbose_name="postcode"),
                ),
                ("name", models.CharField(max_length=80, verbose_name="naam")),
                (
                    "name_fr",
                    models.CharField(blank=True, max_length=80, verbose_name="Franse naam"),
                ),
                ("latitude", models.FloatField(verbose_name="breedtegraad")),
                ("longitude", models.FloatField(verbose_name="lengtegraad")),
                (
                    "is_point_of_municipality",
                    models.BooleanField(
                        default=False,
                        help_text="Aan: geen eigen punt gevonden, de ligging is het centrum van de gemeente.",
                        verbose_name="ligging van de gemeente",
                    ),
                ),
                ("search_key", models.CharField(db_index=True, editable=False, max_length=80)),
                ("search_key_fr", models.CharField(db_index=True, editable=False, max_length=80)),
                (
                    "municipality",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="localities",
                        to="portal.municipality",
                        verbose_name="gemeente",
                    ),
                ),
            ],
            options={
                "verbose_name": "postale deelgemeente",
                "verbose_name_plural": "postale deelgemeenten",
                "ordering": ["postcode", "name"],
                "indexes": [
                    models.Index(fields=["latitude", "longitude"], name="portal_loc_lat_lon")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("postcode", "name", "municipality"),
                        name="portal_postallocality_unique_postcode_name_municipality",
                    )
                ],
            },
        ),
        migrations.AddIndex(
            model_name="municipality",
            index=models.Index(fields=["latitude", "longitude"], name="portal_muni_lat_lon"),
        ),
    ]
