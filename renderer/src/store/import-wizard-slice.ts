// The import wizard: the files chosen, each one's detection and mapped preview, edits to presets, zones and mappings, then Load.
import type { ImportFileEntry } from '../../../shared/model/import';
import type { MappingDocument, PresetSummary } from '../../../shared/model/mapping';
import {
  isPreviewStale,
  previewKeyOf,
  previewRequestOf,
  selectedFile,
  starterMapping,
  wizardImportChoices,
  wizardTimeZones,
  type ImportWizardState,
  type WizardFile,
} from './import-wizard-selectors';
import type { SliceFactory } from './slice';
import type { AppState } from './types';
import { HOME_VIEW } from './view-slice';

export interface ImportWizardSlice {
  importWizard: ImportWizardState | null;
  /** The built-in presets, to choose one by hand; fetched when the wizard first opens. */
  presets: PresetSummary[];
  /** Opens the wizard (empty, or on the given files and folders). */
  openImportWizard(paths?: string[]): Promise<void>;
  /** Adds files or folders to the wizard, opening it if needed, and previews the files found. */
  addImportPaths(paths: string[]): Promise<void>;
  removeImportInput(path: string): Promise<void>;
  /** Files dropped on the window (desktop app): their paths are added; a dropped case file is opened. */
  dropImportFiles(files: readonly unknown[]): Promise<void>;
  selectImportFile(path: string): void;
  /** Reads a file with the preset chosen (null: as detected); drops an edited mapping of that file. */
  setImportFilePreset(path: string, presetId: string | null): Promise<void>;
  setImportFileZone(path: string, zone: string): void;
  /** Previews again every file whose request changed (zones typed, mapping edited). */
  refreshImportPreviews(): Promise<void>;
  /** Opens the mapping editor on the selected file, starting from what reads it now. */
  editImportMapping(): void;
  changeImportMapping(mapping: MappingDocument): void;
  /** Drops the selected file's edited mapping and reads it as before. */
  discardImportMapping(): Promise<void>;
  closeMappingEditor(): void;
  /** Saves the selected file's mapping as a mapping file (the `save-mapping` command asks where first). */
  saveImportMapping(path: string): Promise<boolean>;
  /** Imports the wizard's inputs with its choices; the wizard closes and the case home shows the progress. */
  loadImportFiles(): Promise<boolean>;
  closeImportWizard(): void;
}

/** What a new case resets: the wizard belonged to the previous one. */
export const IMPORT_WIZARD_RESET: Pick<AppState, 'importWizard'> = { importWizard: null };

const EMPTY_WIZARD: ImportWizardState = {
  inputs: [],
  files: [],
  unusable: [],
  selected: null,
  listing: false,
  editing: false,
  message: null,
};

/** A file just added to the wizard: nothing chosen, edited or previewed yet. */
export function newWizardFile(entry: ImportFileEntry): WizardFile {
  return {
    ...entry,
    presetId: null,
    mapping: null,
    zone: '',
    columns: [],
    preview: null,
    previewError: null,
    previewKey: null,
    previewing: false,
  };
}

export const createImportWizardSlice: SliceFactory<ImportWizardSlice> =
  ({ api, pathForFile }) =>
  (set, get) => {
    const patchWizard = (patch: Partial<ImportWizardState>) => {
      const wizard = get().importWizard;
      if (wizard !== null) set({ importWizard: { ...wizard, ...patch } });
    };
    const patchFile = (path: string, patch: Partial<WizardFile>) => {
      const wizard = get().importWizard;
      if (wizard === null) return;
      set({ importWizard: { ...wizard, files: wizard.files.map((file) => (file.path === path ? { ...file, ...patch } : file)) } });
    };
    const findFile = (path: string) => get().importWizard?.files.find((file) => file.path === path) ?? null;
    const zonesNow = () => wizardTimeZones(get().importTimeZones, get().importWizard?.files ?? []);

    // Previews run one at a time (each stages its whole file), the shown file first; a change while one runs
    // makes the loop look again, and an answer to a request that is no longer current is dropped.
    let pumping = false;
    const pumpPreviews = async (): Promise<void> => {
      if (pumping) return;
      pumping = true;
      try {
        for (;;) {
          const wizard = get().importWizard;
          if (wizard === null) return;
          const zones = zonesNow();
          const stale = wizard.files.filter((file) => !file.previewing && isPreviewStale(file, zones));
          const next = stale.find((file) => file.path === wizard.selected) ?? stale[0];
          if (next === undefined) return;
          const request = previewRequestOf(next, zones);
          const key = previewKeyOf(request);
          patchFile(next.path, { previewing: true, previewKey: key });
          const result = await api.previewImport(request);
          if (findFile(next.path)?.previewKey !== key) {
            patchFile(next.path, { previewing: false });
            continue;
          }
          patchFile(
            next.path,
            result.ok
              ? {
                  previewing: false,
                  preview: result.value,
                  previewError: null,
                  ...(result.value.columns.length > 0 ? { columns: result.value.columns } : {}),
                }
              : { previewing: false, previewError: result.error.message },
          );
        }
      } finally {
        pumping = false;
      }
    };

    const listInputs = async (inputs: string[]) => {
      patchWizard({ inputs, listing: inputs.length > 0, message: null });
      if (inputs.length === 0) {
        patchWizard({ files: [], unusable: [], selected: null, editing: false });
        return;
      }
      const result = await api.listImportFiles({ paths: inputs });
      const wizard = get().importWizard;
      if (wizard === null || wizard.inputs !== inputs) return;
      if (!result.ok) {
        patchWizard({ listing: false, message: { tone: 'error', text: result.error.message } });
        return;
      }
      const kept = new Map(wizard.files.map((file) => [file.path, file]));
      const files = result.value.files.map((entry) => kept.get(entry.path) ?? newWizardFile(entry));
      const selected = files.some((file) => file.path === wizard.selected) ? wizard.selected : (files[0]?.path ?? null);
      patchWizard({
        files,
        unusable: result.value.unusable,
        selected,
        listing: false,
        editing: wizard.editing && selected === wizard.selected,
      });
      await pumpPreviews();
    };

    const withSelectedMapping = (change: (file: WizardFile) => Partial<WizardFile>) => {
      const file = selectedFile(get().importWizard);
      if (file !== null) patchFile(file.path, change(file));
    };

    return {
      ...IMPORT_WIZARD_RESET,
      presets: [],
      openImportWizard: async (paths = []) => {
        if (get().caseInfo === null) {
          get().showError({ code: 'no_case', message: 'Create or open a case before importing files' });
          return;
        }
        if (get().importWizard === null) set({ importWizard: EMPTY_WIZARD });
        if (get().presets.length === 0) {
          const presets = await api.listPresets({});
          if (presets.ok) set({ presets: presets.value });
        }
        if (paths.length > 0) await get().addImportPaths(paths);
      },
      addImportPaths: async (paths) => {
        if (get().importWizard === null) {
          await get().openImportWizard(paths);
          return;
        }
        const inputs = get().importWizard?.inputs ?? [];
        await listInputs([...inputs, ...paths.filter((path) => !inputs.includes(path))]);
      },
      removeImportInput: async (path) => {
        const wizard = get().importWizard;
        if (wizard !== null) await listInputs(wizard.inputs.filter((input) => input !== path));
      },
      dropImportFiles: async (files) => {
        const paths = files.map((file) => pathForFile(file)).filter((path) => path !== '');
        if (paths.length === 0) {
          const message = 'The browser does not tell Driftscope where a dropped file is: use Add files or Add folder';
          if (get().importWizard !== null) patchWizard({ message: { tone: 'error', text: message } });
          else get().showError({ code: 'unsupported', message });
          return;
        }
        const [first] = paths;
        if (paths.length === 1 && first !== undefined && /\.driftcase$/i.test(first)) {
          await get().openCase(first);
          return;
        }
        await get().addImportPaths(paths);
      },
      selectImportFile: (path) => {
        const wizard = get().importWizard;
        if (wizard !== null && wizard.selected !== path) patchWizard({ selected: path, editing: false });
        void pumpPreviews();
      },
      setImportFilePreset: async (path, presetId) => {
        patchFile(path, { presetId, mapping: null });
        patchWizard({ editing: false });
        await pumpPreviews();
      },
      setImportFileZone: (path, zone) => patchFile(path, { zone }),
      refreshImportPreviews: () => pumpPreviews(),
      editImportMapping: () => {
        withSelectedMapping((file) => ({ mapping: file.mapping ?? starterMapping(file, get().presets) }));
        patchWizard({ editing: true, message: null });
      },
      changeImportMapping: (mapping) => withSelectedMapping(() => ({ mapping })),
      discardImportMapping: async () => {
        withSelectedMapping(() => ({ mapping: null }));
        patchWizard({ editing: false });
        await pumpPreviews();
      },
      closeMappingEditor: () => patchWizard({ editing: false }),
      saveImportMapping: async (path) => {
        const wizard = get().importWizard;
        const mapping = selectedFile(wizard)?.mapping ?? null;
        if (wizard === null || mapping === null) return false;
        const result = await api.saveMapping({ path, mapping, inputs: wizard.inputs });
        patchWizard({
          message: result.ok
            ? { tone: 'info', text: `Mapping saved to ${result.value.path}` }
            : { tone: 'error', text: result.error.message },
        });
        return result.ok;
      },
      loadImportFiles: async () => {
        const wizard = get().importWizard;
        if (wizard === null || wizard.files.length === 0 || get().importRunning) return false;
        set({ importWizard: null });
        get().navigate(HOME_VIEW);
        const loaded = await get().importFiles(wizard.inputs, wizardImportChoices(wizard));
        // Refused before anything loaded (an unknown zone, a faulty mapping): back to the wizard to fix it.
        const refusal = get().error;
        if (!loaded && refusal !== null && get().importWizard === null && get().caseInfo !== null) {
          set({ importWizard: { ...wizard, message: { tone: 'error', text: refusal.message } } });
        }
        return loaded;
      },
      closeImportWizard: () => {
        // Escape in the path chooser above the wizard closes only the chooser.
        if (get().chooser === null) set({ importWizard: null });
      },
    };
  };
