import { diffSchemaAgainstMigrations, withScratchDatabase } from './schema-diff';

// Fails when the entities describe a schema that the migrations do not create.
async function main(): Promise<void> {
  const diff = await withScratchDatabase(diffSchemaAgainstMigrations);
  if (diff.up.length > 0) {
    process.stderr.write(
      `Entities and migrations have drifted; generate a migration. Missing:\n${diff.up.map((query) => `  ${query}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Entities and migrations agree.\n');
}

void main();
