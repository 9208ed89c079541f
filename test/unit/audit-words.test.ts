import { describe, expect, it } from 'vitest';
import { auditDetail, formChanges } from '../../ui/audit';
import { adminFields } from '../../staff/admin/fields';

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

  it('reads an administrator’s change in the words of its form: labels, choices, lists, never a stored code', () => {
    const kiosk = adminFields('ru').kiosk;
    const changes = formChanges(
      {
        id: [null, 3],
        printerKind: ['NETWORK', 'DEVICE'],
        printerAddress: ['', '10.0.0.7:9100'],
        active: [true, false]
      },
      'ru',
      kiosk
    );
    expect(changes.map((c) => c.label)).toEqual(['Принтер', 'Адрес (хост:порт или /dev/usb/lp0)', 'Активна']);
    expect(changes[0]).toMatchObject({ before: 'Сетевой (TCP 9100)', after: 'Файл устройства', typed: false });
    expect(changes[1]).toMatchObject({ before: '—', after: '10.0.0.7:9100', typed: true });
    expect(changes[2]).toMatchObject({ before: '✓', after: '✗' });
    const office = formChanges(
      {
        signupChannels: ['PORTAL,PAPER', 'PAPER'],
        attendeeTemplate: ['[]', '[{"nameKk":"Заңгер","nameRu":"Юрист"}]'],
        pausePresets: ['', 'Түскі ас | Обед\nЖиналыс | Совещание']
      },
      'kk',
      adminFields('kk').office
    );
    expect(JSON.stringify(office)).not.toMatch(/PORTAL|PAPER|nameKk/);
    expect(office[1].after).toBe('Заңгер');
    const user = formChanges(
      { passwordHash: ['•', 'changed'], role: ['appeals', 'head'] },
      'kk',
      adminFields('kk').user
    );
    expect(JSON.stringify(user)).not.toMatch(/changed|appeals|head"/);
  });
});
