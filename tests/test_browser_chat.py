"""The chat's export, sharing, scope, phone and keyboard features in a real browser: Debian's
Chromium driven by Playwright against the live app of the `app_url` fixture (real answerer).

Covers: "Copy as Markdown" read back through the clipboard (no HTML tags or entities), the same
text as a `.md` download and in the conversation's copy; a `?q=` link that asks, and the address
bar following the questions; filter chips, a filtered refusal that says so and its "Show the
unfiltered answer"; the phone's first screen (question box and an example visible) and "Back to
the answer" after a citation jump; the conversation surviving a reload, and "New conversation";
the skip link, Tab order, Space/Enter on source boxes, scrolling to each new answer, the hint for
an empty question, and the list of speakers in a refusal about one who did not speak. Each test
saves a screenshot to `tests/artifacts/`. Every wait is on a condition, never on the clock.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urljoin, urlparse

import pytest

from tests.test_app_api import WHO_SAID
from tests.test_browser import ARTIFACTS, TIMEOUT, ask, browser, wait_for_answers  # noqa: F401 - browser: a fixture

TAG = re.compile(r"<[A-Za-z/!][^>]*>")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
QUESTIONS = "#hrc-chat [data-testid=user]"
FILTERED_OUT = "Who mentioned conscientious objection?"


@pytest.fixture
def page(browser, app_url):  # noqa: F811 - the fixture imported above
    """A fresh browser context (its own storage) on the app, clipboard allowed, 1280×900."""
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    yield open_app(context, app_url)
    context.close()


def open_app(context, url: str):
    """A page of the app once its document view is shown and its scripts have run."""
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(".hrc-doc span[data-o]", timeout=TIMEOUT)
    page.wait_for_function("Boolean(window.hrcqa && window.hrcqaHighlight)", timeout=TIMEOUT)
    return page


def shot(page, name: str, **options) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), **options)


def copied(page, click) -> str:
    """What the clipboard holds after `click()` copies something."""
    page.evaluate("window.hrcqa.copied = ''")
    click()
    page.wait_for_function("window.hrcqa.copied.length > 0", timeout=TIMEOUT)
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_as_markdown_download_and_conversation_copy_are_clean(page):
    ask(page, WHO_SAID, 1)
    answer = page.locator("#hrc-chat [data-testid=bot]").first
    markdown = copied(page, lambda: answer.get_by_role("button", name="Copy as Markdown").click())
    assert not TAG.search(markdown) and not ENTITY.search(markdown), markdown[:500]
    assert "hrc-" not in markdown and "#hrc-src" not in markdown
    assert markdown.startswith(f"## {WHO_SAID}\n\n")
    quotes = re.findall(r"^- \[(\d+)\] .+ \((State|Group|NGO|Panel|Concerned country)\), ¶(\d+): \"(.+)\"$",
                        markdown.split("**Quotes**")[1], re.M)
    assert len(quotes) >= 3 and [int(n) for n, *_ in quotes] == list(range(1, len(quotes) + 1))
    assert "political prisoners" in " ".join(q[3] for q in quotes)
    assert markdown.rstrip().endswith("Interactive Dialogue with the Group of Independent Experts on "
                                      "Belarus, 19 September 2025 (summary by Geneva Centre for Human "
                                      "Rights Advancement and Global Dialogue).")
    shot(page, "chat-copy-markdown")

    with page.expect_download(timeout=TIMEOUT) as download:
        answer.get_by_role("button", name="Download .md").click()
    assert download.value.suggested_filename.endswith(".md")
    assert open(download.value.path(), encoding="utf-8").read() == markdown

    ask(page, "What did Czechia say?", 2)
    everything = copied(page, lambda: page.get_by_role("button", name="Copy conversation (Markdown)").click())
    assert everything.startswith(markdown.rstrip()) and "\n\n---\n\n## What did Czechia say?" in everything
    assert not TAG.search(everything) and not ENTITY.search(everything)
    assert page.locator("#hrc-chat button[aria-label='Copy message'], #hrc-chat .top-panel button:visible"
                        ).count() == 0  # the raw-HTML copy buttons are gone


def test_a_q_link_asks_and_the_address_follows_the_questions(browser, app_url):  # noqa: F811
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = open_app(context, urljoin(app_url, "?q=" + quote("What did Czechia say?")))
    wait_for_answers(page, 1)
    expect(page.locator(QUESTIONS)).to_have_text(["What did Czechia say?"])
    expect(page.locator("#hrc-chat .hrc-chips").last).to_contain_text("Czechia")
    shot(page, "chat-share-link")

    ask(page, "And France?", 2)
    page.wait_for_function("new URL(location.href).searchParams.get('q') === 'And France?'", timeout=TIMEOUT)
    link = page.locator("#hrc-chat .hrc-share").last.get_attribute("href")
    assert parse_qs(urlparse(link).query)["q"][0].startswith("What did France say")  # stands alone
    context.close()


def test_filter_chips_and_a_filtered_refusal_that_offers_the_unfiltered_answer(page):
    from playwright.sync_api import expect

    page.get_by_text("Filters", exact=True).click()
    page.locator("#hrc-filter-kinds").get_by_text("State", exact=True).click()
    chip = page.locator("#hrc-scope .hrc-filter-chip[data-filter=kind]")
    expect(chip).to_have_text("State×")
    expect(chip).to_be_visible()
    assert chip.get_attribute("aria-label") == "Remove filter: State"

    ask(page, FILTERED_OUT, 1)  # only an NGO raised it
    answer = page.locator("#hrc-chat [data-testid=bot]").first
    expect(answer.locator(".hrc-scope-note")).to_contain_text("Filters applied: kinds: State.")
    expect(answer.locator(".hrc-refusal")).to_contain_text("No answer with these filters")
    expect(answer).not_to_contain_text("filtered out:")  # internal notes stay in the API
    shot(page, "chat-filters-refusal")

    answer.get_by_role("link", name="Show the unfiltered answer").click()
    wait_for_answers(page, 2)
    expect(page.locator(QUESTIONS).last).to_have_text(FILTERED_OUT)
    expect(page.locator("#hrc-chat .hrc-chips")).to_contain_text("World Resisters")  # answered
    expect(page.locator("#hrc-scope .hrc-filter-chip")).to_have_count(0)
    expect(page.locator("#hrc-filter-kinds input[type=checkbox]:checked")).to_have_count(0)

    page.locator("#hrc-filter-kinds").get_by_text("NGO", exact=True).click()
    page.locator("#hrc-scope .hrc-filter-chip[data-filter=kind]").click()  # its × removes the filter
    expect(page.locator("#hrc-filter-kinds input[type=checkbox]:checked")).to_have_count(0)
    expect(page.locator("#hrc-scope .hrc-filter-chip")).to_have_count(0)
    shot(page, "chat-filters-unfiltered")


def test_phone_first_screen_and_back_to_the_answer(browser, app_url):  # noqa: F811
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = open_app(context, app_url)
    expect(page.locator("#hrc-question textarea")).to_be_in_viewport(ratio=1)
    expect(page.locator("#hrc-examples .gallery-item").first).to_be_in_viewport(ratio=1)
    shot(page, "chat-phone-first-load")

    ask(page, "What did Czechia say?", 1)
    marker = page.locator("#hrc-chat [data-testid=bot] a.hrc-cite").first
    marker.click()
    back = page.get_by_role("link", name="↑ Back to the answer")
    expect(back).to_be_in_viewport()
    expect(page.locator(".hrc-doc mark.hrc-doc-hl").first).to_be_in_viewport()
    assert page.evaluate("scrollY") > 1500  # the document is far below the chat on a phone
    shot(page, "chat-phone-cited-quote")
    back.click()
    expect(marker).to_be_in_viewport()
    expect(back).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "chat-phone-back-to-answer")
    context.close()


def test_the_conversation_survives_a_reload_until_a_new_one_is_started(page):
    from playwright.sync_api import expect

    ask(page, WHO_SAID, 1)
    page.reload()
    page.wait_for_selector("#hrc-chat .hrc-chips", timeout=TIMEOUT)
    expect(page.locator(QUESTIONS)).to_have_text([WHO_SAID])
    assert "?q=" in page.url  # the address asks the last question, which a reload must not repeat
    ask(page, "And France?", 2)  # the kept conversation is the follow-up's context
    expect(page.locator(QUESTIONS)).to_have_text([WHO_SAID, "And France?"])
    expect(page.locator("#hrc-chat .hrc-resolved").last).to_contain_text("political prisoners")
    shot(page, "chat-reload")

    page.get_by_role("button", name="New conversation").click()
    expect(page.locator(QUESTIONS)).to_have_count(0)
    page.wait_for_function("!location.search", timeout=TIMEOUT)
    page.reload()
    page.wait_for_selector(".hrc-doc span[data-o]", timeout=TIMEOUT)
    expect(page.locator("#hrc-chat")).to_contain_text("Ask who said what in this meeting")
    expect(page.locator(QUESTIONS)).to_have_count(0)


def test_keyboard_skip_link_tab_order_source_boxes_and_scrolling(page):
    from playwright.sync_api import expect

    page.keyboard.press("Tab")
    expect(page.locator(".hrc-skip")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("textbox", name="Your question", exact=True)).to_be_focused()

    box = page.locator("#hrc-question textarea")
    box.fill("A long question\n" * 12)  # the box grows to a few lines, then scrolls
    page.wait_for_function("(box => box.scrollHeight > box.clientHeight + 40)"
                           "(document.querySelector('#hrc-question textarea'))", timeout=TIMEOUT)
    assert 40 < box.evaluate("box => box.clientHeight") < 160
    box.fill("")
    page.keyboard.press("Enter")  # an empty question says so, in one line
    expect(page.locator("#hrc-chat .hrc-hint")).to_contain_text("Type a question first")
    ask(page, WHO_SAID, 1)
    ask(page, "What did Czechia say?", 2)
    latest = page.locator("#hrc-chat .message-row.user-row").last  # scrolled to the newest answer
    page.wait_for_function("""() => {
        const row = [...document.querySelectorAll('#hrc-chat .message-row.user-row')].pop();
        const box = document.getElementById('hrc-chat');
        const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
        return box.scrollTop > 0 && top >= 0 && top < 40; }""", timeout=TIMEOUT)
    expect(latest).to_be_in_viewport()

    focused = []
    page.locator(".hrc-skip").focus()
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.matches('#hrc-question textarea') ? 'box' : "
                                     "document.activeElement.matches('a.hrc-cite') ? 'cite' : 'other'"))
    assert "box" in focused and ("cite" not in focused or focused.index("box") < focused.index("cite"))

    toggle = page.locator("#hrc-chat .thought-group > .title").last
    assert toggle.locator("button").first.get_attribute("tabindex") == "-1"  # one Tab stop per box
    toggle.focus()
    page.keyboard.press(" ")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#hrc-chat .thought-group").last.locator(".hrc-quote mark").first).to_be_visible()
    shot(page, "chat-keyboard")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "false")


def test_refusal_about_an_absent_speaker_lists_who_spoke_in_a_closed_box(page):
    from playwright.sync_api import expect

    ask(page, "What did China say?", 1)
    answer = page.locator("#hrc-chat [data-testid=bot]").first
    expect(answer.locator(".hrc-refusal")).to_contain_text("China did not take the floor")
    expect(answer.locator(".hrc-refusal")).not_to_contain_text("Speakers who did")
    roster = answer.locator("details.hrc-roster")
    expect(roster.locator("summary")).to_contain_text(re.compile(r"Speakers who took the floor \(\d+\)"))
    expect(roster.locator(".hrc-roster-kind").first).to_be_hidden()
    roster.locator("summary").click()
    expect(roster).to_contain_text("States (17): Albania, Australia")
    expect(answer).not_to_contain_text("absent speaker")
    who = page.locator("#hrc-who .gallery-item").filter(has_text="Conscience and Peace Tax").first
    assert who.get_attribute("title").startswith("Conscience and Peace Tax International")  # tooltip
    shot(page, "chat-absent-speaker")


def test_did_viasna_speak_credits_the_omct_joint_statement(page):
    """A co-presenter is credited with the joint statement it delivered: the answer names OMCT's
    statement and says jointly, and the speaker chips list the co-presenters after the lead."""
    from playwright.sync_api import expect

    ask(page, "Did Viasna speak?", 1)
    answer = page.locator("#hrc-chat [data-testid=bot]").first
    expect(answer).to_contain_text(re.compile(r"^\s*Yes, jointly", re.M))
    expect(answer).to_contain_text("World Organization Against Torture (OMCT)")
    chips = answer.locator(".hrc-chip")
    expect(chips.filter(has_text="Viasna")).to_have_count(1)
    expect(chips.filter(has_text="World Organization Against Torture")).to_have_count(1)
    expect(answer.locator(".hrc-refusal")).to_have_count(0)
    shot(page, "chat-joint-statement")
