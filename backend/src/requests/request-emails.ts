import type { Language } from '../common/i18n/language';
import { type RenderedEmail, renderEmail } from '../mail/templates/email-layout';
import type { RequestStatus } from './request-workflow';

// Every email of the support-request workflow, in fi, sv and en. Links come from the configured public base
// URL; requester links carry a fresh private status token.

type Texts = Record<Language, string>;

const STATUS_LABELS: Record<RequestStatus, Texts> = {
  new: { fi: 'uusi', sv: 'ny', en: 'new' },
  assigned: { fi: 'vastaanotettu', sv: 'mottagen', en: 'assigned' },
  in_progress: { fi: 'työn alla', sv: 'under arbete', en: 'in progress' },
  waiting_for_unit: {
    fi: 'odottaa tietoja teiltä',
    sv: 'väntar på uppgifter från er',
    en: 'waiting for you',
  },
  resolved: { fi: 'ratkaistu', sv: 'löst', en: 'resolved' },
  closed: { fi: 'suljettu', sv: 'stängd', en: 'closed' },
  cancelled: { fi: 'peruttu', sv: 'annullerad', en: 'cancelled' },
};

const SIGN_OFF: Texts = {
  fi: 'Ystävällisin terveisin, KEINOn muutosagenttiverkosto',
  sv: 'Med vänliga hälsningar, KEINOs nätverk av förändringsagenter',
  en: "Kind regards, KEINO's change agent network",
};

const STATUS_PAGE: Texts = {
  fi: 'Näytä pyynnön tila',
  sv: 'Visa begärans status',
  en: 'View the status of your request',
};

const OPEN_REQUEST: Texts = { fi: 'Avaa pyyntö', sv: 'Öppna begäran', en: 'Open the request' };

function subject(language: Language, number: number, text: Texts): string {
  return `${text[language]} #${number} – KEINO`;
}

export interface RequestRef {
  readonly number: number;
  readonly title: string;
}

/** To the requester on submit: the private status link. */
export function requestConfirmationEmail(
  language: Language,
  request: RequestRef & { readonly requesterName: string; readonly statusLink: string },
): RenderedEmail {
  const body: Texts = {
    fi: `olemme vastaanottaneet tukipyyntönne "${request.title}" (#${request.number}). Alueenne muutosagentti vastaa teille viimeistään kolmen arkipäivän kuluessa. Voitte seurata pyynnön tilaa, lisätä tietoja ja perua pyynnön alla olevasta henkilökohtaisesta linkistä. Älkää jakako linkkiä.`,
    sv: `vi har tagit emot er begäran om stöd "${request.title}" (#${request.number}). Förändringsagenten i er region svarar er inom tre arbetsdagar. Ni kan följa begärans status, lägga till uppgifter och annullera begäran via den personliga länken nedan. Dela inte länken.`,
    en: `we have received your request for support "${request.title}" (#${request.number}). The change agent of your region will answer within three business days. Follow its status, add information or cancel it with the private link below. Please do not share the link.`,
  };
  const hello: Texts = { fi: 'Hei', sv: 'Hej', en: 'Hello' };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Tukipyyntö vastaanotettu',
      sv: 'Begäran om stöd mottagen',
      en: 'Support request received',
    }),
    [`${hello[language]} ${request.requesterName},`, body[language], SIGN_OFF[language]],
    { label: STATUS_PAGE[language], url: request.statusLink },
  );
}

/** To an agent when a request is routed or reassigned to them. */
export function requestAssignedEmail(
  language: Language,
  request: RequestRef & { readonly unitName: string; readonly link: string; readonly reason: string | null },
): RenderedEmail {
  const body: Texts = {
    fi: `Sinulle on osoitettu tukipyyntö #${request.number} "${request.title}" (${request.unitName}). Ensimmäinen vastaus on annettava kolmen arkipäivän kuluessa.`,
    sv: `Begäran om stöd #${request.number} "${request.title}" (${request.unitName}) har tilldelats dig. Det första svaret ska ges inom tre arbetsdagar.`,
    en: `Support request #${request.number} "${request.title}" (${request.unitName}) has been assigned to you. The first response is due within three business days.`,
  };
  const reasonLabel: Texts = { fi: 'Syy', sv: 'Orsak', en: 'Reason' };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Uusi tukipyyntö sinulle',
      sv: 'Ny begäran om stöd till dig',
      en: 'New support request for you',
    }),
    [body[language], ...(request.reason ? [`${reasonLabel[language]}: ${request.reason}`] : [])],
    { label: OPEN_REQUEST[language], url: request.link },
  );
}

/** To the requester: a message from the agent (or coordinator). */
export function requestMessageEmail(
  language: Language,
  request: RequestRef & { readonly authorName: string; readonly body: string; readonly statusLink: string },
): RenderedEmail {
  const intro: Texts = {
    fi: `${request.authorName} kirjoitti tukipyyntöönne "${request.title}" (#${request.number}):`,
    sv: `${request.authorName} skrev om er begäran om stöd "${request.title}" (#${request.number}):`,
    en: `${request.authorName} wrote about your support request "${request.title}" (#${request.number}):`,
  };
  const replyHint: Texts = {
    fi: 'Voitte vastata pyynnön tilasivulla.',
    sv: 'Ni kan svara på begärans statussida.',
    en: 'You can reply on the status page of the request.',
  };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Viesti tukipyyntöönne',
      sv: 'Meddelande om er begäran',
      en: 'Message about your request',
    }),
    [intro[language], request.body, replyHint[language], SIGN_OFF[language]],
    { label: STATUS_PAGE[language], url: request.statusLink },
  );
}

/** To the requester: a status change they should know about (asked for information, reopened, cancelled). */
export function requestStatusEmail(
  language: Language,
  request: RequestRef & {
    readonly status: RequestStatus;
    readonly comment: string | null;
    readonly statusLink: string;
  },
): RenderedEmail {
  const line: Texts = {
    fi: `Tukipyyntönne "${request.title}" (#${request.number}) tila on nyt: ${STATUS_LABELS[request.status].fi}.`,
    sv: `Er begäran om stöd "${request.title}" (#${request.number}) har nu status: ${STATUS_LABELS[request.status].sv}.`,
    en: `Your support request "${request.title}" (#${request.number}) is now: ${STATUS_LABELS[request.status].en}.`,
  };
  const waiting: Texts = {
    fi: 'Tarvitsemme teiltä lisätietoja. Vastatkaa pyynnön tilasivulla; odotusaika ei kuluta ratkaisuaikaa.',
    sv: 'Vi behöver mer information av er. Svara på begärans statussida; väntetiden räknas inte in i lösningstiden.',
    en: 'We need more information from you. Please answer on the status page; the time waiting does not count against the resolution time.',
  };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Tukipyyntönne tila muuttui',
      sv: 'Status för er begäran har ändrats',
      en: 'Your request has changed',
    }),
    [
      line[language],
      ...(request.status === 'waiting_for_unit' ? [waiting[language]] : []),
      ...(request.comment ? [request.comment] : []),
      SIGN_OFF[language],
    ],
    { label: STATUS_PAGE[language], url: request.statusLink },
  );
}

/** To the requester on resolution: what was done and a one-click rating (1–5). */
export function requestRatingEmail(
  language: Language,
  request: RequestRef & { readonly comment: string | null; readonly statusLink: string },
): RenderedEmail {
  const line: Texts = {
    fi: `Tukipyyntönne "${request.title}" (#${request.number}) on ratkaistu.`,
    sv: `Er begäran om stöd "${request.title}" (#${request.number}) är löst.`,
    en: `Your support request "${request.title}" (#${request.number}) has been resolved.`,
  };
  const ask: Texts = {
    fi: 'Kuinka onnistuimme? Arvioikaa saamanne apu yhdellä napsautuksella (1 = heikko, 5 = erinomainen). Voitte avata pyynnön uudelleen 30 päivän kuluessa tilasivulla vastaamalla.',
    sv: 'Hur lyckades vi? Betygsätt hjälpen med ett klick (1 = dålig, 5 = utmärkt). Inom 30 dagar kan ni svara på statussidan om något ännu saknas.',
    en: 'How did we do? Rate the help with one click (1 = poor, 5 = excellent). If something is still missing, reply on the status page within 30 days.',
  };
  const rate: Texts = { fi: 'Arvio', sv: 'Betyg', en: 'Rating' };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Tukipyyntönne on ratkaistu – arvioikaa apu',
      sv: 'Er begäran är löst – betygsätt hjälpen',
      en: 'Your request is resolved – rate the help',
    }),
    [line[language], ...(request.comment ? [request.comment] : []), ask[language], SIGN_OFF[language]],
    [
      ...[1, 2, 3, 4, 5].map((score) => ({
        label: `${rate[language]} ${score}/5`,
        url: `${request.statusLink}?rating=${score}`,
      })),
      { label: STATUS_PAGE[language], url: request.statusLink },
    ],
  );
}

/** To the assigned agent: the requester added information. */
export function requestReplyEmail(
  language: Language,
  request: RequestRef & { readonly body: string; readonly link: string },
): RenderedEmail {
  const intro: Texts = {
    fi: `Pyytäjä vastasi tukipyyntöön #${request.number} "${request.title}":`,
    sv: `Den som begärde stöd svarade på begäran #${request.number} "${request.title}":`,
    en: `The requester replied to support request #${request.number} "${request.title}":`,
  };
  return renderEmail(
    language,
    subject(language, request.number, {
      fi: 'Pyytäjä vastasi',
      sv: 'Svar från den som begärde stöd',
      en: 'The requester replied',
    }),
    [intro[language], request.body],
    { label: OPEN_REQUEST[language], url: request.link },
  );
}
