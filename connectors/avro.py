"""Avro on the wire: one serializer per event schema, two framings behind one interface.

Without a schema registry, events use the Avro *single-object encoding* from the Avro
specification: ``C3 01`` + the 8-byte little-endian CRC-64-AVRO fingerprint of the writer
schema + the Avro binary body. Any Avro library in any language can decode it with the
schema file alone, and the fingerprint tells a reader which schema version wrote it.

With a registry configured, events use the Confluent framing the ecosystem expects:
``00`` + the 4-byte big-endian schema id + the Avro binary body.

A reader accepts both, so a deployment can move to a registry without a flag day.
"""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol

import fastavro
from fastavro.schema import fingerprint, parse_schema, to_parsing_canonical_form

from llmstream.errors import DecodeError

SINGLE_OBJECT_MAGIC = b"\xc3\x01"
CONFLUENT_MAGIC = b"\x00"

SCHEMA_FILES = {
    "request": "request.avsc",
    "response": "response.avsc",
    "telemetry": "telemetry.avsc",
    "dead_letter": "dead_letter.avsc",
    "prompt": "prompt.avsc",
    "feedback": "feedback.avsc",
    "evaluation": "evaluation.avsc",
}


def load_schema_json(name: str) -> dict[str, Any]:
    """The JSON of a schema shipped in ``schemas/`` (``request``, ``response``...)."""
    text = resources.files("llmstream.schemas").joinpath(SCHEMA_FILES[name]).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def schema_fingerprint(schema: dict[str, Any]) -> bytes:
    """CRC-64-AVRO fingerprint of the schema's parsing canonical form (8 bytes, LE)."""
    digest = fingerprint(to_parsing_canonical_form(parse_schema(schema)), "CRC-64-AVRO")
    return int(digest, 16).to_bytes(8, "little")


class SchemaResolver(Protocol):
    """Finds a writer schema by its framing's identifier (fingerprint or registry id)."""

    def by_fingerprint(self, fp: bytes) -> dict[str, Any] | None: ...
    def by_registry_id(self, schema_id: int) -> dict[str, Any] | None: ...


@dataclass
class AvroSerde:
    """Encode and decode one event type.

    ``registry_id`` switches the writer to the Confluent framing; ``resolver`` lets the
    reader decode messages written with other (older or newer) versions of the schema.
    """

    schema: dict[str, Any]
    registry_id: int | None = None
    resolver: SchemaResolver | None = None

    def __post_init__(self) -> None:
        self._parsed = parse_schema(self.schema)
        self._fingerprint = schema_fingerprint(self.schema)
        if self.registry_id is None:
            self._header = SINGLE_OBJECT_MAGIC + self._fingerprint
        else:
            self._header = CONFLUENT_MAGIC + struct.pack(">I", self.registry_id)

    @property
    def fingerprint(self) -> bytes:
        return self._fingerprint

    def encode(self, record: dict[str, Any]) -> bytes:
        buffer = io.BytesIO()
        buffer.write(self._header)
        fastavro.schemaless_writer(buffer, self._parsed, record)
        return buffer.getvalue()

    def decode(self, data: bytes | None) -> dict[str, Any]:
        if not data:
            raise DecodeError("empty message")
        writer = self._writer_schema(data)
        offset = 10 if data[:2] == SINGLE_OBJECT_MAGIC else 5
        try:
            record = fastavro.schemaless_reader(
                io.BytesIO(data[offset:]), writer, self._parsed
            )
        except Exception as error:  # fastavro raises many types on corrupt input
            raise DecodeError(f"corrupt Avro body: {type(error).__name__}: {error}") from None
        if not isinstance(record, dict):
            raise DecodeError("Avro body is not a record")
        return record

    def _writer_schema(self, data: bytes) -> Any:
        if data[:2] == SINGLE_OBJECT_MAGIC:
            if len(data) < 10:
                raise DecodeError("truncated single-object header")
            fp = data[2:10]
            if fp == self._fingerprint:
                return self._parsed
            found = self.resolver.by_fingerprint(fp) if self.resolver else None
            if found is None:
                raise DecodeError(f"unknown writer schema fingerprint {fp.hex()}")
            return _parsed(json.dumps(found, sort_keys=True))
        if data[:1] == CONFLUENT_MAGIC:
            if len(data) < 5:
                raise DecodeError("truncated Confluent header")
            (schema_id,) = struct.unpack(">I", data[1:5])
            if schema_id == self.registry_id:
                return self._parsed
            found = self.resolver.by_registry_id(schema_id) if self.resolver else None
            if found is None:
                raise DecodeError(f"unknown registry schema id {schema_id}")
            return _parsed(json.dumps(found, sort_keys=True))
        raise DecodeError(f"unknown framing (first byte 0x{data[0]:02x}); not an llmstream event")


@cache
def _parsed(schema_json: str) -> Any:
    return parse_schema(json.loads(schema_json))


class HistoryResolver:
    """Resolves writer schemas from the versions kept in ``schemas/history/``."""

    def __init__(self) -> None:
        self._by_fp: dict[bytes, dict[str, Any]] = {}
        history = resources.files("llmstream.schemas").joinpath("history")
        for folder in history.iterdir():
            if not folder.is_dir():
                continue
            for file in folder.iterdir():
                if file.name.endswith(".avsc"):
                    schema = json.loads(file.read_text("utf-8"))
                    self._by_fp[schema_fingerprint(schema)] = schema

    def by_fingerprint(self, fp: bytes) -> dict[str, Any] | None:
        return self._by_fp.get(fp)

    def by_registry_id(self, schema_id: int) -> dict[str, Any] | None:
        return None


@cache
def serde(name: str) -> AvroSerde:
    """The shared serde for one of the shipped event schemas (single-object framing)."""
    return AvroSerde(load_schema_json(name), resolver=HistoryResolver())


def encoder(name: str) -> Callable[[dict[str, Any]], bytes]:
    return serde(name).encode


def decoder(name: str) -> Callable[[bytes | None], dict[str, Any]]:
    return serde(name).decode
