import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { OutboxEmailEntity } from './outbox-email.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxEmailEntity])],
  controllers: [OutboxController],
  providers: [MailService, MailDeliveryService],
  exports: [MailService, MailDeliveryService],
})
export class MailModule {}
