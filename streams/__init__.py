"""llmstream stream processors."""
