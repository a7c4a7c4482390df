// Child process for the backup kill test: makes backups in a loop through the real BackupStore
// and reports each name once it returned; the parent kills it with SIGKILL at a random moment.
import { openEncryptedDatabase } from '@db/open-database';
import { BackupStore, DEFAULT_ROTATION } from '@core/vault/backups';

const [databaseFile, backupsFolder, keyHex] = process.argv.slice(2) as [string, string, string];
const key = Buffer.from(keyHex, 'hex');
const { sqlite } = openEncryptedDatabase(databaseFile, key, { mustExist: true });
const store = new BackupStore(backupsFolder, DEFAULT_ROTATION, () => new Date());
process.stdout.write('ready\n');
for (;;) process.stdout.write(`${store.create(sqlite, key, 'handmatig')}\n`);
