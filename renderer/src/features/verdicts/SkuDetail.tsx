// Placeholder for one SKU's page (timeline, evidence, checklist); its owner replaces it.
import type { ReactElement } from 'react';
import { SkuTimeline } from '../timeline/SkuTimeline';

export function SkuDetail({ sku, location }: { sku: string; location: string | null }): ReactElement {
  return (
    <section className="placeholder-view" data-testid="sku-detail">
      <SkuTimeline sku={sku} location={location} />
    </section>
  );
}
