// Generates workflows/calendars/kr.yaml (Korean public holidays 2015-2035) and prints a
// cross-check report. Run at development time only; the build and the tests never need it.
//
// How to rerun (needs node >= 18 and the npm registry; never inside the repository):
//   mkdir -p /tmp/krgen && cd /tmp/krgen && npm init -y >/dev/null
//   npm install @hyunbinseo/holidays-kr date-holidays korean-lunar-calendar
//   NODE_PATH=/tmp/krgen/node_modules node /path/to/regsim/scripts/generate_kr_holidays.mjs \
//       > /path/to/regsim/workflows/calendars/kr.yaml 2> kr-report.txt
// Then read kr-report.txt and docs/calendars.md ("Korea") before committing the diff.
//
// Three inputs, two of them independent of each other:
//   G  @hyunbinseo/holidays-kr: the official almanac (월력요항, published in the gazette by
//      KASA) for 2018-2027, holiday by holiday, including substitute, election and
//      temporary holidays.
//   R  the rules of 관공서의 공휴일에 관한 규정 / 공휴일에 관한 법률 as in force each year,
//      implemented below, on lunar dates from korean-lunar-calendar (KASI tables), plus
//      the announced election and temporary holidays listed in SPECIAL.
//   D  date-holidays (community-maintained rules, its own lunar calendar code).
// The file takes G for 2018-2027 and R elsewhere; every disagreement between G, R and D is
// printed to stderr so that it can be recorded in docs/calendars.md.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const Holidays = require('date-holidays');
const KoreanLunarCalendar = require('korean-lunar-calendar');

const FIRST_YEAR = 2015;
const LAST_YEAR = 2035;
const GAZETTE_YEARS = [2018, 2027];

// Election days (공직선거법 제34조, 공휴일 by 규정 제2조제10호) and temporary holidays
// (임시공휴일, designated by the Cabinet). Only announced ones: a future election is added
// when its date is fixed. Years in the gazette range are checked against G.
const SPECIAL = [
  ['2015-08-14', 'Temporary holiday (70th Liberation anniversary)'],
  ['2016-04-13', 'National Assembly election'],
  ['2016-05-06', 'Temporary holiday'],
  ['2017-05-09', 'Presidential election'],
  ['2017-10-02', 'Temporary holiday'],
  ['2018-06-13', 'Local elections'],
  ['2020-04-15', 'National Assembly election'],
  ['2020-08-17', 'Temporary holiday'],
  ['2022-03-09', 'Presidential election'],
  ['2022-06-01', 'Local elections'],
  ['2023-10-02', 'Temporary holiday'],
  ['2024-04-10', 'National Assembly election'],
  ['2024-10-01', 'Temporary holiday (Armed Forces Day)'],
  ['2025-01-27', 'Temporary holiday'],
  ['2025-06-03', 'Presidential election'],
  ['2026-06-03', 'Local elections'],
];

const iso = (d) => d.toISOString().slice(0, 10);
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const plus = (d, n) => new Date(d.getTime() + n * 86400000);
const weekday = (d) => d.getUTCDay(); // 0 Sunday .. 6 Saturday

function lunar(year, month, day) {
  const c = new KoreanLunarCalendar();
  if (!c.setLunarDate(year, month, day, false)) throw new Error(`no lunar ${year}-${month}-${day}`);
  const s = c.getSolarCalendar();
  return utc(s.year, s.month, s.day);
}

// R: the rules, year by year.
function rules(year) {
  const days = []; // [date, name, kind]; kind: fixed | national | lunar | special
  const add = (d, name, kind) => days.push([d, name, kind]);
  add(utc(year, 1, 1), "New Year's Day", 'fixed');
  const seollal = lunar(year, 1, 1);
  add(plus(seollal, -1), 'Seollal (day before)', 'lunar');
  add(seollal, 'Seollal', 'lunar');
  add(plus(seollal, 1), 'Seollal (day after)', 'lunar');
  add(utc(year, 3, 1), 'Independence Movement Day', 'national');
  if (year >= 2026) add(utc(year, 5, 1), 'Labour Day', 'national');
  add(lunar(year, 4, 8), "Buddha's Birthday", 'buddha');
  add(utc(year, 5, 5), "Children's Day", 'children');
  add(utc(year, 6, 6), 'Memorial Day', 'fixed');
  if (year >= 2026) add(utc(year, 7, 17), 'Constitution Day', 'national');
  add(utc(year, 8, 15), 'Liberation Day', 'national');
  const chuseok = lunar(year, 8, 15);
  add(plus(chuseok, -1), 'Chuseok (day before)', 'lunar');
  add(chuseok, 'Chuseok', 'lunar');
  add(plus(chuseok, 1), 'Chuseok (day after)', 'lunar');
  add(utc(year, 10, 3), 'National Foundation Day', 'national');
  add(utc(year, 10, 9), 'Hangul Day', 'national');
  add(utc(year, 12, 25), 'Christmas Day', 'christmas');
  for (const [date, name] of SPECIAL) {
    if (date.startsWith(`${year}-`)) add(new Date(`${date}T00:00:00Z`), name, 'special');
  }

  // Which holidays get a substitute in `year`, and on which trigger.
  //  - Seollal and Chuseok (규정 제3조①, since 2014): a day on a Sunday or on another holiday.
  //  - Children's Day (제3조②, since 2014): Saturday, Sunday or another holiday.
  //  - 3.1, 8.15, 10.3, 10.9 (since the 2021 amendment), Buddha's Birthday and Christmas
  //    (since May 2023), Labour Day and Constitution Day (since 2026): the same.
  //  - New Year's Day, Memorial Day, elections and temporary holidays: never.
  const eligible = (kind) =>
    kind === 'children' ||
    (kind === 'national' && year >= 2021) ||
    ((kind === 'buddha' || kind === 'christmas') && year >= 2023);
  const onDate = (d) => days.filter(([x]) => iso(x) === iso(d));
  const triggers = [];
  for (const [d, name, kind] of days) {
    const others = onDate(d).length > 1;
    if (kind === 'lunar' && (weekday(d) === 0 || others)) triggers.push([d, name]);
    if (eligible(kind) && (weekday(d) === 0 || weekday(d) === 6 || others)) {
      triggers.push([d, name]);
    }
  }
  // Two holidays on one day need one substitute, not two (2025-05-05: Children's Day and
  // Buddha's Birthday gave 2025-05-06 only): one trigger per date.
  const seen = new Set();
  const closed = new Set(days.map(([d]) => iso(d)));
  const substitutes = [];
  for (const [d, name] of triggers.sort((a, b) => a[0] - b[0])) {
    if (seen.has(iso(d))) {
      const last = substitutes.find(([, , from]) => from === iso(d));
      if (last && !last[1].includes(base(name))) last[1] = last[1].replace(/\)$/, `, ${base(name)})`);
      continue;
    }
    seen.add(iso(d));
    // The first day after the holiday (after the whole Seollal/Chuseok period) that is
    // neither a weekend day nor a holiday.
    let s = plus(d, 1);
    while (weekday(s) === 0 || weekday(s) === 6 || closed.has(iso(s))) {
      if (weekday(s) === 6 && !closed.has(iso(s)) && name.match(/Seollal|Chuseok/)) {
        console.error(`note ${year}: literal 제3조① would pick Saturday ${iso(s)} for ${name}`);
      }
      s = plus(s, 1);
    }
    closed.add(iso(s));
    substitutes.push([s, `Substitute holiday (${base(name)})`, iso(d)]);
  }
  for (const [s, name] of substitutes) days.push([s, name, 'substitute']);
  return days;
}

function base(name) {
  return name.replace(/ \((day before|day after)\)$/, '');
}

// G: the almanac, names translated.
const KO = {
  '1월 1일': "New Year's Day",
  '설날 전날': 'Seollal (day before)',
  설날: 'Seollal',
  '설날 다음 날': 'Seollal (day after)',
  '3ㆍ1절': 'Independence Movement Day',
  노동절: 'Labour Day',
  어린이날: "Children's Day",
  '부처님 오신 날': "Buddha's Birthday",
  석가탄신일: "Buddha's Birthday",
  현충일: 'Memorial Day',
  제헌절: 'Constitution Day',
  광복절: 'Liberation Day',
  '추석 전날': 'Chuseok (day before)',
  추석: 'Chuseok',
  '추석 다음 날': 'Chuseok (day after)',
  개천절: 'National Foundation Day',
  한글날: 'Hangul Day',
  기독탄신일: 'Christmas Day',
};
function translate(ko, date) {
  if (KO[ko]) return KO[ko];
  const substitute = ko.match(/^대체공휴일\((.*)\)$/);
  if (substitute) {
    return `Substitute holiday (${substitute[1].split(/[,ㆍ·]\s*/).length > 1 && !KO[substitute[1]]
      ? substitute[1]
      : base(KO[substitute[1]] ?? substitute[1])})`;
  }
  const special = SPECIAL.find(([d]) => d === date);
  if (special) return special[1];
  if (ko.includes('선거')) return ko.includes('지방') ? 'Local elections' : 'Election day';
  if (ko.startsWith('임시공휴일')) return 'Temporary holiday';
  throw new Error(`untranslated gazette name ${ko} on ${date}`);
}

async function gazette(year) {
  const { getHolidayPreset } = await import(
    path.join(process.env.NODE_PATH ?? '', '@hyunbinseo/holidays-kr/dist/index.js')
  );
  const preset = await getHolidayPreset(String(year));
  const days = [];
  for (const [date, names] of Object.entries(preset)) {
    for (const ko of names) days.push([date, translate(ko, date)]);
  }
  return days;
}

function dateHolidays(year) {
  const hd = new Holidays('KR');
  const days = new Set();
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    // date-holidays anchors its 3-day Seollal span on the day itself instead of the day
    // before (its KR.yaml says so); move it back one day to compare like with like.
    const shift = h.name === '설날' && !h.substitute ? -1 : 0;
    for (let d = plus(new Date(h.start), shift); d < plus(new Date(h.end), shift); d = plus(d, 1)) {
      // Spans are in Seoul time; shift to the local date.
      const local = new Date(d.getTime() + 9 * 3600000);
      if (local.getUTCFullYear() === year) days.add(iso(local));
    }
  }
  return days;
}

const report = [];
const diff = (label, a, b) => {
  const onlyA = [...a].filter((d) => !b.has(d)).sort();
  const onlyB = [...b].filter((d) => !a.has(d)).sort();
  if (onlyA.length || onlyB.length) {
    report.push(`${label}: only first: ${onlyA.join(' ') || '-'}; only second: ${onlyB.join(' ') || '-'}`);
  }
};

const entries = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; ++year) {
  const r = rules(year).map(([d, name]) => [iso(d), name]);
  const rDates = new Set(r.map(([d]) => d));
  diff(`${year} rules vs date-holidays`, rDates, dateHolidays(year));
  let chosen = r;
  let source = 'rules';
  if (year >= GAZETTE_YEARS[0] && year <= GAZETTE_YEARS[1]) {
    const g = await gazette(year);
    diff(`${year} gazette vs rules`, new Set(g.map(([d]) => d)), rDates);
    chosen = g;
    source = 'gazette';
  }
  for (const [date, name] of chosen.sort((a, b) => a[0].localeCompare(b[0]))) {
    entries.push({ date, name, source });
  }
}

console.error(report.length ? report.join('\n') : 'no disagreements');

const out = [];
out.push('# Korean public holidays (관공서의 공휴일에 관한 규정; 공휴일에 관한 법률), 2015-2035.');
out.push('# GENERATED by scripts/generate_kr_holidays.mjs; do not edit by hand (see docs/calendars.md).');
out.push('regsim: 1');
out.push('id: kr');
out.push('title: Republic of Korea public holidays (government offices)');
out.push('weekend: [sat, sun]');
out.push('convention: kr-civil-petition');
out.push('sources:');
out.push('  - id: gazette');
out.push('    citation: >-');
out.push('      월력요항 (official almanac of public holidays, published in the government gazette),');
out.push('      2018-2027, as packaged in npm @hyunbinseo/holidays-kr 5.2027.1');
out.push('    url: https://github.com/hyunbinseo/holidays-kr');
out.push('  - id: rules');
out.push('    citation: >-');
out.push('      관공서의 공휴일에 관한 규정 제2조-제3조 and 공휴일에 관한 법률 as in force each year,');
out.push('      on KASI lunar dates (npm korean-lunar-calendar 0.4.0); announced election and');
out.push('      temporary holidays; used for 2015-2017 and 2028-2035');
out.push('    url: https://www.law.go.kr/법령/관공서의공휴일에관한규정');
out.push('  - id: date-holidays');
out.push('    citation: npm date-holidays 3.37.0 (KR rules), used as the cross-check');
out.push('    url: https://github.com/commenthol/date-holidays');
out.push('holidays:');
for (const { date, name, source } of entries) {
  out.push(`  - {date: ${date}, name: "${name}", source: ${source}}`);
}
console.log(out.join('\n'));
