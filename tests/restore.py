"""Tests outside a transaction (the browser tests, the real server processes) put the database
back as they found it, on PostgreSQL.

Django's `TransactionTestCase` ends such a test by emptying every table (`flush`) and making the
content types and permissions again, after which the geography, the content and the roles must
be loaded back: about a second a test, where a test writes to a few tables. Here instead:

- The first such test of a process takes a copy of every table that has rows (PostgreSQL's
  binary `COPY`), and gives every table of the project a trigger that notes, once per
  statement, that the table was written to (`INSERT`, `UPDATE`, `DELETE`, `TRUNCATE`), by any
  connection: the test's, the live server's, a gunicorn worker's.
- When a test ends, only the tables written to are emptied and filled from the copy, in one
  transaction. A row that refers to an emptied table finds its row again, under the same id,
  before the foreign keys are checked at the commit (Django makes them deferrable); a table
  whose foreign key cannot wait, or deletes or changes its rows along (`ON DELETE CASCADE`), is
  put back with the table it refers to. Then the content version changes, so nothing cached
  while the test ran is read again.

The database is then as the migrations and the loads left it, with the same rows under the same
ids, and the roles of the migrations with it. Any other database is emptied as Django does.
"""

from django.db import connections, transaction

CHANGED = "test_changed_tables"
NOTE_CHANGE = "test_note_change"

_WATCH_SQL = f"""
CREATE UNLOGGED TABLE IF NOT EXISTS {CHANGED} (name text PRIMARY KEY);
CREATE OR REPLACE FUNCTION {NOTE_CHANGE}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {CHANGED} VALUES (TG_TABLE_NAME) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
"""
_TRIGGER_SQL = (
    "CREATE OR REPLACE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
)
# Each table and the tables whose foreign keys to it are not checked only at the commit or do
# more on a delete than refuse it ('a': no action).
_REFERRED_SQL = """
SELECT referred.relname, referring.relname
FROM pg_constraint
JOIN pg_class referred ON referred.oid = pg_constraint.confrelid
JOIN pg_class referring ON referring.oid = pg_constraint.conrelid
WHERE pg_constraint.contype = 'f'
  AND (NOT pg_constraint.condeferrable OR pg_constraint.confdeltype <> 'a')
"""


class Snapshot:
    """The rows of one database when it was first watched (per table that had any), the tables
    watched, and which tables must be put back with a table they refer to."""

    def __init__(self, tables: set[str], rows: dict[str, bytes], referred_by: dict[str, set[str]]):
        self.tables = tables
        self.rows = rows
        self.referred_by = referred_by

    def with_referring(self, tables: set[str]) -> set[str]:
        """The tables, and every table that must be put back with one of them."""
        found, todo = set(), list(tables)
        while todo:
            table = todo.pop()
            if table not in found:
                found.add(table)
                todo.extend(self.referred_by.get(table, ()))
        return found


_snapshots: dict[str, Snapshot] = {}


def is_restorable(alias: str) -> bool:
    return connections[alias].vendor == "postgresql"


def watch(alias: str) -> None:
    """Copy the database's rows and note from now on which tables are written to (once per
    process and database: a second call does nothing)."""
    if alias in _snapshots:
        return
    connection = connections[alias]
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    quote = connection.ops.quote_name
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        cursor.execute(_WATCH_SQL)
        for table in tables:
            cursor.execute(
                _TRIGGER_SQL.format(trigger=NOTE_CHANGE, table=quote(table), function=NOTE_CHANGE)
            )
        # A kept database (--reuse-db) has its triggers from the run before: what the
        # migrations and the loads of this run wrote since is where the tests start from.
        cursor.execute(f"TRUNCATE {CHANGED}")
        cursor.execute(
            " UNION ALL ".join(
                f"SELECT %s WHERE EXISTS (SELECT 1 FROM {quote(table)})" for table in tables
            ),
            tables,
        )
        rows = {}
        for (table,) in cursor.fetchall():
            with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT (FORMAT BINARY)") as copy:
                rows[table] = b"".join(bytes(block) for block in copy)
        cursor.execute(_REFERRED_SQL)
        referred_by: dict[str, set[str]] = {}
        for referred, referring in cursor.fetchall():
            referred_by.setdefault(referred, set()).add(referring)
    _snapshots[alias] = Snapshot(set(tables), rows, referred_by)


def put_back(alias: str) -> set[str]:
    """Fill the tables written to since the database was watched from its copy; the tables put
    back."""
    from portal.caching import content_changed

    snapshot = _snapshots[alias]
    connection = connections[alias]
    quote = connection.ops.quote_name
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        cursor.execute(f"SELECT name FROM {CHANGED}")
        changed = {name for (name,) in cursor.fetchall()} & snapshot.tables
        if not changed:
            return set()
        tables = sorted(snapshot.with_referring(changed))
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table in tables:
            cursor.execute(f"DELETE FROM {quote(table)}")
        for table in tables:
            if rows := snapshot.rows.get(table):
                with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(rows)
        content_changed()
        # DELETE, not TRUNCATE: a request the live server is still answering may be noting a
        # write, and TRUNCATE would wait for it to end.
        cursor.execute(f"DELETE FROM {CHANGED}")
    return set(tables)
