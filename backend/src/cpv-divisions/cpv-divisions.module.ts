import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CpvDivisionEntity } from './cpv-division.entity';
import { CpvDivisionsController } from './cpv-divisions.controller';
import { CpvDivisionsService } from './cpv-divisions.service';

@Module({
  imports: [TypeOrmModule.forFeature([CpvDivisionEntity])],
  controllers: [CpvDivisionsController],
  providers: [CpvDivisionsService],
  exports: [CpvDivisionsService],
})
export class CpvDivisionsModule {}
