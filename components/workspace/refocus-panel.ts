// When the control that had the focus goes away (an offer closed, an approval undone), focus would fall to the top of the page.

/** After the next render: if nothing has the focus, the open sentence's heading takes it, so a keyboard user carries on there. */
export function focusPanelIfLost(): void {
  requestAnimationFrame(() => {
    if (!document.activeElement || document.activeElement === document.body) document.getElementById("panel-heading")?.focus();
  });
}
