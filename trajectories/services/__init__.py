"""Services of the trajectories app: rules as plain functions, imports as atomic writes."""

from trajectories.services.self_check import SelfCheckResult, dual_self_check

__all__ = ["SelfCheckResult", "dual_self_check"]
