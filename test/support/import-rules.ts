// The layering rules of architecture.md as data, and a scanner that finds the imports breaking them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

interface Rule {
  /** Folder (relative to the project root) whose files the rule governs. */
  folder: string;
  description: string;
  /** True when the import is forbidden; `target` is the resolved project-relative path for relative imports. */
  forbids(specifier: string, target: string | null): boolean;
}

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:');
const isElectron = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const inFolder = (target: string | null, folder: string) => target !== null && (target === folder || target.startsWith(`${folder}/`));

export const RULES: Rule[] = [
  {
    folder: 'shared',
    description: 'shared/ imports only shared/ (no node:*, electron, DOM libraries or packages)',
    forbids: (specifier, target) => (target === null ? true : !inFolder(target, 'shared')),
  },
  {
    folder: 'electron/engine',
    description: 'electron/engine/ never imports electron, the shell, the host or the CLI',
    forbids: (specifier, target) =>
      isElectron(specifier) || ['electron/main', 'electron/preload', 'electron/host', 'electron/cli'].some((f) => inFolder(target, f)),
  },
  {
    folder: 'renderer',
    description: 'renderer/ never imports electron/, electron or node:*',
    forbids: (specifier, target) => isNodeBuiltin(specifier) || isElectron(specifier) || inFolder(target, 'electron'),
  },
  {
    folder: 'electron/preload',
    description: 'electron/preload/ imports only electron and shared/',
    forbids: (specifier, target) => (target === null ? !isElectron(specifier) : !inFolder(target, 'shared') && !inFolder(target, 'electron/preload')),
  },
];

const IMPORT_PATTERN = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Module specifiers a source text imports (static, dynamic, require and side-effect imports). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (specifier !== undefined) found.push(specifier);
  }
  return found;
}

/** Violations in one file, given its project-relative path and text. */
export function checkFile(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  for (const rule of RULES) {
    if (!inFolder(file, rule.folder)) continue;
    for (const specifier of importSpecifiers(source)) {
      const target = specifier.startsWith('.')
        ? relative('/', resolve('/', dirname(file), specifier.replace(/\?raw$/, ''))).split(sep).join('/')
        : null;
      if (rule.forbids(specifier, target)) violations.push({ file, specifier, rule: rule.description });
    }
  }
  return violations;
}

/** Violations across the project's source folders. */
export function checkProject(root: string): Violation[] {
  const violations: Violation[] = [];
  for (const folder of ['shared', 'electron', 'renderer/src']) {
    for (const file of sourceFiles(join(root, folder))) {
      violations.push(...checkFile(relative(root, file).split(sep).join('/'), readFileSync(file, 'utf8')));
    }
  }
  return violations;
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) files.push(path);
  }
  return files;
}
