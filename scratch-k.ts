import { loadWorldGazetteer } from './src/lib/extract/world-gazetteer.server';
import { findPlaces } from './src/lib/extract/places';
const w = loadWorldGazetteer();
for (const t of [
  'Obama flew from New York to Athens on Monday. Washington said the talks in Athens went well.',
  'Police in Kingston said a man from Belleville was held. Brockville officers and the OPP helped.',
  'The OPP said a man was arrested in London, Ontario.',
  'Londoners in London, Ontario and Ontario officials met in London.',
  'A fire in Athens destroyed a home. Clarke County deputies and Watkinsville officers responded.',
  'Flights from Chicago and Houston to Dublin were cancelled. Dublin Airport said so.',
  'Students in Dublin, Ohio, and Columbus protested. Ohio officials in Dublin met them.',
  'Tourists from Texas and Florida visited Rome and Paris.',
  'The Texas town of Paris and nearby Tyler, Texas were hit.',
]) console.log(t, '\n   →', findPlaces(t, w).map((p) => `${p.text}:${p.country}`).join(', '));
