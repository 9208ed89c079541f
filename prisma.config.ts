// Prisma CLI config. Only `prisma generate` is used (no binary engine here);
// migrations go through prisma/migrate.ts with the WebAssembly schema engine.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma'
});
