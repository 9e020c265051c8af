() => {
  // Run once when the page loads (Gradio's `js=` on launch). Clicking a link to
  // `#hrc-src-<start>-<end>[.<start>-<end>...]` marks those source spans in the document view
  // (whose text spans carry their source offset in data-o) and scrolls to them; a "Back to the
  // answer" link above the passage returns to the link that was clicked (on a phone the
  // document is thousands of pixels below the chat).
  let marked = [];
  let origin = null;
  const clear = () => {
    for (const el of marked) el.textContent = el.textContent;
    marked = [];
    document.querySelectorAll('.hrc-doc-flash').forEach(p => p.classList.remove('hrc-doc-flash'));
    document.querySelectorAll('.hrc-back').forEach(back => back.remove());
  };
  const backLink = (paragraph) => {
    const back = document.createElement('p');
    back.className = 'hrc-back';
    const link = Object.assign(document.createElement('a'), {href: '#hrc-chat', textContent: '↑ Back to the answer'});
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = origin && origin.isConnected ? origin : document.getElementById('hrc-chat');
      (target.closest('.message-row') || target).scrollIntoView({block: 'start'});
      target.focus({preventScroll: true});
    });
    back.append(link);
    paragraph.before(back);
    return link;
  };
  const highlight = (spans) => {
    clear();
    let first = null;
    for (const el of document.querySelectorAll('.hrc-doc span[data-o]')) {
      const o = Number(el.dataset.o), chars = Array.from(el.textContent);
      const cuts = spans.map(([s, e]) => [Math.max(s, o) - o, Math.min(e, o + chars.length) - o])
        .filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
      if (!cuts.length) continue;
      const parts = document.createDocumentFragment();
      let at = 0;
      for (const [a, b] of cuts) {
        if (a > at) parts.append(chars.slice(at, a).join(''));
        const mark = document.createElement('mark');
        mark.className = 'hrc-doc-hl';
        mark.textContent = chars.slice(Math.max(a, at), b).join('');
        parts.append(mark);
        first = first || mark;
        at = Math.max(at, b);
      }
      if (at < chars.length) parts.append(chars.slice(at).join(''));
      el.replaceChildren(parts);
      marked.push(el);
      el.closest('p')?.classList.add('hrc-doc-flash');
    }
    if (first) {
      const back = backLink(first.closest('p'));
      first.scrollIntoView({block: 'center'});
      back.focus({preventScroll: true});  // the keyboard goes on from the passage, and back
    }
    return first !== null;
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#hrc-src-"]');
    const found = link && /^#hrc-src-(\d+-\d+(?:\.\d+-\d+)*)$/.exec(link.getAttribute('href'));
    if (!found) return;
    event.preventDefault();
    event.stopPropagation();
    origin = link;
    highlight(found[1].split('.').map(pair => pair.split('-').map(Number)));
  }, true);
  window.hrcqaHighlight = highlight;
}
