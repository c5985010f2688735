import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { characterCountMessage } from '../character-count';
import { PublicRequestFieldError } from '../public-request-field-error/public-request-field-error';
import { RATINGS, RATING_COMMENT_MAX } from '../public-request-options';

export interface RatingChoice {
  rating: number;
  comment: string;
}

/** The requester's rating of the help (1–5) with an optional comment, prefilled with the one given. */
@Component({
  selector: 'crm-public-request-rating',
  templateUrl: './public-request-rating.html',
  styleUrl: './public-request-rating.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    PublicRequestFieldError,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class PublicRequestRating {
  /** The rating given so far, if any. */
  readonly rating = input<number | null>(null);
  readonly comment = input<string | null>(null);
  readonly isSending = input(false);
  readonly rate = output<RatingChoice>();

  protected readonly ratings = RATINGS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    rating: new FormControl<number | null>(null, Validators.required),
    comment: ['', Validators.maxLength(RATING_COMMENT_MAX)],
  });
  private readonly ratingEvent = toSignal(this.form.controls.rating.events);
  private readonly commentText = toSignal(this.form.controls.comment.valueChanges, { initialValue: '' });
  protected readonly isRatingMissing = computed(() => {
    this.ratingEvent();
    const control = this.form.controls.rating;
    return control.touched && control.invalid;
  });
  protected readonly commentCount = computed(() =>
    characterCountMessage(this.commentText().length, RATING_COMMENT_MAX),
  );

  constructor() {
    effect(() => {
      const rating = this.rating();
      const comment = this.comment();
      untracked(() => this.form.reset({ rating, comment: comment ?? '' }));
    });
  }

  protected submit(): void {
    const { rating, comment } = this.form.getRawValue();
    if (this.form.invalid || rating === null) {
      this.form.markAllAsTouched();
      return;
    }
    this.rate.emit({ rating, comment: comment.trim() });
  }
}
