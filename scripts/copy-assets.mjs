// Copies non-TypeScript assets (SQL migrations, the report's CSS and script, the extraction model's weights) next to the compiled code in dist/.
import { cpSync, existsSync } from 'node:fs';
const pairs = [
  ['src/ledger/sqlite/migrations', 'dist/ledger/sqlite/migrations'],
  ['src/ledger/postgres/migrations', 'dist/ledger/postgres/migrations'],
  ['src/report/html/assets', 'dist/report/html/assets'],
  ['src/extract/fields/model', 'dist/extract/fields/model'],
];
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true });
