/**
 * Pins the ids Chromium gives structure elements ("node00000461"). It numbers them by DOM node,
 * and that number grows with every document a page has printed; worse, two table headers can
 * swap numbers from one print to the next. Here they are numbered from 1 in the order the
 * structure tree holds them, so the same document always gives the same bytes, and the id tree
 * that maps them to elements is sorted again.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node\d+$/;

export function renumberStructureIds(doc: PDFDocument): void {
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  const found = new Set<string>();
  for (const object of objects)
    visitStrings(object, (s) => {
      if (NODE_ID.test(s)) found.add(s);
      return undefined;
    });
  if (found.size === 0) return;
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const inTree = treeOrder(doc, root).filter((id) => found.has(id));
  const reached = new Set(inTree);
  // An id the tree does not reach (none are known) keeps Chromium's relative order, after the rest.
  const rest = [...found].filter((id) => !reached.has(id)).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  // Same-width numbers keep name trees keyed by these ids sorted as strings and as numbers.
  const width = Math.max(8, String(found.size).length);
  const renamed = new Map([...inTree, ...rest].map((old, i) => [old, `node${String(i + 1).padStart(width, '0')}`]));
  for (const object of objects) visitStrings(object, (s) => renamed.get(s));
  const idTree = root?.lookupMaybe(PDFName.of('IDTree'), PDFDict);
  if (idTree) sortNameTree(doc, idTree);
}

/** Ids of structure elements, depth first from the root: the document's reading order. */
function treeOrder(doc: PDFDocument, root: PDFDict | undefined): string[] {
  const order: string[] = [];
  const seen = new Set<PDFDict>();
  const walk = (value: PDFObject | undefined) => {
    const object = value instanceof PDFRef ? doc.context.lookup(value) : value;
    if (object instanceof PDFArray) for (let i = 0; i < object.size(); i++) walk(object.get(i));
    else if (object instanceof PDFDict && !seen.has(object)) {
      seen.add(object);
      const id = object.get(PDFName.of('ID'));
      if (id instanceof PDFString || id instanceof PDFHexString) order.push(id.decodeText());
      walk(object.get(PDFName.of('K')));
    }
  };
  walk(root?.get(PDFName.of('K')));
  return order;
}

/**
 * A name tree whose keys were renamed: its pairs sorted again and dealt back to its leaves, each
 * keeping its count, and every node's limits set anew, so the tree keeps its shape.
 */
function sortNameTree(doc: PDFDocument, tree: PDFDict): void {
  const leaves: PDFArray[] = [];
  const collect = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names) leaves.push(names);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) collect(kids.lookup(i, PDFDict));
  };
  collect(tree);
  const pairs = leaves.flatMap((names) =>
    Array.from({ length: names.size() / 2 }, (_, i) => [names.get(2 * i), names.get(2 * i + 1)] as const),
  );
  const key = (o: PDFObject) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');
  pairs.sort(([a], [b]) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let next = 0;
  for (const names of leaves)
    for (let i = 0; i < names.size(); i += 2) {
      const [name, value] = pairs[next++]!;
      names.set(i, name);
      names.set(i + 1, value);
    }
  setLimits(doc, tree, true);
}

/** Sets a node's /Limits to its first and last key (the root has none); returns them. */
function setLimits(doc: PDFDocument, node: PDFDict, isRoot: boolean): [PDFObject, PDFObject] | null {
  let limits: [PDFObject, PDFObject] | null = null;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names && names.size() > 0) limits = [names.get(0), names.get(names.size() - 2)];
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const child = setLimits(doc, kids.lookup(i, PDFDict), false);
    if (child) limits = [limits?.[0] ?? child[0], child[1]];
  }
  if (!isRoot && limits) node.set(PDFName.of('Limits'), doc.context.obj([limits[0], limits[1]]));
  return limits;
}

/** Every string in an object, direct or nested; `change` may return its replacement. */
function visitStrings(object: PDFObject, change: (s: string) => string | undefined): PDFObject | undefined {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    const to = change(object.decodeText());
    return typeof to === 'string' ? PDFString.of(to) : undefined;
  }
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const replaced = visitStrings(value, change);
      if (replaced) object.set(key, replaced);
    }
  } else if (object instanceof PDFArray) {
    for (let i = 0; i < object.size(); i++) {
      const replaced = visitStrings(object.get(i), change);
      if (replaced) object.set(i, replaced);
    }
  }
  return undefined;
}
