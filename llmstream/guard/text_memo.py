"""What a pure reading of a text gave, remembered for the texts seen last, within a budget.

A chat request resends the whole conversation: at its fortieth turn, 8,000 tokens of
history the guard has read in each of the 39 requests before. A ``TextMemo`` keeps the
result of one reading (the injection score, the PII findings) per text, least recently
used first out once the texts it holds add up to more than ``max_chars`` characters, so
that a worker reads each message of a conversation once. The readings it remembers are
pure functions of the text, so a remembered result is the one a new reading would give.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

Result = TypeVar("Result")

# Characters of the texts one memo holds: 4 million is 4-16 MB of strings (1 to 4 bytes a
# character), some 110 conversations of 8,000 tokens.
MAX_CHARS = 4_000_000
# Shorter texts cost less to read again (tens of microseconds) than to hold.
MIN_CHARS = 64


class TextMemo(Generic[Result]):
    """``memo(text)`` is ``read(text)``, from memory when ``text`` was read lately."""

    def __init__(self, read: Callable[[str], Result], max_chars: int = MAX_CHARS,
                 min_chars: int = MIN_CHARS) -> None:
        if min_chars > max_chars:
            raise ValueError(f"min_chars ({min_chars}) is over max_chars ({max_chars})")
        self._read = read
        self.max_chars = max_chars
        self.min_chars = min_chars
        self._results: OrderedDict[str, Result] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()  # (a guard may run on a thread of a pool)

    def __call__(self, text: str) -> Result:
        if not self.min_chars <= len(text) <= self.max_chars:
            return self._read(text)
        with self._lock:
            if text in self._results:
                self._results.move_to_end(text)
                return self._results[text]
        result = self._read(text)  # (outside the lock: two threads may read one text at once)
        with self._lock:
            if text not in self._results:
                self._results[text] = result
                self._chars += len(text)
                while self._chars > self.max_chars:
                    oldest, _ = self._results.popitem(last=False)
                    self._chars -= len(oldest)
        return result

    def __len__(self) -> int:
        return len(self._results)

    @property
    def chars(self) -> int:
        """The characters of the texts held."""
        return self._chars
