import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  type WritableSignal,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type FormGroup,
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import { applyServerErrors } from '../../core/forms/server-errors';
import { type Language, isLanguage } from '../../core/i18n/language';
import { LANGUAGE_STORAGE_KEY, LanguageService } from '../../core/i18n/language-service';
import { confirmAction } from '../../shared/ui/confirm-dialog/confirm-dialog';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { characterCountMessage } from '../character-count';
import { PublicRequestFieldError } from '../public-request-field-error/public-request-field-error';
import { CANCEL_REASON_MAX, MESSAGE_MAX, type RequestStatus, parseRating } from '../public-request-options';
import { type RatingChoice, PublicRequestRating } from '../public-request-rating/public-request-rating';
import { PublicRequestReferenceData } from '../public-request-reference-data';
import { PublicRequestStatusStore } from '../public-request-status.store';
import { PublicRequestTimeline } from '../public-request-timeline/public-request-timeline';

const STATUS_BADGES: Readonly<Record<RequestStatus, string>> = {
  new: 'badge',
  assigned: 'badge',
  in_progress: 'badge',
  waiting_for_unit: 'badge badge--warning',
  resolved: 'badge badge--positive',
  closed: 'badge badge--positive',
  cancelled: 'badge badge--muted',
};

/**
 * `/request/status/:token`: the requester's private page of one request, opened from the emailed link.
 * `?rating=N` (the one-click rating links of the emails) rates a resolved request that has no rating yet.
 */
@Component({
  selector: 'crm-public-request-status',
  templateUrl: './public-request-status.html',
  styleUrl: './public-request-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PublicRequestStatusStore],
  imports: [
    FormMessage,
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    PublicRequestFieldError,
    PublicRequestRating,
    PublicRequestTimeline,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
})
export class PublicRequestStatus {
  private readonly store = inject(PublicRequestStatusStore);
  private readonly referenceData = inject(PublicRequestReferenceData);
  private readonly languageService = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly statusHeading = viewChild<ElementRef<HTMLElement>>('statusHeading');
  // Resetting through the directive also forgets that the form was submitted (no "Required" on it).
  private readonly replyFormDirective = viewChild<FormGroupDirective>('replyFormDirective');
  private hasAdoptedLanguage = false;

  /** The `:token` route parameter: the private link's only credential. */
  readonly token = input.required<string>();
  /** The `rating` query parameter of the one-click rating links. */
  readonly rating = input<string | undefined>();

  protected readonly locale = this.languageService.locale;
  protected readonly request = this.store.status;
  protected readonly isLoading = this.store.isLoading;
  protected readonly isSending = this.store.isSending;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly isInvalidLink = computed(() => {
    const status = this.loadProblem()?.status;
    // A malformed token is refused as 400, an unknown one as 404: for the requester both are a bad link.
    return status === 404 || status === 400;
  });
  protected readonly themeLabel = this.referenceData.themeLabel;
  protected readonly statusBadges = STATUS_BADGES;
  protected readonly replyForm = this.formBuilder.group({
    body: ['', [Validators.required, Validators.maxLength(MESSAGE_MAX)]],
  });
  protected readonly cancelForm = this.formBuilder.group({
    reason: ['', Validators.maxLength(CANCEL_REASON_MAX)],
  });
  private readonly replyText = toSignal(this.replyForm.controls.body.valueChanges, { initialValue: '' });
  private readonly reasonText = toSignal(this.cancelForm.controls.reason.valueChanges, { initialValue: '' });
  protected readonly replyCount = computed(() => characterCountMessage(this.replyText().length, MESSAGE_MAX));
  protected readonly reasonCount = computed(() =>
    characterCountMessage(this.reasonText().length, CANCEL_REASON_MAX),
  );
  protected readonly statusOutcome = signal<FormOutcome | null>(null);
  protected readonly replyOutcome = signal<FormOutcome | null>(null);
  protected readonly ratingOutcome = signal<FormOutcome | null>(null);
  /** The rating just given with a one-click link from the email. */
  protected readonly oneClickRating = signal<number | null>(null);

  constructor() {
    void this.referenceData.load();
    effect(() => {
      const token = this.token();
      untracked(() => void this.open(token));
    });
  }

  protected retry(): void {
    void this.open(this.token());
  }

  protected async sendReply(): Promise<void> {
    this.replyOutcome.set(null);
    if (this.replyForm.invalid) {
      this.replyForm.markAllAsTouched();
      return;
    }
    const { problem } = await this.store.reply(this.token(), this.replyForm.getRawValue().body.trim());
    if (problem) {
      this.showProblem(problem, this.replyForm, this.replyOutcome);
      return;
    }
    this.replyFormDirective()?.resetForm();
    this.replyOutcome.set({ key: 'publicRequest.status.replySent', isError: false });
  }

  protected async cancelRequest(): Promise<void> {
    const request = this.request();
    if (!request || this.cancelForm.invalid) {
      this.cancelForm.markAllAsTouched();
      return;
    }
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'publicRequest.status.cancelTitle',
      messageKey: 'publicRequest.status.cancelMessage',
      confirmKey: 'publicRequest.status.cancelConfirm',
      params: { number: request.number },
    });
    if (!isConfirmed) {
      return;
    }
    this.statusOutcome.set(null);
    const { problem } = await this.store.cancel(this.token(), this.cancelForm.getRawValue().reason.trim());
    if (problem) {
      this.showProblem(problem, this.cancelForm, this.statusOutcome);
      return;
    }
    this.cancelForm.reset();
    this.statusOutcome.set({ key: 'publicRequest.status.cancelled', isError: false });
    // The cancel section (and the focused button in it) is gone: continue from the new status.
    this.focusStatusHeading();
  }

  protected async sendRating(choice: RatingChoice): Promise<void> {
    this.ratingOutcome.set(null);
    const { problem } = await this.store.rate(this.token(), choice.rating, choice.comment);
    if (problem) {
      this.showProblem(problem, null, this.ratingOutcome);
      return;
    }
    this.oneClickRating.set(null);
    this.ratingOutcome.set({ key: 'publicRequest.status.ratingSaved', isError: false });
  }

  private async open(token: string): Promise<void> {
    this.statusOutcome.set(null);
    this.replyOutcome.set(null);
    this.ratingOutcome.set(null);
    this.oneClickRating.set(null);
    await this.store.load(token);
    const request = this.store.status();
    if (!request) {
      return;
    }
    await this.adoptRequestLanguage(request.language);
    const ratingParameter = this.rating();
    if (ratingParameter === undefined) {
      return;
    }
    const rating = parseRating(ratingParameter);
    // Only the first click rates: a rated request keeps its rating (it can be changed on the page).
    if (rating !== null && request.canRate && request.rating === null) {
      const { problem } = await this.store.rate(token, rating, '');
      if (problem) {
        this.showProblem(problem, null, this.ratingOutcome);
      } else {
        this.oneClickRating.set(rating);
      }
    }
    // Without the parameter a reload or a bookmark does not rate again.
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { rating: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /**
   * Shows the page in the request's language, unless a language was chosen in this browser. The language
   * service remembers every choice (language switch, signed-in user's preference) in localStorage, so an
   * empty entry means nobody has chosen; switching remembers the request's language from then on.
   */
  private async adoptRequestLanguage(language: Language): Promise<void> {
    if (this.hasAdoptedLanguage) {
      return;
    }
    this.hasAdoptedLanguage = true;
    if (!this.hasChosenLanguage() && this.languageService.language() !== language) {
      await this.languageService.use(language);
    }
  }

  private hasChosenLanguage(): boolean {
    try {
      return isLanguage(this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    } catch {
      // Without storage nothing was remembered, and switching would not be remembered either.
      return true;
    }
  }

  private showProblem(
    problem: ApiProblem,
    form: FormGroup | null,
    outcome: WritableSignal<FormOutcome | null>,
  ): void {
    if (problem.status === 409) {
      // The request was closed or cancelled meanwhile; the store has reloaded it.
      this.statusOutcome.set({ key: 'publicRequest.status.notOpen', isError: true });
      this.focusStatusHeading();
      return;
    }
    if (problem.status === 404) {
      outcome.set({ key: 'publicRequest.status.invalidLink', isError: true });
      return;
    }
    const unmatched = form ? applyServerErrors(form, problem.errors) : problem.errors;
    outcome.set({
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }

  private focusStatusHeading(): void {
    afterNextRender(() => this.statusHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
