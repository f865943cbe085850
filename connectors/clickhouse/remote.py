"""Read the embedded store through the process that owns it (``query_endpoint.py``)."""

from __future__ import annotations

from typing import Any

import httpx

from llmstream.connectors.clickhouse.store import QueryResult, StoreError


class QueryEndpointStore:
    """``QueryReader`` over HTTP: ``POST {endpoint}/query`` with the SQL as the body."""

    def __init__(
        self,
        endpoint: str,
        *,
        timeout_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._client = httpx.Client(base_url=self.endpoint, timeout=timeout_s,
                                    transport=transport)

    def query(self, sql: str) -> QueryResult:
        try:
            response = self._client.post(
                "/query", content=sql.encode("utf-8"),
                headers={"content-type": "text/plain; charset=utf-8"},
            )
        except httpx.HTTPError as error:
            raise StoreError(
                f"query endpoint {self.endpoint} unreachable ({type(error).__name__}: {error}); "
                "is `llmstream sink` running?"
            ) from None
        body = _json_body(response)
        if response.status_code != 200:
            message = body.get("error") if isinstance(body, dict) else None
            raise StoreError(
                f"query endpoint {self.endpoint} answered {response.status_code}: "
                f"{message or response.text[:500]}"
            )
        if not isinstance(body, dict) or "columns" not in body or "rows" not in body:
            raise StoreError(
                f"query endpoint {self.endpoint}: unexpected answer {response.text[:200]!r}"
            )
        return QueryResult(columns=[str(c) for c in body["columns"]],
                           rows=[tuple(row) for row in body["rows"]])

    def healthy(self) -> bool:
        """Whether the owner answers ``/health`` with 200 (its schema is ready)."""
        try:
            return self._client.get("/health").status_code == 200
        except httpx.HTTPError:
            return False

    def close(self) -> None:
        self._client.close()


def _json_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
