"""The HTML review page in a real headless Chromium (Debian packages chromium + chromium-driver).

Skips with the reason when selenium, chromium or chromedriver is missing or
cannot start. `EXTRACT_SCREENSHOT=docs/review.png pytest tests/test_views_browser.py`
also writes the README's screenshot of the bundled sample.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.views import render_html
from schemas import Article
from tests.test_views_html import REVIEW_HEADLINE, SAMPLE, expected_counts, review_article

pytestmark = pytest.mark.browser

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium is not installed (pip install '.[test]')"
)
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

# Flags that let Chromium run as root in a container, offline and quietly.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
    "--force-device-scale-factor=1",
)
KINDS = ("person", "org", "quote", "amount", "item")


def _find_program(*names: str) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = _find_program("chromium", "chromium-browser", "google-chrome")
    driver_path = _find_program("chromedriver")
    if chromium is None or driver_path is None:
        pytest.skip("headless Chromium not available: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="extract-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    try:
        # An explicit driver path keeps Selenium Manager from trying to download one.
        driver = webdriver.Chrome(
            options=options, service=webdriver.ChromeService(executable_path=driver_path)
        )
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium could not start: {exc.msg or exc}")
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(browser: Any, article: Article, folder: Path) -> Path:
    page = folder / "review.html"
    page.write_text(render_html(article), encoding="utf-8")
    browser.get(page.as_uri())
    return page


def _press_tab(browser: Any) -> None:
    # Key events to whatever has focus, as a person's Tab would (element.send_keys refocuses).
    ActionChains(browser).send_keys(Keys.TAB).perform()


def _highlight_counts(browser: Any) -> Counter[str]:
    """Highlighted spans per kind in the live DOM: one anchor (id) per span, however split."""
    counts: dict[str, int] = browser.execute_script(
        "const counts = {};"
        "for (const m of document.querySelectorAll('article mark.hl[id]')) {"
        "  counts[m.dataset.kind] = (counts[m.dataset.kind] || 0) + 1; }"
        "return counts;"
    )
    return Counter(counts)


def test_injected_markup_does_not_run(browser: Any, tmp_path: Path) -> None:
    article = review_article()
    _open(browser, article, tmp_path)
    assert browser.title == f"{REVIEW_HEADLINE} — extract review"
    assert browser.execute_script("return document.body.dataset.pwned") is None
    assert browser.execute_script("return document.querySelectorAll('script').length") == 1
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    shown = browser.execute_script("return document.querySelector('article').textContent")
    assert shown == article.text


def test_highlights_per_kind_match_the_article(browser: Any, tmp_path: Path) -> None:
    article = review_article()
    _open(browser, article, tmp_path)
    assert +_highlight_counts(browser) == +expected_counts(article)
    screenshot = tmp_path / "review.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("presses", "span_id", "value"),
    [
        (1, "o0-m0", "aliases: 부산시"),
        (2, "a0", "amount: 350,000,000 KRW"),
        (3, "p0-m0", "organisation: 부산광역시"),
    ],
    ids=["organisation in the headline", "amount in the headline", "person"],
)
def test_keyboard_focus_shows_the_normalised_value(
    browser: Any, tmp_path: Path, presses: int, span_id: str, value: str
) -> None:
    _open(browser, review_article(), tmp_path)
    for _ in range(presses):
        _press_tab(browser)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("id") == span_id
    assert value in browser.find_element("id", "inspector").text
    # The CSS tooltip (no script needed) shows the same value on keyboard focus.
    tooltip = browser.execute_script("return getComputedStyle(document.activeElement, '::after').content")
    assert value in tooltip


def test_panel_link_scrolls_to_and_focuses_the_mention(browser: Any, tmp_path: Path) -> None:
    _open(browser, review_article(), tmp_path)
    browser.find_element("css selector", "aside a[href='#p0-m1']").click()
    assert browser.execute_script("return location.hash") == "#p0-m1"
    assert browser.switch_to.active_element.get_attribute("id") == "p0-m1"
    assert "title: 시장" in browser.find_element("id", "inspector").text


def test_bundled_sample_in_the_browser(
    browser: Any, tmp_path: Path, kiwi: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import extract_file

    # Resolved before the chdir below: the path is relative to where the command was run.
    screenshot = os.environ.get("EXTRACT_SCREENSHOT")
    target = Path(screenshot).resolve() if screenshot else None
    # From the repository root, so the page (and the README screenshot) shows the path as users type it.
    root = SAMPLE.parent.parent
    monkeypatch.chdir(root)
    article = extract_file(SAMPLE.relative_to(root))
    _open(browser, article, tmp_path)
    assert +_highlight_counts(browser) == +expected_counts(article)
    if target is not None:
        _show_a_tooltip(browser)
        assert browser.save_screenshot(str(target))


def _show_a_tooltip(browser: Any) -> None:
    """Focus an amount (else a quote) after a Tab, so the screenshot shows what focus reveals."""
    _press_tab(browser)  # keyboard modality first, so the focus below counts as :focus-visible
    browser.execute_script(
        "const mark = document.querySelector('article mark.hl[id][data-kind=amount]')"
        " || document.querySelector('article mark.hl[id][data-kind=quote]');"
        # Instant, not the page's smooth scrolling, so the screenshot is not taken mid-scroll.
        "if (mark) { mark.focus({preventScroll: true});"
        " mark.scrollIntoView({block: 'center', behavior: 'instant'}); }"
    )
