/**
 * The language a request asks for when no account says otherwise: the web sends its page's in Accept-Language
 * (`tg` for Tajik pages); anything else is Russian, the default.
 */
export const requestLocale = (request: { headers: { 'accept-language'?: string } }): 'ru' | 'tg' =>
  request.headers['accept-language']?.startsWith('tg') ? 'tg' : 'ru';
