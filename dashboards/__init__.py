"""Grafana dashboards and alert rules as code (``build.py`` writes ``json/`` and
``provisioning/alerting/``); the SQL behind every panel and alert is in ``panels.py``."""
