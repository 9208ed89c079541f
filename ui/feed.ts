import { io, type Socket } from 'socket.io-client';
import {
  EVENTS,
  type BoardSnapshot,
  type ChangeScope,
  type OfficeChanged,
  type QueueEvent,
  type SubscribeReply
} from '$server/realtime/contract';
import { SeqTracker } from './feed-sync';

export interface FeedHandlers {
  snapshot(s: BoardSnapshot): void;
  event(e: QueueEvent): void;
  online(connected: boolean): void;
  /** Staff changed a part of the office outside the queue (staff screens only). */
  changed?(scope: ChangeScope): void;
}

/** Re-reads the full state now and then, so a screen left running for months cannot drift. */
const SAFETY_RESYNC_MS = 5 * 60_000;

interface Feed {
  handlers: Set<FeedHandlers>;
  /** A part joining a live feed gets a fresh snapshot (everyone does; it is harmless). */
  joined(): void;
  close(): void;
}

/**
 * One socket per office and page, however many parts of the page follow it (the window console
 * and its help alerts): each part gets the same snapshots and ordered events.
 */
const feeds = new Map<string, Feed>();

function open(office: string): Feed {
  const handlers = new Set<FeedHandlers>();
  const each = (fn: (h: FeedHandlers) => void) => handlers.forEach(fn);
  const socket: Socket = io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 });
  const tracker = new SeqTracker<QueueEvent>(
    (e) => each((h) => h.event(e)),
    () => resync()
  );

  const take = (reply: SubscribeReply) => {
    if (!reply.ok) return;
    each((h) => h.snapshot(reply.snapshot));
    tracker.snapshot(reply.snapshot.seq);
  };
  const resync = () => socket.emit(EVENTS.snapshot, { office }, take);

  socket.on('connect', () => {
    tracker.reset();
    socket.emit(EVENTS.subscribe, { office }, (r: SubscribeReply) => {
      take(r);
      each((h) => h.online(true));
    });
  });
  socket.on('disconnect', () => {
    tracker.reset();
    each((h) => h.online(false));
  });
  socket.on('connect_error', () => each((h) => h.online(false)));
  socket.on(EVENTS.event, (e: QueueEvent) => tracker.event(e));
  socket.on(EVENTS.changed, (c: OfficeChanged) => {
    if (c?.scope === 'control' || c?.scope === 'reception') each((h) => h.changed?.(c.scope));
  });
  const timer = setInterval(() => socket.connected && resync(), SAFETY_RESYNC_MS);
  return {
    handlers,
    joined: () => {
      if (socket.connected) {
        each((h) => h.online(true));
        resync();
      }
    },
    close() {
      clearInterval(timer);
      socket.close();
    }
  };
}

/** An office's live queue over socket.io: snapshot on (re)connect, then ordered events. */
export function officeFeed(office: string, h: FeedHandlers): () => void {
  let feed = feeds.get(office);
  if (!feed) feeds.set(office, (feed = open(office)));
  feed.handlers.add(h);
  feed.joined();
  const joined = feed;
  return () => {
    joined.handlers.delete(h);
    if (joined.handlers.size === 0) {
      joined.close();
      if (feeds.get(office) === joined) feeds.delete(office);
    }
  };
}
