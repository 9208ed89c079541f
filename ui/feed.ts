import { io, type Socket } from 'socket.io-client';
import { EVENTS, type BoardSnapshot, type QueueEvent, type SubscribeReply } from '$server/realtime/contract';
import { SeqTracker } from './feed-sync';

export interface FeedHandlers {
  snapshot(s: BoardSnapshot): void;
  event(e: QueueEvent): void;
  online(connected: boolean): void;
}

/** Re-reads the full state now and then, so a screen left running for months cannot drift. */
const SAFETY_RESYNC_MS = 5 * 60_000;

/** An office's live queue over socket.io: snapshot on (re)connect, then ordered events. */
export function officeFeed(office: string, h: FeedHandlers): () => void {
  const socket: Socket = io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 });
  const tracker = new SeqTracker<QueueEvent>(h.event, () => resync());

  const take = (reply: SubscribeReply) => {
    if (!reply.ok) return;
    h.snapshot(reply.snapshot);
    tracker.snapshot(reply.snapshot.seq);
  };
  const resync = () => socket.emit(EVENTS.snapshot, { office }, take);

  socket.on('connect', () => {
    tracker.reset();
    socket.emit(EVENTS.subscribe, { office }, (r: SubscribeReply) => {
      take(r);
      h.online(true);
    });
  });
  socket.on('disconnect', () => {
    tracker.reset();
    h.online(false);
  });
  socket.on('connect_error', () => h.online(false));
  socket.on(EVENTS.event, (e: QueueEvent) => tracker.event(e));
  const timer = setInterval(() => socket.connected && resync(), SAFETY_RESYNC_MS);

  return () => {
    clearInterval(timer);
    socket.close();
  };
}
