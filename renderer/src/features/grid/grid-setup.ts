// ag-grid's module registration and theme: only the community modules the grid uses, colours from our CSS variables.
import {
  CellStyleModule,
  ColumnApiModule,
  CustomFilterModule,
  DateFilterModule,
  GridStateModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextFilterModule,
  ValidationModule,
  themeQuartz,
  type Module,
} from 'ag-grid-community';

/** Must run before the first grid renders: without its modules ag-grid renders nothing. */
export function registerGridModules(): void {
  const modules: Module[] = [
    InfiniteRowModelModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    // The set-of-values filter is a custom filter component.
    CustomFilterModule,
    // Right-aligned number columns are a built-in column type that works through cell classes.
    CellStyleModule,
    // The focused row's highlight is a row class rule.
    RowStyleModule,
    // The sort and filters of a grid shown again (initialState).
    GridStateModule,
    // Column order as arranged (getColumnState), finding, scrolling to and redrawing the focused row.
    ColumnApiModule,
    RowApiModule,
    ScrollApiModule,
    RenderApiModule,
  ];
  // Validation names a missing module or a bad option in the console; production builds drop it.
  if (import.meta.env.DEV) modules.push(ValidationModule);
  ModuleRegistry.registerModules(modules);
}

/** Quartz, made dense and pointed at the app's CSS variables, so light and dark follow prefers-color-scheme. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 12,
  cellFontFamily: 'var(--font-mono)',
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 32,
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  borderRadius: 4,
  backgroundColor: 'var(--surface)',
  foregroundColor: 'var(--text)',
  textColor: 'var(--text)',
  accentColor: 'var(--accent)',
  borderColor: 'var(--border)',
  headerBackgroundColor: 'var(--surface-sunken)',
  headerTextColor: 'var(--text-muted)',
  oddRowBackgroundColor: 'var(--row-stripe)',
  rowHoverColor: 'var(--row-hover)',
  selectedRowBackgroundColor: 'var(--accent-soft)',
  chromeBackgroundColor: 'var(--surface-sunken)',
  menuBackgroundColor: 'var(--surface-raised)',
  inputBackgroundColor: 'var(--surface)',
  inputBorder: { color: 'var(--border-strong)' },
  browserColorScheme: 'inherit',
  columnBorder: { color: 'var(--border-soft)' },
});
