// Where Driftscope keeps its own small settings (the recent-cases list): a per-user folder, never beside client files.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

type Environment = Record<string, string | undefined>;

/** The folder DRIFTSCOPE_CONFIG_DIR names, or null; tests and the desktop app's smoke test point it at a temp folder. */
export function configDirFromEnv(env: Environment): string | null {
  const given = env.DRIFTSCOPE_CONFIG_DIR;
  return given === undefined || given === '' ? null : resolve(given);
}

/** DRIFTSCOPE_CONFIG_DIR, else $XDG_CONFIG_HOME/driftscope, else ~/.config/driftscope. */
export function defaultConfigDir(env: Environment = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CONFIG_HOME;
  return configDirFromEnv(env) ?? join(xdg === undefined || xdg === '' ? join(home, '.config') : xdg, 'driftscope');
}
