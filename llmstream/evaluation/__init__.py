"""Evaluation (issue 8): scoring answers, datasets, comparisons and the gate.

The pure core lives here: what a scored answer is (``scores``), the evaluators
(``deterministic``, ``similarity``, ``judge_verdict``), dataset files (``dataset``),
sampling (``sampling``), statistics and the gate decision (``statistics``, ``comparison``).
The shells that send requests through the pipeline and publish scores are
``llmstream.evaluation.run`` and ``llmstream.evaluation.command``.
"""
