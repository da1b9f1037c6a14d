import { text } from '../../common/i18n/text';
import { IndustriesService } from '../industries/industries.service';
import { OrganizationType } from '../organizations/organization.entity';
import { TalentLevel } from '../talents/talent.entity';
import { INSTITUTION_TYPE_LABELS, TALENT_COLUMNS, TALENT_LEVEL_LABELS } from './contract';
import { ImportProblem } from './import-problems';
import { RowReader } from './row-reader';
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
 * Validates every talent row. Known industries are written with their canonical name; a talent's
 * unknown industry is kept as given with a warning (rosters name fields the taxonomy has no record for).
 */
export function parseTalentRows(file: string, table: Table, industries: IndustriesService): { records: TalentRecord[]; problems: ImportProblem[]; warnings: ImportProblem[] } {
  const problems: ImportProblem[] = [...table.problems];
  const warnings: ImportProblem[] = [];
  const unknownIndustries = new Map<string, number>();
  const firstRowOfCode = new Map<string, number>();
  const records: TalentRecord[] = [];
  for (const row of table.rows) {
    const r = new RowReader(file, row, columns, problems);
    const before = problems.length;
    const code = r.code(firstRowOfCode);
    const typeText = r.text('institutionType');
    const names = r.list('industries').map((name) => {
      const known = industries.find(name);
      if (!known && !unknownIndustries.has(name)) unknownIndustries.set(name, row.row);
      return known?.name ?? name;
    });
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
  for (const [name, row] of unknownIndustries) {
    const reason = text(`产业“${name}”不在产业目录中，按原文保留`, `industry "${name}" is not in the taxonomy; kept as written`);
    warnings.push({ file, row, column: columns.get('industries')!.header, kind: 'UNKNOWN_INDUSTRY_KEPT', reason: reason.zh, reasonEn: reason.en });
  }
  return { records, problems, warnings };
}
