// The command line names a case to open with --case or as a bare .driftcase path, wherever Electron puts it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileFromArgs } from '../../../../electron/main/launch-args';

const cwd = resolve('/home/analyst');

describe('caseFileFromArgs', () => {
  it('reads --case <file> and --case=<file>, resolved against the working folder', () => {
    expect(caseFileFromArgs(['.', '--case', 'cases/a.driftcase'], cwd)).toBe(resolve(cwd, 'cases/a.driftcase'));
    expect(caseFileFromArgs(['--case=/data/b.driftcase'], cwd)).toBe(resolve('/data/b.driftcase'));
    expect(caseFileFromArgs(['--case', 'anything.db'], cwd)).toBe(resolve(cwd, 'anything.db'));
  });

  it('takes a bare .driftcase path, as a file association passes it', () => {
    expect(caseFileFromArgs(['--no-sandbox', '/data/C.DRIFTCASE'], cwd)).toBe(resolve('/data/C.DRIFTCASE'));
  });

  it('prefers --case over a positional path', () => {
    expect(caseFileFromArgs(['x.driftcase', '--case', 'y.driftcase'], cwd)).toBe(resolve(cwd, 'y.driftcase'));
  });

  it('finds nothing in an ordinary start or a dangling flag', () => {
    expect(caseFileFromArgs(['.'], cwd)).toBeNull();
    expect(caseFileFromArgs(['out/main/index.js', '--inspect=0', '--remote-debugging-port=0'], cwd)).toBeNull();
    expect(caseFileFromArgs(['--case'], cwd)).toBeNull();
    expect(caseFileFromArgs(['--case', '--no-sandbox'], cwd)).toBeNull();
    expect(caseFileFromArgs(['--case='], cwd)).toBeNull();
  });
});
