import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { Role } from '../users/user.entity';
import { DemandImportService } from './demand-import.service';
import { ImportReport } from './import-report';
import { IndustryMapEntry, industryOptions, NewIndustriesInput } from './industry-options.dto';
import { TalentImportService } from './talent-import.service';
import { text } from '../../common/i18n/text';

@InputType({ description: 'A file to import: its name (the extension picks the format) and its bytes in base64.' })
export class ImportFileInput {
  @Field(() => String, { description: 'e.g. 榜单.xlsx, roster.csv, 需求.txt (Excel "Unicode 文本"), demands.json; a .xls is refused with how to save it as .xlsx' })
  @Matches(/\.(csv|tsv|txt|xlsx|xls|json)$/i, { message: 'name must end in .csv, .tsv, .txt, .xlsx, .xls or .json' })
  @MaxLength(200)
  name: string;

  @Field(() => String)
  @IsString()
  contentBase64: string;
}

const DRY_RUN = { type: () => Boolean, defaultValue: false, description: 'Check the whole file and report what would change, writing nothing' };

export const decode = (file: ImportFileInput) => {
  const data = Buffer.from(file.contentBase64, 'base64');
  if (!data.length) throw DomainError.badInput('file.contentBase64', text('为空或不是 base64 编码', 'is empty or not base64'));
  return data;
};

const SHEET_ARG = { type: () => String, nullable: true, description: 'XLSX sheet to read (default: the first visible sheet whose header has the required columns)' };

@Resolver()
export class DataImportResolver {
  constructor(
    private readonly demandImport: DemandImportService,
    private readonly talentImport: TalentImportService,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReport, { description: 'Admin: import (upsert by 需求编号) a demand list file; all-or-nothing.' })
  importDemands(
    @CurrentUser() actor: Principal,
    @Args('file') file: ImportFileInput,
    @Args('list', { type: () => String, nullable: true, description: '榜单 for rows that name none (default: the title row above the header)' }) list?: string,
    @Args('sheet', SHEET_ARG) sheet?: string,
    @Args('dryRun', DRY_RUN) dryRun = false,
    @Args('newIndustries', { type: () => NewIndustriesInput, nullable: true }) newIndustries?: NewIndustriesInput,
    @Args('industryMap', { type: () => [IndustryMapEntry], nullable: true }) industryMap?: IndustryMapEntry[],
  ): Promise<ImportReport> {
    return this.demandImport.import(file.name, decode(file), actor, { list: list ?? undefined, sheet: sheet ?? undefined, dryRun, ...industryOptions(newIndustries, industryMap) });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReport, { description: 'Admin: import (upsert by 人才编号) a talent roster file; all-or-nothing.' })
  importTalents(
    @CurrentUser() actor: Principal,
    @Args('file') file: ImportFileInput,
    @Args('sheet', SHEET_ARG) sheet?: string,
    @Args('dryRun', DRY_RUN) dryRun = false,
    @Args('newIndustries', { type: () => NewIndustriesInput, nullable: true }) newIndustries?: NewIndustriesInput,
    @Args('industryMap', { type: () => [IndustryMapEntry], nullable: true }) industryMap?: IndustryMapEntry[],
  ): Promise<ImportReport> {
    return this.talentImport.import(file.name, decode(file), actor, { sheet: sheet ?? undefined, dryRun, ...industryOptions(newIndustries, industryMap) });
  }
}

