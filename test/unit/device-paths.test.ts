import { describe, expect, it } from 'vitest';
import { deviceAllowed, parseTarget } from '../../server/printing/transport';

/** Printer devices only from the operator's allow-list: a kiosk can never be pointed at a file. */
describe('printer device allow-list', () => {
  it.each([
    ['/dev/usb/lp0', true],
    ['/dev/usb/lp12', true],
    ['/dev/lp1', true],
    ['/etc/passwd', false],
    ['/dev/usb/../../etc/passwd', false],
    ['/dev/usb/lp0/../x', false],
    ['/home/app/data/qabyldau.db', false],
    ['relative/lp0', false],
    ['/dev/usb/lp0x/y', false]
  ])('%s → %s by default', (path, ok) => expect(deviceAllowed(path, '/dev/usb/lp*,/dev/lp*')).toBe(ok));
  it('takes the operator patterns; ** crosses folders, * does not', () => {
    expect(deviceAllowed('/srv/printers/a/lp0', '/srv/printers/**')).toBe(true);
    expect(deviceAllowed('/srv/printers/a/lp0', '/srv/printers/*')).toBe(false);
    expect(deviceAllowed('/dev/usb/lp0', '')).toBe(false);
  });
  it('a disallowed device is no printer target at all', () => {
    expect(parseTarget('DEVICE', '/etc/passwd')).toBeNull();
    expect(parseTarget('DEVICE', '/dev/usb/lp0')).toEqual({ kind: 'device', path: '/dev/usb/lp0' });
  });
});
