"""Redis: the shared cache (exact entries, stampede leases, semantic entries and their log)."""
