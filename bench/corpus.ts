/**
 * A deterministic synthetic corpus in the seeds' shapes: scraped articles with navigation junk
 * and glued-on stories around paragraphs that state figures, dates, corridor memberships,
 * cooperation, targets and industry focus, over generated corridors and cities written into
 * reference tables beside the seed tables. The same seed and size always give the same bytes.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusOptions {
  sources: number;
  seed?: number;
  /** Generated corridors (default: one per 50 sources, at least 2). */
  corridors?: number;
  /** Member cities per corridor (default 6). */
  membersPerCorridor?: number;
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  corridors: number;
  places: number;
}

const SYLLABLES = [
  'an',
  'bai',
  'cang',
  'dan',
  'fen',
  'gao',
  'heng',
  'jiang',
  'kai',
  'lan',
  'mei',
  'nan',
  'ou',
  'pu',
  'qi',
  'rong',
  'shu',
  'tian',
  'wei',
  'xia',
  'yun',
  'ze',
  'lu',
  'hua',
  'long',
  'feng',
  'ling',
  'shan',
];
const INDUSTRIES = [
  'artificial intelligence',
  'integrated circuits',
  'biomedicine',
  'new energy',
  'new materials',
  'smart manufacturing',
  'robotics',
  'aviation and aerospace',
  'quantum technology',
  'satellite internet',
  'digital economy',
  'marine equipment',
];
const PUBLISHERS = [
  'Delta Science Daily',
  'Corridor Economic Herald',
  'Innovation Observer',
  'Regional Tech Review',
  'Eastern Business News',
];
const FILLER = [
  'Officials said the measures would help local firms reach new markets and attract talent from across the region.',
  'The plan also covers transport links, shared laboratories and joint training programmes for engineers.',
  'Industry associations welcomed the announcement and called for faster approval of cross-border projects.',
  'Analysts noted that similar policies elsewhere had taken several years to show results in output figures.',
  'Local universities will open new courses and internships with companies in the parks along the route.',
  'The authorities promised to simplify registration for start-ups and to expand venture financing.',
];

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateCorpus(dir: string, referenceDir: string, options: CorpusOptions): Promise<Corpus> {
  const rand = random(options.seed ?? 60);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const corridorCount = options.corridors ?? Math.max(2, Math.round(options.sources / 50));
  const members = options.membersPerCorridor ?? 6;

  // Cities with made-up, unique two- or three-syllable names.
  const names = new Set<string>();
  const cityName = () => {
    for (;;) {
      const parts = Array.from({ length: rand() < 0.7 ? 2 : 3 }, () => pick(SYLLABLES));
      const name = parts.join('');
      if (name.length >= 5 && !names.has(name)) {
        names.add(name);
        return name[0]!.toUpperCase() + name.slice(1);
      }
    }
  };
  const corridors = Array.from({ length: corridorCount }, (_, i) => {
    const cities = Array.from({ length: members }, () => ({
      name: cityName(),
      lat: 24 + rand() * 12,
      lon: 108 + rand() * 14,
    }));
    const head = cities[0]!.name;
    return {
      id: `bench-${i + 1}`,
      name: `${head}–${cities[1]!.name} Science and Technology Innovation Corridor`,
      alias: `${head} corridor`,
      cities,
    };
  });

  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'reference'), { recursive: true });
  await cp(referenceDir, path.join(dir, 'reference'), { recursive: true });
  await writeFile(
    path.join(dir, 'reference', 'places-bench.md'),
    `| name | kind | parent | aliases | latitude | longitude |\n| --- | --- | --- | --- | --- | --- |\n${corridors
      .flatMap((c) =>
        c.cities.map((p) => `| ${p.name} | city | | ${p.name} City | ${p.lat.toFixed(4)} | ${p.lon.toFixed(4)} |`),
      )
      .join('\n')}\n`,
  );
  await writeFile(
    path.join(dir, 'reference', 'corridors-bench.md'),
    `| id | name | aliases | members |\n| --- | --- | --- | --- |\n${corridors.map((c) => `| ${c.id} | ${c.name} | ${c.alias} | ${c.cities.map((p) => p.name).join('; ')} |`).join('\n')}\n`,
  );

  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < options.sources; i++) {
    const corridor = corridors[i % corridors.length]!;
    const [a, b] = [pick(corridor.cities), pick(corridor.cities.filter((c) => c !== corridor.cities[0]))];
    const year = int(2021, 2025);
    const month = String(int(1, 12)).padStart(2, '0');
    const day = String(int(1, 28)).padStart(2, '0');
    const [i1, i2] = [pick(INDUSTRIES), pick(INDUSTRIES)];
    const title = pick([
      `${a.name} deepens role in the ${corridor.alias}`,
      `${a.name} and ${b.name} expand cooperation on ${i1}`,
      `${corridor.name} reports new figures`,
    ]);
    const paragraphs = [
      `${a.name}, a member of the ${corridor.name}, reported that its R&D investment intensity reached ${(2 + rand() * 5).toFixed(2)}% in ${year - 1}, while the number of high-tech enterprises rose to ${int(200, 3000).toLocaleString('en-US')}.`,
      `In ${year}, the total industrial output of ${a.name} reached RMB ${int(120, 990)} billion, and the city had more than ${int(20, 400)} smart factories.`,
      `${a.name} and ${b.name} signed a cooperation agreement on ${i1} on ${['March', 'June', 'September', 'November'][int(0, 3)]} ${int(1, 28)}, ${year}, with a total investment of ${int(2, 80)} billion yuan.`,
      `In ${year - int(1, 5)}, ${a.name} launched the ${pick(['Western', 'Lakeside', 'Riverside', 'Northern'])} ${i2} innovation center with partners from the corridor.`,
      `By ${year + int(2, 6)}, ${b.name} aims to raise its R&D investment intensity to ${(3 + rand() * 4).toFixed(1)}%.`,
      `${a.name} focuses on ${i1}, ${i2} and ${pick(INDUSTRIES)}, and ${b.name} is building clusters in ${pick(INDUSTRIES)}.`,
      `The ${corridor.alias} connects ${corridor.cities
        .slice(0, 4)
        .map((c) => c.name)
        .join(
          ', ',
        )} and ${corridor.cities[4]!.name}, with a population of about ${(20 + rand() * 40).toFixed(2)} million.`,
      ...Array.from({ length: int(3, 8) }, () => `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`),
    ];
    // Shuffle the body a little so articles are not all alike.
    for (let k = paragraphs.length - 1; k > 2; k--) {
      const j = 2 + Math.floor(rand() * (k - 1));
      [paragraphs[k], paragraphs[j]] = [paragraphs[j]!, paragraphs[k]!];
    }
    const junk = pick([
      `Related news\n\nCity opens new metro line to the airport\n\nThe new line will carry 300,000 passengers a day and cost RMB 28 billion.`,
      `Top News\n\nFestival draws record crowds | Culture | City\n\nOrganizers said 1.2 million visitors attended over the holiday.`,
      `Leave a Reply\n\nYour email address will not be published. Required fields are marked *`,
    ]);
    const text = `${title}\n\nHome > News > Innovation\n\n${year}-${month}-${day} 09:${String(int(0, 59)).padStart(2, '0')} Source: ${pick(PUBLISHERS)}\n\nShare\n\n${paragraphs.join('\n\n')}\n\n${junk}\n`;
    const name = `bench-${String(i + 1).padStart(5, '0')}.txt`;
    await writeFile(path.join(dir, name), text);
    files.push(name);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes, corridors: corridorCount, places: corridorCount * members };
}
