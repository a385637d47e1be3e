// Placeholder for the verdict board; its owner replaces it.
import type { ReactElement } from 'react';

export function VerdictBoard(): ReactElement {
  return <section className="placeholder-view" data-testid="verdict-board" />;
}
