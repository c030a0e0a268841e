import type { TLocale, TNotificationType } from '@dastiyor/contracts';

/**
 * The texts of notification emails and SMS, worded as the web words the in-app list
 * (messages `Notifications.text`). Both catalogs share one type, so a missing type fails the typecheck.
 */
type Texts = Record<TNotificationType, (p: Params) => string>;
type Params = { str: (key: string) => string; num: (key: string) => number };

interface NotificationCatalog {
  subject: Record<TNotificationType, string>;
  text: Texts;
  open: string;
  unsubscribe: string;
  footer: string;
  unsubscribedTitle: string;
  unsubscribedBody: (subject: string) => string;
  unsubscribeInvalid: string;
  /** The daily email listing new matching tasks (taskDigest 'daily'). */
  digest: { subject: (count: number) => string; intro: string; more: (count: number) => string };
}

const ruPlural = new Intl.PluralRules('ru');
/** Russian noun form for a count: 1 день, 2 дня, 5 дней. */
function ruCount(n: number, one: string, few: string, many: string): string {
  const rule = ruPlural.select(n);
  return rule === 'one' ? one : rule === 'many' ? many : few;
}
const ruDays = (n: number) => ruCount(n, 'день', 'дня', 'дней');
const ruStars = (n: number) => ruCount(n, 'звезда', 'звезды', 'звёзд');
const ruTasks = (n: number) => ruCount(n, 'задание', 'задания', 'заданий');

export const notificationMessages: Record<TLocale, NotificationCatalog> = {
  ru: {
    subject: {
      'task.matching': 'Новое подходящее задание',
      'response.new': 'Новый отклик',
      'response.selected': 'Вас выбрали исполнителем',
      'response.not_chosen': 'Выбрали другого исполнителя',
      'response.rejected': 'Отклик отклонён',
      'task.completion_requested': 'Просьба подтвердить завершение',
      'task.completed': 'Задание завершено',
      'review.new': 'Новый отзыв',
      'chat.message': 'Сообщение в чате',
      'subscription.activated': 'Подписка активна',
      'subscription.expiring': 'Подписка скоро закончится',
      'subscription.expired': 'Подписка закончилась',
      'payment.succeeded': 'Оплата прошла',
      'payment.failed': 'Оплата не прошла',
      'account.warning': 'Предупреждение от модерации',
    },
    text: {
      'task.matching': (p) => `Новое задание по вашему профилю: «${p.str('taskTitle')}»`,
      'response.new': (p) => `Новый отклик на «${p.str('taskTitle')}» от исполнителя ${p.str('providerName')}`,
      'response.selected': (p) => `Вас выбрали исполнителем задания «${p.str('taskTitle')}»`,
      'response.not_chosen': (p) => `Заказчик выбрал другого исполнителя для задания «${p.str('taskTitle')}»`,
      'response.rejected': (p) => `Ваш отклик на задание «${p.str('taskTitle')}» отклонён`,
      'task.completion_requested': (p) => `Исполнитель сообщил, что задание «${p.str('taskTitle')}» выполнено. Подтвердите завершение`,
      'task.completed': (p) => `Задание «${p.str('taskTitle')}» завершено`,
      'review.new': (p) => `Новый отзыв: ${p.num('rating')} ${ruStars(p.num('rating'))}`,
      'chat.message': (p) => `Новое сообщение в чате по заданию «${p.str('taskTitle')}»`,
      'subscription.activated': () => 'Подписка активна: теперь можно откликаться на задания',
      'subscription.expiring': (p) =>
        p.num('daysLeft') > 0 ? `Подписка закончится через ${p.num('daysLeft')} ${ruDays(p.num('daysLeft'))}` : 'Подписка скоро закончится',
      'subscription.expired': () => 'Подписка закончилась. Продлите её, чтобы снова откликаться',
      'payment.succeeded': () => 'Оплата прошла успешно',
      'payment.failed': () => 'Оплата не прошла. Попробуйте ещё раз',
      'account.warning': (p) => `Предупреждение от модерации Dastiyor: ${p.str('message')}`,
    },
    open: 'Открыть в Dastiyor',
    unsubscribe: 'Не присылать такие письма',
    footer: 'Вы получили это письмо, потому что у вас есть аккаунт в Dastiyor.',
    unsubscribedTitle: 'Вы отписались',
    unsubscribedBody: (subject) =>
      `Письма «${subject}» больше не придут. Уведомления в приложении остаются; включить письма снова можно в настройках уведомлений.`,
    unsubscribeInvalid: 'Ссылка для отписки недействительна. Откройте настройки уведомлений в Dastiyor.',
    digest: {
      subject: (n) => `${n} ${ruCount(n, 'новое подходящее', 'новых подходящих', 'новых подходящих')} ${ruTasks(n)}`,
      intro: 'Новые задания по вашему профилю:',
      more: (n) => `…и ещё ${n} ${ruTasks(n)} в Dastiyor`,
    },
  },
  tg: {
    subject: {
      'task.matching': 'Супориши нави мувофиқ',
      'response.new': 'Пешниҳоди нав',
      'response.selected': 'Шуморо иҷрокунанда интихоб карданд',
      'response.not_chosen': 'Иҷрокунандаи дигарро интихоб карданд',
      'response.rejected': 'Пешниҳод рад карда шуд',
      'task.completion_requested': 'Дархости тасдиқи анҷом',
      'task.completed': 'Супориш анҷом ёфт',
      'review.new': 'Тақризи нав',
      'chat.message': 'Паём дар чат',
      'subscription.activated': 'Обуна фаъол аст',
      'subscription.expiring': 'Обуна ба наздикӣ ба охир мерасад',
      'subscription.expired': 'Обуна ба охир расид',
      'payment.succeeded': 'Пардохт анҷом ёфт',
      'payment.failed': 'Пардохт анҷом наёфт',
      'account.warning': 'Огоҳӣ аз модератсия',
    },
    text: {
      'task.matching': (p) => `Супориши нав мувофиқи профили шумо: «${p.str('taskTitle')}»`,
      'response.new': (p) => `Пешниҳоди нав ба «${p.str('taskTitle')}» аз иҷрокунанда ${p.str('providerName')}`,
      'response.selected': (p) => `Шуморо иҷрокунандаи супориши «${p.str('taskTitle')}» интихоб карданд`,
      'response.not_chosen': (p) => `Фармоишгар барои супориши «${p.str('taskTitle')}» иҷрокунандаи дигарро интихоб кард`,
      'response.rejected': (p) => `Пешниҳоди шумо ба супориши «${p.str('taskTitle')}» рад карда шуд`,
      'task.completion_requested': (p) => `Иҷрокунанда хабар дод, ки супориши «${p.str('taskTitle')}» иҷро шуд. Анҷомро тасдиқ кунед`,
      'task.completed': (p) => `Супориши «${p.str('taskTitle')}» анҷом ёфт`,
      'review.new': (p) => `Тақризи нав: ${p.num('rating')} ситора`,
      'chat.message': (p) => `Паёми нав дар чат оид ба супориши «${p.str('taskTitle')}»`,
      'subscription.activated': () => 'Обуна фаъол аст: акнун ба супоришҳо пешниҳод фиристодан мумкин',
      'subscription.expiring': (p) =>
        p.num('daysLeft') > 0 ? `Обуна баъд аз ${p.num('daysLeft')} рӯз тамом мешавад` : 'Обуна ба зудӣ тамом мешавад',
      'subscription.expired': () => 'Обуна тамом шуд. Барои боз пешниҳод фиристодан онро дароз кунед',
      'payment.succeeded': () => 'Пардохт бомуваффақият анҷом ёфт',
      'payment.failed': () => 'Пардохт нагузашт. Бори дигар кӯшиш кунед',
      'account.warning': (p) => `Огоҳӣ аз модератсияи Dastiyor: ${p.str('message')}`,
    },
    open: 'Дар Dastiyor кушодан',
    unsubscribe: 'Чунин мактубҳоро нафиристед',
    footer: 'Шумо ин мактубро гирифтед, зеро дар Dastiyor аккаунт доред.',
    unsubscribedTitle: 'Шумо обунаро бекор кардед',
    unsubscribedBody: (subject) =>
      `Мактубҳои «${subject}» дигар намеоянд. Огоҳиномаҳо дар барнома мемонанд; мактубҳоро дар танзимоти огоҳиномаҳо боз фаъол кардан мумкин.`,
    unsubscribeInvalid: 'Пайванди бекор кардани обуна нодуруст аст. Танзимоти огоҳиномаҳоро дар Dastiyor кушоед.',
    digest: {
      subject: (n) => `${n} супориши нави мувофиқ`,
      intro: 'Супоришҳои нав мувофиқи профили шумо:',
      more: (n) => `…ва боз ${n} супориш дар Dastiyor`,
    },
  },
};

/** One notification's text in a language; a missing param reads as empty rather than failing a send. */
export function notificationText(locale: TLocale, type: TNotificationType, params: Record<string, string | number>): string {
  const p: Params = {
    str: (key) => String(params[key] ?? ''),
    num: (key) => Number(params[key] ?? 0),
  };
  return notificationMessages[locale].text[type](p);
}
