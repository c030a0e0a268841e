/**
 * The branch of a catalog message that is one ICU select (`{channel, select, sms {…} other {…}}`), for
 * journeys that look for the text a person reads.
 */
export function selectBranch(message: string, value: string): string {
  const branch = (name: string) => new RegExp(`\\b${name} \\{([^{}]*)\\}`).exec(message)?.[1];
  const text = branch(value) ?? branch('other');
  if (text === undefined) throw new Error(`no "${value}" or "other" branch in: ${message}`);
  return text;
}

/** The literal text of a message before its first placeholder ("Wait {seconds}…" → "Wait"). */
export function textBeforePlaceholder(message: string): string {
  return message.split('{')[0]!.trim();
}
