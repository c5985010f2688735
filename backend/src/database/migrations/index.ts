import type { MigrationInterface } from 'typeorm';
import { ReferenceData1795312117498 } from './1795312117498-reference-data';

type MigrationClass = new () => MigrationInterface;

// Every migration, oldest first. `nx run backend:migration-generate --name=…` appends here.
export const migrations: MigrationClass[] = [ReferenceData1795312117498];
