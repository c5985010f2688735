import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FrontendSize {
  /** The scripts index.html loads eagerly, with their gzip sizes in bytes. */
  readonly scripts: readonly { readonly file: string; readonly gzipBytes: number }[];
  readonly totalGzipBytes: number;
}

/** `src` of the script tags and `href` of the modulepreload links of index.html: what loads before any route. */
export function eagerScripts(indexHtml: string): string[] {
  const files = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attribute = (name: string): string | undefined =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const file = isScript
      ? attribute('src')
      : attribute('rel') === 'modulepreload'
        ? attribute('href')
        : undefined;
    if (file) {
      files.add(file);
    }
  }
  return [...files];
}

/**
 * The initial JavaScript of the built web app, gzipped at zlib's default level (what the app's compression
 * middleware sends).
 */
export async function measureFrontendSize(browserDirectory: string): Promise<FrontendSize> {
  const indexHtml = await readFile(join(browserDirectory, 'index.html'), 'utf8');
  const scripts = await Promise.all(
    eagerScripts(indexHtml).map(async (file) => ({
      file,
      gzipBytes: gzipSync(await readFile(join(browserDirectory, file))).length,
    })),
  );
  return { scripts, totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}
