import { describe, expect, it } from 'vitest';
import { normalizeOutboxRecipient } from '../src/lib/dev-outbox-api';

describe('normalizeOutboxRecipient', () => {
  it('turns a phone typed any usual way into the E.164 form the outbox stores', () => {
    expect(normalizeOutboxRecipient('90 123 45 67')).toBe('+992901234567');
    expect(normalizeOutboxRecipient('+992 (90) 123-45-67')).toBe('+992901234567');
    expect(normalizeOutboxRecipient('992901234567')).toBe('+992901234567');
  });

  it('leaves emails and an empty filter as they are', () => {
    expect(normalizeOutboxRecipient(' Nigora@Example.tj ')).toBe('Nigora@Example.tj');
    expect(normalizeOutboxRecipient('')).toBe('');
  });
});
