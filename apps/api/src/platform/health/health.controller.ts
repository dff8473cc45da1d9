import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../auth/permission.decorator';
import { BUSY_MESSAGE, poolWasBusy } from '../http/busy';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness: the process answers. */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and no migration is pending. */
  @Get('ready')
  @Public()
  async ready() {
    try {
      await this.db.query('SELECT 1');
      const pending = await this.db.showMigrations();
      if (pending) throw new Error('migrations pending');
      return { status: 'ready' };
    } catch (e) {
      throw new ServiceUnavailableException(poolWasBusy(e) ? { status: 'not ready', message: BUSY_MESSAGE } : { status: 'not ready' });
    }
  }
}
