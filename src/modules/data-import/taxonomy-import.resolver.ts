import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { Role } from '../users/user.entity';
import { decode, ImportFileInput } from './data-import.resolver';
import { ImportReport } from './import-report';
import { TaxonomyImportService } from './taxonomy-import.service';

@Resolver()
export class TaxonomyImportResolver {
  constructor(private readonly taxonomyImport: TaxonomyImportService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReport, { description: 'Admin: import a taxonomy file (名称, 上级, 别名, 编码): adds industries and aliases, moves and renames; all-or-nothing.' })
  importTaxonomy(@CurrentUser() actor: Principal, @Args('file') file: ImportFileInput): Promise<ImportReport> {
    return this.taxonomyImport.import(file.name, decode(file), actor);
  }
}
