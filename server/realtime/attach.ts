import type { Server, Socket } from 'socket.io';
import { DomainError } from '../shared/errors';
import type { Ctx } from './context';
import {
  EVENTS,
  type BoardSnapshot,
  type ChangeScope,
  type OfficeChanged,
  type QueueEvent,
  type SubscribeReply
} from './contract';
import {
  AddressLimits,
  addressLimitSettings,
  SOCKET_LIMITS,
  TokenBucket,
  type AddressLimitSettings
} from './rules/rate';
import { isShared, officeRoom } from './io';
import { connectPeers, dropFromPeer } from './peer-caches';

const ATTACHED = Symbol.for('qabyldau.realtime.attached');
const PEER_CACHE_DROP = 'cache:drop';

/** What a board needs to start from: the hall board capability reads it (server/board); realtime only carries it. */
export type BoardReader = (db: Ctx['db'], officeCode: string, now: Date) => Promise<BoardSnapshot>;

/**
 * Wires an office's room: a client subscribes with the office code and gets a
 * snapshot in the acknowledgement; afterwards it receives every queue event of
 * that office. A client that sees a sequence gap asks for a fresh snapshot.
 */
export function attachRealtime(
  io: Server,
  ctx: Omit<Ctx, 'publish'>,
  boardSnapshot: BoardReader,
  limits: AddressLimitSettings = addressLimitSettings(process.env)
): void {
  const marked = io as Server & { [ATTACHED]?: AddressLimits };
  const perAddress = new AddressLimits(limits);
  // A dev reload attaches again: replace the old handlers rather than doubling them (the
  // connection check below reads the newest limits through the mark).
  if (marked[ATTACHED]) {
    io.removeAllListeners('connection');
    io.removeAllListeners(PEER_CACHE_DROP);
  } else {
    io.use((socket, next) => {
      // Read once at the handshake; the connection handler's message limit uses it too.
      const address = (socket.data.address = clientAddress(socket));
      if (!marked[ATTACHED]!.connect(address)) return next(new Error('too_many_connections'));
      const counted = marked[ATTACHED]!;
      socket.once('disconnect', () => counted.disconnect(address));
      next();
    });
  }
  marked[ATTACHED] = perAddress;

  // Several processes on one database (server/realtime/cluster.ts): a cache dropped in one is
  // dropped in all. (Only then: the in-memory adapter has no peers and says so on every emit.)
  if (isShared(io)) connectPeers((name) => io.serverSideEmit(PEER_CACHE_DROP, name));
  io.on(PEER_CACHE_DROP, (name: unknown) => dropFromPeer(name, ctx.db));

  // Snapshots asked for the same office while one is being read share that read: a thousand
  // requests cost one query, not a thousand queued in front of a kiosk's ticket.
  const inFlight = new Map<string, Promise<BoardSnapshot>>();
  const snapshotOf = (code: string) => {
    let p = inFlight.get(code);
    if (!p) {
      p = boardSnapshot(ctx.db, code, ctx.now()).finally(() => inFlight.delete(code));
      inFlight.set(code, p);
    }
    return p;
  };

  io.on('connection', (socket: Socket) => {
    const bucket = new TokenBucket(SOCKET_LIMITS.burst, SOCKET_LIMITS.perSecond, Date.now());
    const address: string = socket.data.address;
    let refusedInARow = 0;
    /**
     * Whether this message may be served: within the socket's own limit and its address's. A
     * socket that keeps asking while refused — by either limit — is disconnected: refusals cost
     * little each, but an address's hundreds of sockets retrying at once would crowd the event
     * loop in front of the kiosks (bench:flood).
     */
    const allowed = () => {
      const now = Date.now();
      if (bucket.take(now) && perAddress.message(address, now)) {
        refusedInARow = 0;
        return true;
      }
      if (++refusedInARow >= SOCKET_LIMITS.disconnectAfterRefused) socket.disconnect(true);
      return false;
    };
    const reply = async (code: unknown, join: boolean): Promise<SubscribeReply> => {
      if (typeof code !== 'string' || code.length > 64) return { ok: false, error: 'unknown_office' };
      try {
        const snapshot = await snapshotOf(code);
        if (join) {
          for (const room of socket.rooms) if (room.startsWith('office:')) socket.leave(room);
          await socket.join(officeRoom(snapshot.office.id));
        }
        return { ok: true, snapshot };
      } catch (err) {
        return { ok: false, error: err instanceof DomainError ? err.code : 'internal' };
      }
    };
    socket.on(EVENTS.subscribe, async (payload: { office?: unknown }, ack?: (r: SubscribeReply) => void) => {
      const r = allowed() ? await reply(payload?.office, true) : ({ ok: false, error: 'rate_limited' } as const);
      if (typeof ack === 'function') ack(r);
    });
    socket.on(EVENTS.snapshot, async (payload: { office?: unknown }, ack?: (r: SubscribeReply) => void) => {
      const r = allowed() ? await reply(payload?.office, false) : ({ ok: false, error: 'rate_limited' } as const);
      if (typeof ack === 'function') ack(r);
    });
  });
}

/**
 * The client's address as the HTTP side sees it: behind a proxy, adapter-node's ADDRESS_HEADER
 * (with XFF_DEPTH for X-Forwarded-For) names it; otherwise the connection's own address.
 */
function clientAddress(socket: Socket): string {
  const header = process.env.ADDRESS_HEADER?.toLowerCase();
  const value = header ? socket.handshake.headers[header] : undefined;
  if (typeof value !== 'string' || !value) return socket.handshake.address;
  if (header !== 'x-forwarded-for') return value.trim();
  const hops = value.split(',').map((h) => h.trim());
  return hops[Math.max(0, hops.length - Number(process.env.XFF_DEPTH || 1))] || socket.handshake.address;
}

export function publisher(io: () => Server | undefined): (e: QueueEvent) => void {
  return (e) => io()?.to(officeRoom(e.officeId)).emit(EVENTS.event, e);
}

/** Tells an office's screens that a part of it changed (server/realtime/contract: OfficeChanged). */
export function changeNotifier(io: () => Server | undefined): (officeId: number, scope: ChangeScope) => void {
  return (officeId, scope) =>
    io()
      ?.to(officeRoom(officeId))
      .emit(EVENTS.changed, { scope } satisfies OfficeChanged);
}
