// Adds lock entries for optional platform packages (other operating systems' builds of esbuild, rollup,
// lmdb, …) that npm left out of package-lock.json because the registry it used does not serve them.
// `npm ci` insists on an entry for every optional dependency, even one it will never install on this
// platform; an entry with the version and `optional: true` satisfies it. Runs after every `npm install`
// (the root package's postinstall) and changes nothing when the lock is already complete.
// See docs/decisions/0004-complete-lockfile.md.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');

const file = 'package-lock.json';
if (!existsSync(file)) {
  process.exit(0);
}
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};

// npm resolves a dependency from the dependent's own node_modules folder upwards to the root.
function isResolvable(dependentPath, name) {
  let base = dependentPath;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) {
      return true;
    }
    if (base === '') {
      return false;
    }
    const parent = base.lastIndexOf('/node_modules/');
    base = parent >= 0 ? base.slice(0, parent) : '';
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!isResolvable(path, name)) {
      packages[`node_modules/${name}`] = { version: range.replace(/^[\^~=]/, ''), optional: true };
      added += 1;
    }
  }
}
if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  process.stdout.write(`complete-lockfile: added ${added} optional platform entries to ${file}\n`);
}
