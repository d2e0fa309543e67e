import pytest

from demand import counting
from tests.backoffice.conftest import redacteur  # noqa: F401 (the Redacteur's account, a fixture)


@pytest.fixture(autouse=True)
def counts_written_at_once(settings):
    """Each counted search reaches the table in its own request (production waits up to a
    minute and writes many together), and no test sees another's counts still in the buffer."""
    settings.DEMAND_COUNTS_FLUSH_SECONDS = 0
    counting.buffer._counts.clear()
    yield
    counting.buffer._counts.clear()
