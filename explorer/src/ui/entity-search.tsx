import { useEffect, useId, useRef, useState } from "preact/hooks";
import { request } from "../api.js";
import { graphql, type ResultOf } from "../graphql.js";
import { KINDS, type EntityType } from "../kinds.js";

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int, $types: [EntityType!]) {
    search(text: $text, first: $first, types: $types) {
      type
      score
      matchedIn
      entity {
        id
        label
        entityType
      }
    }
  }
`);
export type Hit = ResultOf<typeof SearchQuery>["search"][number];

/** Hits grouped by kind: the group with the best hit first, and inside a group best first, as the API ranks them. */
export function groupHits(hits: readonly Hit[]): { kind: EntityType; hits: Hit[] }[] {
  const groups = new Map<EntityType, Hit[]>();
  for (const h of hits) groups.set(h.type, [...(groups.get(h.type) ?? []), h]);
  return [...groups].map(([kind, hits]) => ({ kind, hits }));
}

interface Props {
  label: string;
  /** Called with the chosen entity (click or Enter on an option). */
  onPick: (entity: Hit["entity"]) => void;
  /** Called on Enter with no option chosen, and as the text changes (the search view keeps it in the URL). */
  onText?: (text: string, submitted: boolean) => void;
  types?: EntityType[];
  initial?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

/**
 * Type-ahead over `search`, as an ARIA 1.2 combobox: the list is grouped by kind, arrow keys move
 * through every option across groups, Enter opens the active one, Escape closes the list.
 */
export function EntitySearch({ label, onPick, onText, types, initial = "", placeholder, autoFocus }: Props) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const seq = useRef(0);
  // The list opens once the person types or presses ↓, not when a view focuses a box it filled itself.
  const touched = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const t = text.trim();
    if (t.length < 2) {
      setHits([]);
      setStatus("");
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      request(SearchQuery, { text: t, first: 30, types: types ?? null }).then(
        (d) => {
          if (mine !== seq.current) return;
          setHits(d.search);
          setActive(-1);
          setStatus(d.search.length ? `${d.search.length} results` : "No results");
        },
        (e: Error) => mine === seq.current && (setHits([]), setStatus(e.message)),
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [text, types?.join(",")]);

  const groups = groupHits(hits);
  const flat = groups.flatMap((g) => g.hits);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && flat.length > 0;

  const pick = (h: Hit) => {
    setOpen(false);
    setText(h.entity.label);
    onPick(h.entity);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (flat.length ? (a + 1) % flat.length : -1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (flat.length ? (a <= 0 ? flat.length - 1 : a - 1) : -1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (expanded && active >= 0 && flat[active]) pick(flat[active]);
      else {
        setOpen(false);
        onText?.(text.trim(), true);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active]);

  let index = -1;
  return (
    <div class="combo">
      <label for={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        value={text}
        onInput={(e) => {
          const v = (e.target as HTMLInputElement).value;
          setText(v);
          touched.current = true;
          setOpen(true);
          onText?.(v.trim(), false);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => touched.current && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} class="combo-list" hidden={!expanded}>
        {groups.map((g) => (
          <div role="group" aria-label={KINDS[g.kind].plural} key={g.kind} class="combo-group">
            <div class="combo-group-label" aria-hidden="true" style={{ "--kind": KINDS[g.kind].colour }}>
              {KINDS[g.kind].plural}
            </div>
            {g.hits.map((h) => {
              const i = ++index;
              return (
                <div
                  id={optionId(i)}
                  key={h.entity.id}
                  role="option"
                  aria-selected={i === active}
                  class={i === active ? "combo-option active" : "combo-option"}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(h)}
                  onMouseEnter={() => setActive(i)}
                >
                  {h.entity.label}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <span class="visually-hidden" role="status" aria-live="polite">
        {open ? status : ""}
      </span>
    </div>
  );
}
