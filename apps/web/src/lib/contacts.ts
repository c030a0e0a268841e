// Public contact points, shown in the footer and on pages that send people to support.
export const supportEmail = 'support@dastiyor.tj';
export const telegramUrl = 'https://t.me/dastiyor';
export const instagramUrl = 'https://instagram.com/dastiyor';
