"""Pages in a real browser that record what they log and ask for: the one recorder every browser
test uses (the network page, the views, the static site, the server's pages).

Each page gets its own browser context (from the module's shared ``browser`` fixture in
``conftest.py``); the listeners are attached before the page loads anything, so the first request
and the first console message are recorded too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class RecordedPage:
    """A page in a fresh context with its console messages (``(type, text)``, page errors as
    ``("pageerror", message)``) and the URL of every request it made."""

    def __init__(self, browser: Any, width: int = 1280, height: int = 900) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.page.on("console", lambda message: self.console.append((message.type, message.text)))
        self.page.on("pageerror", lambda error: self.console.append(("pageerror", str(error))))
        self.page.on("request", lambda request: self.requests.append(request.url))

    def errors(self) -> list[tuple[str, str]]:
        """The console errors and uncaught exceptions."""
        return [(kind, text) for kind, text in self.console if kind in {"error", "pageerror"}]

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


class DrawnPage(RecordedPage):
    """An offline network page (one HTML file) opened from file:// and drawn (``body[data-drawn]``)."""

    def __init__(self, browser: Any, path: Path) -> None:
        super().__init__(browser, height=800)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-drawn='true']", state="attached", timeout=60_000)
