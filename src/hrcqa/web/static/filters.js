// The body of the filter chips' `js_on_load` (a gr.HTML above the question box): a click on a
// chip notes which filter it removes, then fires the component's click event, whose `js`
// (`hrcqa.removeFilter` in chat.js) returns the filters without it.
element.addEventListener('click', (event) => {
  const chip = event.target.closest('button[data-filter]');
  if (!chip) return;
  (window.hrcqa = window.hrcqa || {}).removedFilter = [chip.dataset.filter, chip.value];
  trigger('click');
});
