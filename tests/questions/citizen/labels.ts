// The labelled real-message set (RUBRIC.md) and how an answer is judged against it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readMessages } from './sample.js';

export type Coverage = 'LIST' | 'NOT_COVERED';

export interface CitizenLabel {
  id: string;
  split: 'dev' | 'test';
  domain: string;
  coverage: Coverage;
  /** Acceptable agencies, primary first (canonical names as the loader resolves them). */
  agencies: string[];
  national: string | null;
  evidence: string | null;
  reason: string;
  subject: string;
}

export interface LabelledMessage extends CitizenLabel {
  text: string;
}

const here = import.meta.dirname;
const PARTS = ['labels.part-a.jsonl', 'labels.part-b.jsonl'];

function readJsonl(file: string): CitizenLabel[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CitizenLabel);
}

/** The labelled messages of one split (the first labeller's labels), with their text. */
export function readLabelled(split: 'dev' | 'test'): LabelledMessage[] {
  const texts = new Map(readMessages().map((m) => [m.id, m.text]));
  return PARTS.flatMap((p) => readJsonl(path.join(here, p)))
    .filter((l) => l.split === split)
    .map((l) => ({ ...l, text: texts.get(l.id) ?? '' }));
}

/** An answered agency is right when its name or an alias is one of the labelled agencies. */
export function isLabelledAgency(label: CitizenLabel, agency: { name: string; aliases: readonly string[] }): boolean {
  return [agency.name, ...agency.aliases].some((n) => label.agencies.includes(n));
}
