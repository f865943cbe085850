"""Rate-control state shared by every worker, in Redis: provider token buckets, circuit
breakers, application rate limits and spend counters. Thin shells over the pure policies
(``llmstream.token_bucket``, ``llmstream.circuit_breaker``, ``llmstream.budget``)."""
