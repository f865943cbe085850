"""Online evaluation, the pure part: which live requests to score, and pairing each
sampled request with its answer, whichever of the two is read first.

Requests and responses are different topics (and partitions), so an evaluator may read an
answer before the request it answers. Both sides wait in bounded maps: when ``capacity``
are waiting, the oldest is dropped (counted in ``dropped``) rather than memory growing
without end when a side is lost. An answer read again after its pair was made (a cache
hit is re-sent when a worker dies before committing it) is recognised and ignored.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from llmstream.evaluation.sampling import is_sampled
from llmstream.events import EVAL_RUN_KEY, PARENT_REQUEST_KEY, Request, Response


def input_text(request: Request) -> str:
    """What the request asked, as an evaluator (a judge) reads it: a prompt's variables,
    one ``name: value`` a line, or the users' messages."""
    if request.prompt is not None:
        return "\n".join(f"{k}: {v}" for k, v in request.prompt.variables.items())
    return "\n".join(m.content for m in request.messages if m.role == "user")


def is_live(request: Request) -> bool:
    """Traffic of the application, not of evaluation itself (judge calls, eval runs)."""
    return PARENT_REQUEST_KEY not in request.metadata and EVAL_RUN_KEY not in request.metadata


@dataclass(frozen=True, slots=True)
class Pair:
    request_id: str
    input_text: str
    response: Response


class Pairing:
    def __init__(self, sample_rate: float, capacity: int = 100_000) -> None:
        self._rate = sample_rate
        self._capacity = capacity
        self._inputs: OrderedDict[str, str] = OrderedDict()
        self._answers: OrderedDict[str, Response] = OrderedDict()
        self._skipped: OrderedDict[str, str] = OrderedDict()  # sampled, not live traffic
        self._paired: OrderedDict[str, str] = OrderedDict()  # recently scored ids
        self.dropped = 0

    def _keep(self, table: OrderedDict[str, str] | OrderedDict[str, Response]) -> None:
        while len(table) > self._capacity:
            table.popitem(last=False)
            self.dropped += 1

    def _paired_now(self, pair: Pair) -> Pair:
        self._paired[pair.request_id] = ""
        while len(self._paired) > self._capacity:
            self._paired.popitem(last=False)
        return pair

    def on_request(self, request: Request) -> Pair | None:
        if not is_sampled(request.request_id, self._rate) or request.request_id in self._paired:
            return None
        answer = self._answers.pop(request.request_id, None)
        if not is_live(request):
            if answer is None:
                self._skipped[request.request_id] = ""
                while len(self._skipped) > self._capacity:
                    self._skipped.popitem(last=False)
            return None
        if answer is not None:
            return self._paired_now(Pair(request.request_id, input_text(request), answer))
        self._inputs[request.request_id] = input_text(request)
        self._keep(self._inputs)
        return None

    def on_response(self, response: Response) -> Pair | None:
        if not is_sampled(response.request_id, self._rate) or response.request_id in self._paired:
            return None
        if self._skipped.pop(response.request_id, None) is not None:
            return None
        text = self._inputs.pop(response.request_id, None)
        if text is not None:
            return self._paired_now(Pair(response.request_id, text, response))
        self._answers[response.request_id] = response
        self._keep(self._answers)
        return None

    @property
    def waiting(self) -> int:
        return len(self._inputs) + len(self._answers)
