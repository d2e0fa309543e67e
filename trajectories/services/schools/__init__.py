"""Import of the official lists of schools: reading files, matching rows, writing the offer.

`reading` turns bytes into rows, `rows` gives each row its level, place and clean values
(`values` cleans each one),
`writing` compares them with the portal and writes the difference, `report` says what happened,
and `importing.providers_import` runs the four in that order.
"""

from trajectories.services.schools.importing import (
    ONDERWIJSAANBOD_URL,
    SOURCE_NAME,
    providers_import,
)
from trajectories.services.schools.report import SHRINK_LIMIT, Action, ImportReport
from trajectories.services.schools.rows import DEFAULT_LEVELS, LEVELS
from trajectories.services.schools.values import lambert72_to_wgs84
from trajectories.services.schools.writing import Programme

__all__ = [
    "DEFAULT_LEVELS",
    "LEVELS",
    "ONDERWIJSAANBOD_URL",
    "SHRINK_LIMIT",
    "SOURCE_NAME",
    "Action",
    "ImportReport",
    "Programme",
    "lambert72_to_wgs84",
    "providers_import",
]
