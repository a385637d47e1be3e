// Pure helpers for the absolute paths the engine hands out, POSIX or Windows, without node:path.
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(path);
}

function separatorOf(folder: string): '/' | '\\' {
  return folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
}

export function joinPath(folder: string, name: string): string {
  const separator = separatorOf(folder);
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

/** An absolute path as typed, or a relative one taken from `folder` when there is one. */
export function resolveInput(folder: string | null, input: string): string {
  const trimmed = input.trim();
  if (folder === null || isAbsolutePath(trimmed)) return trimmed;
  return joinPath(folder, trimmed);
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0);
  return parts.at(-1) ?? path;
}

/** The path up to and including the separator before its last part ('' when there is none). */
export function folderOf(path: string): string {
  const end = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(0, end + 1);
}

/** Where "Explore the sample" suggests creating its case in browser mode: a fresh file under /tmp. */
export function sampleCasePath(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `/tmp/driftscope-sample-${stamp}.driftcase`;
}
