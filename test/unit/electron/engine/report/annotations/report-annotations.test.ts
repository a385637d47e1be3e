// The consultant's annotations and stars in the report: pages for starred SKUs, false positives set apart, notes
// beside the items they are about, an annotations section, and comments escaped like all client text.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, openCase } from '../../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../../electron/engine/engine-service';
import { buildReport } from '../../../../../../electron/engine/report/build-report';
import { renderReportHtml } from '../../../../../../electron/engine/report/render-report';
import type { Annotation, AnnotationTarget } from '../../../../../../shared/model/annotations';
import { caseRows } from '../../../../../support/case-rows';
import { buildScenario } from '../../../../../support/drift-scenario';
import { unwrap } from '../../../../../support/engine-harness';
import { tempFolder } from '../../../../../support/temp-folder';
import { findingsWith, historyOf, reportInputOf, verdictWith } from '../report-fixture';

/** The HTML of the element whose data-testid is `id`, up to its closing tag. */
function part(html: string, id: string, tag: 'section' | 'table' | 'p'): string {
  const start = html.indexOf(`data-testid="${id}"`);
  expect(start, `${id} is in the report`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

let nextId = 1;
function annotation(target: AnnotationTarget, tag: Annotation['tag'], comment: string, fields: Partial<Annotation> = {}): Annotation {
  const place = target.kind === 'event' ? { sku: 'SKU-1', location: 'Reno DC' } : { sku: target.sku, location: target.location };
  return {
    id: nextId++,
    target,
    tag,
    comment,
    created_at: '2026-11-22T09:00:00.000Z',
    updated_at: '2026-11-22T09:00:00.000Z',
    ...place,
    table: target.kind === 'event' ? 'events' : null,
    source_file: target.kind === 'event' ? 'relay.log' : null,
    ...fields,
  };
}

describe('annotations in the rendered report', () => {
  const real = verdictWith({ sku: 'SKU-1', units: 12 });
  const ruledOut = verdictWith({ sku: 'SKU-2', units: 5, evidence: [] });
  const findings = findingsWith([real, ruledOut]);
  const attack = '<script>alert(1)</script>';
  const annotations = [
    annotation({ kind: 'verdict', cluster: 'phantom_stock', sku: 'SKU-1', location: 'Reno DC' }, 'confirmed_root_cause', 'PO-100 never reached the WMS'),
    annotation({ kind: 'sku', sku: 'SKU-2', location: 'reno dc' }, 'false_positive', `Count was late ${attack}`),
    annotation({ kind: 'event', source_id: 1, line_number: 7 }, 'note', 'Client says this retry was manual'),
    annotation({ kind: 'sku', sku: 'SKU-1', location: 'Reno DC' }, 'note', 'Line one\nline two'),
  ];
  const html = renderReportHtml(
    reportInputOf(findings, [historyOf(real)], {
      annotations,
      starred: [{ sku: 'SKU-1', location: 'Reno DC' }],
      pageChoice: { basis: 'starred', top: 10, missing: [{ sku: 'GONE-9', location: null }] },
    }),
  );

  it('lists every annotation with what it is about, confirmed root causes first', () => {
    const section = part(html, 'section-annotations', 'section');
    const rows = part(section, 'annotations', 'table').split('<tr').slice(2);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('Confirmed root cause');
    expect(rows[0]).toContain('Phantom stock verdict on SKU-1 @ Reno DC');
    expect(rows[1]).toMatch(/^ class="false-positive"/);
    expect(rows[1]).toContain('SKU SKU-2 @ reno dc');
    expect(section).toContain('Row 7 of relay.log');
    expect(section).toContain('<span class="comment">Line one\nline two</span>');
  });

  it('keeps false positives in the headline figures and sets them apart beside them', () => {
    const summary = part(html, 'section-summary', 'section');
    expect(summary).toContain(`data-testid="figure-drifting"><b>2</b>`);
    expect(summary).toContain('data-testid="review" data-confirmed="1" data-false-positives="1" data-false-positive-units="5"');
    expect(part(html, 'summary-clusters', 'table')).toContain('<th class="num">of which false positives</th>');
    expect(part(html, 'summary-clusters', 'table')).toContain('1 (5 units)');
    const cluster = part(html, 'cluster-phantom_stock', 'section');
    expect(cluster).toContain('data-skus="2" data-units="17"');
    expect(part(cluster, 'cluster-false-positives', 'p')).toContain('1 of these (5 units) marked false positive');
    const table = part(cluster, 'verdicts-phantom_stock', 'table');
    expect(table).toMatch(/<tr class="false-positive"><td><span class="code nowrap">SKU-2<\/span><br><span class="tag tag-false_positive">/);
    expect(table).toMatch(/SKU-1<\/span><br><span class="tag tag-confirmed_root_cause">Confirmed root cause<\/span>/);
    expect(table).toContain('<tr class="row-note"><td colspan="8"><ul class="notes"');
    expect(table).toContain('PO-100 never reached the WMS');
  });

  it('marks starred pages, gathers the notes of the SKU and puts a row note under its evidence row', () => {
    expect(part(html, 'page-choice', 'p')).toContain('data-basis="starred">The 1 SKU × location(s) the consultant starred');
    expect(part(html, 'page-choice', 'p')).toContain('without a page: <span class="code">GONE-9</span>');
    const page = part(html, 'sku-page', 'section');
    expect(page).toContain('data-starred="true"');
    expect(page).toContain('★ starred');
    expect(page).toContain("<h4>Consultant's notes</h4>");
    expect(page).toContain('Line one\nline two');
    // The note on relay.log:7 stands under that evidence row, not again in the notes at the top.
    const evidence = part(page, 'evidence', 'table');
    expect(evidence).toContain('Client says this retry was manual');
    expect(page.split('Client says this retry was manual')).toHaveLength(2);
  });

  it('writes a comment holding markup as text, so the report still has no script', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Count was late &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says when nothing was annotated and none is starred, and adds no review column', () => {
    const plain = renderReportHtml(reportInputOf(findings, [historyOf(real)]));
    expect(part(plain, 'section-annotations', 'section')).toContain('No annotations were made on this case.');
    expect(plain).not.toContain('data-testid="review"');
    expect(plain).not.toContain('of which false positives');
    expect(plain).not.toContain('★ starred');
    expect(part(plain, 'page-choice', 'p')).toContain('No SKU is starred, so the 1 largest drifts (up to 10) have pages');
  });
});

describe('building the report of a case with stars and annotations', () => {
  const folder = tempFolder();
  const casePath = join(folder, 'scenario.driftcase');
  let service: EngineService;

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    await buildScenario(await caseRows(db));
    db.close();
    service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    unwrap(await service.handlers.openCase({ path: casePath }));
    unwrap(await service.handlers.analyzeCase({}));
  });
  afterAll(() => service.close());

  const build = async (top: number) => {
    service.close();
    const { db } = await openCase(casePath, { memoryLimit: '512MB', threads: 2 });
    try {
      return await buildReport(db, { top });
    } finally {
      db.close();
      unwrap(await service.handlers.openCase({ path: casePath }));
    }
  };

  it('gives pages to the largest drifts while no SKU is starred', async () => {
    const input = await build(2);
    expect(input.pageChoice).toEqual({ basis: 'largest', top: 2, missing: [] });
    expect(input.histories).toHaveLength(2);
    expect(input.annotations).toEqual([]);
  });

  it('gives pages to the starred SKUs only, largest drift first, and names a star the analysis did not compare', async () => {
    unwrap(await service.handlers.setSkuStarred({ sku: 'GHOST', location: 'reno-dc', starred: true }));
    unwrap(await service.handlers.setSkuStarred({ sku: 'NOPE', location: 'Reno DC', starred: true }));
    unwrap(await service.handlers.setSkuStarred({ sku: 'PHANTOM', location: 'Reno DC', starred: true }));
    unwrap(
      await service.handlers.saveAnnotation({
        target: { kind: 'verdict', cluster: 'ghost_shipment', sku: 'GHOST', location: 'Reno DC' },
        tag: 'false_positive',
        comment: 'SO200 was cancelled',
      }),
    );
    const input = await build(1);
    expect(input.pageChoice).toEqual({ basis: 'starred', top: 1, missing: [{ sku: 'NOPE', location: 'Reno DC' }] });
    expect(input.histories.map((history) => history.sku)).toEqual(['PHANTOM', 'GHOST']);
    expect(input.starred).toHaveLength(3);
    expect(input.annotations.map((item) => item.comment)).toEqual(['SO200 was cancelled']);

    const html = renderReportHtml(input);
    expect(html.match(/data-testid="sku-page"/g)).toHaveLength(2);
    expect(html.match(/data-starred="true"/g)).toHaveLength(2);
    expect(part(html, 'verdicts-ghost_shipment', 'table')).toContain('<tr class="false-positive">');
    expect(part(html, 'section-annotations', 'section')).toContain('SO200 was cancelled');
  });
});
