// The floors' server process (bench/run.ts starts it): a bare Node HTTP server that parses a JSON
// body and answers a ticket-sized JSON, and a bare socket.io server that broadcasts on request.
// What the product does on top of these is what the ratios measure.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.argv[2]);
const answer = JSON.stringify({
  ticket: {
    token: 'x'.repeat(22),
    code: 'А-001',
    office: {
      code: 'demo',
      nameKk: 'Азаматтарды қабылдау орталығы',
      nameRu: 'Центр приёма граждан',
      timeZone: 'Asia/Almaty'
    },
    service: { id: 1, nameKk: 'Құжаттар', nameRu: 'Документы', prefix: 'А' },
    peopleAhead: 3,
    waitMinutes: 12
  },
  created: true
});
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url === '/broadcast')
      io.emit('queue:event', {
        type: 'ticket.called',
        seq: Number(body) || 0,
        ticket: { code: 'А-001' },
        window: { number: 1 }
      });
    else JSON.parse(body || '{}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
  });
});
server.keepAliveTimeout = 75_000;
const io = new Server(server, { serveClient: false });
server.listen(port, '127.0.0.1', () => process.send?.('ready'));
