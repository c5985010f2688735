import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { CredentialsService } from './credentials.service';
import { PasswordHasher } from './password-hasher';
import { PasswordSetupTokenEntity } from './password-setup-token.entity';
import { SessionEntity } from './session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, ApiTokenEntity, PasswordSetupTokenEntity])],
  providers: [CredentialsService, PasswordHasher],
  exports: [CredentialsService, PasswordHasher],
})
export class CredentialsModule {}
