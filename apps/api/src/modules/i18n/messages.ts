import type { TLocale } from '@dastiyor/contracts';

/**
 * Texts the API itself sends (email, SMS). Both catalogs share one key type, so a key missing in
 * either language fails the typecheck, and with it the build.
 */
type Catalog = {
  codeSubject: Record<CodePurpose, string>;
  codeSms: (code: string) => string;
  codeEmailIntro: Record<CodePurpose, string>;
  codeEmailBody: (code: string) => string;
  codeEmailIgnore: string;
};
export type CodePurpose = 'register' | 'reset' | 'change_email' | 'change_phone';

export const messages: Record<TLocale, Catalog> = {
  ru: {
    codeSubject: {
      register: 'Код подтверждения Dastiyor',
      reset: 'Сброс пароля Dastiyor',
      change_email: 'Подтвердите новый email в Dastiyor',
      change_phone: 'Подтвердите новый номер в Dastiyor',
    },
    codeSms: (code) => `Dastiyor: код ${code}. Никому его не сообщайте.`,
    codeEmailIntro: {
      register: 'Чтобы завершить регистрацию в Dastiyor, введите код:',
      reset: 'Чтобы задать новый пароль в Dastiyor, введите код:',
      change_email: 'Чтобы подтвердить этот адрес в Dastiyor, введите код:',
      change_phone: 'Чтобы подтвердить новый номер в Dastiyor, введите код:',
    },
    codeEmailBody: (code) => `${code}\n\nКод действует 10 минут.`,
    codeEmailIgnore: 'Если вы этого не запрашивали, просто проигнорируйте письмо.',
  },
  tg: {
    codeSubject: {
      register: 'Рамзи тасдиқи Dastiyor',
      reset: 'Барқарорсозии пароли Dastiyor',
      change_email: 'Почтаи электронии навро дар Dastiyor тасдиқ кунед',
      change_phone: 'Рақами навро дар Dastiyor тасдиқ кунед',
    },
    codeSms: (code) => `Dastiyor: рамз ${code}. Онро ба касе нагӯед.`,
    codeEmailIntro: {
      register: 'Барои анҷом додани бақайдгирӣ дар Dastiyor рамзро ворид кунед:',
      reset: 'Барои гузоштани пароли нав дар Dastiyor рамзро ворид кунед:',
      change_email: 'Барои тасдиқи ин суроға дар Dastiyor рамзро ворид кунед:',
      change_phone: 'Барои тасдиқи рақами нав дар Dastiyor рамзро ворид кунед:',
    },
    codeEmailBody: (code) => `${code}\n\nРамз 10 дақиқа эътибор дорад.`,
    codeEmailIgnore: 'Агар шумо инро дархост накарда бошед, ин мактубро нодида гиред.',
  },
};
