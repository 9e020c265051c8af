(question, ...rest) => {
  // Before each chat turn: the address bar becomes the link that asks this question (`?q=`).
  window.hrcqa?.shareQuestion?.(question);
  return [question, ...rest];
}
