// Generates the frontend's typed API client from the backend's OpenAPI document, or checks that the
// committed document and client are what the current backend code generates.
// Usage: node frontend/tools/api-client.mjs generate|check   (after `nx build backend`)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const documentPath = 'backend/openapi.json';
const clientPath = 'frontend/src/app/core/api/generated';
const config = JSON.parse(readFileSync('frontend/ng-openapi-gen.json', 'utf8'));

function generate(documentFile, outputDirectory) {
  execFileSync(process.execPath, ['dist/backend/openapi/write-openapi.js', documentFile], {
    stdio: 'inherit',
  });
  const configFile = join(mkdtempSync(join(tmpdir(), 'api-client-')), 'ng-openapi-gen.json');
  writeFileSync(configFile, JSON.stringify({ ...config, input: documentFile, output: outputDirectory }));
  execFileSync(process.execPath, ['node_modules/ng-openapi-gen/lib/index.js', '-c', configFile], {
    stdio: 'inherit',
  });
}

function listFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function differences(expectedDirectory, actualDirectory) {
  const expected = listFiles(expectedDirectory)
    .map((file) => relative(expectedDirectory, file))
    .sort();
  const actual = listFiles(actualDirectory)
    .map((file) => relative(actualDirectory, file))
    .sort();
  const names = [...new Set([...expected, ...actual])].sort();
  return names.filter((name) => {
    try {
      return (
        readFileSync(join(expectedDirectory, name), 'utf8') !==
        readFileSync(join(actualDirectory, name), 'utf8')
      );
    } catch {
      return true;
    }
  });
}

const mode = process.argv[2];
if (mode === 'generate') {
  generate(documentPath, clientPath);
  process.stdout.write(`Wrote ${documentPath} and ${clientPath}\n`);
} else if (mode === 'check') {
  const scratch = mkdtempSync(join(tmpdir(), 'api-client-check-'));
  try {
    const freshDocument = join(scratch, 'openapi.json');
    const freshClient = join(scratch, 'generated');
    generate(freshDocument, freshClient);
    const stale = [];
    if (readFileSync(freshDocument, 'utf8') !== readFileSync(documentPath, 'utf8')) {
      stale.push(documentPath);
    }
    stale.push(...differences(freshClient, clientPath).map((name) => join(clientPath, name)));
    if (stale.length > 0) {
      process.stderr.write(
        `The committed API client is stale; run \`npm run api-client\` and commit:\n  ${stale.join('\n  ')}\n`,
      );
      process.exit(1);
    }
    process.stdout.write('The committed OpenAPI document and API client are current.\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  process.stderr.write('Usage: node frontend/tools/api-client.mjs generate|check\n');
  process.exit(2);
}
