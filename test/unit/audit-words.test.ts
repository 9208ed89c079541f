import { describe, expect, it } from 'vitest';
import { auditDetail } from '../../ui/audit';

/** The audit log reads as sentences: a detail's coded value in words, an admin's change as before → after. */
describe('audit details in words', () => {
  it('gives coded values their words by the detail they belong to', () => {
    expect(auditDetail({ kind: 'RECEPTION', count: 33 }, 'ru')).toBe('вид: Личный приём; количество: 33');
    expect(auditDetail({ identityVerified: 'DIGITAL' }, 'ru')).toContain('Цифровой документ');
    expect(auditDetail({ kind: 'RECEPTION' }, 'kk')).not.toContain('RECEPTION');
  });

  it('says an administrator’s change as field: before → after, roles in words', () => {
    const text = auditDetail({ changes: { role: ['appeals', 'head'] } }, 'ru');
    expect(text).not.toMatch(/appeals|head/);
    expect(text).toContain('→');
  });

  it('names files by their kind and voice clips by their words', () => {
    expect(auditDetail({ lang: 'ru', format: 'pdf' }, 'ru')).toContain('PDF');
    const clip = auditDetail({ lang: 'ru', key: 'window', mime: 'audio/wav' }, 'kk');
    expect(clip).toContain('WAV');
    expect(clip).not.toMatch(/window|audio/);
    expect(auditDetail({ kind: 'KIOSK' }, 'ru')).not.toContain('KIOSK');
  });

  it('leaves a value it has no words for as it is (a number, a name)', () => {
    expect(auditDetail({ count: 5 }, 'kk')).toContain('5');
  });
});
