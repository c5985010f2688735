import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, type FieldError } from '../errors/domain-error';
import { problemTypeUri, type ProblemDocument } from './problem-document';

const codesByStatus: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD_NOT_ALLOWED',
  [HttpStatus.NOT_ACCEPTABLE]: 'NOT_ACCEPTABLE',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

interface ErrorWithStatus {
  status?: unknown;
}

/** Turns every error leaving a controller into an RFC 9457 problem document; unknown errors become 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    if (response.headersSent) {
      return;
    }
    if (exception instanceof DomainError) {
      response.set(exception.headers);
    }
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown, request: Request): ProblemDocument {
    const requestId = String(request.id ?? '');
    const instance = request.originalUrl?.split('?')[0];
    if (exception instanceof DomainError) {
      return this.document(exception.status, exception.code, exception.title, {
        detail: exception.detail,
        errors: exception.errors,
        instance,
        requestId,
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const isUnknownRoute =
        status === HttpStatus.NOT_FOUND && exception.constructor.name === 'NotFoundException';
      const code = isUnknownRoute && this.isRouteMiss(exception) ? 'ROUTE_NOT_FOUND' : this.codeFor(status);
      return this.document(status, code, this.titleFor(exception), {
        detail:
          code === 'ROUTE_NOT_FOUND'
            ? `No endpoint ${request.method} ${instance}.`
            : this.detailFor(exception),
        instance,
        requestId,
      });
    }
    // Other errors raised by Express middleware carry a 4xx status of their own.
    const { status } = (exception ?? {}) as ErrorWithStatus;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return this.document(status, this.codeFor(status), 'Bad request', { instance, requestId });
    }
    return this.document(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'Internal server error', {
      detail: 'Something went wrong on our side. Quote the request id when reporting it.',
      instance,
      requestId,
    });
  }

  private isRouteMiss(exception: HttpException): boolean {
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : '';
    return typeof message === 'string' && message.startsWith('Cannot ');
  }

  private codeFor(status: number): string {
    return codesByStatus[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
  }

  private titleFor(exception: HttpException): string {
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'error' in response) {
      return String((response as { error: unknown }).error);
    }
    return exception.message;
  }

  private detailFor(exception: HttpException): string | undefined {
    const response = exception.getResponse();
    if (typeof response === 'string') {
      return response;
    }
    const message = (response as { message?: unknown }).message;
    return typeof message === 'string' ? message : undefined;
  }

  private document(
    status: number,
    code: string,
    title: string,
    extra: { detail?: string; errors?: readonly FieldError[]; instance?: string; requestId: string },
  ): ProblemDocument {
    return {
      type: problemTypeUri(code),
      title,
      status,
      ...(extra.detail ? { detail: extra.detail } : {}),
      ...(extra.instance ? { instance: extra.instance } : {}),
      code,
      ...(extra.errors && extra.errors.length > 0 ? { errors: extra.errors } : {}),
      requestId: extra.requestId,
    };
  }
}
