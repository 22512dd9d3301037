// Copies non-TypeScript assets (SQL migrations, the report's CSS and script) next to the compiled code in dist/.
import { cpSync, existsSync } from 'node:fs';
const pairs = [
  ['src/ledger/sqlite/migrations', 'dist/ledger/sqlite/migrations'],
  ['src/ledger/postgres/migrations', 'dist/ledger/postgres/migrations'],
  ['src/report/html/assets', 'dist/report/html/assets'],
];
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true });
