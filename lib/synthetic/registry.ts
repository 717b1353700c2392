/**
 * Keeps generated names apart. Every plain (ungated) name and alias belongs to one entity only, so
 * a text naming it has one right answer; surnames and acronyms that several entities share become
 * needsContext, the dataset format's tool for ambiguous short forms.
 */
import type { Alias } from '../dataset/schema';
import type { Draft } from './draft';
import { nameKey } from './keys';

export class NameRegistry {
  /** Key of every plain name and alias → index of the entity it belongs to. */
  private readonly plain = new Map<string, number>();

  /**
   * Registers a draft's name and its required and optional aliases. Returns false, registering
   * nothing, when the name or a required alias is taken; optional aliases that are taken are dropped.
   */
  claim(index: number, draft: Draft): boolean {
    const required = [draft.name, ...draft.aliases.filter((a) => a.kind === 'required').map((a) => a.text)].map(nameKey);
    if (required.some((k) => this.plain.has(k)) || new Set(required).size !== required.length) return false;
    for (const key of required) this.plain.set(key, index);
    draft.aliases = draft.aliases.filter((a) => {
      if (a.kind !== 'optional') return true;
      const key = nameKey(a.text);
      if (this.plain.has(key)) return false;
      this.plain.set(key, index);
      return true;
    });
    return true;
  }

  /**
   * Decides the shared short forms once every entity is drawn: an 'auto' alias no other entity
   * uses in any way becomes plain; otherwise it, like every 'gated' alias, is needsContext. A short
   * form that is another entity's plain name is dropped: that text must keep meaning that entity.
   */
  resolve(drafts: readonly Draft[]): Alias[][] {
    const users = new Map<string, number>();
    drafts.forEach((draft) => {
      const keys = new Set(draft.aliases.filter((a) => a.kind === 'auto' || a.kind === 'gated').map((a) => nameKey(a.text)));
      for (const key of keys) users.set(key, (users.get(key) ?? 0) + 1);
    });
    const plainAuto = drafts.map((draft, index) =>
      draft.aliases.map((a) => {
        if (a.kind !== 'auto') return false;
        const key = nameKey(a.text);
        if (users.get(key) !== 1 || this.plain.has(key)) return false;
        this.plain.set(key, index);
        return true;
      }),
    );
    return drafts.map((draft, index) => {
      const seen = new Set<string>([nameKey(draft.name)]);
      const out: Alias[] = [];
      draft.aliases.forEach((a, j) => {
        const key = nameKey(a.text);
        // An alias differing from another only in case would be the same term.
        if (seen.has(key)) return;
        let needsContext = false;
        if ((a.kind === 'auto' && !plainAuto[index]![j]) || a.kind === 'gated') {
          if (this.plain.has(key)) return;
          needsContext = true;
        }
        seen.add(key);
        out.push({
          text: a.text,
          ...(a.caseSensitive ? { caseSensitive: true } : {}),
          ...(needsContext ? { needsContext: true } : {}),
          ...(a.lang ? { lang: a.lang } : {}),
        });
      });
      return out;
    });
  }
}
