/**
 * Look-ups over one fact model, built once: facts by id, by subject and by object, places
 * inside places, corridor members. Planning a briefing per place asks these questions for
 * every place; answering each by scanning all facts made planning quadratic (0.9 s at 1,000
 * sources, measured), with the index it is linear.
 */
import type { Entity, Fact, FactModel } from '../facts/factModel.js';

export class ModelIndex {
  readonly entities: Map<string, Entity>;
  private readonly byId = new Map<string, Fact>();
  private readonly bySubject = new Map<string, Fact[]>();
  private readonly byObject = new Map<string, Fact[]>();
  private readonly position = new Map<Fact, number>();
  /** Every entity's descendants (zones in districts in cities), for rolling facts up. */
  readonly within = new Map<string, Set<string>>();
  private readonly members = new Map<string, string[]>();
  private readonly corridorsByPlace = new Map<string, string[]>();

  constructor(readonly model: FactModel) {
    this.entities = new Map(model.entities.map((e) => [e.id, e]));
    model.facts.forEach((fact, i) => {
      this.byId.set(fact.id, fact);
      this.position.set(fact, i);
      push(this.bySubject, fact.subject, fact);
      if (fact.object) push(this.byObject, fact.object, fact);
    });
    for (const entity of model.entities) {
      for (
        let parent = entity.parent, guard = 0;
        parent && guard < 10;
        parent = this.entities.get(parent)?.parent, guard++
      ) {
        if (!this.within.has(parent)) this.within.set(parent, new Set());
        this.within.get(parent)!.add(entity.id);
      }
    }
    for (const corridor of model.entities.filter((e) => e.kind === 'corridor')) {
      // Members named in the reference table, then those only the text names.
      const fromText = this.subjectFacts(corridor.id)
        .filter((f) => f.kind === 'membership')
        .map((f) => f.object!);
      const members = [...new Set([...(corridor.members ?? []), ...fromText])];
      this.members.set(corridor.id, members);
      for (const member of members) push(this.corridorsByPlace, member, corridor.id);
    }
  }

  fact(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  subjectFacts(id: string): Fact[] {
    return this.bySubject.get(id) ?? [];
  }

  /** Facts about these entities (as subject, or as object too), in model order, each once. */
  factsAbout(ids: Iterable<string>, options: { asObject: boolean }): Fact[] {
    const found = new Set<Fact>();
    for (const id of ids) {
      for (const f of this.subjectFacts(id)) found.add(f);
      if (options.asObject) for (const f of this.byObject.get(id) ?? []) found.add(f);
    }
    return [...found].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }

  corridorMembers(corridor: string): string[] {
    return this.members.get(corridor) ?? [];
  }

  corridorsOf(place: string): string[] {
    return this.corridorsByPlace.get(place) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
