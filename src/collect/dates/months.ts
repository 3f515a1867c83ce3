// Month and weekday names in Indonesian, Malay, English and the other languages of world news (full
// and abbreviated), for reading visible dates.

const MONTHS: Record<string, number> = {};
const add = (month: number, ...names: string[]) => {
  for (const n of names) MONTHS[n] = month;
};
add(1, 'januari', 'january', 'jan');
add(2, 'februari', 'pebruari', 'february', 'feb', 'peb');
add(3, 'maret', 'march', 'mar', 'mrt');
add(4, 'april', 'apr');
add(5, 'mei', 'may');
add(6, 'juni', 'june', 'jun');
add(7, 'juli', 'july', 'jul');
add(8, 'agustus', 'august', 'agu', 'agt', 'ags', 'aug', 'agst');
add(9, 'september', 'sep', 'sept', 'sep');
add(10, 'oktober', 'october', 'okt', 'oct');
add(11, 'november', 'nopember', 'nov', 'nop');
add(12, 'desember', 'december', 'des', 'dec');
// Other languages seen on international pages that Indonesian outlets quote or syndicate (Arabic
// lists both the Gregorian names and the Levantine ones).
const OTHER: string[][] = [
  [
    'enero',
    'janeiro',
    'janvier',
    'januar',
    'jänner',
    'gennaio',
    'ianuarie',
    'ocak',
    'января',
    'січня',
    'يناير',
    'كانون الثاني',
  ],
  [
    'febrero',
    'fevereiro',
    'février',
    'februar',
    'febbraio',
    'februarie',
    'şubat',
    'февраля',
    'лютого',
    'فبراير',
    'شباط',
  ],
  ['marzo', 'março', 'mars', 'märz', 'martie', 'maart', 'mart', 'марта', 'березня', 'مارس', 'آذار'],
  ['abril', 'avril', 'aprile', 'aprilie', 'nisan', 'апреля', 'квітня', 'أبريل', 'ابريل', 'نيسان'],
  ['mayo', 'maio', 'mai', 'maggio', 'mayıs', 'мая', 'травня', 'مايو', 'أيار', 'ايار'],
  ['junio', 'junho', 'juin', 'giugno', 'iunie', 'haziran', 'июня', 'червня', 'يونيو', 'حزيران'],
  ['julio', 'julho', 'juillet', 'luglio', 'iulie', 'temmuz', 'июля', 'липня', 'يوليو', 'تموز'],
  ['agosto', 'août', 'augustus', 'ağustos', 'августа', 'серпня', 'أغسطس', 'اغسطس', 'آب'],
  [
    'septiembre',
    'setiembre',
    'setembro',
    'septembre',
    'settembre',
    'septembrie',
    'eylül',
    'сентября',
    'вересня',
    'سبتمبر',
    'أيلول',
    'ايلول',
  ],
  [
    'octubre',
    'outubro',
    'octobre',
    'ottobre',
    'octombrie',
    'ekim',
    'октября',
    'жовтня',
    'أكتوبر',
    'اكتوبر',
    'تشرين الأول',
  ],
  [
    'noviembre',
    'novembro',
    'novembre',
    'noiembrie',
    'kasım',
    'ноября',
    'листопада',
    'نوفمبر',
    'تشرين الثاني',
  ],
  [
    'diciembre',
    'dezembro',
    'décembre',
    'dezember',
    'dicembre',
    'decembrie',
    'aralık',
    'декабря',
    'грудня',
    'ديسمبر',
    'كانون الأول',
  ],
];
// Abbreviations (French, Spanish, Portuguese, Italian, German, Turkish, Russian), Russian and
// Ukrainian nominative forms, and Dutch, Polish, Czech, Hungarian, Greek genitives. Names that are
// also ordinary words next to a number are left out.
const MORE: string[][] = [
  ['janv', 'ene', 'gen', 'янв', 'январь', 'stycznia', 'ledna', 'január', 'ιανουαρίου', 'січень'],
  [
    'févr',
    'fév',
    'fev',
    'feb',
    'şub',
    'фев',
    'февр',
    'февраль',
    'lutego',
    'února',
    'február',
    'φεβρουαρίου',
    'лютий',
  ],
  ['mars', 'mär', 'mrz', 'мар', 'март', 'marca', 'března', 'március', 'μαρτίου', 'березень'],
  ['avr', 'abr', 'апр', 'апрель', 'kwietnia', 'dubna', 'április', 'απριλίου', 'квітень'],
  ['mag', 'май', 'maja', 'května', 'május', 'μαΐου', 'μαίου', 'травень'],
  ['juin', 'giu', 'июнь', 'czerwca', 'června', 'június', 'ιουνίου', 'червень', 'haz'],
  ['juil', 'lug', 'июль', 'lipca', 'července', 'július', 'ιουλίου', 'липень'],
  ['août', 'ago', 'авг', 'август', 'sierpnia', 'srpna', 'augusztus', 'αυγούστου', 'серпень', 'ağu'],
  [
    'set',
    'sett',
    'сен',
    'сент',
    'сентябрь',
    'września',
    'září',
    'szeptember',
    'σεπτεμβρίου',
    'вересень',
    'eyl',
  ],
  ['out', 'ott', 'окт', 'октябрь', 'października', 'října', 'október', 'οκτωβρίου', 'жовтень', 'eki'],
  ['нояб', 'ноя', 'ноябрь', 'listopada', 'listopadu', 'νοεμβρίου', 'листопад'],
  ['déc', 'dic', 'dez', 'дек', 'декабрь', 'grudnia', 'prosince', 'δεκεμβρίου', 'грудень', 'ara'],
];
// Malay (Mac, Julai, Ogos, Disember), Sundanese and Javanese spellings (Pébruari, Méi, Nopémber),
// Scandinavian, Catalan, Serbian/Bosnian Latin, Finnish genitives, Hindi and Maghreb Arabic names.
// Bulgarian, Hebrew and Thai names too (Thai years are Buddhist: parse.ts turns 2563 into 2020).
// Croatian months are left out: its "listopada" is October where Polish and Czech say November.
const REGIONAL: string[][] = [
  ['tammikuuta', 'gener', 'जनवरी', 'جانفي', 'януари', 'ינואר', 'มกราคม'],
  [
    'pébruari',
    'februarie',
    'helmikuuta',
    'febrer',
    'फ़रवरी',
    'फरवरी',
    'فيفري',
    'февруари',
    'פברואר',
    'กุมภาพันธ์',
  ],
  ['mac', 'maaliskuuta', 'març', 'मार्च', 'מרץ', 'มีนาคม'],
  ['huhtikuuta', 'अप्रैल', 'أفريل', 'април', 'אפריל', 'เมษายน'],
  ['méi', 'maj', 'toukokuuta', 'maig', 'मई', 'ماي', 'מאי', 'พฤษภาคม'],
  ['kesäkuuta', 'juny', 'जून', 'جوان', 'юни', 'יוני', 'มิถุนายน'],
  ['julai', 'heinäkuuta', 'juliol', 'जुलाई', 'جويلية', 'юли', 'יולי', 'กรกฎาคม'],
  ['ogos', 'ogo', 'augusti', 'avgust', 'elokuuta', 'agost', 'अगस्त', 'أوت', 'אוגוסט', 'สิงหาคม'],
  ['séptémber', 'septembar', 'syyskuuta', 'setembre', 'सितंबर', 'सितम्बर', 'септември', 'ספטמבר', 'กันยายน'],
  ['oktobar', 'lokakuuta', 'अक्टूबर', 'अक्तूबर', 'октомври', 'אוקטובר', 'ตุลาคม'],
  ['nopémber', 'novembar', 'marraskuuta', 'नवंबर', 'नवम्बर', 'ноември', 'נובמבר', 'พฤศจิกายน'],
  [
    'disember',
    'dis',
    'désémber',
    'decembar',
    'joulukuuta',
    'desembre',
    'दिसंबर',
    'दिसम्बर',
    'декември',
    'דצמבר',
    'ธันวาคม',
  ],
];
REGIONAL.forEach((names, i) => {
  for (const n of names) MONTHS[n] ??= i + 1;
});
MORE.forEach((names, i) => {
  for (const n of names) MONTHS[n] ??= i + 1;
});
OTHER.forEach((names, i) => {
  for (const n of names) MONTHS[n] ??= i + 1;
});

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Alternation of month names, longest first so "Maret" wins over "Mar". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const WEEKDAY_PATTERN =
  "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|isnin|khamis|jumaat|senen|rebo|kemis|jemuwah|setu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|sen|sel|rab|kam|jum|sab|min";
