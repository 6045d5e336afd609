// Reads an iCal file with ical.js (Mozilla's parser, used by Thunderbird's web relatives), an implementation
// independent of iCal4j, and prints its events as JSON for ICalByNpmParserTest.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.argv[2] + '/');
const ICAL = require('ical.js');
const text = readFileSync(process.argv[3], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map(c => {
  const e = new ICAL.Event(c);
  return {
    uid: e.uid,
    summary: e.summary,
    description: e.description,
    location: e.location,
    start: e.startDate.toJSDate().toISOString(),
    status: c.getFirstPropertyValue('status'),
    url: c.getFirstPropertyValue('url'),
  };
});
console.log(JSON.stringify({ name: calendar.getFirstPropertyValue('x-wr-calname'), events }));
