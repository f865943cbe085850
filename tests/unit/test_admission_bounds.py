"""A downgrade moves a request to a cheaper route only if it fits that route's bounds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from llmstream.budget import Decision
from llmstream.config import load_config
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message, Request
from llmstream.streams.admission import AdmissionControl

CONFIG = load_config(Path(__file__).parents[2] / "llmstream.yaml")


class _Downgrading(AdmissionControl):
    """Every request over budget: downgraded to ``to``, as a budget rule would."""

    def __init__(self, to: str, **bounds: Any) -> None:
        routes = dict(CONFIG.routes)
        routes[to] = routes[to].model_copy(update=bounds)
        super().__init__(CONFIG.model_copy(update={"routes": routes}),
                         buckets=None, spend=None)  # type: ignore[arg-type]  # unused
        self._to = to

    async def check(self, request: Request, route_name: str) -> Decision:
        return Decision("downgrade", reason="over budget", route=self._to)


def _request(content: str) -> Request:
    return Request(request_id="r", messages=[Message("user", content)])


async def test_a_downgrade_counts_tokens_with_the_cheaper_routes_tokenizer() -> None:
    # 1,104 CJK characters: 3,312 UTF-8 bytes, within the character bound, but 947
    # tokens by the Anthropic estimate (bytes / 3.5) of the cheaper route's model.
    text = "数据流处理管道中的每个阶段都需要可靠的错误处理。" * 46
    admission = _Downgrading("claude", max_input_tokens=900, max_input_chars=5000)
    with pytest.raises(RequestRejected, match=r"\(estimate\); route 'claude' allows 900") as caught:
        await admission.admit(_request(text), "default", CONFIG.routes["default"])
    assert caught.value.status == Status.TOO_LARGE
    route, _, reason = await admission.admit(_request("short"), "default",
                                             CONFIG.routes["default"])
    assert (route, reason) == ("claude", "over budget")
