import type { Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

/** Dialogs and the like open and close at once, without waiting for transitions jsdom never ends. */
export function provideNoMaterialAnimations(): Provider {
  return { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } };
}
