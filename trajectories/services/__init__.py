"""Services of the trajectories app: rules as plain functions, imports as atomic writes."""

from trajectories.services.schools import ImportReport, providers_import
from trajectories.services.self_check import SelfCheckResult, dual_self_check

__all__ = ["ImportReport", "SelfCheckResult", "dual_self_check", "providers_import"]
