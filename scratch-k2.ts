import fs from 'node:fs';
import { loadWorldGazetteer } from './src/lib/extract/world-gazetteer.server';
import { findPlaces } from './src/lib/extract/places';
const w = loadWorldGazetteer();
for (const l of fs.readFileSync('/work/scratch/blind/geo-blind.jsonl', 'utf8').trim().split('\n')) {
  const a = JSON.parse(l);
  if (!/pune/.test(a.id)) continue;
  console.log(a.text.slice(0, 400));
  console.log(findPlaces(a.text, w));
  console.log(findPlaces('Pune: In a step, the Pune Municipal Corporation said so.', w), findPlaces('Officials in Pune said so.', w));
}
