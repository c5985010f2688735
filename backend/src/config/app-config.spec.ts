import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      databaseUrl: undefined,
      publicBaseUrl: 'http://localhost:3000',
      logLevel: 'info',
    });
    expect(config.dataDirectory).toMatch(/\.data$/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
  ])('refuses %p naming %s', (environment, variable) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(new RegExp(`${variable}:`));
  });

  it('requires a database URL in production, where no embedded server is started', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL: is required when NODE_ENV is production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/crm' }).environment).toBe(
      'production',
    );
  });

  it('creates demo data in development only unless told, and never in production', () => {
    expect(loadConfig({}).isDemoDataEnabled).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).isDemoDataEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' }).isDemoDataEnabled).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).isDemoDataEnabled).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/crm', DEMO_DATA: 'true' }),
    ).toThrow(/DEMO_DATA: demo data is never created/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('accepts a PostgreSQL URL and strips a trailing slash from the public URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://crm:secret@db.internal:5432/crm',
      PUBLIC_BASE_URL: 'https://crm.example.fi/',
    });
    expect(config.databaseUrl).toBe('postgresql://crm:secret@db.internal:5432/crm');
    expect(config.publicBaseUrl).toBe('https://crm.example.fi');
  });
});
