import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { Clock } from '../../common/time/clock';
import { yieldToEventLoop } from '../../common/time/yield-to-event-loop';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { IndustriesService } from '../industries/industries.service';
import { TaxonomyService } from '../industries/taxonomy.service';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { LedgerRecord, LedgerService } from '../ledger/ledger.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { Talent } from '../talents/talent.entity';
import { changedFields, findIn, insertMany } from '../../database/batch';
import { TALENT_COLUMNS } from './contract';
import { importNote } from './import-note';
import { ImportIndustries } from './import-industries';
import { importRejected } from './import-problems';
import { ImportOptions } from './import-options';
import { addWarning, ImportReport } from './import-report';
import { parseTalentRows, TalentRecord } from './talent-rows';
import { readTable } from './table-reader';

/** Imports a talent roster: every row validated first, then all of it written in one transaction. */
@Injectable()
export class TalentImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly industries: IndustriesService,
    private readonly organizations: OrganizationsService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async import(file: string, data: Buffer, actor: Principal | null, options: ImportOptions = {}): Promise<ImportReport> {
    const table = await readTable(file, data, TALENT_COLUMNS, this.config.importLimits, options);
    const industries = new ImportIndustries(this.industries, this.taxonomy, file, options, false, table.headers?.industries);
    const { records, problems } = parseTalentRows(file, table, industries);
    if (problems.length) throw importRejected(file, problems);
    const report: ImportReport = { file, kind: 'talents', dryRun: !!options.dryRun, created: 0, updated: 0, unchanged: 0, warnings: [], warningKinds: [] };
    for (const w of [...table.warnings, ...industries.warnings()]) addWarning(report, w);
    const written: Talent[] = [];
    const now = this.clock.now();
    // Rows are built before the transaction, with a turn of the event loop on either side of it: on
    // SQLite the transaction holds the only connection, and the thread, from first statement to commit.
    const built = records.map((record) => ({ record, talent: this.build(record, now) }));
    await yieldToEventLoop();
    const work = async (em: EntityManager) => {
      await industries.create(em, actor, now);
      const existing = new Map((await findIn(em, Talent, 'code', records.map((r) => r.code))).map((t) => [t.code, t]));
      const orgIds = await this.organizations.idsForInstitutions(
        em,
        records.map((r) => ({ name: r.institution, type: r.institutionType, region: r.region })),
      );
      const fresh: Talent[] = [];
      const entries: LedgerRecord[] = [];
      for (const [i, { record, talent }] of built.entries()) {
        options.onProgress?.(i, built.length);
        talent.organizationId = orgIds.get(record.institution) ?? null;
        const current = existing.get(record.code);
        if (!current) {
          fresh.push(talent);
          continue;
        }
        const fields = this.fields(talent);
        const changed = changedFields(current, fields);
        if (!changed.length) {
          report.unchanged++;
          continue;
        }
        await em.update(Talent, { id: current.id }, { ...fields, updatedAt: now });
        written.push({ ...current, ...fields, updatedAt: now } as Talent);
        entries.push({
          actor,
          at: now,
          entityType: LedgerEntityType.TALENT,
          entityId: current.id,
          demandId: null,
          organizationId: null,
          action: 'import',
          from: null,
          to: 'UPDATED',
          note: importNote(file, record.row, TALENT_COLUMNS, changed),
        });
        report.updated++;
      }
      await insertMany(em, Talent, fresh);
      await this.ledger.appendHistory(em, entries);
      report.created = fresh.length;
      written.push(...fresh);
      options.onProgress?.(built.length, built.length);
    };
    // A dry run does all of it and rolls back: no rows, no ledger, no events.
    if (options.dryRun) return this.transactions.rehearse(work).then(() => report);
    await this.transactions.run(work);
    await industries.committed();
    await yieldToEventLoop();
    await this.events.emit({ type: 'talents.changed', ids: written.map((t) => t.id), rows: written });
    return report;
  }

  /** A new talent as the row describes it; its organization is looked up in the transaction. */
  private build(r: TalentRecord, now: Date): Talent {
    return {
      id: randomUUID(),
      code: r.code,
      name: r.name,
      title: r.title,
      level: r.level,
      institution: r.institution,
      institutionType: r.institutionType,
      organizationId: null,
      region: r.region,
      industries: r.industries,
      fields: r.fields,
      keywords: r.keywords,
      achievements: r.achievements,
      bio: r.bio,
      remoteOk: r.remoteOk,
      contactEmail: null,
      contactPhone: null,
      createdAt: now,
      updatedAt: now,
    } as Talent;
  }

  /** The fields a row sets, compared with and written over an existing talent. */
  private fields(t: Talent) {
    const { id: _id, code: _code, contactEmail: _e, contactPhone: _p, createdAt: _c, updatedAt: _u, ...fields } = t;
    return fields;
  }
}
