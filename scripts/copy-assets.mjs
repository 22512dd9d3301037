// Copies non-TypeScript assets (SQL migrations) next to the compiled code in dist/.
import { cpSync, existsSync } from 'node:fs';
const pairs = [
  ['src/ledger/sqlite/migrations', 'dist/ledger/sqlite/migrations'],
  ['src/ledger/postgres/migrations', 'dist/ledger/postgres/migrations'],
];
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true });
