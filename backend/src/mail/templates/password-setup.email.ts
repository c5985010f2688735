import type { Language } from '../../common/i18n/language';
import { type RenderedEmail, renderEmail } from './email-layout';

export interface PasswordSetupEmail {
  readonly displayName: string;
  readonly link: string;
}

/** The one-time link a new user (or one who asked a coordinator) sets a password with. */
export function passwordSetupEmail(
  language: Language,
  { displayName, link }: PasswordSetupEmail,
): RenderedEmail {
  switch (language) {
    case 'fi':
      return renderEmail(
        'fi',
        'Aseta salasanasi – KEINO CRM',
        [
          `Hei ${displayName},`,
          'sinulle on luotu käyttäjätunnus KEINOn muutosagenttiverkoston asiakkuudenhallintaan. Aseta salasanasi alla olevasta linkistä. Linkki on voimassa 7 päivää ja toimii kerran.',
        ],
        { label: 'Aseta salasana', url: link },
      );
    case 'sv':
      return renderEmail(
        'sv',
        'Välj ditt lösenord – KEINO CRM',
        [
          `Hej ${displayName},`,
          'ett användarkonto har skapats åt dig i kundregistret för KEINOs nätverk av förändringsagenter. Välj ditt lösenord via länken nedan. Länken gäller i 7 dagar och kan användas en gång.',
        ],
        { label: 'Välj lösenord', url: link },
      );
    case 'en':
      return renderEmail(
        'en',
        'Set your password – KEINO CRM',
        [
          `Hello ${displayName},`,
          "an account has been created for you in the CRM of KEINO's change agent network. Set your password with the link below. The link is valid for 7 days and works once.",
        ],
        { label: 'Set password', url: link },
      );
  }
}
