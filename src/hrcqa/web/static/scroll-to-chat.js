() => {
  // On a phone the chat is far above the example and speaker lists: bring it into view.
  document.getElementById('hrc-chat')?.scrollIntoView({block: 'start'});
}
