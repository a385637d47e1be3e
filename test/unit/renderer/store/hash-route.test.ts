import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../../renderer/src/store/hash-route';

const routes: Route[] = [
  { view: { kind: 'home' }, table: null, focus: null },
  { view: { kind: 'verdicts', cluster: null }, table: null, focus: null },
  { view: { kind: 'verdicts', cluster: 'phantom_stock' }, table: null, focus: null },
  { view: { kind: 'sku', sku: 'SKU 1/#?&', location: 'Atlanta DC' }, table: null, focus: null },
  { view: { kind: 'sku', sku: 'ABC-1', location: null }, table: null, focus: null },
  { view: { kind: 'data' }, table: 'events', focus: null },
  { view: { kind: 'data' }, table: 'events', focus: { table: 'events', source_id: 3, line_number: 17 } },
  { view: { kind: 'data' }, table: 'snapshots', focus: { table: 'snapshots', source_id: 2, line_number: null } },
];

describe('hash routes', () => {
  it.each(routes.map((route) => [routeToHash(route), route] as const))('%s reads back as the route it was made from', (hash, route) => {
    expect(hashToRoute(hash)).toEqual(route);
  });

  it('writes readable links', () => {
    expect(routeToHash({ view: { kind: 'verdicts', cluster: 'phantom_stock' }, table: null, focus: null })).toBe('#/verdicts/phantom_stock');
    expect(routeToHash({ view: { kind: 'sku', sku: 'SKU 1/#?&', location: 'Atlanta DC' }, table: null, focus: null })).toBe(
      '#/sku/SKU%201%2F%23%3F%26?location=Atlanta%20DC',
    );
    const focus = { table: 'events', source_id: 3, line_number: 17 };
    expect(routeToHash({ view: { kind: 'data' }, table: 'events', focus })).toBe('#/data/events?source=3&line=17');
  });

  it('ignores hashes that name no view, and row links with a bad source or line', () => {
    expect(hashToRoute('')).toBeNull();
    expect(hashToRoute('#top')).toBeNull();
    expect(hashToRoute('#/elsewhere')).toBeNull();
    expect(hashToRoute('#/sku')).toBeNull();
    expect(hashToRoute('#/data/events?source=x&line=2')?.focus).toBeNull();
    expect(hashToRoute('#/data/events?source=1&line=2.5')?.focus).toBeNull();
    expect(hashToRoute('#/sku/%E0%A4%A')).toBeNull();
  });
});
