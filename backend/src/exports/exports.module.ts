import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { ExportsController } from './exports.controller';

@Module({
  imports: [UnitsModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
