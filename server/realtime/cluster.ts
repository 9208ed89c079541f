import pg from 'pg';
import type { Server } from 'socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { markShared } from './io';

/**
 * Two or more server processes on one PostgreSQL database share their socket.io rooms through
 * the database itself (LISTEN/NOTIFY, @socket.io/postgres-adapter): a call made on one process
 * reaches the boards connected to the others, and a dropped cache is dropped everywhere
 * (server/shared/peer-caches.ts). Event sequence numbers already come from the database, so
 * a board sees one gap-free sequence whichever process made the change.
 */
export async function shareThroughPostgres(io: Server, url: string): Promise<() => Promise<void>> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A database that goes away for a moment must not end the process; the adapter reconnects.
  pool.on('error', (err) => console.error('realtime: postgres', err.message));
  // Packets over NOTIFY's 8,000-byte limit travel through this table (the adapter's own).
  await pool.query(
    `CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`
  );
  io.adapter(
    createAdapter(pool, {
      channelPrefix: 'qabyldau',
      errorHandler: (err) => console.error('realtime: postgres adapter', err.message)
    })
  );
  markShared(io);
  return () => pool.end();
}
