"""The incentives' models as the migrations 0001-0005 left them, in one migration: a new database
is made in a fraction of the time. The data step of 0005 changes existing rows only, and a new
database has none. The replaced migrations stay until every installation has applied them."""

import django.core.validators
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    replaces = [
        ("incentives", "0001_initial"),
        ("incentives", "0002_history_and_checks"),
        ("incentives", "0003_premiums_sure_or_under_reserve"),
        ("incentives", "0004_premium_outcomes_and_mentors"),
        ("incentives", "0005_history_of_links"),
    ]

    dependencies = [
        ("trajectories", "0001_squashed_0012_history_of_links"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalPremium",
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
                (
                    "funder",
                    models.CharField(
                        help_text="Bv. 'Vlaamse overheid'.",
                        max_length=160,
                        verbose_name="wie betaalt",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("premie", "Premie met een bedrag"),
                            ("maatregel", "Maatregel zonder vast bedrag"),
                        ],
                        default="premie",
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "summary",
                    models.TextField(
                        help_text="Twee zinnen: wat en voor wie.", verbose_name="in het kort"
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        choices=[
                            ("eenmalig", "eenmalig per lerende"),
                            ("per-maand", "per maand per lerende"),
                            ("per-schooljaar", "per schooljaar per lerende"),
                            ("per-mentor", "per mentor, per schijf van begeleidingen"),
                            ("geen", "geen bedrag"),
                        ],
                        default="geen",
                        max_length=16,
                        verbose_name="eenheid",
                    ),
                ),
                (
                    "min_months",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Hoe lang de lerende minstens opgeleid moet worden; 0 als er geen minimum is.",
                        verbose_name="minimum aantal maanden",
                    ),
                ),
                (
                    "max_times_per_learner",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="maximaal aantal keer per lerende"
                    ),
                ),
                (
                    "school_year",
                    models.CharField(
                        choices=[
                            ("sep-aug", "september tot en met augustus"),
                            ("sep-jun", "september tot en met juni"),
                        ],
                        default="sep-aug",
                        help_text="Hoe de bron het schooljaar afbakent. 'Per schooljaar' en 'minimum aantal maanden' tellen per schooljaar; bij 'september tot en met juni' tellen juli en augustus niet mee.",
                        max_length=8,
                        verbose_name="schooljaar van de premie",
                    ),
                ),
                (
                    "learners_per_mentor",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Alleen bij 'per mentor': hoeveel lerenden één mentor begeleidt voor één bedrag, bv. 5 ('1 tot 5 stagebegeleidingen'). Vanaf de volgende begint een nieuwe schijf.",
                        null=True,
                        verbose_name="begeleidingen per schijf",
                    ),
                ),
                (
                    "cap_note",
                    models.CharField(
                        blank=True,
                        help_text="Een plafond zoals de bron het zegt.",
                        max_length=200,
                        verbose_name="maximum",
                    ),
                ),
                (
                    "cap_per_school_year_eur",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="Het plafond dat de schatting toepast, per schooljaar. Leeg: geen plafond.",
                        max_digits=9,
                        null=True,
                        verbose_name="maximum per schooljaar (€)",
                    ),
                ),
                (
                    "reserve_reason",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin: waarom dit geld niet zeker is, ook als alle antwoorden passen (bv. 'Alleen het webinar noemt dit bedrag.'). Leeg als bedrag en recht vaststaan: dan telt de schatting het bij 'zeker'.",
                        max_length=300,
                        verbose_name="waarom onder voorbehoud",
                    ),
                ),
                (
                    "scheme_school_year",
                    models.CharField(
                        blank=True,
                        help_text="Als de bron de premie maar voor één schooljaar noemt, bv. '2024-2025'. Is dat schooljaar voorbij, dan telt de schatting de premie niet mee. Leeg als ze doorloopt.",
                        max_length=9,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{4}-\\d{4}$", "Schrijf een schooljaar als 2025-2026."
                            )
                        ],
                        verbose_name="bekend voor schooljaar",
                    ),
                ),
                (
                    "is_for_private",
                    models.BooleanField(default=False, verbose_name="private non-profit"),
                ),
                (
                    "is_for_self_employed",
                    models.BooleanField(default=False, verbose_name="zelfstandig of commercieel"),
                ),
                (
                    "is_for_local_government",
                    models.BooleanField(default=False, verbose_name="lokaal bestuur"),
                ),
                (
                    "is_for_baby_toddler",
                    models.BooleanField(default=False, verbose_name="baby's en peuters"),
                ),
                (
                    "is_for_out_of_school",
                    models.BooleanField(default=False, verbose_name="buitenschoolse opvang"),
                ),
                (
                    "is_for_family_care",
                    models.BooleanField(default=False, verbose_name="gezinsopvang"),
                ),
                (
                    "reserved_routes_reason",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin voor de lezer, bv. 'Een decreetswijziging is aangekondigd; of ze al geldt, is niet bekend.'",
                        max_length=300,
                        verbose_name="waarom onder voorbehoud voor die trajecten",
                    ),
                ),
                (
                    "reserved_routes_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="Wanneer iemand de status voor die trajecten laatst bij de bron naging.",
                        null=True,
                        verbose_name="die status nagekeken op",
                    ),
                ),
                (
                    "may_be_renewed",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als een premie die voorbij is (einddatum of schooljaar) een nieuwe ronde kan krijgen: de schatting noemt ze dan als 'mogelijk, vraag na bij …', zonder ze mee te tellen.",
                        verbose_name="kan opnieuw lopen",
                    ),
                ),
                (
                    "ask_at",
                    models.CharField(
                        blank=True,
                        help_text="Wie de werkgever kan vragen of de premie (nog) loopt, bv. 'Diverscity'.",
                        max_length=120,
                        verbose_name="vraag na bij",
                    ),
                ),
                (
                    "valid_from",
                    models.DateField(blank=True, null=True, verbose_name="geldig vanaf"),
                ),
                (
                    "valid_until",
                    models.DateField(
                        blank=True,
                        help_text="Leeg als er geen einddatum bekend is.",
                        null=True,
                        verbose_name="geldig tot en met",
                    ),
                ),
                (
                    "not_for",
                    models.CharField(
                        blank=True,
                        help_text="Wie of wat uitdrukkelijk uitgesloten is, bv. 'het 7de jaar duaal'.",
                        max_length=300,
                        verbose_name="niet voor",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen niet (eenduidig) zeggen. De lezer ziet dit bij de premie.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                (
                    "more_info_url",
                    models.URLField(blank=True, max_length=500, verbose_name="meer info"),
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
            ],
            options={
                "verbose_name": "historical premie of maatregel",
                "verbose_name_plural": "historical premies en maatregelen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
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
            ],
            options={
                "verbose_name": "HistoricalPremium_routes",
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPremiumAmount",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "amount_eur",
                    models.DecimalField(decimal_places=2, max_digits=9, verbose_name="bedrag (€)"),
                ),
                (
                    "allowance",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Altijd"),
                            ("ja", "Als de werkgever een leervergoeding betaalt"),
                            ("nee", "Als de werkgever geen leervergoeding betaalt"),
                        ],
                        default="",
                        max_length=3,
                        verbose_name="voorwaarde",
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'met een leervergoeding'.",
                        max_length=200,
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Sinds wanneer dit bedrag geldt, zoals de bron het zegt. Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="geldt sinds",
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
            ],
            options={
                "verbose_name": "historical bedrag",
                "verbose_name_plural": "historical bedragen",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPremiumCondition",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("text", models.CharField(max_length=300, verbose_name="voorwaarde")),
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
            ],
            options={
                "verbose_name": "historical voorwaarde",
                "verbose_name_plural": "historical voorwaarden",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalPremiumUpdate",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "stated_on",
                    models.DateField(
                        help_text="De datum die de bron aan de uitspraak geeft.",
                        verbose_name="datum",
                    ),
                ),
                ("text", models.TextField(verbose_name="wat de bron zegt")),
                ("source_url", models.URLField(max_length=500, verbose_name="bron (link)")),
                ("source_name", models.CharField(max_length=200, verbose_name="bron (naam)")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical update",
                "verbose_name_plural": "historical updates",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Premium",
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
                (
                    "funder",
                    models.CharField(
                        help_text="Bv. 'Vlaamse overheid'.",
                        max_length=160,
                        verbose_name="wie betaalt",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("premie", "Premie met een bedrag"),
                            ("maatregel", "Maatregel zonder vast bedrag"),
                        ],
                        default="premie",
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                (
                    "summary",
                    models.TextField(
                        help_text="Twee zinnen: wat en voor wie.", verbose_name="in het kort"
                    ),
                ),
                (
                    "unit",
                    models.CharField(
                        choices=[
                            ("eenmalig", "eenmalig per lerende"),
                            ("per-maand", "per maand per lerende"),
                            ("per-schooljaar", "per schooljaar per lerende"),
                            ("per-mentor", "per mentor, per schijf van begeleidingen"),
                            ("geen", "geen bedrag"),
                        ],
                        default="geen",
                        max_length=16,
                        verbose_name="eenheid",
                    ),
                ),
                (
                    "min_months",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Hoe lang de lerende minstens opgeleid moet worden; 0 als er geen minimum is.",
                        verbose_name="minimum aantal maanden",
                    ),
                ),
                (
                    "max_times_per_learner",
                    models.PositiveSmallIntegerField(
                        blank=True, null=True, verbose_name="maximaal aantal keer per lerende"
                    ),
                ),
                (
                    "school_year",
                    models.CharField(
                        choices=[
                            ("sep-aug", "september tot en met augustus"),
                            ("sep-jun", "september tot en met juni"),
                        ],
                        default="sep-aug",
                        help_text="Hoe de bron het schooljaar afbakent. 'Per schooljaar' en 'minimum aantal maanden' tellen per schooljaar; bij 'september tot en met juni' tellen juli en augustus niet mee.",
                        max_length=8,
                        verbose_name="schooljaar van de premie",
                    ),
                ),
                (
                    "learners_per_mentor",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        help_text="Alleen bij 'per mentor': hoeveel lerenden één mentor begeleidt voor één bedrag, bv. 5 ('1 tot 5 stagebegeleidingen'). Vanaf de volgende begint een nieuwe schijf.",
                        null=True,
                        verbose_name="begeleidingen per schijf",
                    ),
                ),
                (
                    "cap_note",
                    models.CharField(
                        blank=True,
                        help_text="Een plafond zoals de bron het zegt.",
                        max_length=200,
                        verbose_name="maximum",
                    ),
                ),
                (
                    "cap_per_school_year_eur",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="Het plafond dat de schatting toepast, per schooljaar. Leeg: geen plafond.",
                        max_digits=9,
                        null=True,
                        verbose_name="maximum per schooljaar (€)",
                    ),
                ),
                (
                    "reserve_reason",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin: waarom dit geld niet zeker is, ook als alle antwoorden passen (bv. 'Alleen het webinar noemt dit bedrag.'). Leeg als bedrag en recht vaststaan: dan telt de schatting het bij 'zeker'.",
                        max_length=300,
                        verbose_name="waarom onder voorbehoud",
                    ),
                ),
                (
                    "scheme_school_year",
                    models.CharField(
                        blank=True,
                        help_text="Als de bron de premie maar voor één schooljaar noemt, bv. '2024-2025'. Is dat schooljaar voorbij, dan telt de schatting de premie niet mee. Leeg als ze doorloopt.",
                        max_length=9,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^\\d{4}-\\d{4}$", "Schrijf een schooljaar als 2025-2026."
                            )
                        ],
                        verbose_name="bekend voor schooljaar",
                    ),
                ),
                (
                    "is_for_private",
                    models.BooleanField(default=False, verbose_name="private non-profit"),
                ),
                (
                    "is_for_self_employed",
                    models.BooleanField(default=False, verbose_name="zelfstandig of commercieel"),
                ),
                (
                    "is_for_local_government",
                    models.BooleanField(default=False, verbose_name="lokaal bestuur"),
                ),
                (
                    "is_for_baby_toddler",
                    models.BooleanField(default=False, verbose_name="baby's en peuters"),
                ),
                (
                    "is_for_out_of_school",
                    models.BooleanField(default=False, verbose_name="buitenschoolse opvang"),
                ),
                (
                    "is_for_family_care",
                    models.BooleanField(default=False, verbose_name="gezinsopvang"),
                ),
                (
                    "reserved_routes_reason",
                    models.CharField(
                        blank=True,
                        help_text="Eén zin voor de lezer, bv. 'Een decreetswijziging is aangekondigd; of ze al geldt, is niet bekend.'",
                        max_length=300,
                        verbose_name="waarom onder voorbehoud voor die trajecten",
                    ),
                ),
                (
                    "reserved_routes_checked_on",
                    models.DateField(
                        blank=True,
                        help_text="Wanneer iemand de status voor die trajecten laatst bij de bron naging.",
                        null=True,
                        verbose_name="die status nagekeken op",
                    ),
                ),
                (
                    "may_be_renewed",
                    models.BooleanField(
                        default=False,
                        help_text="Aan als een premie die voorbij is (einddatum of schooljaar) een nieuwe ronde kan krijgen: de schatting noemt ze dan als 'mogelijk, vraag na bij …', zonder ze mee te tellen.",
                        verbose_name="kan opnieuw lopen",
                    ),
                ),
                (
                    "ask_at",
                    models.CharField(
                        blank=True,
                        help_text="Wie de werkgever kan vragen of de premie (nog) loopt, bv. 'Diverscity'.",
                        max_length=120,
                        verbose_name="vraag na bij",
                    ),
                ),
                (
                    "valid_from",
                    models.DateField(blank=True, null=True, verbose_name="geldig vanaf"),
                ),
                (
                    "valid_until",
                    models.DateField(
                        blank=True,
                        help_text="Leeg als er geen einddatum bekend is.",
                        null=True,
                        verbose_name="geldig tot en met",
                    ),
                ),
                (
                    "not_for",
                    models.CharField(
                        blank=True,
                        help_text="Wie of wat uitdrukkelijk uitgesloten is, bv. 'het 7de jaar duaal'.",
                        max_length=300,
                        verbose_name="niet voor",
                    ),
                ),
                (
                    "uncertainty",
                    models.TextField(
                        blank=True,
                        help_text="Wat de bronnen niet (eenduidig) zeggen. De lezer ziet dit bij de premie.",
                        verbose_name="wat onzeker is",
                    ),
                ),
                (
                    "more_info_url",
                    models.URLField(blank=True, max_length=500, verbose_name="meer info"),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
            ],
            options={
                "verbose_name": "premie of maatregel",
                "verbose_name_plural": "premies en maatregelen",
                "ordering": ["position", "name"],
            },
        ),
        migrations.CreateModel(
            name="PremiumAmount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "amount_eur",
                    models.DecimalField(decimal_places=2, max_digits=9, verbose_name="bedrag (€)"),
                ),
                (
                    "allowance",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Altijd"),
                            ("ja", "Als de werkgever een leervergoeding betaalt"),
                            ("nee", "Als de werkgever geen leervergoeding betaalt"),
                        ],
                        default="",
                        max_length=3,
                        verbose_name="voorwaarde",
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        help_text="Bv. 'met een leervergoeding'.",
                        max_length=200,
                        verbose_name="uitleg",
                    ),
                ),
                (
                    "holds_from",
                    models.DateField(
                        blank=True,
                        help_text="Sinds wanneer dit bedrag geldt, zoals de bron het zegt. Leeg als de bron het niet zegt; de lezer ziet dan 'sinds wanneer: niet bekend'.",
                        null=True,
                        verbose_name="geldt sinds",
                    ),
                ),
            ],
            options={
                "verbose_name": "bedrag",
                "verbose_name_plural": "bedragen",
                "ordering": ["premium", "amount_eur"],
            },
        ),
        migrations.CreateModel(
            name="PremiumCondition",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.CharField(max_length=300, verbose_name="voorwaarde")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
            ],
            options={
                "verbose_name": "voorwaarde",
                "verbose_name_plural": "voorwaarden",
                "ordering": ["premium", "position"],
            },
        ),
        migrations.CreateModel(
            name="PremiumUpdate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "stated_on",
                    models.DateField(
                        help_text="De datum die de bron aan de uitspraak geeft.",
                        verbose_name="datum",
                    ),
                ),
                ("text", models.TextField(verbose_name="wat de bron zegt")),
                ("source_url", models.URLField(max_length=500, verbose_name="bron (link)")),
                ("source_name", models.CharField(max_length=200, verbose_name="bron (naam)")),
            ],
            options={
                "verbose_name": "update",
                "verbose_name_plural": "updates",
                "ordering": ["premium", "-stated_on"],
            },
        ),
        migrations.AddField(
            model_name="historicalpremium",
            name="checked_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="gecontroleerd door",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_excluded_routes",
            name="history",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                to="incentives.historicalpremium",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_excluded_routes",
            name="route",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_tablespace="",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="trajectories.route",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_routes",
            name="history",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                to="incentives.historicalpremium",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_routes",
            name="route",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_tablespace="",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="trajectories.route",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumamount",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumcondition",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumupdate",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="premium",
            name="checked_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="gecontroleerd door",
            ),
        ),
        migrations.AddField(
            model_name="premium",
            name="excluded_routes",
            field=models.ManyToManyField(
                blank=True,
                help_text="Trajecten die uitdrukkelijk uitgesloten zijn; zeg waarom bij 'niet voor'.",
                related_name="excluded_premiums",
                to="trajectories.route",
                verbose_name="niet voor trajecten",
            ),
        ),
        migrations.AddField(
            model_name="premium",
            name="reserved_routes",
            field=models.ManyToManyField(
                blank=True,
                help_text="Trajecten waarvoor de premie misschien geldt (bv. een aangekondigde decreetswijziging): de schatting telt ze onder voorbehoud, met de reden en de datum.",
                related_name="reserved_premiums",
                to="trajectories.route",
                verbose_name="onder voorbehoud voor trajecten",
            ),
        ),
        migrations.AddField(
            model_name="premium",
            name="routes",
            field=models.ManyToManyField(
                blank=True,
                help_text="Leeg: voor elk traject.",
                related_name="premiums",
                to="trajectories.route",
                verbose_name="trajecten",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumupdate",
            name="premium",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumcondition",
            name="premium",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremiumamount",
            name="premium",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_routes",
            name="premium",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_tablespace="",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="incentives.premium",
            ),
        ),
        migrations.AddField(
            model_name="historicalpremium_excluded_routes",
            name="premium",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                db_tablespace="",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="incentives.premium",
            ),
        ),
        migrations.AddField(
            model_name="premiumamount",
            name="premium",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="amounts",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddField(
            model_name="premiumcondition",
            name="premium",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="conditions",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddField(
            model_name="premiumupdate",
            name="premium",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="updates",
                to="incentives.premium",
                verbose_name="premie",
            ),
        ),
        migrations.AddConstraint(
            model_name="premium",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("valid_until__isnull", True),
                    ("valid_from__isnull", True),
                    ("valid_until__gte", models.F("valid_from")),
                    _connector="OR",
                ),
                name="incentives_premium_valid_until_after_from",
            ),
        ),
        migrations.AddConstraint(
            model_name="premiumamount",
            constraint=models.CheckConstraint(
                condition=models.Q(("amount_eur__gt", 0)),
                name="incentives_premiumamount_amount_positive",
            ),
        ),
        migrations.AddConstraint(
            model_name="premiumamount",
            constraint=models.UniqueConstraint(
                fields=("premium", "allowance"), name="incentives_premiumamount_one_per_condition"
            ),
        ),
        migrations.AddConstraint(
            model_name="premiumcondition",
            constraint=models.UniqueConstraint(
                fields=("premium", "position"), name="incentives_premiumcondition_unique_position"
            ),
        ),
        migrations.AddConstraint(
            model_name="premiumupdate",
            constraint=models.UniqueConstraint(
                fields=("premium", "stated_on", "source_url"),
                name="incentives_premiumupdate_unique_per_source_and_day",
            ),
        ),
    ]
