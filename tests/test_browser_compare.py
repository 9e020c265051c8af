"""The Compare panel in a real browser (Debian's Chromium, Playwright) against the live app of the
`app_url` fixture: the positions table of a who-said question (typed in, or the chat's last
question), with the speakers who did not address it on request and CSV/Markdown downloads; a
hostile topic shown as text; the meeting overview's heatmap drawn when its tab opens, with the
sentences behind its cells.
Screenshots go to `tests/artifacts/` (compare-table.png, overview.png).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.test_app_api import WHO_SAID
from tests.test_browser import ARTIFACTS, HOSTILE, TIMEOUT, browser, open_page  # noqa: F401

GRID = "#hrc-compare-table [role=grid]"


@pytest.fixture(scope="module")
def answer(retriever):
    from hrcqa.answer.answerer import Answerer

    return Answerer(retriever).ask(WHO_SAID)


def open_compare(page) -> None:
    page.locator("#hrc-compare").get_by_text("Compare: who said what").click()
    page.locator("#hrc-compare-topic textarea").wait_for(state="visible", timeout=TIMEOUT)


def downloaded(page, button: str) -> str:
    with page.expect_download(timeout=TIMEOUT) as download:
        page.locator(button).click()
    return Path(download.value.path()).read_text(encoding="utf-8")


def test_table_for_a_who_said_question(browser, app_url, answer):  # noqa: F811
    from playwright.sync_api import expect

    page, dialogs = open_page(browser, app_url, 1280, 900)
    open_compare(page)
    topic = page.locator("#hrc-compare-topic textarea")
    topic.fill(WHO_SAID)
    topic.press("Enter")
    speakers = {c.statement_id for c in answer.citations}
    # One row per speaker the who-said answer quotes (the grid counts its header row too).
    expect(page.locator(GRID)).to_have_attribute("aria-rowcount", str(len(speakers) + 1), timeout=TIMEOUT)
    expect(page.locator("#hrc-compare-lead")).to_contain_text(f"{len(speakers)} of 21 speakers address")
    first = answer.citations[0]
    expect(page.locator("#hrc-compare-table [data-testid='cell-0-1']")).to_have_text(first.speaker)
    expect(page.locator("#hrc-compare-table [data-testid='cell-0-2']")).to_contain_text(first.quote[:60])
    records = list(csv.DictReader(io.StringIO(downloaded(page, "#hrc-compare-csv"))))
    assert {r["statement_id"] for r in records} == speakers
    assert {r["quote"] for r in records} == {c.quote for c in answer.citations}
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#hrc-compare").screenshot(path=str(ARTIFACTS / "compare-table.png"))

    page.locator("#hrc-compare-all input").check()  # the speakers who did not address it too
    expect(page.locator(GRID)).to_have_attribute("aria-rowcount", "22", timeout=TIMEOUT)
    expect(page.locator(GRID)).to_contain_text("not addressed")
    markdown = downloaded(page, "#hrc-compare-markdown")
    assert markdown.startswith("# Who said what:") and markdown.count("not addressed") == 21 - len(speakers)

    topic.fill(HOSTILE + " death penalty")
    topic.press("Enter")
    expect(page.locator("#hrc-compare-lead")).to_contain_text(HOSTILE)  # shown as text
    assert page.locator("#hrc-compare img[onerror], #hrc-compare script").count() == 0
    assert dialogs == []
    page.close()


def test_table_of_the_chats_last_question(browser, app_url, answer):  # noqa: F811
    from playwright.sync_api import expect

    page, dialogs = open_page(browser, app_url, 1280, 900)
    box = page.locator("#hrc-question textarea")
    box.fill(WHO_SAID)
    box.press("Enter")
    expect(page.locator("#hrc-chat [data-testid=bot]").first).to_contain_text(
        answer.citations[0].quote[:40], timeout=TIMEOUT)
    open_compare(page)
    page.locator("#hrc-compare-from-chat").click()
    expect(page.locator("#hrc-compare-topic textarea")).to_have_value(WHO_SAID, timeout=TIMEOUT)
    expect(page.locator(GRID)).to_have_attribute("aria-rowcount", str(len(answer.citations) + 1),
                                                 timeout=TIMEOUT)
    assert dialogs == []
    page.close()


def test_overview_heatmap_and_the_sentences_behind_its_cells(browser, app_url):  # noqa: F811
    from playwright.sync_api import expect

    page, dialogs = open_page(browser, app_url, 1280, 900)
    open_compare(page)
    page.locator("#hrc-compare").get_by_role("tab", name="Meeting overview").click()
    picture = page.locator("#hrc-overview-image img")
    expect(picture).to_be_visible(timeout=TIMEOUT)
    page.wait_for_function("img => img.complete && img.naturalWidth > 600", arg=picture.element_handle(),
                           timeout=TIMEOUT)
    cells = page.locator("#hrc-overview-cells [role=grid]")
    expect(cells).to_contain_text("political prisoners", timeout=TIMEOUT)
    page.locator("#hrc-overview-theme input").click()
    page.get_by_role("option", name="the death penalty", exact=True).click()
    expect(page.locator("#hrc-overview-cells [data-testid='cell-0-0']")).to_have_text("the death penalty",
                                                                                       timeout=TIMEOUT)
    expect(cells).to_contain_text("Malta")
    themes = page.locator("#hrc-overview-cells [role=gridcell][data-col='0']").all_inner_texts()
    assert themes and set(themes) == {"the death penalty"}  # that column's cells only
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#hrc-compare").screenshot(path=str(ARTIFACTS / "overview.png"))
    assert dialogs == []
    page.close()
