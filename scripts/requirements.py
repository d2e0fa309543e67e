"""Print the pinned requirements of pyproject.toml, one a line, for `uv pip install -r` (or pip).

Usage: python scripts/requirements.py [EXTRA ...]   (e.g. `test` adds the test tools)
"""

import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
requirements = list(project["dependencies"])
for extra in sys.argv[1:]:
    requirements += project["optional-dependencies"][extra]
print("\n".join(requirements))
