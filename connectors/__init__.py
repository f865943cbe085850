"""Everything that crosses a process boundary: Kafka, providers, ClickHouse, Redis."""
