import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL here: it cannot open an encrypted file, so the app applies
// migrations itself with migrate() after unlocking (db/open-database.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
