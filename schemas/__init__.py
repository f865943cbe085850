"""Avro schemas: the contract between producers and consumers."""
