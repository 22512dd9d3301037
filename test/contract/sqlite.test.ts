import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite/index.js';
import { ledgerContract } from './ledger.contract.js';
import { controlContract } from './control.contract.js';
import { tempDir } from '../helpers/fixtures.js';

const sqlite = async () => {
  const dir = tempDir('docparse-ledger-');
  const ledger = openSqliteLedger(join(dir, 'ledger.db'));
  return {
    ledger,
    cleanup: async () => {
      await ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

ledgerContract('SQLite', sqlite);
controlContract('SQLite', sqlite);
