// The consultant's annotations in the case file: list them (all, per kind or per target), save one, delete one.
import type {
  Annotation,
  AnnotationTag,
  AnnotationTarget,
  ListAnnotationsRequest,
  SaveAnnotationRequest,
} from '../../../shared/model/annotations';
import type { Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import annotationListSql from '../sql/annotations/annotation-list.sql?raw';
import annotationInsertSql from '../sql/annotations/annotation-insert.sql?raw';
import annotationUpdateSql from '../sql/annotations/annotation-update.sql?raw';
import annotationDeleteSql from '../sql/annotations/annotation-delete.sql?raw';
import annotationEventRowSql from '../sql/annotations/annotation-event-row.sql?raw';

interface AnnotationRow {
  [column: string]: string | number | null;
  id: number;
  kind: AnnotationTarget['kind'];
  tag: AnnotationTag;
  sku: string | null;
  location: string | null;
  cluster: string | null;
  source_id: number | null;
  line_number: string | number | null;
  comment: string;
  created_at: string;
  updated_at: string;
  table_name: string | null;
  source_file: string | null;
}

/** A target as the SQL's columns: every identity field, NULL where the target's kind has none. */
function targetParams(target: AnnotationTarget) {
  return {
    kind: target.kind,
    source_id: target.kind === 'event' ? target.source_id : null,
    line_number: target.kind === 'event' ? target.line_number : null,
    sku: target.kind === 'event' ? null : target.sku,
    location: target.kind === 'event' ? null : target.location,
    cluster: target.kind === 'verdict' ? target.cluster : null,
  };
}

function targetOf(row: AnnotationRow): AnnotationTarget {
  const line = row.line_number === null ? null : Number(row.line_number);
  if (row.kind === 'event') return { kind: 'event', source_id: Number(row.source_id), line_number: line };
  if (row.kind === 'sku') return { kind: 'sku', sku: row.sku ?? '', location: row.location };
  return { kind: 'verdict', cluster: row.cluster ?? '', sku: row.sku ?? '', location: row.location };
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: Number(row.id),
    target: targetOf(row),
    tag: row.tag,
    comment: row.comment,
    created_at: row.created_at,
    updated_at: row.updated_at,
    sku: row.sku,
    location: row.location,
    table: row.kind === 'event' ? row.table_name : null,
    source_file: row.kind === 'event' ? row.source_file : null,
  };
}

export async function listAnnotations(session: Session, request: ListAnnotationsRequest): Promise<Annotation[]> {
  const target = request.target;
  const params =
    target === undefined
      ? { kind: request.kind ?? null, match: false, source_id: null, line_number: null, sku: null, location: null, cluster: null }
      : { ...targetParams(target), match: true };
  const rows = await session.query<AnnotationRow>(annotationListSql, params);
  return rows.map(toAnnotation);
}

/** The SKU and location an event's row carries; refuses a row the case does not hold. */
async function eventPlace(session: Session, target: Extract<AnnotationTarget, { kind: 'event' }>) {
  const [row] = await session.query<{ table_name: string; sku: string | null; location: string | null }>(annotationEventRowSql, {
    source_id: target.source_id,
    line_number: target.line_number,
  });
  if (row === undefined) {
    const line = target.line_number === null ? 'a row without a line number' : `line ${target.line_number}`;
    throw new EngineError('not_found', `No ${line} of source ${target.source_id} in the events, ledger or snapshots tables`);
  }
  return { sku: row.sku, location: row.location };
}

async function annotationById(session: Session, target: AnnotationTarget, id: number): Promise<Annotation> {
  const saved = (await listAnnotations(session, { target })).find((annotation) => annotation.id === id);
  if (saved === undefined) throw new EngineError('internal', `Annotation ${id} was saved but cannot be read back`);
  return saved;
}

/** Creates an annotation (no id) or updates the tag and comment of an existing one about the same target. */
export async function saveAnnotation(session: Session, request: SaveAnnotationRequest): Promise<Annotation> {
  const { target, tag, comment } = request;
  if (request.id !== undefined) {
    const updated = await session.query<{ id: number }>(annotationUpdateSql, { ...targetParams(target), id: request.id, tag, comment });
    if (updated.length === 0) throw new EngineError('not_found', `No annotation ${request.id} on that item: it may have been deleted`);
    return annotationById(session, target, request.id);
  }
  const place = target.kind === 'event' ? await eventPlace(session, target) : {};
  const [created] = await session.query<{ id: number }>(annotationInsertSql, { ...targetParams(target), ...place, tag, comment });
  if (created === undefined) throw new EngineError('internal', 'The annotation was not saved');
  return annotationById(session, target, Number(created.id));
}

export async function deleteAnnotation(session: Session, id: number): Promise<{ deleted: boolean }> {
  const deleted = await session.query(annotationDeleteSql, { id });
  return { deleted: deleted.length > 0 };
}
