"""A hostile corpus document renders as text everywhere: chat, source boxes, document view.

The fixture summary carries `<script>`, `onerror=` and a `javascript:` link inside statements
and the title. The app is built on it (its own index) and driven in Chromium.
"""

from __future__ import annotations

import pytest

from .conftest import free_port
from .test_browser import ask, browser, open_page  # noqa: F401 - `browser` is a fixture

HOSTILE_SUMMARY = """TEST CENTRE

A Hostile Test Summary <script>window.__xss = 'title'</script>

STATE DELEGATIONS

Chile <script>window.__xss = 'statement'</script> thanks the Group of Experts. Chile condemns \
the death penalty <img src=x onerror="window.__xss='img'; alert(1)"> and calls for a moratorium.

Peru urges the release of all political prisoners [click me](javascript:alert(2)) \
<svg onload="window.__xss='svg'"></svg> and an end to torture.
"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    from hrcqa.answer.answerer import Answerer
    from hrcqa.config import Settings
    from hrcqa.search.retriever import Retriever
    from hrcqa.web.app import build_app, serve

    root = tmp_path_factory.mktemp("hostile")
    (root / "corpus").mkdir()
    (root / "corpus" / "hostile.txt").write_text(HOSTILE_SUMMARY, encoding="utf-8")
    retriever = Retriever.load(settings=Settings(corpus_dir=root / "corpus",
                                                 index_dir=root / "index"))
    assert [s.speaker for s in retriever.statements.values()] == ["Chile", "Peru"]
    demo = serve(build_app(Answerer(retriever)), host="127.0.0.1", port=free_port(), block=False)
    yield demo.local_url
    demo.close()


def test_hostile_corpus_renders_as_text_in_chat_sources_and_document(browser, hostile_url):  # noqa: F811
    page, dialogs = open_page(browser, hostile_url, 1280, 900)
    ask(page, "What did Chile say about the death penalty?", 1)
    boxes = page.locator("#hrc-chat .thought-group .title")
    for index in range(boxes.count()):
        boxes.nth(index).click()
    ask(page, "Who called for the release of political prisoners?", 2)
    page.wait_for_timeout(500)  # give an injected script time to run
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    for selector in ("script:not([src])", "img[onerror]", "svg[onload]", "a[href^='javascript']"):
        injected = page.locator(f"#hrc-chat {selector}, .hrc-doc {selector}").count()
        assert injected == 0, selector
    assert "<script>window.__xss = 'statement'</script>" in page.locator(".hrc-doc").inner_text()
    assert "onerror=" in page.locator("#hrc-chat").inner_text()
    page.close()
