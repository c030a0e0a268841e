import { describe, expect, it } from 'vitest';
import { quietHoursEnd } from './quiet-hours.js';

const night = { enabled: true, from: '22:00', to: '08:00' };
const at = (iso: string) => new Date(iso);

describe('quietHoursEnd (Asia/Dushanbe, UTC+5)', () => {
  it('answers the next 08:00 Dushanbe inside a window that wraps midnight', () => {
    // 23:30 Dushanbe → 08:00 next day = 03:00Z.
    expect(quietHoursEnd(at('2026-12-01T18:30:00Z'), night)).toEqual(at('2026-12-02T03:00:00Z'));
    // 02:00 Dushanbe → 08:00 the same day.
    expect(quietHoursEnd(at('2026-12-01T21:00:00Z'), night)).toEqual(at('2026-12-02T03:00:00Z'));
  });

  it('answers null outside the window, at its end, or when off', () => {
    expect(quietHoursEnd(at('2026-12-01T10:00:00Z'), night)).toBeNull();
    expect(quietHoursEnd(at('2026-12-02T03:00:00Z'), night)).toBeNull();
    expect(quietHoursEnd(at('2026-12-01T18:30:00Z'), { ...night, enabled: false })).toBeNull();
    expect(quietHoursEnd(at('2026-12-01T18:30:00Z'), { enabled: true, from: '09:00', to: '09:00' })).toBeNull();
  });

  it('handles a window within one day', () => {
    const lunch = { enabled: true, from: '13:00', to: '14:30' };
    expect(quietHoursEnd(at('2026-12-01T08:10:00Z'), lunch)).toEqual(at('2026-12-01T09:30:00Z'));
    expect(quietHoursEnd(at('2026-12-01T07:59:00Z'), lunch)).toBeNull();
  });
});
