"""Models of the trajectories app: the routes and their rules, and the providers that teach them."""

from trajectories.models.providers import Location, Offering, Provider
from trajectories.models.reviews import Proposal, Report
from trajectories.models.routes import (
    DualRequirement,
    LearningContract,
    Route,
    RouteQualification,
    RouteSection,
    SupportService,
)
from trajectories.models.rules import AllowanceTier, CarePeriod, RouteRule

__all__ = [
    "AllowanceTier",
    "CarePeriod",
    "DualRequirement",
    "LearningContract",
    "Location",
    "Offering",
    "Proposal",
    "Provider",
    "Report",
    "Route",
    "RouteQualification",
    "RouteRule",
    "RouteSection",
    "SupportService",
]
