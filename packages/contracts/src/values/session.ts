/** The session cookie the API sets on sign-in; the web reads it to forward the session and to tell guests apart. */
export const sessionCookieName = 'dastiyor_session';
