/** A clock tests move by hand: expiry, lockout and resend windows without sleeping. */
export function createFakeClock(start = '2026-11-24T08:00:00Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  };
}
