import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffSchemaAgainstMigrations, withScratchDatabase } from './schema-diff';

// Usage: nx run backend:migration-generate --name=AddUnits
const migrationsDirectory = join(__dirname, '..', 'migrations');

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function render(className: string, up: string[], down: string[]): string {
  const statements = (queries: string[]): string =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    process.stderr.write(
      'Give the migration a PascalCase name: nx run backend:migration-generate --name=AddUnits\n',
    );
    process.exit(2);
  }
  const diff = await withScratchDatabase(diffSchemaAgainstMigrations);
  if (diff.up.length === 0) {
    process.stdout.write('Entities and migrations agree; nothing to generate.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileName = `${timestamp}-${kebabCase(name)}`;
  await writeFile(join(migrationsDirectory, `${fileName}.ts`), render(className, diff.up, diff.down));

  const indexFile = join(migrationsDirectory, 'index.ts');
  const index = await readFile(indexFile, 'utf8');
  const withImport = index.replace(
    /(\ntype MigrationClass)/,
    `import { ${className} } from './${fileName}';\n$1`,
  );
  const withEntry = withImport.replace(/= \[([^\]]*)\];/, (_match, entries: string) => {
    const list = entries.trim()
      ? `${entries.trimEnd().replace(/,$/, '')},\n  ${className},\n`
      : `\n  ${className},\n`;
    return `= [${list}];`;
  });
  await writeFile(indexFile, withEntry);
  process.stdout.write(
    `Wrote migrations/${fileName}.ts (${diff.up.length} statements); run prettier on it.\n`,
  );
}

void main();
