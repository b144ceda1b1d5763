"""The README's picture of the explorer: serve it over the built tables, click a bar, save
a PNG (``python -m analysis.explore.screenshot docs/explorer.png``). Needs Debian's
chromium and the playwright package (dev extra); not a test."""

from __future__ import annotations

import argparse
import socket
import time
import urllib.request
from pathlib import Path

from analysis import config

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    """A free port on localhost (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_served(url: str, timeout: float = 120) -> None:
    """Return once ``url`` answers; the server starts in a thread and needs a moment."""
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=30).read()
            return
        except OSError:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def screenshot(out: Path, processed: Path, raw: Path, chart: str = "Temaer pr. år") -> Path:
    """Serve the explorer, open ``chart``, click its last bar and save the page to ``out``."""
    from playwright.sync_api import sync_playwright

    from analysis.explore.app import serve

    port = free_port()
    server = serve(
        processed, raw, config.WATCHLIST_FILE, port=port, open_browser=False, threaded=True
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_served(url)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(60_000)
            page.goto(url)
            page.get_by_role("button", name=chart).click()
            page.wait_for_timeout(800)
            bars = page.locator(".js-plotly-plot .barlayer .trace").first.locator("path")
            bars.last.click(force=True)
            page.get_by_text("Punkter bag:").first.wait_for()
            time.sleep(1.0)  # the table re-renders after the click
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
    finally:
        server.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "out", type=Path, nargs="?", default=config.PROJECT_ROOT / "docs" / "explorer.png"
    )
    parser.add_argument("--processed", type=Path, default=config.PROCESSED_DIR)
    parser.add_argument("--raw", type=Path, default=config.RAW_DIR)
    args = parser.parse_args(argv)
    print(screenshot(args.out, args.processed, args.raw))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
