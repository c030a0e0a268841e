// Reference data seeded on every start: the service category taxonomy and the cities/districts of Tajikistan (ru + tg).

import type { TCategoryIconName } from '@dastiyor/contracts';

export interface LocalizedName {
  ru: string;
  tg: string;
}

export interface SubcategorySeed {
  slug: string;
  name: LocalizedName;
}

export interface CategorySeed {
  slug: string;
  icon: CategoryIcon;
  name: LocalizedName;
  children: SubcategorySeed[];
}

export interface DistrictSeed {
  slug: string;
  name: LocalizedName;
}

export interface CitySeed {
  slug: string;
  name: LocalizedName;
  districts: DistrictSeed[];
}

/** The icons the web draws; the contract holds the list (admins pick from it too). */
export type CategoryIcon = TCategoryIconName;

export const categories: CategorySeed[] = [
  {
    slug: 'repair-construction',
    icon: 'repair',
    name: { ru: 'Ремонт и строительство', tg: 'Таъмир ва сохтмон' },
    children: [
      { slug: 'apartment-renovation', name: { ru: 'Ремонт квартир под ключ', tg: 'Таъмири пурраи манзил' } },
      { slug: 'masonry-concrete', name: { ru: 'Кладка и бетонные работы', tg: 'Хиштчинӣ ва корҳои бетонӣ' } },
      { slug: 'plastering-painting', name: { ru: 'Штукатурка и покраска', tg: 'Андова ва рангкунӣ' } },
      { slug: 'tiling', name: { ru: 'Укладка плитки', tg: 'Гузоштани кафел' } },
      { slug: 'flooring', name: { ru: 'Полы и ламинат', tg: 'Фарш ва ламинат' } },
      { slug: 'windows-doors', name: { ru: 'Окна и двери', tg: 'Тирезаҳо ва дарҳо' } },
      { slug: 'welding', name: { ru: 'Сварочные работы', tg: 'Корҳои кафшерӣ' } },
      { slug: 'furniture-assembly', name: { ru: 'Сборка и ремонт мебели', tg: 'Ҷамъ кардан ва таъмири мебел' } },
    ],
  },
  {
    slug: 'plumbing-electrics',
    icon: 'plumbing',
    name: { ru: 'Сантехника и электрика', tg: 'Сантехника ва барқ' },
    children: [
      { slug: 'plumbing-works', name: { ru: 'Сантехнические работы', tg: 'Корҳои сантехникӣ' } },
      { slug: 'electrical-wiring', name: { ru: 'Электромонтаж', tg: 'Симкашӣ ва корҳои барқӣ' } },
      { slug: 'meter-installation', name: { ru: 'Установка счётчиков', tg: 'Насби ҳисобкунакҳо' } },
      { slug: 'water-heaters', name: { ru: 'Установка водонагревателей', tg: 'Насби обгармкунакҳо' } },
      { slug: 'heating-systems', name: { ru: 'Отопление', tg: 'Системаҳои гармидиҳӣ' } },
      { slug: 'drain-cleaning', name: { ru: 'Прочистка канализации', tg: 'Тоза кардани канализатсия' } },
      { slug: 'lighting-installation', name: { ru: 'Установка люстр и светильников', tg: 'Насби чароғҳо' } },
    ],
  },
  {
    slug: 'cleaning-household',
    icon: 'cleaning',
    name: { ru: 'Уборка и помощь по хозяйству', tg: 'Тозакунӣ ва кӯмак дар хона' },
    children: [
      { slug: 'apartment-cleaning', name: { ru: 'Уборка квартир', tg: 'Тоза кардани хона' } },
      { slug: 'deep-cleaning', name: { ru: 'Генеральная уборка', tg: 'Тозакунии умумӣ' } },
      { slug: 'post-renovation-cleaning', name: { ru: 'Уборка после ремонта', tg: 'Тозакунӣ баъд аз таъмир' } },
      { slug: 'carpet-cleaning', name: { ru: 'Стирка ковров', tg: 'Шустани қолинҳо' } },
      { slug: 'window-cleaning', name: { ru: 'Мытьё окон', tg: 'Шустани тирезаҳо' } },
      { slug: 'nannies-caregivers', name: { ru: 'Няни и сиделки', tg: 'Нигоҳубини кӯдакон ва пиронсолон' } },
      { slug: 'home-cooking', name: { ru: 'Приготовление еды', tg: 'Пухтани хӯрок' } },
    ],
  },
  {
    slug: 'moving-cargo',
    icon: 'moving',
    name: { ru: 'Переезды и грузоперевозки', tg: 'Кӯчонидан ва боркашонӣ' },
    children: [
      { slug: 'apartment-moving', name: { ru: 'Квартирный переезд', tg: 'Кӯчонидани хона' } },
      { slug: 'office-moving', name: { ru: 'Офисный переезд', tg: 'Кӯчонидани офис' } },
      { slug: 'city-cargo', name: { ru: 'Грузоперевозки по городу', tg: 'Боркашонӣ дар дохили шаҳр' } },
      { slug: 'intercity-cargo', name: { ru: 'Междугородние перевозки', tg: 'Боркашонӣ байни шаҳрҳо' } },
      { slug: 'loaders', name: { ru: 'Услуги грузчиков', tg: 'Хизмати борбардорон' } },
      {
        slug: 'construction-waste-removal',
        name: { ru: 'Вывоз строительного мусора', tg: 'Баровардани партовҳои сохтмонӣ' },
      },
    ],
  },
  {
    slug: 'courier-services',
    icon: 'courier',
    name: { ru: 'Курьерские услуги', tg: 'Хизматрасонии курйерӣ' },
    children: [
      { slug: 'document-delivery', name: { ru: 'Доставка документов', tg: 'Расонидани ҳуҷҷатҳо' } },
      { slug: 'grocery-delivery', name: { ru: 'Доставка продуктов', tg: 'Расонидани маҳсулоти хӯрокворӣ' } },
      { slug: 'food-delivery', name: { ru: 'Доставка готовой еды', tg: 'Расонидани хӯроки тайёр' } },
      { slug: 'parcel-delivery', name: { ru: 'Доставка посылок', tg: 'Расонидани бастаҳо' } },
      { slug: 'flowers-gifts-delivery', name: { ru: 'Доставка цветов и подарков', tg: 'Расонидани гулҳо ва тӯҳфаҳо' } },
      { slug: 'medicine-delivery', name: { ru: 'Доставка лекарств', tg: 'Расонидани доруҳо' } },
      { slug: 'buy-and-deliver', name: { ru: 'Купить и привезти', tg: 'Харидан ва овардан' } },
    ],
  },
  {
    slug: 'appliance-repair',
    icon: 'appliance',
    name: { ru: 'Ремонт бытовой техники', tg: 'Таъмири техникаи маишӣ' },
    children: [
      { slug: 'washing-machine-repair', name: { ru: 'Ремонт стиральных машин', tg: 'Таъмири мошинҳои ҷомашӯӣ' } },
      { slug: 'fridge-repair', name: { ru: 'Ремонт холодильников', tg: 'Таъмири яхдонҳо' } },
      {
        slug: 'air-conditioners',
        name: { ru: 'Установка и ремонт кондиционеров', tg: 'Насб ва таъмири кондитсионерҳо' },
      },
      { slug: 'tv-repair', name: { ru: 'Ремонт телевизоров', tg: 'Таъмири телевизорҳо' } },
      { slug: 'stove-repair', name: { ru: 'Ремонт газовых и электроплит', tg: 'Таъмири плитаҳои газӣ ва барқӣ' } },
      { slug: 'small-appliance-repair', name: { ru: 'Ремонт мелкой техники', tg: 'Таъмири техникаи хурд' } },
    ],
  },
  {
    slug: 'computer-help',
    icon: 'computer',
    name: { ru: 'Компьютерная помощь', tg: 'Кӯмаки компютерӣ' },
    children: [
      { slug: 'computer-repair', name: { ru: 'Ремонт компьютеров и ноутбуков', tg: 'Таъмири компютерҳо ва ноутбукҳо' } },
      { slug: 'software-install', name: { ru: 'Установка Windows и программ', tg: 'Насби Windows ва барномаҳо' } },
      { slug: 'phone-repair', name: { ru: 'Ремонт телефонов', tg: 'Таъмири телефонҳо' } },
      { slug: 'internet-setup', name: { ru: 'Настройка интернета и Wi-Fi', tg: 'Танзими интернет ва Wi-Fi' } },
      { slug: 'data-recovery', name: { ru: 'Восстановление данных', tg: 'Барқарорсозии маълумот' } },
      { slug: 'virus-removal', name: { ru: 'Удаление вирусов', tg: 'Тоза кардани вирусҳо' } },
      { slug: 'printer-setup', name: { ru: 'Настройка принтеров', tg: 'Танзими принтерҳо' } },
    ],
  },
  {
    slug: 'beauty-health',
    icon: 'beauty',
    name: { ru: 'Красота и здоровье', tg: 'Зебоӣ ва саломатӣ' },
    children: [
      { slug: 'hairdressing', name: { ru: 'Парикмахерские услуги', tg: 'Хизматрасонии сартарошӣ' } },
      { slug: 'manicure-pedicure', name: { ru: 'Маникюр и педикюр', tg: 'Маникюр ва педикюр' } },
      { slug: 'makeup', name: { ru: 'Макияж', tg: 'Ороиш ва макияж' } },
      { slug: 'massage', name: { ru: 'Массаж', tg: 'Масҳ' } },
      { slug: 'brows-lashes', name: { ru: 'Брови и ресницы', tg: 'Абрӯ ва мижгон' } },
      { slug: 'cosmetology', name: { ru: 'Косметология', tg: 'Косметология' } },
      { slug: 'fitness-trainer', name: { ru: 'Фитнес-тренер', tg: 'Мураббии фитнес' } },
      { slug: 'home-nurse', name: { ru: 'Медсестра на дом', tg: 'Ҳамшираи тиббӣ дар хона' } },
    ],
  },
  {
    slug: 'tutors-education',
    icon: 'tutor',
    name: { ru: 'Репетиторы и обучение', tg: 'Омӯзгорон ва таълим' },
    children: [
      { slug: 'english-language', name: { ru: 'Английский язык', tg: 'Забони англисӣ' } },
      { slug: 'russian-language', name: { ru: 'Русский язык', tg: 'Забони русӣ' } },
      { slug: 'tajik-language', name: { ru: 'Таджикский язык', tg: 'Забони тоҷикӣ' } },
      { slug: 'mathematics', name: { ru: 'Математика', tg: 'Математика' } },
      { slug: 'chemistry-biology', name: { ru: 'Химия и биология', tg: 'Химия ва биология' } },
      {
        slug: 'university-entrance-prep',
        name: { ru: 'Подготовка к вступительным экзаменам (НЦТ)', tg: 'Омодагӣ ба имтиҳонҳои дохилшавӣ (ММТ)' },
      },
      {
        slug: 'primary-school',
        name: { ru: 'Начальная школа и подготовка к школе', tg: 'Синфҳои ибтидоӣ ва омодагӣ ба мактаб' },
      },
      { slug: 'music-lessons', name: { ru: 'Музыка', tg: 'Мусиқӣ' } },
    ],
  },
  {
    slug: 'events-photo-video',
    icon: 'event',
    name: { ru: 'Мероприятия, фото и видео', tg: 'Чорабиниҳо, аксбардорӣ ва наворбардорӣ' },
    children: [
      { slug: 'photographers', name: { ru: 'Фотограф', tg: 'Аксбардор' } },
      { slug: 'videography', name: { ru: 'Видеосъёмка', tg: 'Наворбардорӣ' } },
      { slug: 'wedding-planning', name: { ru: 'Организация свадеб и торжеств', tg: 'Ташкили тӯйҳо ва маъракаҳо' } },
      { slug: 'event-hosts', name: { ru: 'Ведущие и тамада', tg: 'Барандагон ва тамадаҳо' } },
      { slug: 'musicians-singers', name: { ru: 'Музыканты и певцы', tg: 'Навозандагон ва сарояндагон' } },
      { slug: 'venue-decoration', name: { ru: 'Оформление залов', tg: 'Ороиши толорҳо' } },
      { slug: 'event-cooks', name: { ru: 'Повара на торжества', tg: 'Ошпазон барои маъракаҳо' } },
    ],
  },
  {
    slug: 'design-it',
    icon: 'design',
    name: { ru: 'Дизайн и IT', tg: 'Тарроҳӣ ва IT' },
    children: [
      { slug: 'logo-design', name: { ru: 'Дизайн логотипов', tg: 'Тарроҳии логотип' } },
      { slug: 'interior-design', name: { ru: 'Дизайн интерьера', tg: 'Тарроҳии дохили бино' } },
      { slug: 'website-development', name: { ru: 'Создание сайтов', tg: 'Сохтани сомонаҳо' } },
      { slug: 'mobile-apps', name: { ru: 'Мобильные приложения', tg: 'Барномаҳои мобилӣ' } },
      { slug: 'smm', name: { ru: 'SMM и реклама в соцсетях', tg: 'Таблиғ дар шабакаҳои иҷтимоӣ (SMM)' } },
      { slug: 'print-design', name: { ru: 'Баннеры и полиграфия', tg: 'Тарроҳии баннер ва маводи чопӣ' } },
    ],
  },
  {
    slug: 'auto-services',
    icon: 'auto',
    name: { ru: 'Автоуслуги', tg: 'Хизматрасонии автомобилӣ' },
    children: [
      { slug: 'car-repair', name: { ru: 'Ремонт автомобилей', tg: 'Таъмири мошин' } },
      { slug: 'car-diagnostics', name: { ru: 'Компьютерная диагностика', tg: 'Ташхиси компютерӣ' } },
      { slug: 'auto-electrician', name: { ru: 'Автоэлектрик', tg: 'Таъмири барқи мошин' } },
      { slug: 'tire-service', name: { ru: 'Шиномонтаж', tg: 'Иваз ва таъмири шинаҳо' } },
      { slug: 'car-wash', name: { ru: 'Мойка и химчистка авто', tg: 'Шустушӯ ва тозакунии мошин' } },
      { slug: 'tow-truck', name: { ru: 'Эвакуатор', tg: 'Эвакуатор' } },
      { slug: 'hire-driver', name: { ru: 'Услуги водителя', tg: 'Хизмати ронанда' } },
    ],
  },
  {
    slug: 'garden-country',
    icon: 'garden',
    name: { ru: 'Сад и дача', tg: 'Боғ ва ҳавлӣ' },
    children: [
      { slug: 'tree-pruning', name: { ru: 'Обрезка деревьев', tg: 'Буридани шохаҳои дарахтон' } },
      { slug: 'garden-care', name: { ru: 'Уход за садом и огородом', tg: 'Нигоҳубини боғ ва томорқа' } },
      { slug: 'landscaping', name: { ru: 'Благоустройство участка', tg: 'Ободонии қитъа' } },
      { slug: 'irrigation', name: { ru: 'Полив и системы орошения', tg: 'Системаҳои обёрӣ' } },
      { slug: 'pest-control', name: { ru: 'Борьба с вредителями', tg: 'Мубориза бо ҳашароти зараррасон' } },
      { slug: 'fences-gates', name: { ru: 'Заборы и ворота', tg: 'Девор ва дарвоза' } },
      { slug: 'well-drilling', name: { ru: 'Бурение скважин', tg: 'Пармакунии чоҳи об' } },
    ],
  },
  {
    slug: 'legal-business',
    icon: 'business',
    name: { ru: 'Юристы, бухгалтерия и бизнес', tg: 'Ҳуқуқшиносон, муҳосибот ва тиҷорат' },
    children: [
      { slug: 'legal-consultation', name: { ru: 'Юридическая консультация', tg: 'Машварати ҳуқуқӣ' } },
      { slug: 'accounting-tax', name: { ru: 'Бухгалтерия и налоговая отчётность', tg: 'Муҳосибот ва ҳисоботи андоз' } },
      {
        slug: 'business-registration',
        name: { ru: 'Регистрация ИП и ООО', tg: 'Бақайдгирии соҳибкори инфиродӣ ва ҶДММ' },
      },
      { slug: 'contracts-documents', name: { ru: 'Составление договоров', tg: 'Тартиб додани шартномаҳо' } },
      { slug: 'document-translation', name: { ru: 'Перевод документов', tg: 'Тарҷумаи ҳуҷҷатҳо' } },
      {
        slug: 'migration-documents',
        name: { ru: 'Визы и миграционные документы', tg: 'Раводид ва ҳуҷҷатҳои муҳоҷиратӣ' },
      },
      {
        slug: 'real-estate-paperwork',
        name: { ru: 'Оформление недвижимости', tg: 'Ба расмият даровардани амволи ғайриманқул' },
      },
    ],
  },
];

export const cities: CitySeed[] = [
  {
    slug: 'dushanbe',
    name: { ru: 'Душанбе', tg: 'Душанбе' },
    districts: [
      { slug: 'sino', name: { ru: 'Сино', tg: 'Сино' } },
      { slug: 'firdavsi', name: { ru: 'Фирдавси', tg: 'Фирдавсӣ' } },
      { slug: 'ismoili-somoni', name: { ru: 'Исмоили Сомони', tg: 'Исмоили Сомонӣ' } },
      { slug: 'shohmansur', name: { ru: 'Шохмансур', tg: 'Шоҳмансур' } },
    ],
  },
  {
    slug: 'khujand',
    name: { ru: 'Худжанд', tg: 'Хуҷанд' },
    districts: [
      { slug: 'khujand-18-mkr', name: { ru: '18-й микрорайон', tg: 'Микрорайони 18' } },
      { slug: 'khujand-19-mkr', name: { ru: '19-й микрорайон', tg: 'Микрорайони 19' } },
      { slug: 'pakhtakor', name: { ru: 'Пахтакор', tg: 'Пахтакор' } },
      { slug: 'panjshanbe', name: { ru: 'Панчшанбе', tg: 'Панҷшанбе' } },
      { slug: 'khujand-old-town', name: { ru: 'Старый город', tg: 'Шаҳри кӯҳна' } },
    ],
  },
  { slug: 'bokhtar', name: { ru: 'Бохтар', tg: 'Бохтар' }, districts: [] },
  { slug: 'kulob', name: { ru: 'Куляб', tg: 'Кӯлоб' }, districts: [] },
  { slug: 'istaravshan', name: { ru: 'Истаравшан', tg: 'Истаравшан' }, districts: [] },
  { slug: 'tursunzoda', name: { ru: 'Турсунзаде', tg: 'Турсунзода' }, districts: [] },
  { slug: 'vahdat', name: { ru: 'Вахдат', tg: 'Ваҳдат' }, districts: [] },
  { slug: 'hisor', name: { ru: 'Гиссар', tg: 'Ҳисор' }, districts: [] },
  { slug: 'panjakent', name: { ru: 'Пенджикент', tg: 'Панҷакент' }, districts: [] },
  { slug: 'isfara', name: { ru: 'Исфара', tg: 'Исфара' }, districts: [] },
  { slug: 'konibodom', name: { ru: 'Канибадам', tg: 'Конибодом' }, districts: [] },
  { slug: 'khorog', name: { ru: 'Хорог', tg: 'Хоруғ' }, districts: [] },
  { slug: 'guliston', name: { ru: 'Гулистон', tg: 'Гулистон' }, districts: [] },
  { slug: 'buston', name: { ru: 'Бустон', tg: 'Бустон' }, districts: [] },
  { slug: 'norak', name: { ru: 'Нурек', tg: 'Норак' }, districts: [] },
  { slug: 'rogun', name: { ru: 'Рогун', tg: 'Роғун' }, districts: [] },
  { slug: 'danghara', name: { ru: 'Дангара', tg: 'Данғара' }, districts: [] },
];
