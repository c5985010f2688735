import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AgentRegionAssignmentEntity } from './agent-region-assignment.entity';
import { AgentEntity } from './agent.entity';
import { AgentsController } from './agents.controller';
import { AssignmentsController } from './assignments.controller';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity, AgentRegionAssignmentEntity]), AuditModule],
  controllers: [AgentsController, AssignmentsController],
  providers: [AgentsService],
  exports: [AgentsService],
})
export class AgentsModule {}
