/**
 * Render + encode time per ticket (no printer needed): npm run bench:print
 * Prints mean, p50 and p99 per configuration, and the job size.
 */
import { ticketJob } from '../server/printing';
import { SAMPLE_URL, sampleTicket } from '../server/printing/sample';

const N = Number(process.env.N ?? 200);
for (const [paper, mode, language] of [
  [80, 'RASTER', 'kk'],
  [80, 'RASTER', 'ru'],
  [58, 'RASTER', 'kk'],
  [80, 'TEXT_KZ1048', 'kk']
] as const) {
  const ticket = sampleTicket(language);
  for (let i = 0; i < 10; i++) ticketJob(ticket, SAMPLE_URL, { paper, mode }); // warm-up (fonts, JIT)
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    bytes = ticketJob(ticket, SAMPLE_URL, { paper, mode }).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / N;
  const q = (p: number) => times[Math.min(N - 1, Math.floor(p * N))].toFixed(2);
  console.log(
    `${paper} mm ${mode.padEnd(11)} ${language}: mean ${mean.toFixed(2)} ms, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, ${bytes} bytes (n=${N})`
  );
}
