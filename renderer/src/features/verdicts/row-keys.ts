// Keyboard use of the verdict lists: Enter opens the focused row, the arrow keys move between rows.
import type { KeyboardEvent } from 'react';

/** Handles a key pressed on a focusable row (or card) of a list whose rows are siblings. */
export function onRowKey(event: KeyboardEvent<HTMLElement>, open: () => void): void {
  if (event.target !== event.currentTarget) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    open();
    return;
  }
  const next =
    event.key === 'ArrowDown'
      ? event.currentTarget.nextElementSibling
      : event.key === 'ArrowUp'
        ? event.currentTarget.previousElementSibling
        : null;
  if (next instanceof HTMLElement) {
    event.preventDefault();
    next.focus();
  }
}
