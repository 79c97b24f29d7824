import { cp, mkdir, mkdtemp, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The project root (this file is tests/helpers/project.ts). */
export const ROOT = join(import.meta.dirname, '../..');
const COPIES = join(ROOT, '.cache/sites');

/** What a project copy needs in order to ingest, check and build: sources and content, not outputs. */
export const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'src', 'scripts', 'content', 'public'];

export interface ProjectOptions {
  /** Extra (or replacement) files for content/articles/, by file name. */
  articles?: Record<string, string | Uint8Array>;
  /** Extra (or replacement) files anywhere in the copy, by project-relative path. */
  files?: Record<string, string | Uint8Array>;
  /** Project-relative paths to delete from the copy. */
  remove?: string[];
}

/**
 * Copies the project to a new temporary folder under `.cache/sites/` (inside the project, so that
 * packages resolve from its node_modules), then adds, replaces and removes the given files.
 * Returns the copy's path. Copies never share state.
 */
export async function copyProject(opts: ProjectOptions = {}): Promise<string> {
  await mkdir(COPIES, { recursive: true });
  const dir = await mkdtemp(join(COPIES, 'project-'));
  await Promise.all(
    PROJECT_FILES.map((f) =>
      cp(join(ROOT, f), join(dir, f), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      }),
    ),
  );
  const files = {
    ...Object.fromEntries(Object.entries(opts.articles ?? {}).map(([name, content]) => [`content/articles/${name}`, content])),
    ...opts.files,
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  for (const path of opts.remove ?? []) await rm(join(dir, path), { recursive: true, force: true });
  return dir;
}

/**
 * Removes project copies left by earlier test runs (older than an hour, so a running test's copy
 * stays). Every test removes its own copies when it ends; this catches runs that were killed.
 */
export async function pruneOldCopies(): Promise<void> {
  const entries = await readdir(COPIES).catch(() => [] as string[]);
  const cutoff = Date.now() - 60 * 60 * 1000;
  await Promise.all(
    entries.map(async (e) => {
      if ((await stat(join(COPIES, e))).mtimeMs < cutoff) await rm(join(COPIES, e), { recursive: true, force: true });
    }),
  );
}

/** Removes `.cache/sites` itself once no copy is left in it, so a finished run leaves nothing there. */
export async function removeCopiesDir(): Promise<void> {
  await rmdir(COPIES).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT' && e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
  });
}
