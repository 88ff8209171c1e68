import { findQuantities } from '../pipeline/extract/numbers.js';
console.log(findQuantities(process.argv[2]!).map((q) => `${q.kind} ${q.value} ${q.unit} [${q.figure}] from=${q.from}`));
