// Reads the generator's command line: --seed N --out DIR [--skus N] [--days N] [--events N].
import type { GenerateOptions } from './scenario';

const USAGE = 'usage: generate-dump.ts --seed N --out DIR [--skus N] [--days N] [--events N]';

export function parseCliArgs(argv: string[]): GenerateOptions & { outDir: string } {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? '';
    const value = argv[index + 1];
    if (!['--seed', '--out', '--skus', '--days', '--events'].includes(flag) || value === undefined) throw new Error(USAGE);
    values.set(flag.slice(2), value);
  }
  const number = (name: string): number | undefined => {
    const text = values.get(name);
    if (text === undefined) return undefined;
    const parsed = Number(text);
    if (!Number.isInteger(parsed) || parsed < 0) {
      throw new Error(`--${name} must be a whole number, got "${text}"\n${USAGE}`);
    }
    return parsed;
  };
  const seed = number('seed');
  const outDir = values.get('out');
  if (seed === undefined || outDir === undefined) throw new Error(USAGE);
  return { seed, outDir, skus: number('skus'), days: number('days'), events: number('events') };
}
