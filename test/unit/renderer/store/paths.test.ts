import { describe, expect, it } from 'vitest';
import {
  baseName,
  folderOf,
  isAbsolutePath,
  joinPath,
  resolveInput,
  sampleCasePath,
} from '../../../../renderer/src/store/paths';

describe('paths', () => {
  it('recognises POSIX, drive-letter and UNC absolute paths', () => {
    expect(isAbsolutePath('/tmp/a')).toBe(true);
    expect(isAbsolutePath('C:\\cases\\a')).toBe(true);
    expect(isAbsolutePath('c:/cases/a')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share')).toBe(true);
    expect(isAbsolutePath('a.driftcase')).toBe(false);
  });

  it('joins with the folder’s own separator', () => {
    expect(joinPath('/tmp', 'a')).toBe('/tmp/a');
    expect(joinPath('/', 'a')).toBe('/a');
    expect(joinPath('C:\\cases', 'a')).toBe('C:\\cases\\a');
  });

  it('resolves typed input against the folder unless it is absolute', () => {
    expect(resolveInput('/data', ' x.csv ')).toBe('/data/x.csv');
    expect(resolveInput('/data', '/other/x.csv')).toBe('/other/x.csv');
    expect(resolveInput(null, 'x.csv')).toBe('x.csv');
  });

  it('splits names and folders', () => {
    expect(baseName('/tmp/dir/a.csv')).toBe('a.csv');
    expect(baseName('C:\\dir\\a.csv')).toBe('a.csv');
    expect(folderOf('/tmp/dir/a.csv')).toBe('/tmp/dir/');
    expect(folderOf('a.csv')).toBe('');
  });

  it('suggests a timestamped sample case under /tmp', () => {
    expect(sampleCasePath(new Date(2026, 10, 26, 9, 5, 7))).toBe('/tmp/driftscope-sample-20261126-090507.driftcase');
  });
});
