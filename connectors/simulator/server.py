"""Run the simulator on a host and port, start and stop it (tests and the command)."""

from __future__ import annotations

from types import TracebackType

from aiohttp import web

from .app import STATE, build_app
from .behaviour import Behaviour
from .state import SimulatorState

# A call held by an injected timeout is cancelled this long after shutdown begins.
SHUTDOWN_TIMEOUT_S = 1.0


class SimulatorServer:
    """``async with SimulatorServer(behaviour, port=0) as server: server.url``."""

    def __init__(
        self, behaviour: Behaviour | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self._app = build_app(behaviour)
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None

    @property
    def state(self) -> SimulatorState:
        return self._app[STATE]

    @property
    def port(self) -> int:
        if self._runner is None:
            raise RuntimeError("the simulator is not running")
        address = self._runner.addresses[0]
        return int(address[1])

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        # handler_cancellation: a call whose client went away stops being simulated.
        runner = web.AppRunner(
            self._app,
            access_log=None,
            handler_cancellation=True,
            shutdown_timeout=SHUTDOWN_TIMEOUT_S,
        )
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> SimulatorServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()
