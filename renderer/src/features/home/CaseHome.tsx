// Placeholder for the case home (summary strip, sources manifest, import); its owner replaces it.
import type { ReactElement } from 'react';

export function CaseHome(): ReactElement {
  return <section className="placeholder-view" data-testid="case-home" />;
}
