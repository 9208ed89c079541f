import type { TicketView } from './ticket';

/** A representative ticket for previews, the benchmark and the documentation images. */
export const SAMPLE_URL = 'http://192.168.1.10:3000/t/Xk3v9QwZp2LmN8rT4yUe1A';

export function sampleTicket(language: 'kk' | 'ru'): TicketView {
  return {
    token: 'Xk3v9QwZp2LmN8rT4yUe1A',
    code: 'В-017',
    language,
    office: {
      code: 'demo',
      nameKk: 'Ақтөбе облысы әкімдігінің Азаматтарды қабылдау орталығы',
      nameRu: 'Центр приёма граждан акимата Актюбинской области',
      timeZone: 'Asia/Almaty'
    },
    service: { id: 3, nameKk: 'Әкімнің жеке қабылдауы', nameRu: 'Личный приём акима', prefix: 'В' },
    category: 'DISABLED_1_2',
    categoryStatus: 'CLAIMED',
    outOfTurn: true,
    needsAssistance: false,
    status: 'WAITING',
    issuedAt: '2026-11-23T04:12:00.000Z',
    window: null,
    peopleAhead: 2,
    waitMinutes: 15
  };
}
