"""Thin typed wrappers over confluent-kafka: nothing else talks to librdkafka."""
