// `npm run build` starts from an empty dist/: a module removed from src/ must not linger in dist/
// (tsc only writes, it never deletes), where a stale import or the launcher could still find it.
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
