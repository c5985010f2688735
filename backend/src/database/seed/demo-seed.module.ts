import { Module } from '@nestjs/common';
import { CredentialsModule } from '../../credentials/credentials.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [CredentialsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
