"""The self-check of a workplace that wants to host a dual learner."""

from dataclasses import dataclass, field
from typing import Protocol


class Requirement(Protocol):
    slug: str
    subject: str


@dataclass
class SelfCheckResult:
    """What a workplace already meets and what it still misses, per requirement."""

    met: list = field(default_factory=list)
    missing: list = field(default_factory=list)

    @property
    def is_ready(self) -> bool:
        return not self.missing

    def missing_for(self, subject: str) -> list:
        return [requirement for requirement in self.missing if requirement.subject == subject]


def dual_self_check(*, requirements: list[Requirement], satisfied: set[str]) -> SelfCheckResult:
    """Sort the requirements of dual learning into met and missing, keeping their order.

    `satisfied` holds the slugs the employer answered "ja" to; anything not answered is missing,
    because a recognition needs every condition.
    """
    result = SelfCheckResult()
    for requirement in requirements:
        (result.met if requirement.slug in satisfied else result.missing).append(requirement)
    return result
