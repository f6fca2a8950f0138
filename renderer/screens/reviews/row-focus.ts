/** j/k and the arrows walk the rows' links; from outside the table, they start at the first row. */
export function moveRowFocus(step: 1 | -1): void {
  const links = Array.from(document.querySelectorAll<HTMLElement>('[data-row-link]'));
  if (links.length === 0) return;
  const current = links.findIndex((link) => link === document.activeElement);
  const next = current < 0 ? 0 : Math.max(0, Math.min(links.length - 1, current + step));
  links[next]?.focus();
}
