/**
 * docx names hyperlink relationships with random ids (nanoid), so two renders of one tree would
 * differ. Relationships are written in document order, so renaming every non-`rIdN` id by its
 * position gives the same ids for the same tree. The random ids are 21 characters of a URL-safe
 * alphabet: replacing each quoted occurrence in the owning part cannot touch anything else.
 */
const RELATIONSHIP_ID = /\bId="([^"]+)"/g;
const DOCX_NUMBERED_ID = /^rId\d+$/;

/**
 * Part that a relationships part belongs to: word/_rels/document.xml.rels → word/document.xml;
 * undefined for the package's own _rels/.rels.
 */
export function ownerOfRelationships(relsPath: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPath);
  return match === null ? undefined : `${match[1] ?? ""}${match[2] ?? ""}`;
}

/** Returns the renamed relationships part and the owner part with its references renamed. */
export function stableRelationshipIds(rels: string, owner: string): { rels: string; owner: string } {
  const renames = new Map<string, string>();
  for (const match of rels.matchAll(RELATIONSHIP_ID)) {
    const id = match[1] ?? "";
    if (!DOCX_NUMBERED_ID.test(id) && !renames.has(id)) renames.set(id, `rIdStable${renames.size + 1}`);
  }
  let newRels = rels;
  let newOwner = owner;
  for (const [from, to] of renames) {
    newRels = newRels.split(`"${from}"`).join(`"${to}"`);
    newOwner = newOwner.split(`"${from}"`).join(`"${to}"`);
  }
  return { rels: newRels, owner: newOwner };
}
