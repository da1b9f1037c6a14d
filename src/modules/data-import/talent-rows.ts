import { OrganizationType } from '../organizations/organization.entity';
import { TalentLevel } from '../talents/talent.entity';
import { INSTITUTION_TYPE_LABELS, TALENT_COLUMNS, TALENT_LEVEL_LABELS } from './contract';
import { ImportIndustries } from './import-industries';
import { ImportProblem } from './import-problems';
import { asWritten, RowReader } from './row-reader';
import { Table } from './table-reader';

export interface TalentRecord {
  row: number;
  code: string;
  name: string;
  title: string | null;
  level: TalentLevel;
  institution: string;
  institutionType: OrganizationType | null;
  region: string;
  industries: string[];
  fields: string[];
  keywords: string[];
  achievements: string | null;
  bio: string | null;
  remoteOk: boolean;
}

const columns = new Map(TALENT_COLUMNS.map((c) => [c.key, c]));

/**
 * Validates every talent row. Known (or mapped, or created) industries are written with their
 * canonical name; an unknown one is kept as given, with one warning per name from `industries`
 * (rosters name fields the taxonomy has no record for).
 */
export function parseTalentRows(file: string, table: Table, industries: ImportIndustries): { records: TalentRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [...table.problems];
  const firstRowOfCode = new Map<string, number>();
  const records: TalentRecord[] = [];
  const named = asWritten(columns, table);
  for (const row of table.rows) {
    const r = new RowReader(file, row, named, problems);
    const before = problems.length;
    const code = r.code(firstRowOfCode);
    const typeText = r.text('institutionType');
    const names = r.list('industries').map((name) => industries.resolve(name, row.row)?.name ?? name);
    const record: TalentRecord = {
      row: row.row,
      code,
      name: r.text('name', 100) ?? '',
      title: r.text('title', 50),
      level: r.label('level', TALENT_LEVEL_LABELS, 'OTHER') as TalentLevel,
      institution: r.text('institution', 200) ?? '',
      institutionType: typeText ? (r.label('institutionType', INSTITUTION_TYPE_LABELS, 'UNIVERSITY') as OrganizationType) : null,
      region: r.text('region', 100) ?? '',
      industries: [...new Set(names)],
      fields: r.list('fields'),
      keywords: r.list('keywords'),
      achievements: r.text('achievements'),
      bio: r.text('bio'),
      remoteOk: r.yesNo('remoteOk'),
    };
    if (problems.length === before) records.push(record);
  }
  problems.push(...industries.problems());
  return { records, problems };
}
