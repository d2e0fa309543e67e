"""The search's indexes on PostgreSQL; nothing on SQLite, whose small tables need none."""

from django.db import migrations

# Free text (`q`) matches words anywhere in these columns, with Django's `icontains`, which is
# UPPER(column) LIKE UPPER('%word%') on PostgreSQL: a trigram index on UPPER(column) answers that
# without reading every row. pg_trgm is a trusted extension: the database's owner may create it.
# SQLite has neither, and searches its few rows as before.
TRIGRAM_INDEXES = [
    ("traj_offering_title_trgm", "trajectories_offering", "title"),
    ("traj_provider_name_trgm", "trajectories_provider", "name"),
    ("traj_location_name_trgm", "trajectories_location", "name"),
]


# The search goes from the locations near a place to what they teach now: a covering index of
# the current published offerings per location answers that without reading the table.
CURRENT_BY_LOCATION = (
    "CREATE INDEX IF NOT EXISTS traj_offering_current_by_loc ON trajectories_offering "
    "(location_id) INCLUDE (id, route_id, school_year, is_dual, is_daytime, is_evening, "
    "is_weekend, is_distance, starts_on) WHERE status = 'gepubliceerd' AND ended_on IS NULL"
)


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(CURRENT_BY_LOCATION)
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (UPPER({column}::text) gin_trgm_ops)"
        )


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [
        "traj_offering_current_by_loc",
        *(index for index, _table, _col in TRIGRAM_INDEXES),
    ]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("trajectories", "0006_caveats_and_allowance_dates"),
    ]

    operations = [
        migrations.RunPython(create_search_indexes, drop_search_indexes, elidable=False),
    ]
