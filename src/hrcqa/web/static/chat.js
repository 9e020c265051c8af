() => {
  // Run once when the page loads, with page.js (both go on launch's `js=`). What the chat needs
  // beyond Gradio: each answer's "Copy as Markdown", "Download .md" and "Share link" (the
  // Markdown is in the answer's hidden `.hrc-md`, made by hrcqa.web.export), the conversation's
  // copy and download, the shareable `?q=` URL, "Show the unfiltered answer", removable filter
  // chips, Space/Enter on source boxes, the skip link, tooltips on speaker names, and scrolling
  // to the start of each new answer. Functions other events call are on `window.hrcqa`.
  const hrcqa = window.hrcqa = window.hrcqa || {};
  const chat = () => document.getElementById('hrc-chat');

  const copyText = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {  // no clipboard API (plain http): the old way, through a selection
      const area = Object.assign(document.createElement('textarea'), {value: text});
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    hrcqa.copied = text;
    return text;
  };
  const download = (text, name) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  };
  const slug = (text) => (text.toLowerCase().match(/[a-z0-9]+/g) || ['answer']).slice(0, 8).join('-');
  const flash = (element, text) => {  // say what a button did, then restore its label
    const label = element.textContent;
    element.textContent = text;
    setTimeout(() => { element.textContent = label; }, 1500);
  };
  const markdownOf = (element) => element.closest('.message-content, .message')
    ?.querySelector('.hrc-md')?.textContent || '';
  hrcqa.conversationMarkdown = () => Array.from(chat()?.querySelectorAll('.hrc-md') || [],
    (md) => md.textContent.trim()).join('\n\n---\n\n') + '\n';
  hrcqa.copyConversation = () => copyText(hrcqa.conversationMarkdown());
  hrcqa.downloadConversation = () => download(hrcqa.conversationMarkdown(), 'hrcqa-conversation.md');

  const shareUrl = (question) => {
    const url = new URL(location.href);
    url.hash = '';
    url.search = '';
    if (question) url.searchParams.set('q', question.trim());
    return url;
  };
  // The address bar asks the latest question (`?q=`); a new conversation clears it.
  hrcqa.shareQuestion = (question) => {
    if (question && question.trim()) history.replaceState(null, '', shareUrl(question));
  };
  hrcqa.forget = () => history.replaceState(null, '', shareUrl(''));
  // "Show the unfiltered answer": the hidden #hrc-unfilter button clears the filters and asks.
  hrcqa.askUnfiltered = (question) => {
    hrcqa.pendingQuestion = question;
    document.getElementById('hrc-unfilter')?.click();
  };
  // A filter chip was clicked (static/filters.js noted which): the filters without it.
  hrcqa.removeFilter = (speakers, kinds) => {
    const [filter, value] = hrcqa.removedFilter || [];
    requestAnimationFrame(() => document.querySelector('#hrc-question textarea')?.focus());
    if (filter === 'all') return [[], []];
    return [(speakers || []).filter((name) => !(filter === 'speaker' && name === value)),
            (kinds || []).filter((kind) => !(filter === 'kind' && kind === value))];
  };

  document.addEventListener('click', (event) => {
    const target = event.target.closest && event.target.closest(
      '.hrc-copy-md, .hrc-download-md, .hrc-share, .hrc-unfiltered, .hrc-skip');
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (target.matches('.hrc-skip')) {
      document.querySelector('#hrc-question textarea')?.focus();
    } else if (target.matches('.hrc-copy-md')) {
      copyText(markdownOf(target)).then(() => flash(target, 'Copied'));
    } else if (target.matches('.hrc-download-md')) {
      const markdown = markdownOf(target);
      download(markdown, `hrcqa-${slug(markdown.split('\n')[0])}.md`);
    } else {
      const question = new URL(target.href, location.href).searchParams.get('q') || '';
      if (target.matches('.hrc-share')) copyText(shareUrl(question).href).then(() => flash(target, 'Link copied'));
      else hrcqa.askUnfiltered(question);
    }
  }, true);

  // Source boxes: Gradio's toggle is a div with role=button that ignores Space, plus an
  // unlabelled button inside it that is a second Tab stop. One stop, labelled; Space and Enter.
  document.addEventListener('keydown', (event) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    const toggle = event.target.closest && event.target.closest('#hrc-chat .thought-group > .title');
    if (!toggle || toggle !== event.target) return;
    event.preventDefault();
    event.stopPropagation();
    toggle.click();
  }, true);
  const tidy = () => {
    for (const toggle of document.querySelectorAll('#hrc-chat .thought-group > .title')) {
      const open = toggle.classList.contains('expanded');
      if (toggle.getAttribute('aria-expanded') !== String(open)) toggle.setAttribute('aria-expanded', String(open));
      for (const inner of toggle.querySelectorAll('button')) {
        inner.tabIndex = -1;
        inner.setAttribute('aria-hidden', 'true');
      }
    }
    const box = document.querySelector('#hrc-question textarea:not([aria-label])');
    box?.setAttribute('aria-label', 'Your question');  // its <label> also holds the Ask button
    for (const item of document.querySelectorAll('.gallery-item')) {
      if (!item.title) item.title = item.textContent.trim();  // names and questions Gradio cuts short
    }
  };

  // After each question and each answer, the log shows the start of the answer (the question
  // above it), not the end of its source boxes.
  let shown = '';
  const scroller = (element) => {  // the chat's scrolling box (Gradio's depends on its height)
    for (let box = element.parentElement; box; box = box.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) return box;
      if (box.id === 'hrc-chat') return null;
    }
    return null;
  };
  const showLatest = () => {
    const questions = chat()?.querySelectorAll('.message-row.user-row') || [];
    const state = `${questions.length}:${Boolean(chat()?.querySelector('.hrc-pending'))}`;
    if (state === shown) return;
    shown = state;
    const latest = questions[questions.length - 1];
    const log = latest && scroller(latest);
    if (log) log.scrollTop += latest.getBoundingClientRect().top - log.getBoundingClientRect().top - 4;
  };
  hrcqa.showLatest = showLatest;
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; tidy(); showLatest(); });
  }).observe(document.body, {childList: true, subtree: true});
  tidy();
}
