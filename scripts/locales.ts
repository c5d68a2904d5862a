import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type LocaleFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

const ROOT = resolve(import.meta.dirname, '..');

/** Every folder of messages a system brings: `utils/systems/<id>/messages/`, plus any given (the example system's). */
export function systemMessageDirs(extra: readonly string[] = []): string[] {
  const systems = join(ROOT, 'utils/systems');
  const own = readdirSync(systems, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(systems, d.name, 'messages')))
    .map((d) => join(systems, d.name, 'messages'));
  return [...own, ...extra];
}

/**
 * One language's `messages.json` as the browsers read it: the generic messages
 * (`public/_locales/<lang>/messages.json`) and each system's own (`<folder>/<lang>.json`), joined at
 * build time because a browser reads exactly one file per language. A key two places define is refused.
 */
export function joinedMessages(language: string, dirs: readonly string[] = systemMessageDirs()): LocaleFile {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as LocaleFile;
  const joined = read(join(ROOT, 'public/_locales', language, 'messages.json'));
  for (const dir of dirs) {
    for (const [key, entry] of Object.entries(read(join(dir, `${language}.json`)))) {
      if (key in joined) throw new Error(`message ${key} of ${dir} is already defined`);
      joined[key] = entry;
    }
  }
  return joined;
}
