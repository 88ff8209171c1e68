import { factsFrom } from './helpers.js';
const text = process.argv[2]!;
const m = await factsFrom(text);
for (const f of m.facts) console.log(f.kind, f.subject, '|', f.label, '|', f.value, f.unit, '|', f.figure);
console.log(
  m.entities
    .filter((e) => !e.reference)
    .map((e) => `${e.kind}:${e.name}`)
    .join('; '),
);
