"""Fixtures shared by the integration tests: the real broker and Redis, on free ports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.stackfixture import TestStack


@pytest.fixture(scope="session")
def infra(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestStack]:
    """Kafka and Redis for the whole session, stopped by pid at the end (even on failure).

    ``infra.config`` is the Config, ``infra.config_path`` its file (pass it to
    ``python -m llmstream COMMAND --config``), ``infra.state_dir`` where pids and logs are.
    """
    with TestStack(tmp_path_factory.mktemp("infra")) as stack:
        yield stack
