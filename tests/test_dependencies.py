"""Dependencies point one way (README, "How it is built"): each app imports only the apps below it.

Every module of every app of the project is imported (so a module that no longer imports fails
here too), then its source is read for `import` and `from ... import` statements anywhere in it,
those inside functions included, and each edge to another app is checked against `MAY_IMPORT`.
"""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from django.conf import settings

# The project package: settings, root URLs and the servers' entry points see every app.
PROJECT_MODULES = {"portal.settings", "portal.urls", "portal.wsgi", "portal.asgi"}

# What each app may import, from the bottom up. `portal` is the site shell: it imports no
# domain app, and offers slots (portal.panels) and registries (portal.dashboard) for them to
# fill. The apps on top (workplaces, demand) may import the apps below them, and no app imports
# them: only the project package does.
MAY_IMPORT = {
    "portal": set(),
    "qualifications": {"portal"},
    "trajectories": {"portal", "qualifications"},
    "incentives": {"portal", "qualifications", "trajectories"},
    "workplaces": {"portal", "qualifications", "trajectories", "incentives"},
    "demand": {"portal", "qualifications", "trajectories", "incentives"},
}


def project_apps() -> list[str]:
    """The apps of this project (their package in the project's folder), in INSTALLED_APPS."""
    base = Path(settings.BASE_DIR)
    names = dict.fromkeys(entry.split(".")[0] for entry in settings.INSTALLED_APPS)
    return [name for name in names if (base / name / "apps.py").is_file()]


def app_modules(app: str) -> list[str]:
    package = importlib.import_module(app)
    names = [app]
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
        names.append(info.name)
    return names


def imported_names(module_name: str, source: str, is_package: bool) -> list[tuple[str, int]]:
    """Every module `source` imports, with its line: at the top, in functions, in branches."""
    package = module_name if is_package else module_name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the module's own package upward
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module
            found.append((target, node.lineno))
    return found


def forbidden_edges(
    module_name: str, source: str, apps: set[str], is_package: bool = False
) -> list[str]:
    """The imports of one module that run against `MAY_IMPORT`, each said in a line."""
    if module_name in PROJECT_MODULES:
        return []
    app = module_name.split(".")[0]
    allowed = MAY_IMPORT.get(app, set())
    problems = []
    for target, line in imported_names(module_name, source, is_package):
        other = target.split(".")[0]
        if other in apps and other != app and other not in allowed:
            may = ", ".join(sorted(allowed)) or "no other app"
            problems.append(f"{module_name} (line {line}) imports {target}: {app} may import {may}")
    return problems


def test_every_app_has_its_place_in_the_order():
    missing = [app for app in project_apps() if app not in MAY_IMPORT]
    assert not missing, f"Give {missing} a row in MAY_IMPORT and in the README's rule."


def test_no_module_imports_an_app_above_its_own():
    apps = set(MAY_IMPORT) | set(project_apps())
    problems = []
    for app in project_apps():
        for name in app_modules(app):
            module = importlib.import_module(name)
            path = Path(module.__file__)
            is_package = path.name == "__init__.py"
            problems += forbidden_edges(name, path.read_text(encoding="utf-8"), apps, is_package)
    assert not problems, "Imports that run against the order:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("module_name", "source", "forbidden"),
    [
        ("portal.dashboard", "def f():\n    from trajectories.models import Offering\n", True),
        ("qualifications.views", "import trajectories.models\n", True),
        ("trajectories.views.search", "from workplaces import panels\n", True),
        ("incentives.forms", "from trajectories.choices import published_choices\n", False),
        ("workplaces.views", "from trajectories.models import Offering\n", False),
        ("workplaces.views", "from demand.models import Need\n", True),
        ("portal.urls", "from workplaces import urls\n", False),
        ("trajectories.admin.routes", "from ..models import Route\n", False),
    ],
)
def test_the_check_finds_an_edge_against_the_order(module_name, source, forbidden):
    apps = set(MAY_IMPORT)
    assert bool(forbidden_edges(module_name, source, apps)) is forbidden
