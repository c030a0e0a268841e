import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/auth-helpers.js';
import { createFakeClock } from '../../../test/fake-clock.js';
import { useTestApp } from '../../../test/use-test-app.js';
import { defaultNotificationSettings } from './notification-settings-defaults.js';

const clock = createFakeClock('2026-12-01T10:00:00Z');
type Account = Awaited<ReturnType<typeof signUp>>;
let me: Account;
let other: Account;

const t = useTestApp({ clock: clock.now });
beforeAll(async () => {
  [me, other] = await Promise.all([signUp(t.app, t.db, {}), signUp(t.app, t.db, {})]);
});

const url = '/api/v1/me/notification-settings';
const inject = (method: 'GET' | 'PUT', who: Account | null, payload?: object) =>
  t.app.inject({ method, url, headers: who ? { cookie: who.cookie } : {}, ...(payload ? { payload } : {}) });

describe('GET/PUT /api/v1/me/notification-settings', () => {
  it('answers 401 to guests', async () => {
    expect((await inject('GET', null)).statusCode).toBe(401);
    expect((await inject('PUT', null, defaultNotificationSettings())).statusCode).toBe(401);
  });

  it('answers the defaults before anything is saved', async () => {
    const res = await inject('GET', me);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual(defaultNotificationSettings());
    expect(body.channels['response.new']).toEqual({ email: true, sms: true, push: true });
    expect(body.channels['review.new']).toEqual({ email: true, sms: false, push: true });
    expect(body.channels['chat.message'].email).toBe(false);
    expect(body.quietHours).toEqual({ enabled: true, from: '22:00', to: '08:00' });
    expect(body.taskDigest).toBe('instant');
  });

  it('saves the whole document for its owner only', async () => {
    const settings = defaultNotificationSettings();
    settings.channels['review.new'] = { email: false, sms: false, push: false };
    settings.quietHours = { enabled: false, from: '23:30', to: '07:00' };
    settings.taskDigest = 'daily';
    const res = await inject('PUT', me, settings);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(settings);
    expect((await inject('GET', me)).json()).toEqual(settings);
    expect((await inject('GET', other)).json()).toEqual(defaultNotificationSettings());
    // Saving again replaces, not duplicates.
    settings.taskDigest = 'instant';
    expect((await inject('PUT', me, settings)).json().taskDigest).toBe('instant');
  });

  it('refuses SMS for an event not worth one, with a field error', async () => {
    const settings = defaultNotificationSettings();
    settings.channels['review.new'] = { email: true, sms: true, push: true };
    const res = await inject('PUT', me, settings);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body.channels.review.new.sms', code: 'sms_not_available' })]);
  });

  it('refuses a malformed document', async () => {
    const settings = { ...defaultNotificationSettings(), quietHours: { enabled: true, from: '25:00', to: '08:00' } };
    expect((await inject('PUT', me, settings)).statusCode).toBe(400);
    const { 'chat.message': _missing, ...fewer } = defaultNotificationSettings().channels;
    expect((await inject('PUT', me, { ...defaultNotificationSettings(), channels: fewer })).statusCode).toBe(400);
  });
});
