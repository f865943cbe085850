"""The Python client: publish requests, await their responses.

    client = LLMClient(load_config())
    request_id = client.publish({"messages": [{"role": "user", "content": "Hi"}]})
    response = client.wait(request_id, timeout_s=30)
    client.send_feedback(request_id, "thumbs_up")

The client reads the responses topic from the moment it was created, so it sees every
answer to requests it publishes afterwards (only committed answers: each one once).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from llmstream.config import Config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.events import Feedback, Params, PromptRef, Request, Response, new_id, now_ms
from llmstream.feedback import feedback_event
from llmstream.structured_json import (
    StructureError,
    message_from_json,
    response_format_from_json,
    tools_from_json,
)

PARAM_NAMES = frozenset(Params.__dataclass_fields__)
REQUEST_KEYS = frozenset(
    {"request_id", "messages", "route", "user_id", "tenant", "feature", "params", "timeout_ms",
     "metadata", "response_format", "tools", "tool_choice", "prompt", "cache"}
)


class InvalidRequest(ValueError):
    """A request document the client refuses to publish (the message says why)."""


def _optional_str(doc: Mapping[str, Any], key: str) -> str | None:
    value = doc.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidRequest(f"{key}: expected a string, got {type(value).__name__}")
    return value


def request_from_json(doc: Any) -> Request:
    """Build a request from its JSON form (one line of a ``submit`` file)."""
    if not isinstance(doc, Mapping):
        raise InvalidRequest("a request must be a JSON object")
    unknown = set(doc) - REQUEST_KEYS
    if unknown:
        raise InvalidRequest(f"unknown keys: {', '.join(sorted(unknown))}")
    prompt = prompt_ref_from_json(doc.get("prompt"))
    messages = doc.get("messages", [] if prompt is not None else None)
    if not isinstance(messages, list) or (not messages and prompt is None):
        raise InvalidRequest("messages: expected a non-empty list of {role, content}")
    parsed = []
    for index, message in enumerate(messages):
        if not (
            isinstance(message, Mapping)
            and isinstance(message.get("role"), str)
            and isinstance(message.get("content"), str)
        ):
            raise InvalidRequest(f"messages[{index}]: expected {{role: str, content: str}}")
        try:
            parsed.append(message_from_json(message, f"messages[{index}]"))
        except StructureError as error:
            raise InvalidRequest(str(error)) from None
    params_doc = doc.get("params") or {}
    if not isinstance(params_doc, Mapping):
        raise InvalidRequest("params: expected an object")
    unknown_params = set(params_doc) - PARAM_NAMES
    if unknown_params:
        raise InvalidRequest(f"params: unknown keys: {', '.join(sorted(unknown_params))}")
    try:
        params = Params(
            temperature=_number(params_doc, "temperature", float),
            max_tokens=_number(params_doc, "max_tokens", int),
            top_p=_number(params_doc, "top_p", float),
            stop=_string_list(params_doc, "stop"),
            seed=_number(params_doc, "seed", int),
        )
    except (TypeError, ValueError) as error:
        raise InvalidRequest(f"params: {error}") from None
    metadata = doc.get("metadata") or {}
    if not isinstance(metadata, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()
    ):
        raise InvalidRequest("metadata: expected an object of strings")
    timeout_ms = doc.get("timeout_ms")
    if timeout_ms is not None and (not isinstance(timeout_ms, int) or timeout_ms <= 0):
        raise InvalidRequest("timeout_ms: expected a positive integer")
    try:
        response_format = response_format_from_json(doc.get("response_format"))
        tools = tools_from_json(doc.get("tools"))
    except StructureError as error:
        raise InvalidRequest(str(error)) from None
    return Request(
        request_id=_optional_str(doc, "request_id") or new_id(),
        messages=parsed,
        created_at=now_ms(),
        route=_optional_str(doc, "route"),
        params=params,
        user_id=_optional_str(doc, "user_id"),
        tenant=_optional_str(doc, "tenant"),
        feature=_optional_str(doc, "feature"),
        timeout_ms=timeout_ms,
        metadata=dict(metadata),
        response_format=response_format,
        tools=tools,
        tool_choice=_optional_str(doc, "tool_choice"),
        prompt=prompt,
        cache=_optional_str(doc, "cache") or "default",
    )


def prompt_ref_from_json(doc: Any) -> PromptRef | None:
    """``{"name", "version" or "label", "variables"}``: a registered prompt to render."""
    if doc is None:
        return None
    if not isinstance(doc, Mapping):
        raise InvalidRequest("prompt: expected an object {name, version or label, variables}")
    unknown = set(doc) - {"name", "version", "label", "variables"}
    if unknown:
        raise InvalidRequest(f"prompt: unknown keys: {', '.join(sorted(unknown))}")
    name = doc.get("name")
    if not isinstance(name, str) or not name:
        raise InvalidRequest("prompt.name: expected a non-empty string")
    version = doc.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise InvalidRequest("prompt.version: expected an integer")
    label = _optional_str(doc, "label")
    variables = doc.get("variables") or {}
    if not isinstance(variables, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in variables.items()
    ):
        raise InvalidRequest("prompt.variables: expected an object of strings")
    return PromptRef(name=name, version=version, label=label, variables=dict(variables))


def _number(doc: Mapping[str, Any], key: str, kind: Callable[[Any], Any]) -> Any:
    value = doc.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key}: expected a number")
    if kind is int and not isinstance(value, int):
        raise ValueError(f"{key}: expected an integer")
    return kind(value)


def _string_list(doc: Mapping[str, Any], key: str) -> list[str] | None:
    value = doc.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{key}: expected a string or a list of strings")
    return list(value)


class ResponseTimeout(TimeoutError):
    """No response arrived before the deadline; ``missing`` names the request ids."""

    def __init__(self, missing: set[str]) -> None:
        super().__init__(f"{len(missing)} responses did not arrive in time")
        self.missing = missing


class LLMClient:
    """Publishes requests and reads their responses. Not thread-safe: one per thread."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._request_serde = serde("request")
        self._feedback_serde = serde("feedback")
        self._response_serde = serde("response")
        # Start reading responses before anything is published, so no answer is missed.
        self._reader = TailReader(config.kafka, config.topics.responses)
        self._producer = RecordProducer(config.kafka)
        self._pending: set[str] = set()  # published here, not yet handed to the caller
        self._arrived: dict[str, Response] = {}  # answers read early, for ids in _pending

    def publish(self, request: Request | Mapping[str, Any], flush: bool = True) -> str:
        """Publish one request; returns its id. ``flush=False`` batches for throughput."""
        event = request if isinstance(request, Request) else request_from_json(request)
        self._producer.produce(
            OutRecord(
                self._config.topics.requests,
                event.request_id.encode(),
                self._request_serde.encode(event.to_record()),
            )
        )
        self._pending.add(event.request_id)
        if flush:
            self._producer.flush()
        return event.request_id

    def flush(self) -> None:
        self._producer.flush()

    def send_feedback(
        self,
        request_id: str,
        kind: str,
        *,
        value: float | None = None,
        comment: str | None = None,
        user_id: str | None = None,
        tenant: str | None = None,
        feature: str | None = None,
        metadata: Mapping[str, str] | None = None,
        event_id: str | None = None,
        flush: bool = True,
    ) -> str:
        """Publish feedback on the answer to ``request_id``; returns the event id.

        ``kind``: thumbs_up, thumbs_down, regenerate, task_completed, task_failed or
        comment; ``value`` an optional rating in [0, 1]. Invalid feedback raises
        ``InvalidFeedback`` (with a ``code``) and publishes nothing. Sending again with
        the same ``event_id`` (a retry) is counted once in ClickHouse."""
        event = feedback_event(request_id, kind, value=value, comment=comment,
                               user_id=user_id, tenant=tenant, feature=feature,
                               metadata=metadata, event_id=event_id)
        return self.publish_feedback(event, flush=flush)

    def publish_feedback(self, event: Feedback, flush: bool = True) -> str:
        """Publish a validated feedback event (``feedback.feedback_event``), keyed by its
        request id; returns the event id."""
        self._producer.produce(
            OutRecord(
                self._config.topics.feedback,
                event.request_id.encode(),
                self._feedback_serde.encode(event.to_record()),
            )
        )
        if flush:
            self._producer.flush()
        return event.event_id

    def responses(self, request_ids: Iterable[str], timeout_s: float) -> Iterator[Response]:
        """Yield the response to each id as it arrives, each once; raise ResponseTimeout
        with the ids still missing when the deadline passes.

        Answers read but not yet yielded (the caller stopped iterating) are kept for the
        next call, so breaking out of the loop loses nothing.
        """
        waiting = set(request_ids)
        deadline = time.monotonic() + timeout_s
        ready = [request_id for request_id in waiting if request_id in self._arrived]
        while True:
            for request_id in ready:
                if request_id in waiting and request_id in self._arrived:
                    waiting.discard(request_id)
                    self._pending.discard(request_id)
                    yield self._arrived.pop(request_id)
            if not waiting:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise ResponseTimeout(waiting)
            ready = []
            for message in self._reader.consume(500, min(left, 0.2)):
                if message.error() is not None:
                    continue
                response = Response.from_record(self._response_serde.decode(message.value()))
                request_id = response.request_id
                if request_id in waiting or request_id in self._pending:
                    self._arrived[request_id] = response
                    ready.append(request_id)

    def wait(self, request_id: str, timeout_s: float = 60.0) -> Response:
        for response in self.responses([request_id], timeout_s):
            return response
        raise ResponseTimeout({request_id})  # unreachable: responses() raises first

    def ask(self, request: Request | Mapping[str, Any], timeout_s: float = 60.0) -> Response:
        return self.wait(self.publish(request), timeout_s)

    def close(self) -> None:
        self._producer.flush()
        self._reader.close()

    def __enter__(self) -> LLMClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
