import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { paths } from '../../site.config.ts';
import { type Entity, validateGazetteer } from '../core/entity.ts';

/** Reads and validates content/entities.yaml; no file means no entities. Throws IngestError. */
export async function loadGazetteer(root: string): Promise<Entity[]> {
  const text = await readFile(resolve(root, paths.entities), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  return text === undefined ? [] : validateGazetteer(text, paths.entities);
}
