from __future__ import annotations

import io
import struct

import fastavro
import pytest

from llmstream.connectors.avro import (
    CONFLUENT_MAGIC,
    SINGLE_OBJECT_MAGIC,
    AvroSerde,
    load_schema_json,
    schema_fingerprint,
    serde,
)
from llmstream.errors import DecodeError
from llmstream.events import Message, Params, Request, Response, Usage


def sample_request() -> Request:
    return Request(
        request_id="r-1",
        messages=[Message("system", "Be brief."), Message("user", "Hello")],
        created_at=1_700_000_000_123,
        route="default",
        params=Params(temperature=0.0, max_tokens=64, stop=["\n"]),
        user_id="u1",
        tenant="acme",
        feature="chat",
        metadata={"trace": "abc"},
    )


def test_request_round_trips_with_single_object_framing() -> None:
    codec = serde("request")
    data = codec.encode(sample_request().to_record())
    assert data[:2] == SINGLE_OBJECT_MAGIC
    assert data[2:10] == schema_fingerprint(load_schema_json("request"))
    assert Request.from_record(codec.decode(data)) == sample_request()


def test_any_avro_reader_decodes_it_with_the_schema_file_alone() -> None:
    """The body after the 10-byte header is plain Avro binary of the schema."""
    data = serde("request").encode(sample_request().to_record())
    schema = fastavro.parse_schema(load_schema_json("request"))
    record = fastavro.schemaless_reader(io.BytesIO(data[10:]), schema, None)
    assert isinstance(record, dict) and record["request_id"] == "r-1"


def test_confluent_framing_when_a_registry_id_is_set() -> None:
    codec = AvroSerde(load_schema_json("response"), registry_id=42)
    response = Response(request_id="r", status="ok", usage=Usage(3, 4), created_at=1)
    data = codec.encode(response.to_record())
    assert data[:1] == CONFLUENT_MAGIC and struct.unpack(">I", data[1:5]) == (42,)
    assert Response.from_record(codec.decode(data)) == response


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty message"),
        (b"{\"json\": true}", "unknown framing"),
        (SINGLE_OBJECT_MAGIC + b"\x00" * 8 + b"\x02", "unknown writer schema fingerprint"),
        (SINGLE_OBJECT_MAGIC + b"\x01", "truncated"),
        (CONFLUENT_MAGIC + b"\x00\x00\x00\x07", "unknown registry schema id"),
    ],
)
def test_bad_bytes_raise_a_clear_decode_error(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        serde("request").decode(data)


def test_corrupt_body_raises_decode_error() -> None:
    good = serde("request").encode(sample_request().to_record())
    with pytest.raises(DecodeError, match="corrupt Avro body"):
        serde("request").decode(good[:10] + b"\xff\xff\xff\xff\xff\xff")
