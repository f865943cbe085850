"""llmstream: production LLM calls on Kafka."""
