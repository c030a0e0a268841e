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
  /** To the owner when someone signs up with their email or phone; carries no code, on purpose. */
  signupAttempt: { emailSubject: string; emailParagraphs: string[]; sms: string };
};
export type CodePurpose = 'register' | 'reset' | 'change_email' | 'change_phone' | 'login';

export const messages: Record<TLocale, Catalog> = {
  ru: {
    codeSubject: {
      register: 'Код подтверждения Dastiyor',
      reset: 'Сброс пароля Dastiyor',
      change_email: 'Подтвердите новый email в Dastiyor',
      change_phone: 'Подтвердите новый номер в Dastiyor',
      login: 'Код для входа в Dastiyor',
    },
    codeSms: (code) => `Dastiyor: код ${code}. Никому его не сообщайте.`,
    codeEmailIntro: {
      register: 'Чтобы завершить регистрацию в Dastiyor, введите код:',
      reset: 'Чтобы задать новый пароль в Dastiyor, введите код:',
      change_email: 'Чтобы подтвердить этот адрес в Dastiyor, введите код:',
      change_phone: 'Чтобы подтвердить новый номер в Dastiyor, введите код:',
      login:
        'В ваш аккаунт Dastiyor много раз пытались войти с неверным паролем, поэтому для входа нужен ещё и код. Если входите вы, введите его:',
    },
    codeEmailBody: (code) => `${code}\n\nКод действует 10 минут.`,
    codeEmailIgnore: 'Если вы этого не запрашивали, просто проигнорируйте письмо.',
    signupAttempt: {
      emailSubject: 'Попытка регистрации в Dastiyor',
      emailParagraphs: [
        'Кто-то пытался зарегистрироваться в Dastiyor с этим адресом.',
        'У вас уже есть аккаунт: просто войдите, а если забыли пароль — восстановите его на странице входа.',
        'Если это были не вы, ничего делать не нужно: без доступа к этому адресу аккаунт не создать.',
      ],
      sms: 'Dastiyor: кто-то пытался зарегистрироваться с этим номером. У вас уже есть аккаунт: войдите или восстановите пароль.',
    },
  },
  tg: {
    codeSubject: {
      register: 'Рамзи тасдиқи Dastiyor',
      reset: 'Барқарорсозии пароли Dastiyor',
      change_email: 'Почтаи электронии навро дар Dastiyor тасдиқ кунед',
      change_phone: 'Рақами навро дар Dastiyor тасдиқ кунед',
      login: 'Рамзи воридшавӣ ба Dastiyor',
    },
    codeSms: (code) => `Dastiyor: рамз ${code}. Онро ба касе нагӯед.`,
    codeEmailIntro: {
      register: 'Барои анҷом додани бақайдгирӣ дар Dastiyor рамзро ворид кунед:',
      reset: 'Барои гузоштани пароли нав дар Dastiyor рамзро ворид кунед:',
      change_email: 'Барои тасдиқи ин суроға дар Dastiyor рамзро ворид кунед:',
      change_phone: 'Барои тасдиқи рақами нав дар Dastiyor рамзро ворид кунед:',
      login:
        'Ба ҳисоби Dastiyor-и шумо борҳо бо пароли нодуруст ворид шудан хостанд, бинобар ин барои воридшавӣ рамз ҳам лозим аст. Агар ин шумо бошед, онро ворид кунед:',
    },
    codeEmailBody: (code) => `${code}\n\nРамз 10 дақиқа эътибор дорад.`,
    codeEmailIgnore: 'Агар шумо инро дархост накарда бошед, ин мактубро нодида гиред.',
    signupAttempt: {
      emailSubject: 'Кӯшиши бақайдгирӣ дар Dastiyor',
      emailParagraphs: [
        'Касе кӯшиш кард, ки бо ин суроға дар Dastiyor қайд шавад.',
        'Шумо аллакай ҳисоб доред: ворид шавед, ва агар паролро фаромӯш карда бошед, онро дар саҳифаи воридшавӣ барқарор кунед.',
        'Агар ин шумо набудед, коре кардан лозим нест: бе дастрасӣ ба ин суроға ҳисоб сохтан мумкин нест.',
      ],
      sms: 'Dastiyor: касе бо ин рақам қайд шудан хост. Шумо аллакай ҳисоб доред: ворид шавед ё паролро барқарор кунед.',
    },
  },
};
