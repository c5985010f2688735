import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { UnitsModule } from '../units/units.module';
import { ExportsController } from './exports.controller';

@Module({
  imports: [UnitsModule, ContactsModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
