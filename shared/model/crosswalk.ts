// The crosswalk: which location and SKU of every system are one identity, how each pair was matched, and edits.

export const CROSSWALK_KINDS = ['location', 'sku'] as const;
export type CrosswalkKind = (typeof CROSSWALK_KINDS)[number];

/**
 * How a system's value was matched to its identity: `exact` (the same spelling), `normalised` (a location equal
 * ignoring case and punctuation; a SKU differing in whitespace, case, leading zeros or a parent prefix or suffix),
 * `shared_reference` (the same PO, order or RMA seen at both locations), `shared_figures` (snapshots holding the
 * same SKUs at the same figures), `id_table` (an id a reference export, such as Shopify's inventory_items.csv, maps
 * to a SKU or location name), `user` (set by the consultant; always wins), `unmatched` (a location with no
 * counterpart found).
 */
export const CROSSWALK_METHODS = ['exact', 'normalised', 'shared_reference', 'shared_figures', 'id_table', 'user', 'unmatched'] as const;
export type CrosswalkMethod = (typeof CROSSWALK_METHODS)[number];

/** How each method is named to people (UI, CLI help). */
export const CROSSWALK_METHOD_LABELS: Record<CrosswalkMethod, string> = {
  exact: 'Exact',
  normalised: 'Normalised',
  shared_reference: 'Shared references',
  shared_figures: 'Shared figures',
  id_table: 'Id table',
  user: 'Your mapping',
  unmatched: 'Unmatched',
};

/** The system name the middleware log's values are listed under: it relays the other systems' spellings. */
export const MIDDLEWARE_SYSTEM = 'middleware';

/** One row of the crosswalk: a system's value, the identity analysis uses for it, and the evidence. */
export interface CrosswalkEntry {
  kind: CrosswalkKind;
  system: string;
  /** The value as the system writes it (for a location, its most frequent spelling). */
  raw_value: string;
  /** What it is compared by: a location without case or punctuation, a SKU as written. */
  raw_key: string;
  /** The identity analysis joins on. */
  canonical_key: string;
  method: CrosswalkMethod;
  /** How it was matched, in words: "12 shared references with wms 'ATL1', e.g. PO1042 (100% exclusive)". */
  evidence: string;
  /** References or SKUs shared (locations), or SKUs of the system differing the same way (SKUs). */
  support: number | null;
  /** 0..1; null when unmatched. */
  confidence: number | null;
  /** The other side of the pair this row was matched through. */
  matched_system: string | null;
  matched_value: string | null;
  /** Rows of the case that carry this value. */
  records: number;
}

export interface ListCrosswalkRequest {
  kind: CrosswalkKind;
  /** Keeps rows whose value, identity or matched value contains this text (ignoring case). */
  search?: string;
  offset?: number;
  /** At most CROSSWALK_PAGE_MAX rows. */
  limit?: number;
}

export const CROSSWALK_PAGE_MAX = 500;

export interface CrosswalkPage {
  entries: CrosswalkEntry[];
  /** Rows matching the request in all. */
  total: number;
  /** Rows per method in the whole crosswalk of the kind asked for. */
  methods: { method: CrosswalkMethod; count: number }[];
}

/** Maps a system's value to an identity: a canonical key, another system's spelling of it, or a new name. */
export interface SetCrosswalkMappingRequest {
  kind: CrosswalkKind;
  system: string;
  raw: string;
  canonical: string;
}

export interface RemoveCrosswalkMappingRequest {
  kind: CrosswalkKind;
  system: string;
  raw: string;
}
