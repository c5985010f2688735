import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { RequestsModule } from '../requests/requests.module';
import { UnitsModule } from '../units/units.module';
import { ExportsController } from './exports.controller';

@Module({
  imports: [UnitsModule, ContactsModule, RequestsModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
