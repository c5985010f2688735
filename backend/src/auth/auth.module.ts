import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AgentsModule } from '../agents/agents.module';
import { AuditModule } from '../audit/audit.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { UnitsModule } from '../units/units.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [UsersModule, CredentialsModule, AgentsModule, UnitsModule, AuditModule],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottleService, { provide: APP_GUARD, useClass: AuthenticationGuard }],
})
export class AuthModule {}
