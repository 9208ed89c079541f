import { describe, expect, it } from 'vitest';
import { MASK, maskUrlPassword, restoreUrlPassword } from '../../server/shared/secrets';

describe('a URL’s password never leaves the server', () => {
  it('masks the password, keeps user, host and port', () => {
    expect(maskUrlPassword('smtp://qabyldau:Құпия-77@mail.akimat.kz:587')).toBe(
      `smtp://qabyldau:${MASK}@mail.akimat.kz:587`
    );
    expect(maskUrlPassword('smtps://u:p%40ss@h')).toBe(`smtps://u:${MASK}@h`);
    expect(maskUrlPassword('smtp://127.0.0.1:25')).toBe('smtp://127.0.0.1:25');
    expect(maskUrlPassword('')).toBe('');
    expect(maskUrlPassword(null)).toBe(null);
  });

  it('a masked value sent back keeps the stored password; a typed one replaces it', () => {
    const stored = 'smtp://qabyldau:Құпия-77@mail.akimat.kz:587';
    expect(restoreUrlPassword(`smtp://qabyldau:${MASK}@mail.akimat.kz:587`, stored)).toBe(stored);
    expect(restoreUrlPassword(`smtp://qabyldau:${MASK}@other.kz:25`, stored)).toBe(
      'smtp://qabyldau:Құпия-77@other.kz:25'
    );
    expect(restoreUrlPassword('smtp://qabyldau:new@mail.akimat.kz:587', stored)).toBe(
      'smtp://qabyldau:new@mail.akimat.kz:587'
    );
    expect(restoreUrlPassword(`smtp://qabyldau:${MASK}@h:25`, null)).toBe('smtp://qabyldau:@h:25');
  });
});
