"""The app in a real browser: Debian's Chromium driven by Playwright, against the live server of
the `app_url` fixture in conftest (real answerer, real retriever).

Covers: a who-said question typed and sent with Enter; speaker chips and citations; a source
box opened to its highlighted passage; a citation clicked to highlight and scroll to its span in
the document; a follow-up; a hostile question shown as text with no script run; the "Who
spoke" list on a phone-sized screen. Screenshots go to `tests/artifacts/` (git-ignored).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_app_api import WHO_SAID

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"
ANSWERS = "#hrc-chat .hrc-chips, #hrc-chat .hrc-refusal, #hrc-chat .hrc-error"
TIMEOUT = 120_000


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing (/usr/bin/chromium): run `make test`, which installs Debian's "
                    "chromium (or `apt-get install -y chromium`); never `playwright install`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url: str, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_selector(".hrc-doc span[data-o]", timeout=TIMEOUT)
    return page, dialogs


def wait_for_answers(page, count: int) -> None:
    """Until `count` answers (grounded, refused or errors) are shown and none is pending."""
    page.wait_for_function(
        "([selector, n]) => document.querySelectorAll(selector).length >= n"
        " && !document.querySelector('#hrc-chat .hrc-pending')", arg=[ANSWERS, count], timeout=TIMEOUT)


def ask(page, question: str, count: int) -> None:
    box = page.locator("#hrc-question textarea")
    box.fill(question)
    box.press("Enter")
    wait_for_answers(page, count)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_conversation_citations_document_follow_up_and_xss(browser, app_url, statements):
    from playwright.sync_api import expect

    from hrcqa.web.examples import example_questions

    page, dialogs = open_page(browser, app_url, 1280, 900)
    assert "HRC60" in page.title() and "Belarus" in page.title()
    expect(page.locator("#hrc-header")).to_contain_text("Geneva Centre for Human Rights Advancement")
    for label, question in example_questions(statements.values()):  # drawn from the summary
        # Gradio cuts a sample's label after 60 characters.
        expect(page.locator("#hrc-examples")).to_contain_text(f"{label}: {question}"[:60])

    ask(page, WHO_SAID, 1)
    chips = page.locator("#hrc-chat .hrc-chips .hrc-chip")
    assert chips.count() >= 3
    rounded = chips.first.evaluate("chip => getComputedStyle(chip).borderRadius")
    assert rounded not in ("", "0px")  # static/page.css is on the page
    assert all(re.search(r"hrc-kind-(state|group|ngo|panel|concerned-country)", chips.nth(i).get_attribute(
        "class")) for i in range(chips.count()))
    markers = page.locator("#hrc-chat a.hrc-cite", has_text=re.compile(r"^\[\d+\]$"))
    assert markers.count() >= 3
    titles = page.locator("#hrc-chat .thought-group .title")
    kinds = "State|Group|NGO|Panel|Concerned country"
    expect(titles.first).to_contain_text(re.compile(rf"^\s*\[1\] .+ \(({kinds})\)"))

    titles.first.click()  # open source box [1]
    quote = page.locator("#hrc-chat .hrc-quote mark").first
    expect(quote).to_be_visible()
    quoted = quote.inner_text()
    assert len(quoted) > 20

    markers.first.click()  # [1] in the answer: highlight its span in the document view
    highlight = page.locator(".hrc-doc mark.hrc-doc-hl")
    expect(highlight.first).to_be_in_viewport()
    assert squeeze("".join(highlight.all_inner_texts())) == squeeze(quoted)
    expect(page.locator(".hrc-doc .hrc-doc-flash").first).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-wide.png"))

    ask(page, "And France?", 2)
    expect(page.locator("#hrc-chat .hrc-resolved").last).to_contain_text("France")
    expect(page.locator("#hrc-chat .hrc-chips").last).to_contain_text("France")

    ask(page, HOSTILE, 3)
    expect(page.locator("#hrc-chat [data-testid=user]").last).to_contain_text(HOSTILE)
    page.wait_for_timeout(500)  # give a script, were one injected, time to run
    assert page.locator("#hrc-chat img[onerror], #hrc-chat script").count() == 0
    assert dialogs == []
    page.locator("#hrc-chat").evaluate("log => log.scrollTop = log.scrollHeight - 900")
    page.screenshot(path=str(ARTIFACTS / "browser-wide-full.png"), full_page=True)
    page.close()


def test_phone_width_who_spoke_asks_and_page_fits(browser, app_url):
    from playwright.sync_api import expect

    page, dialogs = open_page(browser, app_url, 390, 844)
    page.locator("#hrc-who").get_by_text("Czechia", exact=True).click()
    wait_for_answers(page, 1)
    expect(page.locator("#hrc-chat [data-testid=user]").last).to_contain_text("What did Czechia say?")
    expect(page.locator("#hrc-chat .hrc-chips").last).to_contain_text("Czechia")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser-narrow.png"))
    page.screenshot(path=str(ARTIFACTS / "browser-narrow-full.png"), full_page=True)
    assert dialogs == []
    page.close()
