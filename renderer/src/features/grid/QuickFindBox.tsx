// The quick-find box above the grid: text searched across the table's text columns by the engine, as you type.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { MAX_QUICK_FIND } from '../../../../shared/model/page';
import { useAppStore } from '../../app/store-context';
import { Icon } from '../../components/Icon';

const TYPING_DELAY_MS = 300;

export function QuickFindBox({ table }: { table: string }): ReactElement {
  const applied = useAppStore((state) => state.gridQuery.quickFind);
  const setQuickFind = useAppStore((state) => state.setQuickFind);
  const [text, setText] = useState(applied);
  const sent = useRef(applied);

  // Cleared elsewhere (a focused row the quick-find hid): show what applies now.
  useEffect(() => {
    if (applied !== sent.current) {
      sent.current = applied;
      setText(applied);
    }
  }, [applied]);

  useEffect(() => {
    if (text === sent.current) return undefined;
    const timer = setTimeout(() => {
      sent.current = text;
      setQuickFind(text);
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, setQuickFind]);

  return (
    <label className="search-field quick-find">
      <Icon name="search" size={14} />
      <input
        type="search"
        value={text}
        maxLength={MAX_QUICK_FIND}
        placeholder={`Find in ${table}…`}
        aria-label="Quick find in the text columns"
        data-testid="quick-find"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setText('');
        }}
      />
    </label>
  );
}
