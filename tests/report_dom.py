"""Reading the report the way a test should: with a real HTML parser (lxml), or as headless
Chromium leaves it after its script ran (--dump-dom)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html


def parse(html: str):
    return lxml.html.fromstring(html)


def findings(html_or_root) -> list[dict]:
    """Every finding element: its data attributes, whether hidden, and its marks (class, text)."""
    root = parse(html_or_root) if isinstance(html_or_root, str) else html_or_root
    out = []
    for el in root.xpath("//*[@data-finding-id]"):
        out.append({"id": el.get("data-finding-id"), "check": el.get("data-check"), "severity": el.get("data-severity"),
                    "state": el.get("data-state"), "new": el.get("data-new") == "true",
                    "hidden": el.get("hidden") is not None or any(a.get("hidden") is not None
                                                                  for a in el.iterancestors()),
                    "marks": [(m.get("class"), m.text_content()) for m in el.xpath(".//mark")],
                    "text": " ".join(el.text_content().split()),
                    # what the page's search reads: the article's header and the finding
                    "searched": " ".join(" ".join(h.text_content() for s in el.iterancestors("section")
                                                  for h in s.xpath("./header")).split() + el.text_content().split())})
    return out


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    return None


def dump_dom(page: Path, fragment: str, profile: Path) -> str:
    """The page's DOM after its script ran, opened from disk with `fragment` in its URL."""
    browser = chromium()
    assert browser, "chromium not installed"
    url = page.resolve().as_uri() + fragment
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=3000", f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
