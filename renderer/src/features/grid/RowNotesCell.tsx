// The grid's annotation badge: how many annotations the row carries, in its weightiest tag's colour, each note in
// the tooltip; and the badge column's header.
import type { ReactElement } from 'react';
import type { CustomCellRendererProps } from 'ag-grid-react';
import { Icon } from '../../components/Icon';
import { summarizeAnnotations } from '../../store/annotation-selectors';
import { noteLine, TAG_ICONS } from '../annotations/tag-look';
import { rowNotesOf, type GridRow } from './row-notes';
import '../annotations/annotations.css';

/** The row's notes as tooltip text, one line each; empty for a row without annotations. */
export function rowNotesText(row: GridRow | undefined): string {
  return rowNotesOf(row).map(noteLine).join('\n');
}

export function RowNotesCell({ data }: CustomCellRendererProps<GridRow>): ReactElement | null {
  const notes = rowNotesOf(data);
  const { lead, count } = summarizeAnnotations(notes);
  if (lead === null) return null;
  const text = rowNotesText(data);
  return (
    <span
      className={`annotation-badge row-notes-badge tag-${lead}`}
      title={text}
      aria-label={`${count} annotation${count === 1 ? '' : 's'}: ${text}`}
      data-testid="row-annotation-badge"
      data-tags={notes.map((note) => note.tag).join(' ')}
    >
      <Icon name={TAG_ICONS[lead]} size={11} />
      {count}
    </span>
  );
}

export function RowNotesHeader(): ReactElement {
  return (
    <span className="row-notes-header" title="Annotations on the row (hover a badge to read them)" aria-label="Annotations">
      <Icon name="comment" size={13} />
    </span>
  );
}
