// Placeholder for one SKU's timeline; its owner replaces it.
import type { ReactElement } from 'react';

export function SkuTimeline({ sku, location }: { sku: string; location: string | null }): ReactElement {
  return <div className="placeholder-view" data-testid="sku-timeline" data-sku={sku} data-location={location ?? ''} />;
}
