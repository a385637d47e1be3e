// The compile-time shape of one preset: only the canonical fields and normalised values its record kind allows.
import type {
  CanonicalField,
  EventStatus,
  EventType,
  FieldRule,
  Preset,
  RecordKind,
  Trigger,
  TxnType,
} from '../../../../shared/model/mapping';

interface ValuesByKind {
  events: {
    event_type?: Record<string, EventType>;
    status?: Record<string, EventStatus>;
    trigger?: Record<string, Trigger>;
    path?: Record<string, string>;
  };
  snapshots: never;
  ledger: { txn_type?: Record<string, TxnType> };
}

/** `Preset` narrowed to one kind, so a typo'd field or a value outside the vocabulary fails to compile. */
export type PresetOf<K extends RecordKind> = Omit<Preset, 'kind' | 'fields' | 'values' | 'negativeTxnTypes' | 'withinLocationTxnTypes' | 'unpivot'> & {
  kind: K;
  fields: Partial<Record<CanonicalField<K>, FieldRule>>;
  values?: ValuesByKind[K];
  negativeTxnTypes?: K extends 'ledger' ? TxnType[] : never;
  withinLocationTxnTypes?: K extends 'ledger' ? TxnType[] : never;
  unpivot?: { name: CanonicalField<K>; value: CanonicalField<K>; ignore: string[] };
};
