import type { Config } from 'jest';

// Unit tests: rules and helpers next to the code, no database.
const config: Config = {
  displayName: 'backend',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

export default config;
