/** How a person is reached and signs in: a lower-cased email or an E.164 phone. */
export type Contact = { kind: 'email'; value: string } | { kind: 'phone'; value: string };
